/**
 * Print the quotes of a news text as a table, with who said them, using the
 * flat views `quotes` and `speakers`.
 *
 * Run: `npm run example:table`.
 */
import {parseInterview, quotes, speakers, type QuoteView} from 'zitat'

const text = `Der Stadtrat von Lindau hat den neuen Radweg am Ufer beschlossen. „Wir haben lange genug gestritten [über die Trasse]“, sagte Baudezernentin Miriam Hahn am Donnerstag. Die Anwohner seien eingebunden worden.

Der Verkehrsclub lobte den „mutigen Schritt“. Sein Vorsitzender Paul Graf sagte: „Das ist […] ein guter Tag für alle, die Rad fahren.“`

const tree = parseInterview(text)
const rows = quotes(tree)

console.log('%d quotes\n', rows.length)
printTable(
  ['Kind', 'Speaker', 'Line:col', 'Text (without insertions)'],
  rows.map((quote: QuoteView) => [
    quote.kind,
    quote.speaker ?? '–',
    quote.line + ':' + quote.column,
    quote.textWithoutInsertions
  ])
)

console.log('\nSpeakers:')
const table = speakers(tree)
if (table.length === 0) console.log('  (none resolved yet)')
for (const speaker of table) {
  console.log('  %s (%s): %d quote(s)', speaker.name, speaker.roles.join(', ') || speaker.kind, speaker.quotes.length)
}

/**
 * Print rows as a table with aligned columns.
 *
 * @param header
 *   Column titles.
 * @param body
 *   Rows of cells.
 * @returns
 *   Nothing.
 */
function printTable(header: string[], body: string[][]): undefined {
  const widths = header.map((cell, index) => Math.max(cell.length, ...body.map((row) => row[index].length)))
  const line = (row: string[]) => row.map((cell, index) => cell.padEnd(widths[index])).join(' | ').trimEnd()
  console.log(line(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('-+-'))
  for (const row of body) console.log(line(row))
  return undefined
}
