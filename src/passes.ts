/**
 * The ordered list of tree passes, and nothing else.
 *
 * Token passes (quotation marks, brackets) run per paragraph while the tree
 * is built (see `parse-interview.ts`); the passes here run over the built
 * tree, in this order.
 *
 * @module
 */

import type {VFile} from 'vfile'
import type {InterviewRoot} from './types.js'

/** What a tree pass gets besides the tree. */
export interface Context {
  /** File to report on, when the caller gave one. */
  file: VFile | undefined
}

/** A pass over the whole tree. */
export interface Pass {
  /** Name of the pass. */
  name: string
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
export const treePasses: readonly Pass[] = []
