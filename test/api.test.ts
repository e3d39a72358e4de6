/**
 * The API at its edges: what `parseInterview` does with values and options
 * that are not what it expects, the empty string, and the list of exports.
 */

import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseInterview} from 'zitat'

/**
 * Call `parseInterview` with anything, as untyped JavaScript callers can.
 */
function parseUnknown(value: unknown, options?: unknown): ReturnType<typeof parseInterview> {
  return (parseInterview as (value: unknown, options?: unknown) => ReturnType<typeof parseInterview>)(value, options)
}

describe('parseInterview(value)', function () {
  const cases: ReadonlyArray<[string, unknown, RegExp]> = [
    ['`undefined`', undefined, /`undefined`/],
    ['`null`', null, /`null`/],
    ['a number', 42, /number.*42/],
    ['`NaN`', Number.NaN, /number.*NaN/],
    ['a boolean', true, /boolean.*true/],
    ['a bigint', 7n, /bigint.*7/],
    ['a symbol', Symbol('zitat'), /symbol/],
    ['a function', function () {}, /function/],
    ['a plain object', {value: 'Wir bleiben.'}, /an object/],
    ['an array', ['Wir bleiben.'], /an array/],
    ['a `Buffer`', Buffer.from('Wir bleiben.'), /Buffer/],
    ['a `String` object', new String('Wir bleiben.'), /String/],
    ['a `VFile`', new VFile('Wir bleiben.'), /VFile/]
  ]

  for (const [name, value, message] of cases) {
    it('should throw a `TypeError` naming ' + name + ' when given ' + name, function () {
      expect(() => parseUnknown(value)).toThrow(TypeError)
      expect(() => parseUnknown(value)).toThrow(/Expected `value` to be a string/)
      expect(() => parseUnknown(value)).toThrow(message)
    })
  }

  it('should return an empty root for the empty string', function () {
    const tree = parseInterview('')
    expect(tree.type).toBe('RootNode')
    expect(tree.children).toEqual([])
    expect(tree.speakers).toEqual([])
    expect(tree.position).toEqual({start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}})
  })

  it('should give a new tree on each call (no shared state)', function () {
    const first = parseInterview('„Wir bleiben“, sagte Anna Berger.')
    const second = parseInterview('„Wir bleiben“, sagte Anna Berger.')
    expect(second).toEqual(first)
    expect(second).not.toBe(first)
    expect(second.speakers).not.toBe(first.speakers)
  })
})

describe('parseInterview(value, options)', function () {
  it('should accept `undefined` and `null` as options', function () {
    expect(parseUnknown('Ja.', undefined).type).toBe('RootNode')
    expect(parseUnknown('Ja.', null).type).toBe('RootNode')
  })

  it('should accept an empty options object', function () {
    expect(parseInterview('Ja.', {}).type).toBe('RootNode')
  })

  for (const [name, options] of [
    ['a string', 'file'],
    ['a number', 1],
    ['a boolean', true],
    ['an array', [new VFile()]],
    ['a function', function () {}]
  ] as const) {
    it('should throw a `TypeError` when options are ' + name, function () {
      expect(() => parseUnknown('Ja.', options)).toThrow(TypeError)
      expect(() => parseUnknown('Ja.', options)).toThrow(/`options`/)
    })
  }

  it('should throw a `TypeError` naming an unknown option key', function () {
    expect(() => parseUnknown('Ja.', {fiel: new VFile()})).toThrow(TypeError)
    expect(() => parseUnknown('Ja.', {fiel: new VFile()})).toThrow(/`fiel`/)
  })

  for (const [name, file] of [
    ['a string', 'bericht.txt'],
    ['a plain object', {path: 'bericht.txt'}],
    ['a number', 3]
  ] as const) {
    it('should throw a `TypeError` when `file` is ' + name + ', not a `VFile`', function () {
      expect(() => parseUnknown('Ja.', {file})).toThrow(TypeError)
      expect(() => parseUnknown('Ja.', {file})).toThrow(/`options.file`/)
    })
  }

  it('should accept `file: undefined` and `file: null`', function () {
    expect(parseUnknown('Ja.', {file: undefined}).type).toBe('RootNode')
    expect(parseUnknown('Ja.', {file: null}).type).toBe('RootNode')
  })

  it('should report an unclosed quote on a given `VFile`', function () {
    const file = new VFile()
    parseInterview('Sie sagte: „Wir bleiben.', {file})
    expect(file.messages.map((message) => [message.ruleId, message.source])).toEqual([['unclosed-quote', 'zitat']])
  })
})

describe('public surface', function () {
  it('should expose the same exports as `src/index.ts`', async function () {
    expect(Object.keys(await import('zitat')).sort()).toEqual([
      'parseInterview',
      'quotes',
      'retextInterview',
      'ruleIds',
      'speakers'
    ])
  })
})
