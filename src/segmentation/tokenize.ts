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
import {isDigit, isLower, isUpper} from '../util/tokens.js'

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
 * Longest piece of a paragraph handed to parse-latin in one call (UTF-16
 * units). parse-latin's sentence steps `splice` the paragraph's children once
 * per sentence (`make-initial-white-space-siblings`, the sentence merges), so
 * one call is quadratic in the sentences of a paragraph (one paragraph of
 * `Frage: …?` lines: 0.5 s for 1 MB, 1.8–3.7 s for 2 MB in parse-latin alone);
 * pieces this long keep it linear, and ordinary paragraphs are never cut.
 */
const maxChunk = 16_384

/**
 * Tokenise a paragraph block.
 *
 * A block longer than `chunk` is parsed in pieces, cut at white space where
 * the cut changes no token (see {@link chunkEnd}); the pieces' tokens are
 * the tokens of the whole block.
 *
 * @param parser
 *   retext-latin processor.
 * @param block
 *   The paragraph.
 * @param chunk
 *   Longest piece parsed in one call (default: `16384`; tests pass small
 *   values to check that pieces give the same tokens).
 * @returns
 *   Its tokens in order, positioned in the document.
 */
export function tokenize(parser: NlcstParser, block: Block, chunk = maxChunk): SentenceContent[] {
  const value = block.value
  // One piece (every ordinary paragraph): its tokens in one exact-size array.
  if (value.length <= chunk) {
    const tokens = collectAll(parser.parse(value))
    const start = block.start
    if ((start.offset as number) !== 0 || start.line !== 1 || start.column !== 1) {
      if ((start.offset as number) > value.length) shiftInPlace(tokens, 0, start)
      else shiftCopies(tokens, 0, start)
    }

    return tokens
  }

  const tokens: SentenceContent[] = []
  let start = block.start
  let from = 0

  while (from < value.length) {
    const to = chunkEnd(value, from, chunk)
    const first = tokens.length
    collect(parser.parse(from === 0 && to === value.length ? value : value.slice(from, to)), tokens)

    // A piece at the start of the text starts where parse-latin counts from:
    // its positions are right as they are (and nobody mutates points).
    if ((start.offset as number) !== 0 || start.line !== 1 || start.column !== 1) {
      if ((start.offset as number) > to - from) shiftInPlace(tokens, first, start)
      else shiftCopies(tokens, first, start)
    }

    start = (tokens[tokens.length - 1].position as Position).end
    from = to
  }

  return tokens
}

/**
 * The sentence-level tokens of a parsed paragraph. The token list of its
 * first sentence (parse-latin's array, which nothing else holds once the
 * tree is dropped) becomes the list: a paragraph of one sentence needs no
 * new array, and a longer one only its later tokens pushed.
 */
function collectAll(tree: Root): SentenceContent[] {
  const children = tree.children
  if (children.length === 1 && children[0].type === 'ParagraphNode') {
    const sentences = children[0].children
    if (sentences.length > 0 && sentences[0].type === 'SentenceNode') {
      const tokens: SentenceContent[] = sentences[0].children
      for (let index = 1; index < sentences.length; index++) {
        const sentence = sentences[index]
        if (sentence.type === 'SentenceNode') {
          for (const token of sentence.children) tokens.push(token)
        } else if (sentence.type === 'WhiteSpaceNode' || sentence.type === 'SourceNode') {
          tokens.push(sentence)
        }
      }

      return tokens
    }
  }

  const tokens: SentenceContent[] = []
  collect(tree, tokens)
  return tokens
}

/**
 * Push the sentence-level tokens of a parsed piece.
 */
function collect(tree: Root, tokens: SentenceContent[]): undefined {
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

  return undefined
}

/**
 * End of the piece that starts at `from`: the whole rest when it is at most
 * `size` long, else the first place after `from + size` where white space
 * follows a word (or a word and one `.`, `?`, `!`, `:`) and comes before an
 * upper-case letter. The piece ends before that white space.
 *
 * There parse-latin gives the same tokens in pieces as in one call: tokens
 * never span white space; the white space opens the next piece as it opens
 * the next sentence in one call; an upper-case word starts a sentence that no
 * rule merges into the one before; and a full stop at the very end of a
 * piece is merged into an abbreviation (`3.`, `ca.`) exactly as before a
 * following sentence.
 */
function chunkEnd(value: string, from: number, size: number): number {
  if (value.length - from <= size) return value.length
  let index = from + size

  while (index < value.length) {
    if (!isBlank(value.charCodeAt(index))) {
      index++
      continue
    }

    let before = index
    while (before > from && isBlank(value.charCodeAt(before - 1))) before--
    let after = index + 1
    while (after < value.length && isBlank(value.charCodeAt(after))) after++

    if (before > from + 1 && after < value.length && cutsAfter(value, before) && isUpper(value.charAt(after))) {
      return before
    }

    index = after
  }

  return value.length
}

/**
 * Whether a character is a space, tab or line ending.
 */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13
}

/**
 * Whether a piece may end at `end`: after a word, or after one `.`, `?`, `!`
 * or `:` that follows a word.
 */
function cutsAfter(value: string, end: number): boolean {
  const last = value.charAt(end - 1)
  if (isWordCharacter(last)) return true
  return (last === '.' || last === '?' || last === '!' || last === ':') && isWordCharacter(value.charAt(end - 2))
}

/**
 * Whether a character is a letter or an ASCII digit.
 */
function isWordCharacter(character: string): boolean {
  return isDigit(character) || isUpper(character) || isLower(character)
}

/**
 * Shift the positions of `tokens` from `first` on by `origin`, changing the
 * points parse-latin made (they belong to this parse alone, and nothing has
 * seen them yet). parse-latin shares some points between a word and its
 * children, so each point must move once: the piece is shorter than
 * `origin.offset`, hence an offset below it is one not yet moved and one at
 * or above it has moved. A token's start takes the end point of the token
 * before (same place), so consecutive tokens share their boundary point, and
 * a plain word's text node shares the word's position.
 */
function shiftInPlace(tokens: SentenceContent[], first: number, origin: Point): undefined {
  const line = origin.line - 1
  const column = origin.column - 1
  const offset = origin.offset as number
  let last: Point | undefined

  for (let index = first; index < tokens.length; index++) {
    const token = tokens[index]
    const position = token.position as Position
    const start = position.start
    if (last !== undefined && last.offset === (start.offset as number) + offset) position.start = last
    else move(start)
    move(position.end)
    last = position.end

    if (token.type === 'WordNode') {
      const children: WordContent[] = token.children
      if (children.length === 1) {
        // A plain word: its text node spans the same place as the word.
        children[0].position = position
      } else {
        for (const child of children) {
          const inner = child.position as Position
          move(inner.start)
          move(inner.end)
        }
      }
    }
  }

  return undefined

  function move(point: Point): undefined {
    if ((point.offset as number) >= offset) return undefined
    if (point.line === 1) point.column += column
    point.line += line
    point.offset = (point.offset as number) + offset
    return undefined
  }
}

/**
 * Shift the positions of `tokens` from `first` on by `origin` into new
 * position objects (for pieces early in the document, where moved and
 * unmoved offsets cannot be told apart).
 */
function shiftCopies(tokens: SentenceContent[], first: number, origin: Point): undefined {
  const shift = createShifter(origin)
  for (let index = first; index < tokens.length; index++) {
    const token = tokens[index]
    token.position = shift(token.position as Position)
    if (token.type === 'WordNode') shiftWord(token, shift)
  }

  return undefined
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
