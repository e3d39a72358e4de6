/**
 * Principal speaker pass: in a report that quotes one person far more than
 * anyone else (a portrait, a press conference, a talk written up), a direct
 * quote with no frame anywhere near is that person's.
 *
 * Reporters frame the first quotes of such a piece and then let the
 * speaker's words run on, across subheadings and paragraphs of narration,
 * with no `sagte er` at all. Nothing in the sentence names the speaker, but
 * the piece does: when one speaker has at least {@link fewestQuotes} of the
 * attributed quotes and at least {@link leastShare} of them, the unframed
 * ones are given to them too. Below that, with two or more voices in the
 * piece, a quote without a frame keeps no speaker (no speaker is better than
 * a wrong one).
 *
 * It runs last, once the quote kinds pass has settled direct speech against
 * mentions, and reads the quotes that pass noted (in document order), so it
 * walks no tree.
 *
 * @module
 */

import type {Node} from 'unist'
import type {InterviewRoot} from '../types.js'
import type {Context, Pass} from '../passes.js'

/**
 * Principal speaker pass (see the module).
 */
export const principalSpeaker: Pass = {name: 'principal-speaker', root: givePrincipal}

/** Fewest attributed quotes of the principal speaker. */
export const fewestQuotes = 5

/** Least share of the attributed quotes the principal speaker has. */
export const leastShare = 0.7

/**
 * Run the pass.
 *
 * @param tree
 *   Tree (its quotes are changed in place).
 * @param context
 *   Context (with the quotes the quote kinds pass noted).
 * @returns
 *   Nothing.
 */
function givePrincipal(tree: InterviewRoot, context: Context): undefined {
  const seen = context.data.quoteKinds
  if (seen === undefined) return undefined
  // Transcripts have turns: their quotes belong to the turn's speaker, which
  // the interview pass gave already. A report may come before a transcript.
  const before = startOfTurns(tree)
  // Reported speech (noted too) counts as much as direct speech: a portrait
  // may quote its subject in a few marks and report them in many Konjunktiv
  // sentences.
  const counts = new Map<string, number>()
  let total = 0
  for (const {quote} of seen) {
    if (quote.speaker === undefined || quote.kind === 'mention' || offsetOf(quote) >= before) continue
    total++
    counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1)
  }

  let best: string | undefined
  let most = 0
  for (const [speaker, count] of counts) {
    if (count > most) {
      most = count
      best = speaker
    }
  }

  if (best === undefined || most < fewestQuotes || most < leastShare * total) return undefined
  for (const {quote, parent} of seen) {
    // Quotes inside quotes are words the speaker quotes, not theirs.
    if (parent < 0 && quote.kind === 'direct' && quote.speaker === undefined && offsetOf(quote) < before) quote.speaker = best
  }

  return undefined
}

/**
 * Offset where the first turn of a transcript starts (`Infinity` without
 * turns).
 */
function startOfTurns(tree: InterviewRoot): number {
  for (const child of tree.children) if (child.type === 'TurnNode') return child.position?.start.offset ?? 0
  return Number.POSITIVE_INFINITY
}

/**
 * Start offset of a node.
 */
function offsetOf(node: Node): number {
  return node.position?.start.offset ?? 0
}
