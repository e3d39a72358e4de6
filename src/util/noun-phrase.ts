/**
 * Find the noun phrase that names a speaker, in the children of a sentence:
 * `Ein Polizeisprecher`, `der deutsche Verteidigungsminister Franz Josef
 * Jung`, `NATO-Generalsekretär Mark Rutte`, `ein Sprecher des Konzerns`,
 * `Günter Meier vom Verband`, `Norbert Lammert (CDU)`, `er`.
 *
 * A small deterministic grammar over words; no regexes over open text.
 *
 * @module
 */

import {femaleFirstNames, maleFirstNames} from '../lexicon/first-names.js'
import {joinedOrganisations, lowerCaseOrganisations} from '../lexicon/organisations.js'
import {particleNouns} from '../lexicon/roles.js'
import type {SentenceContent} from 'nlcst'
import {
  affiliationPrepositions,
  determiners,
  genitiveArticles,
  speakerPronouns,
  utteranceNouns
} from '../lexicon/function-words.js'
import {brandShape, isLower, isUpper, markOf, textOf} from './tokens.js'

/** A noun phrase found in a list of children. */
export interface NounPhrase {
  /** First child of the phrase. */
  start: number
  /** Child after the last. */
  end: number
  /** Child after the head (before genitive or affiliation extensions). */
  headEnd: number
  /** Words of the phrase with their child index. */
  words: Array<{index: number; text: string}>
  /** Whether it is a personal pronoun (`er`, `sie`). */
  pronoun: boolean
  /** Whether it starts with an article or determiner. */
  determined: boolean
  /** Whether the determiner is definite (`der`, `die`, `das`, …). */
  definite: boolean
  /**
   * A name in quotation marks the phrase ends in or consists of (`das
   * Magazin „Der Spiegel“`, `laut „Tagesspiegel“`): the name, without marks.
   */
  quoted?: string
  /** Whether it names one of a group (`einer der Beamten`). */
  partitive?: boolean
  /** Whether it joins two phrases with `und` (`Anna Roth und Ben Abt`). */
  coordinated?: boolean
}

/** Definite determiners. */
const definite = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'dieser', 'diese', 'dieses', 'diesen', 'diesem', 'beide', 'beiden'])

/** Lower-case words allowed between capitalised parts of a name. */
const nameJoiners = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'le', 'la', 'al', 'el', 'bin', 'ibn', 'ben', 'zu', 'ter', 'ten', 'y', 'dos', 'das'])

/** German articles that are name particles only after `von` or `zu`. */
const germanArticles = new Set(['der', 'den', 'das', 'des', 'dem'])

/** Demonstratives that stand for the last person named (`sagte dieser`). */
const demonstratives = new Set(['dieser', 'diese', 'jener', 'jene'])

/** Most children a phrase may take (keeps the scan bounded). */
const maxPhrase = 40

/**
 * Parse a noun phrase starting at child `start` (white space before it is
 * skipped) and ending before `limit`.
 *
 * @param children
 *   Children of a sentence.
 * @param start
 *   Where to start.
 * @param limit
 *   Where to stop at the latest.
 * @param openers
 *   Capitalised words that cannot head a phrase here (`Im`, `Dann`), lower
 *   case; checked only for the first word.
 * @returns
 *   The phrase, or `undefined` when none starts there.
 */
