/**
 * Quote kinds pass: settle direct speech against mentions once speakers are
 * known. A quote stays direct when something shows it is speech: a speaker,
 * sentence punctuation inside, or a whole sentence or paragraph of its own.
 * A quote without any of these (a title after a colon, a name, a slogan
 * after `Motto`) is a mention.
 *
 * @module
 */

import type {Paragraph, RootContent, Sentence, SentenceContent} from 'nlcst'
import type {InterviewRoot, Quote} from '../types.js'
import type {Context, Pass} from '../passes.js'
import {textOf} from '../util/tokens.js'
import {notVerbs, titleNouns} from '../lexicon/function-words.js'
import {foreignQuote, isVoiceWord, speechForm, utteranceBefore} from '../util/speech-evidence.js'

/**
 * Quote kinds pass. Once a paragraph's sentences are final it notes, for
 * every quote in it, what the tree around shows (while the paragraph is fresh
 * in the processor's caches); at the end, when speakers are known, it
 * decides.
 *
 * A quote becomes a mention when it is direct, has no speaker, and neither
 * stands alone (a paragraph or a sentence of its own), nor lies in a framed
 * sentence or in indirect speech, nor reads as speech by itself. Standing
 * alone, the frame and the quote's own words are fixed when its paragraph
 * settles; kind and speaker (which the interview pass may still give) and
 * whether an enclosing quote is indirect are read at the end.
 */
export const quoteKinds: Pass = {name: 'quote-kinds', settled: noteParagraph, root: settleQuoteKinds}

/** A quote seen in a settled paragraph. */
interface Seen {
  /** The quote. */
  quote: Quote
  /** Index of the nearest enclosing quote in the list (`-1`: none). */
  parent: number
  /**
   * Whether the tree around leaves the quote open to being a mention: it
   * does not stand alone, its sentence has no frame, and it does not read as
   * speech by itself.
   */
  open: boolean
  /**
   * Whether the quote is what something is named (`nennt „Twitter“`, `das
   * sich „Allianz für …“ nennt`): a name, unless it reads as speech.
   */
  named: boolean
  /** Whether the quote is short words of another language (a name in any context). */
  foreign: boolean
}

declare module '../passes.js' {
  interface ContextData {
    /** Quotes of settled paragraphs, parents before children. */
    quoteKinds?: Seen[]
  }
}

/**
 * Note the quotes of a paragraph whose sentences are final.
 *
 * @param paragraph
 *   Paragraph.
 * @param context
 *   Context.
 * @returns
 *   Nothing.
 */
function noteParagraph(paragraph: Paragraph, context: Context): undefined {
  context.data.quoteKinds ??= []
  // Quotes in a paragraph stand alone; nothing is framed or quoted around.
  visit(paragraph, true, false, -1, context.data.quoteKinds)
  return undefined
}

/**
 * Run the pass: decide every quote noted.
 *
 * @param _
 *   Tree.
 * @param context
 *   Context.
 * @returns
 *   Nothing.
 */
function settleQuoteKinds(_: InterviewRoot, context: Context): undefined {
  const seen = context.data.quoteKinds ?? []
  // Whether each quote lies in indirect speech: an enclosing quote is
  // indirect (parents come before their children).
  const reported = new Uint8Array(seen.length)
  for (let index = 0; index < seen.length; index++) {
    const entry = seen[index]
    const parent = entry.parent
    const inside = parent >= 0 && (reported[parent] === 1 || seen[parent].quote.kind === 'indirect')
    if (inside) reported[index] = 1
    const quote = entry.quote
    if (entry.open && !inside && quote.kind === 'direct' && quote.speaker === undefined) quote.kind = 'mention'
    // A name given with `nennen`, or words of another language without
    // sentence punctuation, are no one's words, whoever names them.
    if (entry.named && (!inside || entry.foreign) && quote.kind === 'direct') {
      quote.kind = 'mention'
      quote.speaker = undefined
    }
  }

  return undefined
}

/**
 * Walk a node and note its quotes; `alone` tells whether it stands alone in
 * its parent (a paragraph or sentence of its own), `framed` whether its
 * sentence has an attribution, `parent` the index of the enclosing quote.
 */
