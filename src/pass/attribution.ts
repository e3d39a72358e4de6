/**
 * Attribution pass: find speech cues (`sagte`, `kündigte … an`, `so`,
 * `laut`, `zufolge`, `nach Angaben von`, `wie … sagte`), the speaker each
 * frames, and the content it reports; give quotes their speaker, also across
 * sentences and paragraphs (a colon frame before a quote paragraph, a run of
 * quotes by one speaker, `Das sagte …` after a quote).
 *
 * It records, per sentence, frames and content ranges for the indirect-speech
 * pass, and the wraps (`AttributionNode`, `CueNode`, `SpeakerNode`) that the
 * tree gets at the end.
 *
 * @module
 */

import type {Paragraph, Sentence, SentenceContent} from 'nlcst'
import type {Attribution, Cue, InterviewRoot, Quote, SpeakerMention} from '../types.js'
import type {Context, Pass} from '../passes.js'
import {speechVerbForms, type SpeechVerbForm} from '../util/speech-verb-forms.js'
import {
  contentOpeners,
  determiners,
  frontAdverbs,
  sourceNouns,
  speakerPronouns
} from '../lexicon/function-words.js'
import {sentenceOpeners} from '../lexicon/sentence-openers.js'
import {femaleFirstNames, maleFirstNames} from '../lexicon/first-names.js'
import {nameParticles} from '../lexicon/roles.js'
import {hasSubjunctive} from '../util/mood.js'
import {parseNounPhrase, skipSpace, type NounPhrase} from '../util/noun-phrase.js'
import {createRegistry, type Registry} from '../util/speaker-registry.js'
import {isUpper, markOf, textOf} from '../util/tokens.js'
import type {Wrap} from '../util/wrap.js'
import {maxFrameSentence} from '../constants.js'

/** A frame: a cue, its speaker, and the content it reports. */
export interface Frame {
  /** Lemma of the cue (`sagen`, `laut`, `so`). */
  lemma: string
  /** Child range of the whole frame (cue, speaker, particle). */
  start: number
  /** End of the frame range. */
  end: number
  /** Child range of the cue word(s). */
  cueStart: number
  /** End of the cue. */
  cueEnd: number
  /** Speaker phrase. */
  speaker?: NounPhrase
  /** Resolved speaker identifier. */
  speakerId?: string
  /** Child ranges of reported content (without the frame). */
  content: Array<[number, number]>
  /** A name after the speaker, set off by a comma (`der Sprecher, Max Roth`). */
  apposition?: NounPhrase
  /** Whether the cue is a speech verb (not `laut`, `so`, `zufolge`). */
  verb?: boolean
  /** `'wie'` for `wie X sagte` frames. */
  via?: 'wie'
  /** Whether the content follows a colon. */
  colon: boolean
  /** Whether the cue is a verb of opinion (needs `dass` or Konjunktiv). */
  opinion: boolean
  /**
   * Where the content is: `'pre'` (frame first: `Rutte sagte, dass …`),
   * `'post'` (frame after: `…, so Rutte.`), `'around'` (`laut Rutte`,
   * `Rutte zufolge`, `wie Rutte sagte`), `'inline'` (quotes in the clause).
   */
  layout: 'around' | 'inline' | 'post' | 'pre'
}

/** What the attribution pass found in one sentence. */
export interface SentenceRecord {
  /** The sentence. */
  sentence: Sentence
  /** Its paragraph. */
  paragraph: Paragraph
  /** Frames found. */
  frames: Frame[]
  /** Wraps to apply at the end. */
  wraps: Wrap[]
  /** Order of the sentence in the document. */
  order: number
  /** Direct quotes directly in the sentence. */
  quotes: Quote[]
  /** Whether the sentence is only a quote (and punctuation). */
  quoteOnly: boolean
  /** Whether the indirect-speech pass found reported speech in it. */
  reported?: boolean
  /** The frame of a sentence that refers back to the one before (`Dies sagte Rutte.`). */
  refersBack?: Frame
}

/** Data the attribution pass leaves for later passes. */
export interface AttributionData {
  /**
   * Per-sentence records in document order (the indirect-speech pass drops
   * those it is done with from the front).
   */
  records: SentenceRecord[]
  /** The speaker table. */
  registry: Registry
  /** State carried from sentence to sentence (the pass's own). */
  state: AttributionState
}

declare module '../passes.js' {
  interface ContextData {
    attribution?: AttributionData
  }
}

/**
 * Finite auxiliaries of the perfect (`hat gesagt`). Speech verbs form it with
 * `haben`, so `sein` is left out (`ist … geraten` is no cue); a passive
 * (`wird … geschlossen`, `wurde mitgeteilt`) has no speaker as its subject,
 * so `werden` is left out too.
 */
const auxiliaries = new Set(['hat', 'haben', 'hatte', 'hatten', 'habe', 'hätte', 'hätten'])

/** Words that open a frame other than speech verbs. */
const sourceWords = new Set(['laut', 'gemäß', 'zufolge', 'folge', 'nach', 'aus', 'so', 'wie'])

/** Words that may be cues: source words and speech verb forms. */
const cueWords: ReadonlySet<string> = new Set([...sourceWords, ...speechVerbForms.keys()])

/** Given names, female and male, for a first look-up. */
const firstNames: ReadonlySet<string> = new Set([...femaleFirstNames, ...maleFirstNames])

/** Separators of clauses at sentence level. */
const separators = new Set([',', ';', ':', '–', '—'])

