/**
 * Hostile inputs: time `parseInterview` (the production build) and its floor
 * on adversarial text at two sizes each, and print how time grows with size.
 * Linear time doubles when the input doubles; a normalised growth near `1.00`
 * is linear, near `2.00` quadratic.
 *
 * Run: `npm run bench:hostile` (builds first), or with a word of a case name
 * to run only matching cases (`npm run bench:hostile -- Frage`). Each run is a
 * fresh process with the default heap: a case that throws, runs out of
 * memory or passes the time limit is reported and the others go on; a size
 * that takes longer than the budget is not doubled.
 *
 * @module
 */

import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {floor, formatSize, formatTime, loadBuild, median, table, time} from './util.js'
import {fill, marked, words} from '../test/util/generators.js'

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

/** Milliseconds after which a run is stopped. */
const timeout = 60_000

/** Most normalised growth still counted as linear (timer and GC noise). */
const linearLimit = 1.3

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
  {name: 'Frage:/Name: lines, one paragraph (chars)', make: (n) => fill((i) => (i % 2 === 0 ? 'Frage: Was sagen Sie dazu?\n' : 'Berger: Wir bleiben ' + i + ' Jahre.\n'), n), count: 2_000_000, factor: 2},
  {name: 'short sentences, one paragraph, one line (chars)', make: (n) => fill((i) => words[i % words.length] + ' bleibt. ', n), count: 1_000_000, factor: 2},
  {name: 'only white space (chars)', make: (n) => fill((i) => (i % 3 === 0 ? ' \n' : i % 3 === 1 ? '\t\r\n' : '  \r'), n), count: 1_000_000, factor: 2},
  {name: '„Absatz … n paragraphs of one open quote', make: (n) => fill((i) => '„' + words[i % words.length] + ' bleibt.\n\n', n * 16), count: 50_000, factor: 2},
  {name: 'Ja. × n paragraphs', make: (n) => 'Ja.\n\n'.repeat(n), count: 100_000, factor: 2}
]

const childIndex = process.argv.indexOf('--child')
if (childIndex === -1) {
  main()
} else {
  await child(Number(process.argv[childIndex + 1]), Number(process.argv[childIndex + 2]), process.argv[childIndex + 3] === 'floor')
}

/**
 * Measure every case, each size of each parser in its own process, and print
 * the table.
 */
function main(): undefined {
  const rows: string[][] = [['input', 'n', 'size', 'zitat (n)', 'zitat (k·n)', 'growth', 'verdict', 'floor growth']]
  const only = process.argv[2]

  for (const [index, entry] of cases.entries()) {
    if (only && !entry.name.includes(only)) continue
    const zitatSmall = run(index, entry.count, false)
    const zitatLarge = typeof zitatSmall === 'number' && zitatSmall < budget ? run(index, entry.count * entry.factor, false) : 'skipped'
    const floorSmall = run(index, entry.count, true)
    const floorLarge = typeof floorSmall === 'number' && floorSmall < budget ? run(index, entry.count * entry.factor, true) : 'skipped'
    const growth = normalisedGrowth(zitatSmall, zitatLarge, entry.factor)
    const floorGrowth = normalisedGrowth(floorSmall, floorLarge, entry.factor)
    const row = [
      entry.name,
      String(entry.count) + ' ×' + entry.factor,
      formatSize(entry.make(entry.count).length),
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
  console.log(
    'Each run is a fresh process with the default heap, killed after ' + timeout / 1000 + ' s; the larger size is skipped when the smaller takes over ' +
      budget / 1000 + ' s.\n'
  )
  console.log(table(rows))
  return undefined
}

/**
 * Time one case at one count in a child process.
 */
function run(index: number, count: number, bare: boolean): Timing {
  const script = fileURLToPath(import.meta.url)
  const flags = process.execArgv.includes('--expose-gc') ? process.execArgv : [...process.execArgv, '--expose-gc']
  const result = spawnSync(process.execPath, [...flags, script, '--child', String(index), String(count), bare ? 'floor' : 'zitat'], {
    encoding: 'utf8',
    timeout,
    maxBuffer: 1 << 24
  })
  if (result.error || result.signal === 'SIGTERM') return 'timeout > ' + timeout / 1000 + ' s'
  const line = result.stdout.trim().split('\n').pop() ?? ''
  if (result.status === 0 && line.startsWith('{')) return (JSON.parse(line) as {ms: number}).ms
  const stderr = result.stderr.split('\n').filter((text) => /Error|FATAL/.test(text))
  return 'threw ' + (stderr[0] ?? 'exit ' + String(result.status)).trim()
}

/**
 * In the child: build the input, time the parser, print `{"ms": …}`.
 */
async function child(index: number, count: number, bare: boolean): Promise<undefined> {
  const input = cases[index].make(count)
  const {parseInterview} = await loadBuild()
  const fn = bare ? () => floor(input) : () => parseInterview(input)
  const first = time(fn)
  const ms = first > 300 ? first : median([first, time(fn), time(fn)])
  console.log(JSON.stringify({ms}))
  return undefined
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
  if (typeof small === 'string' && small.startsWith('timeout')) return 'TOO SLOW'
  if (typeof large === 'string' && large.startsWith('timeout')) return 'SUPERLINEAR'
  if (large === 'skipped') return 'TOO SLOW'
  if (growth === undefined) return '?'
  return growth <= linearLimit ? 'linear' : 'SUPERLINEAR'
}

/**
 * Show a timing.
 */
function show(timing: Timing): string {
  if (typeof timing === 'number') return formatTime(timing)
  return timing.length > 48 ? timing.slice(0, 47) + '…' : timing
}
