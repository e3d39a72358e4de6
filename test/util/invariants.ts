/**
 * Invariants every zitat tree must keep, for any input: lossless, exact
 * positions, speaker references that resolve, quotes and notes inside their
 * parents.
 *
 * Every walk here is iterative (an explicit stack), so a pathologically deep
 * tree is reported as a violation instead of overflowing the call stack of
 * the checker itself.
 *
 * @module
 */

import {toString} from 'nlcst-to-string'
import type {Nodes} from 'nlcst'
import type {Point, Position} from 'unist'
import type {InterviewRoot} from 'zitat'

/** Line and column of an offset (both 1-based, columns in UTF-16 units). */
export interface LineColumn {
  /** Line, 1-based. */
  line: number
  /** Column, 1-based, counted in UTF-16 code units. */
  column: number
}

/**
 * A group of invariants.
 *
 * * `'lossless'` — the tree gives back the input (`toString`, joined leaves,
 *   each leaf's value at its offsets);
 * * `'positions'` — every node has a complete position, line and column
 *   agree with the offset, parents span their children exactly (so
 *   `input.slice(start.offset, end.offset) === toString(node)`);
 * * `'speakers'` — every `speaker` field names an entry of `tree.speakers`;
 * * `'spans'` — quotes and editorial notes lie inside the input and inside
 *   their parent, and attribution frames do not nest (no attribution in an
 *   attribution, nothing of a frame in a speaker or cue mention).
 */
export type Invariant = 'lossless' | 'positions' | 'speakers' | 'spans'

/** Every invariant. */
export const invariants: readonly Invariant[] = ['lossless', 'positions', 'speakers', 'spans']

/** How {@link findViolations} checks a tree. */
export interface CheckOptions {
  /** Invariants to check (default: all). */
  only?: readonly Invariant[] | null | undefined
  /**
   * Also compare `input.slice(start, end)` with `toString(node)` for every
   * node (default: only when the input has at most 20 000 characters; the
   * direct comparison is quadratic in the depth of the tree, the structural
   * check that always runs proves the same in linear time).
   */
  sliceEveryNode?: boolean | null | undefined
  /** Most violations to collect before stopping (default: `20`). */
  limit?: number | null | undefined
}

/** A node as the checker sees it: any unist node with optional fields. */
interface LooseNode {
  /** Node type. */
  type: string
  /** Value of a literal. */
  value?: unknown
  /** Children of a parent. */
  children?: unknown
  /** Place in the input. */
  position?: Position
  /** Speaker reference, on zitat nodes that have one. */
  speaker?: unknown
}

/** Node types zitat may put in a tree. */
const knownTypes: ReadonlySet<string> = new Set([
  'RootNode',
  'ParagraphNode',
  'SentenceNode',
  'WordNode',
  'TextNode',
  'SymbolNode',
  'PunctuationNode',
  'WhiteSpaceNode',
  'SourceNode',
  'QuoteNode',
  'EditorialNoteNode',
  'SpeakerNode',
  'CueNode',
  'AttributionNode',
  'TurnNode',
  'HeadingNode',
  'MetadataNode'
])

/** Types that zitat must keep inside the input and inside their parent. */
const spanTypes: ReadonlySet<string> = new Set(['QuoteNode', 'EditorialNoteNode'])

/** Node types of attribution frames, which never nest. */
const frameTypes: ReadonlySet<string> = new Set(['AttributionNode', 'SpeakerNode', 'CueNode'])

/**
 * Make a function that turns an offset into a line and column, counting
 * `\r\n`, a lone `\r` and `\n` as one line ending each.
 *
 * @param input
 *   Document.
 * @returns
 *   Locator: offset → line and column (offsets `0` to `input.length`).
 */
export function createLocator(input: string): (offset: number) => LineColumn {
  const lineStarts = [0]
  for (let index = 0; index < input.length; index++) {
    const code = input.charCodeAt(index)
    if (code === 13 /* `\r` */) {
      if (input.charCodeAt(index + 1) === 10 /* `\n` */) index++
      lineStarts.push(index + 1)
    } else if (code === 10 /* `\n` */) {
      lineStarts.push(index + 1)
    }
  }

  return function (offset: number): LineColumn {
    // Last line start at or before `offset`.
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle] <= offset) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: offset - lineStarts[low] + 1}
  }
}

/**
 * Concatenate the `value` of every leaf, in order, without recursion.
 *
 * @param tree
 *   Any unist tree.
 * @returns
 *   Text of the leaves.
 */
export function joinLeaves(tree: Nodes | InterviewRoot): string {
  const parts: string[] = []
  const stack: LooseNode[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as LooseNode
    if (typeof node.value === 'string') parts.push(node.value)
    if (Array.isArray(node.children)) {
      const children = node.children as LooseNode[]
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
    }
  }

  return parts.join('')
}