function visit(
  node: SentenceContent | Sentence | Paragraph,
  alone: boolean,
  framed: boolean,
  parent: number,
  seen: Seen[],
  named: NameEvidence = undefined
): undefined {
  if (node.type === 'QuoteNode') {
    const index = seen.length
    // A cue the attribution pass gave it settles it as speech; in a framed
    // sentence only a short quote no frame reports can be a name.
    const open =
      node.cue === undefined &&
      !alone &&
      (!framed || fewerWords(node.children as SentenceContent[], 4)) &&
      !speechLike(node) &&
      !liftedWords(node)
    seen.push({quote: node, parent, open, named: named !== undefined, foreign: named === 'foreign'})
    const inner = node.children as SentenceContent[]
    for (let position = 0; position < inner.length; position++) {
      const child = inner[position]
      // Tokens hold no quotes.
      if (isToken(child)) continue
      // Names inside reported speech (`…, dass Flugzeuge von „Brothers to
      // the Rescue“ …`).
      const name = node.kind === 'indirect' && child.type === 'QuoteNode' ? nameLike(inner, position, child, false) : undefined
      visit(child, false, framed, index, seen, name)
    }

    return undefined
  }

  // Words and white space hold no quotes.
  if (!('children' in node) || node.type === 'WordNode') return undefined
  const children = node.children as Array<SentenceContent | Sentence | Paragraph>
  const sentence = node.type === 'SentenceNode'
  let words = 0
  let hasFrame = framed
  if (sentence) {
    hasFrame = false
    // A sentence of tokens alone holds no quotes.
    let nodes = false
    for (const child of children) {
      if (child.type === 'WordNode') words++
      else if (child.type === 'AttributionNode') hasFrame = nodes = true
      else if (!nodes && !isToken(child)) nodes = true
    }

    if (!nodes) return undefined
  }

  const block = node.type === 'ParagraphNode'
  let leading = sentence
  // Whether the last quote in the sentence was a name.
  let namedBefore = false
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (isToken(child)) {
      if (child.type === 'WordNode') leading = false
      continue
    }

    const single =
      (block ? child.type === 'QuoteNode' : sentence && words === 0) ||
      (leading && child.type === 'QuoteNode' && fronted(children, index)) ||
      (child.type === 'QuoteNode' && utteranceBefore(children as SentenceContent[], index))
    if (child.type === 'QuoteNode') leading = false
    const named: NameEvidence = child.type === 'QuoteNode' && sentence ? nameLike(children as SentenceContent[], index, child, namedBefore) : undefined
    // Only the quote right before counts for a list (`„A“ oder „B“`).
    if (child.type === 'QuoteNode') namedBefore = named !== undefined
    visit(child, single, hasFrame, parent, seen, named)
  }

  return undefined
}

/**
 * Whether the quote at `index` is a name or set phrase, whoever is said to
 * use it: given with `nennen` (or listed after such a name), or short words
 * of another language; not when it reads as speech.
 */
function nameLike(children: SentenceContent[], index: number, quote: Quote, namedBefore: boolean): NameEvidence {
  const short = fewerWords(quote.children as SentenceContent[], 6)
  // The word before a short quote (lower case), read once for what follows.
  const before = short ? lastWordBefore(children, index) : undefined
  // A title may end in an adjective (`„Im Grunde gut“ heißt ihr Buch`):
  // only sentence punctuation makes it speech.
  if (short && titled(children, index, before)) return punctuated(quote) ? undefined : 'name'
  if (speechLike(quote)) return undefined
  if (foreignQuote(quote)) return 'foreign'
  if (!short) return undefined
  const named = nameGiven(children, index, before) || (namedBefore && listed(before))
  return named ? 'name' : undefined
}

/**
 * What makes a quote a name: its place (`'name'`), or its language
 * (`'foreign'`, a name also inside reported speech); `undefined`: nothing.
 */
type NameEvidence = 'foreign' | 'name' | undefined

/**
 * Whether a quote holds sentences or ends in sentence punctuation.
 */
function punctuated(quote: Quote): boolean {
  const children = quote.children
  for (const child of children) if (child.type === 'SentenceNode' || child.type === 'ParagraphNode') return true
  const last = children[children.length - 2]
  return last !== undefined && last.type === 'PunctuationNode' && /[.!?…]/.test(last.value)
}

/** Forms of `heißen` that name (lower case). */
const nameVerbs: ReadonlySet<string> = new Set(['heißt', 'hieß', 'heißen', 'hießen'])