export function parseNounPhrase(
  children: SentenceContent[],
  start: number,
  limit: number,
  openers?: ReadonlySet<string>,
  located?: boolean
): NounPhrase | undefined {
  const end = Math.min(limit, start + maxPhrase)
  let index = skipSpace(children, start, end)
  if (index >= end) return undefined
  const first = children[index]
  // `laut „Tagesspiegel“`: a quoted name alone.
  if (first.type === 'QuoteNode') {
    const name = quotedName(first)
    if (name === undefined) return undefined
    return {start: index, end: index + 1, headEnd: index + 1, words: [], pronoun: false, determined: false, definite: false, quoted: name}
  }

  if (first.type !== 'WordNode') return undefined
  const firstText = textOf(first)
  const firstLower = firstText.toLowerCase()
  // `Als Beispiel nannte …`, `Im Bericht …`: a preposition or conjunction,
  // capitalised at the sentence start, opens no noun phrase.
  if (phraseBreakers.has(firstLower)) return undefined
  const phrase: NounPhrase = {
    start: index,
    end: index,
    headEnd: index,
    words: [],
    pronoun: false,
    determined: false,
    definite: false
  }

  // A pronoun alone (a demonstrative before a noun is a determiner:
  // `dieser Studie`).
  if (speakerPronouns.has(firstLower) || (demonstratives.has(firstLower) && !nounFollows(children, index + 1, limit))) {
    phrase.pronoun = true
    phrase.words.push({index, text: firstText})
    phrase.end = index + 1
    phrase.headEnd = index + 1
    return phrase
  }

  // `Einer der beteiligten Feuerwehrmänner`, `einige der Anwohner`: a
  // partitive, whose head is the group in the genitive.
  if (partitives.has(firstLower)) {
    const article = skipSpace(children, index + 1, end)
    const word = children[article]
    if (word && word.type === 'WordNode' && (textOf(word) === 'der' || textOf(word) === 'des')) {
      const group = parseNounPhrase(children, article, limit, undefined, located)
      if (group && !group.pronoun) {
        group.start = index
        group.words.unshift({index, text: firstText})
        group.definite = false
        group.partitive = true
        return group
      }
    }
  }

  if (determiners.has(firstLower)) {
    phrase.determined = true
    phrase.definite = definite.has(firstLower)
    phrase.words.push({index, text: firstText})
    index = skipSpace(children, index + 1, end)
  } else if (openers && openers.has(firstLower)) {
    return undefined
  }

  // `die in New York geborene Sängerin`, `der für die Region zuständige
  // Koordinator`: a phrase in front of the adjective.
  if (phrase.determined) index = extendedAttribute(children, index, end)

  // Adjectives: lower-case words before a capitalised one.
  index = adjectives(children, index, end, phrase)

  // `die „Süddeutsche Zeitung“`: a quoted name as the head; `das „Zentrum
  // für Klimaforschung“ der Universität`: with its extensions.
  if (phrase.determined && children[index]?.type === 'QuoteNode') {
    const name = quotedName(children[index])
    if (name !== undefined) {
      phrase.quoted = name
      phrase.end = index + 1
      phrase.headEnd = index + 1
      extensions(children, skipSpace(children, index + 1, end), end, phrase, located)
      return phrase
    }
  }

  // `Einige vertreten die Auffassung`, `sagten viele`: a quantifier alone up
  // to the limit stands for a group, like `einige der Anwohner`.
  if (phrase.words.length === 1 && (index >= end || children[index].type === 'PunctuationNode') && quantifiers.has(firstLower)) {
    phrase.end = phrase.start + 1
    phrase.headEnd = phrase.end
    phrase.determined = false
    phrase.definite = false
    phrase.partitive = true
    return phrase
  }

  // Head: capitalised words, with name particles between them.
  const headStart = phrase.words.length
  index = capitals(children, index, end, phrase)
  if (phrase.words.length === headStart) return undefined
  // `Direktion Staatsschutz und Nachrichtendienst (DSN)`: one name with
  // `und`, as the short form in brackets after it shows.
  joinedName(children, end, phrase)
  if (phrase.determined && phrase.words.length === headStart + 1) coordinatedRole(children, end, phrase)
  phrase.headEnd = phrase.end

  // `(CDU)` after the head.
  index = skipSpace(children, phrase.end, end)
  if (markOf(children[index]) === '(') {
    const inner = skipSpace(children, index + 1, end)
    const close = skipSpace(children, inner + 1, end)
    if (children[inner]?.type === 'WordNode' && markOf(children[close]) === ')') {
      phrase.end = close + 1
      index = skipSpace(children, close + 1, end)
    }
  }

  index = extensions(children, index, end, phrase, located)

  // `Behörde für Brandschutz und Katastrophenhilfe (BBK)`.
  if (phrase.end > phrase.headEnd) {
    const before = phrase.end
    joinedName(children, end, phrase)
    index = skipSpace(children, phrase.end, end)
    // Its short form in brackets.
    if (phrase.end > before && markOf(children[index]) === '(') {
      const inner = skipSpace(children, index + 1, end)
      const close = skipSpace(children, inner + 1, end)
      if (children[inner]?.type === 'WordNode' && markOf(children[close]) === ')') {
        phrase.end = close + 1
        index = skipSpace(children, close + 1, end)
      }
    }
  }

  // `das Magazin „Der Spiegel“`, `der Zeitung „Hoy“`: the quoted name.
  const quote = children[index]
  if (quote && quote.type === 'QuoteNode') {
    const name = quotedName(quote)
    if (name !== undefined) {
      phrase.quoted = name
      phrase.end = index + 1
    }
  }

  return phrase
}

