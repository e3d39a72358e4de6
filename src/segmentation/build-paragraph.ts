/**
 * Build the tree of one paragraph from its tokens and the spans the token
 * passes found: German sentences, with quotes and editorial notes as nodes.
 *
 * Sentence breaks follow German usage: none after abbreviations (`z. B.`,
 * `Dr.`, `Anm. d. Red.`), ordinals and dates (`am 3. Oktober`), inside
 * brackets or quotation marks; German closing marks after `.`, `!`, `?`
 * stay with their sentence (`„Wir bleiben!“, rief er.` is one sentence). A
 * quote that holds several sentences holds them as `SentenceNode`s.
 *
 * @module
 */

import type {Paragraph, Sentence, SentenceContent, WhiteSpace, Word} from 'nlcst'
import type {EditorialNote, Quote} from '../types.js'
import {abbreviations, finalAbbreviations} from '../lexicon/abbreviations.js'
import {months, sentenceOpeners} from '../lexicon/sentence-openers.js'
import {spanOf} from '../util/position.js'
import {brandShape, isDigit, isLineBreak, isLower, isSpace, isUpper, markOf, textOf} from '../util/tokens.js'
import type {Span} from '../util/spans.js'

/**
 * A unit of segmentation: one token, given by its index in the token list
 * (most items: no object per token), or a span built into nodes.
 */
type Item = number | SpanItem

/** A span built into nodes (a quote, a note, or a bracket group). */
interface SpanItem {
  /** The node of the item (a quote or note), or the opening bracket of a group. */
  node: SentenceContent
  /** Tokens of a bracket group (the item is then several nodes). */
  group: SentenceContent[] | undefined
  /** First token. */
  first: SentenceContent
  /** Whether the item ends a sentence by its own punctuation. */
  terminal: boolean
}

/** Characters that close something and may follow sentence punctuation. */
const closers = new Set([')', ']', '}', '"', '\'', '’', '”', '“', '«', '»', '‘', '›', '‹'])

/** Words before an ordinal number (`am 3. Oktober`, `der 2. Weltkrieg`). */
const ordinalLeaders = new Set([
  'am', 'im', 'vom', 'zum', 'zur', 'beim', 'der', 'die', 'das', 'den', 'dem', 'des', 'ab', 'bis',
  'seit', 'zwischen', 'dieser', 'diesem', 'ihr', 'ihrem', 'sein', 'seinem', 'seiner', 'ihrer'
])

/**
 * Build a paragraph node over tokens `from`–`to`.
 *
 * @param tokens
 *   Tokens of the whole paragraph.
 * @param from
 *   First token.
 * @param to
 *   Token after the last.
 * @param spans
 *   Spans inside `from`–`to`, sorted by start (outer first), properly nested.
 * @returns
 *   Paragraph node.
 */
export function buildParagraph(
  tokens: SentenceContent[],
  from: number,
  to: number,
  spans: Span[]
): Paragraph {
  const cursor = {index: 0}
  const items = buildItems(tokens, from, to, spans, cursor)
  const children: Paragraph['children'] = []
  for (const node of segment(tokens, items)) {
    // A sentence that is only a quote of sentences: the quote stands alone.
    if (
      node.type === 'SentenceNode' &&
      node.children.length === 1 &&
      node.children[0].type === 'QuoteNode' &&
      isBlockQuote(node.children[0])
    ) {
      children.push(node.children[0])
    } else {
      children.push(node)
    }
  }

  return {
    type: 'ParagraphNode',
    children,
    position: spanOf(tokens[from], tokens[to - 1])
  }
}

/**
 * Whether a quote holds sentences.
 */
function isBlockQuote(quote: Quote): boolean {
  for (const child of quote.children) if (child.type === 'SentenceNode') return true
  return false
}

/**
 * Turn tokens `from`–`to` into items, building spans into nodes.
 */
function buildItems(
  tokens: SentenceContent[],
  from: number,
  to: number,
  spans: Span[],
  cursor: {index: number}
): Item[] {
  const items: Item[] = []
  let index = from

  while (index < to) {
    // Skip spans that lie before this level (already consumed or dropped).
    while (cursor.index < spans.length && spans[cursor.index].start < index) cursor.index++
    const span = cursor.index < spans.length && spans[cursor.index].start === index ? spans[cursor.index] : undefined

    if (!span || span.end > to) {
      items.push(index)
      index++
      continue
    }

    cursor.index++
    const hasClose = span.type !== 'quote' || span.closed
    const innerEnd = hasClose ? span.end - 1 : span.end
    const inner = buildItems(tokens, index + 1, innerEnd, spans, cursor)
    const terminal = endsTerminal(tokens, inner)
    const open = tokens[index]
    const close = hasClose ? tokens[span.end - 1] : undefined

    if (span.type === 'group') {
      const nodes: SentenceContent[] = [open]
      for (const item of inner) pushNodes(nodes, tokens, item)
      if (close) nodes.push(close)
      items.push({node: open, group: nodes, first: open, terminal})
    } else {
      const content = segment(tokens, inner)
      // Several sentences; not one with white space inside the marks
      // (`« gemeinen Volk »`).
      let count = 0
      for (const node of content) if (node.type === 'SentenceNode') count++
      const sentences = count > 1
      const children: Array<SentenceContent | Sentence> = [open]
      if (sentences) {
        for (const node of content) children.push(node)
      } else {
        for (const item of inner) pushNodes(children, tokens, item)
      }

      if (close) children.push(close)
      const position = spanOf(open, children[children.length - 1])
      let node: EditorialNote | Quote
      if (span.type === 'quote') {
        const quote: Quote = {type: 'QuoteNode', kind: span.kind, open: span.open, closed: span.closed, children, position}
        if (span.close !== undefined) quote.close = span.close
        node = quote
      } else {
        const note: EditorialNote = {type: 'EditorialNoteNode', kind: span.kind, children, position}
        if (span.marker !== undefined) note.marker = span.marker
        node = note
      }

      items.push({node, group: undefined, first: open, terminal})
    }

    index = span.end
  }

  return items
}

