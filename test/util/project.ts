/**
 * Projections of a zitat tree for assertions: `[kind, text]` pairs and the
 * like, instead of whole-tree snapshots.
 */
import type {Nodes, Paragraph} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {parseInterview, type EditorialNote, type InterviewRoot, type Quote} from 'zitat'

/**
 * Parse and list quotes as `[kind, text]`.
 *
 * @param text
 *   German prose.
 * @returns
 *   Pairs in document order.
 */
export function quotesOf(text: string): Array<[string, string]> {
  const result: Array<[string, string]> = []
  visit(parseInterview(text), 'QuoteNode', function (node: Quote) {
    result.push([node.kind, toString(node)])
  })
  return result
}

/**
 * Parse and list editorial notes as `[kind, text]`.
 *
 * @param text
 *   German prose.
 * @returns
 *   Pairs in document order.
 */
export function notesOf(text: string): Array<[string, string]> {
  const result: Array<[string, string]> = []
  visit(parseInterview(text), 'EditorialNoteNode', function (node: EditorialNote) {
    result.push([node.kind, toString(node)])
  })
  return result
}

/**
 * Parse and list the top-level units of each paragraph: sentence texts (and
 * quotes standing alone in a paragraph).
 *
 * @param text
 *   German prose.
 * @returns
 *   Texts in document order.
 */
export function sentencesOf(text: string): string[] {
  const result: string[] = []
  visit(parseInterview(text), 'ParagraphNode', function (node: Paragraph) {
    for (const child of node.children) {
      if (child.type !== 'WhiteSpaceNode') result.push(toString(child))
    }
  })
  return result
}

/**
 * Find the first node of a type.
 *
 * @param tree
 *   Tree.
 * @param type
 *   Node type.
 * @returns
 *   Node, if any.
 */
export function find<T extends Nodes['type']>(
  tree: InterviewRoot,
  type: T
): Extract<Nodes, {type: T}> | undefined {
  let found: Extract<Nodes, {type: T}> | undefined
  visit(tree, type, function (node) {
    found = node as Extract<Nodes, {type: T}>
    return false
  })
  return found
}
