/**
 * Evidence inside quoted words that they are speech, not a name or title:
 * shared by the quotes pass (first guess) and the quote-kinds pass (final
 * word).
 *
 * @module
 */

import type {SentenceContent} from 'nlcst'
import type {Quote} from '../types.js'
import {foreignWords} from '../lexicon/foreign-words.js'
import {notVerbs, titleNouns, utteranceNouns, voiceWords} from '../lexicon/function-words.js'
import {previousNonSpace, previousWordOf, textOf} from './tokens.js'

/**
 * Whether quoted words read as a fragment of speech by their own form:
 * a first or second person pronoun (`„Wir erwarten euch“`), or two or more
 * words that end in a lower-case content word — a verb, participle or
 * predicative adjective (`„auch künftig bestehen“`, `„sehr bedenklich“`).
 * German noun phrases, and so names and titles, end in a capitalised noun.
 *
 * @param words
 *   Number of words in the quote.
 * @param voiced
 *   Whether a first or second person pronoun occurs in it.
 * @param last
 *   Its last word, when the quote ends in a word.
 * @returns
 *   Whether the words are speech.
 */
export function speechForm(words: number, voiced: boolean, last: string | undefined): boolean {
  if (words >= 2 && voiced) return true
  if (words < 2 || last === undefined) return false
  const initial = last.charAt(0)
  if (initial === initial.toUpperCase()) return false
  return !notVerbs.has(last) && germanForm.test(last)
}

/**
 * Endings of German verbs, participles and predicative adjectives
 * (`bestehen`, `verschoben`, `gekreuzt`, `möglich`, `heikel`); lower-case
 * words in foreign names (`nano`, `online`, `reo`) mostly lack them. The
 * character class keeps the test linear.
 */
const germanForm = /^[a-zäöüß-]+(?:en|ern|eln|t|lich|ig|isch|bar|sam|haft|los|el)$/

/**
 * A capital letter first (a module constant: the bundler turns a `\p{…}`
 * literal into `new RegExp`, which would build a regex on every call).
 */
const upperInitial = /^\p{Lu}/u

/** Length of the longest voice word. */
const longestVoiceWord = Math.max(...[...voiceWords].map((word) => word.length))

/** First letters of the voice words (`i`, `w`, `m`, …). */
const voiceInitials: ReadonlySet<string> = new Set([...voiceWords].map((word) => word.charAt(0)))

/**
 * Whether a word is a first or second person pronoun.
 *
 * @param word
 *   Word.
 * @returns
 *   Whether it is.
 */
export function isVoiceWord(word: string): boolean {
  // Most words are longer than any voice word (lower case never makes a word
  // shorter), or start with another letter: no need to lower-case them.
  if (word.length > longestVoiceWord || !voiceInitials.has(word.charAt(0).toLowerCase())) return false
  return voiceWords.has(word.toLowerCase())
}

/**
 * Whether the child at `index` (a quote) stands right after a noun that a
 * name or title goes with (`die Organisation „…“`, `unter dem Motto „…“`):
 * then it is that name, not speech.
 *
 * @param children
 *   Siblings.
 * @param index
 *   Index of the quote.
 * @returns
 *   Whether it follows such a noun.
 */
export function followsTitleNoun(children: readonly SentenceContent[], index: number): boolean {
  const word = previousWordOf(children, index)
  return word !== undefined && titleNouns.has(word)
}

/**
 * Whether the quote at `index` sits where a name or term goes: right after an
 * opening bracket (a gloss), joined by a hyphen to the word after it (`„…“-
 * Gespräch`), or one lower-case word before a noun (an adjective: `der
 * „drastischen“ Erhöhung`).
 *
 * @param children
 *   Siblings.
 * @param index
 *   Index of the quote.
 * @returns
 *   Whether it is in such a slot.
 */
export function termSlot(children: readonly SentenceContent[], index: number): boolean {
  const before = children[index - 1]
  if (before && before.type === 'PunctuationNode' && before.value === '(') return true
  const after = children[index + 1]
  if (after && after.type !== 'WhiteSpaceNode' && textOf(after).startsWith('-')) return true
  const quote = children[index]
  if (quote.type !== 'QuoteNode') return false
  let words = 0
  let word = ''
  for (const child of quote.children) {
    if (child.type !== 'WordNode') continue
    words++
    word = textOf(child)
  }

  if (words !== 1 || word.charAt(0) === word.charAt(0).toUpperCase()) return false
  let next = index + 1
  while (next < children.length && children[next].type === 'WhiteSpaceNode') next++
  const noun = children[next]
  return noun !== undefined && noun.type === 'WordNode' && upperInitial.test(textOf(noun))
}

/**
 * Whether the quote at `index` follows a noun of an utterance, or `wie`
 * (`zum Beispiel`, `etwa`) after one: `mit der Aufschrift „…“`, `Parolen wie
 * zum Beispiel „…“`, `die Feststellung „…“` — words someone wrote, chanted or
 * said.
 *
 * @param children
 *   Siblings (or the tokens of a paragraph).
 * @param index
 *   Index of the quote (or of its opening mark).
 * @returns
 *   Whether it does.
 */
export function utteranceBefore(children: readonly SentenceContent[], index: number): boolean {
  let at = index
  for (let round = 0; round < 4; round++) {
    const lower = previousWordOf(children, at)
    if (lower === undefined) return false
    if (utteranceNouns.has(lower)) return true
    // `wie`, `wie zum Beispiel`, `wie etwa`: look further back.
    if (lower !== 'wie' && lower !== 'zum' && lower !== 'beispiel' && lower !== 'etwa') return false
    at = previousNonSpace(children, at)
  }

  return false
}

/**
 * Letters of scripts other than Latin (a module constant, see
 * {@link upperInitial}).
 */
const otherScript = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}]/u

/**
 * Endings of lower-case words that German lacks (`running`, `recovery`,
 * `pneumoniae`, `nation`).
 */
const foreignEnding = /(?:ing|y|ae|tion)$/

/**
 * Whether a short quote is in another language: a name, title or set phrase
 * (`„running mate“`, `„in dubio pro reo“`, `„Have a nice day“`): at most six
 * words, at least half of them foreign words or lower-case words with
 * endings German lacks, or letters of another script.
 *
 * @param quote
 *   Quote.
 * @returns
 *   Whether it reads as foreign.
 */
export function foreignQuote(quote: Quote): boolean {
  let words = 0
  let foreign = 0
  for (const child of quote.children) {
    if (child.type !== 'WordNode') {
      if (child.type === 'SentenceNode' || child.type === 'ParagraphNode') return false
      continue
    }

    words++
    if (words > 6) return false
    const text = textOf(child)
    if (otherScript.test(text)) return true
    const lower = text.toLowerCase()
    if (foreignWords.has(lower) || (text === lower && lower !== 'gering' && foreignEnding.test(lower))) foreign++
  }

  return words > 0 && foreign * 2 >= words
}