/**
 * Attribution pass. It reads each paragraph as the builder makes it (every
 * paragraph in document order, also those inside quotes that span
 * paragraphs: what a sentence gets depends only on what comes before), and
 * finishes the speaker table once the tree is built.
 */
export const attribution: Pass = {name: 'attribution', paragraph: attributeParagraph, root: attribute}

/**
 * The pass's data for this parse (made on first use).
 */
function dataOf(context: Context): AttributionData {
  let data = context.data.attribution
  if (!data) {
    const registry = createRegistry()
    const state: State = {
      registry,
      order: 0,
      previous: undefined,
      pending: undefined,
      lastSpeaker: undefined,
      lastOrder: -10,
      framedOffsets: [],
      framedSpeakers: []
    }
    data = {records: [], registry, state}
    context.data.attribution = data
  }

  return data
}

/**
 * Analyse a paragraph that the builder made.
 *
 * @param paragraph
 *   Paragraph.
 * @param context
 *   Context.
 * @returns
 *   Nothing.
 */
function attributeParagraph(paragraph: Paragraph, context: Context): undefined {
  const data = dataOf(context)
  analyseParagraph(paragraph, data.records, data.state)
  return undefined
}

/**
 * Finish the attribution pass: the speaker table (the paragraphs were
 * analysed as they were built).
 *
 * @param tree
 *   Tree.
 * @param context
 *   Context.
 * @returns
 *   Nothing.
 */
function attribute(tree: InterviewRoot, context: Context): undefined {
  const registry = dataOf(context).registry
  registry.finish()
  tree.speakers = registry.speakers
  return undefined
}

/** State carried from sentence to sentence. */
export type AttributionState = State

/** State carried from sentence to sentence. */
interface State {
  /** Speaker table. */
  registry: Registry
  /** Running order of sentences. */
  order: number
  /** Record of the previous sentence. */
  previous: SentenceRecord | undefined
  /** Speaker of a frame that ended in a colon with nothing after it. */
  pending: string | undefined
  /** Speaker of the last attributed speech. */
  lastSpeaker: string | undefined
  /** Order of the last attributed speech. */
  lastOrder: number
  /**
   * Start offsets of the sentences with a framed speaker, in order (for
   * later passes: who spoke last before a place).
   */
  framedOffsets: number[]
  /** The last framed speaker of each of those sentences. */
  framedSpeakers: string[]
}

/**
 * Analyse the sentences of a paragraph.
 */
function analyseParagraph(paragraph: Paragraph, records: SentenceRecord[], state: State): undefined {
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') {
      records.push(analyse(child, paragraph, state))
    } else if (child.type === 'QuoteNode') {
      // A quoted paragraph: a quote in a sentence of its own.
      quoteAlone(child, state)
    }
  }

  state.order++
  return undefined
}

/**
 * Give a quote standing alone its speaker from context.
 */
function quoteAlone(quote: Quote, state: State): undefined {
  state.order++
  if (quote.kind !== 'direct') return undefined
  const speaker = state.pending ?? (state.order - state.lastOrder <= 2 ? state.lastSpeaker : undefined)
  if (speaker) {
    quote.speaker = speaker
    state.lastSpeaker = speaker
    state.lastOrder = state.order
  }

  state.pending = undefined
  return undefined
}

/**
 * Analyse one sentence.
 */