/**
 * Depth of a tree (the root alone has depth 1), without recursion.
 *
 * @param tree
 *   Any unist tree.
 * @returns
 *   Number of nodes on the longest root-to-leaf path.
 */
export function depthOf(tree: Nodes | InterviewRoot): number {
  let deepest = 0
  const stack: Array<[LooseNode, number]> = [[tree, 1]]
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [LooseNode, number]
    if (depth > deepest) deepest = depth
    if (Array.isArray(node.children)) {
      for (const child of node.children as LooseNode[]) stack.push([child, depth + 1])
    }
  }

  return deepest
}

/**
 * Check every invariant of a zitat tree against its input.
 *
 * * lossless: `toString(tree)` (nlcst-to-string) and the joined leaf values
 *   both equal the input;
 * * every node has a position whose points have integer `line`, `column`
 *   and `offset`, and line and column agree with the offset;
 * * each leaf's value is `input.slice(start.offset, end.offset)`; each
 *   parent starts at its first child, ends at its last, and its children
 *   touch (so every node's slice equals `toString(node)`);
 * * every `speaker` field names an identifier in `tree.speakers`;
 * * every `QuoteNode` and `EditorialNoteNode` lies inside the input and
 *   inside its parent's span.
 *
 * @param input
 *   Text that was parsed.
 * @param tree
 *   Tree `parseInterview(input)` returned.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Violations, as sentences naming the node (empty when all hold).
 */
export function findViolations(
  input: string,
  tree: InterviewRoot,
  options?: CheckOptions | null | undefined
): string[] {
  const limit = options?.limit ?? 20
  const only = new Set<Invariant>(options?.only ?? invariants)
  const lossless = only.has('lossless')
  const positions = only.has('positions')
  const speakers = only.has('speakers')
  const spans = only.has('spans')
  const sliceEveryNode = options?.sliceEveryNode ?? input.length <= 20_000
  const violations: string[] = []
  const locate = createLocator(input)

  if (tree.type !== 'RootNode') violations.push('root has type `' + tree.type + '`, expected `RootNode`')

  // Speaker table.
  const identifiers = new Set<string>()
  if (Array.isArray(tree.speakers)) {
    for (const speaker of tree.speakers) {
      if (typeof speaker.identifier !== 'string') {
        violations.push('speaker without string identifier: ' + JSON.stringify(speaker))
      } else if (identifiers.has(speaker.identifier)) {
        violations.push('speaker identifier `' + speaker.identifier + '` used twice')
      } else if (typeof speaker.name !== 'string' || speaker.name.trim() === '') {
        violations.push('speaker `' + speaker.identifier + '` has no name')
      } else {
        identifiers.add(speaker.identifier)
      }
    }
  } else {
    violations.push('root has no `speakers` array')
  }

  // Lossless, as a whole.
  if (lossless) {
    const leaves = joinLeaves(tree)
    if (leaves !== input) violations.push('joined leaf values differ from the input ' + firstDifference(leaves, input))
    try {
      const text = toString(tree)
      if (text !== input) violations.push('`toString(tree)` differs from the input ' + firstDifference(text, input))
    } catch (error) {
      violations.push('`toString(tree)` threw `' + String(error) + '` (tree depth ' + depthOf(tree) + ')')
    }
  }

  // Every node.
  const stack: Array<{node: LooseNode; parent: LooseNode | undefined; path: string; frame: string | undefined}> = [
    {node: tree, parent: undefined, path: 'root', frame: undefined}
  ]
  while (stack.length > 0 && violations.length < limit) {
    const {node, parent, path, frame} = stack.pop() as (typeof stack)[number]
    const where = path + ' (' + String(node.type) + ')'

    // Frames do not nest: an attribution holds speaker and cue mentions, but
    // no attribution, and a speaker or cue mention holds neither.
    if (spans && frame !== undefined && frameTypes.has(node.type) && !(frame === 'AttributionNode' && node.type !== 'AttributionNode')) {
      violations.push(where + ': inside a ' + frame)
    }

    if (positions && (typeof node.type !== 'string' || !knownTypes.has(node.type))) {
      violations.push(where + ': unknown node type')
    }

    const position = node.position
    if (!position || !isPoint(position.start) || !isPoint(position.end)) {
      // Without offsets nothing else can be checked; every group needs them.
      violations.push(where + ': missing or incomplete position ' + JSON.stringify(position))
      continue
    }

    const start = position.start.offset as number
    const end = position.end.offset as number
    if (start < 0 || end > input.length || start > end) {
      violations.push(where + ': offsets ' + start + '–' + end + ' outside the input of length ' + input.length)
      continue
    }

    for (const [name, point] of [['start', position.start], ['end', position.end]] as const) {
      if (!positions) break
      const expected = locate(point.offset as number)
      if (point.line !== expected.line || point.column !== expected.column) {
        violations.push(
          where + ': ' + name + ' ' + point.line + ':' + point.column + ' at offset ' + point.offset +
            ', expected ' + expected.line + ':' + expected.column
        )
      }
    }

    if (speakers && node.speaker !== undefined && (typeof node.speaker !== 'string' || !identifiers.has(node.speaker))) {
      violations.push(where + ': speaker `' + String(node.speaker) + '` is not in `tree.speakers`')
    }

    if (spans && parent && parent.position && spanTypes.has(node.type)) {
      const parentStart = parent.position.start.offset as number
      const parentEnd = parent.position.end.offset as number
      if (start < parentStart || end > parentEnd) {
        violations.push(where + ': span ' + start + '–' + end + ' outside its parent ' + parentStart + '–' + parentEnd)
      }
    }

    if (positions && sliceEveryNode) {
      let text: string | undefined
      try {
        text = toString(node as Nodes)
      } catch {
        text = undefined
      }

      if (text !== undefined && input.slice(start, end) !== text) {
        violations.push(where + ': `input.slice(' + start + ', ' + end + ')` is ' + JSON.stringify(input.slice(start, end)) + ', node text is ' + JSON.stringify(text))
      }
    }

    if (typeof node.value === 'string') {
      if (lossless && input.slice(start, end) !== node.value) {
        violations.push(where + ': value ' + JSON.stringify(node.value) + ' but the input at ' + start + '–' + end + ' is ' + JSON.stringify(input.slice(start, end)))
      }

      continue
    }

    if (!Array.isArray(node.children)) {
      if (positions) violations.push(where + ': neither a literal nor a parent')
      continue
    }

    const children = node.children as LooseNode[]
    if (children.length === 0) {
      if (positions && start !== end) violations.push(where + ': no children but spans ' + start + '–' + end)
      continue
    }

    let previousEnd = start
    for (let index = 0; index < children.length; index++) {
      const child = children[index]
      const childPosition = child.position
      if (childPosition && isPoint(childPosition.start) && isPoint(childPosition.end)) {
        const childStart = childPosition.start.offset as number
        if (positions && childStart !== previousEnd) {
          violations.push(
            where + ': child ' + index + ' (' + child.type + ') starts at ' + childStart + ', expected ' + previousEnd +
              (index === 0 ? ' (the start of its parent)' : ' (the end of the child before)')
          )
        }

        previousEnd = childPosition.end.offset as number
      }
    }

    if (positions && previousEnd !== end) violations.push(where + ': last child ends at ' + previousEnd + ', parent at ' + end)

    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({node: children[index], parent: node, path: path + '.' + index, frame: frameTypes.has(node.type) ? node.type : frame})
    }
  }

  return violations.slice(0, limit)
}

