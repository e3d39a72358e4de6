/**
 * `parseInterview`: text → paragraphs → tokens (retext-latin) → token passes
 * (quotation marks, brackets) → German sentences → tree passes (speakers,
 * indirect speech, interview structure).
 *
 * @module
 */

import type {Paragraph, RootContent, SentenceContent, WhiteSpace} from 'nlcst'
import type {VFile} from 'vfile'
import {unified} from 'unified'
import retextLatin from 'retext-latin'
import type {InterviewRoot, Quote} from './types.js'
import {splitBlocks, type Block} from './segmentation/split-blocks.js'
import {tokenize, type NlcstParser} from './segmentation/tokenize.js'
import {buildParagraph} from './segmentation/build-paragraph.js'
import {classifyQuotes, pairQuotationMarks, type OpenQuote} from './pass/quotes.js'
import {findEditorialNotes} from './pass/editorial-notes.js'
import {treePasses, type Context, type TokenRange} from './passes.js'
import {emit, type Report} from './diagnostics.js'
import {isSpace} from './util/tokens.js'
import {spanOf} from './util/position.js'
import {compareRanges, type Span} from './util/spans.js'
import {maxNesting} from './constants.js'

/** Configuration of {@link parseInterview}. */
export interface Options {
  /**
   * File to report diagnostics on (unclosed quotes, unbalanced brackets), as
   * `vfile` messages with `place`, `ruleId` and `source: 'zitat'`
   * (default: none; nothing is reported).
   */
  file?: VFile | null | undefined
}

/** Keys {@link Options} accepts. */
const optionKeys = new Set(['file'])

/**
 * Parse German interview or news prose into a zitat tree.
 *
 * The tree is nlcst (root → paragraphs → sentences → words) with quotations,
 * editorial notes, attributions, speakers, interview turns and headings as
 * nodes of their own. It is lossless (`toString(tree) === value`) and every
 * node has a position.
 *
 * @param value
 *   Text to parse; any string is valid.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Tree.
 * @throws {TypeError}
 *   When `value` is not a string, or `options` is not an object or has
 *   unknown keys.
 *
 * ###### Example
 *
 * ```ts
 * import {parseInterview} from 'zitat'
 *
 * const tree = parseInterview('„Wir bleiben“, sagte sie.')
 * ```
 */
export function parseInterview(value: string, options?: Options | null | undefined): InterviewRoot {
  if (typeof value !== 'string') {
    throw new TypeError('Expected `value` to be a string, not ' + describe(value))
  }

  const file = checkOptions(options)
  const processor = unified().use(retextLatin) as unknown as NlcstParser
  const root: InterviewRoot = {
    type: 'RootNode',
    children: [],
    speakers: [],
    position: {
      start: {line: 1, column: 1, offset: 0},
      end: {line: 1, column: 1, offset: 0}
    }
  }

  const blocks = splitBlocks(value)
  const context: Context = {
    file,
    data: {paragraphTokens: new Map<Paragraph, TokenRange>()},
    settle(paragraph) {
      for (const pass of treePasses) pass.settled?.(paragraph, context)
      context.data.paragraphTokens?.delete(paragraph)
      return undefined
    }
  }
  buildRoot(root, blocks, processor, context)

  if (blocks.length > 0) {
    root.position = {start: blocks[0].start, end: blocks[blocks.length - 1].end}
  }

  for (const pass of treePasses) pass.root(root, context)
  return root
}

/**
 * Check options; return the file to report on.
 */
function checkOptions(options: Options | null | undefined): VFile | undefined {
  if (options === undefined || options === null) return undefined
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('Expected `options` to be an object, not ' + describe(options))
  }

  for (const key of Object.keys(options)) {
    if (!optionKeys.has(key)) {
      throw new TypeError('Unexpected option `' + key + '`, expected one of: `file`')
    }
  }

  const file = options.file
  if (file === undefined || file === null) return undefined
  if (typeof file !== 'object' || typeof (file as VFile).message !== 'function') {
    throw new TypeError('Expected `options.file` to be a `VFile`, not ' + describe(file))
  }

  return file
}

/**
 * Describe a value for an error message.
 */
function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (value === undefined) return '`undefined`'
  if (typeof value === 'string') return 'a string'
  if (typeof value === 'object') {
    const name = (value as {constructor?: {name?: unknown}}).constructor?.name
    return Array.isArray(value)
      ? 'an array'
      : typeof name === 'string' && name !== 'Object'
        ? 'an instance of `' + name + '`'
        : 'an object'
  }

  return 'a ' + typeof value + ' (`' + String(value) + '`)'
}

/** A quote that spans paragraphs, while it is being built. */
interface OpenBlockQuote {
  /** The mark and its closers. */
  open: OpenQuote
  /** Paragraphs (or pieces of them) and the white space between. */
  children: Array<Paragraph | WhiteSpace>
}

/**
 * Build the children of the root from the blocks.
 */
