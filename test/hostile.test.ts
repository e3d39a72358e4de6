/**
 * Adversarial input: huge runs of marks and brackets, deep nesting, endless
 * paragraphs, odd line endings and code points. Every case must parse and
 * keep the invariants of `test/util/invariants.ts`; none asserts timing.
 */

import {describe, expect, it} from 'vitest'
import {parseInterview} from 'zitat'
import type {Nodes} from 'nlcst'
import type {Point} from 'unist'
import {assertInvariants} from './util/invariants.js'
import {fill, marked, words} from './util/generators.js'

/**
 * Parse and check every invariant; return the tree.
 */
function parseChecked(input: string): ReturnType<typeof parseInterview> {
  const tree = parseInterview(input)
  assertInvariants(input, tree)
  return tree
}

/**
 * Every node of a type, in document order (iterative: deep trees are fine).
 */
function allOfType(tree: Nodes | ReturnType<typeof parseInterview>, type: string): Nodes[] {
  const found: Nodes[] = []
  const stack: Array<Nodes | ReturnType<typeof parseInterview>> = [tree]
  while (stack.length > 0) {
    const node = stack.pop() as Nodes
    if (node.type === type) found.push(node)
    if ('children' in node) {
      const children = node.children as Nodes[]
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index])
    }
  }

  return found
}

/**
 * Start point of the first node of a type whose text is `value`.
 */
function startOfLeaf(tree: ReturnType<typeof parseInterview>, type: string, value: string): Point | undefined {
  for (const node of allOfType(tree, type)) {
    if ('value' in node && node.value === value) return node.position?.start
  }

  return undefined
}

describe('unclosed and unbalanced marks', function () {
  it('should parse 100 000 opening marks „ with no closing one', function () {
    parseChecked('„'.repeat(100_000))
  })

  it('should parse 100 000 words each opened with „ and never closed', function () {
    parseChecked(marked(100_000, '„'))
  })

  it('should parse 100 000 unbalanced [', function () {
    parseChecked('['.repeat(100_000))
  })

  it('should parse 100 000 words each after an unbalanced [', function () {
    parseChecked(marked(100_000, '['))
  })

  it('should parse 50 000 nested opening marks „‚„‚… with no closers', function () {
    parseChecked('„‚'.repeat(25_000) + 'Ende')
  })

  it('should parse 10 000 closing marks « that close none of 10 000 open „', function () {
    parseChecked('„ '.repeat(10_000) + '« '.repeat(10_000))
  })

  it('should parse 20 000 ( followed by 20 000 ] that close none of them', function () {
    parseChecked('( '.repeat(20_000) + '] '.repeat(20_000))
  })

  it('should parse 10 000 closing marks after one full stop (Ja.“.“.“…)', function () {
    parseChecked('Ja' + '.“'.repeat(10_000) + ' Dann ging er.')
  })
})

describe('deep nesting', function () {
  it('should parse 5 000 nested quotes „‚„‚…‘“‘“', function () {
    parseChecked('„‚'.repeat(2500) + 'Ende' + '‘“'.repeat(2500))
  })

  it('should parse 50 000 nested quotes „‚„‚…‘“‘“', function () {
    parseChecked('„‚'.repeat(25_000) + 'Ende' + '‘“'.repeat(25_000))
  })

  it('should parse 5 000 nested parentheses ( ( … ) )', function () {
    parseChecked('( '.repeat(5000) + 'Ende' + ' )'.repeat(5000))
  })
})

describe('long spans', function () {
  it('should parse one parenthesis around 100 000 words', function () {
    parseChecked('(' + marked(100_000, '') + ')')
  })

  it('should parse one quote of 100 000 sentences', function () {
    parseChecked('„' + fill((index) => words[index % words.length] + '. ', 600_000) + '“')
  })

  it('should parse 40 000 short quotes and parentheses in one paragraph', function () {
    parseChecked(fill((index) => '„' + words[index % words.length] + '“ (' + words[(index + 3) % words.length] + ') ', 500_000))
  })
})

describe('long paragraphs', function () {
  it('should parse 1 MB of one paragraph with no sentence end', function () {
    const tree = parseChecked(fill((index) => words[index % words.length] + ' ', 1_000_000))
    expect(allOfType(tree, 'ParagraphNode').length).toBe(1)
  })

  it('should parse 1 MB of `Frage:` and answer lines in one paragraph', function () {
    parseChecked(
      fill((index) => (index % 2 === 0 ? 'Frage: Was sagen Sie dazu?\n' : 'Berger: Wir bleiben ' + index + ' Jahre.\n'), 1_000_000)
    )
  })

  it('should parse 1 MB of `Frage:` lines as blank-line paragraphs', function () {
    parseChecked(fill((index) => 'Frage: Wie lange noch, Nummer ' + index + '?\n\n', 1_000_000))
  })
})

