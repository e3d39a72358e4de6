/**
 * Summarise a V8 CPU profile (`node --cpu-prof`): self time per package, then
 * the functions of zitat's build (`dist/index.js`) with the most self time,
 * with their inclusive time, then the top functions overall.
 *
 * Run: `tsx bench/profile-summary.ts [file.cpuprofile | folder]` (a folder:
 * its newest profile; default `.bench/profile`).
 *
 * @module
 */

import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {table} from './util.js'

/** A node of a V8 CPU profile. */
interface ProfileNode {
  /** Node id. */
  id: number
  /** Function this node ran. */
  callFrame: {functionName: string; url: string; lineNumber: number; columnNumber: number}
  /** Ids of callees. */
  children?: number[]
}

/** A V8 CPU profile. */
interface Profile {
  /** Call tree. */
  nodes: ProfileNode[]
  /** Node id per sample. */
  samples: number[]
  /** Microseconds before each sample. */
  timeDeltas: number[]
}

/** Time spent in one function. */
interface Entry {
  /** Function name and place. */
  key: string
  /** Package or group. */
  group: string
  /** Self time, µs. */
  self: number
  /** Inclusive time, µs (recursion counted once). */
  total: number
}

const target = process.argv[2] ?? '.bench/profile'
const file = statSync(target).isDirectory() ? newest(target) : target
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile

const byId = new Map<number, ProfileNode>()
for (const node of profile.nodes) byId.set(node.id, node)

// Self time per node.
const selfById = new Map<number, number>()
for (const [index, id] of profile.samples.entries()) {
  selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0))
}

// Self and inclusive time per function, walking the call tree once.
const entries = new Map<string, Entry>()
const root = profile.nodes[0]
const stack: Array<{node: ProfileNode; path: ReadonlySet<string>}> = [{node: root, path: new Set()}]
while (stack.length > 0) {
  const {node, path: onPath} = stack.pop() as (typeof stack)[number]
  const key = keyOf(node)
  let entry = entries.get(key)
  if (!entry) {
    entry = {key, group: groupOf(node), self: 0, total: 0}
    entries.set(key, entry)
  }

  const self = selfById.get(node.id) ?? 0
  entry.self += self
  const here = new Set(onPath)
  here.add(key)
  for (const name of here) (entries.get(name) as Entry).total += self
  for (const child of node.children ?? []) stack.push({node: byId.get(child) as ProfileNode, path: here})
}

const all = [...entries.values()]
const sampled = all.reduce((sum, entry) => sum + entry.self, 0)
const idle = all.filter((entry) => entry.key.startsWith('(idle)') || entry.key.startsWith('(program)')).reduce((sum, entry) => sum + entry.self, 0)
const busy = sampled - idle

console.log('Profile: ' + file)
console.log('Busy time ' + ms(busy) + ' (idle and `(program)` left out of the shares)\n')

const groups = new Map<string, number>()
for (const entry of all) {
  if (entry.key.startsWith('(idle)') || entry.key.startsWith('(program)')) continue
  groups.set(entry.group, (groups.get(entry.group) ?? 0) + entry.self)
}

const groupRows = [['group', 'self', 'share']]
for (const [group, self] of [...groups].sort((a, b) => b[1] - a[1])) groupRows.push([group, ms(self), share(self)])
console.log('Self time per group\n' + table(groupRows) + '\n')

const zitatRows = [['zitat function', 'self', 'share', 'inclusive']]
for (const entry of all.filter((item) => item.group === 'zitat').sort((a, b) => b.self - a.self).slice(0, 20)) {
  zitatRows.push([entry.key, ms(entry.self), share(entry.self), ms(entry.total)])
}

console.log('zitat functions by self time (dist/index.js)\n' + table(zitatRows) + '\n')

const topRows = [['function', 'group', 'self', 'share']]
for (const entry of all.filter((item) => !item.key.startsWith('(idle)') && !item.key.startsWith('(program)')).sort((a, b) => b.self - a.self).slice(0, 15)) {
  topRows.push([entry.key, entry.group, ms(entry.self), share(entry.self)])
}

console.log('Top functions overall by self time\n' + table(topRows))

/**
 * Newest `.cpuprofile` in a folder.
 */
function newest(folder: string): string {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(folder, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
  if (files.length === 0) throw new Error('No `.cpuprofile` in `' + folder + '`')
  return files[0]
}

/**
 * Function name with its file and line.
 */
function keyOf(node: ProfileNode): string {
  const frame = node.callFrame
  const name = frame.functionName || '(anonymous)'
  if (!frame.url) return name
  const parts = frame.url.split('/')
  const short = parts.includes('node_modules')
    ? parts.slice(parts.lastIndexOf('node_modules') + 1).join('/')
    : parts.slice(-2).join('/')
  return name + ' ' + short + ':' + (frame.lineNumber + 1)
}

/**
 * Package or group of a node: `zitat` (the build), a dependency's name, `gc`,
 * `node` or `other`.
 */
function groupOf(node: ProfileNode): string {
  const {url, functionName} = node.callFrame
  if (functionName === '(garbage collector)') return 'gc'
  if (url.includes('/dist/index.js')) return 'zitat'
  const parts = url.split('/')
  const index = parts.lastIndexOf('node_modules')
  if (index !== -1) return parts[index + 1].startsWith('@') ? parts[index + 1] + '/' + parts[index + 2] : parts[index + 1]
  if (url.startsWith('node:')) return 'node'
  return 'other'
}

/**
 * Microseconds as milliseconds.
 */
function ms(microseconds: number): string {
  return (microseconds / 1000).toFixed(0) + ' ms'
}

/**
 * Share of busy time.
 */
function share(microseconds: number): string {
  return ((microseconds / busy) * 100).toFixed(1) + ' %'
}
