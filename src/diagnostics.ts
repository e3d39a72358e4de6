/**
 * Rule identifiers of the messages zitat emits, and the one function that
 * emits them.
 *
 * @module
 */

import type {VFile} from 'vfile'
import type {Node, Position} from 'unist'

/** Every rule id zitat reports under, with what it means. */
export const ruleIds = {
  /** An opening quotation mark without its closer before the paragraph ends. */
  unclosedQuote: 'unclosed-quote',
  /** A closing quotation mark with no opening mark before it. */
  unmatchedClosingMark: 'unmatched-closing-mark',
  /** An opening or closing bracket without its partner in the paragraph. */
  unbalancedBracket: 'unbalanced-bracket'
} as const

/** A rule id. */
export type RuleId = (typeof ruleIds)[keyof typeof ruleIds]

/**
 * Report a problem at a token of the current paragraph.
 *
 * @param index
 *   Token index.
 * @param ruleId
 *   Rule.
 * @param reason
 *   Sentence that says what is wrong.
 * @returns
 *   Nothing.
 */
export type Report = (index: number, ruleId: RuleId, reason: string) => undefined

/**
 * Add a message to a file.
 *
 * @param file
 *   File to add to (nothing happens without one).
 * @param node
 *   Node the message is about.
 * @param ruleId
 *   Rule.
 * @param reason
 *   Sentence that says what is wrong, with backticked values.
 * @returns
 *   Nothing.
 */
export function emit(file: VFile | undefined, node: Node, ruleId: RuleId, reason: string): undefined {
  if (!file) return undefined
  file.message(reason, {
    place: node.position as Position,
    ruleId,
    source: 'zitat'
  })
  return undefined
}
