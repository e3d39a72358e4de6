/**
 * Projections of a zitat tree for attribution and indirect-speech
 * assertions: quotes with their speaker's name, frames, cues, speaker
 * mentions and the speaker table.
 */
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {
  parseInterview,
  type Attribution,
  type Cue,
  type InterviewRoot,
  type Quote,
  type Speaker,
  type SpeakerMention
} from 'zitat'

/** `[kind, text, speaker name]` of a quote. */
export type SpeechRow = [kind: string, text: string, speaker: string | null]

/**
 * Name of a speaker identifier in the tree's speaker table.
 *
 * @param tree
 *   Tree.
 * @param identifier
 *   Identifier, if any.
 * @returns
 *   Name, or `null` when there is no identifier; `'?' + identifier` when the
 *   identifier is not in the table.
 */
export function nameOf(tree: InterviewRoot, identifier: string | undefined): string | null {
  if (identifier === undefined) return null
  const speaker = tree.speakers.find((entry) => entry.identifier === identifier)
  return speaker ? speaker.name : '?' + identifier
}

/**
 * Text of a quote without its quotation marks.
 *
 * @param node
 *   Quote.
 * @returns
 *   Text.
 */
export function quoteText(node: Quote): string {
  let value = toString(node)
  if (node.open && value.startsWith(node.open)) value = value.slice(node.open.length)
  if (node.close && value.endsWith(node.close)) value = value.slice(0, -node.close.length)
  return value
}

/**
 * List quotes of a tree as `[kind, text without marks, speaker name]`.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Rows in document order (outer quotes before the quotes inside them).
 */
export function speechOfTree(tree: InterviewRoot): SpeechRow[] {
  const result: SpeechRow[] = []
  visit(tree, 'QuoteNode', function (node: Quote) {
    result.push([node.kind, quoteText(node), nameOf(tree, node.speaker)])
  })
  return result
}

/**
 * Parse and list quotes as `[kind, text without marks, speaker name]`.
 *
 * @param text
 *   German prose.
 * @returns
 *   Rows in document order.
 */
export function speechOf(text: string): SpeechRow[] {
  return speechOfTree(parseInterview(text))
}

/**
 * List attributions as `[cue lemma, text, speaker name]`.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Rows in document order.
 */
export function attributionsOf(tree: InterviewRoot): Array<[string, string, string | null]> {
  const result: Array<[string, string, string | null]> = []
  visit(tree, 'AttributionNode', function (node: Attribution) {
    result.push([node.cue, toString(node), nameOf(tree, node.speaker)])
  })
  return result
}

/**
 * List cues as `[lemma, text]`.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Rows in document order.
 */
export function cuesOf(tree: InterviewRoot): Array<[string, string]> {
  const result: Array<[string, string]> = []
  visit(tree, 'CueNode', function (node: Cue) {
    result.push([node.lemma, toString(node)])
  })
  return result
}

/**
 * List speaker mentions as `[text, speaker name]`.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Rows in document order.
 */
export function mentionsOf(tree: InterviewRoot): Array<[string, string | null]> {
  const result: Array<[string, string | null]> = []
  visit(tree, 'SpeakerNode', function (node: SpeakerMention) {
    result.push([toString(node), nameOf(tree, node.speaker)])
  })
  return result
}

/**
 * The entry of the speaker table with a name.
 *
 * @param tree
 *   Tree.
 * @param name
 *   Name.
 * @returns
 *   Entry, if any.
 */
export function speakerNamed(tree: InterviewRoot, name: string): Speaker | undefined {
  return tree.speakers.find((entry) => entry.name === name)
}
