/**
 * A long paragraph is handed to parse-latin in pieces (its sentence steps are
 * quadratic in one call); the pieces must give exactly the tokens, with
 * positions, of one call over the whole paragraph.
 */

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import retextLatin from 'retext-latin'
import {splitBlocks} from '../src/segmentation/split-blocks.js'
import {tokenize, type NlcstParser} from '../src/segmentation/tokenize.js'
import {prose} from '../bench/prose.js'

const parser = unified().use(retextLatin) as unknown as NlcstParser

/**
 * Paragraphs of `text` whose tokens differ when cut at every possible place.
 */
function differing(text: string): string[] {
  const found: string[] = []
  for (const block of splitBlocks(text)) {
    if (block.space) continue
    const whole = JSON.stringify(tokenize(parser, block, Number.POSITIVE_INFINITY))
    const pieces = JSON.stringify(tokenize(parser, block, 1))
    if (whole !== pieces) found.push(block.value)
  }

  return found
}

/** Fragments around the places where a cut could change a token. */
const fragments = [
  '\n', ' ', ' \n ', '\r\n', '\r', '\t', 'Ja', 'Über', 'und', 'wir', 'Dr.', 'Nr.', 'ca.', 'etc.', 'z.', 'B.', 'A.',
  'U.S.A.', '3.', '12.', '2024', '.', '?', '!', ':', '…', '...', ',', '„', '“', '"', '»', '«', '‚', '‘', '’s', '(', ')',
  '[', ']', '-', '–', '&', '/', '\u00A0', '😀', 'Frage:', 'Rutte:'
]

describe('tokenize in pieces', function () {
  it('should give the tokens of one call for random German fragments', function () {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fragments), {maxLength: 80, size: 'large'}), function (parts) {
        expect(differing(parts.join(''))).toEqual([])
      }),
      {numRuns: 2000}
    )
  })

  it('should give the tokens of one call for prose joined into one paragraph', function () {
    expect(differing(prose(50_000).replaceAll('\n\n', '\n'))).toEqual([])
  })

  it('should cut a long paragraph into pieces at all', function () {
    const text = prose(50_000).replaceAll('\n\n', '\n')
    const [block] = splitBlocks(text)
    let calls = 0
    const counting: NlcstParser = {
      parse(value) {
        calls++
        return parser.parse(value)
      }
    }
    tokenize(counting, block, 1000)
    expect(calls).toBeGreaterThan(10)
  })
})
