/**
 * Split a document into blank-line blocks (paragraphs) and the white space
 * between them, with the line and column where each piece starts.
 *
 * A blank line is a run of white space holding two or more line endings
 * (`\n`, `\r\n` or a lone `\r`). The scan is one linear pass without regexes.
 *
 * @module
 */

import type {Point} from 'unist'

/** A piece of the document: a paragraph or the white space between two. */
export interface Block {
  /** `true` for white space between paragraphs (or a white-space-only text). */
  space: boolean
  /** Text of the piece. */
  value: string
  /** Where it starts in the document. */
  start: Point
  /** Where it ends in the document. */
  end: Point
}

/**
 * Split `value` into blocks.
 *
 * @param value
 *   Whole document.
 * @returns
 *   Blocks in document order; their values concatenate to `value`.
 */
export function splitBlocks(value: string): Block[] {
  const blocks: Block[] = []
  const length = value.length
  let line = 1
  let lineStart = 0
  let blockStart = 0
  let blockStartPoint: Point = {line: 1, column: 1, offset: 0}
  // Just after the last non-white-space character of the current block, and
  // the line data there.
  let contentEnd = 0
  let contentEndLine = 1
  let contentEndLineStart = 0
  let breaks = 0
  let index = 0

  while (index < length) {
    const code = value.charCodeAt(index)

    if (code === 10 /* `\n` */ || code === 13 /* `\r` */) {
      breaks++
      index += code === 13 && value.charCodeAt(index + 1) === 10 ? 2 : 1
      line++
      lineStart = index
      continue
    }

    if (code === 32 /* ` ` */ || code === 9 /* `\t` */) {
      index++
      continue
    }

    // Content after a blank line: close the block before it.
    if (breaks > 1) {
      const here: Point = {line, column: index - lineStart + 1, offset: index}
      if (contentEnd > blockStart) {
        const end: Point = {
          line: contentEndLine,
          column: contentEnd - contentEndLineStart + 1,
          offset: contentEnd
        }
        push(false, blockStart, contentEnd, blockStartPoint, end)
        push(true, contentEnd, index, end, here)
      } else {
        // Blank lines before the first paragraph.
        push(true, blockStart, index, blockStartPoint, here)
      }

      blockStart = index
      blockStartPoint = here
    }

    breaks = 0
    index++
    contentEnd = index
    contentEndLine = line
    contentEndLineStart = lineStart
  }

  if (blockStart < length) {
    const last: Point = {line, column: length - lineStart + 1, offset: length}
    if (contentEnd > blockStart) {
      const end: Point = {
        line: contentEndLine,
        column: contentEnd - contentEndLineStart + 1,
        offset: contentEnd
      }
      push(false, blockStart, contentEnd, blockStartPoint, end)
      if (contentEnd < length) push(true, contentEnd, length, end, last)
    } else {
      push(true, blockStart, length, blockStartPoint, last)
    }
  }

  return blocks

  function push(space: boolean, from: number, to: number, start: Point, end: Point) {
    blocks.push({space, value: value.slice(from, to), start, end})
  }
}