function analyse(sentence: Sentence, paragraph: Paragraph, state: State): SentenceRecord {
  state.order++
  const children = sentence.children
  const record: SentenceRecord = {
    sentence,
    paragraph,
    frames: [],
    wraps: [],
    order: state.order,
    quotes: [],
    quoteOnly: false
  }

  // One walk: direct quotes, words, whether there are quotes at all, and the
  // clause boundaries (separators) that finding frames needs.
  let words = 0
  let quotes = false
  const bounds: number[] = []
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    const type = child.type
    if (type === 'WordNode') words++
    else if (type === 'QuoteNode') {
      quotes = true
      if (child.kind === 'direct') record.quotes.push(child)
    } else if (type === 'PunctuationNode' || type === 'SymbolNode') {
      const mark = child.value
      if (!separators.has(mark)) continue
      // The comma in `Gesundheits-, Sozial- und …direktor` lists compounds.
      const previous = children[index - 1]
      if (mark === ',' && previous?.type === 'WordNode' && textOf(previous).endsWith('-')) continue
      bounds.push(index)
    }
  }

  record.quoteOnly = record.quotes.length > 0 && words === 0
  noteNames(children, state)

  // Finding frames scans the clause around every cue, and a frame's content
  // up to the sentence end: quadratic in the length of a sentence. A sentence
  // this long is hostile input or unpunctuated text, not prose.
  const frames = children.length <= maxFrameSentence ? findFrames(children, bounds, state) : []
  record.frames = frames

  // Speakers of quotes inside frames' content. A quote that a frame
  // introduces or closes alone is speech, however short (`„Nein“, sagte
  // sie`, `Sie nannte die Lage „ernst“`).
  let known: Set<Quote> | undefined
  for (const frame of frames) {
    // A frame with a speaker phrase makes its quote speech even when the
    // phrase resolves to nobody (`„…“, sagte sie` with no `sie` before).
    const speaks = frame.speakerId !== undefined || frame.speaker !== undefined
    for (const [start, end] of frame.content) {
      const alone = speaks && end - start === 1 && frame.layout !== 'around' && !nameLike(children[start])
      for (let index = start; index < end; index++) {
        const child = children[index]
        if (child.type !== 'QuoteNode' || child.speaker !== undefined) continue
        if (child.kind === 'mention' && alone) child.kind = 'direct'
        if (child.kind !== 'direct') continue
        child.cue = frame.lemma
        if (frame.speakerId === undefined) continue
        child.speaker = frame.speakerId
        known ??= new Set(record.quotes)
        if (!known.has(child)) {
          known.add(child)
          record.quotes.push(child)
        }
      }
    }
  }

  // `Anna Roth, Ministerin: „…“` and `Roth wörtlich: „…“`: a speaker phrase
  // and a colon right before a quote.
  for (let index = 0; quotes && index < children.length; index++) {
    const quote = children[index]
    if (quote.type !== 'QuoteNode' || quote.kind !== 'direct' || quote.speaker !== undefined) continue
    const phrase = colonSpeaker(children, index)
    if (phrase && state.registry.plausible(phrase)) {
      const identifier = state.registry.resolve(phrase, phraseText(children, phrase), state.order)
      if (identifier !== undefined) quote.speaker = identifier
    }
  }

  // A sentence that refers back to the one before (`Das sagte Rutte.`): its
  // quotes are that speaker's (the indirect-speech pass takes its words).
  const previous = state.previous
  const framed = frames.find((frame) => frame.speakerId !== undefined)
  if (framed && refersBack(children, framed)) {
    record.refersBack = framed
    if (previous) {
      for (const quote of previous.quotes) {
        if (quote.speaker === undefined) quote.speaker = framed.speakerId
      }
    }
  }

  // Quotes without a frame: from a colon frame before, or a run.
  for (const quote of record.quotes) {
    if (quote.speaker !== undefined) continue
    const speaker = state.pending ?? (record.quoteOnly && state.order - state.lastOrder <= 2 ? state.lastSpeaker : undefined)
    if (speaker) quote.speaker = speaker
  }

  // What carries on.
  state.pending = undefined
  let lastFramed: string | undefined
  for (const frame of frames) {
    if (frame.speakerId === undefined) continue
    lastFramed = frame.speakerId
    state.lastSpeaker = frame.speakerId
    state.lastOrder = state.order
    if (frame.colon && frame.content.length === 0) state.pending = frame.speakerId
  }

  if (lastFramed !== undefined) {
    state.framedOffsets.push(sentence.position?.start.offset ?? 0)
    state.framedSpeakers.push(lastFramed)
  }

  for (const quote of record.quotes) {
    if (quote.speaker !== undefined) {
      state.lastSpeaker = quote.speaker
      state.lastOrder = state.order
    }
  }

  record.wraps = wrapsOf(frames)
  state.previous = record
  return record
}

/**
 * Whether a node is a quote that reads as a name or title (`„Der Spiegel“`,
 * `„Thai Rak Thai“`, `„Omni-Sport“`) rather than quoted words: only
 * capitalised words, and several of them or one with a hyphen, digit or inner
 * capital.
 *
 * @param node
 *   Node.
 * @returns
 *   Whether it is a name-like quote.
 */
export function nameLike(node: SentenceContent): boolean {
  if (node.type !== 'QuoteNode') return false
  const words: string[] = []
  for (const child of node.children) {
    if (child.type === 'WordNode') words.push(textOf(child))
    else if (child.type !== 'PunctuationNode' && child.type !== 'WhiteSpaceNode' && child.type !== 'SymbolNode') return false
  }

  if (words.length === 0) return false
  for (const word of words) if (!isUpper(word.charAt(0)) && !(word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57)) return false
  if (words.length > 1) return true
  const word = words[0]
  for (let index = 1; index < word.length; index++) {
    const character = word.charAt(index)
    if (character === '-' || (character >= '0' && character <= '9') || isUpper(character)) return true
  }

  return false
}

/**
 * Record full names (`Mark Rutte`: a known given name and a capitalised
 * word) for the registry.
 */
function noteNames(children: SentenceContent[], state: State): undefined {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    if (child.type !== 'WordNode') continue
    const text = textOf(child)
    if (!startsUpper(text) || !firstNames.has(text)) continue
    const given = [text]
    let next = skipSpace(children, index + 1, children.length)
    // More given names.
    while (children[next]?.type === 'WordNode') {
      const word = textOf(children[next])
      if (!firstNames.has(word)) break
      const after = skipSpace(children, next + 1, children.length)
      if (children[after]?.type !== 'WordNode' || !isUpper(textOf(children[after]).charAt(0))) break
      given.push(word)
      next = after
    }

    const surname = children[next]
    if (surname?.type === 'WordNode') {
      const word = textOf(surname)
      if (isUpper(word.charAt(0)) && !sentenceOpeners.has(word)) {
        // The word before the given name, when it is capitalised: a role.
        let back = index - 1
        while (back >= 0 && children[back].type === 'WhiteSpaceNode') back--
        const before = back >= 0 && children[back].type === 'WordNode' ? textOf(children[back]) : undefined
        const role = before !== undefined && isUpper(before.charAt(0)) ? before : undefined
        state.registry.noteName(given, word, state.order, role)
        index = next
      }
    }
  }

  return undefined
}

/**
 * Whether a framed sentence refers back to the sentence before it
 * (`Das sagte Rutte.`, `So Rutte.`, `Dies erklärte sie am Montag.`).
 */
function refersBack(children: SentenceContent[], frame: Frame): boolean {
  const first = skipSpace(children, 0, children.length)
  const word = children[first]
  if (!word || word.type !== 'WordNode') return false
  const lower = textOf(word).toLowerCase()
  return (lower === 'das' || lower === 'dies' || lower === 'so' || lower === 'sagt' || lower === 'sagte') && frame.content.length === 0
}

/**
 * Find the frames of a sentence, given its clause boundaries (indices of
 * separators).
 */
