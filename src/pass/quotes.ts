/**
 * Quotes pass: pair quotation marks in the tokens of a paragraph, carry a
 * quote that goes on into the next paragraph (German style: each paragraph
 * reopens, only the last closes), and tell direct speech from mentions.
 *
 * One linear scan with a stack per paragraph; apostrophes (`geht's`, `’n`)
 * are not marks.
 *
 * @module
 */

import type {SentenceContent} from 'nlcst'
import {
  apostrophes,
  elisions,
  openers,
  quotationMarks,
  type MarkStyle
} from '../lexicon/quotation-marks.js'
import {mentionLeaders, titleNouns} from '../lexicon/function-words.js'
import {isLower, isSpace, isUpper, markOf, textOf} from '../util/tokens.js'
import {sortSpans, type QuoteSpan} from '../util/spans.js'
import type {Report} from '../diagnostics.js'
import {maxNesting} from '../constants.js'
import {isVoiceWord, speechForm, utteranceBefore} from '../util/speech-evidence.js'

/** An opening mark waiting for its closer. */
export interface OpenQuote {
  /** Token index of the mark in its paragraph (`-1` when carried in). */
  start: number
  /** The mark. */
  open: string
  /** What closes it. */
  style: MarkStyle
}

/** What pairing found in one paragraph. */
export interface PairResult {
  /** Quotes that open in this paragraph and close (or end) in it. */
  spans: QuoteSpan[]
  /**
   * When a quote was carried in from the paragraph before: where it ends in
   * this one (token index after its closer), or `undefined` when it goes on.
   */
  carriedEnd?: number
  /** Closing mark of the carried quote, when it closed here. */
  carriedClose?: string
  /** A quote that goes on into the next paragraph. */
  continued?: OpenQuote
}

/** Marks that close some quote. */
const closingMarks: ReadonlySet<string> = new Set([...openers.values()].flatMap((style) => [...style.closers]))

/** Tokens of a quote read to count its words (enough to tell 1 from 8). */
const classifyWindow = 24

/** Opening context: what may stand before an opening mark. */
const beforeOpen = new Set(['(', '[', '{', '/', '–', '—', '-', ':', '„', '‚', '»', '«', '›', '‹', '“', '"', '\''])

/**
 * Pair the quotation marks of one paragraph.
 *
 * @param tokens
 *   Tokens of the paragraph.
 * @param carried
 *   Quote carried in from the paragraph before (its reopening mark, when the
 *   paragraph starts with one, is part of it).
 * @param next
 *   Text of the next paragraph, to see whether it reopens an unclosed quote.
 * @param report
 *   Reports a problem at a token.
 * @returns
 *   Spans found, and what goes on across paragraphs.
 */
