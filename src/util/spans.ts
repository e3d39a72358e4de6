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

/**
 * Sort spans in place by start, outer (longer) first; stable. A few spans
 * (the usual case) are sorted by insertion, without the work space
 * `Array#sort` makes.
 *
 * @param spans
 *   Spans (changed in place).
 * @returns
 *   Nothing.
 */
export function sortSpans(spans: Span[]): undefined {
  if (spans.length > 16) {
    spans.sort(compareSpans)
    return undefined
  }

  for (let index = 1; index < spans.length; index++) {
    const span = spans[index]
    let to = index
    while (to > 0 && compareSpans(spans[to - 1], span) > 0) {
      spans[to] = spans[to - 1]
      to--
    }

    spans[to] = span
  }

  return undefined
}

/**
 * Order of two spans: by start, outer (longer) first.
 */
function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end
}
