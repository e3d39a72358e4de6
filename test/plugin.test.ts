import {describe, expect, it} from 'vitest'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {unified, type Plugin} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {parseInterview, retextInterview, ruleIds, type InterviewRoot, type Quote, type RetextInterviewOptions} from 'zitat'

const report = `Der Bäcker Tom Weber schließt seinen Laden. „Nach vierzig Jahren reicht es“, sagte Weber.

Seine Kundin meint: „Schade, wirklich schade.`

/**
 * A retext-style transformer: typed against plain nlcst, like plugins from
 * the ecosystem, that reports every exclamation mark.
 */
const retextNoExclamation: Plugin<[], Root> = function () {
  return function (tree, file) {
    visit(tree, 'PunctuationNode', function (node) {
      if (node.value === '!') {
        file.message('Unexpected exclamation mark', {place: node.position, ruleId: 'no-exclamation', source: 'test'})
      }
    })
  }
}

/** Direct quotes seen by {@link markDirect}. */
const directQuotes = new WeakSet<Quote>()

/**
 * A transformer that works on zitat nodes: collects direct quotes.
 */
const markDirect: Plugin<[], InterviewRoot> = function () {
  return function (tree) {
    visit(tree, 'QuoteNode', function (node: Quote) {
      if (node.kind === 'direct') directQuotes.add(node)
    })
  }
}

/**
 * A compiler: serialise the tree back to text.
 */
const stringify: Plugin<[], InterviewRoot, string> = function () {
  this.compiler = function (tree) {
    return toString(tree as InterviewRoot)
  }
}

describe('retextInterview', () => {
  it('should parse into the same tree as parseInterview', () => {
    const tree = unified().use(retextInterview).parse(report)

    expect(tree).toEqual(parseInterview(report))
    expect(tree.speakers.map((speaker) => speaker.name)).toEqual(['Tom Weber', 'Seine Kundin'])
    expect(toString(tree)).toBe(report)
  })

  it('should add diagnostics to the processed file', () => {
    const processor = unified().use(retextInterview)
    const file = new VFile({path: 'baeckerei.txt', value: report})
    processor.parse(file)

    const offset = report.indexOf('„Schade')
    expect(file.messages).toHaveLength(1)
    const [message] = file.messages
    expect(message).toMatchObject({
      ruleId: ruleIds.unclosedQuote,
      source: 'zitat',
      line: 3,
      column: 21,
      fatal: false,
      place: {start: {line: 3, column: 21, offset}, end: {line: 3, column: 22, offset: offset + 1}}
    })
    expect(String(message)).toMatch(/^baeckerei\.txt:3:21-3:22: Unexpected unclosed quote `„`/)
  })

  it('should work with retext transformers after it, with messages from both', async () => {
    const processor = unified().use(retextInterview).use(retextNoExclamation).use(markDirect)
    const file = new VFile('„Nie wieder!“, rief der Schiedsrichter. „Bitte nicht')
    const tree = await processor.run(processor.parse(file), file)

    expect(file.messages.map((message) => [message.source, message.ruleId, message.line, message.column])).toEqual([
      ['zitat', 'unclosed-quote', 1, 41],
      ['test', 'no-exclamation', 1, 12]
    ])

    const marked: Array<[string, boolean]> = []
    visit(tree, 'QuoteNode', function (node: Quote) {
      marked.push([toString(node), directQuotes.has(node)])
    })
    expect(marked).toEqual([
      ['„Nie wieder!“', true],
      ['„Bitte nicht', false]
    ])
  })

  it('should process text end to end with a compiler', async () => {
    const file = await unified().use(retextInterview).use(markDirect).use(stringify).process(report)

    expect(String(file)).toBe(report)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unclosed-quote'])
  })

  it('should keep the messages of different files apart on one processor', () => {
    const processor = unified().use(retextInterview).freeze()
    const clean = new VFile('„Alles gut“, sagte sie.')
    const broken = new VFile('Er sagte (und ging.')
    processor.parse(clean)
    processor.parse(broken)

    expect(clean.messages).toEqual([])
    expect(broken.messages.map((message) => message.ruleId)).toEqual(['unbalanced-bracket'])
  })

  it('should accept no options, `null` and an empty object', () => {
    for (const options of [undefined, null, {}] satisfies Array<RetextInterviewOptions | null | undefined>) {
      const tree = unified().use(retextInterview, options).parse('„Ja.“')
      expect(tree.children).toHaveLength(1)
    }
  })

  it('should throw on bad options', () => {
    expect(() => unified().use(retextInterview, 'de' as unknown as RetextInterviewOptions).freeze()).toThrow(TypeError)
    expect(() =>
      unified()
        .use(retextInterview, {file: new VFile()} as unknown as RetextInterviewOptions)
        .freeze()
    ).toThrow(/Unexpected option `file`/)
  })
})