/**
 * Throw when a tree breaks an invariant (see {@link findViolations}).
 *
 * @param input
 *   Text that was parsed.
 * @param tree
 *   Tree `parseInterview(input)` returned.
 * @param options
 *   Configuration (optional).
 * @returns
 *   Nothing.
 * @throws {Error}
 *   Listing the violations, with the start of the input.
 */
export function assertInvariants(
  input: string,
  tree: InterviewRoot,
  options?: CheckOptions | null | undefined
): undefined {
  const violations = findViolations(input, tree, options)
  if (violations.length > 0) {
    throw new Error(
      'Invariants broken for input ' + JSON.stringify(input.length > 200 ? input.slice(0, 200) + '…' : input) +
        ' (length ' + input.length + '):\n  ' + violations.join('\n  ')
    )
  }

  return undefined
}

/**
 * Whether a value is a complete unist point.
 */
function isPoint(point: Point | undefined): point is Point {
  return (
    point !== undefined &&
    Number.isInteger(point.line) &&
    point.line >= 1 &&
    Number.isInteger(point.column) &&
    point.column >= 1 &&
    Number.isInteger(point.offset)
  )
}

/**
 * Describe where two strings first differ.
 */
function firstDifference(actual: string, expected: string): string {
  let index = 0
  while (index < actual.length && index < expected.length && actual.charCodeAt(index) === expected.charCodeAt(index)) index++
  return (
    '(lengths ' + actual.length + ' and ' + expected.length + ', first difference at ' + index + ': ' +
    JSON.stringify(actual.slice(index, index + 20)) + ' vs ' + JSON.stringify(expected.slice(index, index + 20)) + ')'
  )
}
