/**
 * Properties over random input: whatever the text, `parseInterview` does not
 * throw and gives a lossless tree with exact positions, resolvable speakers
 * and quotes and notes inside their parents.
 */

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseInterview} from 'zitat'
import type {Nodes} from 'nlcst'
import type {Position} from 'unist'
import {findViolations, type Invariant} from './util/invariants.js'

/**
 * Runs per property and generator; the whole file stays within seconds (set
 * `ZITAT_RUNS` for a longer hunt).
 */
const numRuns = Number(process.env.ZITAT_RUNS ?? 300)

/** Every quotation mark, apostrophe lookalike and bracket zitat reads. */
const marks = ['„', '“', '”', '"', '»', '«', '‚', '‘', '’', '›', '‹', '\'', '‟', '‛', '(', ')', '[', ']', '{', '}']

/** Punctuation, line endings and white space in all their forms. */
const punctuation = ['…', '...', ':', '.', '!', '?', ',', ';', ' – ', '-', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', ' ', '  ', '\t']

/** Editorial notes and speaker labels. */
const fragments = [
  'Anm. d. Red.',
  '[Anm. d. Red.: ',
  ', Anm. d. Red.]',
  '(lacht)',
  '[lacht]',
  '(Pause)',
  '[…]',
  '(...)',
  '[sic]',
  '[sic!]',
  'Frage:',
  'Frage: ',
  'Rutte:',
  'SPIEGEL:',
  '\nFrage: ',
  '\nBerger: ',
  'Über die Bahn:',
  'sagte sie',
  'so der Minister',
  'laut Polizei',
  'z. B.',
  'Dr.',
  'Nr.',
  'usw.',
  'Mio.'
]

/** German words, in both cases, with umlauts and a compound. */
const words = [
  'Wir', 'bleiben', 'der', 'die', 'Stadt', 'Hafen', 'sagte', 'betonte', 'sei', 'habe', 'werde',
  'Bürgermeisterin', 'Übergang', 'Straße', 'müssen', 'ÖPNV', 'Ex-Minister', 'geht’s', '’n', 'dass', 'Ja', 'nein'
]

/** Text made of the characters and fragments that are hard for zitat. */
const hardText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      {weight: 5, arbitrary: fc.constantFrom(...marks)},
      {weight: 4, arbitrary: fc.constantFrom(...punctuation)},
      {weight: 2, arbitrary: fc.constantFrom(...fragments)},
      {weight: 5, arbitrary: fc.constantFrom(...words)},
      {weight: 1, arbitrary: fc.tuple(fc.nat(31), fc.constantFrom('.', '. ', '.1', '.2024')).map(([day, tail]) => String(day) + tail)},
      {weight: 1, arbitrary: fc.constantFrom('\u0000', '\uFEFF', '\u0301', '😀', '🇩🇪', '\uD800', '\u00A0', '\u2028')}
    ),
    {maxLength: 120, size: 'medium'}
  )
  .map((parts) => parts.join(''))

/** Generators, each with a name. */
const generators: ReadonlyArray<[string, fc.Arbitrary<string>]> = [
  ['random code points (binary units, lone surrogates included)', fc.string({unit: 'binary', maxLength: 400, size: 'medium'})],
  ['random graphemes', fc.string({unit: 'grapheme', maxLength: 200, size: 'medium'})],
  ['the hard alphabet', hardText]
]

/** Invariant groups, each with what the test title says. */
const groups: ReadonlyArray<[Invariant, string]> = [
  ['lossless', 'should be lossless (`toString` and joined leaves give the input)'],
  ['positions', 'should give every node an exact position (offset, line, column)'],
  ['speakers', 'should only reference speakers that are in `tree.speakers`'],
  ['spans', 'should keep quotes and editorial notes inside the input and their parent']
]

for (const [name, arbitrary] of generators) {
  describe('parseInterview on ' + name, function () {
    it('should never throw', function () {
      fc.assert(
        fc.property(arbitrary, function (input) {
          parseInterview(input)
        }),
        {numRuns}
      )
    })

    for (const [invariant, title] of groups) {
      it(title, function () {
        fc.assert(
          fc.property(arbitrary, function (input) {
            expect(findViolations(input, parseInterview(input), {only: [invariant]})).toEqual([])
          }),
          {numRuns}
        )
      })
    }
  })
}

describe('the invariant checker itself', function () {
  const input = 'Frage: Wie geht es?\n„Gut“, sagte sie.'

  /**
   * A fresh tree and its first leaf with this value.
   */
  function treeWithLeaf(value: string): [ReturnType<typeof parseInterview>, Nodes] {
    const tree = parseInterview(input)
    const stack: Nodes[] = [...tree.children]
    while (stack.length > 0) {
      const node = stack.shift() as Nodes
      if ('value' in node && node.value === value) return [tree, node]
      if ('children' in node) stack.unshift(...(node.children as Nodes[]))
    }

    throw new Error('No leaf `' + value + '`')
  }

  it('should find nothing wrong with an untouched tree', function () {
    expect(findViolations(input, parseInterview(input))).toEqual([])
  })

  it('should report an offset that does not match the text', function () {
    const [tree, leaf] = treeWithLeaf('Gut')
    const position = leaf.position as Position
    leaf.position = {start: {...position.start, offset: (position.start.offset as number) + 1}, end: position.end}
    expect(findViolations(input, tree, {only: ['positions']})).not.toEqual([])
  })

  it('should report a line that does not match the offset', function () {
    const [tree, leaf] = treeWithLeaf('sagte')
    const position = leaf.position as Position
    leaf.position = {start: {...position.start, line: 1}, end: position.end}
    expect(findViolations(input, tree, {only: ['positions']})).not.toEqual([])
  })

  it('should report a lost character', function () {
    const [tree, leaf] = treeWithLeaf('sie')
    if ('value' in leaf) leaf.value = 'si'
    expect(findViolations(input, tree, {only: ['lossless']})).not.toEqual([])
  })

  it('should report a speaker missing from `tree.speakers`', function () {
    const tree = parseInterview(input)
    const paragraph = tree.children.find((node) => node.type === 'ParagraphNode')
    expect(paragraph).toBeDefined()
    Object.assign(paragraph as object, {speaker: 'nobody'})
    expect(findViolations(input, tree, {only: ['speakers']})).not.toEqual([])
  })
})
