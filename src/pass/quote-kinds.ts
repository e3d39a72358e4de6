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
      !alone &&
      !framed &&
      !reported &&
      node.speaker === undefined &&
      !speechLike(node) &&
      !liftedWords(node)
    ) {
      node.kind = 'mention'
    }

    const inner = reported || node.kind === 'indirect'
    for (const child of node.children) {
      // Tokens hold no quotes.
      if (isToken(child)) continue
      visit(child, false, framed, inner)
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
    for (const child of children) {
      if (child.type === 'WordNode') words++
      else if (child.type === 'AttributionNode') hasFrame = true
    }
  }

  const block = node.type === 'ParagraphNode' || node.type === 'TurnNode' || node.type === 'HeadingNode'
  for (const child of children) {
    if (isToken(child)) continue
    const single = block ? child.type === 'QuoteNode' : sentence && words === 0
    visit(child, single, hasFrame, reported)
  }

  return undefined
}

/**
 * Whether a node is a word, white space, punctuation or a symbol.
 */
function isToken(node: RootContent | SentenceContent | Sentence | Paragraph): boolean {
  const type = node.type
  return type === 'WordNode' || type === 'WhiteSpaceNode' || type === 'PunctuationNode' || type === 'SymbolNode'
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
  for (const child of children) {
    if (child.type === 'SentenceNode' || child.type === 'ParagraphNode') return true
    if (child.type === 'WordNode') {
      words++
      last = textOf(child).endsWith('.') ? '.' : undefined
    } else if (child.type === 'PunctuationNode' && child !== children[0] && child !== children[children.length - 1]) {
      last = child.value
    }
  }

  return words > 1 && last !== undefined && /[.!?…]/.test(last)
}