/**
 * First token of an item.
 */
function firstOf(tokens: SentenceContent[], item: Item): SentenceContent {
  return typeof item === 'number' ? tokens[item] : item.first
}

/**
 * Whether an item is one node (a token, a quote, a note), not a group.
 */
function isSingle(item: Item): boolean {
  return typeof item === 'number' || item.group === undefined
}

/**
 * Whether an item ends a sentence by its own punctuation.
 */
function terminalOf(tokens: SentenceContent[], item: Item): boolean {
  if (typeof item !== 'number') return item.terminal
  const token = tokens[item]
  const mark = markOf(token)
  if (mark !== undefined) return isTerminal(mark)
  return token.type === 'WordNode' && mergedStop(token)
}

/**
 * Word before the final full stop of an item, for abbreviation and ordinal
 * checks: the word before a `.` token, or a word that parse-latin merged with
 * its full stop (`z.`, `3.`) without it.
 */
function stemOf(tokens: SentenceContent[], item: Item): string | undefined {
  if (typeof item !== 'number') return undefined
  const token = tokens[item]
  const mark = markOf(token)

  if (mark !== undefined) {
    const previous = tokens[item - 1]
    return mark === '.' && previous && previous.type === 'WordNode' ? textOf(previous) : undefined
  }

  return token.type === 'WordNode' && mergedStop(token) ? textOf(token).slice(0, -1) : undefined
}

/**
 * Whether parse-latin merged a full stop into a word (`z.`, `3.`).
 */
function mergedStop(word: Word): boolean {
  const children = word.children
  const last = children[children.length - 1]
  return children.length > 1 && last.type === 'PunctuationNode' && last.value === '.'
}

/**
 * Push the nodes of an item.
 */
function pushNodes(nodes: Array<SentenceContent | Sentence>, tokens: SentenceContent[], item: Item): undefined {
  if (typeof item === 'number') nodes.push(tokens[item])
  else if (item.group === undefined) nodes.push(item.node)
  else for (const node of item.group) nodes.push(node)
  return undefined
}

/**
 * Whether a mark is sentence punctuation (`.`, `!`, `?`, `…`, `?!`, `...`).
 */
function isTerminal(mark: string): boolean {
  for (const character of mark) {
    if (character !== '.' && character !== '!' && character !== '?' && character !== '…' && character !== '‽') return false
  }

  return mark.length > 0
}

/**
 * Whether the last non-space item of a level is sentence punctuation.
 */
function endsTerminal(tokens: SentenceContent[], items: Item[]): boolean {
  let index = items.length - 1
  while (index >= 0 && isSpaceItem(tokens, items[index])) index--
  return index >= 0 && terminalOf(tokens, items[index])
}

/**
 * Split a level of items into sentences and the white space between them.
 */
function segment(tokens: SentenceContent[], items: Item[]): Array<Sentence | WhiteSpace> {
  const result: Array<Sentence | WhiteSpace> = []
  let start = 0

  // Leading white space.
  while (start < items.length && isSpaceItem(tokens, items[start])) {
    result.push(firstOf(tokens, items[start]) as WhiteSpace)
    start++
  }

  let index = start
  const run = {end: -1}
  while (index < items.length) {
    const space = boundaryAfter(tokens, items, index, run)
    if (space === -1) {
      index++
      continue
    }

    result.push(sentence(tokens, items, start, space))
    result.push(firstOf(tokens, items[space]) as WhiteSpace)
    start = space + 1
    index = start
  }

  if (start < items.length) {
    let end = items.length
    while (end > start && isSpaceItem(tokens, items[end - 1])) end--
    if (end > start) result.push(sentence(tokens, items, start, end))
    for (let rest = end; rest < items.length; rest++) result.push(firstOf(tokens, items[rest]) as WhiteSpace)
  }

  return result
}

/**
 * Whether an item is a white-space token.
 */
function isSpaceItem(tokens: SentenceContent[], item: Item): boolean {
  return isSingle(item) && isSpace(firstOf(tokens, item))
}

/**
 * Make a sentence of items `from`–`to`.
 */