/**
 * Extend `phrase` over genitive (`des Konzerns`, `der Nato`) and affiliation
 * (`vom Verband`) extensions from `index` on, up to three; returns the index
 * after them.
 */
function extensions(children: SentenceContent[], index: number, end: number, phrase: NounPhrase, located: boolean | undefined): number {
  // Genitive (`des Konzerns`, `der Nato`) and affiliation (`vom Verband`)
  // extensions, once each.
  for (let round = 0; round < 3; round++) {
    const word = children[index]
    // `der Mietergewerkschaft Autonomous Tenant Union (ATU) aus Chicago`: a
    // short form in brackets after an extension.
    if (round > 0 && markOf(word) === '(') {
      const inner = skipSpace(children, index + 1, end)
      const close = skipSpace(children, inner + 1, end)
      if (children[inner]?.type !== 'WordNode' || markOf(children[close]) !== ')') break
      phrase.end = close + 1
      index = skipSpace(children, close + 1, end)
      continue
    }

    if (!word || word.type !== 'WordNode') break
    const lower = textOf(word).toLowerCase()
    // `das Team um Anita Roth`: a group named by its head, once.
    const circle = lower === 'um' && round === 0 && groupAround(phrase)
    if (!circle && !genitiveArticles.has(lower) && !affiliationPrepositions.has(lower) && !(located && (lower === 'in' || lower === 'im' || lower === 'aus'))) break
    // `aus Sicherheitsgründen`, `aus Überzeugung`: a reason, not a place.
    if (lower === 'aus' && reasonAfter(children, skipSpace(children, index + 1, end))) break
    const save = {end: phrase.end, length: phrase.words.length}
    phrase.words.push({index, text: textOf(word)})
    let next = skipSpace(children, index + 1, end)
    // `von der Stiftung`.
    const article = children[next]
    if (article && article.type === 'WordNode' && determiners.has(textOf(article).toLowerCase())) {
      phrase.words.push({index: next, text: textOf(article)})
      next = skipSpace(children, next + 1, end)
    }

    next = adjectives(children, next, end, phrase)
    // `von der „Aktion Nachbarn“`: a quoted name as the extension.
    const quote = children[next]
    if (quote && quote.type === 'QuoteNode' && quotedName(quote) !== undefined) {
      phrase.end = next + 1
      index = skipSpace(children, phrase.end, end)
      continue
    }

    const before = phrase.words.length
    next = capitals(children, next, end, phrase)
    if (phrase.words.length === before) {
      phrase.end = save.end
      phrase.words.length = save.length
      break
    }

    index = skipSpace(children, phrase.end, end)
  }

  return index
}

/** Group nouns that `um` plus a name can follow (`das Team um Anita Roth`). */
const groupHead = /(?:team|gruppe|kreis|mannschaft)$/

/** Whether the last word of `phrase` is a group noun that takes `um` and a name. */
function groupAround(phrase: NounPhrase): boolean {
  const head = phrase.words.at(-1)
  return head !== undefined && isUpper(head.text.charAt(0)) && groupHead.test(head.text.toLowerCase())
}

/**
 * Whether the word at `index` is a noun of reason or manner, as after `aus`
 * (`Sicherheitsgründen`, `Überzeugung`, `Protest`), not a place.
 */