export function pairQuotationMarks(
  tokens: SentenceContent[],
  carried: OpenQuote | undefined,
  next: string | undefined,
  report: Report
): PairResult {
  const stack: OpenQuote[] = []
  const spans: QuoteSpan[] = []
  const result: PairResult = {spans}
  let index = 0
  // Guillemets seen, and whether they are Swiss ones spaced inside out.
  let guillemets = 0
  let swapped = false

  if (carried) {
    stack.push({start: -1, open: carried.open, style: carried.style})
    // Skip the reopening mark.
    while (index < tokens.length && isSpace(tokens[index])) index++
    if (markOf(tokens[index]) === carried.open) index++
  }

  for (; index < tokens.length; index++) {
    const mark = markOf(tokens[index])
    if (mark === undefined || !quotationMarks.has(mark)) continue

    const previous = tokens[index - 1]
    const following = tokens[index + 1]
    // An opener stands before a word (or another opener), after white space
    // or an opening bracket or mark: `“, sagte` closes, it does not open.
    const followingMark = markOf(following)
    let canOpen =
      following !== undefined &&
      !isSpace(following) &&
      (followingMark === undefined || beforeOpen.has(followingMark) || quotationMarks.has(followingMark)) &&
      (previous === undefined || isSpace(previous) || beforeOpen.has(markOf(previous) ?? ''))
    let canClose = previous !== undefined && !isSpace(previous)
    // `der Gaststätte« Schweizerhaus »im Prater`: Swiss marks with the
    // spaces inside. The first guillemet of the paragraph is `«` where only
    // a closer could stand, with no quote open: from then on `«` opens and
    // `»` closes, whatever the spaces say.
    if (mark === '«' || mark === '»') {
      if (guillemets === 0 && mark === '«' && canClose && !canOpen && following !== undefined && isSpace(following) && stack.length === 0) swapped = true
      guillemets++
      if (swapped) {
        canOpen = mark === '«'
        canClose = mark === '»'
      }
    }

    const style = openers.get(mark)

    // Try to close: the nearest open quote this mark closes, looking only a
    // bounded way down the stack (hostile input nests thousands deep).
    let depth = -1
    if (closingMarks.has(mark) && (canClose || !canOpen || !style)) {
      const floor = Math.max(0, stack.length - maxNesting * 2)
      depth = stack.length - 1
      while (depth >= floor && !stack[depth].style.closers.includes(mark)) depth--
      if (depth < floor) depth = -1
    }

    // A mark that can open, standing where an opener stands, opens instead of
    // closing a quote further out (`„Er sagte ‚ja‘ und ‚nein‘“`).
    if (depth >= 0 && style && canOpen && !canClose && depth !== stack.length - 1) depth = -1

    if (depth >= 0) {
      const entry = stack[depth]
      stack.length = depth
      if (entry.start === -1) {
        result.carriedEnd = index + 1
        result.carriedClose = mark
      } else {
        spans.push({
          type: 'quote',
          start: entry.start,
          end: index + 1,
          open: entry.open,
          close: mark,
          closed: true,
          kind: 'direct'
        })
      }

      continue
    }

    // `so der Chef."Die Branche …`: a space missing after a full stop; with
    // nothing open to close, a mark before a word opens.
    const afterStop = !canOpen && following !== undefined && following.type === 'WordNode' && previous !== undefined && /^[.!?]$/.test(markOf(previous) ?? '')
    if (style && (style.alwaysOpens || canOpen || afterStop) && !isElision(mark, following, tokens[index + 2])) {
      stack.push({start: index, open: mark, style})
      continue
    }

    if (!apostrophes.has(mark)) {
      report(index, 'unmatched-closing-mark', 'Unexpected closing mark `' + mark + '` with no opening mark before it')
    }
  }

  // Unclosed quotes: the outermost double one goes on or ends here.
  let outer = 0
  while (outer < stack.length && !stack[outer].style.double) outer++
  if (outer < stack.length) {
    const entry = stack[outer]
    if (next !== undefined && next.charAt(0) === entry.open) {
      result.continued = entry
    } else if (entry.start === -1) {
      result.carriedEnd = lastContent(tokens)
      report(
        Math.max(0, result.carriedEnd - 1),
        'unclosed-quote',
        'Unexpected unclosed quote `' + entry.open + '`, expected `' + entry.style.closers.charAt(0) + '` before the paragraph ends'
      )
    } else {
      // A quote unclosed at the end of its paragraph ends there, unless the
      // same mark opens and closes a quote after it: then it is a stray mark
      // and its quote ends with its sentence.
      const stray = spans.some((span) => span.start > entry.start && span.open === entry.open)
      spans.push({
        type: 'quote',
        start: entry.start,
        end: stray ? sentenceEnd(tokens, entry.start) : lastContent(tokens),
        open: entry.open,
        closed: false,
        kind: 'direct'
      })
      report(
        entry.start,
        'unclosed-quote',
        'Unexpected unclosed quote `' + entry.open + '`, expected `' + entry.style.closers.charAt(0) + '` before the paragraph ends'
      )
    }
  } else if (carried && result.carriedEnd === undefined) {
    // The carried quote is only closed by a single mark: end it here.
    result.carriedEnd = lastContent(tokens)
  }

  sortSpans(spans)
  return result
}

/**
 * Whether an apostrophe-like mark stands before an elided word (`’n`, `'s`).
 */
function isElision(
  mark: string,
  following: SentenceContent | undefined,
  after: SentenceContent | undefined
): boolean {
  return (
    apostrophes.has(mark) &&
    following !== undefined &&
    following.type === 'WordNode' &&
    elisions.has(textOf(following).toLowerCase()) &&
    (after === undefined || after.type !== 'PunctuationNode' || !apostrophes.has(after.value))
  )
}

/**
 * Index after the sentence punctuation (and closing marks) that first follows
 * `start` and precedes white space, or after the last token.
 */
function sentenceEnd(tokens: SentenceContent[], start: number): number {
  for (let index = start + 1; index < tokens.length; index++) {
    const mark = markOf(tokens[index])
    if (mark === undefined || !/^[.!?…]+$/.test(mark)) continue
    let end = index + 1
    while (end < tokens.length && !isSpace(tokens[end]) && markOf(tokens[end]) !== undefined) end++
    if (end >= tokens.length || isSpace(tokens[end])) return end
  }

  return lastContent(tokens)
}

/**
 * Index after the last non-white-space token.
 */
function lastContent(tokens: SentenceContent[]): number {
  let end = tokens.length
  while (end > 0 && isSpace(tokens[end - 1])) end--
  return end
}

/**
 * Decide whether each quote is direct speech or a mention, from evidence
 * around and inside it: length, sentence punctuation inside, a colon before,
 * a whole paragraph quoted, a determiner or preposition right before.
 *
 * @param tokens
 *   Tokens of the paragraph.
 * @param spans
 *   Quotes of the paragraph (changed in place).
 * @returns
 *   Nothing.
 */
