/**
 * Editorial notes pass: pair brackets in the tokens of a paragraph and tell
 * what each pair holds: an insertion, an editor's note, an omission, a stage
 * direction, `[sic]`, or none of these (`Merz (CDU)`, `(45)`, an author's own
 * parentheses), which stays a plain group.
 *
 * @module
 */

import type {SentenceContent} from 'nlcst'
import {brackets, closingBrackets} from '../lexicon/quotation-marks.js'
import {noteMarkers, sicForms, stageDirections} from '../lexicon/editorial.js'
import {isSpace, markOf, textOf} from '../util/tokens.js'
import {sortSpans, type GroupSpan, type NoteSpan, type QuoteSpan} from '../util/spans.js'
import type {Report} from '../diagnostics.js'
import {maxNesting} from '../constants.js'

/** Longest bracket content (in tokens) read as a stage direction or `sic`. */
const maxShortNote = 12
/** Most tokens a marker (`Anm. d. Red.`) takes, with its spaces. */
const maxMarkerTokens = 10

/**
 * Pair the brackets of a paragraph and classify each pair.
 *
 * @param tokens
 *   Tokens of the paragraph.
 * @param quotes
 *   Direct quotes of the paragraph (sorted), to tell insertions in quotes.
 * @param report
 *   Reports unbalanced brackets.
 * @returns
 *   Notes and plain groups, sorted by start.
 */
export function findEditorialNotes(
  tokens: SentenceContent[],
  quotes: QuoteSpan[],
  report: Report
): Array<GroupSpan | NoteSpan> {
  const stack: Array<{index: number; close: string}> = []
  const spans: Array<GroupSpan | NoteSpan> = []
  // Furthest end of a direct quote starting at or before each token, made
  // when the first pair closes.
  let covers: Int32Array | undefined

  for (let index = 0; index < tokens.length; index++) {
    const mark = markOf(tokens[index])
    if (mark === undefined) continue
    const close = brackets.get(mark)
    if (close) {
      stack.push({index, close})
    } else if (closingBrackets.has(mark)) {
      // Look a bounded way down the stack for the partner.
      const floor = Math.max(0, stack.length - maxNesting * 2)
      let depth = stack.length - 1
      while (depth >= floor && stack[depth].close !== mark) depth--
      if (depth < floor) {
        report(index, 'unbalanced-bracket', 'Unexpected closing bracket `' + mark + '` with no opening bracket before it')
        continue
      }

      for (let inner = depth + 1; inner < stack.length; inner++) {
        report(stack[inner].index, 'unbalanced-bracket', 'Unexpected unclosed bracket `' + (markOf(tokens[stack[inner].index]) ?? '') + '`')
      }

      const start = stack[depth].index
      stack.length = depth
      covers ??= quoteCover(quotes, tokens.length)
      spans.push(classify(tokens, start, index + 1, mark === ']', covers[start] >= index + 1))
    }
  }

  for (const entry of stack) {
    report(entry.index, 'unbalanced-bracket', 'Unexpected unclosed bracket `' + (markOf(tokens[entry.index]) ?? '') + '`, expected `' + entry.close + '` before the paragraph ends')
  }

  if (coverSpace.length > maxKeptCover) coverSpace = new Int32Array(1024)
  sortSpans(spans)
  return spans
}

/**
 * Work space for {@link quoteCover}, shared by all paragraphs (the notes of
 * a paragraph are found in one synchronous call), so that no typed array is
 * made per paragraph; grown as needed.
 */
let coverSpace = new Int32Array(1024)

/** Most entries of {@link coverSpace} kept between paragraphs (256 kB). */
const maxKeptCover = 65_536

/**
 * For each token index, the furthest end of a direct quote that starts at or
 * before it (`-1`: none): a pair `start`–`end` lies inside a direct quote
 * when `cover[start] >= end`. One pass, instead of a scan of every earlier
 * quote per bracket pair (quadratic in a long paragraph of quotes and
 * brackets). It is written into {@link coverSpace}: read it before the next
 * call.
 */
function quoteCover(quotes: QuoteSpan[], length: number): Int32Array {
  if (coverSpace.length <= length) coverSpace = new Int32Array(Math.max(length + 1, coverSpace.length * 2))
  const cover = coverSpace
  cover.fill(-1, 0, length + 1)
  for (const quote of quotes) {
    if (quote.kind === 'direct' && quote.end > cover[quote.start]) cover[quote.start] = quote.end
  }

  for (let index = 1; index <= length; index++) {
    if (cover[index - 1] > cover[index]) cover[index] = cover[index - 1]
  }

  return cover
}

