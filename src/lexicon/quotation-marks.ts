/**
 * Quotation marks, what each can close, and words that follow an elision
 * apostrophe.
 *
 * Curated by the zitat authors from German (`„…“`, `»…«`, `‚…‘`, `›…‹`), Swiss
 * (`«…»`, `‹…›`), English (`“…”`, `‘…’`) and typewriter (`"…"`, `'…'`) usage.
 *
 * @module
 */

/** A quotation mark as an opener: the marks that close it, and its weight. */
export interface MarkStyle {
  /** Marks that close a quote opened by this mark. */
  readonly closers: string
  /** `true` for double marks (`„`, `»`, `"`), `false` for single ones. */
  readonly double: boolean
  /** `true` when the mark is an opener wherever it stands (`„`, `‚`). */
  readonly alwaysOpens: boolean
}

/** Every mark that can open a quotation, with its closers. */
export const openers: ReadonlyMap<string, MarkStyle> = new Map([
  // German low-high pairs; `”` and `"` close sloppily typed German quotes.
  ['„', {closers: '“”"', double: true, alwaysOpens: true}],
  ['‚', {closers: '‘’\'', double: false, alwaysOpens: true}],
  // English pairs, and Swedish/Finnish `”…”`.
  ['“', {closers: '”“', double: true, alwaysOpens: false}],
  ['”', {closers: '”', double: true, alwaysOpens: false}],
  ['‘', {closers: '’', double: false, alwaysOpens: false}],
  // Typewriter marks.
  ['"', {closers: '"“”', double: true, alwaysOpens: false}],
  ['\'', {closers: '\'’', double: false, alwaysOpens: false}],
  // Guillemets: German `»…«`, Swiss and French `«…»`.
  ['»', {closers: '«»', double: true, alwaysOpens: false}],
  ['«', {closers: '»', double: true, alwaysOpens: false}],
  ['›', {closers: '‹›', double: false, alwaysOpens: false}],
  ['‹', {closers: '›', double: false, alwaysOpens: false}]
])

/** Every character that is a quotation mark (or an apostrophe lookalike). */
export const quotationMarks: ReadonlySet<string> = new Set([
  '„', '“', '”', '‚', '‘', '’', '"', '\'', '»', '«', '›', '‹', '‟', '‛'
])

/** Marks that are, when they close nothing, apostrophes rather than marks. */
export const apostrophes: ReadonlySet<string> = new Set(['’', '\'', '‘', '‛'])

/**
 * Words written after an elision apostrophe (`’n Auto`, `'s Kind`, `'ne
 * Frage`): an apostrophe before them opens no quote.
 */
export const elisions: ReadonlySet<string> = new Set([
  'n', 'ne', 'nen', 'nem', 'ner', 'nes', 's', 'm', 'rum', 'raus', 'rein', 'runter', 'rauf',
  'rüber', 'ran', 'nauf', 'naus', 'nein', 'nüber', 'ranz', 'em', 'es', 'tschuldigung'
])

/** Opening brackets and the bracket that closes each. */
export const brackets: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
  ['{', '}']
])

/** Closing brackets. */
export const closingBrackets: ReadonlySet<string> = new Set([')', ']', '}'])
