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

/**
 * Longest sentence, in tokens (words, spaces, marks), in which the
 * attribution pass looks for frames. Finding frames is quadratic in a
 * sentence's length; the longest sentences of real news run to a few hundred
 * tokens, so only hostile or unpunctuated text is skipped.
 */
export const maxFrameSentence = 2000