/**
 * Classify the bracket pair `start`–`end` (end exclusive, brackets included).
 */
function classify(
  tokens: SentenceContent[],
  start: number,
  end: number,
  square: boolean,
  quoted: boolean
): GroupSpan | NoteSpan {
  const from = start + 1
  const to = end - 1
  let words = 0
  let marks = 0
  for (let index = from; index < to && index - from <= maxShortNote; index++) {
    const token = tokens[index]
    if (token.type === 'WordNode') words++
    else if (token.type !== 'WhiteSpaceNode') marks++
  }

  const short = to - from <= maxShortNote

  // `[…]`, `(...)`, `[…,]`: cut words.
  if (short && words === 0 && marks > 0 && isEllipsis(tokens, from, to)) {
    return {type: 'note', start, end, kind: 'omission'}
  }

  if (short && words > 0) {
    const plain = collapse(tokens, from, to)
    if (sicForms.has(plain)) return {type: 'note', start, end, kind: 'sic'}
    if (stageDirections.has(plain)) return {type: 'note', start, end, kind: 'stage'}
  } else if (short && words === 0 && sicForms.has(collapse(tokens, from, to))) {
    return {type: 'note', start, end, kind: 'sic'}
  }

  // A marker at the start (`(Anm. d. Red.: …)`): an editor's note.
  const head = markerAt(tokens, from, Math.min(to, from + maxMarkerTokens))
  if (head !== undefined) {
    return {type: 'note', start, end, kind: 'note', marker: head}
  }

  // A marker at the end (`[der Niederlande, Anm. d. Red.]`): an insertion in
  // a quote, else a note.
  const tail = markerBefore(tokens, from, to)
  if (tail !== undefined) {
    return {type: 'note', start, end, kind: quoted ? 'insertion' : 'note', marker: tail}
  }

  // Square brackets with words: an editor's insertion.
  if (square && words > 0) return {type: 'note', start, end, kind: 'insertion'}

  return {type: 'group', start, end}
}

/**
 * Whether tokens `from`–`to` are only ellipses, full stops, commas and
 * white space.
 */
function isEllipsis(tokens: SentenceContent[], from: number, to: number): boolean {
  let dots = false
  for (let index = from; index < to; index++) {
    const mark = markOf(tokens[index])
    if (mark === undefined) {
      if (!isSpace(tokens[index])) return false
      continue
    }

    if (mark === '…' || /^\.+$/.test(mark)) dots = true
    else if (mark !== ',') return false
  }

  return dots
}

/**
 * Bracket content lower-cased with white space collapsed.
 */
function collapse(tokens: SentenceContent[], from: number, to: number): string {
  let result = ''
  for (let index = from; index < to; index++) {
    result += isSpace(tokens[index]) ? ' ' : textOf(tokens[index])
  }

  return result.trim().replace(/ +/g, ' ').toLowerCase()
}

/**
 * Marker starting at `from` and followed by a colon or the end, as written.
 */
function markerAt(tokens: SentenceContent[], from: number, to: number): string | undefined {
  let key = ''
  let written = ''
  let found: string | undefined
  for (let index = from; index < to; index++) {
    const token = tokens[index]
    const mark = markOf(token)
    if (mark === ':' || mark === '–' || mark === '-') break
    if (token.type === 'WordNode') {
      const text = textOf(token)
      key += text.replace(/\./g, '').toLowerCase()
      written += text
      if (noteMarkers.has(key) && key.length > 3) found = written
    } else if (mark === '.') {
      written += mark
      if (found !== undefined && noteMarkers.has(key)) found = written
    } else if (isSpace(token)) {
      written += ' '
    } else {
      break
    }
  }

  return found === undefined ? undefined : found.trim()
}

/**
 * Marker ending at `to` after a comma, dash or colon, as written.
 */
function markerBefore(tokens: SentenceContent[], from: number, to: number): string | undefined {
  let key = ''
  let written = ''
  let found: string | undefined
  for (let index = to - 1; index >= from && to - index <= maxMarkerTokens; index--) {
    const token = tokens[index]
    const mark = markOf(token)
    if (mark === ',' || mark === '–' || mark === '-' || mark === '—' || mark === ';' || mark === ':') break
    if (token.type === 'WordNode') {
      const text = textOf(token)
      key = text.replace(/\./g, '').toLowerCase() + key
      written = text + written
      if (noteMarkers.has(key) && key !== 'red' && key !== 'anm') found = written
    } else if (mark === '.') {
      written = mark + written
    } else if (isSpace(token)) {
      written = ' ' + written
    } else {
      return undefined
    }
  }

  return found === undefined ? undefined : found.trim()
}
