/**
 * The ordered list of tree passes, and nothing else.
 *
 * Token passes (quotation marks, brackets) run per paragraph while the tree
 * is built (see `parse-interview.ts`); the passes here run over the built
 * tree, in this order. A pass may also take each paragraph as soon as the
 * builder has made it (in document order, while its nodes are fresh in the
 * processor's caches), when what it does there needs only what comes before;
 * its `root` then finishes the work once the whole tree is built.
 *
 * @module
 */

import type {Paragraph, SentenceContent} from 'nlcst'
import type {VFile} from 'vfile'
import type {InterviewRoot} from './types.js'
import {attribution} from './pass/attribution.js'
import {indirectSpeech} from './pass/indirect-speech.js'
import {interview} from './pass/interview.js'
import {principalSpeaker} from './pass/principal-speaker.js'
import {quoteKinds} from './pass/quote-kinds.js'

/**
 * State that passes leave for later passes. Each pass augments this interface
 * with its own keys:
 *
 * ```ts
 * declare module '../passes.js' {
 *   interface ContextData {
 *     attribution?: AttributionData
 *   }
 * }
 * ```
 */
export interface ContextData {
  /**
   * The tokens of each paragraph the tree builder made, in document order
   * (quotes, notes and other wrappers flattened away), so that passes can read
   * the start or end of a paragraph without walking its nodes. A paragraph's
   * entry lasts until it has settled (see {@link Context.settle}): then the
   * token list can die young instead of living to the end of the parse.
   */
  paragraphTokens?: Map<Paragraph, TokenRange>
}

/** Tokens `start`–`end` of a list. */
export interface TokenRange {
  /** Tokens of a whole block. */
  tokens: SentenceContent[]
  /** First token. */
  start: number
  /** Token after the last. */
  end: number
}

/** What a tree pass gets besides the tree. */
export interface Context {
  /** File to report on, when the caller gave one. */
  file: VFile | undefined
  /** State shared between passes of one parse. */
  data: ContextData
  /**
   * Hand a paragraph whose sentences are final to the passes' `settled`
   * hooks (called by the pass that last changes sentences: indirect speech,
   * which applies the wraps).
   */
  settle: (paragraph: Paragraph) => undefined
}

/** A pass over the whole tree. */
export interface Pass {
  /** Name of the pass. */
  name: string
  /**
   * Take one paragraph right after the builder made it (optional). The
   * builder calls the passes' paragraph hooks, in pass order, for every
   * paragraph in document order (also those inside quotes that span
   * paragraphs), before any `root` runs.
   *
   * @param paragraph
   *   Paragraph (changed in place).
   * @param context
   *   Context.
   * @returns
   *   Nothing.
   */
  paragraph?: (paragraph: Paragraph, context: Context) => undefined
  /**
   * Take one paragraph once its sentences are final, that is once the
   * paragraph hooks are done with it (optional; through
   * {@link Context.settle}, in document order, every paragraph once, before
   * any `root` that comes after the pass that settles it).
   *
   * @param paragraph
   *   Paragraph (read; what it finds is for the pass's `root`).
   * @param context
   *   Context.
   * @returns
   *   Nothing.
   */
  settled?: (paragraph: Paragraph, context: Context) => undefined
  /**
   * Run the pass.
   *
   * @param tree
   *   Tree (changed in place).
   * @param context
   *   Context.
   * @returns
   *   Nothing.
   */
  root: (tree: InterviewRoot, context: Context) => undefined
}

/** Tree passes in order. */
export const treePasses: readonly Pass[] = [attribution, indirectSpeech, interview, quoteKinds, principalSpeaker]
