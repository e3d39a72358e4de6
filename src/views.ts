/**
 * Flat views of a zitat tree: plain objects for tables, JSON and
 * spreadsheets, for when walking the tree is more than you need.
 *
 * @module
 */

import type {Nodes} from 'nlcst'
import {visit} from 'unist-util-visit'
import type {EditorialNoteKind, InterviewRoot, Quote, QuoteKind, Speaker, SpeakerKind} from './types.js'

/**
 * One quotation of a tree as a plain object; see {@link quotes}.
 *
 * Every field is always present (`undefined` when unknown), so all views have
 * the same shape.
 */
export interface QuoteView {
  /** What the quotation is (`'direct'`, `'indirect'` or `'mention'`). */
  kind: QuoteKind
  /**
   * The quoted words without the quotation marks around them (also without
   * the repeated opening marks of a quote that spans paragraphs), otherwise
   * exactly as in the input.
   */
  text: string
  /**
   * {@link QuoteView.text} without the editorial notes of kind
   * `'insertion'`, `'stage'`, `'sic'` and `'omission'` (`[der Stadt]`,
   * `(lacht)`, `[sic]`, `[…]`), with the white space they leave behind
   * collapsed: closer to what the speaker said. Notes of kind `'note'` stay.
   */
  textWithoutInsertions: string
  /** Name of the speaker (from the root's `speakers`), when known. */
  speaker: string | undefined
  /**
   * Identifier of the speaker, when known; matches
   * {@link SpeakerView.identifier}.
   */
  speakerId: string | undefined
  /** The cue that frames the quote (`sagte`, `so`), when known. */
  cue: string | undefined
  /** Whether the closing mark was found (`true` for indirect speech). */
  closed: boolean
  /**
   * Offset (in UTF-16 code units, as `String#slice` counts) where the quote
   * starts in the input, opening mark included; `undefined` when the node
   * has no position (hand-made trees).
   */
  start: number | undefined
  /** Offset where the quote ends (exclusive), closing mark included. */
  end: number | undefined
  /** Line (1-indexed) where the quote starts. */
  line: number | undefined
  /** Column (1-indexed) where the quote starts. */
  column: number | undefined
}

/**
 * One entry of the root's speaker table with the quotations attributed to
 * it; see {@link speakers}.
 */
export interface SpeakerView {
  /** Stable identifier (`s1`, `s2`, …). */
  identifier: string
  /** The fullest name the text uses. */
  name: string
  /** Every other form the text uses for the speaker. */
  aliases: string[]
  /** What the speaker is. */
  kind: SpeakerKind
  /** Roles the text gives the speaker. */
  roles: string[]
  /** Grammatical gender, when known. */
  gender: 'female' | 'male' | undefined
  /** Whether the text names the speaker only by description. */
  loose: boolean
  /** Quotations attributed to the speaker, in document order. */
  quotes: QuoteView[]
}

/** Kinds of editorial notes that {@link QuoteView.textWithoutInsertions} drops. */
const dropped: ReadonlySet<EditorialNoteKind> = new Set<EditorialNoteKind>([
  'insertion',
  'omission',
  'sic',
  'stage'
])

/** Characters that take no space before them. */
const closingPunctuation = /^[.,;:!?…)\]}»«“”"'’‘]/

/**
 * List every quotation of a tree, in document order, as plain objects.
 *
 * Quotes inside quotes are listed too, after the quote around them.
 *
 * @param tree
 *   Tree from `parseInterview` (or the `retextInterview` plugin).
 * @returns
 *   One {@link QuoteView} per `QuoteNode`.
 * @throws {TypeError}
 *   When `tree` is not a tree.
 *
 * ###### Example
 *
 * ```ts
 * import {parseInterview, quotes} from 'zitat'
 *
 * quotes(parseInterview('Sie sagte: „Wir bleiben [in Kiel].“'))
 * // => [{kind: 'direct', text: 'Wir bleiben [in Kiel].',
 * //      textWithoutInsertions: 'Wir bleiben.', line: 1, column: 12, …}]
 * ```
 */
