/**
 * `retextInterview`: the zitat parser as a unified plugin.
 *
 * @module
 */

import type {Plugin} from 'unified'
import {parseInterview, type Options} from './parse-interview.js'
import type {InterviewRoot} from './types.js'

/**
 * Configuration of {@link retextInterview}: the options of `parseInterview`
 * except `file`, which is the file unified processes.
 */
export type RetextInterviewOptions = Omit<Options, 'file'>

/**
 * Parse German interview and news prose into a zitat tree, as a unified
 * parser plugin.
 *
 * `unified().use(retextInterview)` parses into the same tree as
 * `parseInterview` (nlcst with quotations, editorial notes, speakers and
 * interview turns), so retext transformers that walk nlcst work on it.
 * Diagnostics (unclosed quotes, unbalanced brackets) are added to the file
 * being processed, with `ruleId`, `place` and `source: 'zitat'`.
 *
 * It replaces `retext-latin`/`retext-english` (do not use both); add a
 * compiler such as `retext-stringify` to `process` text.
 *
 * @param options
 *   Configuration (optional; there are no options yet besides the file).
 * @returns
 *   Nothing (the plugin sets the processor's parser).
 * @throws {TypeError}
 *   When `options` is not an object or has a `file` field.
 *
 * ###### Example
 *
 * ```ts
 * import {unified} from 'unified'
 * import {VFile} from 'vfile'
 * import {retextInterview} from 'zitat'
 *
 * const processor = unified().use(retextInterview)
 * const file = new VFile('„Wir bleiben, sagte sie.')
 * const tree = processor.parse(file)
 * await processor.run(tree, file)
 * console.log(file.messages.map(String))
 * ```
 */
export const retextInterview: Plugin<[(RetextInterviewOptions | null | undefined)?], string, InterviewRoot> =
  function (options) {
    const settings = checkOptions(options)

    this.parser = function (document, file) {
      return parseInterview(document, {...settings, file})
    }
  }

/**
 * Check plugin options.
 *
 * @param options
 *   Options, as given.
 * @returns
 *   Options to pass to `parseInterview`.
 */
function checkOptions(options: RetextInterviewOptions | null | undefined): RetextInterviewOptions {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('Expected `options` of `retextInterview` to be an object')
  }

  if ('file' in options) {
    throw new TypeError(
      'Unexpected option `file` of `retextInterview`: messages go to the file unified processes'
    )
  }

  return options
}