function findFrames(children: SentenceContent[], bounds: number[], state: State): Frame[] {
  const frames: Frame[] = []
  const length = children.length

  let boundCursor = 0
  const firstWord = skipSpace(children, 0, length)
  for (let index = 0; index < length; index++) {
    const child = children[index]
    while (boundCursor < bounds.length && bounds[boundCursor] < index) boundCursor++
    if (child.type !== 'WordNode') continue
    // Skip words inside an earlier frame.
    if (frames.length > 0 && index < frames[frames.length - 1].end) continue
    const text = textOf(child)
    // Cues are lower case inside a sentence (a capitalised word there is a
    // noun); only the first word may be capitalised.
    if (index !== firstWord && startsUpper(text) && text !== 'Folge') continue
    const lower = text.toLowerCase()
    if (!cueWords.has(lower)) continue
    const clauseStart = boundCursor > 0 ? bounds[boundCursor - 1] + 1 : 0
    const clauseEnd = boundCursor < bounds.length ? bounds[boundCursor] : length
    const frame =
      prepositionFrame(children, index, lower, clauseStart, clauseEnd, state.registry) ??
      verbFrame(children, index, text, lower, clauseStart, clauseEnd, state.registry)
    if (!frame) continue
    layout(children, frame, bounds, frames)
    // A cue with neither speaker nor content frames nothing.
    if (!frame.speaker && frame.content.length === 0) continue
    if (frame.apposition && state.registry.plausible(frame.apposition)) {
      // The name set off after a role names the speaker; the role is an alias.
      const role = frame.speaker
      frame.speaker = frame.apposition
      frame.speakerId = state.registry.resolve(frame.apposition, phraseText(children, frame.apposition), state.order)
      if (role && frame.speakerId !== undefined) state.registry.addAlias(frame.speakerId, phraseText(children, role))
    } else if (frame.speaker) {
      const speakerText = phraseText(children, frame.speaker)
      frame.speakerId = state.registry.resolve(frame.speaker, speakerText, state.order)
    }

    frames.push(frame)
    index = frame.end - 1
  }

  return frames
}

/**
 * A frame made by `laut`, `zufolge`, `nach Angaben`, `so`, `wie … sagte`.
 */
function prepositionFrame(
  children: SentenceContent[],
  index: number,
  lower: string,
  clauseStart: number,
  clauseEnd: number,
  registry: Registry
): Frame | undefined {
  const frame = sourceFrame(children, index, lower, clauseStart, clauseEnd)
  // `laut`, `zufolge`, `nach Angaben` name a source whatever it is (`dem
  // Bericht zufolge`); `so` and `wie` need a speaker.
  // `so die Studie`, `so das Ergebnis einer Umfrage`: a source too.
  if (frame && frame.speaker && frame.via === 'wie' && !registry.plausible(frame.speaker)) {
    return undefined
  }

  return frame
}

/**
 * A frame made by `laut`, `zufolge`, `nach Angaben`, `so`, `wie … sagte`,
 * before checking its speaker.
 */
