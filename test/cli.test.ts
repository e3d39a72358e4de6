/**
 * Tests of the `zitat` CLI.
 *
 * The TypeScript source (`cli/zitat.ts`) is bundled with esbuild, library
 * included, into a temporary folder once; each test then runs it with
 * `node`, which is fast and never tests a stale `dist/`. One test checks
 * the tsup build in `dist/cli.js` too.
 */
import {spawn} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseInterview} from 'zitat'

const root = fileURLToPath(new URL('..', import.meta.url))
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version

const interview = `Die Fähre nach Amrum fällt aus. „Der Wind ist zu stark [für die Überfahrt]“, sagte Reederei-Sprecherin Lena Ohl.

Auf Amrum herrscht jetzt „Inselkoller“. Ein Urlauber meinte: „Wir bleiben eben noch einen Tag.
`

/** Result of a run. */
interface Result {
  /** Exit code. */
  code: number | null
  /** Standard output. */
  stdout: string
  /** Standard error. */
  stderr: string
}

let folder = ''
let cli = ''

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'zitat-cli-'))
  // The CLI reads `../package.json` for `--version`.
  await copyFile(path.join(root, 'package.json'), path.join(folder, 'package.json'))
  await mkdir(path.join(folder, 'bin'))
  cli = path.join(folder, 'bin', 'cli.mjs')
  await build({
    entryPoints: [path.join(root, 'cli', 'zitat.ts')],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    alias: {zitat: path.join(root, 'src', 'index.ts')},
    logLevel: 'silent'
  })
  await writeFile(path.join(folder, 'interview.txt'), interview)
  await writeFile(path.join(folder, 'clean.txt'), 'Am Hafen regnet es. „Morgen wird es besser“, sagte die Wirtin.\n')
})

afterAll(async () => {
  if (folder) await rm(folder, {recursive: true, force: true})
})

/**
 * Run a CLI script with arguments and optional standard input.
 */
