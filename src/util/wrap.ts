/**
 * Wrap ranges of a parent's children into new nodes, in one linear rebuild.
 *
 * @module
 */

import type {SentenceContent} from 'nlcst'
import {spanOf} from './position.js'
import {maxNesting} from '../constants.js'
import {compareRanges, sortSpans} from './spans.js'

/** A range of children to wrap, and how to make the wrapper. */
export interface Wrap {
  /** First child. */
  start: number
  /** Child after the last. */
  end: number
  /**
   * Make the wrapper around its children (already built, nested wraps
   * included); its position is set afterwards.
   */
  make: (children: SentenceContent[]) => SentenceContent
}

/**
 * Rebuild `children` with the wraps applied. Wraps must be properly nested
 * (a wrap that crosses an earlier one is dropped).
 *
 * @param children
 *   Children of a sentence.
 * @param wraps
 *   Ranges to wrap.
 * @returns
 *   New list of children.
 */
export function applyWraps(children: SentenceContent[], wraps: Wrap[]): SentenceContent[] {
  if (wraps.length === 0) return children
  // One wrap (the usual case): nothing to sort or drop but an empty one.
  if (wraps.length === 1) {
    return wraps[0].end <= wraps[0].start ? children : build(children, 0, children.length, wraps, {index: 0})
  }

  const sorted = sortWraps(wraps)
  // Drop empty and crossing wraps (the kept list is made only once one is
  // dropped).
  let kept: Wrap[] | undefined
  const stack: Wrap[] = []
  for (let index = 0; index < sorted.length; index++) {
    const wrap = sorted[index]
    while (stack.length > 0 && stack[stack.length - 1].end <= wrap.start) stack.pop()
    const parent = stack[stack.length - 1]
    // Crossing wraps, and wraps nested deeper than real text nests, are
    // dropped (the rebuild recurses once per level).
    if (wrap.end <= wrap.start || (parent && wrap.end > parent.end) || stack.length >= maxNesting) {
      kept ??= sorted.slice(0, index)
      continue
    }

    if (kept) kept.push(wrap)
    stack.push(wrap)
  }

  return build(children, 0, children.length, kept ?? sorted, {index: 0})
}

/**
 * Wraps by start, outer (longer) first; stable. Wraps already in order are
 * returned as they are (not changed later); others are sorted in a copy.
 */
function sortWraps(wraps: Wrap[]): Wrap[] {
  for (let index = 1; index < wraps.length; index++) {
    if (compareRanges(wraps[index - 1], wraps[index]) > 0) {
      const sorted = [...wraps]
      sortSpans(sorted)
      return sorted
    }
  }

  return wraps
}

/**
 * Build children `from`–`to`, wrapping kept ranges. The result starts as a
 * copy of the range (exact size, one copy) and is compacted in place where
 * wraps replace several children by one.
 */
function build(
  children: SentenceContent[],
  from: number,
  to: number,
  wraps: Wrap[],
  cursor: {index: number}
): SentenceContent[] {
  const result = children.slice(from, to)
  let length = 0
  let index = from
  while (index < to) {
    const wrap = cursor.index < wraps.length && wraps[cursor.index].start === index ? wraps[cursor.index] : undefined
    if (!wrap || wrap.end > to) {
      result[length++] = children[index]
      index++
      continue
    }

    cursor.index++
    const inner = build(children, index, wrap.end, wraps, cursor)
    const node = wrap.make(inner)
    node.position = spanOf(inner[0], inner[inner.length - 1])
    result[length++] = node
    index = wrap.end
  }

  result.length = length
  return result
}
