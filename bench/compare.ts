/**
 * Compare builds of zitat with each other and with the floor: interleaved
 * rounds of `parseInterview` from each build on the same text, after ten
 * warm-up rounds, timed in wall-clock time (the CPU time of the process would
 * count V8's compiler and collector threads too). Interleaving means a busy
 * machine slows every build alike. For checking an optimisation against the
 * build before it; `npm run bench` gives the figures to quote.
 *
 * Run: `node --expose-gc --import tsx bench/compare.ts dist/index.js
 * other/index.js [--size 200000] [--rounds 15]`.
 *
 * @module
 */

import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {prose} from './prose.js'
import {collect, floor, median} from './util.js'

const args = process.argv.slice(2)
const size = option('--size', 200_000)
const rounds = option('--rounds', 15)
const builds = args.filter((arg, index) => !arg.startsWith('--') && !(index > 0 && args[index - 1].startsWith('--')))

if (builds.length === 0) {
  console.error('Usage: bench/compare.ts build/index.js [other/index.js …] [--size N] [--rounds N]')
  process.exit(1)
}

type Parse = (value: string) => unknown
const parsers: Parse[] = []
for (const file of builds) {
  const module = (await import(pathToFileURL(path.resolve(file)).href)) as {parseInterview: Parse}
  parsers.push(module.parseInterview)
}

const text = prose(size)
const names = ['floor', ...builds]
const fns: Parse[] = [floor, ...parsers]
const times: number[][] = fns.map(() => [])
// Keep each result alive until the next call, as a caller would.
let sink: unknown

for (let round = -10; round < rounds; round++) {
  for (let k = 0; k < fns.length; k++) {
    const which = (k + round + 10) % fns.length
    collect()
    const start = performance.now()
    sink = fns[which](text)
    const time = performance.now() - start
    if (round >= 0) times[which].push(time)
  }
}

const floorTime = median(times[0])
console.log('chars ' + text.length + ', ' + rounds + ' rounds, median ms')
for (const [index, name] of names.entries()) {
  const time = median(times[index])
  console.log(name.padEnd(28) + time.toFixed(1).padStart(9) + ' ms' + (index === 0 ? '' : '  ×' + (time / floorTime).toFixed(2) + ' floor'))
}

void sink

/**
 * A numeric option `--name N`, or its default.
 */
function option(name: string, fallback: number): number {
  const at = args.indexOf(name)
  return at >= 0 ? Number(args[at + 1]) : fallback
}