export function quotes(tree: InterviewRoot): QuoteView[] {
  const names = speakerNames(tree)
  const result: QuoteView[] = []

  visit(tree, 'QuoteNode', function (node: Quote) {
    result.push(view(node, names))
  })

  return result
}

/**
 * List the speakers of a tree (the root's `speakers`, in order), each with
 * the quotations attributed to it.
 *
 * @param tree
 *   Tree from `parseInterview` (or the `retextInterview` plugin).
 * @returns
 *   One {@link SpeakerView} per speaker, including speakers without quotes.
 * @throws {TypeError}
 *   When `tree` is not a tree.
 *
 * ###### Example
 *
 * ```ts
 * import {parseInterview, speakers} from 'zitat'
 *
 * for (const speaker of speakers(parseInterview(text))) {
 *   console.log(speaker.name, speaker.quotes.length)
 * }
 * ```
 */
export function speakers(tree: InterviewRoot): SpeakerView[] {
  const all = quotes(tree)
  const table = tree.speakers ?? []
  return table.map(function (speaker: Speaker): SpeakerView {
    return {
      identifier: speaker.identifier,
      name: speaker.name,
      aliases: [...speaker.aliases],
      kind: speaker.kind,
      roles: [...speaker.roles],
      gender: speaker.gender,
      loose: speaker.loose === true,
      quotes: all.filter((quote) => quote.speakerId === speaker.identifier)
    }
  })
}

/**
 * Map speaker identifiers to names; also checks the tree.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Names by identifier.
 */
function speakerNames(tree: InterviewRoot): Map<string, string> {
  if (typeof tree !== 'object' || tree === null || tree.type !== 'RootNode') {
    const type: unknown = typeof tree === 'object' && tree !== null ? (tree as {type?: unknown}).type : undefined
    throw new TypeError(
      'Expected a zitat tree (a `RootNode`), not ' +
        (tree === null ? '`null`' : typeof type === 'string' ? 'a `' + type + '`' : typeof tree)
    )
  }

  const names = new Map<string, string>()
  for (const speaker of tree.speakers ?? []) names.set(speaker.identifier, speaker.name)
  return names
}

/**
 * Make the view of one quote.
 *
 * @param node
 *   Quote.
 * @param names
 *   Speaker names by identifier.
 * @returns
 *   View.
 */
function view(node: Quote, names: Map<string, string>): QuoteView {
  const pieces = piecesOf(node)
  const start = node.position?.start
  const end = node.position?.end
  return {
    kind: node.kind,
    text: pieces.map((piece) => piece.value).join(''),
    textWithoutInsertions: withoutNotes(pieces),
    speaker: node.speaker === undefined ? undefined : names.get(node.speaker),
    speakerId: node.speaker,
    cue: node.cue,
    closed: node.closed,
    start: start?.offset,
    end: end?.offset,
    line: start?.line,
    column: start?.column
  }
}

/** A run of text of a quote. */
interface Piece {
  /** The text. */
  value: string
  /** Whether it is an editorial note that `textWithoutInsertions` drops. */
  removed: boolean
}

/**
 * The text of a quote as pieces, without its quotation marks.
 *
 * @param node
 *   Quote.
 * @returns
 *   Pieces in order.
 */
function piecesOf(node: Quote): Piece[] {
  const marks = new Set<Nodes>()
  const first = firstLeaf(node)
  const last = lastLeaf(node)
  if (node.open !== undefined && first && isMark(first, node.open)) marks.add(first)
  if (node.close !== undefined && last && isMark(last, node.close)) marks.add(last)

  // A quote over several paragraphs repeats the opening mark at the start of
  // each paragraph (German convention); those marks are not text either.
  if (node.open !== undefined) {
    for (const child of node.children) {
      if (child.type === 'ParagraphNode') {
        const leaf = firstLeaf(child)
        if (leaf && isMark(leaf, node.open)) marks.add(leaf)
      }
    }
  }

  const pieces: Piece[] = []
  collect(node, marks, pieces)
  return pieces
}