/**
 * Whether the quote at `index` is a title or name by its place: right after
 * a noun a title goes with, also as a compound (`Ihr Buch „…“`, `der
 * Macron-Partei „…“`), or before or after `heißen` naming something (`„…“
 * heißt ihr Buch`, `der Film heißt „…“`; not `„…“, heißt es`). `before` is
 * the word before it (see {@link lastWordBefore}).
 */
function titled(children: SentenceContent[], index: number, before: string | undefined): boolean {
  if (before !== undefined && (nameVerbs.has(before) || titleNounLike(before))) return true
  let at = index + 1
  while (at < children.length && children[at].type === 'WhiteSpaceNode') at++
  const next = children[at]
  if (!next || next.type !== 'WordNode' || !nameVerbs.has(textOf(next).toLowerCase())) return false
  at++
  while (at < children.length && children[at].type === 'WhiteSpaceNode') at++
  const after = children[at]
  return after !== undefined && after.type === 'WordNode' && textOf(after) !== 'es'
}

/**
 * Whether a word (lower case) is a title noun or a compound ending in one
 * after a hyphen (`buch`, `macron-partei`).
 */
function titleNounLike(word: string): boolean {
  if (titleNouns.has(word)) return true
  const hyphen = word.lastIndexOf('-')
  return hyphen > 0 && titleNouns.has(word.slice(hyphen + 1))
}

/** Forms of `nennen` (lower case). */
const namingVerbs: ReadonlySet<string> = new Set(['nennt', 'nannte', 'nennen', 'nannten', 'nenne', 'nennst'])

/**
 * Whether the quote at `index` is the name something is given: right after
 * a form of `nennen` (`nennt „Twitter“ in Syrien`, `nennt sich „…“`), or
 * after `sich` with `nennen` to follow (`das sich selbst „…“ nennt`). A
 * quote after an object is a label someone gives (`nennt den Plan
 * „mutig“`): speech. `before` is the word before it (see
 * {@link lastWordBefore}).
 */
function nameGiven(children: SentenceContent[], index: number, before: string | undefined): boolean {
  if (before === undefined) return false
  if (namingVerbs.has(before)) return true
  if (before !== 'sich' && before !== 'selbst') return false
  // `nennt sich „…“`, `nennt sie sich selbst „…“`.
  for (let nth = 2; nth < 5; nth++) {
    const earlier = lastWordBefore(children, index, nth)
    if (earlier === undefined) break
    if (namingVerbs.has(earlier)) return true
  }

  // `das sich „…“ (AIE) nennt`: the verb after the quote, closing the
  // clause.
  for (let at = index + 1, words = 0; at < children.length && words < 3; at++) {
    const child = children[at]
    if (child.type === 'PunctuationNode' && child.value !== '(' && child.value !== ')') return false
    // `„…“ nennt`: the verb may be the cue of a frame.
    let word: SentenceContent | undefined = child
    while (word && (word.type === 'AttributionNode' || word.type === 'CueNode')) word = word.children[0]
    if (!word || word.type !== 'WordNode') continue
    words++
    if (namingVerbs.has(textOf(word).toLowerCase())) return true
  }

  return false
}

/**
 * Whether a quote follows `und`, `oder` or `sowie` (`nennt „Twitter“ in
 * Syrien oder „Facebook“`), the word `before` it: one more of a list.
 */
function listed(before: string | undefined): boolean {
  return before === 'und' || before === 'oder' || before === 'sowie'
}

/**
 * The `nth` word (lower case) before child `index`, looking into frames,
 * cues and speakers; `undefined` past a punctuation mark or another quote.
 */
function lastWordBefore(children: SentenceContent[], index: number, nth = 1): string | undefined {
  let count = 0
  for (let at = index - 1; at >= 0; at--) {
    const child = children[at]
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type === 'WordNode') {
      count++
      if (count === nth) return textOf(child).toLowerCase()
      continue
    }

    if (child.type === 'AttributionNode' || child.type === 'CueNode' || child.type === 'SpeakerNode') {
      const inner = child.children as SentenceContent[]
      const found = lastWordBefore(inner, inner.length, nth - count)
      if (found !== undefined) return found
      count += countWordsDeep(inner)
      continue
    }

    return undefined
  }

  return undefined
}

