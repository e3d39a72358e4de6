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

import type {Paragraph, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import type {EditorialNote, Quote} from '../types.js'
import {abbreviations, finalAbbreviations} from '../lexicon/abbreviations.js'
import {months, sentenceOpeners} from '../lexicon/sentence-openers.js'
import {spanOf} from '../util/position.js'
import {isDigit, isLineBreak, isLower, isSpace, isUpper, markOf, textOf} from '../util/tokens.js'
import type {Span} from '../util/spans.js'

/** A unit of segmentation: one token, or a span built into nodes. */
interface Item {
  /** The node of the item: the token, or the node built of a span. */
  node: SentenceContent
  /** Tokens of a bracket group (the item is then several nodes). */
  group: SentenceContent[] | undefined
  /** First token. */
  first: SentenceContent
  /** Whether the item ends a sentence by its own punctuation. */
  terminal: boolean
  /** Word before a final full stop, for abbreviation and ordinal checks. */
  stem: string | undefined
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
  for (const node of segment(items)) {
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
      items.push(tokenItem(tokens, index))
      index++
      continue
    }

    cursor.index++
    const hasClose = span.type !== 'quote' || span.closed
    const innerEnd = hasClose ? span.end - 1 : span.end
    const inner = buildItems(tokens, index + 1, innerEnd, spans, cursor)
    const terminal = endsTerminal(inner)
    const open = tokens[index]
    const close = hasClose ? tokens[span.end - 1] : undefined

    if (span.type === 'group') {
      const nodes: SentenceContent[] = [open]
      for (const item of inner) pushNodes(nodes, item)
      if (close) nodes.push(close)
      items.push({node: open, group: nodes, first: open, terminal, stem: undefined})
    } else {
      const content = segment(inner)
      const sentences = content.some((node) => node.type === 'SentenceNode') && content.length > 1
      const children: Array<SentenceContent | Sentence> = [open]
      if (sentences) {
        for (const node of content) children.push(node)
      } else {
        for (const item of inner) pushNodes(children, item)
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

      items.push({node, group: undefined, first: open, terminal, stem: undefined})
    }

    index = span.end
  }

  return items
}

/**
 * Item for one token.
 */
function tokenItem(tokens: SentenceContent[], index: number): Item {
  const token = tokens[index]
  const item: Item = {node: token, group: undefined, first: token, terminal: false, stem: undefined}
  const mark = markOf(token)

  if (mark !== undefined) {
    if (isTerminal(mark)) {
      item.terminal = true
      const previous = tokens[index - 1]
      if (mark === '.' && previous && previous.type === 'WordNode') item.stem = textOf(previous)
    }
  } else if (token.type === 'WordNode') {
    // parse-latin merges some full stops into the word before (`z.`, `3.`).
    const last = token.children[token.children.length - 1]
    if (token.children.length > 1 && last.type === 'PunctuationNode' && last.value === '.') {
      item.terminal = true
      const text = textOf(token)
      item.stem = text.slice(0, -1)
    }
  }

  return item
}

/**
 * Push the nodes of an item.
 */
function pushNodes(nodes: Array<SentenceContent | Sentence>, item: Item): undefined {
  if (item.group === undefined) nodes.push(item.node)
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
function endsTerminal(items: Item[]): boolean {
  let index = items.length - 1
  while (index >= 0 && isSpace(items[index].first) && items[index].group === undefined) index--
  return index >= 0 && items[index].terminal
}

/**
 * Split a level of items into sentences and the white space between them.
 */
function segment(items: Item[]): Array<Sentence | WhiteSpace> {
  const result: Array<Sentence | WhiteSpace> = []
  let start = 0

  // Leading white space.
  while (start < items.length && isSpaceItem(items[start])) {
    result.push(items[start].first as WhiteSpace)
    start++
  }

  let index = start
  const run = {end: -1}
  while (index < items.length) {
    const space = boundaryAfter(items, index, run)
    if (space === -1) {
      index++
      continue
    }

    result.push(sentence(items, start, space))
    result.push(items[space].first as WhiteSpace)
    start = space + 1
    index = start
  }

  if (start < items.length) {
    let end = items.length
    while (end > start && isSpaceItem(items[end - 1])) end--
    if (end > start) result.push(sentence(items, start, end))
    for (let rest = end; rest < items.length; rest++) result.push(items[rest].first as WhiteSpace)
  }

  return result
}

/**
 * Whether an item is a white-space token.
 */
function isSpaceItem(item: Item): boolean {
  return item.group === undefined && isSpace(item.first)
}

/**
 * Make a sentence of items `from`–`to`.
 */
function sentence(items: Item[], from: number, to: number): Sentence {
  const children: SentenceContent[] = []
  for (let index = from; index < to; index++) pushNodes(children, items[index])
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
function boundaryAfter(items: Item[], index: number, run: {end: number}): number {
  const item = items[index]
  let next = index + 1

  if (item.terminal) {
    if (run.end > index) {
      next = run.end
    } else {
      // Closing marks and more punctuation stay with the sentence.
      while (next < items.length && items[next].group === undefined && !isSpace(items[next].first)) {
        const mark = markOf(items[next].first)
        if (mark === undefined || !(closers.has(mark) || isTerminal(mark))) break
        next++
      }

      run.end = next
    }
  } else if (isSpaceItem(item) || !isLineBreak(items[next]?.first)) {
    return -1
  }

  const space = items[next]
  if (!space || !isSpaceItem(space)) return -1
  const following = items[next + 1]
  if (!following) return -1
  const lineBreak = isLineBreak(space.first)
  const opens = opensSentence(following)

  if (!item.terminal) {
    // A line break without punctuation ends a sentence unless lower case
    // goes on.
    return opens === 'lower' ? -1 : next
  }

  if (opens === 'lower') return -1
  if (item.stem !== undefined && !lineBreak && !stemEnds(item.stem, items, index, following)) return -1
  return next
}

/**
 * How an item starts: `'lower'` for a lower-case word, `'upper'` otherwise.
 */
function opensSentence(item: Item): 'lower' | 'upper' {
  const first = item.first
  if (first.type === 'WordNode') {
    const character = textOf(first).charAt(0)
    return isLower(character) ? 'lower' : 'upper'
  }

  return 'upper'
}

/**
 * Whether a full stop after `stem` ends the sentence, given what follows.
 */
function stemEnds(stem: string, items: Item[], index: number, following: Item): boolean {
  const next = following.first.type === 'WordNode' ? textOf(following.first) : undefined
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
    if (leaderBefore(items, index)) return false
    return opener
  }

  // Single letters: initials (`Olaf S. Müller`), `z. B.`, `d. h.`.
  if (stem.length === 1 || (stem.length === 2 && stem.charAt(1) === '.')) {
    return isUpper(stem.charAt(0)) && opener && !afterShortAbbreviation(items, index)
  }

  // Multi-part abbreviations merged into one word (`z.B.`, `u.a.`).
  if (stem.includes('.') && stem.length <= 6 && !isDigit(stem.charAt(0))) return opener

  return true
}

/**
 * Whether the word before the ordinal at `index` is an article or
 * preposition that leads ordinals.
 */
function afterShortAbbreviation(items: Item[], index: number): boolean {
  let back = index - 1
  if (items[index].first.type !== 'WordNode') back--
  while (back >= 0 && isSpaceItem(items[back])) back--
  const item = items[back]
  return item !== undefined && item.stem !== undefined && item.stem.length <= 2
}

/**
 * Whether an article or preposition leads the number at `index`.
 */
function leaderBefore(items: Item[], index: number): boolean {
  let back = index - 1
  if (items[index].first.type !== 'WordNode') back--
  while (back >= 0 && isSpaceItem(items[back])) back--
  const item = items[back]
  return (
    item !== undefined &&
    item.first.type === 'WordNode' &&
    ordinalLeaders.has(textOf(item.first).toLowerCase())
  )
}