describe('white space only', function () {
  for (const [name, input] of [
    ['one space', ' '],
    ['blank lines', '\n\n\n'],
    ['tabs and CRLF', '\t \r\n \r\n\t'],
    ['lone CRs', '\r\r\r'],
    ['1 MB of mixed white space', fill((index) => [' \n', '\t\r\n', '  \r'][index % 3], 1_000_000)]
  ] as const) {
    it('should parse ' + name + ' into white space with no paragraph', function () {
      const tree = parseChecked(input)
      expect(allOfType(tree, 'ParagraphNode')).toEqual([])
      expect(tree.speakers).toEqual([])
    })
  }
})

describe('line endings', function () {
  it('should count CRLF as one line ending', function () {
    const tree = parseChecked('Frage: Wie geht es?\r\nRutte: Gut.\r\n\r\n„Wir bleiben“, sagte er.')
    expect(startOfLeaf(tree, 'TextNode', 'Rutte')).toEqual({line: 2, column: 1, offset: 21})
    expect(startOfLeaf(tree, 'PunctuationNode', '„')).toEqual({line: 4, column: 1, offset: 36})
  })

  it('should count a lone CR as one line ending', function () {
    const tree = parseChecked('Frage: Wie geht es?\rRutte: Gut.\r\r„Wir bleiben“, sagte er.')
    expect(startOfLeaf(tree, 'TextNode', 'Rutte')).toEqual({line: 2, column: 1, offset: 20})
    expect(startOfLeaf(tree, 'PunctuationNode', '„')).toEqual({line: 4, column: 1, offset: 33})
  })

  it('should count mixed CRLF, CR and LF each as one line ending', function () {
    const input = 'Ja.\r\n\rNein.\n\r\nVielleicht.'
    const tree = parseChecked(input)
    expect(startOfLeaf(tree, 'TextNode', 'Nein')).toEqual({line: 3, column: 1, offset: input.indexOf('Nein')})
    expect(startOfLeaf(tree, 'TextNode', 'Vielleicht')).toEqual({line: 5, column: 1, offset: input.indexOf('Vielleicht')})
  })

  it('should keep columns after CRLF inside a paragraph', function () {
    const tree = parseChecked('Er sagte:\r\n  „Wir bleiben.“')
    expect(startOfLeaf(tree, 'PunctuationNode', '„')).toEqual({line: 2, column: 3, offset: 13})
  })
})

describe('odd code points', function () {
  it('should keep NUL characters lossless and positioned', function () {
    parseChecked('Er\u0000sagte: „Ja\u0000.“\u0000\n\n\u0000')
  })

  it('should count a byte order mark as one UTF-16 unit', function () {
    const tree = parseChecked('\uFEFF„Wir bleiben“, sagte sie.')
    expect(startOfLeaf(tree, 'PunctuationNode', '„')).toEqual({line: 1, column: 2, offset: 1})
  })

  it('should count combining characters as UTF-16 units', function () {
    const input = 'Mu\u0308ller sagte: „Scho\u0308n, dass Sie da sind.“'
    const tree = parseChecked(input)
    const quote = allOfType(tree, 'QuoteNode')[0]
    expect(quote?.position?.start.offset).toBe(input.indexOf('„'))
    expect(quote?.position?.end.offset).toBe(input.length)
  })

  it('should count emoji as UTF-16 units (surrogate pairs, sequences)', function () {
    const input = '👩‍👩‍👧 sagte: „😀 Wir bleiben, 🇩🇪 hin oder her.“ 👍🏽\n\n(lacht) 🙂'
    const tree = parseChecked(input)
    const quote = allOfType(tree, 'QuoteNode')[0]
    expect(quote?.position?.start).toEqual({line: 1, column: input.indexOf('„') + 1, offset: input.indexOf('„')})
    expect(quote?.position?.end.offset).toBe(input.indexOf('“') + 1)
  })

  it('should keep lone surrogates lossless', function () {
    parseChecked('\uD800„Ja\uDC00“, sagte sie. \uDFFF')
  })
})
