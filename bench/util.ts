/**
 * Helpers shared by the benchmark scripts: the built package, the floor
 * (retext-latin per paragraph), timing and formatting.
 *
 * @module
 */

import {unified} from 'unified'
import retextLatin from 'retext-latin'
import type {Root} from 'nlcst'

/** The public API of zitat, as the benchmarks use it. */
export type Zitat = typeof import('zitat')

/**
 * Load the production build (`dist/index.js`), not the sources.
 *
 * @returns
 *   The module.
 * @throws {Error}
 *   When the package is not built (`npm run build`).
 */
export async function loadBuild(): Promise<Zitat> {
  // A computed specifier: the type comes from the sources, the code from the
  // build, and type checking does not depend on `dist/` existing.
  const url = new URL('../dist/index.js', import.meta.url).href
  return (await import(url)) as Zitat
}

/**
 * Split a document into its blank-line paragraphs, as zitat does: a blank
 * line is a run of spaces and tabs holding two or more line endings (`\n`,
 * `\r\n`, `\r`). One linear scan.
 *
 * @param value
 *   Document.
 * @returns
 *   Paragraphs without the white space between them.
 */
export function paragraphs(value: string): string[] {
  const result: string[] = []
  let start = 0
  let contentEnd = 0
  let breaks = 0
  let index = 0

  while (index < value.length) {
    const code = value.charCodeAt(index)
    if (code === 10 || code === 13) {
      breaks++
      index += code === 13 && value.charCodeAt(index + 1) === 10 ? 2 : 1
      continue
    }

    if (code === 32 || code === 9) {
      index++
      continue
    }

    if (breaks > 1) {
      if (contentEnd > start) result.push(value.slice(start, contentEnd))
      start = index
    }

    breaks = 0
    index++
    contentEnd = index
  }

  if (contentEnd > start) result.push(value.slice(start, contentEnd))
  return result
}

/**
 * The floor: split on blank lines and parse each paragraph alone with
 * `unified().use(retextLatin).parse`, keeping every tree (as zitat keeps
 * its tree).
 *
 * @param value
 *   Document.
 * @returns
 *   One nlcst root per paragraph.
 */
export function floor(value: string): Root[] {
  const processor = unified().use(retextLatin)
  const trees: Root[] = []
  for (const paragraph of paragraphs(value)) trees.push(processor.parse(paragraph) as Root)
  return trees
}

/**
 * Run the garbage collector when Node runs with `--expose-gc`.
 *
 * @returns
 *   Nothing.
 */
export function collect(): undefined {
  const gc = (globalThis as {gc?: () => void}).gc
  if (gc) gc()
  return undefined
}

/**
 * Where results go, so the engine cannot drop the work and a result stays
 * alive while the next call runs (as a caller's tree would).
 */
let sink: unknown

/**
 * Time `runs` calls of a function, by default after a garbage collection (the
 * collection is not timed; the result of each call stays alive until the
 * next one).
 *
 * @param fn
 *   Work to time.
 * @param runs
 *   Calls per measurement (default: `1`).
 * @param gc
 *   Whether to collect garbage first (default: `true`).
 * @returns
 *   Milliseconds per call.
 */
export function time(fn: () => unknown, runs = 1, gc = true): number {
  sink = undefined
  if (gc) collect()
  const start = performance.now()
  for (let run = 0; run < runs; run++) sink = fn()
  const elapsed = performance.now() - start
  sink = undefined
  return elapsed / runs
}

/**
 * Median of numbers.
 *
 * @param values
 *   Numbers (not empty).
 * @returns
 *   Median.
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Format milliseconds for a table.
 *
 * @param ms
 *   Milliseconds.
 * @returns
 *   `0.123 ms`, `12.3 ms`, `1.23 s`.
 */
export function formatTime(ms: number): string {
  if (ms >= 1000) return (ms / 1000).toFixed(2) + ' s'
  if (ms >= 10) return ms.toFixed(1) + ' ms'
  return ms.toFixed(3) + ' ms'
}

/**
 * Format a length in characters.
 *
 * @param length
 *   UTF-16 code units.
 * @returns
 *   `4.7 KB`, `1.00 MB` (10^3 and 10^6).
 */
export function formatSize(length: number): string {
  if (length >= 1e6) return (length / 1e6).toFixed(2) + ' MB'
  if (length >= 1e3) return (length / 1e3).toFixed(1) + ' KB'
  return length + ' B'
}

/**
 * Pad cells into a plain-text table.
 *
 * @param rows
 *   Rows of cells; the first is the header.
 * @returns
 *   Lines, columns separated by two spaces, a rule under the header.
 */
export function table(rows: ReadonlyArray<readonly string[]>): string {
  const widths: number[] = []
  for (const row of rows) {
    for (const [index, cell] of row.entries()) widths[index] = Math.max(widths[index] ?? 0, cell.length)
  }

  const lines = rows.map((row) => row.map((cell, index) => cell.padEnd(widths[index])).join('  ').trimEnd())
  lines.splice(1, 0, widths.map((width) => '-'.repeat(width)).join('  '))
  return lines.join('\n')
}
