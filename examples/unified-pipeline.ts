/**
 * Use zitat as a unified parser: `retextInterview` parses, a small retext
 * transformer counts the quotes, a compiler gives the text back, and the
 * diagnostics end up on the file.
 *
 * Run: `npm run example:unified`.
 */
import {toString} from 'nlcst-to-string'
import {unified, type Plugin} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {retextInterview, type InterviewRoot, type Quote} from 'zitat'

/**
 * Count quotes by kind and report each count as an info message.
 *
 * @returns
 *   Transformer.
 */
const retextCountQuotes: Plugin<[], InterviewRoot> = function () {
  return function (tree, file) {
    const counts = new Map<string, number>()
    visit(tree, 'QuoteNode', function (node: Quote) {
      counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1)
    })
    for (const [kind, count] of counts) {
      file.info(count + ' ' + kind + ' quote(s)', {source: 'count-quotes', ruleId: kind})
    }
  }
}

/**
 * Serialise the tree back to text (it is lossless).
 *
 * @returns
 *   Nothing.
 */
const retextToString: Plugin<[], InterviewRoot, string> = function () {
  this.compiler = function (tree) {
    return toString(tree as InterviewRoot)
  }
}

const processor = unified().use(retextInterview).use(retextCountQuotes).use(retextToString)

const file = new VFile({
  path: 'markt.txt',
  value: `Auf dem Wochenmarkt wird es eng. „Wir finden keine Nachfolger“, sagte der Gemüsehändler Karl Brenner. Die Stadt prüft einen „Marktfonds“ (Details folgen.

Eine Kundin rief: „Ohne den Markt fehlt etwas!`
})

const result = await processor.process(file)

console.log('Round trip is lossless: %s', String(result) === String(file.value))
console.log('Messages:')
for (const message of result.messages) console.log('  ' + String(message))