function sourceFrame(
  children: SentenceContent[],
  index: number,
  lower: string,
  clauseStart: number,
  clauseEnd: number
): Frame | undefined {
  const length = children.length

  if (lower === 'laut' || lower === 'gemäß') {
    const phrase = parseNounPhrase(children, index + 1, clauseEnd)
    if (!phrase || phrase.pronoun) return undefined
    return frameOf('laut', index, phrase.end, index, index + 1, phrase)
  }

  // `Gerüchten zu Folge`: the old spelling of `zufolge`.
  if (lower === 'folge' && index >= 2 && children[index - 2].type === 'WordNode' && textOf(children[index - 2]).toLowerCase() === 'zu') {
    for (let start = clauseStart; start < index - 2; start++) {
      if (children[start].type !== 'WordNode') continue
      const phrase = parseNounPhrase(children, start, index - 2)
      if (phrase && skipSpace(children, phrase.end, index - 2) === index - 2) {
        return frameOf('zufolge', phrase.start, index + 1, index - 2, index + 1, phrase)
      }
    }

    return undefined
  }

  if (lower === 'zufolge') {
    // The phrase before: try starts from the clause start on.
    for (let start = clauseStart; start < index; start++) {
      if (children[start].type !== 'WordNode') continue
      const phrase = parseNounPhrase(children, start, index)
      if (phrase && skipSpace(children, phrase.end, index) === index) {
        return frameOf('zufolge', phrase.start, index + 1, index, index + 1, phrase)
      }
    }

    return undefined
  }

  // `Dem Vernehmen nach`, `Seiner Meinung nach`: `nach` after the source.
  if (lower === 'nach' && index > clauseStart) {
    let back = index - 1
    while (back >= clauseStart && children[back].type === 'WhiteSpaceNode') back--
    const noun = children[back]
    if (noun && noun.type === 'WordNode' && (isSourceNoun(textOf(noun).toLowerCase()) || textOf(noun) === 'Vernehmen')) {
      // The article or possessive before the noun belongs to the frame.
      let start = back - 1
      while (start >= clauseStart && children[start].type === 'WhiteSpaceNode') start--
      const article = children[start]
      const first = article && article.type === 'WordNode' && determiners.has(textOf(article).toLowerCase()) ? start : back
      return frameOf('nach Angaben', first, index + 1, first, index + 1, undefined)
    }
  }

  if (lower === 'nach' || lower === 'aus') {
    // `nach Angaben der Polizei`, `nach eigenen Angaben`, `nach
    // Polizeiangaben`, `Nach einer Stellungnahme der Armee`.
    let nounIndex = skipSpace(children, index + 1, clauseEnd)
    for (let round = 0; round < 3; round++) {
      const word = children[nounIndex]
      if (!word || word.type !== 'WordNode') return undefined
      const text = textOf(word)
      if (isUpper(text.charAt(0))) break
      nounIndex = skipSpace(children, nounIndex + 1, clauseEnd)
    }

    const noun = children[nounIndex]
    if (!noun || noun.type !== 'WordNode' || !isSourceNoun(textOf(noun).toLowerCase())) return undefined
    let next = skipSpace(children, nounIndex + 1, clauseEnd)
    const word = children[next]
    if (word && word.type === 'WordNode' && (textOf(word) === 'von' || textOf(word) === 'vom')) next++
    const phrase = parseNounPhrase(children, next, clauseEnd)
    if (phrase && !phrase.pronoun && (phrase.determined || isUpper(textOf(children[phrase.start]).charAt(0)))) {
      return frameOf('nach Angaben', index, phrase.end, index, nounIndex + 1, phrase)
    }

    return frameOf('nach Angaben', index, nounIndex + 1, index, nounIndex + 1, undefined)
  }

  if (lower === 'so') {
    // `…, so Rutte.` / `…, so der Minister, …`: after a separator, before
    // the clause end.
    let before = index - 1
    while (before >= 0 && children[before].type === 'WhiteSpaceNode') before--
    const mark = markOf(children[before])
    if (before >= 0 && (mark === undefined || !separators.has(mark))) return undefined
    const phrase = parseNounPhrase(children, index + 1, clauseEnd)
    if (!phrase) return undefined
    let after = skipSpace(children, phrase.end, length)
    // `so Rutte am Montag`.
    after = skipAdverbial(children, after, clauseEnd)
    if (after < clauseEnd && !isTerminalMark(markOf(children[after]))) return undefined
    return frameOf('so', index, phrase.end, index, index + 1, phrase)
  }

  if (lower === 'wie' && index >= clauseStart) {
    // `wie (schon) Rutte sagte`: a phrase and a cue verb at the clause end.
    const phrase = parseNounPhrase(children, skipFront(children, index + 1, clauseEnd), clauseEnd)
    if (!phrase) return undefined
    const verbIndex = lastWord(children, phrase.end, clauseEnd)
    if (verbIndex < 0) return undefined
    const forms = speechVerbForms.get(textOf(children[verbIndex]).toLowerCase())
    const form = forms?.find((entry) => isFinite(entry) && entry.particle === undefined && entry.person === 3)
    if (!form) return undefined
    const frame = frameOf(form.lemma, index, verbIndex + 1, verbIndex, verbIndex + 1, phrase)
    frame.via = 'wie'
    return frame
  }

  return undefined
}

/**
 * A frame made by a speech verb.
 */
function verbFrame(
  children: SentenceContent[],
  index: number,
  text: string,
  lower: string,
  clauseStart: number,
  clauseEnd: number,
  registry: Registry
): Frame | undefined {
  const forms = speechVerbForms.get(lower)
  if (!forms) return undefined
  // A capitalised form inside a sentence is a noun (`die Aussage`, `Sagen`).
  const first = skipSpace(children, 0, children.length)
  if (isUpper(text.charAt(0)) && index !== first) return undefined

  let chosen: SpeechVerbForm | undefined
  let particleIndex = -1
  for (const form of forms) {
    if (form.form === 'infinitive' || form.form === 'zu-infinitive') continue
    if (form.reflexive && findWord(children, clauseStart, clauseEnd, 'sich') < 0) continue
    if (form.person !== undefined && form.person !== 3) continue
    if (form.particle !== undefined) {
      const found = findWord(children, index + 1, clauseEnd, form.particle)
      if (found < 0) continue
      chosen = form
      particleIndex = found
      break
    }

    if (!chosen) chosen = form
  }

  if (!chosen) return undefined
  // `heißen` reports only as `heißt es` (`Das Dorf heißt Au` names a place).
  if (chosen.lemma === 'heißen' && !nextWordIs(children, index + 1, 'es')) return undefined

  // Participles need an auxiliary in the clause; the subject sits around it.
  let finite = index
  if (chosen.form === 'participle') {
    finite = -1
    for (let back = index - 1; back >= clauseStart; back--) {
      const child = children[back]
      if (child.type === 'WordNode' && auxiliaries.has(textOf(child).toLowerCase())) {
        finite = back
        break
      }
    }

    if (finite < 0) return undefined
  }

  // The subject: before the finite verb when a phrase fills the clause up to
  // it, else right after it.
  let speaker: NounPhrase | undefined
  const head = skipFront(children, clauseStart, finite)
  if (head < finite) {
    const phrase = parseNounPhrase(children, head, finite, lowerOpeners, true)
    if (phrase && skipSpace(children, phrase.end, finite) === finite && registry.plausible(phrase)) speaker = phrase
  }

  if (!speaker) {
    let after = skipSpace(children, finite + 1, clauseEnd)
    // `äußerte sich der Chef`, `erinnerte sich Trotnow`.
    if (children[after]?.type === 'WordNode' && textOf(children[after]).toLowerCase() === 'sich') {
      after = skipSpace(children, after + 1, clauseEnd)
    }

    after = skipAdverbial(children, after, clauseEnd)
    const phrase = parseNounPhrase(children, after, clauseEnd, lowerOpeners)
    if (phrase && (finite !== index || phrase.start > index) && registry.plausible(phrase)) speaker = phrase
  }

  // `Der Leiter der Studie, Paulo Pinheiro, sieht …`: a subject with its
  // apposition, set off by commas before the verb.
  if (!speaker && head === finite && clauseStart > 0) {
    speaker = appositionSubject(children, clauseStart - 1, registry)
  }

  const start = Math.min(speaker ? speaker.start : finite, finite)
  const end = Math.max(index + 1, particleIndex + 1, speaker ? speaker.end : 0)
  const frame = frameOf(chosen.lemma, start, end, index, index + 1, speaker)
  frame.opinion = chosen.kind === 'opinion'
  frame.verb = true
  return frame
}