function sentence(tokens: SentenceContent[], items: Item[], from: number, to: number): Sentence {
  const children: SentenceContent[] = []
  for (let index = from; index < to; index++) pushNodes(children, tokens, items[index])
  return {
    type: 'SentenceNode',
    children,
    position: spanOf(children[0], children[children.length - 1])
  }
}

/**
 * When a sentence ends after item `index`, the index of the white space that
 * follows it; else `-1`.
 *
 * `run.end` remembers where the last run of closing marks and punctuation
 * after a terminal item ended: every item inside that run ends its own scan
 * at the same place, so it is not scanned again (`.“.“.“…` stays linear).
 */
function boundaryAfter(tokens: SentenceContent[], items: Item[], index: number, run: {end: number}): number {
  const item = items[index]
  const terminal = terminalOf(tokens, item)
  let next = index + 1

  if (terminal) {
    if (run.end > index) {
      next = run.end
    } else {
      // Closing marks and more punctuation stay with the sentence.
      while (next < items.length && isSingle(items[next]) && !isSpace(firstOf(tokens, items[next]))) {
        const mark = markOf(firstOf(tokens, items[next]))
        if (mark === undefined || !(closers.has(mark) || isTerminal(mark))) break
        next++
      }

      run.end = next
    }
  } else if (isSpaceItem(tokens, item) || next >= items.length || !isLineBreak(firstOf(tokens, items[next]))) {
    return -1
  }

  if (next >= items.length) return -1
  const space = items[next]
  if (!isSpaceItem(tokens, space)) return -1
  if (next + 1 >= items.length) return -1
  const following = items[next + 1]
  const lineBreak = isLineBreak(firstOf(tokens, space))
  const opens = opensSentence(tokens, following)

  if (!terminal) {
    // A line break without punctuation ends a sentence unless lower case
    // goes on.
    return opens === 'lower' ? -1 : next
  }

  if (opens === 'lower') return -1
  const stem = stemOf(tokens, item)
  if (stem !== undefined && !lineBreak && !stemEnds(stem, tokens, items, index, following)) return -1
  return next
}

/**
 * How an item starts: `'lower'` for a lower-case word, `'upper'` otherwise
 * (also a brand spelled with a capital after its first letter: `eBay`).
 */
function opensSentence(tokens: SentenceContent[], item: Item): 'lower' | 'upper' {
  const first = firstOf(tokens, item)
  if (first.type === 'WordNode') {
    const text = textOf(first)
    return isLower(text.charAt(0)) && !brandShape(text) ? 'lower' : 'upper'
  }

  return 'upper'
}

/**
 * Whether a full stop after `stem` ends the sentence, given what follows.
 */
function stemEnds(stem: string, tokens: SentenceContent[], items: Item[], index: number, following: Item): boolean {
  const first = firstOf(tokens, following)
  const next = first.type === 'WordNode' ? textOf(first) : undefined
  const opener = next !== undefined && sentenceOpeners.has(next)

  if (abbreviations.has(stem)) return finalAbbreviations.has(stem) && opener
  if (finalAbbreviations.has(stem)) return opener

  // Ordinals and dates (`am 3. Oktober`, `26.11.`).
  if (isDigit(stem.charAt(0))) {
    let digits = 0
    for (const character of stem) {
      if (isDigit(character)) digits++
      else if (character !== '.') return true
    }

    if (stem.includes('.')) return opener && next !== undefined && !months.has(next)
    if (digits > 3) return true
    if (next !== undefined && months.has(next)) return false
    if (leaderBefore(tokens, items, index)) return false
    return opener
  }

  // Single letters: initials (`Olaf S. Müller`), `z. B.`, `d. h.`.
  if (stem.length === 1 || (stem.length === 2 && stem.charAt(1) === '.')) {
    return isUpper(stem.charAt(0)) && opener && !afterShortAbbreviation(tokens, items, index)
  }

  // Multi-part abbreviations merged into one word (`z.B.`, `u.a.`).
  if (stem.includes('.') && stem.length <= 6 && !isDigit(stem.charAt(0))) return opener

  return true
}

/**
 * Whether the word before the ordinal at `index` is an article or
 * preposition that leads ordinals.
 */
function afterShortAbbreviation(tokens: SentenceContent[], items: Item[], index: number): boolean {
  let back = index - 1
  if (firstOf(tokens, items[index]).type !== 'WordNode') back--
  while (back >= 0 && isSpaceItem(tokens, items[back])) back--
  if (back < 0) return false
  const stem = stemOf(tokens, items[back])
  return stem !== undefined && stem.length <= 2
}

/**
 * Whether an article or preposition leads the number at `index`.
 */
function leaderBefore(tokens: SentenceContent[], items: Item[], index: number): boolean {
  let back = index - 1
  if (firstOf(tokens, items[index]).type !== 'WordNode') back--
  while (back >= 0 && isSpaceItem(tokens, items[back])) back--
  if (back < 0) return false
  const first = firstOf(tokens, items[back])
  return first.type === 'WordNode' && ordinalLeaders.has(textOf(first).toLowerCase())
}
