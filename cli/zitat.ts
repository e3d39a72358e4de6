/**
 * `zitat`: print the quotations, the tree or an outline of German prose.
 *
 * Built by tsup to `dist/cli.js` (the package's `bin`); the library comes
 * from the package itself (`zitat` is external), so the CLI and the API are
 * the same code.
 *
 * Exit codes: `0` done (warnings go to stderr), `1` a fatal diagnostic,
 * `2` a usage error (unknown flag, bad format, unreadable or non-UTF-8
 * input).
 *
 * @module
 */

import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import type {Nodes} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {VFile} from 'vfile'
import {parseInterview, quotes, type InterviewRoot} from 'zitat'

/** Output formats. */
const formats = ['quotes', 'json', 'tree'] as const

/** Output format. */
type Format = (typeof formats)[number]

/** A usage error (bad arguments or unreadable input): exit code 2. */
class UsageError extends Error {
  /** Whether to point to `--help` (for bad arguments, not bad input). */
  hint: boolean

  /**
   * Create a usage error.
   *
   * @param message
   *   What is wrong.
   * @param hint
   *   Whether to point to `--help` (default: `true`).
   */
  constructor(message: string, hint = true) {
    super(message)
    this.hint = hint
  }
}

/** Text of `--help`. */
const help = `Usage: zitat [options] [FILE]

Find quotations, speakers and editorial notes in German prose.

Reads FILE (UTF-8), or standard input when FILE is \`-\` or missing.

Options:
  -f, --format <name>  what to print (default: quotes)
                         quotes  a table: kind, speaker, line:column, text
                         json    the syntax tree as JSON
                         tree    an outline of the tree
  -h, --help           print this help and exit
  -v, --version        print the version and exit

Warnings (such as unclosed quotes) go to standard error as
\`FILE:LINE:COLUMN: reason [rule]\`.

Exit status: 0 done, 1 fatal problem in the input, 2 usage error.

Examples:
  zitat interview.txt
  zitat --format tree interview.txt
  echo '„Wir bleiben“, sagte sie.' | zitat --format json
`

process.stdout.on('error', function (error: NodeJS.ErrnoException) {
  // `zitat … | head`: the reader is gone; that is fine.
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

process.exitCode = await main(process.argv.slice(2))

/**
 * Run the CLI.
 *
 * @param args
 *   Arguments (without `node` and the script).
 * @returns
 *   Exit code.
 */
async function main(args: string[]): Promise<number> {
  try {
    return await run(args)
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(
        'zitat: ' + error.message + '\n' + (error.hint ? 'Try `zitat --help` for more information.\n' : '')
      )
      return 2
    }

    throw error
  }
}

/**
 * Parse arguments, read input, print output.
 *
 * @param args
 *   Arguments.
 * @returns
 *   Exit code.
 */
async function run(args: string[]): Promise<number> {
  const {values, positionals} = parseArguments(args)

  if (values.help) {
    process.stdout.write(help)
    return 0
  }

  if (values.version) {
    process.stdout.write(version() + '\n')
    return 0
  }

  const format = values.format ?? 'quotes'
  if (!isFormat(format)) {
    throw new UsageError('unknown format `' + format + '`, expected one of: ' + formats.join(', '))
  }

  if (positionals.length > 1) {
    throw new UsageError('expected one FILE, not ' + positionals.length + ' (' + positionals.join(', ') + ')')
  }

  const name = positionals.length === 0 || positionals[0] === '-' ? undefined : positionals[0]

  if (name === undefined && process.stdin.isTTY) {
    throw new UsageError('no input: give a FILE, or pipe text in')
  }

  const path = name ?? '<stdin>'
  const value = decode(await readInput(name), path)
  const file = new VFile({path, value})
  const tree = parseInterview(value, {file})

  process.stdout.write(
    format === 'json' ? JSON.stringify(tree, undefined, 2) + '\n' : format === 'tree' ? outline(tree) : table(tree)
  )

  let fatal = false
  for (const message of file.messages) {
    if (message.fatal === true) fatal = true
    process.stderr.write(
      path +
        ':' +
        (message.line ?? 1) +
        ':' +
        (message.column ?? 1) +
        ': ' +
        (message.fatal === true ? 'error: ' : '') +
        message.reason +
        (message.ruleId ? ' [' + message.ruleId + ']' : '') +
        '\n'
    )
  }

  return fatal ? 1 : 0
}

/**
 * Parse the arguments, turning errors of `parseArgs` into usage errors.
 *
 * @param args
 *   Arguments.
 * @returns
 *   Flags and positionals.
 */
function parseArguments(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS_')) {
      const reason = error.message.replace(/\. To specify a positional argument.*$/s, '')
      throw new UsageError(reason.charAt(0).toLowerCase() + reason.slice(1))
    }

    throw error
  }
}

/**
 * Whether `value` is a format.
 *
 * @param value
 *   Value of `--format`.
 * @returns
 *   Whether it is.
 */
function isFormat(value: string): value is Format {
  return (formats as readonly string[]).includes(value)
}

/**
 * Version from `package.json` (one folder up from both `cli/` and `dist/`).
 *
 * @returns
 *   Version.
 */
function version(): string {
  const pack: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  return typeof pack === 'object' && pack !== null && 'version' in pack ? String(pack.version) : 'unknown'
}

