/**
 * Use zitat from CommonJS: `require('zitat')` loads the built CJS output
 * (`dist/index.cjs`), through the package's own `exports`.
 *
 * Run: `npm run example:cjs` (builds first).
 */
'use strict'

const {parseInterview, quotes} = require('zitat')

const tree = parseInterview(
  'Die Imkerin Hanna Roth ist besorgt. „Den Bienen fehlt [im Frühjahr] das Futter“, sagte Roth.'
)

for (const quote of quotes(tree)) {
  console.log('%s %d:%d %s', quote.kind, quote.line, quote.column, quote.textWithoutInsertions)
}