/**
 * Number of words in children, frames and their parts included.
 */
function countWordsDeep(children: SentenceContent[]): number {
  let count = 0
  for (const child of children) {
    if (child.type === 'WordNode') count++
    else if (child.type === 'AttributionNode' || child.type === 'CueNode' || child.type === 'SpeakerNode') count += countWordsDeep(child.children as SentenceContent[])
  }

  return count
}

/**
 * Whether a node is a word, white space, punctuation or a symbol.
 */
function isToken(node: RootContent | SentenceContent | Sentence | Paragraph): boolean {
  const type = node.type
  return type === 'WordNode' || type === 'WhiteSpaceNode' || type === 'PunctuationNode' || type === 'SymbolNode'
}

/**
 * Whether a quote that opens its sentence is followed by a comma and a
 * finite verb (`„…“, schreibt die Zeitung`, `„…“, wird sie zitiert`): the
 * quote fills the slot before the verb, so it is what was said. German nouns
 * are capitalised, so a lower-case word there that is no conjunction,
 * pronoun or preposition is the verb.
 */
function fronted(children: Array<SentenceContent | Sentence | Paragraph>, index: number): boolean {
  const quote = children[index]
  if (quote.type !== 'QuoteNode' || fewerWords(quote.children as SentenceContent[], 2)) return false
  let cursor = index + 1
  let comma = false
  // The comma may sit inside the quote, before its closing mark.
  const inner = quote.children[quote.children.length - 2]
  if (inner && inner.type === 'PunctuationNode' && inner.value === ',') comma = true
  while (cursor < children.length) {
    const next = children[cursor]
    if (next.type === 'WhiteSpaceNode') cursor++
    else if (next.type === 'PunctuationNode' && next.value === ',' && !comma) {
      comma = true
      cursor++
    } else break
  }

  let verb: RootContent | SentenceContent | Sentence | Paragraph | undefined = children[cursor]
  // A frame after the comma (`„…“, schrieb die Sängerin`): its first word.
  while (verb && (verb.type === 'AttributionNode' || verb.type === 'CueNode')) verb = verb.children[0]
  if (!comma || !verb || verb.type !== 'WordNode') return false
  const text = textOf(verb)
  const initial = text.charAt(0)
  return initial !== initial.toUpperCase() && !notVerbs.has(text)
}

/**
 * Whether fewer than `limit` words stand directly in a list of children
 * (counting no further than that).
 */
function fewerWords(children: Array<SentenceContent | Sentence | Paragraph>, limit: number): boolean {
  let count = 0
  for (const child of children) {
    if (child.type !== 'WordNode') continue
    count++
    if (count >= limit) return false
  }

  return true
}

/**
 * Whether a quote is a phrase lifted from speech: two or more words, the
 * first lower case (`„gravierende rechtliche Bedenken“`).
 */
function liftedWords(quote: Quote): boolean {
  let words = 0
  let firstLower = false
  for (const child of quote.children) {
    if (child.type !== 'WordNode') continue
    words++
    if (words === 1) {
      const initial = textOf(child).charAt(0)
      firstLower = initial !== initial.toUpperCase() && initial === initial.toLowerCase()
    }

    if (words > 1) break
  }

  return words > 1 && firstLower
}

/**
 * Whether a quote reads as speech by itself: sentences inside, or sentence
 * punctuation before its closing mark.
 */
function speechLike(quote: Quote): boolean {
  const children = quote.children
  let words = 0
  let last: string | undefined
  let voiced = false
  let lastWord: string | undefined
  for (const child of children) {
    if (child.type === 'SentenceNode' || child.type === 'ParagraphNode') return true
    if (child.type === 'WordNode') {
      words++
      lastWord = textOf(child)
      if (!voiced && isVoiceWord(lastWord)) voiced = true
      // Two words and a speaker's own voice: speech, whatever follows (see
      // `speechForm`).
      if (voiced && words >= 2) return true
      last = lastWord.endsWith('.') ? '.' : undefined
    } else if (child.type === 'PunctuationNode' && child !== children[0] && child !== children[children.length - 1]) {
      last = child.value
    }
  }

  if (words > 1 && last !== undefined && /[.!?…]/.test(last)) return true
  return speechForm(words, voiced, lastWord)
}
