/**
 * Parse a short interview and print each quote with its kind, speaker and
 * position, then the tree as an outline.
 *
 * Run: `npm run example`.
 */
import {parseInterview, type InterviewRoot, type Quote} from 'zitat'
import {visit} from 'unist-util-visit'
import {toString} from 'nlcst-to-string'
import type {Nodes} from 'nlcst'

const text = `Die Bürgermeisterin von Seestadt, Anna Berger, will den Hafen umbauen. Der Umbau sei überfällig, sagte sie am Montag.

Frau Berger, warum gerade jetzt?

Berger: „Weil die Kais bröckeln. Wir können nicht länger warten.“ (lacht) Das sagen übrigens auch die Fischer [des Ortes, Anm. d. Red.].

Und die Kosten?

„Die tragen Land und Stadt gemeinsam“, betonte Berger. Das Projekt trägt den Namen „Luftschloss“.`

const tree: InterviewRoot = parseInterview(text)

console.log('Quotes:')
visit(tree, 'QuoteNode', function (node: Quote) {
  const start = node.position?.start
  const speaker = tree.speakers.find((entry) => entry.identifier === node.speaker)
  console.log(
    '  %s  %s  %s  line %d, column %d',
    node.kind.padEnd(8),
    JSON.stringify(toString(node)),
    speaker ? '(' + speaker.name + ')' : '',
    start?.line,
    start?.column
  )
})

console.log('\nTree:')
outline(tree, 0)

/**
 * Print the paragraphs, sentences and zitat nodes of a tree, indented.
 */
function outline(node: Nodes, depth: number): undefined {
  if (!('children' in node) || node.type === 'WordNode') return undefined
  const kind = 'kind' in node ? ' ' + node.kind : ''
  const value = toString(node)
  const short = value.length > 60 ? value.slice(0, 57) + '…' : value
  console.log('%s%s%s %s', '  '.repeat(depth), node.type, kind, JSON.stringify(short))
  for (const child of node.children) outline(child as Nodes, depth + 1)
  return undefined
}
