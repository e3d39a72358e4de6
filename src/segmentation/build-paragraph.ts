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
 * A unit of segmentation, as a number: one token, given by its index in the
 * token list (`>= 0`; most items: no object per token), or a span built into
 * nodes, given as `~k` (`< 0`) for entry `k` of {@link spanItems}.
 *
 * The items of a level lie in {@link slots}, from one index to another (the
 * functions below take such ranges, not arrays).
 */
type Item = number

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

/**
 * Work space for the items of all levels, shared by every paragraph (a
 * paragraph is built in one synchronous call, and its items are dropped once
 * its nodes are made), so no array is grown per token. A level writes its
 * items from where its parent will write next; a nested level is used up
 * before the parent writes again. Hence a paragraph of `n` tokens needs at
 * most `n` slots.
 */
let slots = new Int32Array(1024)

/**
 * Most slots kept between paragraphs (256 kB); a larger work space, made for
 * a huge paragraph, is dropped once that paragraph is built.
 */
const maxKeptSlots = 65_536

/** Span items of the paragraph being built (emptied when it is done). */
const spanItems: SpanItem[] = []

/** Next span to build (spans are consumed in order, across levels). */
let spanCursor = 0

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
  if (slots.length < to - from) slots = new Int32Array(Math.max(to - from, slots.length * 2))
  spanCursor = 0
  const end = buildItems(tokens, from, to, spans, 0)
  const children = segment(tokens, 0, end) as Paragraph['children']
  spanItems.length = 0
  if (slots.length > maxKeptSlots) slots = new Int32Array(1024)
  for (let index = 0; index < children.length; index++) {
    const node = children[index]
    // A sentence that is only a quote of sentences: the quote stands alone.
    if (
      node.type === 'SentenceNode' &&
      node.children.length === 1 &&
      node.children[0].type === 'QuoteNode' &&
      isBlockQuote(node.children[0])
    ) {
      children[index] = node.children[0] as unknown as Paragraph['children'][number]
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
 * Write the items of tokens `from`–`to` into {@link slots} from `base` on,
 * building spans into nodes; return the slot after the last item.
 */
function buildItems(tokens: SentenceContent[], from: number, to: number, spans: Span[], base: number): number {
  let end = base
  let index = from

  while (index < to) {
    // Skip spans that lie before this level (already consumed or dropped).
    while (spanCursor < spans.length && spans[spanCursor].start < index) spanCursor++
    const span = spanCursor < spans.length && spans[spanCursor].start === index ? spans[spanCursor] : undefined

    if (!span || span.end > to) {
      slots[end++] = index
      index++
      continue
    }

    spanCursor++
    const hasClose = span.type !== 'quote' || span.closed
    const innerEnd = hasClose ? span.end - 1 : span.end
    // The inner level goes where this level writes next.
    const innerTo = buildItems(tokens, index + 1, innerEnd, spans, end)
    const terminal = endsTerminal(tokens, end, innerTo)
    const open = tokens[index]
    const close = hasClose ? tokens[span.end - 1] : undefined

    if (span.type === 'group') {
      const nodes: SentenceContent[] = [open]
      for (let inner = end; inner < innerTo; inner++) pushNodes(nodes, tokens, slots[inner])
      if (close) nodes.push(close)
      slots[end++] = ~spanItems.length
      spanItems.push({node: open, group: nodes, first: open, terminal})
    } else {
      const content = segment(tokens, end, innerTo)
      // Several sentences; not one with white space inside the marks
      // (`« gemeinen Volk »`).
      let count = 0
      for (const node of content) if (node.type === 'SentenceNode') count++
      const sentences = count > 1
      const children: Array<SentenceContent | Sentence> = [open]
      if (sentences) {
        for (const node of content) children.push(node)
      } else {
        for (let inner = end; inner < innerTo; inner++) pushNodes(children, tokens, slots[inner])
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

      slots[end++] = ~spanItems.length
      spanItems.push({node, group: undefined, first: open, terminal})
    }

    index = span.end
  }

  return end
}

/**
 * First token of an item.
 */
function firstOf(tokens: SentenceContent[], item: Item): SentenceContent {
  return item >= 0 ? tokens[item] : spanItems[~item].first
}

/**
 * Whether an item is one node (a token, a quote, a note), not a group.
 */
function isSingle(item: Item): boolean {
  return item >= 0 || spanItems[~item].group === undefined
}

/**
 * Whether an item ends a sentence by its own punctuation.
 */
function terminalOf(tokens: SentenceContent[], item: Item): boolean {
  if (item < 0) return spanItems[~item].terminal
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
  if (item < 0) return undefined
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
  if (item >= 0) {
    nodes.push(tokens[item])
    return undefined
  }

  const span = spanItems[~item]
  if (span.group === undefined) nodes.push(span.node)
  else for (const node of span.group) nodes.push(node)
  return undefined
}

/**
 * The nodes of the items in slots `from`–`to` in a new array. Items that are
 * all plain tokens (most sentences: no quote, note or group inside) stand for
 * consecutive tokens, which are copied in one exact-size `slice`, not grown
 * by `push`.
 */
function nodesOf(tokens: SentenceContent[], from: number, to: number): SentenceContent[] {
  let plain = true
  for (let index = from; index < to; index++) {
    if (slots[index] < 0) {
      plain = false
      break
    }
  }

  if (plain && from < to) return tokens.slice(slots[from], slots[to - 1] + 1)
  const nodes: SentenceContent[] = []
  for (let index = from; index < to; index++) pushNodes(nodes, tokens, slots[index])
  return nodes
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
 * Whether the last non-space item in slots `from`–`to` (a level) is sentence
 * punctuation.
 */
function endsTerminal(tokens: SentenceContent[], from: number, to: number): boolean {
  let index = to - 1
  while (index >= from && isSpaceItem(tokens, slots[index])) index--
  return index >= from && terminalOf(tokens, slots[index])
}

/**
 * Split a level of items (slots `from`–`to`) into sentences and the white
 * space between them.
 */
function segment(tokens: SentenceContent[], from: number, to: number): Array<Sentence | WhiteSpace> {
  const result: Array<Sentence | WhiteSpace> = []
  let start = from

  // Leading white space.
  while (start < to && isSpaceItem(tokens, slots[start])) {
    result.push(firstOf(tokens, slots[start]) as WhiteSpace)
    start++
  }

  let index = start
  const run = {end: -1}
  while (index < to) {
    const space = boundaryAfter(tokens, from, to, index, run)
    if (space === -1) {
      index++
      continue
    }

    result.push(sentence(tokens, start, space))
    result.push(firstOf(tokens, slots[space]) as WhiteSpace)
    start = space + 1
    index = start
  }

  if (start < to) {
    let end = to
    while (end > start && isSpaceItem(tokens, slots[end - 1])) end--
    if (end > start) result.push(sentence(tokens, start, end))
    for (let rest = end; rest < to; rest++) result.push(firstOf(tokens, slots[rest]) as WhiteSpace)
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
 * Make a sentence of the items in slots `from`–`to`.
 */
function sentence(tokens: SentenceContent[], from: number, to: number): Sentence {
  const children = nodesOf(tokens, from, to)
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
function boundaryAfter(tokens: SentenceContent[], from: number, to: number, index: number, run: {end: number}): number {
  const item = slots[index]
  const terminal = terminalOf(tokens, item)
  let next = index + 1

  if (terminal) {
    if (run.end > index) {
      next = run.end
    } else {
      // Closing marks and more punctuation stay with the sentence.
      while (next < to && isSingle(slots[next]) && !isSpace(firstOf(tokens, slots[next]))) {
        const mark = markOf(firstOf(tokens, slots[next]))
        if (mark === undefined || !(closers.has(mark) || isTerminal(mark))) break
        next++
      }

      run.end = next
    }
  } else if (isSpaceItem(tokens, item) || next >= to || !isLineBreak(firstOf(tokens, slots[next]))) {
    return -1
  }

  if (next >= to) return -1
  const space = slots[next]
  if (!isSpaceItem(tokens, space)) return -1
  if (next + 1 >= to) return -1
  const following = slots[next + 1]
  const lineBreak = isLineBreak(firstOf(tokens, space))
  const opens = opensSentence(tokens, following)

  if (!terminal) {
    // A line break without punctuation ends a sentence unless lower case
    // goes on.
    return opens === 'lower' ? -1 : next
  }

  if (opens === 'lower') return -1
  const stem = stemOf(tokens, item)
  if (stem !== undefined && !lineBreak && !stemEnds(stem, tokens, from, index, following)) return -1
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
function stemEnds(stem: string, tokens: SentenceContent[], from: number, index: number, following: Item): boolean {
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
    if (leaderBefore(tokens, from, index)) return false
    return opener
  }

  // Single letters: initials (`Olaf S. Müller`), `z. B.`, `d. h.`.
  if (stem.length === 1 || (stem.length === 2 && stem.charAt(1) === '.')) {
    return isUpper(stem.charAt(0)) && opener && !afterShortAbbreviation(tokens, from, index)
  }

  // Multi-part abbreviations merged into one word (`z.B.`, `u.a.`).
  if (stem.includes('.') && stem.length <= 6 && !isDigit(stem.charAt(0))) return opener

  return true
}

/**
 * Whether the word before the ordinal at `index` is an article or
 * preposition that leads ordinals.
 */
function afterShortAbbreviation(tokens: SentenceContent[], from: number, index: number): boolean {
  let back = index - 1
  if (firstOf(tokens, slots[index]).type !== 'WordNode') back--
  while (back >= from && isSpaceItem(tokens, slots[back])) back--
  if (back < from) return false
  const stem = stemOf(tokens, slots[back])
  return stem !== undefined && stem.length <= 2
}

/**
 * Whether an article or preposition leads the number at `index`.
 */
function leaderBefore(tokens: SentenceContent[], from: number, index: number): boolean {
  let back = index - 1
  if (firstOf(tokens, slots[index]).type !== 'WordNode') back--
  while (back >= from && isSpaceItem(tokens, slots[back])) back--
  if (back < from) return false
  const first = firstOf(tokens, slots[back])
  return first.type === 'WordNode' && ordinalLeaders.has(textOf(first).toLowerCase())
}