/**
 * Read a file, or stdin when `name` is `undefined`.
 *
 * @param name
 *   Path, or `undefined` for stdin.
 * @returns
 *   Bytes.
 */
async function readInput(name: string | undefined): Promise<Uint8Array> {
  if (name === undefined) {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }

  try {
    return await readFile(name)
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : ''
    throw new UsageError(
      'cannot read `' +
        name +
        '`: ' +
        (code === 'ENOENT'
          ? 'no such file'
          : code === 'EISDIR'
            ? 'it is a folder'
            : code === 'EACCES'
              ? 'permission denied'
              : error instanceof Error
                ? error.message
                : String(error)),
      false
    )
  }
}

/**
 * Decode UTF-8 strictly.
 *
 * @param bytes
 *   Input.
 * @param path
 *   Name of the input, for the error message.
 * @returns
 *   Text.
 */
function decode(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
  } catch {
    const at = invalidByte(bytes)
    throw new UsageError(
      '`' +
        path +
        '` is not valid UTF-8' +
        (at === undefined ? '' : ' (byte 0x' + bytes[at].toString(16).toUpperCase().padStart(2, '0') + ' at offset ' + at + ')') +
        '; convert it first, for example with `iconv -f latin1 -t utf-8`',
      false
    )
  }
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence.
 *
 * @param bytes
 *   Input.
 * @returns
 *   Offset, if any byte is invalid.
 */
function invalidByte(bytes: Uint8Array): number | undefined {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    const size = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0
    if (size === 0) return index
    for (let next = 1; next < size; next++) {
      if (index + next >= bytes.length || (bytes[index + next] & 0xc0) !== 0x80) return index
    }

    // Overlong forms, surrogates and values past U+10FFFF.
    const second = bytes[index + 1]
    if (
      (byte === 0xe0 && second < 0xa0) ||
      (byte === 0xed && second >= 0xa0) ||
      (byte === 0xf0 && second < 0x90) ||
      (byte === 0xf4 && second >= 0x90)
    ) {
      return index
    }

    index += size
  }

  return undefined
}

/**
 * The quotes as an aligned table.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Table, with a final line break.
 */
function table(tree: InterviewRoot): string {
  const rows = quotes(tree).map(function (quote) {
    return [
      quote.kind,
      quote.speaker ?? '-',
      (quote.line ?? '?') + ':' + (quote.column ?? '?'),
      (quote.closed ? '' : '(unclosed) ') + oneLine(quote.text)
    ]
  })

  if (rows.length === 0) return 'No quotes.\n'

  const header = ['KIND', 'SPEAKER', 'PLACE', 'TEXT']
  const widths = header.map((cell, column) =>
    Math.max(width(cell), ...rows.map((row) => width(row[column])))
  )

  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column] - width(cell))))
        .join('  ')
    )
    .join('\n') + '\n'
}

/**
 * An outline of the tree: every node with children except words, indented,
 * with its kind or role and the start of its text.
 *
 * @param tree
 *   Tree.
 * @returns
 *   Outline, with a final line break.
 */
function outline(tree: InterviewRoot): string {
  const names = new Map(tree.speakers.map((speaker) => [speaker.identifier, speaker.name]))
  const lines: string[] = []
  visitParents(tree, 0)
  return lines.join('\n') + '\n'

  /**
   * Add a node and its children.
   *
   * @param node
   *   Node.
   * @param depth
   *   Depth (`0` for the root).
   * @returns
   *   Nothing.
   */
  function visitParents(node: Nodes, depth: number): undefined {
    if (!('children' in node) || node.type === 'WordNode') return undefined
    const facts: string[] = []
    if ('kind' in node) facts.push(node.kind)
    if ('role' in node) facts.push(node.role)
    if ('label' in node && node.label !== undefined) facts.push('label=' + JSON.stringify(node.label))
    if ('marker' in node && node.marker !== undefined) facts.push('marker=' + JSON.stringify(node.marker))
    if ('speaker' in node && typeof node.speaker === 'string') {
      facts.push('speaker=' + JSON.stringify(names.get(node.speaker) ?? node.speaker))
    }

    if (node.type === 'QuoteNode' && !node.closed) facts.push('unclosed')
    const start = node.position?.start
    lines.push(
      '  '.repeat(depth) +
        node.type +
        (facts.length > 0 ? ' (' + facts.join(', ') + ')' : '') +
        (start ? ' ' + start.line + ':' + start.column : '') +
        ' ' +
        JSON.stringify(short(oneLine(toString(node))))
    )
    for (const child of node.children) visitParents(child as Nodes, depth + 1)
    return undefined
  }
}

/**
 * Collapse white space (line breaks too) into single spaces.
 *
 * @param value
 *   Text.
 * @returns
 *   Text on one line.
 */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}

/**
 * Cut a value to 60 characters.
 *
 * @param value
 *   Text.
 * @returns
 *   Text of at most 60 characters.
 */
function short(value: string): string {
  const characters = [...value]
  return characters.length > 60 ? characters.slice(0, 59).join('') + '…' : value
}

/**
 * Width of a cell in characters (code points, not UTF-16 units).
 *
 * @param value
 *   Cell.
 * @returns
 *   Width.
 */
function width(value: string): number {
  return [...value].length
}