function reasonAfter(children: SentenceContent[], index: number): boolean {
  const word = children[index]
  if (!word || word.type !== 'WordNode') return false
  const text = textOf(word)
  return /(?:gründen|grund|ungen|ung|heit|keit|schaft|sicht|protest)$/i.test(text)
}

/**
 * Extend a head over `und` and capitalised words when a short form in
 * brackets follows (`Staatsschutz und Nachrichtendienst (DSN)`).
 */
function joinedName(children: SentenceContent[], end: number, phrase: NounPhrase): undefined {
  const conjunction = skipSpace(children, phrase.end, end)
  const word = children[conjunction]
  if (!word || word.type !== 'WordNode' || textOf(word) !== 'und') return undefined
  let at = skipSpace(children, conjunction + 1, end)
  let last = -1
  while (at < end && children[at].type === 'WordNode' && isUpper(textOf(children[at]).charAt(0))) {
    last = at
    at = skipSpace(children, at + 1, end)
  }

  if (last < 0 || markOf(children[at]) !== '(') return undefined
  const short = children[skipSpace(children, at + 1, end)]
  if (!short || short.type !== 'WordNode' || textOf(short) !== textOf(short).toUpperCase()) return undefined
  for (let index = conjunction; index <= last; index++) {
    if (children[index].type === 'WordNode') phrase.words.push({index, text: textOf(children[index])})
  }

  phrase.end = last + 1
  return undefined
}

/**
 * `der Historiker und Autor Rutger Bregman`: a second role joined by `und`
 * before the name of the one person both roles describe. Taken only when a
 * known first name follows the second role.
 */
function coordinatedRole(children: SentenceContent[], end: number, phrase: NounPhrase): undefined {
  const conjunction = skipSpace(children, phrase.end, end)
  const word = children[conjunction]
  if (!word || word.type !== 'WordNode' || textOf(word) !== 'und') return undefined
  const role = skipSpace(children, conjunction + 1, end)
  const given = skipSpace(children, role + 1, end)
  const roleWord = children[role]
  const givenWord = children[given]
  if (!roleWord || roleWord.type !== 'WordNode' || !givenWord || givenWord.type !== 'WordNode') return undefined
  const roleText = textOf(roleWord)
  const givenText = textOf(givenWord)
  if (!isUpper(roleText.charAt(0)) || femaleFirstNames.has(roleText) || maleFirstNames.has(roleText)) return undefined
  if (!femaleFirstNames.has(givenText) && !maleFirstNames.has(givenText)) return undefined
  const words = phrase.words.length
  phrase.words.push({index: conjunction, text: 'und'}, {index: role, text: roleText})
  phrase.end = role + 1
  capitals(children, given, end, phrase)
  if (phrase.words.length === words + 2) {
    phrase.words.length = words
    phrase.end = previousWordIndex(children, conjunction) + 1
  }

  return undefined
}

/**
 * Take the rest of a known name of several words (`ohne Grenzen` after
 * `Ärzte`) from `index`, if the text goes on so; the index after it, or
 * `index`.
 */
function knownJoinedName(
  children: SentenceContent[],
  index: number,
  end: number,
  candidates: ReadonlyArray<readonly string[]>,
  phrase: NounPhrase
): number {
  for (const rest of candidates) {
    let at = index
    let matched = 0
    while (matched < rest.length && at < end && children[at].type === 'WordNode' && textOf(children[at]) === rest[matched]) {
      matched++
      at = skipSpace(children, at + 1, end)
    }

    if (matched !== rest.length) continue
    for (let next = index; next < at; next++) {
      if (children[next].type === 'WordNode') phrase.words.push({index: next, text: textOf(children[next])})
    }

    phrase.end = previousWordIndex(children, at) + 1
    return at
  }

  return index
}

/**
 * Index of the last word before `index`.
 */
function previousWordIndex(children: SentenceContent[], index: number): number {
  let at = index - 1
  while (at >= 0 && children[at].type !== 'WordNode') at--
  return at
}

/**
 * Whether a phrase so far holds a given name (`Karl-Theodor`, `Anna`).
 */
