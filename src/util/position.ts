/**
 * Position helpers shared by the passes.
 *
 * Points are never mutated once made: a node that needs another start or end
 * gets a new `position` object. That keeps sharing one point between adjacent
 * nodes safe (and cheap: one object per token boundary).
 *
 * @module
 */

import type {Point, Position} from 'unist'

/** A node with a position (every node zitat makes or keeps). */
export interface Positioned {
  /** Place of the node in the input. */
  position?: Position
}

/**
 * Position that spans the first to the last of `nodes`.
 *
 * @param first
 *   First node (must have a position).
 * @param last
 *   Last node (must have a position).
 * @returns
 *   New position object sharing the two points.
 */
export function spanOf(first: Positioned, last: Positioned): Position {
  return {start: startOf(first), end: endOf(last)}
}

/**
 * Start point of a node.
 *
 * @param node
 *   Node with a position.
 * @returns
 *   Its start point.
 */
export function startOf(node: Positioned): Point {
  return (node.position as Position).start
}

/**
 * End point of a node.
 *
 * @param node
 *   Node with a position.
 * @returns
 *   Its end point.
 */
export function endOf(node: Positioned): Point {
  return (node.position as Position).end
}

/**
 * Start offset of a node.
 *
 * @param node
 *   Node with a position.
 * @returns
 *   Offset of its start.
 */
export function startOffset(node: Positioned): number {
  return (node.position as Position).start.offset as number
}

/**
 * End offset of a node.
 *
 * @param node
 *   Node with a position.
 * @returns
 *   Offset of its end.
 */
export function endOffset(node: Positioned): number {
  return (node.position as Position).end.offset as number
}
