/**
 * Tokenise one paragraph with retext-latin and flatten the result into a
 * list of sentence-level tokens (words, white space, punctuation, symbols)
 * whose positions are shifted into the document.
 *
 * retext-latin is run on each blank-line paragraph alone: a whole-document
 * parse-latin run grows faster than linear in the input. Its sentence split is
 * not kept: zitat segments German sentences itself, after pairing quotation
 * marks and brackets, so the tokens are all it needs from the parse.
 *
 * @module
 */

import type {Root, SentenceContent, Word, WordContent} from 'nlcst'
import type {Point, Position} from 'unist'
import type {Block} from './split-blocks.js'

/** Something that parses text into an nlcst root (a unified processor). */
export interface NlcstParser {
  /**
   * Parse text.
   *
   * @param value
   *   Text.
   * @returns
   *   Tree.
   */
  parse(value: string): Root
}

/**
 * Tokenise a paragraph block.
 *
 * @param parser
 *   retext-latin processor.
 * @param block
 *   The paragraph.
 * @returns
 *   Its tokens in order, positioned in the document.
 */
export function tokenize(parser: NlcstParser, block: Block): SentenceContent[] {
  const tree = parser.parse(block.value)
  const tokens: SentenceContent[] = []
  const shift = createShifter(block.start)

  for (const paragraph of tree.children) {
    if (paragraph.type === 'ParagraphNode') {
      for (const sentence of paragraph.children) {
        if (sentence.type === 'SentenceNode') {
          for (const token of sentence.children) tokens.push(token)
        } else if (sentence.type === 'WhiteSpaceNode' || sentence.type === 'SourceNode') {
          tokens.push(sentence)
        }
      }
    } else if (
      paragraph.type === 'WhiteSpaceNode' ||
      paragraph.type === 'PunctuationNode' ||
      paragraph.type === 'SymbolNode' ||
      paragraph.type === 'WordNode' ||
      paragraph.type === 'SourceNode'
    ) {
      tokens.push(paragraph)
    }
  }

  // The first paragraph of a text starts where parse-latin counts from: its
  // positions are right as they are (and nobody mutates points).
  if ((block.start.offset as number) === 0 && block.start.line === 1 && block.start.column === 1) return tokens

  for (const token of tokens) {
    token.position = shift(token.position as Position)
    if (token.type === 'WordNode') shiftWord(token, shift)
  }

  return tokens
}

/**
 * Shift the children of a word.
 */
function shiftWord(word: Word, shift: (position: Position) => Position) {
  const children: WordContent[] = word.children
  if (children.length === 1) {
    // A plain word: its text node spans the same place as the word.
    children[0].position = word.position
    return
  }

  for (const child of children) child.position = shift(child.position as Position)
}

/**
 * Make a function that maps positions relative to a block into the document.
 *
 * Consecutive tokens share their boundary point: the end point made for one
 * token is reused as the start of the next when the offsets agree.
 *
 * @param origin
 *   Where the block starts.
 * @returns
 *   Shift function (stateful: call it in document order).
 */
function createShifter(origin: Point) {
  const line = origin.line - 1
  const column = origin.column - 1
  const offset = origin.offset as number
  let last: Point | undefined

  return function (position: Position): Position {
    const start = reuse(position.start)
    const end = move(position.end)
    last = end
    return {start, end}
  }

  function reuse(point: Point): Point {
    if (last && last.offset === (point.offset as number) + offset) return last
    return move(point)
  }

  function move(point: Point): Point {
    return {
      line: point.line + line,
      column: point.line === 1 ? point.column + column : point.column,
      offset: (point.offset as number) + offset
    }
  }
}