/**
 * The subject before a comma at `comma` when it is a phrase and its
 * apposition (`Der Leiter der Studie, Paulo Pinheiro,`): the apposition when
 * it names a person, else the phrase.
 */
function appositionSubject(children: SentenceContent[], comma: number, registry: Registry): NounPhrase | undefined {
  if (markOf(children[comma]) !== ',') return undefined
  let middle = comma - 1
  while (middle >= 0 && markOf(children[middle]) !== ',' && !separators.has(markOf(children[middle]) ?? '')) middle--
  if (middle < 0 || markOf(children[middle]) !== ',') return undefined
  let first = middle - 1
  while (first >= 0 && !separators.has(markOf(children[first]) ?? '')) first--
  const outer = parseNounPhrase(children, first + 1, middle, lowerOpeners)
  const inner = parseNounPhrase(children, middle + 1, comma, lowerOpeners)
  if (!outer || !inner || outer.pronoun || inner.pronoun) return undefined
  if (skipSpace(children, outer.end, middle) !== middle || skipSpace(children, inner.end, comma) !== comma) return undefined
  if (registry.plausible(inner) && namesPerson(inner)) return inner
  return registry.plausible(outer) ? outer : undefined
}

/**
 * The speaker phrase of `Name, role: „…“` or `Name wörtlich: „…“` before the
 * quote at `index`, if the sentence opens with it.
 */
function colonSpeaker(children: SentenceContent[], index: number): NounPhrase | undefined {
  let colon = index - 1
  while (colon >= 0 && children[colon].type === 'WhiteSpaceNode') colon--
  if (colon < 0 || markOf(children[colon]) !== ':') return undefined
  const first = skipSpace(children, 0, colon)
  const phrase = parseNounPhrase(children, first, colon, lowerOpeners)
  if (!phrase || phrase.pronoun) return undefined
  let next = skipSpace(children, phrase.end, colon)
  // `wörtlich`, `dazu`.
  const word = children[next]
  if (word && word.type === 'WordNode' && colonAdverbs.has(textOf(word).toLowerCase())) next = skipSpace(children, next + 1, colon)
  if (next === colon) return phrase
  // `Name, role:` — the name.
  if (markOf(children[next]) === ',') {
    const role = parseNounPhrase(children, next + 1, colon)
    if (role && skipSpace(children, role.end, colon) === colon) return phrase
  }

  return undefined
}

/** Adverbs between a speaker and a colon (`Roth wörtlich:`). */
const colonAdverbs = new Set(['wörtlich', 'dazu', 'damals', 'heute', 'gestern', 'knapp', 'kurz'])

/**
 * Whether a phrase holds a known given name.
 */
function namesPerson(phrase: NounPhrase): boolean {
  return phrase.words.some((word) => femaleFirstNames.has(word.text) || maleFirstNames.has(word.text))
}

/** Sentence openers, lower case, that cannot head a speaker phrase. */
const lowerOpeners: ReadonlySet<string> = new Set(
  [...sentenceOpeners].filter((word) => !speakerPronouns.has(word.toLowerCase())).map((word) => word.toLowerCase())
)

/**
 * Make a frame.
 */
function frameOf(
  lemma: string,
  start: number,
  end: number,
  cueStart: number,
  cueEnd: number,
  speaker: NounPhrase | undefined
): Frame {
  const frame: Frame = {lemma, start, end, cueStart, cueEnd, content: [], colon: false, opinion: false, layout: 'inline'}
  if (speaker) frame.speaker = speaker
  return frame
}

/**
 * Find what a frame reports: the clauses around it.
 */
