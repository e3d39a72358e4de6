/**
 * Spans over the token list of a paragraph, found by the token passes
 * (quotation marks, brackets) and turned into nodes by the tree builder.
 *
 * @module
 */

import type {EditorialNoteKind, QuoteKind} from '../types.js'

/** A pair of quotation marks (or an unclosed opening mark). */
export interface QuoteSpan {
  /** Span type. */
  type: 'quote'
  /** Index of the opening mark. */
  start: number
  /** Index after the closing mark (or after the last token when unclosed). */
  end: number
  /** Opening mark. */
  open: string
  /** Closing mark, when closed. */
  close?: string
  /** Whether the closing mark was found. */
  closed: boolean
  /** What the quotation is. */
  kind: QuoteKind
}

/** A bracketed editorial note. */
export interface NoteSpan {
  /** Span type. */
  type: 'note'
  /** Index of the opening bracket. */
  start: number
  /** Index after the closing bracket. */
  end: number
  /** What the note is. */
  kind: EditorialNoteKind
  /** Marker such as `Anm. d. Red.`. */
  marker?: string
}

/**
 * A pair of brackets that is not a note: kept together by the sentence
 * splitter, but no node of its own.
 */
export interface GroupSpan {
  /** Span type. */
  type: 'group'
  /** Index of the opening bracket. */
  start: number
  /** Index after the closing bracket. */
  end: number
}

/** Any span. */
export type Span = GroupSpan | NoteSpan | QuoteSpan

/** Anything that covers a range (`start` to `end`): spans, wraps. */
export interface Range {
  /** First index. */
  start: number
  /** Index after the last. */
  end: number
}

/**
 * Sort ranges in place by start, outer (longer) first; stable. A few ranges
 * (the usual case) are sorted by insertion, without the work space
 * `Array#sort` makes.
 *
 * @param ranges
 *   Ranges (changed in place).
 * @returns
 *   Nothing.
 */
export function sortSpans(ranges: Range[]): undefined {
  if (ranges.length > 16) {
    ranges.sort(compareRanges)
    return undefined
  }

  for (let index = 1; index < ranges.length; index++) {
    const range = ranges[index]
    let to = index
    while (to > 0 && compareRanges(ranges[to - 1], range) > 0) {
      ranges[to] = ranges[to - 1]
      to--
    }

    ranges[to] = range
  }

  return undefined
}

/**
 * Order of two ranges: by start, outer (longer) first.
 *
 * @param a
 *   Range.
 * @param b
 *   Other range.
 * @returns
 *   Negative when `a` comes first, positive when `b` does, `0` for equal ranges.
 */
export function compareRanges(a: Range, b: Range): number {
  return a.start - b.start || b.end - a.end
}
