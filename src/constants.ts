/**
 * Named numbers, one reason each.
 *
 * @module
 */

/**
 * Deepest nesting of quotes, notes and bracket groups that becomes nodes.
 * Real text nests two or three levels; deeper spans (hostile input) stay plain
 * tokens, which keeps every recursive walk of the tree shallow and the parse
 * linear.
 */
export const maxNesting = 32
