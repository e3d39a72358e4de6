/**
 * Benchmark: `parseInterview` (the production build) against its floor,
 * retext-latin run on each blank-line paragraph alone, at one article, 1 MB
 * and 10 MB of German prose; then the heap a 10 MB parse holds.
 *
 * Run: `npm run bench` (builds first). `--quick` runs fewer rounds.
 *
 * @module
 */

import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import v8 from 'node:v8'
import {prose} from './prose.js'
import {
  collect,
  floor,
  formatSize,
  formatTime,
  loadBuild,
  median,
  table,
  time
} from './util.js'

/** A size to measure, with how often. */
interface Size {
  /** Row label. */
  label: string
  /** Wanted length in characters. */
  length: number
  /** Calls timed as one measurement (small inputs need batches). */
  batch: number
  /** Unmeasured rounds first. */
  warmup: number
  /** Measured rounds. */
  rounds: number
  /**
   * Whether to collect garbage before each timed run (default: yes). The
   * article row runs without: parsing a stream of articles never forces a
   * full collection, and one forced before every batch of 40 small parses
   * made zitat's calls in that batch up to twice as slow (what was timed
   * was the heap recovering from the collection, not the parse).
   */
  collect?: boolean
}

/** What one size measured. */
interface Result {
  /** The size. */
  size: Size
  /** Actual length of the text. */
  length: number
  /** Median ms per call of zitat. */
  zitat: number
  /** Median ms per call of the floor. */
  floor: number
}

/** What the heap child reports. */
interface HeapReport {
  /** Input length. */
  length: number
  /** Heap used before the parse (after GC), bytes. */
  before: number
  /** Heap used right after the parse, garbage included, bytes. */
  after: number
  /** Heap used after a GC with the tree alive, bytes. */
  retained: number
  /** Heap size limit of the process, bytes. */
  limit: number
  /** Nodes or paragraphs kept (proof the tree was alive). */
  kept: number
}

/** Targets printed next to the figures. */
const targets = {ratio: 1.5, ratioAim: 1.25, linearity: 1.1}

const quick = process.argv.includes('--quick')

const heapIndex = process.argv.indexOf('--heap')
if (heapIndex === -1) {
  await main()
} else {
  await heapChild(process.argv[heapIndex + 1] === 'floor' ? 'floor' : 'zitat', Number(process.argv[heapIndex + 2]))
}

/**
 * Measure every size, then the heap, and print the tables.
 */
async function main(): Promise<undefined> {
  const {parseInterview} = await loadBuild()
  const sizes: Size[] = [
    {label: 'article', length: 5000, batch: 40, warmup: 10, rounds: quick ? 10 : 30, collect: false},
    {label: 'article, GC', length: 5000, batch: 40, warmup: 5, rounds: quick ? 5 : 15},
    {label: '1 MB', length: 1e6, batch: 1, warmup: 1, rounds: quick ? 3 : 7},
    {label: '10 MB', length: 1e7, batch: 1, warmup: 1, rounds: quick ? 1 : 3}
  ]

  const gc = (globalThis as {gc?: unknown}).gc ? 'GC before each timed run but those of the `article` row (a stream of articles)' : 'no --expose-gc: GC not controlled'
  console.log('zitat benchmark: dist/index.js, Node ' + process.version + ', ' + gc)
  console.log('MB = 10^6 characters (UTF-16 code units); medians of interleaved rounds; floor = retext-latin per blank-line paragraph\n')

  const results: Result[] = []
  for (const size of sizes) {
    const text = size.length === 5000 ? firstArticle() : prose(size.length)
    const zitatTimes: number[] = []
    const floorTimes: number[] = []
    for (let round = 0; round < size.warmup + size.rounds; round++) {
      // Alternate which runs first, so neither always runs on a warmer heap.
      const zitatFirst = round % 2 === 0
      let zitatTime: number
      let floorTime: number
      if (zitatFirst) {
        zitatTime = time(() => parseInterview(text), size.batch, size.collect)
        floorTime = time(() => floor(text), size.batch, size.collect)
      } else {
        floorTime = time(() => floor(text), size.batch, size.collect)
        zitatTime = time(() => parseInterview(text), size.batch, size.collect)
      }

      if (round >= size.warmup) {
        zitatTimes.push(zitatTime)
        floorTimes.push(floorTime)
      }
    }

    const result: Result = {size, length: text.length, zitat: median(zitatTimes), floor: median(floorTimes)}
    results.push(result)
    console.log(
      '  measured ' + size.label + ' (' + formatSize(text.length) + ', ' + size.rounds + ' rounds): zitat ' +
        formatTime(result.zitat) + ', floor ' + formatTime(result.floor)
    )
  }

  collect()
  console.log('  measuring the heap of a 10 MB parse in child processes…')
  const zitatHeap = runHeapChild('zitat', 1e7)
  const floorHeap = runHeapChild('floor', 1e7)

  console.log('\n' + speedTable(results))
  console.log('\n' + linearityTable(results))
  console.log('\n' + heapTable(zitatHeap, floorHeap))
  return undefined
}

