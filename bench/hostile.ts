/**
 * Hostile inputs: time `parseInterview` (the production build) and its floor
 * on adversarial text at two sizes each, and print how time grows with size.
 * Linear time doubles when the input doubles; a normalised growth near `1.00`
 * is linear, near `2.00` quadratic.
 *
 * Run: `npm run bench:hostile` (builds first). A size that takes longer than
 * the budget is not doubled; a parse that throws is reported.
 *
 * @module
 */

import {floor, formatSize, formatTime, loadBuild, median, table, time} from './util.js'

/** An adversarial input family. */
interface Case {
  /** What the input is. */
  name: string
  /** Make the input for a count. */
  make: (count: number) => string
  /** Base count. */
  count: number
  /** Factor for the second size (2 or 4). */
  factor: number
}

/** A measurement of one size. */
type Timing = number | string

/** Milliseconds after which the larger size is not run. */
const budget = 8000

/** Most normalised growth still counted as linear (timer and GC noise). */
const linearLimit = 1.3

/** Rotating German words, so long inputs are not one token repeated. */
const words = ['Hafen', 'wir', 'bleiben', 'Stadt', 'sagte', 'und', 'dass', 'Bahn', 'sei', 'morgen', 'Kai', 'Fischer']

/**
 * `count` rotating words, each after `mark`, separated by spaces.
 */
function marked(count: number, mark: string): string {
  const parts: string[] = []
  for (let index = 0; index < count; index++) parts.push(mark + words[index % words.length])
  return parts.join(' ')
}

/**
 * Build text by repeating a piece until `length` characters.
 */
function fill(piece: (index: number) => string, length: number): string {
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < length; index++) {
    const next = piece(index)
    parts.push(next)
    size += next.length
  }

  return parts.join('')
}

const cases: Case[] = [
  {name: '„ × n, never closed (one token)', make: (n) => '„'.repeat(n), count: 100_000, factor: 2},
  {name: '„Wort × n, never closed', make: (n) => marked(n, '„'), count: 100_000, factor: 2},
  {name: '[ × n, never closed (one token)', make: (n) => '['.repeat(n), count: 100_000, factor: 2},
  {name: '[Wort × n, never closed', make: (n) => marked(n, '['), count: 100_000, factor: 2},
  {name: '„‚„‚… n nested marks, never closed', make: (n) => '„‚'.repeat(n / 2) + 'Ende', count: 50_000, factor: 2},
  {name: '„‚„‚…‘“‘“ n nested marks, closed', make: (n) => '„‚'.repeat(n / 2) + 'Ende' + '‘“'.repeat(n / 2), count: 50_000, factor: 2},
  {name: '( ( … ) ) n nested brackets', make: (n) => '( '.repeat(n / 2) + 'Ende' + ' )'.repeat(n / 2), count: 50_000, factor: 2},
  {name: '„ × n then « × n (closers without opener)', make: (n) => '„ '.repeat(n) + '« '.repeat(n), count: 25_000, factor: 2},
  {name: '( × n then ] × n (brackets that cross)', make: (n) => '( '.repeat(n) + '] '.repeat(n), count: 50_000, factor: 2},
  {name: '„Wort“ (Wort) × n in one paragraph', make: (n) => fill((i) => '„' + words[i % words.length] + '“ (' + words[(i + 5) % words.length] + ') ', n * 14), count: 40_000, factor: 2},
  {name: 'Ja.“.“.“… n closing marks after a full stop', make: (n) => 'Ja' + '.“'.repeat(n / 2), count: 20_000, factor: 2},
  {name: 'one paragraph, no sentence end (chars)', make: (n) => fill((i) => words[i % words.length] + ' ', n), count: 2_500_000, factor: 2},
  {name: 'Frage:/Name: lines, one paragraph (chars)', make: (n) => fill((i) => (i % 2 === 0 ? 'Frage: Was sagen Sie dazu?\n' : 'Berger: Wir bleiben ' + i + ' Jahre.\n'), n), count: 1_000_000, factor: 2},
  {name: 'only white space (chars)', make: (n) => fill((i) => (i % 3 === 0 ? ' \n' : i % 3 === 1 ? '\t\r\n' : '  \r'), n), count: 1_000_000, factor: 2},
  {name: '„Absatz … n paragraphs of one open quote', make: (n) => fill((i) => '„' + words[i % words.length] + ' bleibt.\n\n', n * 16), count: 50_000, factor: 2},
  {name: 'Ja. × n paragraphs', make: (n) => 'Ja.\n\n'.repeat(n), count: 100_000, factor: 2}
]

const {parseInterview} = await loadBuild()
const rows: string[][] = [['input', 'n', 'size', 'zitat (n)', 'zitat (k·n)', 'growth', 'verdict', 'floor growth']]
const only = process.argv[2]

for (const entry of cases) {
  if (only && !entry.name.includes(only)) continue
  const small = entry.make(entry.count)
  const large = entry.make(entry.count * entry.factor)
  const zitatSmall = measure(() => parseInterview(small))
  const zitatLarge = typeof zitatSmall === 'number' && zitatSmall < budget ? measure(() => parseInterview(large)) : 'skipped'
  const floorSmall = measure(() => floor(small))
  const floorLarge = typeof floorSmall === 'number' && floorSmall < budget ? measure(() => floor(large)) : 'skipped'
  const growth = normalisedGrowth(zitatSmall, zitatLarge, entry.factor)
  const floorGrowth = normalisedGrowth(floorSmall, floorLarge, entry.factor)
  const row = [
    entry.name,
    String(entry.count) + ' ×' + entry.factor,
    formatSize(small.length),
    show(zitatSmall),
    show(zitatLarge),
    growth === undefined ? '–' : growth.toFixed(2),
    verdictOf(zitatSmall, zitatLarge, growth),
    floorGrowth === undefined ? show(floorLarge) : floorGrowth.toFixed(2)
  ]
  rows.push(row)
  console.log('  ' + row.join(' | '))
}

console.log('\nHostile inputs: growth = (t(k·n) / t(n)) / k; 1.00 is linear, 2.00 quadratic (k = 2)')
console.log('Budget: the larger size is skipped when the smaller takes over ' + budget / 1000 + ' s.\n')
console.log(table(rows))

/**
 * Time a parse: the median of three runs for fast inputs, one run for slow
 * ones; a thrown error is returned as its name and message.
 */
function measure(fn: () => unknown): Timing {
  try {
    const first = time(fn)
    if (first > 300) return first
    return median([first, time(fn), time(fn)])
  } catch (error) {
    const message = error instanceof Error ? error.name + ': ' + error.message : String(error)
    return 'threw ' + message
  }
}

/**
 * Growth of time over growth of size (1: linear).
 */
function normalisedGrowth(small: Timing, large: Timing, factor: number): number | undefined {
  if (typeof small !== 'number' || typeof large !== 'number') return undefined
  return large / Math.max(small, 0.01) / factor
}

/**
 * Verdict for a row.
 */
function verdictOf(small: Timing, large: Timing, growth: number | undefined): string {
  if (typeof small === 'string' && small.startsWith('threw')) return 'CRASH'
  if (typeof large === 'string' && large.startsWith('threw')) return 'CRASH'
  if (large === 'skipped') return 'TOO SLOW'
  if (growth === undefined) return '?'
  return growth <= linearLimit ? 'linear' : 'SUPERLINEAR'
}

/**
 * Show a timing.
 */
function show(timing: Timing): string {
  if (typeof timing === 'number') return formatTime(timing)
  return timing.length > 40 ? timing.slice(0, 39) + '…' : timing
}
