/**
 * Turn a question-and-answer transcript into JSON: one entry per interview
 * turn (`TurnNode`) with its role, label, speaker and text.
 *
 * Until the interview pass lands, the parser makes no `TurnNode`s, so this
 * prints `"turns": []`; it is written against the documented node type.
 *
 * Run: `npm run example:qa`.
 */
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {parseInterview, type Turn, type TurnRole} from 'zitat'

const transcript = `Frage: Frau Sommer, Sie haben zwanzig Jahre lang den Leuchtturm betreut. Was vermissen Sie?

Sommer: Die Stille am Morgen. (lacht) Und ehrlich gesagt auch die Treppe.

Frage: Wie viele Stufen waren es?

Sommer: Hundertzwölf. Ich habe sie jeden Tag gezählt.`

/** One turn, as JSON. */
interface TurnEntry {
  /** Question or answer. */
  role: TurnRole
  /** The label before the colon (`Frage`, `Sommer`), when given. */
  label: string | null
  /** Name of the speaker, when resolved. */
  speaker: string | null
  /** The text of the turn, without its label. */
  text: string
}

const tree = parseInterview(transcript)
const names = new Map(tree.speakers.map((speaker) => [speaker.identifier, speaker.name]))
const turns: TurnEntry[] = []

visit(tree, 'TurnNode', function (node: Turn) {
  const text = toString(node).trim()
  turns.push({
    role: node.role,
    label: node.label ?? null,
    speaker: node.speaker === undefined ? null : (names.get(node.speaker) ?? null),
    text: node.label !== undefined && text.startsWith(node.label + ':') ? text.slice(node.label.length + 1).trim() : text
  })
})

console.log(JSON.stringify({turns}, undefined, 2))
