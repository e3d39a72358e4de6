/**
 * The examples in `examples/` run through their npm scripts and print what
 * they promise.
 *
 * The CommonJS example needs the build (`dist/index.cjs`): it runs when
 * `dist/` exists, is skipped otherwise, and fails when `CI` is set and the
 * build is missing (`.ci/run` builds before testing).
 */
import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const built = existsSync(path.join(root, 'dist', 'index.cjs'))

/** Result of a run. */
interface Result {
  /** Exit code. */
  code: number | null
  /** Standard output. */
  stdout: string
  /** Standard error. */
  stderr: string
}

/**
 * Run a command in the project folder.
 */
function run(command: string, args: string[]): Promise<Result> {
  return new Promise(function (resolve, reject) {
    const child = spawn(command, args, {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

/**
 * Run an npm script quietly.
 */
function script(name: string): Promise<Result> {
  return run('npm', ['run', '--silent', name])
}

describe.concurrent('examples', () => {
  it('should print quotes and an outline (`npm run example`)', async () => {
    const result = await script('example')

    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('Quotes:')
    expect(result.stdout).toMatch(/direct +"„Die tragen Land und Stadt gemeinsam“" .*line 9, column 1/)
    expect(result.stdout).toMatch(/mention +"„Luftschloss“"/)
    expect(result.stdout).toContain('QuoteNode direct "„Weil die Kais bröckeln.')
  })

  it('should print a table of quotes (`npm run example:table`)', async () => {
    const result = await script('example:table')
    const lines = result.stdout.split('\n')

    expect(result.code, result.stderr).toBe(0)
    // More once indirect speech is found (`Die Anwohner seien …`).
    expect(lines[0]).toMatch(/^\d+ quotes$/)
    expect(result.stdout).toMatch(/^Kind +\| Speaker +\| Line:col \| Text \(without insertions\)$/m)
    expect(result.stdout).toMatch(/^direct +\| .+ \| 1:67 +\| Wir haben lange genug gestritten$/m)
    // `lobte den „…“` frames the words as the club's own.
    expect(result.stdout).toMatch(/^direct +\| Verkehrsclub +\| 3:28 +\| mutigen Schritt$/m)
    expect(result.stdout).toMatch(/^direct +\| Paul Graf +\| 3:82 /m)
    expect(result.stdout).toMatch(/^direct +\| .+ \| 3:82 +\| Das ist ein guter Tag für alle, die Rad fahren\.$/m)
    expect(result.stdout).toContain('Speakers:')
  })

  it('should print interview turns as JSON (`npm run example:qa`)', async () => {
    const result = await script('example:qa')

    expect(result.code, result.stderr).toBe(0)
    const {turns} = JSON.parse(result.stdout) as {turns: Array<{role: string; label: string | null; text: string}>}
    expect(Array.isArray(turns)).toBe(true)
    // No `TurnNode`s until the interview pass lands; then: question, answer, …
    for (const [index, turn] of turns.entries()) {
      expect(turn.role).toBe(index % 2 === 0 ? 'question' : 'answer')
      expect(turn.text).not.toMatch(/^(Frage|Sommer):/)
    }
  })

  it('should run a unified pipeline and print its messages (`npm run example:unified`)', async () => {
    const result = await script('example:unified')

    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('Round trip is lossless: true')
    expect(result.stdout).toContain('markt.txt:1:138-1:139: Unexpected unclosed bracket `(`')
    expect(result.stdout).toContain('markt.txt:3:19-3:20: Unexpected unclosed quote `„`')
    expect(result.stdout).toContain('2 direct quote(s)')
  })

  if (!built && process.env.CI) {
    it('should have a build for the CommonJS example', () => {
      expect.fail('dist/index.cjs is missing: run `npm run build` before `npm test`')
    })
  }

  it.skipIf(!built)('should require the CommonJS build (`node examples/commonjs.cjs`)', async () => {
    const result = await run(process.execPath, [path.join('examples', 'commonjs.cjs')])

    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toBe('direct 1:37 Den Bienen fehlt das Futter\n')
    // `require(esm)` of the ESM-only dependencies works without warnings.
    expect(result.stderr).toBe('')
  })
})