function buildRoot(
  root: InterviewRoot,
  blocks: Block[],
  processor: NlcstParser,
  context: Context
): undefined {
  const file = context.file
  let open: OpenBlockQuote | undefined

  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex]

    if (block.space) {
      const space: WhiteSpace = {
        type: 'WhiteSpaceNode',
        value: block.value,
        position: {start: block.start, end: block.end}
      }
      if (open) open.children.push(space)
      else root.children.push(space)
      continue
    }

    const tokens = tokenize(processor, block)
    const report: Report = (index, ruleId, reason) => emit(file, tokens[index], ruleId, reason)
    const next = nextParagraph(blocks, blockIndex)
    const pairs = pairQuotationMarks(tokens, open?.open, next, report)
    classifyQuotes(tokens, pairs.spans)
    const notes = findEditorialNotes(tokens, pairs.spans, report)
    const spans = nest(pairs.spans, notes, tokens.length)
    let from = 0

    // The end of a quote carried in from the paragraph before.
    if (open) {
      const end = pairs.carriedEnd ?? tokens.length
      open.children.push(paragraphOf(tokens, 0, end, spans, context))
      if (pairs.carriedEnd !== undefined) {
        root.children.push(closeBlockQuote(open, pairs.carriedClose))
        open = undefined
      }

      from = end
    }

    // A quote that opens here and goes on into the next paragraph.
    const continued = pairs.continued && pairs.continued.start >= from ? pairs.continued : undefined
    const to = continued ? continued.start : tokens.length

    if (from < to) pushPieces(root.children, tokens, from, to, spans, context)

    if (continued) {
      open = {open: continued, children: [paragraphOf(tokens, continued.start, tokens.length, spans, context)]}
    } else if (pairs.continued && open === undefined) {
      // The carried quote goes on.
      open = {open: pairs.continued, children: []}
    }
  }

  if (open) root.children.push(closeBlockQuote(open, undefined))
  return undefined
}

/**
 * Text of the next paragraph after block `index`, if any.
 */
function nextParagraph(blocks: Block[], index: number): string | undefined {
  for (let next = index + 1; next < blocks.length; next++) {
    if (!blocks[next].space) return blocks[next].value
  }

  return undefined
}

/**
 * Push tokens `from`–`to` as a paragraph, with white space at either end as
 * siblings.
 */
function pushPieces(
  children: RootContent[],
  tokens: SentenceContent[],
  from: number,
  to: number,
  spans: Span[],
  context: Context
): undefined {
  let start = from
  let end = to
  while (start < end && isSpace(tokens[start])) children.push(tokens[start++] as WhiteSpace)
  while (end > start && isSpace(tokens[end - 1])) end--
  if (start < end) children.push(paragraphOf(tokens, start, end, spans, context))
  for (let index = end; index < to; index++) children.push(tokens[index] as WhiteSpace)
  return undefined
}

/**
 * Build a paragraph of tokens `from`–`to`, note its tokens, and hand it to
 * the passes' paragraph hooks. Paragraphs are made in document order (and
 * every one made goes into the tree).
 */
function paragraphOf(
  tokens: SentenceContent[],
  from: number,
  to: number,
  spans: Span[],
  context: Context
): Paragraph {
  const paragraph = buildParagraph(tokens, from, to, spans)
  context.data.paragraphTokens?.set(paragraph, {tokens, start: from, end: to})
  for (const pass of treePasses) pass.paragraph?.(paragraph, context)
  return paragraph
}

/**
 * Finish a quote that spans paragraphs.
 */
function closeBlockQuote(open: OpenBlockQuote, close: string | undefined): Quote {
  const children = open.children
  // White space after the last paragraph is not part of the quote.
  const quote: Quote = {
    type: 'QuoteNode',
    kind: 'direct',
    open: open.open.open,
    closed: close !== undefined,
    children,
    position: spanOf(children[0], children[children.length - 1])
  }
  if (close !== undefined) quote.close = close
  return quote
}

/**
 * Innermost quote around each token of a paragraph, for {@link nest}: work
 * space shared by all paragraphs (grown as needed), not an array each.
 */
let owners = new Int32Array(1024)

/** Most owners kept between paragraphs (256 kB; see {@link owners}). */
const maxKeptOwners = 65_536

/**
 * Merge quote spans with note and group spans into one properly nested list;
 * a bracket pair that crosses a quote is dropped (quotes win).
 *
 * Both lists come sorted by start, outer first; they are merged, quotes
 * first where two spans tie (as a stable sort of quotes then brackets).
 */
function nest(quotes: Span[], brackets: Span[], length: number): Span[] {
  let all: Span[] = quotes
  if (brackets.length > 0 && quotes.length === 0) {
    all = brackets
  } else if (brackets.length > 0) {
    // Innermost quote around each token (`-1`: none).
    if (owners.length < length) owners = new Int32Array(Math.max(length, owners.length * 2))
    const owner = owners
    const stack: number[] = []
    let cursor = 0
    for (let index = 0; index < length; index++) {
      while (stack.length > 0 && quotes[stack[stack.length - 1]].end <= index) stack.pop()
      while (cursor < quotes.length && quotes[cursor].start === index) stack.push(cursor++)
      owner[index] = stack.length > 0 ? stack[stack.length - 1] : -1
    }

    all = []
    let next = 0
    for (const span of brackets) {
      if (owner[span.start] !== owner[span.end - 1]) continue
      while (next < quotes.length && compareRanges(quotes[next], span) <= 0) all.push(quotes[next++])
      all.push(span)
    }

    while (next < quotes.length) all.push(quotes[next++])
    if (owners.length > maxKeptOwners) owners = new Int32Array(1024)
  }

  return limitNesting(all)
}

/**
 * Drop spans nested deeper than {@link maxNesting}.
 */
function limitNesting(spans: Span[]): Span[] {
  const open: Span[] = []
  let dropped = false
  const kept: Span[] = []
  for (const span of spans) {
    while (open.length > 0 && open[open.length - 1].end <= span.start) open.pop()
    if (open.length >= maxNesting) {
      dropped = true
      continue
    }

    open.push(span)
    kept.push(span)
  }

  return dropped ? kept : spans
}