export function classifyQuotes(tokens: SentenceContent[], spans: QuoteSpan[]): undefined {
  for (const span of spans) span.kind = classify(tokens, span)
  return undefined
}

/**
 * Kind of one quote.
 */
function classify(tokens: SentenceContent[], span: QuoteSpan): 'direct' | 'mention' {
  const innerEnd = span.closed ? span.end - 1 : span.end
  // Read a bounded window: the first words and the last marks (quotes nest,
  // so reading every quote whole would be quadratic).
  let words = 0
  let lower = 0
  let comma = false
  let firstLower = false
  let voiced = false
  for (let index = span.start + 1; index < innerEnd && index - span.start <= classifyWindow; index++) {
    const token = tokens[index]
    if (token.type === 'WordNode') {
      words++
      if (!voiced && isVoiceWord(textOf(token))) voiced = true
      const initial = textOf(token).charAt(0)
      if (!isUpper(initial)) {
        lower++
        if (words === 1 && isLower(initial)) firstLower = true
      }
    } else if (markOf(token) === ',') {
      comma = true
    }
  }

  let lastIndex = innerEnd - 1
  while (lastIndex > span.start && isSpace(tokens[lastIndex])) lastIndex--
  const lastToken = tokens[lastIndex]
  let last: string | undefined
  let lastWord: string | undefined
  if (lastIndex > span.start && lastToken) {
    if (lastToken.type === 'WordNode') {
      lastWord = textOf(lastToken)
      last = lastWord.endsWith('.') ? '.' : undefined
    } else last = markOf(lastToken)
  }

  // The token before the quote, and, when a word, its lower case.
  let before = span.start - 1
  while (before >= 0 && isSpace(tokens[before])) before--
  const previous = tokens[before]
  const previousLower = previous !== undefined && previous.type === 'WordNode' ? textOf(previous).toLowerCase() : undefined

  // After `Motto`, `Titel`, `Überschrift`: a title or slogan, whatever it says.
  if (previousLower !== undefined && titleNouns.has(previousLower)) return 'mention'
  // After `die Aufschrift`, `Parolen wie`, `die Feststellung`: words someone
  // wrote, chanted or said.
  if (utteranceBefore(tokens, span.start)) return 'direct'

  // Sentence punctuation at the end of the quote: speech.
  if (last !== undefined && (last.includes('.') || last.includes('!') || last.includes('?') || last === '…')) {
    if (words > 1) return 'direct'
  }

  // A gloss in brackets (`(„gegossenes Blei“)`) or the first part of a
  // compound (`„Eins zu Eins“-Gespräch`): a term.
  if (markOf(tokens[span.start - 1]) === '(' || startsWithHyphen(tokens[span.end])) return 'mention'

  // A colon before: speech.
  const previousMark = markOf(previous)
  if (previousMark === ':') return 'direct'

  // Speech by its form: a speaker's own voice, or words that end in a verb
  // or a predicative adjective (names and titles end in a noun).
  // After an article the quote is the head of a noun phrase: a name
  // (`der „Aktion Nachbarn hilft“`), whatever its last word.
  const afterArticle = previousLower !== undefined && articles.has(previousLower)
  if (!afterArticle && speechForm(words, voiced, lastWord)) return 'direct'

  // The whole paragraph is the quote.
  if (before < 0) {
    let after = span.end
    while (after < tokens.length && (isSpace(tokens[after]) || markOf(tokens[after]) !== undefined)) after++
    if (after === tokens.length && words > 1) return 'direct'
  }

  // Quoted words that open lower case (`die „volle Verantwortung“`, `einen
  // „vertrauensvollen Dialog“`): a phrase lifted from someone's speech, not a
  // title (titles open upper case).
  if (words >= 2 && firstLower && !(previous && previous.type === 'WordNode' && isUpper(textOf(previous).charAt(0)) && before > 0)) {
    return 'direct'
  }

  // A determiner, preposition or adjective right before: a name or term.
  if (previous && previous.type === 'WordNode' && words < 8) {
    const word = textOf(previous)
    if (previousLower !== undefined && mentionLeaders.has(previousLower)) return 'mention'
    // A noun right before (`die Sendung „…“`, `das Buch „…“`): a title.
    if (isUpper(word.charAt(0)) && before > 0 && !word.endsWith('.')) return 'mention'
  }

  if (words >= 4 || (comma && words >= 3)) return 'direct'
  // Short lower-case fragments after a cue are partial quotes; leave those to
  // the attribution pass. Everything else short is a mention.
  return lower > 0 && words >= 3 ? 'direct' : 'mention'
}

/** Articles: after them quoted words head a noun phrase. Lower case. */
const articles = new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines'])

/**
 * Whether a token right after a closing mark joins it into a compound
 * (`-Gespräch`).
 */
function startsWithHyphen(token: SentenceContent | undefined): boolean {
  if (!token || token.type === 'WhiteSpaceNode') return false
  return textOf(token).startsWith('-')
}