/**
 * Add the pieces of `node` to `pieces`.
 *
 * @param node
 *   Node.
 * @param marks
 *   Quotation marks to leave out.
 * @param pieces
 *   List to add to (changed in place).
 * @returns
 *   Nothing.
 */
function collect(node: Nodes, marks: Set<Nodes>, pieces: Piece[]): undefined {
  if (marks.has(node)) return undefined

  if ('value' in node) {
    pieces.push({value: node.value, removed: false})
    return undefined
  }

  if (node.type === 'EditorialNoteNode' && dropped.has(node.kind)) {
    const inner: Piece[] = []
    for (const child of node.children) collect(child, marks, inner)
    pieces.push({value: inner.map((piece) => piece.value).join(''), removed: true})
    return undefined
  }

  for (const child of node.children) collect(child as Nodes, marks, pieces)
  return undefined
}

/**
 * Join pieces, dropping removed ones and the white space they leave behind.
 *
 * @param pieces
 *   Pieces.
 * @returns
 *   Text.
 */
function withoutNotes(pieces: Piece[]): string {
  const values = pieces.map((piece) => (piece.removed ? '' : piece.value))

  for (let index = 0; index < pieces.length; index++) {
    if (!pieces[index].removed) continue
    const before = kept(values, pieces, index, -1)
    const after = kept(values, pieces, index, 1)

    if (before === undefined) {
      if (after !== undefined) values[after] = values[after].replace(/^\s+/, '')
    } else if (after === undefined) {
      values[before] = values[before].replace(/\s+$/, '')
    } else if (/\s$/.test(values[before])) {
      if (/^\s/.test(values[after])) {
        values[after] = values[after].replace(/^\s+/, '')
      } else if (closingPunctuation.test(values[after])) {
        values[before] = values[before].replace(/\s+$/, '')
      }
    }
  }

  return values.join('')
}

/**
 * Index of the nearest piece before (`step: -1`) or after (`step: 1`)
 * `index` that is kept and not empty.
 *
 * @param values
 *   Current piece values.
 * @param pieces
 *   Pieces.
 * @param index
 *   Index to start from (exclusive).
 * @param step
 *   Direction.
 * @returns
 *   Index, if any.
 */
function kept(values: string[], pieces: Piece[], index: number, step: -1 | 1): number | undefined {
  for (let at = index + step; at >= 0 && at < pieces.length; at += step) {
    if (!pieces[at].removed && values[at] !== '') return at
  }

  return undefined
}

/**
 * Whether a leaf is the punctuation `mark`.
 *
 * @param node
 *   Leaf.
 * @param mark
 *   Quotation mark.
 * @returns
 *   Whether it is.
 */
function isMark(node: Nodes, mark: string): boolean {
  return (node.type === 'PunctuationNode' || node.type === 'SymbolNode') && node.value === mark
}

/**
 * First leaf in a node.
 *
 * @param node
 *   Node.
 * @returns
 *   Leaf, if any.
 */
function firstLeaf(node: Nodes): Nodes | undefined {
  let current: Nodes = node
  while ('children' in current) {
    if (current.children.length === 0) return undefined
    current = current.children[0] as Nodes
  }

  return current
}

/**
 * Last leaf in a node.
 *
 * @param node
 *   Node.
 * @returns
 *   Leaf, if any.
 */
function lastLeaf(node: Nodes): Nodes | undefined {
  let current: Nodes = node
  while ('children' in current) {
    if (current.children.length === 0) return undefined
    current = current.children[current.children.length - 1] as Nodes
  }

  return current
}