/**
 * The first article of the prose (about 5 KB).
 */
function firstArticle(): string {
  return prose(1)
}

/**
 * Table of speeds and ratios.
 */
function speedTable(results: readonly Result[]): string {
  const rows: string[][] = [['size', 'chars', 'zitat', 'MB/s', 'floor', 'MB/s', 'zitat/floor', 'target']]
  for (const result of results) {
    const ratio = result.zitat / result.floor
    rows.push([
      result.size.label,
      String(result.length),
      formatTime(result.zitat),
      mbPerSecond(result.length, result.zitat),
      formatTime(result.floor),
      mbPerSecond(result.length, result.floor),
      ratio.toFixed(2),
      verdict(ratio <= targets.ratio) + ' ≤ ' + targets.ratio + ' (aim ≤ ' + targets.ratioAim + ')'
    ])
  }

  return 'Speed\n' + table(rows)
}

/**
 * Table of per-MB cost at 10 MB over per-MB cost at 1 MB.
 */
function linearityTable(results: readonly Result[]): string {
  const one = results.find((result) => result.size.length === 1e6)
  const ten = results.find((result) => result.size.length === 1e7)
  if (!one || !ten) return ''
  const rows: string[][] = [['parser', 'ms/MB at 1 MB', 'ms/MB at 10 MB', 'linearity', 'target']]
  for (const key of ['zitat', 'floor'] as const) {
    const small = one[key] / (one.length / 1e6)
    const large = ten[key] / (ten.length / 1e6)
    const linearity = large / small
    rows.push([
      key,
      small.toFixed(0),
      large.toFixed(0),
      linearity.toFixed(2),
      verdict(linearity <= targets.linearity) + ' ≤ ' + targets.linearity
    ])
  }

  return 'Linearity (per-MB cost at 10 MB ÷ per-MB cost at 1 MB; 1.00 is linear)\n' + table(rows)
}

/**
 * Table of heap figures.
 */
function heapTable(zitat: HeapReport | string, floorReport: HeapReport | string): string {
  const rows: string[][] = [['parser', 'after parse', 'retained (tree alive)', 'B per input char', 'heap limit', 'target']]
  for (const [name, report] of [['zitat', zitat], ['floor', floorReport]] as const) {
    if (typeof report === 'string') {
      rows.push([name, 'failed: ' + report, '', '', '', verdict(false) + ' 10 MB in one call in the default heap'])
      continue
    }

    const retained = report.retained - report.before
    rows.push([
      name,
      megabytes(report.after - report.before),
      megabytes(retained),
      (retained / report.length).toFixed(0),
      megabytes(report.limit),
      name === 'zitat' ? verdict(true) + ' 10 MB in one call in the default heap' : ''
    ])
  }

  return 'Heap, 10 MB in one call (default heap, child process)\n' + table(rows)
}

/**
 * Run the heap measurement in a fresh child process with the default heap.
 */
function runHeapChild(parser: 'floor' | 'zitat', length: number): HeapReport | string {
  const script = fileURLToPath(import.meta.url)
  const flags = process.execArgv.filter((flag) => !flag.startsWith('--max-old-space-size'))
  if (!flags.includes('--expose-gc')) flags.push('--expose-gc')
  const child = spawnSync(process.execPath, [...flags, script, '--heap', parser, String(length)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  const line = child.stdout.trim().split('\n').pop() ?? ''
  if (child.status !== 0 || !line.startsWith('{')) {
    return 'exit ' + String(child.status ?? child.signal) + ' ' + (child.stderr.trim().split('\n').pop() ?? '')
  }

  return JSON.parse(line) as HeapReport
}

/**
 * In the child: parse once, print heap figures as JSON.
 */
async function heapChild(parser: 'floor' | 'zitat', length: number): Promise<undefined> {
  const {parseInterview} = await loadBuild()
  const text = prose(length)
  collect()
  const before = v8.getHeapStatistics().used_heap_size
  const result = parser === 'zitat' ? parseInterview(text) : floor(text)
  const after = v8.getHeapStatistics().used_heap_size
  collect()
  const retained = v8.getHeapStatistics().used_heap_size
  const kept = Array.isArray(result) ? result.length : result.children.length
  const report: HeapReport = {
    length: text.length,
    before,
    after,
    retained,
    limit: v8.getHeapStatistics().heap_size_limit,
    kept
  }
  console.log(JSON.stringify(report))
  return undefined
}

/**
 * MB/s for a length and a time.
 */
function mbPerSecond(length: number, ms: number): string {
  return (length / 1e6 / (ms / 1000)).toFixed(2)
}

/**
 * Bytes as MB (2^20).
 */
function megabytes(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(0) + ' MiB'
}

/**
 * Mark for a target.
 */
function verdict(met: boolean): string {
  return met ? 'ok' : 'MISSED'
}