function layout(children: SentenceContent[], frame: Frame, bounds: number[], frames: Frame[]): undefined {
  const length = children.length
  const floor = frames.length > 0 ? frames[frames.length - 1].end : 0
  // Separators around the frame.
  let before = -1
  let after = length
  for (const bound of bounds) {
    if (bound < frame.start) before = bound
    else if (bound >= frame.end) {
      after = bound
      break
    }
  }

  const sentenceEnd = contentEnd(children, length)
  const clauseStart = before + 1
  const frameAtClauseStart = skipSpace(children, clauseStart, frame.start) === frame.start

  if (frame.lemma === 'laut' || frame.lemma === 'zufolge' || frame.lemma === 'nach Angaben' || frame.via === 'wie') {
    // Around the frame, inside its sentence.
    // The commas of `…, wie Rutte sagte, …` are trimmed off by `push`.
    frame.layout = 'around'
    push(frame, children, floor, frame.start)
    push(frame, children, frame.end, sentenceEnd)
    return undefined
  }

  const separator = before >= 0 ? markOf(children[before]) : undefined
  const comma = separator === ',' || separator === '–' || separator === '—'
  // A frame that opens its clause after a comma closes the content before
  // it only when its speaker follows the cue (`…, sagte Rutte.`, `…, so
  // Rutte.`); `Rutte, der …, sagte, dass …` has its speaker before.
  const inverted =
    frame.lemma === 'so' ||
    (frame.speaker !== undefined && frame.speaker.start > frame.cueStart) ||
    (frame.speaker === undefined && nextWordIs(children, frame.cueEnd, 'es'))
  const afterStart = after < length && markOf(children[after]) === ',' ? after + 1 : -1
  const reports = afterStart >= 0 && opensReport(children, afterStart, sentenceEnd)

  // `„Das schaffen wir!“ grient er.`: a quote right before, no comma.
  const quoteBefore = comma ? -1 : quoteRightBefore(children, frame.start, floor)
  if (quoteBefore >= 0 && inverted && !reports) {
    frame.layout = 'post'
    frame.content.push([quoteBefore, quoteBefore + 1])
    return undefined
  }

  if (before >= floor && frameAtClauseStart && before >= 0 && comma && inverted && !reports) {
    // After its content: `„…“, sagte sie.`, `…, so Rutte.`; in the middle:
    // `…, so schätzen die Forscher, …`.
    frame.layout = 'post'
    push(frame, children, floor, before)
    if (afterStart >= 0 && afterStart < sentenceEnd) {
      if (isApposition(children, afterStart, sentenceEnd)) {
        // `…, sagte die Sprecherin des Vereins, Anna Roth.`
        const phrase = parseNounPhrase(children, afterStart, sentenceEnd)
        if (phrase && skipSpace(children, phrase.end, sentenceEnd) === sentenceEnd) {
          frame.apposition = phrase
          frame.end = phrase.end
        }
      } else {
        push(frame, children, afterStart, sentenceEnd)
      }
    }

    return undefined
  }

  if (after < length) {
    // Before its content: `Rutte sagte, dass …`, `Rutte sagte: „…“`. Quotes in
    // the frame's own clause are its words too (`bezeichnete X als „…“, …`).
    const mark = markOf(children[after])
    if (mark === ':') frame.colon = true
    frame.layout = 'pre'
    for (let index = frame.end; index < after; index++) {
      if (children[index].type === 'QuoteNode' && !namedBefore(children, index)) frame.content.push([index, index + 1])
    }

    if (mark === ',' || mark === ':') push(frame, children, after + 1, sentenceEnd)
    return undefined
  }

  // A frame with nothing around it by commas (`Sie nannte die Lage „ernst“`):
  // quotes in its clause are its content.
  for (let index = frame.end; index < sentenceEnd; index++) {
    const child = children[index]
    if (child.type === 'QuoteNode' && !namedBefore(children, index)) frame.content.push([index, index + 1])
  }

  return undefined
}

/**
 * Whether the word right before child `index` is a noun (`die Agentur
 * „Xinhua“`): the quote then names something.
 */
function namedBefore(children: SentenceContent[], index: number): boolean {
  // Lower-case quoted words after a noun are what the noun is called
  // (`nannte die Lage „ernst“`): speech.
  const quote = children[index]
  if (quote.type === 'QuoteNode') {
    const first = quote.children.find((child) => child.type === 'WordNode')
    if (first && !isUpper(textOf(first).charAt(0))) return false
  }

  let back = index - 1
  while (back >= 0 && children[back].type === 'WhiteSpaceNode') back--
  const child = children[back]
  if (!child || child.type !== 'WordNode') return false
  const text = textOf(child)
  // A noun (`die Agentur „Xinhua“`) or a definite article (`des „Spiegel“`)
  // before a capitalised quote: a name. After an indefinite article the
  // words are quoted (`von einem „Katzenjahr“`).
  return isUpper(text.charAt(0)) || definiteArticles.has(text)
}

/** Definite articles, as written inside a sentence. */
const definiteArticles = new Set(['der', 'die', 'das', 'des', 'dem', 'den'])

/**
 * Index of a quote that ends right before `start` (white space between), at
 * or after `floor`; else `-1`.
 */
function quoteRightBefore(children: SentenceContent[], start: number, floor: number): number {
  let index = start - 1
  while (index >= floor && children[index].type === 'WhiteSpaceNode') index--
  return index >= floor && children[index].type === 'QuoteNode' ? index : -1
}

/**
 * Whether a word starts with an upper-case letter (ASCII checked first, as
 * it is cheap).
 */
function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return isUpper(text.charAt(0))
}

/**
 * Whether the next word after `index` is `word` (lower case).
 */
function nextWordIs(children: SentenceContent[], index: number, word: string): boolean {
  const next = skipSpace(children, index, children.length)
  const child = children[next]
  return child !== undefined && child.type === 'WordNode' && textOf(child).toLowerCase() === word
}

/**
 * Whether a word (lower case) is a source noun or a compound ending in one
 * (`Angaben`, `Polizeiangaben`, `Stellungnahme`).
 */
function isSourceNoun(lower: string): boolean {
  if (sourceNouns.has(lower)) return true
  // Source nouns are short: only the last few suffixes can match.
  for (let index = Math.max(3, lower.length - 20); index < lower.length - 4; index++) {
    if (sourceNouns.has(lower.slice(index))) return true
  }

  return false
}

/**
 * Whether children `from`–`to` open reported content: a `dass`/`ob`/w-word
 * first, or a Konjunktiv verb.
 */
function opensReport(children: SentenceContent[], from: number, to: number): boolean {
  const first = skipSpace(children, from, to)
  const word = children[first]
  if (word && word.type === 'WordNode' && contentOpeners.has(textOf(word).toLowerCase())) return true
  return hasSubjunctive(children, from, to)
}

/**
 * Whether children `from`–`to` are a short name set off after a speaker
 * (capitalised words and name particles only).
 */