function givenBefore(phrase: NounPhrase): boolean {
  for (const word of phrase.words) {
    if (femaleFirstNames.has(word.text) || maleFirstNames.has(word.text)) return true
    const hyphen = word.text.indexOf('-')
    if (hyphen > 0 && (femaleFirstNames.has(word.text.slice(0, hyphen)) || maleFirstNames.has(word.text.slice(0, hyphen)))) return true
  }

  return false
}

/**
 * Whether a capitalised word has the shape of a common noun rather than a
 * name (`Möglichkeit`, `Regierung`, `Gesellschaft`, `Nation`).
 */
function commonNounShape(text: string): boolean {
  return /(?:keit|heit|ung|schaft|tion|tät|ismus|ität|ungen|keiten|heiten)$/.test(text)
}

/** A compound with a lower-case first part and a capitalised head (`ai-Bericht`). */
const lowerCompound = /^\p{Ll}[\p{L}\d]*-\p{Lu}/u

/**
 * A number compound with a noun as its head (`72-Jährige`, `18-Jähriger`),
 * or an age written in lower case as a noun (`der 81-jährige`, a slip the
 * press often makes).
 */
const numberCompound = /^\d+-\p{Lu}/u
const lowerAge = /^\d+-jährige[nr]?$/

/**
 * Whether a word is an age used as a noun (`72-Jährige`, `der 81-jährige`).
 *
 * @param text
 *   Word.
 * @returns
 *   Whether it is.
 */
export function isAgeNoun(text: string): boolean {
  return lowerAge.test(text) || (numberCompound.test(text) && /Jährige[nr]?$/.test(text))
}

/** Names with an Arabic article or particle in lower case (`el-Baradei`, `al-Assad`). */
const arabicArticle = /^(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu)-\p{Lu}/u

/**
 * Whether a word can be part of a name: capitalised, with a lower-case
 * Arabic article before a capital (`el-Baradei`), or a brand with a capital
 * after its first letter (`eBay`).
 *
 * @param text
 *   Word.
 * @returns
 *   Whether it can.
 */
export function isNameWord(text: string): boolean {
  return isUpper(text.charAt(0)) || arabicArticle.test(text) || brandShape(text)
}

/** Words that take a group in the genitive (`einer der Zeugen`). Lower case. */
const partitives = new Set(['einer', 'eine', 'eines', 'keiner', 'keine', 'jeder', 'jede', 'einige', 'mehrere', 'viele', 'zwei', 'drei', 'vier', 'fünf', 'beide'])

/** Quantifiers that stand alone for a group of people (`Einige meinen`). Lower case. */
const quantifiers = new Set(['einige', 'viele', 'manche', 'mehrere', 'andere'])

/** Prepositions and conjunctions that cannot open a noun phrase. Lower case. */
const phraseBreakers = new Set([
  'als', 'wie', 'wenn', 'weil', 'ob', 'dass', 'daß', 'obwohl', 'während', 'nachdem', 'bevor', 'seit', 'seitdem',
  'im', 'am', 'in', 'an', 'auf', 'bei', 'beim', 'mit', 'nach', 'vor', 'für', 'über', 'unter', 'durch', 'gegen',
  'ohne', 'um', 'zu', 'zum', 'zur', 'vom', 'von', 'aus', 'ab', 'bis', 'trotz', 'wegen', 'laut', 'gemäß',
  'und', 'oder', 'aber', 'doch', 'denn', 'sondern', 'so', 'auch', 'noch', 'nur', 'schon', 'gegenüber',
  // Adverbs that open a sentence (`Hierzu schrieb …`, `Demnach …`).
  'hierzu', 'hierbei', 'hierfür', 'hiermit', 'dazu', 'dabei', 'dafür', 'damit', 'darauf', 'daraufhin',
  'darüber', 'danach', 'davor', 'dadurch', 'demnach', 'demgegenüber', 'deshalb', 'deswegen', 'daher',
  'dennoch', 'trotzdem', 'zudem', 'außerdem', 'jedoch', 'allerdings', 'inzwischen', 'mittlerweile',
  'bisher', 'zuletzt', 'zuvor', 'anschließend', 'schließlich', 'gestern', 'heute', 'morgen', 'damals',
  'jetzt', 'nun', 'später', 'bereits', 'zunächst', 'erstmals', 'weiter', 'ferner', 'ebenso',
  'zwar', 'immerhin', 'offenbar', 'offensichtlich', 'angeblich', 'vermutlich', 'wahrscheinlich',
  'tatsächlich', 'lediglich', 'erst', 'sogar', 'insbesondere', 'besonders'
])

