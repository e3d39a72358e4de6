/**
 * Wrap ranges of a parent's children into new nodes, in one linear rebuild.
 *
 * @module
 */

import type {SentenceContent} from 'nlcst'
import {spanOf} from './position.js'
import {maxNesting} from '../constants.js'

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
  const sorted = sortWraps(wraps)
  // Drop empty and crossing wraps.
  const kept: Wrap[] = []
  const stack: Wrap[] = []
  for (const wrap of sorted) {
    if (wrap.end <= wrap.start) continue
    while (stack.length > 0 && stack[stack.length - 1].end <= wrap.start) stack.pop()
    const parent = stack[stack.length - 1]
    // Crossing wraps, and wraps nested deeper than real text nests, are
    // dropped (the rebuild recurses once per level).
    if ((parent && wrap.end > parent.end) || stack.length >= maxNesting) continue
    kept.push(wrap)
    stack.push(wrap)
  }

  const cursor = {index: 0}
  return build(children, 0, children.length, kept, cursor)
}

/**
 * Wraps by start, outer (longer) first; stable. A few wraps (the usual case)
 * are sorted by insertion into a copy, without the work space
 * `Array#sort` makes.
 */
function sortWraps(wraps: Wrap[]): Wrap[] {
  if (wraps.length > 16) return [...wraps].sort(compareWraps)
  const sorted: Wrap[] = []
  for (const wrap of wraps) {
    let index = sorted.length
    while (index > 0 && compareWraps(sorted[index - 1], wrap) > 0) {
      sorted[index] = sorted[index - 1]
      index--
    }

    sorted[index] = wrap
  }

  return sorted
}

/**
 * Order of two wraps: by start, then longer first.
 */
function compareWraps(a: Wrap, b: Wrap): number {
  return a.start - b.start || b.end - a.end
}

/**
 * Build children `from`–`to`, wrapping kept ranges.
 */
function build(
  children: SentenceContent[],
  from: number,
  to: number,
  wraps: Wrap[],
  cursor: {index: number}
): SentenceContent[] {
  const result: SentenceContent[] = []
  let index = from
  while (index < to) {
    const wrap = cursor.index < wraps.length && wraps[cursor.index].start === index ? wraps[cursor.index] : undefined
    if (!wrap || wrap.end > to) {
      result.push(children[index])
      index++
      continue
    }

    cursor.index++
    const inner = build(children, index, wrap.end, wraps, cursor)
    const node = wrap.make(inner)
    node.position = spanOf(inner[0], inner[inner.length - 1])
    result.push(node)
    index = wrap.end
  }

  return result
}