function isApposition(children: SentenceContent[], from: number, to: number): boolean {
  let words = 0
  for (let index = from; index < to; index++) {
    const child = children[index]
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type !== 'WordNode') return false
    const text = textOf(child)
    words++
    if (words > 5) return false
    if (!isUpper(text.charAt(0)) && !nameParticles.has(text)) return false
  }

  return words > 0
}

/**
 * Add a content range, trimmed of white space and punctuation; empty ones are
 * dropped.
 */
function push(frame: Frame, children: SentenceContent[], from: number, to: number): undefined {
  let start = from
  let end = to
  while (start < end && (children[start].type === 'WhiteSpaceNode' || children[start].type === 'PunctuationNode' || children[start].type === 'SymbolNode')) start++
  while (end > start && (children[end - 1].type === 'WhiteSpaceNode' || children[end - 1].type === 'PunctuationNode' || children[end - 1].type === 'SymbolNode')) end--
  if (end > start) frame.content.push([start, end])
  return undefined
}

/**
 * End of a sentence's content (before final punctuation and white space).
 */
function contentEnd(children: SentenceContent[], length: number): number {
  let end = length
  while (end > 0) {
    const child = children[end - 1]
    if (child.type === 'WhiteSpaceNode' || isTerminalMark(markOf(child))) end--
    else break
  }

  return end
}

/**
 * Whether a mark ends a sentence.
 */
function isTerminalMark(mark: string | undefined): boolean {
  return mark !== undefined && (mark.includes('.') || mark.includes('!') || mark.includes('?') || mark === '…')
}

/**
 * Skip adverbs that stand in front of a finite verb (`Weiter sagte er`).
 */
function skipFront(children: SentenceContent[], start: number, limit: number): number {
  let index = skipSpace(children, start, limit)
  while (index < limit) {
    const child = children[index]
    if (child.type !== 'WordNode' || !frontAdverbs.has(textOf(child).toLowerCase())) break
    index = skipSpace(children, index + 1, limit)
  }

  return index
}

/**
 * Skip a short adverbial after a verb (`am Montag`, `gegenüber der Presse`,
 * `dem NDR`, `heute`).
 */
function skipAdverbial(children: SentenceContent[], start: number, limit: number): number {
  let index = skipSpace(children, start, limit)
  for (let round = 0; round < 2 && index < limit; round++) {
    const child = children[index]
    if (child.type !== 'WordNode') break
    const lower = textOf(child).toLowerCase()
    if (frontAdverbs.has(lower) || lower === 'am' || lower === 'im' || lower === 'gegenüber') {
      let next = skipSpace(children, index + 1, limit)
      // `am Montag`: the noun after a preposition.
      if ((lower === 'am' || lower === 'im' || lower === 'gegenüber') && children[next]?.type === 'WordNode') {
        next = skipSpace(children, next + 1, limit)
      }

      index = next
      continue
    }

    break
  }

  return index
}

/**
 * Index of a word (exact, lower case) in `from`–`to`, or `-1`.
 */
function findWord(children: SentenceContent[], from: number, to: number, word: string): number {
  for (let index = from; index < to; index++) {
    const child = children[index]
    if (child.type !== 'WordNode') continue
    const text = textOf(child)
    // Lower-casing keeps the length of a word (bar `İ`, which `word`, plain
    // lower case, cannot come from): compare lengths first.
    if ((text.length === word.length || text.includes('İ')) && text.toLowerCase() === word) return index
  }

  return -1
}

/**
 * Index of the last word in `from`–`to`, or `-1`.
 */
function lastWord(children: SentenceContent[], from: number, to: number): number {
  for (let index = to - 1; index >= from; index--) {
    if (children[index].type === 'WordNode') return index
  }

  return -1
}

/**
 * Whether a verb form is finite.
 */
function isFinite(form: SpeechVerbForm): boolean {
  return form.form === 'present' || form.form === 'preterite' || form.form === 'subjunctive1' || form.form === 'subjunctive2'
}

/**
 * Text of a phrase.
 */
function phraseText(children: SentenceContent[], phrase: NounPhrase): string {
  let result = ''
  for (let index = phrase.start; index < phrase.end; index++) result += textOf(children[index])
  return result
}

/**
 * Wraps for the frames of a sentence: the attribution around cue and speaker.
 */
function wrapsOf(frames: Frame[]): Wrap[] {
  const wraps: Wrap[] = []
  for (const frame of frames) {
    const speakerId = frame.speakerId
    const lemma = frame.lemma
    wraps.push({
      start: frame.start,
      end: frame.end,
      make(children) {
        const node: Attribution = {type: 'AttributionNode', cue: lemma, children}
        if (speakerId !== undefined) node.speaker = speakerId
        return node
      }
    })
    wraps.push({
      start: frame.cueStart,
      end: frame.cueEnd,
      make(children) {
        const node: Cue = {type: 'CueNode', lemma, children}
        return node
      }
    })
    if (frame.speaker && !(frame.speaker.start < frame.cueEnd && frame.speaker.end > frame.cueStart)) {
      wraps.push({
        start: frame.speaker.start,
        end: frame.speaker.end,
        make(children) {
          const node: SpeakerMention = {type: 'SpeakerNode', children}
          if (speakerId !== undefined) node.speaker = speakerId
          return node
        }
      })
    }
  }

  return wraps
}

/**
 * Whether a word opens reported content (`dass`, `ob`, w-words).
 *
 * @param lower
 *   Word, lower case.
 * @returns
 *   Whether it does.
 */
export function opensContent(lower: string): boolean {
  return contentOpeners.has(lower)
}