/** Function words that, capitalised inside a phrase, start a new clause. */
const capitalisedFunctionWords = new Set(['Wie', 'Als', 'Laut', 'Nach', 'Dass', 'Die', 'Der', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Im', 'Am', 'In', 'Auf', 'Bei', 'Mit', 'Seit', 'So', 'Doch', 'Aber', 'Und'])

/** Most words a quoted name may have. */
const maxQuotedName = 6

/**
 * The name inside a quote that reads as one (`„Der Spiegel“`, `»taz«`): a
 * few words, the first capitalised, no sentence punctuation.
 */
function quotedName(quote: SentenceContent): string | undefined {
  if (quote.type !== 'QuoteNode' || !quote.closed) return undefined
  let words = 0
  let text = ''
  for (const child of quote.children) {
    if (child === quote.children[0] || child === quote.children[quote.children.length - 1]) continue
    if (child.type === 'WordNode') {
      words++
      if (words === 1 && !isUpper(textOf(child).charAt(0))) return undefined
      if (words > maxQuotedName) return undefined
    } else if (child.type !== 'WhiteSpaceNode' && child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') {
      return undefined
    } else if (child.type === 'PunctuationNode' && /[.!?:;]/.test(child.value)) {
      return undefined
    }

    text += textOf(child)
  }

  return words > 0 ? text.trim() : undefined
}

/** Prepositions that open a phrase inside an attribute (`die in Kiel geborene …`). */
const attributePrepositions = new Set(['in', 'im', 'für', 'aus', 'von', 'vom', 'mit', 'bei', 'beim', 'am', 'an', 'auf', 'nach', 'über', 'um', 'zu', 'zur', 'zum', 'seit'])

/** Most children an extended attribute may span. */
const maxAttribute = 16

/**
 * Skip a phrase in front of an attributive adjective (`in New York` in `die
 * in New York geborene Lopez`): from a preposition up to a lower-case word
 * with an adjective ending that a capitalised word follows. Returns `index`
 * unchanged when there is none.
 */
function extendedAttribute(children: SentenceContent[], index: number, end: number): number {
  const first = children[index]
  if (!first || first.type !== 'WordNode' || !attributePrepositions.has(textOf(first))) return index
  const limit = Math.min(end, index + maxAttribute)
  for (let at = index + 1; at < limit; at++) {
    const word = children[at]
    if (word.type !== 'WordNode') {
      if (word.type === 'WhiteSpaceNode' || word.type === 'QuoteNode') continue
      // A comma or other mark: no attribute.
      if (markOf(word) !== '-') return index
      continue
    }

    const text = textOf(word)
    if (isUpper(text.charAt(0)) || !adjectiveLike(text)) continue
    const next = children[skipSpace(children, at + 1, end)]
    if (next && next.type === 'WordNode' && isUpper(textOf(next).charAt(0)) && /(?:ene|ete|te|ige|ische|liche|ende|ne)[nmrs]?$/.test(text)) return at
  }

  return index
}

/** Adverbs of degree between `nicht` and an attribute (`nicht näher genannt`). */
const degreeWords = new Set(['näher', 'weiter', 'namentlich'])

/**
 * Consume lower-case adjectives that stand before a capitalised word.
 */
function adjectives(children: SentenceContent[], index: number, end: number, phrase: NounPhrase): number {
  let current = index
  while (current < end) {
    const word = children[current]
    if (!word || word.type !== 'WordNode') break
    const text = textOf(word)
    // `ein nicht genannter Sprecher`, `ein nicht näher bezeichneter`: a
    // negated attribute, after an article.
    if (text === 'nicht' && phrase.determined) {
      let next = skipSpace(children, current + 1, end)
      if (children[next]?.type === 'WordNode' && degreeWords.has(textOf(children[next]))) next = skipSpace(children, next + 1, end)
      const attribute = children[next]
      if (attribute?.type !== 'WordNode' || !isLower(textOf(attribute).charAt(0)) || !adjectiveLike(textOf(attribute))) break
      for (let at = current; at < next; at++) if (children[at].type === 'WordNode') phrase.words.push({index: at, text: textOf(children[at])})
      current = next
      continue
    }

    // `neue`, `deutsche`, `23-jährige`, and numbers (`der 13 beteiligten`).
    // `72-Jährige` is a noun.
    if (isUpper(text.charAt(0)) || !(adjectiveLike(text) || /^\d+$/.test(text)) || numberCompound.test(text)) break
    const next = skipSpace(children, current + 1, end)
    const after = children[next]
    // `der neue „Rat für …“`: an adjective before a quoted name.
    if (after && after.type === 'QuoteNode' && quotedName(after) !== undefined) {
      phrase.words.push({index: current, text})
      current = next
      break
    }

    if (!after || after.type !== 'WordNode') break
    const afterText = textOf(after)
    // `die afghanischen und ausländischen Soldaten`: adjectives joined by a
    // conjunction, with the same ending.
    if (afterText === 'und' || afterText === 'oder') {
      const joined = skipSpace(children, next + 1, end)
      const other = children[joined]
      const otherText = other?.type === 'WordNode' ? textOf(other) : ''
      if (!isLower(otherText.charAt(0)) || !adjectiveLike(otherText) || otherText.slice(-2) !== text.slice(-2)) break
      phrase.words.push({index: current, text}, {index: next, text: afterText})
      current = joined
      continue
    }

    if (!isUpper(afterText.charAt(0)) && !(isLower(afterText.charAt(0)) && adjectiveLike(afterText))) break
    phrase.words.push({index: current, text})
    current = next
  }

  return current
}

/**
 * Whether a lower-case word looks like an inflected adjective.
 */
function adjectiveLike(text: string): boolean {
  return (
    text.endsWith('e') ||
    text.endsWith('en') ||
    text.endsWith('er') ||
    text.endsWith('es') ||
    text.endsWith('em')
  )
}

/**
 * Whether what was said follows from `index` on: a quote, or `wie` before
 * one (`Parolen wie „…“`), also with `etwa` or `zum Beispiel` after it
 * (`Parolen wie zum Beispiel „…“`).
 */
function utteranceFollows(children: SentenceContent[], index: number, end: number): boolean {
  let next = skipSpace(children, index, end)
  if (children[next]?.type === 'WordNode' && textOf(children[next]) === 'wie') {
    next = skipSpace(children, next + 1, end)
    const word = children[next]?.type === 'WordNode' ? textOf(children[next]) : ''
    if (word === 'etwa') next = skipSpace(children, next + 1, end)
    else if (word === 'zum' && children[skipSpace(children, next + 1, end)]?.type === 'WordNode' && textOf(children[skipSpace(children, next + 1, end)]) === 'Beispiel') {
      next = skipSpace(children, skipSpace(children, next + 1, end) + 1, end)
    }
  }

  return children[next]?.type === 'QuoteNode'
}

/**
 * Consume capitalised words (and name particles between them).
 */
function capitals(children: SentenceContent[], index: number, end: number, phrase: NounPhrase): number {
  let current = index
  while (current < end) {
    const word = children[current]
    if (!word || word.type !== 'WordNode') break
    const text = textOf(word)
    const character = text.charAt(0)
    // A capitalised function word inside a phrase (`Wahlverlauf Wie der
    // Leiter`, after a heading without a full stop) ends it.
    if (isUpper(character) && current !== index && capitalisedFunctionWords.has(text)) break
    // `riefen die Bauern Parolen wie „…“`: a noun of words before what was
    // said is the object after the phrase, not part of its head.
    if (current !== index && utteranceNouns.has(text.toLowerCase()) && utteranceFollows(children, current + 1, end)) break
    // `ai-Bericht`: a compound whose head is capitalised after a hyphen.
    // `der 72-Jährige`, `der 72-jährige` after an article with no noun after it.
    const aged = current === index && phrase.determined && (numberCompound.test(text) || lowerAge.test(text))
    if (isUpper(character) || arabicArticle.test(text) || lowerCaseOrganisations.has(text) || lowerCompound.test(text) || brandShape(text) || aged) {
      phrase.words.push({index: current, text})
      phrase.end = current + 1
      current = skipSpace(children, current + 1, end)
      // `Ärzte ohne Grenzen`: a known name with a lower-case word inside.
      const joined = joinedOrganisations.get(text)
      if (joined) current = knownJoinedName(children, current, end, joined, phrase)
      // `Gesundheits- und Sozialdirektor`: a truncated compound joined by
      // `und`/`oder` to the next capitalised word.
      const conjunction = children[current]
      // `Gesundheits-, Sozial- und Integrationsdirektor`.
      if (text.endsWith('-') && markOf(conjunction) === ',') {
        const next = skipSpace(children, current + 1, end)
        const after = children[next]
        if (after?.type === 'WordNode' && isUpper(textOf(after).charAt(0))) {
          current = next
          continue
        }
      }

      if (text.endsWith('-') && conjunction?.type === 'WordNode' && (textOf(conjunction) === 'und' || textOf(conjunction) === 'oder')) {
        const next = skipSpace(children, current + 1, end)
        const after = children[next]
        if (after?.type === 'WordNode' && isUpper(textOf(after).charAt(0))) {
          phrase.words.push({index: current, text: textOf(conjunction)})
          current = next
        }
      }

      continue
    }

    // A particle between two capitalised words (`Ursula von der Leyen`).
    // German articles join only after `von`/`zu` (`von der Leyen`), else they
    // start a genitive (`Sprecher der Bahn`).
    // `zu` joins only after a given name (`Karl-Theodor zu Guttenberg`, not
    // `sagte Anelka zu Domenech`).
    if (phrase.end > phrase.start && nameJoiners.has(text) && !germanArticles.has(text) && (text !== 'zu' || givenBefore(phrase))) {
      let next = skipSpace(children, current + 1, end)
      const joined: Array<{index: number; text: string}> = [{index: current, text}]
      let after = children[next]
      // `von der Leyen`, but not `zu der Frage`: after `zu` an article starts
      // a prepositional phrase (`äußerte sich Jan Roth zu der Frage`).
      while (after && after.type === 'WordNode' && nameJoiners.has(textOf(after)) && joined.length < 3 && !(text === 'zu' && germanArticles.has(textOf(after)))) {
        joined.push({index: next, text: textOf(after)})
        next = skipSpace(children, next + 1, end)
        after = children[next]
      }

      // `Merkel von der Möglichkeit`: a common noun after the particles is
      // no name (`-keit`, `-ung`, plural `-en` after `den`); nor is one of
      // time or place (`Roth zu Beginn der Sitzung`, `zu Hause`).
      if (after && after.type === 'WordNode' && isUpper(textOf(after).charAt(0)) && !commonNounShape(textOf(after)) && !particleNouns.has(textOf(after))) {
        phrase.words.push(...joined)
        current = next
        continue
      }
    }

    break
  }

  return current
}

/**
 * Index of the first non-white-space child at or after `index`.
 *
 * @param children
 *   Children.
 * @param index
 *   Start.
 * @param end
 *   Limit.
 * @returns
 *   Index (may be `end`).
 */
export function skipSpace(children: SentenceContent[], index: number, end: number): number {
  let current = index
  while (current < end && children[current].type === 'WhiteSpaceNode') current++
  return current
}

/**
 * Whether the next word after white space, before `limit`, is capitalised
 * (a noun or an adjective before one).
 */
function nounFollows(children: SentenceContent[], from: number, limit: number): boolean {
  let index = from
  while (index < limit && children[index].type === 'WhiteSpaceNode') index++
  const child = children[index]
  return index < limit && child !== undefined && child.type === 'WordNode' && isUpper(textOf(child).charAt(0))
}
