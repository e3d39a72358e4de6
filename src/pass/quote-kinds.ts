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
import type {Pass} from '../passes.js'
import {textOf} from '../util/tokens.js'
import {notVerbs} from '../lexicon/function-words.js'
import {isVoiceWord, speechForm} from '../util/speech-evidence.js'

/** Quote kinds pass. */
export const quoteKinds: Pass = {name: 'quote-kinds', root: settleQuoteKinds}

/**
 * Run the pass.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Nothing.
 */
function settleQuoteKinds(tree: InterviewRoot): undefined {
  for (const child of tree.children) visit(child, true)
  return undefined
}

/**
 * Walk a node; `alone` tells whether it stands alone in its parent (a
 * paragraph or sentence of its own), `framed` whether its sentence has an
 * attribution, `reported` whether it lies in indirect speech.
 */
function visit(
  node: RootContent | SentenceContent | Sentence | Paragraph,
  alone: boolean,
  framed = false,
  reported = false
): undefined {
  if (node.type === 'QuoteNode') {
    if (
      node.kind === 'direct' &&
      // A cue the attribution pass gave it: settled as speech.
      node.cue === undefined &&
      !alone &&
      (!framed || (node.cue === undefined && countWords(node.children as SentenceContent[]) < 4)) &&
      !reported &&
      node.speaker === undefined &&
      !speechLike(node) &&
      !liftedWords(node)
    ) {
      node.kind = 'mention'
    }

    const inner = reported || node.kind === 'indirect'
    for (const child of node.children) visit(child, false, framed, inner)
    return undefined
  }

  // Words and white space hold no quotes.
  if (!('children' in node) || node.type === 'WordNode') return undefined
  const children = node.children as Array<SentenceContent | Sentence | Paragraph>
  const words = node.type === 'SentenceNode' ? countWords(children) : 0
  const hasFrame = node.type === 'SentenceNode' ? children.some((child) => child.type === 'AttributionNode') : framed
  const block = node.type === 'ParagraphNode' || node.type === 'TurnNode' || node.type === 'HeadingNode'
  let leading = node.type === 'SentenceNode'
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type === 'WordNode' || child.type === 'WhiteSpaceNode' || child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      if (child.type === 'WordNode') leading = false
      continue
    }

    const single =
      (block ? child.type === 'QuoteNode' : node.type === 'SentenceNode' && words === 0) ||
      (leading && child.type === 'QuoteNode' && fronted(children, index))
    if (child.type === 'QuoteNode') leading = false
    visit(child, single, hasFrame, reported)
  }

  return undefined
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
  if (quote.type !== 'QuoteNode' || countWords(quote.children as SentenceContent[]) < 2) return false
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
 * Number of words directly in a list of children.
 */
function countWords(children: Array<SentenceContent | Sentence | Paragraph>): number {
  let count = 0
  for (const child of children) if (child.type === 'WordNode') count++
  return count
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
      last = lastWord.endsWith('.') ? '.' : undefined
    } else if (child.type === 'PunctuationNode' && child !== children[0] && child !== children[children.length - 1]) {
      last = child.value
    }
  }

  if (words > 1 && last !== undefined && /[.!?…]/.test(last)) return true
  return speechForm(words, voiced, lastWord)
}