function run(script: string, args: string[], input?: string | Uint8Array): Promise<Result> {
  return new Promise(function (resolve, reject) {
    const child = spawn(process.execPath, [script, ...args], {cwd: folder, stdio: ['pipe', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(input)
  })
}

/**
 * Run the CLI bundled from source.
 */
function zitat(args: string[], input?: string | Uint8Array): Promise<Result> {
  return run(cli, args, input)
}

describe.concurrent('zitat CLI', () => {
  it('should print the quotes of a file as an aligned table', async () => {
    const result = await zitat(['interview.txt'])
    const lines = result.stdout.trimEnd().split('\n')

    expect(result.code).toBe(0)
    // The speaker column shows `-` until speakers are resolved.
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/^KIND +SPEAKER +PLACE +TEXT$/)
    expect(lines[1]).toMatch(/^direct +(-|Lena Ohl) +1:33 +Der Wind ist zu stark \[für die Überfahrt\]$/)
    expect(lines[2]).toMatch(/^mention +- +3:26 +Inselkoller$/)
    expect(lines[3]).toMatch(/^direct +\S.* +3:62 +\(unclosed\) Wir bleiben eben noch einen Tag\.$/)

    // Columns line up: each header cell starts where its values start.
    const column = lines[0].indexOf('TEXT')
    for (const line of lines.slice(1)) expect(line.charAt(column - 1)).toBe(' ')
    expect(lines[1].slice(column)).toBe('Der Wind ist zu stark [für die Überfahrt]')
    expect(lines[2].indexOf('3:26')).toBe(lines[0].indexOf('PLACE'))
  })

  it('should print warnings to stderr as file:line:column: reason [rule], and exit 0', async () => {
    const result = await zitat(['interview.txt'])

    expect(result.code).toBe(0)
    expect(result.stderr).toBe(
      'interview.txt:3:62: Unexpected unclosed quote `„`, expected `“` before the paragraph ends [unclosed-quote]\n'
    )
  })

  it('should print nothing to stderr for clean text', async () => {
    const result = await zitat(['clean.txt'])

    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(result.stdout).toMatch(/direct +\S.* +1:21 +Morgen wird es besser\n$/)
  })

  it('should say so when there are no quotes', async () => {
    const result = await zitat(['-'], 'Die Ebbe kommt um drei.')

    expect(result).toEqual({code: 0, stdout: 'No quotes.\n', stderr: ''})
  })

  it('should read piped standard input without a file', async () => {
    const result = await zitat([], interview)

    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Inselkoller')
    expect(result.stderr).toMatch(/^<stdin>:3:62: Unexpected unclosed quote/)
  })

  it('should read standard input for `-`', async () => {
    const result = await zitat(['--format', 'json', '-'], '„Ahoi“, rief der Kapitän.')

    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(parseInterview('„Ahoi“, rief der Kapitän.'))))
  })

  it('should print the tree as JSON with --format json', async () => {
    const result = await zitat(['--format=json', 'interview.txt'])

    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(parseInterview(interview))))
  })

  it('should print an outline with --format tree', async () => {
    const result = await zitat(['-f', 'tree', 'interview.txt'])
    const lines = result.stdout.split('\n')

    expect(result.code).toBe(0)
    expect(lines[0]).toMatch(/^RootNode 1:1 "Die Fähre nach Amrum fällt aus\./)
    expect(lines).toContain('  ParagraphNode 1:1 "Die Fähre nach Amrum fällt aus. „Der Wind ist zu stark [für…"')
    // Quotes get `speaker="…"` once speakers are resolved.
    expect(result.stdout).toMatch(/^( {2})+QuoteNode \(direct(, speaker="[^"]+")?\) 1:33 "„Der Wind ist zu stark \[für die Überfahrt\]“"$/m)
    expect(result.stdout).toMatch(/^( {2})+ {2}EditorialNoteNode \(insertion\) 1:56 "\[für die Überfahrt\]"$/m)
    expect(lines).toContain('      QuoteNode (mention) 3:26 "„Inselkoller“"')
    expect(result.stdout).toMatch(/^( {2})+QuoteNode \(direct(, speaker="[^"]+")?, unclosed\) 3:62 "„Wir bleiben eben noch einen Tag\."$/m)
    // Words are leaves here: never listed.
    expect(result.stdout).not.toContain('WordNode')
  })

  it('should accept UTF-8 with a byte order mark', async () => {
    const result = await zitat([], '\uFEFF„Moin“, sagte er.')

    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/1:1 +Moin\n$/)
  })

  it('should print help with --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const result = await zitat([flag])
      expect(result.code).toBe(0)
      expect(result.stdout).toMatch(/^Usage: zitat \[options\] \[FILE\]/)
      expect(result.stdout).toContain('--format <name>')
      expect(result.stderr).toBe('')
    }
  })

  it('should print the version with --version and -v', async () => {
    for (const flag of ['--version', '-v']) {
      expect(await zitat([flag])).toEqual({code: 0, stdout: version + '\n', stderr: ''})
    }
  })

  it('should exit 2 on an unknown flag', async () => {
    const result = await zitat(['--quiet', 'interview.txt'])

    expect(result).toMatchObject({code: 2, stdout: ''})
    expect(result.stderr).toBe("zitat: unknown option '--quiet'\nTry `zitat --help` for more information.\n")
  })

  it('should exit 2 on an unknown format, and on a missing one', async () => {
    const unknown = await zitat(['--format', 'xml', 'interview.txt'])
    expect(unknown).toMatchObject({code: 2, stdout: ''})
    expect(unknown.stderr).toMatch(/^zitat: unknown format `xml`, expected one of: quotes, json, tree\n/)

    const missing = await zitat(['interview.txt', '--format'])
    expect(missing).toMatchObject({code: 2, stdout: ''})
    expect(missing.stderr).toMatch(/^zitat: option '-f, --format <value>' argument missing\n/)
  })

  it('should exit 2 when the file does not exist, or is a folder', async () => {
    const missing = await zitat(['nirgends.txt'])
    expect(missing).toEqual({code: 2, stdout: '', stderr: 'zitat: cannot read `nirgends.txt`: no such file\n'})

    const folderResult = await zitat(['bin'])
    expect(folderResult).toEqual({code: 2, stdout: '', stderr: 'zitat: cannot read `bin`: it is a folder\n'})
  })

  it('should exit 2 on more than one file', async () => {
    const result = await zitat(['interview.txt', 'clean.txt'])

    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^zitat: expected one FILE, not 2/)
  })

  it('should exit 2 with a clear message on input that is not UTF-8', async () => {
    // `Grüße` in Latin-1: ü is 0xFC.
    const latin1 = Uint8Array.from([0x47, 0x72, 0xfc, 0xdf, 0x65])
    const result = await zitat([], latin1)

    expect(result).toMatchObject({code: 2, stdout: ''})
    expect(result.stderr).toBe(
      'zitat: `<stdin>` is not valid UTF-8 (byte 0xFC at offset 2); convert it first, for example with `iconv -f latin1 -t utf-8`\n'
    )
  })

  it('should find the first bad byte after valid multi-byte text', async () => {
    // `„ü` in UTF-8, then a cut-off three-byte sequence.
    const bytes = Uint8Array.from([0xe2, 0x80, 0x9e, 0xc3, 0xbc, 0xe2, 0x80])
    const result = await zitat(['-'], bytes)

    expect(result.code).toBe(2)
    expect(result.stderr).toContain('(byte 0xE2 at offset 5)')
  })
})

describe('dist/cli.js', () => {
  const built = path.join(root, 'dist', 'cli.js')
  const present = existsSync(built) && existsSync(path.join(root, 'dist', 'index.js'))

  if (!present && process.env.CI) {
    it('should be built (run `npm run build` first)', () => {
      expect.fail('dist/cli.js is missing: run `npm run build` before `npm test`')
    })
  }

  it.skipIf(!present)('should start with a shebang and run through the package', async () => {
    expect(readFileSync(built, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
    const result = await run(built, ['--format', 'quotes', path.join(folder, 'clean.txt')])

    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Morgen wird es besser')
  })
})
