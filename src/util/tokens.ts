/**
 * Small helpers over sentence-level tokens.
 *
 * @module
 */

import type {Nodes, SentenceContent} from 'nlcst'

/**
 * Text of a node, without walking more than needed (words have one or a few
 * leaf children; our own nodes are walked).
 *
 * @param node
 *   Any nlcst node.
 * @returns
 *   Its text.
 */
export function textOf(node: Nodes): string {
  // A plain word (one text node) is the common case.
  if (node.type === 'WordNode') {
    const children = node.children
    if (children.length === 1 && children[0].type === 'TextNode') return children[0].value
  }

  if ('value' in node) return node.value
  const children = node.children as Nodes[]
  if (children.length === 1) {
    const only = children[0]
    return 'value' in only ? only.value : textOf(only)
  }

  let result = ''
  for (const child of children) result += textOf(child)
  return result
}

/**
 * Whether a token is punctuation or a symbol with exactly this value.
 *
 * @param node
 *   Token.
 * @param value
 *   Character(s).
 * @returns
 *   Whether it is that mark.
 */
export function isMark(node: SentenceContent | undefined, value: string): boolean {
  return (
    node !== undefined &&
    (node.type === 'PunctuationNode' || node.type === 'SymbolNode') &&
    node.value === value
  )
}

/**
 * Value of a punctuation or symbol token, else `undefined`.
 *
 * @param node
 *   Token.
 * @returns
 *   Its value when it is punctuation or a symbol.
 */
export function markOf(node: SentenceContent | undefined): string | undefined {
  return node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode')
    ? node.value
    : undefined
}

/**
 * Whether a node is white space.
 *
 * @param node
 *   Node.
 * @returns
 *   Whether it is a `WhiteSpaceNode`.
 */
export function isSpace(node: Nodes | undefined): boolean {
  return node !== undefined && node.type === 'WhiteSpaceNode'
}

/**
 * Whether white space holds a line ending.
 *
 * @param node
 *   Node.
 * @returns
 *   Whether it is white space with `\n` or `\r`.
 */
export function isLineBreak(node: Nodes | undefined): boolean {
  if (node === undefined || node.type !== 'WhiteSpaceNode') return false
  const value = node.value
  return value.includes('\n') || value.includes('\r')
}

/**
 * Whether a character is an upper-case letter (any script).
 *
 * @param character
 *   One character.
 * @returns
 *   Whether it changes under `toLowerCase` and not under `toUpperCase`.
 */
export function isUpper(character: string): boolean {
  // ASCII first: only `A`–`Z` are upper case there.
  const code = character.charCodeAt(0)
  if (code < 128 && character.length === 1) return code >= 65 && code <= 90
  return character !== character.toLowerCase() && character === character.toUpperCase()
}

/**
 * Whether a word is a name written with a lower-case letter before a
 * capital (`eBay`, `iRobot`, `iPhone`): a brand, spelled so even at the
 * start of a sentence.
 *
 * @param text
 *   Word.
 * @returns
 *   Whether it has that shape.
 */
export function brandShape(text: string): boolean {
  return text.length > 2 && isLower(text.charAt(0)) && isUpper(text.charAt(1)) && isLower(text.charAt(2))
}

/**
 * Whether a character is a lower-case letter (any script).
 *
 * @param character
 *   One character.
 * @returns
 *   Whether it changes under `toUpperCase` and not under `toLowerCase`.
 */
export function isLower(character: string): boolean {
  // ASCII first: only `a`–`z` are lower case there.
  const code = character.charCodeAt(0)
  if (code < 128 && character.length === 1) return code >= 97 && code <= 122
  return character !== character.toUpperCase() && character === character.toLowerCase()
}

/**
 * Whether a character is an ASCII digit.
 *
 * @param character
 *   One character.
 * @returns
 *   Whether it is `0`–`9`.
 */
export function isDigit(character: string): boolean {
  const code = character.charCodeAt(0)
  return code >= 48 && code <= 57
}

/**
 * Index of the last child before `index` that is not white space, or `-1`.
 *
 * @param children
 *   Siblings.
 * @param index
 *   Index to look back from (exclusive).
 * @returns
 *   Index, or `-1`.
 */
export function previousNonSpace(children: readonly Nodes[], index: number): number {
  let before = index - 1
  while (before >= 0 && children[before].type === 'WhiteSpaceNode') before--
  return before
}

/**
 * The word right before child `index` (white space between is skipped), lower
 * case, or `undefined` when something else stands there.
 *
 * @param children
 *   Siblings.
 * @param index
 *   Index to look back from (exclusive).
 * @returns
 *   Lower-case word, or `undefined`.
 */
export function previousWordOf(children: readonly Nodes[], index: number): string | undefined {
  const node = children[previousNonSpace(children, index)]
  return node !== undefined && node.type === 'WordNode' ? textOf(node).toLowerCase() : undefined
}
