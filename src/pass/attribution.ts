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
import {confessionSettings, cueConditions, infinitiveCues, standingNouns} from '../lexicon/speech-verbs.js'
import {followsTitleNoun, termSlot} from '../util/speech-evidence.js'
import {
  contentOpeners,
  clausePrepositions,
  determiners,
  frontAdverbs,
  frontPrepositions,
  haveForms,
  stateVerbs,
  genitiveArticles,
  namingExclusions,
  labellingVerbs,
  memberListOpeners,
  namingVerbs,
  speechNouns,
  notVerbs,
  responseVerbs,
  sourceNouns,
  findingSourceNouns,
  speakerPronouns,
  verbPrefixes
} from '../lexicon/function-words.js'
import {sentenceOpeners} from '../lexicon/sentence-openers.js'
import {femaleFirstNames, maleFirstNames} from '../lexicon/first-names.js'
import {honorifics, nameParticles} from '../lexicon/roles.js'
import {hasSubjunctive, isSubjunctiveWord, isWeakPreterite, modalPreterites} from '../util/mood.js'
import {isNameWord, parseNounPhrase, skipSpace, type NounPhrase} from '../util/noun-phrase.js'
import {lowerCaseOrganisations} from '../lexicon/organisations.js'
import {createRegistry, isOrganisationNoun, isRoleNoun, type Registry} from '../util/speaker-registry.js'
import {isUpper, markOf, previousNonSpace, previousWordOf, textOf} from '../util/tokens.js'
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
  /** Whether the speaker of a `wie` frame is a document that finds (`wie eine Studie ergab`). */
  document?: boolean
  /** Whether the narrator speaks (`Wir fragen sie, ob …`): the author, if known. */
  narrator?: boolean
  /** Whether a noun of saying makes the frame (`die Forderung, …`). */
  noun?: boolean
  /**
   * Whether the cue asks (`fragen`): what follows is the answer, someone
   * else's.
   */
  ask?: boolean
  /**
   * Whether its finite verb is in Konjunktiv (`…, dass der Bürgermeister
   * anordne, …`): without a speaker it is part of someone's report.
   */
  subjunctive?: boolean
  /** Index of the finite verb when it is not the cue (`wird X zitiert`). */
  finite?: number
  /**
   * Whose view a source phrase with a possessive gives (`seiner Meinung
   * nach` → `er`, `nach eigenen Angaben` → the subject of the clause).
   */
  owner?: 'er' | 'sie' | 'own'
  /** Whether the cue's own words name the source (`nach Polizeiangaben`). */
  source?: boolean
  /**
   * A place the words stand in, as their source (`im Bericht heißt es`),
   * from its preposition on.
   */
  sourcePhrase?: NounPhrase
  /** Start of the source phrase after its preposition. */
  sourceStart?: number
  /**
   * Whether the cue opens a relative clause on its source (`ein Plan,
   * laut dem …`): like `wonach`, it reports the clause after it, and the
   * noun before the comma is the source.
   */
  relativeCue?: boolean
  /**
   * Start of the relative or subordinate clause a source stands in (`…, die
   * nach Angaben der Stadt …`): it reports that clause only.
   */
  inner?: number
  /** Whether the content follows a colon. */
  colon: boolean
  /**
   * Whether the cue's clause closes with its auxiliary (`nachdem Roth
   * gewarnt hatte`): what follows is a report only as a `dass` clause, in
   * Konjunktiv or as a `zu` infinitive, not the main clause (`Nachdem Roth
   * gewarnt hatte, stellte sich heraus, …`).
   */
  closed?: boolean
  /** Whether the cue is a verb of opinion (needs `dass` or Konjunktiv). */
  opinion: boolean
  /**
   * Whether the speaker is the phrase a relative clause hangs on (`der
   * Verband, der … kritisierte`): it opens an account only with a report.
   */
  relative?: boolean
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
  /**
   * The speaker identifier of a person by full name who is the subject of a
   * sentence without frames or quotes (`Präsidentin Ina Roth ist besorgt.`).
   */
  narratedPerson?: string
  /**
   * A body or a role named by a definite phrase, or a person by full name
   * after the verb, that is the subject of a sentence without frames or
   * quotes and acts (`Am Montag hat die Kommission den Termin festgelegt.`):
   * resolved only when the sentence after it reports in Konjunktiv I.
   */
  narratedActor?: {phrase: NounPhrase; text: string; person: boolean}
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

/**
 * Finite forms of `sein` as the auxiliary of the perfect, for the few cues
 * that form it so (`SpeechVerb.sein`: `waren davon ausgegangen`).
 */
const seinAuxiliaries = new Set(['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären'])

/** Words that open a frame other than speech verbs. */
const sourceWords = new Set(['laut', 'gemäß', 'zufolge', 'folge', 'nach', 'aus', 'so', 'wie', 'für', 'wonach'])

/** Most words of the phrase a `wonach` or `laut dem` clause hangs on. */
const wonachWords = 8

/** Words that may be cues: source words and speech verb forms. */
const cueWords: ReadonlySet<string> = new Set([...sourceWords, ...speechVerbForms.keys()])

/** Nouns of saying as they stand in a text (capitalised). */
const capitalisedSpeechNouns: ReadonlySet<string> = new Set([...speechNouns].map((noun) => noun.charAt(0).toUpperCase() + noun.slice(1)))

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
      framedSpeakers: [],
      paragraphs: 0,
      byline: undefined,
      author: undefined
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
  /** Paragraphs analysed. */
  paragraphs: number
  /**
   * The author's name in a byline near the top (`Von Anna Roth`, or the
   * name alone as a paragraph), resolved to a speaker when the narrator
   * first speaks.
   */
  byline: {children: SentenceContent[]; phrase: NounPhrase} | undefined
  /** The author as a speaker, once resolved. */
  author: string | undefined
}

/**
 * Analyse the sentences of a paragraph.
 */
function analyseParagraph(paragraph: Paragraph, records: SentenceRecord[], state: State): undefined {
  state.paragraphs++
  if (state.paragraphs <= bylineReach && state.byline === undefined) state.byline = bylineOf(paragraph)
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

/** Paragraphs from the top in which a byline may stand. */
const bylineReach = 6

/**
 * A byline: a paragraph that is only a person's name, or `Von` and the
 * name (`Anna Roth`, `Von Anna Roth`).
 */
function bylineOf(paragraph: Paragraph): State['byline'] {
  if (paragraph.children.length !== 1 || paragraph.children[0].type !== 'SentenceNode') return undefined
  const children = paragraph.children[0].children
  let start = skipSpace(children, 0, children.length)
  const first = children[start]
  if (first && first.type === 'WordNode' && textOf(first) === 'Von') start = skipSpace(children, start + 1, children.length)
  const phrase = parseNounPhrase(children, start, children.length)
  if (!phrase || phrase.determined || phrase.words.length < 2 || phrase.words.length > 3 || !namesPerson(phrase)) return undefined
  return skipSpace(children, phrase.end, children.length) === children.length ? {children, phrase} : undefined
}

/**
 * Whether a sentence is a line of authors: `Von` and a given name first,
 * and no verb-like lower-case word but `und` (`Von Anna Roth und Ben Arndt,
 * NDR`).
 */
function authorLine(children: SentenceContent[]): boolean {
  const start = skipSpace(children, 0, children.length)
  const first = children[start]
  if (!first || first.type !== 'WordNode' || textOf(first) !== 'Von') return false
  const next = children[skipSpace(children, start + 1, children.length)]
  if (!next || next.type !== 'WordNode' || !firstNames.has(textOf(next))) return false
  for (let index = start + 1; index < children.length; index++) {
    const child = children[index]
    if (child.type === 'WordNode' && !isUpper(textOf(child).charAt(0)) && textOf(child) !== 'und' && !nameParticles.has(textOf(child))) return false
  }

  return true
}

/**
 * The author of the text as a speaker, if a byline names one.
 */
function authorOf(state: State): string | undefined {
  if (state.author === undefined && state.byline) {
    const {children, phrase} = state.byline
    state.author = state.registry.resolve(phrase, phraseText(children, phrase), state.order)
  }

  return state.author
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
  // Commas inside a closed bracket (`Karl Fenz (Liberale, dt. etwa
  // Freisinnige) bekräftigt`) are dropped when it closes: the bracket
  // glosses a name, the clause goes on around it. `bracket` is how many
  // bounds there were at its opening, or -1 outside one.
  let bracket = -1
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    const type = child.type
    if (type === 'WordNode') words++
    else if (type === 'QuoteNode') {
      quotes = true
      if (child.kind === 'direct') record.quotes.push(child)
      // A quote in brackets may have its own frame (`(„…“, sagte sie)`).
      bracket = -1
    } else if (type === 'PunctuationNode' || type === 'SymbolNode') {
      const mark = child.value
      if (mark === '(') bracket = bounds.length
      else if (mark === ')' && bracket >= 0) {
        bounds.length = bracket
        bracket = -1
      }

      if (!separators.has(mark)) continue
      // A dash or colon in brackets sets off a clause of its own (`(= der
      // Traktor – wegen …)`): keep the bounds then.
      if (mark !== ',') bracket = -1
      // The comma in `Gesundheits-, Sozial- und …direktor` lists compounds.
      const previous = children[index - 1]
      if (mark === ',' && previous?.type === 'WordNode' && textOf(previous).endsWith('-')) continue
      // The comma in `3,5 Milliarden` is a decimal one.
      const next = children[index + 1]
      if (mark === ',' && previous?.type === 'WordNode' && next?.type === 'WordNode' && isDigit(textOf(previous)) && isDigit(textOf(next))) continue
      bounds.push(index)
    }
  }

  record.quoteOnly = record.quotes.length > 0 && words === 0
  // The authors in a byline (`Von Anna Roth und Ben Arndt, NDR`) write the
  // text: no one a role later refers back to.
  if (!authorLine(children)) noteNames(children, state)

  // Finding frames scans the clause around every cue, and a frame's content
  // up to the sentence end: quadratic in the length of a sentence. A sentence
  // this long is hostile input or unpunctuated text, not prose.
  const frames = children.length <= maxFrameSentence ? findFrames(children, bounds, state) : []
  record.frames = frames
  // `Die Stadt hat die Gebühren erhöht. Als Begründung wurde angegeben, …`:
  // a reason given with no one named is the reason of whoever acted in the
  // sentence before.
  for (const frame of frames) {
    if (frame.speakerId !== undefined || frame.speaker !== undefined || !state.previous || !reasonLead(children, frame)) continue
    frame.speakerId = actorOf(state.previous, state)
  }

  // `…, Eva Roth („Wir sind froh.“), und der Landrat Jan Hoff: „…“`: a
  // speaker named in a list, with their words in brackets or after a colon,
  // before any frame around the list takes the quote.
  for (const quote of record.quotes) {
    if (quote.speaker !== undefined) continue
    const phrase = listedSpeaker(children, children.indexOf(quote), state.registry)
    if (phrase) quote.speaker = state.registry.resolve(phrase, phraseText(children, phrase), state.order)
  }

  // Speakers of quotes inside frames' content. A quote that a frame
  // introduces or closes alone is speech, however short (`„Nein“, sagte
  // sie`, `Sie nannte die Lage „ernst“`).
  let known: Set<Quote> | undefined
  // Later frames first: a frame inside what an earlier one reports is nearer
  // to its quote (`X kritisierte …: So sagte Y: „…“`).
  for (let position = frames.length - 1; position >= 0; position--) {
    const frame = frames[position]
    // A frame with a speaker phrase makes its quote speech even when the
    // phrase resolves to nobody (`„…“, sagte sie` with no `sie` before).
    const speaks = frame.speakerId !== undefined || frame.speaker !== undefined
    for (const [start, end] of frame.content) {
      const alone = speaks && end - start === 1 && frame.layout !== 'around' && !nameLike(children[start])
      for (let index = start; index < end; index++) {
        const child = children[index]
        if (child.type !== 'QuoteNode' || child.speaker !== undefined) continue
        if (child.kind === 'mention' && alone && !followsTitleNoun(children, index) && !termSlot(children, index)) child.kind = 'direct'
        if (child.kind !== 'direct') continue
        child.cue = frame.lemma
        if (frame.speakerId === undefined) continue
        child.speaker = frame.speakerId
        known = keepQuote(record, child, known)
      }
    }
  }

  // Quoted words the speaker's verb qualifies inside its own clause (`Roth
  // hat den Plan als „unfair“ zurückgewiesen`, `Roth nannte dies einen
  // „Fehler“`): a partial quote of that speaker.
  for (const frame of frames) {
    if (frame.speakerId === undefined || !frame.verb) continue
    const naming = namingVerbs.has(frame.lemma)
    for (let index = frame.start; index < frame.end; index++) {
      const child = children[index]
      if (child.type !== 'QuoteNode' || child.speaker !== undefined || nameLike(child)) continue
      const before = previousWordOf(children, index)
      if (!(before === 'als' || (naming && namedLabel(children, index, before)))) continue
      child.kind = 'direct'
      child.cue = frame.lemma
      child.speaker = frame.speakerId
      known = keepQuote(record, child, known)
    }
  }

  // `Von einer „gezielten Täuschung“ sprach Ströber`: words lifted from
  // speech (lower case first) in the clause of a speaker's verb are theirs.
  for (let index = 0; quotes && index < children.length; index++) {
    const child = children[index]
    if (child.type !== 'QuoteNode' || child.speaker !== undefined || child.kind === 'indirect') continue
    const frame = verbFrameInClause(children, frames, index)
    // `warfen der Regierung „Wortbruch“ vor`, `sprach von „Kapitulation“`:
    // a quoted noun as what a verb of blame or demand names.
    const lifted = child.kind === 'direct' && liftedStart(child)
    // (Not a name beside its noun: `nach dem Wirbelsturm „Nargis“`.)
    if (!lifted && !(frame !== undefined && quotingVerbs.has(frame.lemma) && !nameLike(child) && countQuoteWords(child) <= 3 && !nounRightBefore(children, index))) continue
    if (frame?.speakerId === undefined || (index >= frame.start && index < frame.end)) continue
    if (frame.content.some(([start, end]) => index >= start && index < end)) continue
    child.kind = 'direct'
    child.speaker = frame.speakerId
    child.cue = frame.lemma
    known = keepQuote(record, child, known)
  }

  // `…, der die Maßnahme als „Kapitulation“ sieht`, `Die Lage wurde als
  // „ernst“ eingestuft`: quoted words after `als` in the clause of a speech
  // verb are what someone called it, whoever that is.
  if (quotes) {
    for (let index = 0; index < children.length; index++) {
      const child = children[index]
      if (child.type !== 'QuoteNode' || child.kind !== 'mention' || nameLike(child)) continue
      if (previousWordOf(children, index) !== 'als' || followsTitleNoun(children, index)) continue
      // `bezeichnete die Worte, sollten sie gefallen sein, als „…“`: a clause
      // set off between the labelling verb and `als`.
      const frame = verbFrameInClause(children, frames, index) ?? labellingFrameBefore(frames, index)
      const lemma = frame?.lemma ?? labellingVerbIn(children, index)
      if (lemma === undefined) continue
      // In a passive without anyone named, a capitalised noun is a term
      // (`wird als „Sonnenwind“ bezeichnet`); a description is quoted words.
      if (frame?.speakerId === undefined && isUpper(firstWordOf(child).charAt(0)) && passiveIn(children, index)) continue
      child.kind = 'direct'
      child.cue = lemma
      if (frame?.speakerId !== undefined && child.speaker === undefined) child.speaker = frame.speakerId
    }
  }

  // `Anna Roth, Ministerin: „…“` and `Roth wörtlich: „…“`: a speaker phrase
  // and a colon right before a quote.
  for (let index = 0; quotes && index < children.length; index++) {
    const quote = children[index]
    if (quote.type !== 'QuoteNode' || quote.kind !== 'direct' || quote.speaker !== undefined) continue
    // `Seine Prognose in den „Kulturfragen“: „…“`: whose view it is.
    const owner = possessiveLead(children, index)
    if (owner !== undefined) {
      const identifier = state.registry.pronoun(owner, state.order)
      if (identifier !== undefined) quote.speaker = identifier
      continue
    }

    const phrase = colonSpeaker(children, index) ?? colonSubject(children, index, state.registry)
    if (phrase && state.registry.known(phrase)) {
      const identifier = state.registry.resolve(phrase, phraseText(children, phrase), state.order)
      if (identifier !== undefined) quote.speaker = identifier
    }
  }

  // `Der Verband feierte die Absage als „großen Erfolg“`: words lifted from
  // speech in the clause of a subject that acts, with no verb of saying,
  // are the subject's own.
  if (quotes && frames.length === 0) actorQuotes(children, record, state)

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
    // A source named for one clause (`laut Marktprognosen`) speaks no quotes
    // that follow.
    if (frame.layout === 'around' && state.registry.kindOf(frame.speakerId) === 'source') continue
    state.lastSpeaker = frame.speakerId
    state.lastOrder = state.order
    if (frame.colon && frame.content.length === 0) state.pending = frame.speakerId
  }

  // `Der Sprecher des Verbands, Jan Roth:` as a paragraph of its own: the
  // quote that follows is theirs.
  if (frames.length === 0 && !quotes) {
    const phrase = colonSpeaker(children, children.length)
    if (phrase && state.registry.known(phrase)) state.pending = state.registry.resolve(phrase, phraseText(children, phrase), state.order)
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

  // After a question (`Wir fragen sie, ob …`) the quote that follows answers
  // it: not the asker's words.
  // A colon with the question after it in the sentence leaves nothing
  // pending either.
  if ((state.pending === undefined || record.quotes.length > 0) && frames.some((frame) => frame.ask)) {
    state.lastSpeaker = undefined
    state.pending = undefined
  }

  // `Präsidentin Ina Roth ist besorgt.`: a person by full name the
  // narration turns to, with no words of theirs reported. `Am Montag hat
  // die Kommission den Termin festgelegt.`: a body or a role that acts.
  // Not a wish or a condition of theirs (`Anna Roth hätte viel zu tun.`).
  if (frames.length === 0 && !quotes && !hasSubjunctive(children, 0, children.length)) {
    const narrated = narratedSubject(children, state.registry)
    if (narrated && narrated.front && namesPerson(narrated.phrase)) {
      record.narratedPerson = state.registry.resolve(narrated.phrase, phraseText(children, narrated.phrase), state.order)
    } else if (narrated && narrated.act && !narrated.phrase.coordinated && ((narrated.phrase.definite && !pairWords.has(narrated.phrase.words[0]?.text.toLowerCase() ?? '')) || namesPerson(narrated.phrase)) && state.registry.known(narrated.phrase)) {
      record.narratedActor = {phrase: narrated.phrase, text: phraseText(children, narrated.phrase), person: namesPerson(narrated.phrase)}
    }
  }

  record.wraps = wrapsOf(frames)
  state.previous = record
  return record
}

/**
 * Whether a frame's clause opens with a noun of reason after `als` or `zu`
 * (`Als Begründung heißt es, …`, `Zur Begründung wurde angegeben, …`).
 */
function reasonLead(children: SentenceContent[], frame: Frame): boolean {
  if (!frame.verb) return false
  const first = skipSpace(children, 0, frame.cueStart)
  const second = skipSpace(children, first + 1, frame.cueStart)
  const lead = children[first]
  const noun = children[second]
  return lead?.type === 'WordNode' && noun?.type === 'WordNode' && reasonPrepositions.has(textOf(lead)) && reasonNouns.has(textOf(noun))
}

/** Prepositions before a noun of reason at the front of a sentence. */
const reasonPrepositions = new Set(['Als', 'Zur'])

/** Nouns of reason (`Als Begründung`, `Zur Rechtfertigung`). */
const reasonNouns = new Set(['Begründung', 'Grund', 'Rechtfertigung', 'Erklärung'])

/**
 * Who acted in a sentence: the speaker of its last frame with one, else the
 * person or the body its narration turns to (`Die Stadt hat die Gebühren
 * erhöht.`).
 */
function actorOf(record: SentenceRecord, state: State): string | undefined {
  for (let position = record.frames.length - 1; position >= 0; position--) {
    const speaker = record.frames[position].speakerId
    if (speaker !== undefined) return speaker
  }

  if (record.narratedPerson !== undefined) return record.narratedPerson
  const actor = record.narratedActor
  if (actor) return state.registry.resolve(actor.phrase, actor.text, record.order)
  // `So hat die Stadt die Gebühren erhöht.`: a subject that acts, named by
  // a definite article, even when no role or body list knows it.
  const children = record.sentence.children
  const narrated = record.frames.length === 0 ? narratedSubject(children, state.registry) : undefined
  if (!narrated?.act || !narrated.phrase.definite) return undefined
  return state.registry.resolve(narrated.phrase, phraseText(children, narrated.phrase), record.order)
}

/**
 * The first frame with a speech verb in the clause of child `index`.
 *
 * A function of its own rather than a closure in the loop over children: a
 * closure capturing the loop index would make V8 allocate a context for
 * every child of every sentence.
 */
function verbFrameInClause(children: SentenceContent[], frames: Frame[], index: number): Frame | undefined {
  for (const frame of frames) if (frame.verb && sameClause(children, index, frame.cueStart)) return frame
  return undefined
}

/**
 * Give quoted words lifted from speech (lower case first) their speaker in a
 * sentence with no frame: the subject of a verb that tells an act, when the
 * quote stands in the subject's own clause (`Der Verband feierte die Absage
 * als „großen Erfolg“`, `Die Ministerin Eva Roth griff den Konzern als
 * „Umweltsünder der Region“ an`). A quote in a clause set off after it
 * (`…, die durch einen „erheblichen Bedarf“ entstünden`) is left to the
 * account of the text; so is a sentence in Konjunktiv (`Jeder Lehrer könne
 * „das Geld später abrufen“`), which reports someone else, and a subject
 * after a fronted phrase (`Nach Artikel 65 bestimmt der Kanzler „die
 * Richtlinien“`), which may name where the words stand.
 *
 * @param children
 *   Children of the sentence.
 * @param record
 *   Record of the sentence.
 * @param state
 *   State.
 * @returns
 *   Nothing.
 */
function actorQuotes(children: SentenceContent[], record: SentenceRecord, state: State): undefined {
  const open = record.quotes.filter((quote) => quote.speaker === undefined && liftedStart(quote))
  if (open.length === 0) return undefined
  if (hasSubjunctive(children, 0, children.length)) return undefined
  const narrated = narratedSubject(children, state.registry)
  if (!narrated || !narrated.act || !narrated.front || narrated.phrase.coordinated || narrated.phrase.partitive) return undefined
  const phrase = narrated.phrase
  if (!namesPerson(phrase) && !phrase.definite && !state.registry.known(phrase)) return undefined
  let speaker: string | undefined
  for (const quote of open) {
    const index = children.indexOf(quote)
    if (index < phrase.end || !sameClause(children, phrase.end - 1, index)) continue
    speaker ??= state.registry.resolve(phrase, phraseText(children, phrase), state.order)
    if (speaker === undefined) return undefined
    quote.speaker = speaker
  }

  return undefined
}

/**
 * Whether a capitalised word inside the sentence (a noun) stands right
 * before child `index`.
 */
function nounRightBefore(children: SentenceContent[], index: number): boolean {
  const before = previousNonSpace(children, index)
  const word = children[before]
  return word !== undefined && word.type === 'WordNode' && isUpper(textOf(word).charAt(0)) && before > skipSpace(children, 0, children.length)
}

/** Verbs whose object is the words someone used (`vorwerfen`, `sprechen von`). */
const quotingVerbs = new Set(['vorwerfen', 'sprechen', 'warnen', 'beklagen', 'vorhalten', 'fordern', 'kritisieren', 'beschwören'])

/**
 * Number of words directly in a quote.
 */
function countQuoteWords(quote: Quote): number {
  let words = 0
  for (const child of quote.children) if (child.type === 'WordNode') words++
  return words
}

/**
 * Whether a quote opens with a lower-case word (`„gezielten Täuschung“`):
 * words lifted from speech, not a name.
 */
function liftedStart(quote: Quote): boolean {
  for (const child of quote.children) {
    if (child.type === 'WordNode') {
      const initial = textOf(child).charAt(0)
      return initial !== initial.toUpperCase()
    }

    if (child.type !== 'PunctuationNode' && child.type !== 'WhiteSpaceNode') return false
  }

  return false
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
    if (!startsUpper(text)) continue
    if (!firstNames.has(text)) {
      // `Rom Braslavski wurde …`: two name-like words, the first no known
      // given name, noted as a name the text may refer back to.
      const next = skipSpace(children, index + 1, children.length)
      const surname = children[next]
      if (surname?.type === 'WordNode' && startsUpper(textOf(surname)) && foreignName(children, index, next)) {
        const previous = children[previousNonSpace(children, index)]
        const role = previous?.type === 'WordNode' && isRoleNoun(textOf(previous)) ? textOf(previous) : undefined
        state.registry.noteName([text], textOf(surname), state.order, role)
        index = next
      }

      continue
    }

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

    // `Abdullah bin Zayed`, `Ursula von der Leyen`: particles before the
    // surname belong to it.
    let particles = ''
    let at = next
    for (let round = 0; round < 3 && children[at]?.type === 'WordNode' && nameParticles.has(textOf(children[at])); round++) {
      particles += textOf(children[at]) + ' '
      at = skipSpace(children, at + 1, children.length)
    }

    if (particles && children[at]?.type === 'WordNode' && isUpper(textOf(children[at]).charAt(0))) next = at
    else particles = ''
    const surname = children[next]
    if (surname?.type === 'WordNode') {
      const word = particles + textOf(surname)
      if (isUpper(textOf(surname).charAt(0)) && !sentenceOpeners.has(word)) {
        // The word before the given name, when it is capitalised: a role.
        let back = index - 1
        while (back >= 0 && children[back].type === 'WhiteSpaceNode') back--
        const before = back >= 0 && children[back].type === 'WordNode' ? textOf(children[back]) : undefined
        const role = before !== undefined && isUpper(before.charAt(0)) ? before : undefined
        // `Der Italiener Nicola Zingaretti`: the article and the noun before
        // the name tell a man from a woman when the given name does not.
        let gender: 'female' | 'male' | undefined
        if (role !== undefined) {
          const article = previousWordOf(children, back)
          if (/in(?:nen)?$/.test(role)) gender = 'female'
          else if (article === 'der' || article === 'ein') gender = 'male'
        }

        state.registry.noteName(given, word, state.order, role, gender)
        index = next
      }
    }
  }

  return undefined
}

/**
 * Whether words `first` and `second` read as a given name and a surname the
 * lexicon does not know (`Rom Braslavski`, `Supachai Panitchpakdi`): both
 * capitalised, neither an adjective-like, abstract, role or body word, not
 * after an article, and a verb or comma after them.
 */
function foreignName(children: SentenceContent[], first: number, second: number): boolean {
  // Cheap tests on the words around first: most capital pairs are an
  // article's noun phrase or part of a longer name.
  const after = children[skipSpace(children, second + 1, children.length)]
  if (!after) return false
  if (after.type === 'WordNode') {
    const text = textOf(after)
    if (isUpper(text.charAt(0)) || notVerbs.has(text)) return false
  } else if (markOf(after) !== ',') {
    return false
  }

  const before = previousWordOf(children, first)
  if (before !== undefined && (determiners.has(before) || notVerbs.has(before))) return false
  // Part of a longer run of capitals (`New York City`): no given name.
  // A role before is fine (`UN-Generalsekretär Ban Ki-moon`).
  const previous = children[previousNonSpace(children, first)]
  if (previous && previous.type === 'WordNode' && isUpper(textOf(previous).charAt(0)) && first > skipSpace(children, 0, first) && !isRoleNoun(textOf(previous))) return false
  const given = textOf(children[first])
  const surname = textOf(children[second])
  if (/(?:e|er|en|es|em)$/.test(given) || !nameShape(given) || !nameShape(surname)) return false
  if (sentenceOpeners.has(given) || sentenceOpeners.has(surname) || honorifics.has(given) || honorifics.has(surname)) return false
  return !isRoleNoun(given) && !isRoleNoun(surname) && !isOrganisationNoun(given)
}

/** Endings of German common nouns, which names lack. */
const nounEndings = /(?:ung|heit|keit|schaft|tion|sion|tät|nis|ismus|ment|tum|ei|chen|lein|ling|ik|ur|anz|enz|ie)$/

/**
 * Letters of a name: a capital, then letters, apostrophes and hyphens. A
 * module constant: the bundler turns a `\p{…}` literal into `new RegExp`,
 * which would build a regex on every call.
 */
const nameLetters = /^\p{Lu}[\p{Ll}\p{Lu}'’-]+$/u

/** A hyphen before a capital: a compound (`Rheinmetall-Daten`). */
const hyphenCapital = /-\p{Lu}/u

/**
 * Whether a word has the shape of a name: capitalised, letters and hyphens
 * only, no common noun ending, not in the organisation heads.
 */
function nameShape(word: string): boolean {
  // A hyphen before a capital joins a compound (`Rheinmetall-Daten`); before
  // a small letter it is part of a name (`Ki-moon`).
  return nameLetters.test(word) && !nounEndings.test(word) && !hyphenCapital.test(word) && word.length > 2
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
  // `Das Militär hat … angekündigt`: an article of the speaker refers to
  // nothing.
  if (frame.speaker && frame.speaker.start === first) return false
  return (
    (lower === 'das' || lower === 'dies' || lower === 'so' || lower === 'sagt' || lower === 'sagte') &&
    frame.content.length === 0 &&
    !responseVerbs.has(frame.lemma)
  )
}

/**
 * The words of the clause around child `index` (up to the separators on
 * either side, at most `maxClauseSpan` children each way), nearest first
 * after it, then before it, lower case.
 */
function clauseWords(children: SentenceContent[], index: number): string[] {
  const words: string[] = []
  for (const step of [1, -1]) {
    for (let at = index + step, seen = 0; at >= 0 && at < children.length && seen < maxClauseSpan; at += step, seen++) {
      const child = children[at]
      const mark = markOf(child)
      if (mark !== undefined && separators.has(mark)) break
      if (child.type === 'WordNode') words.push(textOf(child).toLowerCase())
    }
  }

  return words
}

/**
 * Lemma of a verb that labels something `als …` (`bezeichnen`, `sehen`,
 * `werten`) in the clause of the quote at `index`, if any.
 */
function labellingVerbIn(children: SentenceContent[], index: number): string | undefined {
  for (const word of clauseWords(children, index)) {
    const form = speechVerbForms.get(word)?.find((entry) => labellingVerbs.has(entry.lemma))
    if (form) return form.lemma
  }

  return undefined
}

/**
 * Add a quote to the quotes of a sentence record once (`known` holds those
 * already there, made on first use).
 */
function keepQuote(record: SentenceRecord, quote: Quote, known: Set<Quote> | undefined): Set<Quote> {
  const seen = known ?? new Set(record.quotes)
  if (!seen.has(quote)) {
    seen.add(quote)
    record.quotes.push(quote)
  }

  return seen
}

/**
 * The last frame of a labelling verb (`bezeichnen`) before child `index`.
 */
function labellingFrameBefore(frames: Frame[], index: number): Frame | undefined {
  let found: Frame | undefined
  for (const frame of frames) if (frame.verb && frame.cueStart < index && labellingVerbs.has(frame.lemma)) found = frame
  return found
}

/**
 * Whether a passive auxiliary (`wird`, `wurde`, `worden`) stands in the
 * clause of child `index`.
 */
function passiveIn(children: SentenceContent[], index: number): boolean {
  return clauseWords(children, index).some((word) => passiveAuxiliaries.has(word) || word === 'worden')
}

/** Most children between two words of one clause that are compared. */
const maxClauseSpan = 60

/**
 * Whether children `a` and `b` lie in one clause: no separator between them,
 * and not far apart.
 */
function sameClause(children: SentenceContent[], a: number, b: number): boolean {
  const from = Math.min(a, b)
  const to = Math.max(a, b)
  if (to - from > maxClauseSpan) return false
  for (let index = from + 1; index < to; index++) {
    const mark = markOf(children[index])
    if (mark !== undefined && separators.has(mark)) return false
  }

  return true
}

/**
 * Whether a quote after a naming verb is the label it gives (`nannte die Lage
 * „ernst“`, `nannte dies einen „Fehler“`), not a name beside a noun (`nennt
 * die Modelle „Aurora“ und „Boreas“`, `nennt sich „…“`).
 */
function namedLabel(children: SentenceContent[], index: number, before: string | undefined): boolean {
  // `before` is set only when a word stands right before the quote.
  if (before === undefined || namingExclusions.has(before)) return false
  // `nennt „Twitter“ und „Facebook“`: right after the verb, what is named.
  if (speechVerbForms.get(before)?.some((form) => namingVerbs.has(form.lemma))) return false
  const text = textOf(children[previousNonSpace(children, index)])
  // After a noun only an adjective is a label (`die Lage „ernst“`).
  if (isUpper(text.charAt(0))) return !isUpper(firstWordOf(children[index]).charAt(0))
  return true
}

/**
 * First word inside a node, or the empty string.
 */
function firstWordOf(node: SentenceContent): string {
  if (node.type === 'WordNode') return textOf(node)
  if (!('children' in node)) return ''
  for (const child of node.children as SentenceContent[]) {
    const word = firstWordOf(child)
    if (word) return word
  }

  return ''
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
    const upper = startsUpper(text)
    // `die Ankündigung des Trainers, …`, `legten Wert darauf, dass …`.
    if (upper && capitalisedSpeechNouns.has(text)) {
      const noun = nounFrame(children, index, bounds, length, state.registry)
      if (noun) {
        frames.push(noun)
        index = noun.end - 1
      }

      continue
    }

    // Cues are lower case inside a sentence (a capitalised word there is a
    // noun); only the first word may be capitalised. `Wie` and `Laut`
    // capitalised inside a sentence follow a heading run in without a full
    // stop (`Zwischenstand Wie die Leiterin mitteilte, …`).
    if (upper && index !== firstWord && text !== 'Folge' && text !== 'Wie' && text !== 'Laut') continue
    const lower = upper ? text.toLowerCase() : text
    // Most words can make no frame: one look-up rules them out.
    if (!frameWords.has(lower)) continue
    // `hat bekannt gegeben, dass …`: the particle written apart from its
    // participle or infinitive; the two words are the cue.
    const apart = upper ? undefined : particleApart(children, index, lower)
    if (!cueWords.has(lower) && lower !== 'bekannt' && !apart) continue
    const clauseStart = boundCursor > 0 ? bounds[boundCursor - 1] + 1 : 0
    const clauseEnd = boundCursor < bounds.length ? bounds[boundCursor] : length
    const frame = apart
      ? verbFrame(children, index, apart.joined, apart.joined, clauseStart, clauseEnd, state.registry)
      : lower === 'bekannt'
        ? becameKnown(children, index, clauseStart, clauseEnd)
        : (prepositionFrame(children, index, lower, clauseStart, clauseEnd, state.registry) ??
          verbFrame(children, index, text, lower, clauseStart, clauseEnd, state.registry))
    if (!frame) continue
    if (apart && frame.cueStart === index) frame.cueStart = apart.particle
    // `Die Zeitung meldet, die Reporterin habe das bezweifelt`: a verb in
    // Konjunktiv inside what an earlier frame reports is part of the report.
    const subjunctive = frame.verb === true && subjunctiveFinite(children, frame)
    if (subjunctive && frame.layout === 'inline' && insideContent(frames, frame)) continue
    // `erklärte X, das Land besitze seiner Meinung nach …`: a possessive
    // source inside what an earlier frame reports is part of the report.
    if (frame.owner !== undefined && insideContent(frames, frame)) continue
    if (subjunctive) frame.subjunctive = true
    // `Der Rat bestritt laut Reuters den Verkauf`, `bestätigte Roth laut
    // Reuters, dass …`: the source reports its whole clause, the verb before
    // it too; that verb frame gives way.
    if (frames.length > 0 && coveredVerb(bounds, frames[frames.length - 1], frame)) frames.pop()
    // `Der Rat lehnte den Plan ab, sagte Roth.`: a verb whose only content
    // is the inverted frame after it is part of what that frame reports.
    if (frames.length > 0 && takenAsContent(children, frames[frames.length - 1], frame)) frames.pop()
    layout(children, frame, bounds, frames)
    // A cue with neither speaker nor content frames nothing; one with a
    // document may point back (`Dies geht aus dem Bericht hervor`).
    if (!frame.speaker && frame.content.length === 0 && !(frame.sourcePhrase && frame.lemma === 'hervorgehen')) continue
    // `Laut Roth haben die Richter den Mann verurteilt`, `Wie die Zeitung
    // berichtet, lehnte der Rat den Plan ab`: a verb without content of its
    // own inside what an earlier frame reports is part of the report.
    // Not inside a frame whose speaker is unknown (`die der Rat als Aufgabe
    // ansieht, gab Roth …`): that reading is the doubtful one.
    if (frame.verb && frame.content.length === 0 && insideContent(frames, frame, true)) continue
    if (frame.apposition && state.registry.plausible(frame.apposition) && !(frame.speaker && !frame.speaker.determined && !namesPerson(frame.apposition))) {
      // The name set off after a role names the speaker; the role is an alias.
      const role = frame.speaker
      frame.speaker = frame.apposition
      frame.speakerId = state.registry.resolve(frame.apposition, phraseText(children, frame.apposition), state.order)
      if (role && frame.speakerId !== undefined) state.registry.addAlias(frame.speakerId, phraseText(children, role))
    } else if (frame.speaker) {
      const speakerText = phraseText(children, frame.speaker)
      const inSource = frame.lemma === 'nach Angaben' || frame.lemma === 'laut' || frame.lemma === 'zufolge'
      frame.speakerId = state.registry.resolve(frame.speaker, speakerText, state.order, inSource)
    } else if (frame.sourcePhrase) {
      // The phrase without its preposition: `Bericht`, `der Erklärung des Amts`.
      // (A phrase with no preposition before it sets its own start.)
      const from = frame.sourceStart ?? skipSpace(children, frame.sourcePhrase.start + 1, frame.sourcePhrase.end)
      frame.sourceStart = from
      frame.speakerId = state.registry.source(textRange(children, from, frame.sourcePhrase.end), state.order)
    } else if (frame.owner) {
      // `Seiner Meinung nach`: the person the possessive points to;
      // `nach eigenen Angaben`: the subject of the sentence.
      if (frame.owner === 'own') {
        // `Der Bruder, Paul Roth, war nach eigenem Bekunden …`: the name set
        // off before the verb.
        const clauseStart = boundCursor > 0 ? bounds[boundCursor - 1] + 1 : 0
        const subject =
          sentenceSubject(children, frame.start, state.registry) ??
          (clauseStart > 0 ? appositionSubject(children, clauseStart - 1, state.registry) : undefined) ??
          invertedOwner(children, frame, state.registry)
        if (subject) frame.speakerId = state.registry.resolve(subject, phraseText(children, subject), state.order)
      } else {
        frame.speakerId = state.registry.pronoun(frame.owner, state.order)
      }
    } else if (frame.verb && frames.length > 0 && relativeOn(children, frame.cueStart, frames[frames.length - 1])) {
      // `so Prechts Prognose, der glaubt, dass …`, `sagte Anna Roth, die
      // betonte, …`: a relative pronoun on the speaker just named.
      frame.speakerId = frames[frames.length - 1].speakerId
    } else if (frame.verb && frame.finite === frame.cueStart && frames.length > 0 && previousWordOf(children, frame.cueStart) === 'und' && frames[frames.length - 1].verb) {
      // `Roth lobte den Plan und nannte ihn „mutig“`: a second verb after
      // `und` shares the speaker of the first.
      frame.speakerId = frames[frames.length - 1].speakerId
    } else if (frame.narrator) {
      // `Wir fragen sie, ob …`: the author of a text with a byline.
      frame.speakerId = authorOf(state)
    } else if (frame.source) {
      // The source words themselves (`nach Polizeiangaben`).
      const from = skipSpace(children, frame.cueStart + 1, frame.cueEnd)
      frame.speakerId = state.registry.source(textRange(children, from, frame.cueEnd), state.order)
    }

    // `Glauben Sie, dass …?`: a question to the one addressed reports
    // nothing.
    if (frame.speaker?.pronoun && frame.speaker.start > frame.cueStart && textOf(children[frame.speaker.start]) === 'Sie' && asks(children)) continue
    // `Anna Roth lachte und sagte: „…“`: a frame that takes in the one
    // before (same speaker, a second verb) replaces it when that one reports
    // nothing.
    const last = frames[frames.length - 1]
    if (last && frame.start <= last.start && frame.end >= last.end && last.content.length === 0) frames.pop()
    frames.push(frame)
    index = frame.end - 1
  }

  return frames
}

/**
 * Whether the verb frame `before`, in a main clause, took the inverted
 * frame `after` (`…, sagte Roth`, `…, so Roth`) as its only content (`Der
 * Rat lehnte den Plan ab, sagte Roth`): then `before` is
 * a verb inside what `after` reports. Not a verb in a relative or
 * subordinate clause or in brackets before a main clause (`In einem Brief,
 * der am Montag veröffentlicht wurde, kritisierte er …`, `Nachdem es bekannt
 * wurde, hat er …`): that main clause is no frame after its content.
 */
function takenAsContent(children: SentenceContent[], before: Frame, after: Frame): boolean {
  if (before.layout !== 'pre' || !before.verb || before.content.length !== 1 || before.content[0][0] !== after.start) return false
  if (!(after.lemma === 'so' || (after.verb === true && after.speaker !== undefined && after.speaker.start > (after.finite ?? after.cueStart)))) return false
  // The first word of the sentence and of the clause of `before`.
  let clause = skipSpace(children, 0, before.start)
  const first = clause
  for (let index = 0; index < before.start; index++) {
    const mark = markOf(children[index])
    if (mark === '(') return false
    if (mark !== undefined && separators.has(mark)) clause = skipSpace(children, index + 1, before.start)
  }

  return !opensSubordinate(children[first]) && !(clause !== first && (opensSubordinate(children[clause]) || relativePronouns.has(textOf(children[clause]))))
}

/**
 * Whether a word opens a subordinate clause (`nachdem`, `weil`, `dass`).
 */
function opensSubordinate(word: SentenceContent | undefined): boolean {
  if (word?.type !== 'WordNode') return false
  const lower = textOf(word).toLowerCase()
  return subordinators.has(lower) || contentOpeners.has(lower)
}

/** Lemmas of frames around their content that name a source (`laut X`, `X zufolge`, `nach Angaben von X`). */
const sourceLemmas = new Set(['laut', 'zufolge', 'nach Angaben'])

/**
 * Whether the verb frame `before` stands in the clause of the source frame
 * `source` (`laut X`, `X zufolge`, `nach Angaben von X`) before it, with no
 * content of its own before the source (`Roth bestritt laut Reuters den
 * Verkauf`, `bestätigte Roth laut Reuters, dass …`): the source then reports
 * the verb's clause as a whole.
 */
function coveredVerb(bounds: number[], before: Frame, source: Frame): boolean {
  if (!sourceLemmas.has(source.lemma) || source.via === 'wie' || before.verb !== true || before.layout === 'around') return false
  if (before.end > source.start) return false
  for (const bound of bounds) if (bound >= before.start && bound < source.start) return false
  return before.content.every(([start]) => start >= source.end)
}

/** Relative pronouns that can be the subject of their clause. */
const subjectRelatives = new Set(['der', 'die', 'welcher', 'welche'])

/**
 * Whether the cue at `cue` opens a relative clause (`…, der glaubt`) on the
 * speaker of `before`, named right before the comma.
 */
function relativeOn(children: SentenceContent[], cue: number, before: Frame): boolean {
  if (before.speakerId === undefined || !before.speaker) return false
  let at = cue - 1
  while (at >= 0 && children[at].type === 'WhiteSpaceNode') at--
  const pronoun = children[at]
  if (!pronoun || pronoun.type !== 'WordNode' || !subjectRelatives.has(textOf(pronoun))) return false
  at--
  while (at >= 0 && children[at].type === 'WhiteSpaceNode') at--
  return at >= 0 && markOf(children[at]) === ',' && before.speaker.end === at && before.end <= at
}

/** Nouns after `aus` that name where words come from (lower case). */
const outOf = /(?:sicht|kreisen|quellen|perspektive|reihen)$/

/**
 * Whether a determiner stands among children `from`–`to`.
 */
function hasDeterminer(children: SentenceContent[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const child = children[index]
    if (child.type === 'WordNode' && determiners.has(textOf(child).toLowerCase())) return true
  }

  return false
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
  // `Wie eine Studie ergab`, `wie aus dem Bericht hervorgeht`: a document
  // is the source of what it shows.
  if (frame && frame.speaker && frame.via === 'wie' && !registry.plausible(frame.speaker) && !(frame.document && isFindingSource(lastHeadWord(frame.speaker).toLowerCase()))) {
    return undefined
  }

  return frame
}

/**
 * Whether the word at `start` opens no noun phrase before `zufolge`: a
 * finite auxiliary or modal (`sollte Berichten zufolge`), or another
 * lower-case word that is no determiner right before a determiner (`wurde
 * den Angaben zufolge`, `waren dem Bericht zufolge`).
 */
function opensNoPhrase(children: SentenceContent[], start: number, end: number): boolean {
  const text = textOf(children[start])
  if (isUpper(text.charAt(0)) || determiners.has(text)) return false
  if (modals.has(text) || auxiliaries.has(text) || passiveAuxiliaries.has(text) || seinAuxiliaries.has(text)) return true
  const next = children[skipSpace(children, start + 1, end)]
  return next?.type === 'WordNode' && determiners.has(textOf(next))
}

/**
 * Give a frame that opens a relative clause (`wonach`, `laut dem`) the
 * phrase its clause hangs on as the source: the longest phrase of a few
 * words that ends at the comma at `comma`; after a plural pronoun (`laut
 * denen`) one opened by an article that is not singular (`ein Schritt für
 * die Pläne, laut denen …`: the plans).
 */
function antecedent(children: SentenceContent[], comma: number, frame: Frame, plural = false): undefined {
  let from = comma
  for (let words = 0; from > 0 && words < wonachWords; from--) {
    const child = children[from - 1]
    if (child.type === 'WordNode') words++
    else if (child.type !== 'WhiteSpaceNode' && child.type !== 'QuoteNode') break
  }

  for (let start = from; start < comma; start++) {
    if (children[start].type !== 'WordNode' && children[start].type !== 'QuoteNode') continue
    const phrase = parseNounPhrase(children, start, comma)
    if (phrase && !phrase.pronoun && skipSpace(children, phrase.end, comma) === comma) {
      if (plural && !(phrase.determined && !singularArticles.has(phrase.words[0].text.toLowerCase()))) continue
      frame.sourcePhrase = phrase
      frame.sourceStart = phrase.start
      break
    }
  }

  return undefined
}

/**
 * The relative pronoun after `laut` at `index` when `laut` opens a relative
 * clause (`ein Gesetz, laut dem alle Hunde angeleint sein müssen`, `der
 * Vertrag, laut dem die Firma zahlt`), or -1: after a comma, `dem`, `der`,
 * `denen` or `welchem` followed by an article, a determiner or a pronoun,
 * not by its own noun (`laut dem Bericht`, `laut dem neuen Bericht`). The
 * noun before the comma is then the source.
 */
function relativeSource(children: SentenceContent[], index: number, clauseEnd: number): number {
  if (markOf(children[previousNonSpace(children, index)]) !== ',') return -1
  const pronoun = skipSpace(children, index + 1, clauseEnd)
  const word = children[pronoun]
  if (word?.type !== 'WordNode' || !relativeDatives.has(textOf(word))) return -1
  const next = children[skipSpace(children, pronoun + 1, clauseEnd)]
  if (next?.type !== 'WordNode') return -1
  const after = textOf(next)
  return determiners.has(after) || clausePronouns.has(after) ? pronoun : -1
}

/** Articles of a singular phrase. */
const singularArticles = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines'])

/** Relative pronouns in the genitive (`nach deren Angaben`). */
const relativeGenitives = new Set(['deren', 'dessen'])

/** Relative pronouns in the dative, as `laut` takes them. */
const relativeDatives = new Set(['dem', 'der', 'denen', 'welchem', 'welcher'])

/** Pronouns that open the rest of a relative clause (`laut dem er …`). */
const clausePronouns = new Set(['er', 'sie', 'es', 'man', 'wir', 'ich', 'du', 'ihr', 'sich'])

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
    if (lower === 'laut' && loudAdverb(children, index, clauseStart, clauseEnd)) return undefined
    const pronoun = relativeSource(children, index, clauseEnd)
    if (pronoun >= 0) {
      const frame = frameOf('laut', index, pronoun + 1, index, index + 1, undefined)
      frame.relativeCue = true
      antecedent(children, previousNonSpace(children, index), frame, textOf(children[pronoun]) === 'denen')
      return frame
    }

    const phrase = parseNounPhrase(children, index + 1, clauseEnd)
    if (!phrase || phrase.pronoun) return undefined
    return frameOf('laut', index, phrase.end, index, index + 1, phrase)
  }

  // `Gerüchten zu Folge`: the old spelling of `zufolge`.
  if (lower === 'folge' && index >= 2 && children[index - 2].type === 'WordNode' && textOf(children[index - 2]).toLowerCase() === 'zu') {
    for (let start = clauseStart; start < index - 2; start++) {
      if (children[start].type !== 'WordNode' || opensNoPhrase(children, start, index - 2)) continue
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
      if (children[start].type !== 'WordNode' || opensNoPhrase(children, start, index)) continue
      const phrase = parseNounPhrase(children, start, index)
      if (phrase && skipSpace(children, phrase.end, index) === index) {
        return frameOf('zufolge', phrase.start, index + 1, index, index + 1, phrase)
      }
    }

    return undefined
  }

  // `ein Bericht der Agentur, wonach …`: the noun before the comma is the
  // source of the clause after.
  if (lower === 'wonach') {
    let comma = index - 1
    while (comma >= 0 && children[comma].type === 'WhiteSpaceNode') comma--
    if (comma < 0 || markOf(children[comma]) !== ',') return undefined
    const frame = frameOf('wonach', index, index + 1, index, index + 1, undefined)
    antecedent(children, comma, frame)
    return frame
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
      // `nach` after a noun takes the dative (`dem Bericht nach`, `seiner
      // Sicht nach`); `die Sicht nach oben` is no source.
      if (first === start && nonDatives.has(textOf(article).toLowerCase())) return undefined
      if (!postposedSource(children, clauseStart, first === start ? start : -1, back, index, clauseEnd)) return undefined
      // `sind Ihrer Meinung nach …?`: the formal `Ihrer` inside a sentence
      // asks the one addressed; nothing is reported.
      if (first === start && /^Ihr/.test(textOf(article)) && start > skipSpace(children, 0, children.length)) return undefined
      const frame = frameOf('nach Angaben', first, index + 1, first, index + 1, undefined)
      // `Seiner Meinung nach`: his, whoever `er` is.
      if (first === start) frame.owner = ownerOf(textOf(article))
      return frame
    }
  }

  if (lower === 'nach' || lower === 'aus') {
    // `nach Angaben der Polizei`, `nach eigenen Angaben`, `nach
    // Polizeiangaben`, `Nach einer Stellungnahme der Armee`.
    // `Zwei Monate nach dem Urteil`, `erst nach Ermittlungen`: a time.
    if (lower === 'nach' && index > clauseStart && afterTime(children, clauseStart, index)) return undefined
    let nounIndex = skipSpace(children, index + 1, clauseEnd)
    for (let round = 0; round < 3; round++) {
      const word = children[nounIndex]
      if (!word || word.type !== 'WordNode') return undefined
      const text = textOf(word)
      if (isUpper(text.charAt(0))) break
      nounIndex = skipSpace(children, nounIndex + 1, clauseEnd)
    }

    const noun = children[nounIndex]
    if (!noun || noun.type !== 'WordNode') return undefined
    // `aus Sicht der Grünen`, `aus Regierungskreisen`; not `aus dieser Idee
    // abgeleitet`: after `aus` only a view or a circle, with no article.
    if (lower === 'aus' && (!outOf.test(textOf(noun).toLowerCase()) || hasDeterminer(children, index + 1, nounIndex))) return undefined
    if (!isSourceNoun(textOf(noun).toLowerCase())) {
      // `Nach Grupps Meinung`, `Nach Schäubles Idee`: a name in the genitive
      // before the noun speaks.
      const owner = textOf(noun)
      const after = skipSpace(children, nounIndex + 1, clauseEnd)
      const next = children[after]
      if (!owner.endsWith('s') || owner.length < 4 || !next || next.type !== 'WordNode' || !isUpper(textOf(next).charAt(0)) || !isSourceNoun(textOf(next).toLowerCase())) return undefined
      const phrase = parseNounPhrase(children, nounIndex, after + 1)
      if (!phrase || phrase.end !== after + 1) return undefined
      return frameOf('nach Angaben', index, after + 1, index, after + 1, phrase)
    }

    // `die Stiftung, nach deren Angaben …`: a relative clause on the phrase
    // before the comma, which is the source.
    const comma = previousNonSpace(children, index)
    const relative = children[skipSpace(children, index + 1, nounIndex)]
    if (lower === 'nach' && markOf(children[comma]) === ',' && relative?.type === 'WordNode' && relativeGenitives.has(textOf(relative))) {
      const frame = frameOf('nach Angaben', index, nounIndex + 1, index, nounIndex + 1, undefined)
      frame.relativeCue = true
      antecedent(children, comma, frame)
      return frame
    }

    // `eine Reichweite von 100, nach anderen Angaben 110 Kilometern`: a
    // source between two numbers gives another value inside a noun phrase,
    // no frame around a clause.
    if (alternativeValue(children, index, skipSpace(children, nounIndex + 1, clauseEnd))) return undefined
    let next = skipSpace(children, nounIndex + 1, clauseEnd)
    // `nach NDR-Recherchen von einem Datenleck betroffen`: a compound names
    // its source itself; what follows is no owner.
    const compound = !sourceNouns.has(textOf(noun).toLowerCase())
    if (compound) next = clauseEnd
    const word = children[next]
    const von = word !== undefined && word.type === 'WordNode' && (textOf(word) === 'von' || textOf(word) === 'vom')
    if (von) next++
    // `Angaben französischer Behörden`, `Ansicht einiger Juristen`: a
    // genitive plural without an article names the source as a group.
    const plainGenitive = !von && genitivePlural(children, next, clauseEnd)
    const phrase = plainGenitive ? undefined : parseNounPhrase(children, next, clauseEnd)
    if (plainGenitive) {
      const end = plainGenitive
      const frame = frameOf('nach Angaben', index, end, index, nounIndex + 1, undefined)
      // The phrase starts one child before the genitive, as after a
      // preposition: the source is `französischer Behörden`.
      frame.sourcePhrase = {start: next - 1, end, headEnd: end, words: [], pronoun: false, determined: false, definite: false}
      return frame
    }

    // The owner is genitive (`der Polizei`, `eines Sprechers`) or follows
    // `von`; `nach eigenen Angaben das Gelände` has none.
    const owner = phrase !== undefined && (von || !phrase.determined || genitiveArticles.has(textOf(children[phrase.start]).toLowerCase()))
    // `nach Angaben von eBay`, `von dpa`: a name spelled with a lower-case
    // letter first.
    const named = phrase !== undefined && (isNameWord(textOf(children[phrase.start])) || lowerCaseOrganisations.has(textOf(children[phrase.start])))
    if (phrase && owner && !phrase.pronoun && (phrase.determined || named)) {
      return frameOf('nach Angaben', index, phrase.end, index, nounIndex + 1, phrase)
    }

    const frame = frameOf('nach Angaben', index, nounIndex + 1, index, nounIndex + 1, undefined)
    // `nach Polizeiangaben`, `nach offiziellen Angaben`: the words name the
    // source themselves (not so `nach eigenen Angaben`, `nach seiner
    // Ansicht`, whose source is someone else in the sentence).
    const first = skipSpace(children, index + 1, nounIndex)
    if (first < nounIndex || !genericSourceNouns.has(textOf(noun).toLowerCase())) {
      let own = false
      for (let at = first; at < nounIndex; at++) {
        const word = children[at]
        if (word.type !== 'WordNode' || !possessives.has(textOf(word).toLowerCase())) continue
        own = true
        // `nach seiner Ansicht`, `nach eigenen Angaben`: whose view it is.
        frame.owner = ownerOf(textOf(word))
      }

      if (!own) frame.source = true
    }

    return frame
  }

  // `Für die Ministerin Eva Roth sei der Plan verfehlt`: whose view a
  // sentence in Konjunktiv gives, named first.
  if (lower === 'für') {
    if (index !== skipSpace(children, 0, length)) return undefined
    const phrase = parseNounPhrase(children, index + 1, clauseEnd)
    if (!phrase || phrase.pronoun || (!namesPerson(phrase) && !phrase.words.some((word) => isRoleNoun(word.text)))) return undefined
    if (!hasSubjunctive(children, phrase.end, length)) return undefined
    return frameOf('für', index, phrase.end, index, index + 1, phrase)
  }

  if (lower === 'so') {
    // `…, so Rutte.` / `…, so der Minister, …`: after a separator, before
    // the clause end.
    // `„….“ so Rutte.`: right after a quote, the comma may be missing.
    let before = index - 1
    while (before >= 0 && children[before].type === 'WhiteSpaceNode') before--
    const mark = markOf(children[before])
    if (before >= 0 && children[before].type !== 'QuoteNode' && (mark === undefined || !separators.has(mark))) return undefined
    const phrase = parseNounPhrase(children, index + 1, clauseEnd)
    if (!phrase) return undefined
    let after = skipSpace(children, phrase.end, length)
    // `so Rutte am Montag`.
    after = skipAdverbial(children, after, clauseEnd)
    // `so die Historikerin in einem Beitrag für die „Zeit“`.
    after = skipPlacePhrases(children, after, clauseEnd)
    if (after < clauseEnd && !isTerminalMark(markOf(children[after]))) return undefined
    return frameOf('so', index, phrase.end, index, index + 1, verdictOwner(children, phrase) ?? phrase)
  }

  if (lower === 'wie' && index >= clauseStart) {
    // `wie (schon) Rutte sagte`: a phrase and a cue verb at the clause end;
    // `wie sich Rutte ausdrückte`: past the reflexive before it.
    let subject = skipFront(children, index + 1, clauseEnd)
    const reflexive = children[subject]?.type === 'WordNode' && textOf(children[subject]) === 'sich'
    if (reflexive) subject = skipFront(children, subject + 1, clauseEnd)
    // `Wie es hieß, …`: at the start of the sentence, words with no one
    // named.
    const first = children.findIndex((node) => node.type === 'WordNode') === index
    if (first && !reflexive && children[subject]?.type === 'WordNode' && textOf(children[subject]) === 'es') {
      const verb = skipSpace(children, subject + 1, clauseEnd)
      if (verb >= clauseEnd || skipSpace(children, verb + 1, clauseEnd) < clauseEnd || children[verb].type !== 'WordNode') return undefined
      if (!speechVerbForms.get(textOf(children[verb]))?.some((entry) => entry.lemma === 'heißen' && isFinite(entry))) return undefined
      const said = frameOf('heißen', index, verb + 1, verb, verb + 1, undefined)
      said.via = 'wie'
      said.verb = true
      return said
    }

    // `Wie aus dem Bericht hervorgeht`, `wie sich aus der Auswertung
    // ergab`: the document the finding comes out of.
    const out = children[subject]?.type === 'WordNode' && textOf(children[subject]) === 'aus'
    // `Wie der Zeitung von der Gruppe berichtet wird`: the passive, a
    // participle of a cue verb before `wird` or `wurde` at the clause end,
    // the speaker in the `von` phrase right before the participle.
    if (!out && !reflexive) {
      const passive = passiveWieFrame(children, index, subject, clauseEnd)
      if (passive !== undefined) return passive ?? undefined
    }

    const phrase = parseNounPhrase(children, out ? skipSpace(children, subject + 1, clauseEnd) : subject, clauseEnd)
    if (!phrase) return undefined
    let verbIndex = lastWord(children, phrase.end, clauseEnd)
    // `wie Paul Rot, Chef der Firma, mitteilte`: an apposition between
    // commas, then the verb at the end of its clause.
    let apposition: NounPhrase | undefined
    if (verbIndex < 0 && markOf(children[clauseEnd]) === ',') {
      verbIndex = verbAfterApposition(children, clauseEnd + 1, length)
      // `wie die Sprecherin, Jana Weil, mitteilte`: the name set off.
      const set = parseNounPhrase(children, clauseEnd + 1, length)
      if (verbIndex >= 0 && set && !set.pronoun && namesPerson(set) && markOf(children[skipSpace(children, set.end, length)]) === ',') apposition = set
    }

    // `Wie die Sender berichten sind zwei Menschen gestorben`: the comma
    // after the frame left out, at the start of the sentence: the cue right
    // after the phrase, then the finite verb of the reported clause.
    if (verbIndex >= 0 && !out && children.findIndex((node) => node.type === 'WordNode') === index) {
      const cue = skipSpace(children, phrase.end, clauseEnd)
      const next = cue < clauseEnd ? skipSpace(children, cue + 1, clauseEnd) : clauseEnd
      if (
        cue < verbIndex &&
        children[cue].type === 'WordNode' &&
        children[next]?.type === 'WordNode' &&
        clauseVerbsAfterFrame.has(textOf(children[next])) &&
        speechVerbForms.get(textOf(children[cue]).toLowerCase())?.some((entry) => isFinite(entry) && entry.person === 3 && entry.particle === undefined)
      ) {
        verbIndex = cue
      }
    }

    if (verbIndex < 0) return undefined
    // `wie der Verband am Abend bekanntgegeben hat`: the perfect, a
    // participle of a cue verb before `hat` or `hatte` at the clause end.
    // Only at the start of the sentence: inside it, `wie` often opens what
    // is heard or shown (`war zu hören, wie er angegeben hat, …`).
    let perfect = false
    const frameEnd = verbIndex + 1
    if (children.findIndex((node) => node.type === 'WordNode') === index && perfectAuxiliaries.has(textOf(children[verbIndex]).toLowerCase())) {
      const participle = lastWord(children, phrase.end, verbIndex)
      const participleForms = participle >= 0 ? speechVerbForms.get(textOf(children[participle]).toLowerCase()) : undefined
      if (participleForms?.some((entry) => entry.form === 'participle' && entry.particle === undefined)) {
        verbIndex = participle
        perfect = true
      }
    }

    const forms = speechVerbForms.get(textOf(children[verbIndex]).toLowerCase())
    const form = forms?.find((entry) => (perfect ? entry.form === 'participle' : isFinite(entry) && entry.person === 3) && entry.particle === undefined)
    // `wie sich die Junta nennt`: what someone calls themselves.
    if (!form || (reflexive && namingVerbs.has(form.lemma))) return undefined
    // `aus` takes only a document (`wie aus der Studie hervorgeht`), and
    // only before a verb of findings.
    if (out && (!findingVerbs.has(form.lemma) || phrase.pronoun || !isFindingSource(lastHeadWord(phrase).toLowerCase()))) return undefined
    const frame = frameOf(form.lemma, index, frameEnd, verbIndex, verbIndex + 1, phrase)
    frame.via = 'wie'
    // `Wie eine Studie ergab`: a document that finds, as the source.
    if (findingVerbs.has(form.lemma)) frame.document = true
    if (apposition) frame.apposition = apposition
    return frame
  }

  return undefined
}

/** Auxiliaries of the passive that close a `wie` frame (`wie … berichtet wird`). Lower case. */
const wiePassiveAuxiliaries = new Set(['wird', 'wurde', 'werden', 'wurden'])

/**
 * A passive `wie` frame (`Wie der Zeitung von der Gruppe berichtet wird`,
 * `wie von der Polizei mitgeteilt wurde`): `undefined` when the clause does
 * not end in a cue participle and a passive auxiliary, `null` when it does
 * but names no speaker in a `von` phrase right before the participle.
 */
function passiveWieFrame(children: SentenceContent[], index: number, from: number, clauseEnd: number): Frame | null | undefined {
  const auxiliary = lastWord(children, from, clauseEnd)
  if (auxiliary < 0 || !wiePassiveAuxiliaries.has(textOf(children[auxiliary]).toLowerCase())) return undefined
  const participle = lastWord(children, from, auxiliary)
  if (participle < 0 || skipSpace(children, participle + 1, auxiliary) < auxiliary) return undefined
  const form = speechVerbForms.get(textOf(children[participle]).toLowerCase())?.find((entry) => entry.form === 'participle' && entry.particle === undefined)
  if (!form) return undefined
  // The `von` phrase whose end is the participle.
  for (let at = from; at < participle; at++) {
    const word = children[at]
    if (word.type !== 'WordNode' || textOf(word) !== 'von') continue
    const speaker = parseNounPhrase(children, skipSpace(children, at + 1, participle), participle)
    if (!speaker || speaker.pronoun || skipSpace(children, speaker.end, participle) !== participle) continue
    const frame = frameOf(form.lemma, index, auxiliary + 1, participle, participle + 1, speaker)
    frame.via = 'wie'
    return frame
  }

  return null
}

/**
 * Finite verbs that open a reported clause right after a `wie` frame whose
 * comma is left out (`Wie die Sender berichten sind zwei Menschen
 * gestorben`).
 */
const clauseVerbsAfterFrame = new Set(['ist', 'sind', 'war', 'waren', 'wurde', 'wurden', 'wird', 'werden', 'hat', 'haben', 'hatte', 'hatten', 'soll', 'sollen', 'sei', 'seien'])

/** Verbs of what a document shows or yields in a `wie` frame (`wie eine Studie ergab`). Lemmas. */
const findingVerbs = new Set(['ergeben', 'hervorgehen'])

/**
 * Auxiliaries of the perfect that close a `wie` frame (`wie Rutte
 * mitgeteilt hat`, `wie die Firma bekanntgegeben hatte`). Lower case.
 */
const perfectAuxiliaries = new Set(['hat', 'haben', 'hatte', 'hatten'])

/**
 * Nouns of a view or a verdict whose owner, in the genitive after them, is
 * the speaker (`so das Fazit der Betreiber`, `so die Einschätzung des
 * Ministers`). Lower case.
 */
const verdictNouns = new Set(['fazit', 'bilanz', 'resümee', 'urteil', 'einschätzung', 'einschätzungen', 'meinung', 'ansicht', 'auffassung', 'überzeugung', 'schlussfolgerung', 'worte', 'kommentar', 'prognose'])

/**
 * The owner of a view after its noun (`das Fazit der Betreiber`, `die
 * Einschätzung von Roth`): the genitive or `von` phrase after the head, if
 * the head is a noun of view or verdict.
 */
function verdictOwner(children: SentenceContent[], phrase: NounPhrase): NounPhrase | undefined {
  if (!phrase.determined || phrase.end <= phrase.headEnd) return undefined
  let head = ''
  for (const word of phrase.words) if (word.index < phrase.headEnd) head = word.text
  if (!verdictNouns.has(head.toLowerCase())) return undefined
  let at = skipSpace(children, phrase.headEnd, phrase.end)
  const word = children[at]
  if (word?.type !== 'WordNode') return undefined
  const von = textOf(word) === 'von'
  if (!von && !genitiveArticles.has(textOf(word))) return undefined
  if (von) at++
  const owner = parseNounPhrase(children, at, phrase.end)
  return owner && !owner.pronoun && owner.words.length > 0 ? owner : undefined
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

  // `Der Ministerin war es wichtig zu betonen, dass …`: an infinitive with
  // `zu` after what someone finds important; they are the speaker.
  const infinitive = previousWordOf(children, index) === 'zu' ? forms.find((form) => form.form === 'infinitive') : forms.find((form) => form.form === 'zu-infinitive')
  if (infinitive) {
    const concerned = concernedSubject(children, index, registry)
    if (concerned) {
      const frame = frameOf(infinitive.lemma, concerned.start, index + 1, index, index + 1, concerned)
      frame.opinion = infinitive.kind === 'opinion'
      frame.verb = true
      return frame
    }
  }

  let chosen: SpeechVerbForm | undefined
  let particleIndex = -1
  // `ließ ein Sprecher verlauten`, `ließ ausrichten`: an infinitive after
  // `lassen` is the clause's verb.
  // `Das musste Roth einräumen`, `wollen die Leser wissen`: an infinitive
  // closing a clause whose finite verb is a modal in the indicative.
  // (Only an infinitive asks, so a word with no such reading skips the look.)
  const lassen = hasInfinitive(forms) ? Math.max(lassenBefore(children, clauseStart, index), modalBefore(children, clauseStart, clauseEnd, index)) : -1
  for (const form of forms) {
    if (form.form === 'zu-infinitive' || (form.form === 'infinitive' && lassen < 0)) continue
    if (form.form === 'infinitive') {
      chosen = form
      break
    }

    if (form.reflexive && findWord(children, clauseStart, clauseEnd, 'sich') < 0) continue
    if (form.person !== undefined && form.person !== 3) continue
    if (form.particle !== undefined) {
      const found = particleIn(children, index + 1, clauseEnd, form.particle)
      const past = found < 0 ? particleAfterApposition(children, clauseEnd, form.particle) : found
      if (past < 0) continue
      chosen = form
      particleIndex = past
      break
    }

    // `erklärt` is a present and a participle: after an auxiliary in its
    // clause (`hat erklärt`) it is the participle.
    if (!chosen || (form.form === 'participle' && chosen.form !== 'participle' && chosen.particle === undefined && (auxiliaryBefore(children, clauseStart, index, true) || closingAuxiliary(children, index, clauseStart, clauseEnd) >= 0))) {
      chosen = form
    }
  }

  if (!chosen) return undefined
  // `Die Daten deuten darauf hin, dass …`: a finite verb whose clause
  // closes on a separable particle it has no entry with is another verb
  // (`hindeuten`, not `deuten`).
  if (isFinite(chosen) && chosen.particle === undefined && strandedParticle(children, index, clauseEnd)) return undefined
  // `der befragten Eltern`: a participle between an article and its noun is
  // an adjective.
  // At the clause start the article is a pronoun (`Das sagte Roth`), so
  // there only an adjective ending counts (`Die befragten Eltern`).
  const before = previousWordOf(children, index)
  // `den bekannten vier Methoden`: a numeral between the participle and
  // its noun.
  const next = nounAfter(children, skipSpace(children, index + 1, clauseEnd), clauseEnd)
  if (before !== undefined && determiners.has(before) && next?.type === 'WordNode' && isUpper(textOf(next).charAt(0))) {
    const opensClause = skipSpace(children, clauseStart, index) === previousNonSpace(children, index)
    if (!opensClause || /(?:en|em|es|er)$/.test(lower)) return undefined
  }

  // `der bereits erwähnten Videobotschaft`: adverbs between the article
  // and the participle.
  if (before !== undefined && attributeAdverb(before) && next?.type === 'WordNode' && isUpper(textOf(next).charAt(0)) && /e[nmrs]?$/.test(lower)) {
    let at = previousNonSpace(children, index)
    let word = previousWordOf(children, at)
    for (let round = 0; round < 2 && word !== undefined && attributeAdverb(word); round++) {
      at = previousNonSpace(children, at)
      word = previousWordOf(children, at)
    }

    if (word !== undefined && determiners.has(word)) return undefined
  }

  // `nicht weiter bezeichnete Quellen`: a participle after `nicht` and an
  // adverb of degree, before a noun, is an adjective.
  if (
    before !== undefined &&
    degreeAdverbs.has(before) &&
    previousWordOf(children, previousNonSpace(children, index)) === 'nicht' &&
    next?.type === 'WordNode' &&
    isUpper(textOf(next).charAt(0)) &&
    /e[nmrs]?$/.test(lower)
  ) {
    return undefined
  }
  // `heißen` reports only as `heißt es` (`Das Dorf heißt Au` names a place).
  // `hatte es geheißen`: the perfect has `es` before the participle.
  if (chosen.lemma === 'heißen' && !nextWordIs(children, index + 1, 'es') && !(chosen.form === 'participle' && previousWordOf(children, index) === 'es')) return undefined
  // `stehen` reports only what a document says (`In dem Bericht steht, dass
  // …`), not where something stands (`Das Auto steht in der Garage`).
  if (chosen.lemma === 'stehen' && !documentSays(children, clauseStart, clauseEnd, index)) return undefined
  // `zu finden`, `zu sagen`: an infinitive, not the clause's verb; so is a
  // form like the infinitive after a modal (`wolle nicht darüber sprechen`).
  if (before === 'zu') return undefined
  if (lower === chosen.lemma && chosen.form !== 'infinitive' && wordBefore(children, clauseStart, index, modals)) return undefined
  // `ist an der Grenze gestanden`, `Rede und Antwort gestanden`: `stehen`.
  if (chosen.lemma === 'gestehen' && lower === 'gestanden' && standing(children, index, clauseStart, clauseEnd)) return undefined
  const condition = cueConditions.get(chosen.lemma)
  if (condition) {
    if (condition.without !== undefined && findWord(children, clauseStart, clauseEnd, condition.without) >= 0) return undefined
    if (condition.with && !condition.with.some((word) => findWord(children, clauseStart, clauseEnd, word) >= 0)) return undefined
  }

  // Participles need an auxiliary in the clause; the subject sits around it.
  let finite = chosen.form === 'infinitive' ? lassen : index
  let passive = false
  if (chosen.form === 'participle') {
    finite = -1
    for (let back = index - 1; back >= clauseStart; back--) {
      const child = children[back]
      if (child.type !== 'WordNode') continue
      const word = textOf(child).toLowerCase()
      // `waren davon ausgegangen`: a few cues form the perfect with `sein`.
      if (auxiliaries.has(word) || (chosen.sein && seinAuxiliaries.has(word))) {
        finite = back
        break
      }

      // `wurde von Roth kritisiert`: a passive; keep looking for `hat … worden`.
      if (finite < 0 && passiveAuxiliaries.has(word)) {
        finite = back
        passive = true
      }
    }

    // `soll Anelka gesagt haben`: a modal before, `haben` after.
    if (finite < 0 && nextWordIs(children, index + 1, 'haben')) {
      for (let back = index - 1; back >= clauseStart; back--) {
        const child = children[back]
        if (child.type === 'WordNode' && hearsayModals.has(textOf(child).toLowerCase())) {
          finite = back
          break
        }
      }
    }

    // `nachdem Roth erklärt hatte`: in a clause opened by a conjunction the
    // auxiliary follows the participle and closes the clause.
    if (finite < 0) finite = closingAuxiliary(children, index, clauseStart, clauseEnd)

    // `hatte ein Sprecher des Amts, Tom Weber, erklärt`: the auxiliary and
    // the subject before a name set off by commas.
    if (finite < 0) {
      const apposed = apposedSubject(children, clauseStart, index, registry)
      if (!apposed) return undefined
      const frame = frameOf(chosen.lemma, Math.min(apposed.finite, apposed.role.start), Math.max(index + 1, particleIndex + 1), index, index + 1, apposed.role)
      frame.apposition = apposed.name
      frame.finite = apposed.finite
      frame.opinion = chosen.kind === 'opinion'
      frame.verb = true
      return frame
    }
    if (passive && auxiliaryBefore(children, clauseStart, finite)) passive = false
    if (passive && condition?.active) return undefined
  }

  // A passive names its speaker as the agent (`wurde von Roth als unrealistisch
  // bezeichnet`); only `wird X zitiert` has the speaker as its subject.
  if (passive && chosen.lemma !== 'zitieren') {
    const agent = passiveAgent(children, finite, index, registry) ?? (demandedOf.has(chosen.lemma) ? undefined : frontedAgent(children, clauseStart, finite, registry))
    // `In einer Erklärung wurde verkündet, dass …`: with no agent, the place
    // the words stand in is their source.
    const place = agent ? undefined : locativeSource(children, clauseStart, clauseEnd, finite)
    const start = agent ? Math.min(agent.start, finite) : place ? Math.min(place.start, finite) : finite
    const frame = frameOf(chosen.lemma, start, Math.max(index + 1, particleIndex + 1), index, index + 1, agent)
    if (place && isSourceNoun(lastHeadWord(place).toLowerCase())) frame.sourcePhrase = place
    frame.opinion = chosen.kind === 'opinion'
    frame.verb = true
    return frame
  }

  // The subject: before the finite verb when a phrase fills the clause up to
  // it, else right after it. In a clause opened by `als`, `während`, … the
  // verb comes last and the subject right after the conjunction.
  let speaker: NounPhrase | undefined
  // The verbs close the clause (`weil Roth sagt`, `nachdem Roth gesagt
  // hatte`); the subject stands before the first of them.
  const verbLast = lastWord(children, clauseStart, clauseEnd) === Math.max(index, finite)
  const verbs = Math.min(index, finite)
  const head = skipFront(children, verbLast ? skipSubordinator(children, clauseStart, verbs) : clauseStart, verbs)
  // A subject that names no speaker (`Die Mehrheit der Eltern lehnt die
  // Reform ab`): the phrase after the verb is then its object.
  // `Wir fragen sie, ob …`: the narrator asks; the pronoun after the verb
  // is its object.
  const narrator = head < verbs && children[head].type === 'WordNode' && firstPersonSubjects.has(textOf(children[head]).toLowerCase())
  let subject = narrator
  // `die Marke, die Gerhard Roth im Wahlkampf als Ziel verkündet hatte: „…“`:
  // the name after the pronoun of a relative clause is its subject.
  const inner = head < verbs && !narrator ? relativeObjectSubject(children, clauseStart, clauseEnd, head, verbs, index, registry) : undefined
  if (inner) speaker = inner
  if (head < verbs && !narrator && !inner) {
    const phrase = parseNounPhrase(children, head, verbs, lowerOpeners, true)
    // `Die Kanadier hingegen sagen`, `Roth selbst schrieb`.
    const joined = phrase && !phrase.pronoun && registry.plausible(phrase) ? coordinated(children, phrase, verbs, registry) : undefined
    if (joined) {
      speaker = joined
    } else if (phrase && skipMiddleAdverbs(children, phrase.end, verbs) === verbs) {
      // `Ihren Rivalen Jan Roth forderte Merkel auf, …`: an object before
      // the verb; the subject follows it.
      // `Genaue Zahlen gab die Sprecherin nicht bekannt`: an adjective and
      // a noun with no article that name nobody known, with a phrase that
      // does after the verb, are the object; the subject follows.
      const fronted = phrase.determined
        ? accusatives.has(phrase.words[0].text.toLowerCase())
        : adjectiveLed(phrase) && !registry.known(phrase) && knownAfter(children, finite, clauseEnd, registry)
      if (!fronted && registry.plausible(phrase)) speaker = phrase
      else if (!fronted) subject = phrase.determined && !phrase.pronoun && nominatives.has(phrase.words[0].text.toLowerCase())
    } else if (phrase && verbLast && skipSubordinator(children, clauseStart, verbs) > clauseStart && !phrase.pronoun && registry.plausible(phrase) && (namesPerson(phrase) || !phrase.determined || nominatives.has(phrase.words[0].text.toLowerCase()))) {
      // `Obwohl Steinbrück mit Einnahmen rechnet, …`: in a clause with its
      // verb last the subject follows the conjunction, objects come between.
      speaker = phrase
    }
  }

  if (!speaker && !subject) {
    let after = skipSpace(children, finite + 1, clauseEnd)
    // `äußerte sich der Chef`, `erinnerte sich Trotnow`; `sah es Köhler
    // als Aufgabe an`: past the reflexive or the placeholder object.
    const placeholder = children[after]?.type === 'WordNode' ? textOf(children[after]).toLowerCase() : ''
    if (placeholder === 'sich' || (placeholder === 'es' && chosen.lemma !== 'heißen')) {
      after = skipSpace(children, after + 1, clauseEnd)
    }

    after = skipAdverbial(children, after, clauseEnd)
    const phrase = parseNounPhrase(children, after, clauseEnd, lowerOpeners)
    // A quote right after the verb is what was said (`verspricht „…“`), not
    // who said it.
    // After a comma (`„…“, schrieb „Die Zeit“`) it names the outlet.
    const quoteAlone = phrase !== undefined && phrase.words.length === 0 && !(head === finite && clauseStart > 0)
    // `bestätigte den Verdacht`, `sagte den Reportern`: an accusative or
    // dative after the verb is its object.
    const object = phrase !== undefined && phrase.determined && accusatives.has(phrase.words[0].text)
    // `… zogen durch die Stadt und skandierten Parolen`: a verb right after
    // `und` shares the subject of the verb before; the phrase after it is
    // its object, unless a nominative article opens it; so is a name
    // (`habe akzeptiert und frage Mertens, ob …`).
    const shared = phrase !== undefined && finite === index && before === 'und' && !(phrase.determined && nominatives.has(phrase.words[0].text.toLowerCase()))
    if (phrase && !quoteAlone && !object && !shared && (finite !== index || phrase.start > index) && registry.plausible(phrase)) speaker = phrase
  }

  // `Deiss, der sich … entschlossen hatte, sagte`: the subject before a
  // relative clause set off by commas. It wins over a common noun after the
  // verb, which is then its object (`Primus, der …, wies den Vorwurf
  // zurück`).
  const objectLike = speaker !== undefined && speaker.start > index && speaker.determined && accusatives.has(speaker.words[0].text)
  if ((!speaker || objectLike) && head === finite && clauseStart > 0) {
    speaker = subjectBeforeRelative(children, clauseStart - 1, registry) ?? speaker
  }

  // `Die Bank übergab die Akten und die Polizei ihrerseits versprach, …`: a
  // second main clause after `und`, its subject right before its verb.
  if (!speaker && !subject && finite === index && head < verbs) speaker = subjectAfterAnd(children, head, verbs, registry)

  // `Kritik kam vom Verband, der den Plan als „Unsinn“ bezeichnete`: the
  // subject of a relative clause is the phrase it hangs on.
  // Not what something calls itself (`die Gruppe, die sich „…“ nennt`).
  const selfNamed = namingVerbs.has(chosen.lemma) && findWord(children, clauseStart, clauseEnd, 'sich') >= 0
  const antecedent = !speaker && !subject && verbLast && clauseStart > 0 && !selfNamed ? relativeSubject(children, clauseStart, verbs, registry) : undefined
  if (antecedent) speaker = antecedent

  // `Podolski war anwesend und sagte, …`: the subject of the first verb.
  if (!speaker && finite === index && before === 'und') {
    const first = skipFront(children, 0, index)
    const phrase = parseNounPhrase(children, first, index, lowerOpeners, true)
    if (phrase && !phrase.pronoun && phrase.end < index && registry.plausible(phrase) && nextIsFiniteVerb(children, phrase.end, index)) {
      speaker = phrase
    } else {
      // `…, biss der Mann den Gast und rief`: the first verb opens its
      // clause, its subject after it. `Dies wollte die Anwältin nicht
      // hinnehmen und kündigte an`: after an object pointing back, the
      // phrase after the verb is the subject, whatever its article.
      let verb = skipSpace(children, clauseStart, index)
      const pointer = children[verb]?.type === 'WordNode' && frontedObjects.has(textOf(children[verb]).toLowerCase())
      if (pointer) verb = skipSpace(children, verb + 1, index)
      const word = children[verb]
      if (word?.type === 'WordNode' && !isUpper(textOf(word).charAt(0)) && !notVerbs.has(textOf(word))) {
        const after = parseNounPhrase(children, skipSpace(children, verb + 1, index), index, lowerOpeners)
        const article = after?.determined ? after.words[0].text.toLowerCase() : ''
        if (after && !after.pronoun && after.determined && (nominatives.has(article) || (pointer && !accusatives.has(article))) && registry.plausible(after)) speaker = after
      }

      // `Am Montag zogen die Bauern durch die Stadt und riefen`: after a
      // fronted adverbial, the phrase after the first verb is the subject.
      const narrated = speaker || clauseStart > 0 ? undefined : narratedSubject(children, registry)
      if (narrated && !narrated.front && narrated.phrase.end < index) speaker = narrated.phrase
    }
  }

  // `Der Leiter der Studie, Paulo Pinheiro, sieht …`: a subject with its
  // apposition, set off by commas before the verb.
  // It wins over a name after the verb too, then the object (`Der
  // Vorsitzende, Frank Bsirske, würdigte Kluncker als …`).
  if ((!speaker || objectLike || speaker.start > index) && head === finite && clauseStart > 0) {
    speaker = appositionSubject(children, clauseStart - 1, registry) ?? speaker
  }

  // `hatte ein Sprecher des Amts, Tom Weber, erklärt`: a form like the
  // present (`erklärt`) is the participle of an auxiliary before the name.
  let apposition: NounPhrase | undefined
  if (!speaker && !subject && head === finite && finite === index && clauseStart > 0) {
    const apposed = apposedSubject(children, clauseStart, index, registry)
    if (apposed) {
      speaker = apposed.role
      apposition = apposed.name
      finite = apposed.finite
    }
  }

  // `Die Vereinten Nationen bestätigten den Vorfall, teilten aber mit, …`: a
  // verb that opens its clause after a comma, with no subject of its own,
  // shares the subject of the verb before.
  // `…, heißt es`: an impersonal subject after the verb is its own.
  // `Der Verband lobte das Konzept, kritisierte aber die Kosten`: after such
  // a second verb, a phrase that names no one known is its object.
  if (
    (!speaker || (speaker.start > index && !registry.known(speaker) && secondVerbAfter(children, clauseStart - 1, clauseEnd))) &&
    !subject &&
    finite === index &&
    clauseStart > 0 &&
    skipSpace(children, clauseStart, index) === index &&
    !isUpper(text.charAt(0)) &&
    !nextWordIs(children, index + 1, 'es')
  ) {
    speaker = sharedSubject(children, clauseStart - 1, registry) ?? speaker
  }

  // `Die Zeitung zitiert den Prediger mit den Worten …`: who is quoted is
  // the one who speaks, not who quotes.
  if (chosen.lemma === 'zitieren' && !passive && finite === index) {
    // `zitierte man Yolanda Alvarez`: past the impersonal subject.
    let at = skipAdverbial(children, index + 1, clauseEnd)
    if (children[at]?.type === 'WordNode' && textOf(children[at]) === 'man') at = skipAdverbial(children, at + 1, clauseEnd)
    const object = parseNounPhrase(children, at, clauseEnd, lowerOpeners)
    // `zitiert die Zeitung den Minister`, `zitiert „Der Spiegel“ Roth`: the
    // subject after the verb, then who is quoted. Not after an object
    // (`zitiert den Minister …`).
    const then = object && !object.pronoun && !(object.determined && accusatives.has(object.words[0].text)) ? parseNounPhrase(children, skipAdverbial(children, object.end, clauseEnd), clauseEnd, lowerOpeners) : undefined
    const quoted = then !== undefined && !then.pronoun && then.words.length > 0 && (!then.determined || accusatives.has(then.words[0].text)) && registry.known(then)
    // Only someone known as a speaker (`zitiert eine Stelle aus dem
    // Bericht` quotes a passage).
    if (quoted) speaker = then
    else if (object && !object.pronoun && object.words.length > 0 && registry.known(object)) speaker = object
  }

  // `hieß es vom Sprecher Mark Toner`, `hieß es von der Polizei`: who the
  // words come from, after `es`.
  if (!speaker && chosen.lemma === 'heißen' && finite === index && nextWordIs(children, index + 1, 'es')) speaker = agentAfterEs(children, index, clauseEnd, registry)

  // `Im Bericht heißt es`, `heißt es in der Erklärung`, `Aus Paris hieß
  // es`: the document or place the words come from is their source.
  // `Aus dem Bericht geht hervor`, `Dies geht aus der Mitteilung hervor`: the
  // document the finding comes out of.
  const source =
    !speaker && (chosen.lemma === 'heißen' || chosen.lemma === 'stehen')
      ? locativeSource(children, clauseStart, clauseEnd, index)
      : !speaker && chosen.lemma === 'hervorgehen'
        ? originSource(children, clauseStart, clauseEnd)
        : undefined
  // `Der Bericht führt aus, …`, `wirft der Bericht den Behörden vor`: a
  // document as the subject is the source.
  const document = !speaker && !source && !narrator && !passive ? documentSubject(children, head, finite, clauseEnd) : undefined
  const start = Math.min(speaker ? speaker.start : finite, finite, source ? source.start : finite, document ? document.start : finite)
  const end = Math.max(index + 1, finite + 1, particleIndex + 1, speaker ? speaker.end : 0, source ? source.end : 0, document ? document.end : 0)
  const frame = frameOf(chosen.lemma, start, end, index, index + 1, speaker)
  frame.finite = finite
  if (apposition) frame.apposition = apposition
  if (narrator) frame.narrator = true
  if (chosen.kind === 'ask') frame.ask = true
  if (source) frame.sourcePhrase = source
  if (document) {
    frame.sourcePhrase = document
    frame.sourceStart = document.start
  }

  frame.opinion = chosen.kind === 'opinion'
  if (finite > index) frame.closed = true
  if (antecedent) frame.relative = true
  frame.verb = true
  return frame
}

/**
 * A document that is the subject of a verb of saying (`Der Bericht führt
 * aus`, `führt der ai-Bericht an`): the phrase before the finite verb from
 * `head`, or right after it, whose head noun is a document or statement.
 */
function documentSubject(children: SentenceContent[], head: number, finite: number, clauseEnd: number): NounPhrase | undefined {
  if (head < finite) {
    const phrase = parseNounPhrase(children, head, finite, lowerOpeners, true)
    if (phrase && !phrase.pronoun && skipMiddleAdverbs(children, phrase.end, finite) === finite) return documentHead(phrase) ? phrase : undefined
  }

  const phrase = parseNounPhrase(children, skipAdverbial(children, finite + 1, clauseEnd), clauseEnd, lowerOpeners)
  return phrase && !phrase.pronoun && phrase.determined && !accusatives.has(phrase.words[0].text) && documentHead(phrase) ? phrase : undefined
}

/**
 * Index of the word after the phrase that opens `from`–`to` (its finite verb
 * in a main clause), or `to`.
 */
function nextFiniteAfter(children: SentenceContent[], from: number, to: number): number {
  const phrase = parseNounPhrase(children, from, to, lowerOpeners, true)
  return phrase ? skipMiddleAdverbs(children, phrase.end, to) : to
}

/**
 * Whether the head noun of a phrase names a document or statement
 * (`Bericht`, `ai-Bericht`, `Studie`, `Mitteilung`).
 */
function documentHead(phrase: NounPhrase): boolean {
  const last = lastHeadWord(phrase)
  // `ai-Bericht`: a compound with a lower-case first part.
  const head = last.includes('-') ? last.slice(last.lastIndexOf('-') + 1) : last
  return head !== '' && isUpper(head.charAt(0)) && isSourceNoun(last.toLowerCase()) && !genericSourceNouns.has(last.toLowerCase())
}

/**
 * The last word of a phrase's head (`Bericht` in `der Bericht der Kommission`).
 */
function lastHeadWord(phrase: NounPhrase): string {
  let last = ''
  for (const word of phrase.words) if (word.index < phrase.headEnd) last = word.text
  return last
}

/**
 * Two speakers joined by `und` or `sowie` before the verb at `finite` (`Die Politiker
 * Peter Danckert und Max Straubinger begründen …`): one phrase for both, or
 * nothing when the first does not go on so.
 */
function coordinated(children: SentenceContent[], first: NounPhrase, finite: number, registry: Registry): NounPhrase | undefined {
  const conjunction = skipSpace(children, first.end, finite)
  const word = children[conjunction]
  // `Die Caritas sowie das Rote Kreuz kündigten an`.
  if (!word || word.type !== 'WordNode' || (textOf(word) !== 'und' && textOf(word) !== 'sowie')) return undefined
  // `Die Caritas sowie auch das Rote Kreuz kündigten an`: `auch` stresses
  // the second of the two.
  let opener = skipSpace(children, conjunction + 1, finite)
  const stress = children[opener]
  if (stress?.type === 'WordNode' && textOf(stress) === 'auch') opener = skipSpace(children, opener + 1, finite)
  const second = parseNounPhrase(children, opener, finite, lowerOpeners, true)
  if (!second || second.pronoun || !registry.plausible(second) || skipMiddleAdverbs(children, second.end, finite) !== finite) return undefined
  return {
    start: first.start,
    end: second.end,
    headEnd: second.end,
    words: [...first.words, {index: conjunction, text: textOf(word)}, ...second.words],
    pronoun: false,
    determined: first.determined,
    definite: first.definite,
    coordinated: true
  }
}

/**
 * The subject of a main clause after `und` that ends right before the verb
 * at `verb` (`… und die Polizei ihrerseits versprach`): the phrase after the
 * last `und` from `head`, opened by an article that is no accusative, and
 * naming a body, a role or someone known, or anyone plausible after a
 * main clause of its own.
 * Not in a clause opened by a conjunction or a relative pronoun, whose verb
 * comes last after its objects (`weil sie die Stadt und die Polizei
 * kritisierte`).
 */
function subjectAfterAnd(children: SentenceContent[], head: number, verb: number, registry: Registry): NounPhrase | undefined {
  const opener = children[head]
  if (opener.type !== 'WordNode') return undefined
  // (`Die Bank` opens a sentence; `die` after a comma opens a relative.)
  const text = textOf(opener)
  if (subordinators.has(text.toLowerCase()) || relativePronouns.has(text) || notVerbs.has(text)) return undefined
  let conjunction = verb - 1
  while (conjunction > head && !(children[conjunction].type === 'WordNode' && textOf(children[conjunction]) === 'und')) conjunction--
  if (conjunction <= head) return undefined
  const phrase = parseNounPhrase(children, skipSpace(children, conjunction + 1, verb), verb, lowerOpeners, true)
  if (!phrase || phrase.pronoun || phrase.words.length === 0 || skipMiddleAdverbs(children, phrase.end, verb) !== verb) return undefined
  // An object the text names (`die Akten und die Polizei`) could be the
  // last of a list before the verb; a body, role or known name is taken.
  if (!phrase.determined || accusatives.has(phrase.words[0].text)) return undefined
  if (registry.known(phrase)) return phrase
  // `Das war nicht der erste Streit und die Anwohner befürchten, …`: when
  // the words before `und` are a main clause with its own finite verb right
  // after its subject, any plausible phrase after `und` is the subject.
  // (`Das war …`: a pronoun the phrase parser leaves alone.)
  const first = parseNounPhrase(children, head, conjunction, lowerOpeners, true)?.end ?? head + 1
  return first < conjunction && nextIsFiniteVerb(children, first, conjunction) && registry.plausible(phrase) ? phrase : undefined
}

/** Modals of hearsay before `… gesagt haben`. */
const hearsayModals = new Set(['soll', 'sollen', 'will', 'wollen', 'solle', 'sollte', 'sollten'])

/** Adverbs of degree before an attributive participle (`nicht näher genannte`). */
const degreeAdverbs = new Set(['näher', 'weiter', 'eigens', 'vielfach'])

/** Adverbs between an article and a participle used as an adjective (`der bereits erwähnten`). */
const attributeAdverbs = new Set(['bereits', 'schon', 'zuvor', 'oben', 'eingangs', 'kürzlich', 'gestern', 'vorgestern', 'vielfach', 'häufig', 'oft', 'mehrfach', 'bisher', 'nicht', 'öffentlich', 'offiziell', 'viel', 'so', 'eben', 'erst', 'damals', 'neu', 'jüngst', 'erstmals', 'gemeinsam', 'vorab', 'zuletzt'])

/** Number words between an attributive participle and its noun (`die genannten drei Gründe`). */
const numberWords = new Set(['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'beiden'])

/**
 * Whether a lower-case word can stand between an article and a participle
 * used as an adjective: a listed adverb, or an adverb or adjective in
 * `-lich` (`der kürzlich veröffentlichten`, `der öffentlich geäußerten`).
 */
function attributeAdverb(word: string): boolean {
  return attributeAdverbs.has(word) || (word.length > 5 && word.endsWith('lich'))
}

/**
 * The child at `index`, or, when it is a numeral (`vier`, `12`), the word
 * after it: what a participle before it qualifies.
 */
function nounAfter(children: SentenceContent[], index: number, clauseEnd: number): SentenceContent | undefined {
  const child = children[index]
  if (child?.type !== 'WordNode') return child
  const text = textOf(child)
  if (!numberWords.has(text) && !isDigit(text)) return child
  return children[skipSpace(children, index + 1, clauseEnd)]
}

/**
 * Whether one of the analyses of a form is an infinitive (`sagen`, not
 * `sagte`).
 */
function hasInfinitive(forms: readonly SpeechVerbForm[]): boolean {
  for (const form of forms) if (form.form === 'infinitive') return true
  return false
}

/** First-person subjects: the narrator, or the speaker of a quote. Lower case. */
const firstPersonSubjects = new Set(['ich', 'wir'])

/** Finite forms of `lassen` (`ließ … verlauten`). */
const lassenForms = new Set(['ließ', 'ließen', 'lässt', 'lassen', 'ließe', 'lasse'])

/**
 * Index of a finite form of `lassen` in `from`–`to`, or `-1`.
 */
function lassenBefore(children: SentenceContent[], from: number, to: number): number {
  for (let index = to - 1; index >= from; index--) {
    const child = children[index]
    if (child.type === 'WordNode' && lassenForms.has(textOf(child).toLowerCase())) {
      // `lässt sich erklären` is a passive: nobody speaks.
      const next = children[skipSpace(children, index + 1, to)]
      return next && next.type === 'WordNode' && textOf(next) === 'sich' ? -1 : index
    }
  }

  return -1
}

/**
 * Modal verbs in the indicative that, as the finite verb, take a cue as
 * their infinitive (`Das musste Roth einräumen`). Not the Konjunktiv
 * (`wolle nicht darüber sprechen` is reported content itself), nor `sollen`
 * and `werden` (`soll die Lage erklären` is a task).
 */
const cueModals = new Set(['muss', 'musste', 'müssen', 'mussten', 'kann', 'konnte', 'können', 'konnten', 'will', 'wollte', 'wollen', 'wollten', 'möchte', 'möchten', 'darf', 'durfte', 'dürfen', 'durften'])

/**
 * Index of the modal that is the finite verb of a main clause whose last
 * word, at `index`, is its infinitive, or `-1`. The modal comes first,
 * right after a quote and its comma (`„…“, wollen die Leser wissen`), or
 * second, after a pronoun that opens the sentence and points back to what
 * was said before (`Das musste Roth einräumen`). Not after a clause the
 * pronoun takes up (`Ob es klappt, das muss das Gericht entscheiden`), nor
 * after a fronted phrase (`Die Angriffe, …, wollte er zurückweisen`).
 */
function modalBefore(children: SentenceContent[], clauseStart: number, clauseEnd: number, index: number): number {
  if (lastWord(children, clauseStart, clauseEnd) !== index) return -1
  const first = skipSpace(children, clauseStart, index)
  const word = (at: number) => (children[at]?.type === 'WordNode' ? textOf(children[at]).toLowerCase() : '')
  if (cueModals.has(word(first))) {
    const comma = previousNonSpace(children, first)
    const quote = comma >= 0 && textOf(children[comma]) === ',' ? previousNonSpace(children, comma) : -1
    return quote >= 0 && children[quote].type === 'QuoteNode' ? first : -1
  }

  const second = skipSpace(children, first + 1, index)
  return first === skipSpace(children, 0, index) && frontedObjects.has(word(first)) && cueModals.has(word(second)) ? second : -1
}

/**
 * The particle written apart before a participle or infinitive of a
 * particle verb of saying (`bekannt gegeben` for `bekanntgegeben`, `bekannt
 * machen`), as the spelling before and beside the reform of 1996 has it.
 *
 * @param children
 *   Children of the sentence.
 * @param index
 *   Index of the participle or infinitive (`gegeben`).
 * @param lower
 *   Its text, lower case.
 * @returns
 *   The joined form (`bekanntgegeben`) and the index of the particle, or
 *   nothing.
 */
function particleApart(children: SentenceContent[], index: number, lower: string): {joined: string; particle: number} | undefined {
  const particle = previousNonSpace(children, index)
  const word = children[particle]
  if (particle !== index - 2 || word?.type !== 'WordNode') return undefined
  const before = textOf(word)
  if (isUpper(before.charAt(0))) return undefined
  // Looked up as a pair, so the joined form is only built for a real split.
  if (particleSplits.get(before)?.has(lower) !== true) return undefined
  return {joined: before + lower, particle}
}

/**
 * Every way to write a participle or infinitive of a speech verb as two
 * words (for {@link particleApart}): the front part (`bekannt`) → the rest
 * (`gegeben`), where the front is also the start of the verb's lemma and
 * not the whole of it (`bekanntgeben`). Looking up the pair is the same as
 * looking up the joined form and checking its analyses, without building a
 * string for every pair of adjacent words.
 */
const particleSplits: ReadonlyMap<string, ReadonlySet<string>> = splitsOf(speechVerbForms)

/**
 * Every word (lower case) at which {@link findFrames} may find a frame: the
 * cue words, `bekannt`, and the second part of a particle verb written apart
 * (see {@link particleSplits}). Any other word makes no frame.
 */
const frameWords: ReadonlySet<string> = new Set([...cueWords, 'bekannt', ...[...particleSplits.values()].flatMap((rests) => [...rests])])

/**
 * Index the splits of participles and infinitives (see
 * {@link particleSplits}).
 *
 * @param forms
 *   Surface forms (lower case) and their analyses.
 * @returns
 *   Front part → rests.
 */
function splitsOf(forms: ReadonlyMap<string, readonly SpeechVerbForm[]>): Map<string, Set<string>> {
  const splits = new Map<string, Set<string>>()
  for (const [joined, analyses] of forms) {
    for (let cut = 1; cut < joined.length; cut++) {
      const before = joined.slice(0, cut)
      if (!analyses.some((form) => (form.form === 'participle' || form.form === 'infinitive') && form.lemma.startsWith(before) && form.lemma.length > before.length)) continue
      let rests = splits.get(before)
      if (!rests) {
        rests = new Set()
        splits.set(before, rests)
      }

      rests.add(joined.slice(cut))
    }
  }

  return splits
}

/** Forms of `sein` in a perfect (`ist gestanden`, `gestanden war`, `gewesen`). */
const seinPerfectForms = new Set([...seinAuxiliaries, 'gewesen'])

/** Prepositions that open a phrase of place or state before `gestanden`. */
const standingPrepositions = new Set([...clausePrepositions, 'hinter', 'neben', 'zwischen', 'unterhalb', 'oberhalb'])

/** Most words walked back from `gestanden` to the preposition of its phrase. */
const standingWords = 10

/**
 * Whether `gestanden` at `index` is the participle of `stehen`, not of
 * `gestehen`: with a form of `sein` as its auxiliary (`ist an der Grenze
 * gestanden`, `gestanden war`), after a noun of a fixed phrase (`Rede und
 * Antwort gestanden`), or closing a phrase of place or state (`über der
 * Küste gestanden hatte`, `in Verbindung mit dem Wirt gestanden haben`)
 * that is no occasion of a confession (`vor Gericht gestanden`) and with no
 * content opened by `dass`, `ob` or a colon after it.
 *
 * @param children
 *   Children of the sentence.
 * @param index
 *   Index of `gestanden`.
 * @param clauseStart
 *   Start of its clause.
 * @param clauseEnd
 *   End of its clause.
 * @returns
 *   Whether it is `stehen`.
 */
function standing(children: SentenceContent[], index: number, clauseStart: number, clauseEnd: number): boolean {
  let haben = false
  let sein = false
  for (let back = clauseStart; back < index; back++) {
    const child = children[back]
    if (child.type !== 'WordNode') continue
    const word = textOf(child).toLowerCase()
    if (auxiliaries.has(word)) haben = true
    else if (seinPerfectForms.has(word)) sein = true
  }

  const after = skipSpace(children, index + 1, children.length)
  const next = children[after]
  const nextWord = next?.type === 'WordNode' ? textOf(next) : ''
  if ((sein && !haben) || seinPerfectForms.has(nextWord)) return true
  const before = previousNonSpace(children, index)
  const noun = children[before]
  if (noun?.type === 'WordNode' && standingNouns.has(textOf(noun).toLowerCase())) return true
  // Content opened by a colon, `dass` or `ob` after the clause: a confession.
  if (markOf(children[clauseEnd]) === ':') return false
  const content = children[skipSpace(children, clauseEnd + 1, children.length)]
  if (content?.type === 'WordNode' && standingContent.has(textOf(content))) return false
  // Back over the phrase to its preposition: nouns, quotes, lower-case
  // attributes; after an article only a preposition, or after one of the
  // genitive (`der Vormundschaft des Amts`) its noun.
  let words = 0
  let article = ''
  for (let back = before; back >= clauseStart && words < standingWords; back--) {
    const child = children[back]
    if (child.type === 'WhiteSpaceNode' || (child.type === 'QuoteNode' && article === '')) continue
    if (child.type !== 'WordNode') return false
    const text = textOf(child)
    const lower = text.toLowerCase()
    if (confessionSettings.has(lower) || isSourceNoun(lower)) return false
    if (standingPrepositions.has(text)) return back < before && !accusativeObjectBefore(children, back)
    if (article !== '' && !(genitiveArticles.has(article) && isUpper(text.charAt(0)))) return false
    article = determiners.has(lower) ? lower : ''
    words++
  }

  return false
}

/** Words that open the content of a confession after `gestanden`. */
const standingContent = new Set(['dass', 'daß', 'ob'])

/** Articles of an accusative object (`den Mord an …`). */
const accusativeArticles = new Set(['den', 'die', 'das', 'einen', 'eine', 'seinen', 'seine', 'ihren', 'ihre'])

/**
 * Whether an object with an accusative article ends right before the
 * preposition at `index` (`den Mord an seiner Frau`): the phrase then
 * belongs to that noun.
 */
function accusativeObjectBefore(children: SentenceContent[], index: number): boolean {
  const noun = children[previousNonSpace(children, index)]
  if (noun?.type !== 'WordNode' || !isUpper(textOf(noun).charAt(0))) return false
  const article = previousWordOf(children, previousNonSpace(children, index))
  return article !== undefined && accusativeArticles.has(article)
}

/** Forms of `werden` in `wurde bekannt`, `ist bekannt geworden`. */
const becomeForms = new Set(['wurde', 'wird', 'wurden', 'werden', 'geworden', 'worden'])

/**
 * `wurde bekannt, dass …`, `Wie bekannt wurde, …`: news made known, with no
 * one named; a frame without a speaker whose content the clause after it
 * gives.
 */
function becameKnown(children: SentenceContent[], index: number, clauseStart: number, clauseEnd: number): Frame | undefined {
  let become = -1
  for (let at = clauseStart; at < clauseEnd; at++) {
    const child = children[at]
    if (at !== index && child.type === 'WordNode' && becomeForms.has(textOf(child).toLowerCase())) {
      become = at
      break
    }
  }

  if (become < 0) return undefined
  // `Wie bekannt wurde, …`: the clause around is the news.
  const first = skipSpace(children, clauseStart, index)
  const wie = children[first].type === 'WordNode' && textOf(children[first]).toLowerCase() === 'wie'
  const start = wie ? first : Math.min(become, index)
  const frame = frameOf('bekanntwerden', start, Math.max(become, index) + 1, index, index + 1, undefined)
  if (wie) frame.via = 'wie'
  frame.verb = true
  return frame
}

/** Prepositions before who the words of `heißt es` come from (`hieß es vom Sprecher`). */
const fromPrepositions = new Set(['von', 'vom', 'seitens', 'vonseiten'])

/**
 * Who the words of `heißt es` at `index` come from: a phrase after `es`
 * (and adverbs) opened by `von`, `vom`, `seitens` or `von Seiten`
 * (`hieß es vom Sprecher Mark Toner`, `hieß es weiter von der Polizei`).
 */
function agentAfterEs(children: SentenceContent[], index: number, clauseEnd: number, registry: Registry): NounPhrase | undefined {
  let at = skipSpace(children, skipSpace(children, index + 1, clauseEnd) + 1, clauseEnd)
  while (at < clauseEnd && children[at].type === 'WordNode' && heißtEsAdverbs.has(textOf(children[at]))) at = skipSpace(children, at + 1, clauseEnd)
  const word = children[at]
  if (!word || word.type !== 'WordNode' || !fromPrepositions.has(textOf(word))) return undefined
  at = skipSpace(children, at + 1, clauseEnd)
  // `von Seiten der Polizei`: the body in the genitive.
  if (textOf(word) === 'von' && children[at]?.type === 'WordNode' && textOf(children[at]) === 'Seiten') at = skipSpace(children, at + 1, clauseEnd)
  const phrase = parseNounPhrase(children, at, clauseEnd)
  // `von offizieller Seite`: no one named.
  if (!phrase || phrase.pronoun || phrase.words.length === 0 || lastHeadWord(phrase) === 'Seite') return undefined
  return registry.plausible(phrase) ? phrase : undefined
}

/** Prepositions of a place where words stand (`im Bericht`, `auf der Website`). */
const locatives = new Set(['in', 'im', 'auf', 'bei', 'beim', 'aus'])

/**
 * The document a finding comes out of with `hervorgehen`: the phrase after
 * `aus` in the clause (`Aus dem Bericht geht hervor`, `Dies geht aus einer
 * Mitteilung des Amts hervor`, `wie aus der Studie hervorgeht`), when its
 * head is a noun of statements or documents (not `ging aus der Wahl als
 * Sieger hervor`).
 */
function originSource(children: SentenceContent[], clauseStart: number, clauseEnd: number): NounPhrase | undefined {
  const at = findWord(children, clauseStart, clauseEnd, 'aus')
  if (at < 0) return undefined
  const phrase = parseNounPhrase(children, skipSpace(children, at + 1, clauseEnd), clauseEnd)
  if (!phrase || phrase.pronoun || !isFindingSource(lastHeadWord(phrase).toLowerCase())) return undefined
  return {...phrase, start: at}
}

/** Adverbs between `heißt es` and its place (`heißt es weiter in …`). */
const heißtEsAdverbs = new Set(['weiter', 'wörtlich', 'dazu', 'zudem', 'auch', 'nun', 'jetzt', 'ferner', 'außerdem'])

/**
 * The phrase of a place the words of `heißt es` stand in: a locative phrase
 * that opens the clause right before the cue, or follows `heißt es`.
 */
function locativeSource(children: SentenceContent[], clauseStart: number, clauseEnd: number, index: number): NounPhrase | undefined {
  const first = skipSpace(children, clauseStart, index)
  const opener = children[first]
  if (first < index && opener.type === 'WordNode' && locatives.has(textOf(opener).toLowerCase())) {
    const phrase = parseNounPhrase(children, skipSpace(children, first + 1, index), index)
    // `Im Bericht hatte es geheißen`: the auxiliary and `es` between.
    let after = phrase ? skipSpace(children, phrase.end, index) : index
    while (after < index && children[after].type === 'WordNode' && (auxiliaries.has(textOf(children[after])) || textOf(children[after]) === 'es')) {
      after = skipSpace(children, after + 1, index)
    }

    if (phrase && !phrase.pronoun && after === index) return {...phrase, start: first}
  }

  // `In dieser Resolution, die … angenommen wurde, heißt es`: the place
  // opens the sentence, a relative clause on it comes between.
  if (first === index && clauseStart > 0) {
    const start = skipSpace(children, 0, clauseStart)
    const word = children[start]
    if (word?.type === 'WordNode' && locatives.has(textOf(word).toLowerCase())) {
      const phrase = parseNounPhrase(children, skipSpace(children, start + 1, clauseStart), clauseStart)
      const comma = phrase ? skipSpace(children, phrase.end, clauseStart) : -1
      if (phrase && !phrase.pronoun && comma < clauseStart - 1 && markOf(children[comma]) === ',' && relativeClause(children, comma + 1, clauseStart - 1)) {
        return {...phrase, start}
      }
    }
  }

  let after = skipSpace(children, index + 1, clauseEnd)
  if (!nextWordIs(children, index + 1, 'es')) return undefined
  after = skipSpace(children, after + 1, clauseEnd)
  for (let round = 0; round < 2; round++) {
    const word = children[after]
    if (!word || word.type !== 'WordNode' || !heißtEsAdverbs.has(textOf(word))) break
    after = skipSpace(children, after + 1, clauseEnd)
  }

  const preposition = children[after]
  if (!preposition || preposition.type !== 'WordNode' || !locatives.has(textOf(preposition))) return undefined
  const phrase = parseNounPhrase(children, skipSpace(children, after + 1, clauseEnd), clauseEnd)
  return phrase && !phrase.pronoun ? {...phrase, start: after} : undefined
}

/**
 * Whether the finite verb at `index` (`steht`) closes a clause opened by a
 * document as its place (`In einem Jahresbericht … steht`) and a comma and
 * `dass` follow it: what the document says.
 */
function documentSays(children: SentenceContent[], clauseStart: number, clauseEnd: number, index: number): boolean {
  const place = locativeSource(children, clauseStart, clauseEnd, index)
  if (!place || place.start !== skipSpace(children, clauseStart, index) || !isSourceNoun(lastHeadWord(place).toLowerCase())) return false
  const comma = skipSpace(children, index + 1, children.length)
  return markOf(children[comma]) === ',' && nextWordIs(children, comma + 1, 'dass')
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
  // `Jim Roth, ein bekanntes, dem Vorstand angehörendes Mitglied des
  // Vereins, sagte`: an apposition with an extended attribute.
  const opener = extendedApposition(children, middle, comma)
  if (opener >= 0) {
    let from = opener - 1
    while (from >= 0 && !separators.has(markOf(children[from]) ?? '')) from--
    const name = parseNounPhrase(children, skipFront(children, from + 1, opener), opener, lowerOpeners, true)
    if (name && !name.pronoun && skipSpace(children, name.end, opener) === opener && namesPerson(name) && registry.plausible(name)) return name
  }

  let first = middle - 1
  while (first >= 0 && !separators.has(markOf(children[first]) ?? '')) first--
  // `Auch Winfried Hassemer, …, glaubt`: past an adverb at the front.
  first = skipFront(children, first + 1, middle) - 1
  const outer = parseNounPhrase(children, first + 1, middle, lowerOpeners, true)
  // `Die Gäste, darunter zwei Ministerinnen, lobten …`: the group, with
  // some of its members set off after it.
  if (outer && !outer.pronoun && skipSpace(children, outer.end, middle) === middle && membersListed(children, middle + 1, comma)) {
    return registry.plausible(outer) ? outer : undefined
  }

  // `Erich Roth, seit 2010 im Amt, sagte`, `Eva Kern, zuständig für den
  // Vertrieb, hatte angekündigt`: a name, then words set off that are no
  // clause of their own.
  if (outer && !outer.pronoun && skipSpace(children, outer.end, middle) === middle && namesPerson(outer) && registry.plausible(outer) && looseInsertion(children, middle + 1, comma)) {
    return outer
  }

  const inner = parseNounPhrase(children, middle + 1, comma, lowerOpeners, true)
  // `Kurt von Figura, Präsident der Universität und Vorsitzender der
  // Konferenz, begrüßte …`: a person's name first, and a role too long for
  // one phrase set off after it.
  if (outer && !outer.pronoun && skipSpace(children, outer.end, middle) === middle && namesPerson(outer) && registry.plausible(outer) && roleAfter(children, middle + 1, comma)) {
    return outer
  }

  // `Der Vertreter der Arbeitgeber im Aufsichtsrat der Agentur (BA), Peter
  // Clever, hat …`: a role too long for one phrase, then the name.
  if (inner && !inner.pronoun && skipSpace(children, inner.end, comma) === comma && namesPerson(inner) && registry.plausible(inner) && roleAfter(children, first + 1, middle)) {
    return inner
  }

  if (!outer || !inner || outer.pronoun || inner.pronoun) return undefined
  if (skipSpace(children, outer.end, middle) !== middle || skipSpace(children, inner.end, comma) !== comma) return undefined
  if (registry.plausible(inner) && namesPerson(inner)) return inner
  return registry.plausible(outer) ? outer : undefined
}

/** Most words of an insertion set off after a name (`seit 2010 im Amt`). */
const insertionWords = 8

/** Lower-case words that open a clause or a list, not an insertion after a name. */
const insertionBreakers = new Set(['und', 'oder', 'sowie', 'aber', 'doch', 'sondern', 'so', 'denn', 'sagte', 'sagt'])

/**
 * Whether children `from`–`to` are an insertion set off after a name that
 * is no clause of its own (`seit 2010 im Amt`, `zuständig für den Vertrieb`,
 * `54`): a few words, opened by a lower-case word or a number that opens no
 * clause, with no quote.
 */
function looseInsertion(children: SentenceContent[], from: number, to: number): boolean {
  const first = skipSpace(children, from, to)
  const word = children[first]
  if (!word || word.type !== 'WordNode') return false
  const text = textOf(word)
  if (isUpper(text.charAt(0)) || relativePronouns.has(text) || contentOpeners.has(text) || subordinators.has(text) || innerClauseOpeners.has(text) || insertionBreakers.has(text)) return false
  if (speechVerbForms.has(text)) return false
  let words = 0
  for (let index = first; index < to; index++) {
    const child = children[index]
    if (child.type === 'QuoteNode' || (child.type === 'PunctuationNode' && markOf(child) !== '-' && markOf(child) !== '.')) return false
    if (child.type === 'WordNode' && ++words > insertionWords) return false
  }

  return true
}

/**
 * The comma that opens an apposition with an extended attribute, when
 * children up to `comma` are `, ein bekanntes, dem Vorstand angehörendes
 * Mitglied des Vereins` and `middle` is the comma after the adjective: an
 * article and one adjective set off by commas, then words up to a role noun
 * after an adjective with the same ending (`bekanntes … angehörendes
 * Mitglied`) and no verb-like word after it. Else -1.
 */
function extendedApposition(children: SentenceContent[], middle: number, comma: number): number {
  const adjective = previousWordIndex(children, middle)
  const article = previousWordIndex(children, adjective)
  if (adjective < 0 || article < 0 || skipSpace(children, adjective + 1, middle) !== middle) return -1
  const opener = previousNonSpace(children, article)
  if (opener < 0 || markOf(children[opener]) !== ',' || !attributeArticles.has(textOf(children[article]))) return -1
  const ending = attributeEnding.exec(textOf(children[adjective]))
  if (!ending || isUpper(textOf(children[adjective]).charAt(0))) return -1
  let role = false
  let previous = ''
  for (let index = middle + 1; index < comma; index++) {
    const child = children[index]
    if (child.type !== 'WordNode') continue
    const text = textOf(child)
    if (!role && isUpper(text.charAt(0)) && previous.endsWith(ending[0]) && isRoleNoun(text)) role = true
    else if (role && !isUpper(text.charAt(0)) && !determiners.has(text) && !clausePrepositions.has(text) && text !== 'und') return -1
    previous = text
  }

  return role ? opener : -1
}

/** Articles that open an apposition with an extended attribute (`ein bekanntes, …`). */
const attributeArticles = new Set(['ein', 'eine', 'der', 'die', 'das'])

/** The ending of an adjective after an article (`bekanntes`, `neue`). */
const attributeEnding = /(?:es|er|e)$/

/**
 * The auxiliary and subject of a participle at `index` that opens its clause
 * after a name set off by commas (`hatte ein Sprecher des Amts, Tom Weber,
 * erklärt`): the last auxiliary in the clause before the name, the role
 * after it (up to the comma) and the name.
 */
function apposedSubject(
  children: SentenceContent[],
  clauseStart: number,
  index: number,
  registry: Registry
): {finite: number; role: NounPhrase; name: NounPhrase} | undefined {
  const comma = clauseStart - 1
  if (comma < 0 || markOf(children[comma]) !== ',' || skipSpace(children, clauseStart, index) !== index) return undefined
  let middle = comma - 1
  while (middle >= 0 && !separators.has(markOf(children[middle]) ?? '')) middle--
  if (middle < 0 || markOf(children[middle]) !== ',' || !isApposition(children, middle + 1, comma)) return undefined
  const name = parseNounPhrase(children, middle + 1, comma, lowerOpeners)
  if (!name || name.pronoun || skipSpace(children, name.end, comma) !== comma || !registry.plausible(name)) return undefined
  let finite = -1
  for (let back = middle - 1; back >= 0 && !separators.has(markOf(children[back]) ?? ''); back--) {
    const child = children[back]
    if (child.type === 'WordNode' && auxiliaries.has(textOf(child).toLowerCase())) {
      finite = back
      break
    }
  }

  if (finite < 0) return undefined
  // The role opens with an article and holds no verb (`ein Sprecher des
  // Amts`, `der Leiter der Klinik in Bonn`).
  const start = skipAdverbial(children, finite + 1, middle)
  const role = parseNounPhrase(children, start, middle, lowerOpeners, true)
  if (!role || role.pronoun || !role.determined || !registry.plausible(role) || !roleAfter(children, start, middle)) return undefined
  return {finite, role, name}
}

/**
 * The one to whom saying something matters, before an infinitive with `zu`
 * at `index` (`Der Ministerin war es wichtig zu betonen`, `Ihm ist es ein
 * Anliegen, festzuhalten`): a phrase (or two joined by `und`) opening the
 * clause, a form of `sein`, `es`, then a word of importance right before the
 * infinitive.
 */
function concernedSubject(children: SentenceContent[], index: number, registry: Registry): NounPhrase | undefined {
  // `wichtig zu betonen`, `wichtig, zu betonen`: the clause may end before
  // the infinitive.
  let to = previousWordIndex(children, index)
  if (to >= 0 && textOf(children[to]) === 'zu') to = previousWordIndex(children, to)
  if (to < 0 || !concernWords.has(textOf(children[to]).toLowerCase())) return undefined
  let from = to
  while (from > 0 && !separators.has(markOf(children[from - 1]) ?? '')) from--
  const head = skipFront(children, from, to)
  const phrase = parseNounPhrase(children, head, to, lowerOpeners, true)
  if (!phrase || phrase.words.length === 0 || !registry.plausible(phrase)) return undefined
  const subject = coordinatedBefore(children, phrase, to, registry) ?? phrase
  const copula = skipSpace(children, subject.end, to)
  if (children[copula]?.type !== 'WordNode' || !copulas.has(textOf(children[copula]))) return undefined
  const it = skipSpace(children, copula + 1, to)
  if (children[it]?.type !== 'WordNode' || textOf(children[it]) !== 'es') return undefined
  // `es sehr wichtig`, `es ein Anliegen`: a few words at most before it.
  let words = 0
  for (let at = it + 1; at < to; at++) if (children[at].type === 'WordNode') words++
  return words <= 2 ? subject : undefined
}

/** Words of importance before `zu` and a verb of saying (`wichtig zu betonen`), lower case. */
const concernWords = new Set(['wichtig', 'wesentlich', 'anliegen', 'bedürfnis'])

/** Objects pointing back that open a clause before its verb (`Dies wollte sie nicht hinnehmen`), lower case. */
const frontedObjects = new Set(['dies', 'das', 'dem', 'diesem'])

/** Forms of `sein` after the one it matters to (`Ihr war es wichtig`). */
const copulas = new Set(['ist', 'war', 'sei', 'wäre', 'sind', 'waren', 'seien', 'wären'])

/** Stems of verbs done loudly (`rief laut`, `lachte laut`), after which `laut` is the adverb. */
const loudVerbStems = ['rief', 'ruf', 'schrie', 'schrei', 'brüll', 'lacht', 'sang', 'sing', 'skandier', 'jubel', 'jubelt', 'johlt', 'grölt', 'klatscht', 'pfiff', 'pfeif', 'stöhnt', 'fluch', 'weint', 'sagt', 'sprach', 'sprich', 'denk', 'dacht']

/** Stems of the verbs in `loudVerbStems` that also frame a source (`sagte laut Reuters`). */
const sayingStems = new Set(['sagt', 'sprach', 'sprich'])

/**
 * Whether `laut` at `index` is the adverb "loudly", not the preposition "according
 * to": `laut und deutlich`, or `laut` right after a verb done loudly, or after it
 * and its subject (`riefen die Bauern laut Parolen`, `lachte laut`). After a verb
 * of saying it is a source unless `und` follows (`sagte laut Reuters`).
 */
function loudAdverb(children: SentenceContent[], index: number, clauseStart: number, clauseEnd: number): boolean {
  const next = skipSpace(children, index + 1, clauseEnd)
  if (next < clauseEnd && children[next].type === 'WordNode' && textOf(children[next]) === 'und') return true
  for (let start = index - 2; start >= clauseStart && start >= index - 8; start--) {
    const node = children[start]
    if (node.type !== 'WordNode' && node.type !== 'WhiteSpaceNode') return false
    if (node.type !== 'WordNode') continue
    const word = textOf(node)
    const stem = loudVerbStems.find((candidate) => word.startsWith(candidate))
    if (stem === undefined) continue
    if (sayingStems.has(stem)) return false
    const after = skipSpace(children, start + 1, index)
    if (after === index) return true
    const subject = parseNounPhrase(children, after, index)
    return subject !== undefined && skipSpace(children, subject.end, index) === index
  }
  return false
}

/**
 * The index of the word before `index`, or -1.
 */
function previousWordIndex(children: SentenceContent[], index: number): number {
  for (let back = index - 1; back >= 0; back--) if (children[back].type === 'WordNode') return back
  return -1
}

/**
 * Two phrases joined by `und` from `first` on, up to `limit` (`SPD und
 * Grüne`), or nothing.
 */
function coordinatedBefore(children: SentenceContent[], first: NounPhrase, limit: number, registry: Registry): NounPhrase | undefined {
  const conjunction = skipSpace(children, first.end, limit)
  const word = children[conjunction]
  if (!word || word.type !== 'WordNode' || textOf(word) !== 'und') return undefined
  const second = parseNounPhrase(children, skipSpace(children, conjunction + 1, limit), limit, lowerOpeners, true)
  if (!second || second.pronoun || !registry.plausible(second)) return undefined
  return {...second, start: first.start, words: [...first.words, {index: conjunction, text: 'und'}, ...second.words], determined: first.determined, definite: first.definite, coordinated: true}
}

/**
 * Whether children `from`–`to` list members of a group before them
 * (`darunter zwei Ministerinnen`, `unter ihnen auch Lehrer`).
 */
function membersListed(children: SentenceContent[], from: number, to: number): boolean {
  const first = skipSpace(children, from, to)
  const word = children[first]
  if (!word || word.type !== 'WordNode') return false
  const text = textOf(word).toLowerCase()
  if (memberListOpeners.has(text)) return true
  const second = children[skipSpace(children, first + 1, to)]
  return second?.type === 'WordNode' && memberListOpeners.has(text + ' ' + textOf(second).toLowerCase())
}

/**
 * The subject of the clause that a comma at `comma` closes, when that clause
 * is a main clause whose subject a second verb after the comma shares: the
 * phrase that opens the sentence before its finite verb (`Die Vereinten
 * Nationen bestätigten den Vorfall,`), or, when that clause opens with its
 * verb too, the subject set off before it (`Anna Roth, die Ministerin,
 * wollte sich nicht festlegen,`).
 * A clause in Konjunktiv is reported, not narrated (`Die Lage sei ernst,
 * erklärte gestern …`): nothing then.
 */
function sharedSubject(children: SentenceContent[], comma: number, registry: Registry): NounPhrase | undefined {
  if (markOf(children[comma]) !== ',') return undefined
  let start = comma - 1
  while (start >= 0 && !separators.has(markOf(children[start]) ?? '')) start--
  if (start < 0) {
    const phrase = parseNounPhrase(children, skipFront(children, 0, comma), comma, lowerOpeners, true)
    if (!phrase || phrase.pronoun || phrase.end >= comma || !registry.plausible(phrase) || !nextIsFiniteVerb(children, phrase.end, comma)) return undefined
    const verb = children[skipMiddleAdverbs(children, phrase.end, comma)]
    return verb.type === 'WordNode' && !isSubjunctiveWord(textOf(verb), false) ? phrase : undefined
  }

  if (markOf(children[start]) !== ',') return undefined
  const first = skipSpace(children, start + 1, comma)
  if (!nextIsFiniteVerb(children, first, comma)) return undefined
  const verb = children[first]
  if (verb.type !== 'WordNode' || isSubjunctiveWord(textOf(verb), false)) return undefined
  return appositionSubject(children, start, registry) ?? subjectBeforeRelative(children, start, registry)
}

/** Most words of a role set off after a name. */
const roleAfterWords = 16

/**
 * Whether children `from`–`to` are a role set off after a name: a few words
 * that open with a role noun (or an adjective and one) and hold no verb-like
 * lower-case word other than articles, prepositions and `und`.
 */
function roleAfter(children: SentenceContent[], from: number, to: number): boolean {
  let words = 0
  let role = false
  for (let index = from; index < to; index++) {
    const child = children[index]
    if (child.type !== 'WordNode') continue
    const text = textOf(child)
    if (++words > roleAfterWords) return false
    if (isUpper(text.charAt(0))) {
      if (words <= 4 && isRoleNoun(text)) role = true
      continue
    }

    if (words === 1 || determiners.has(text) || clausePrepositions.has(text) || text === 'und' || text === 'des' || text === 'der' || isDigit(text)) continue
    // Adjectives (`derzeitiger`) stand before a capitalised noun.
    const next = children[skipSpace(children, index + 1, to)]
    if (!next || next.type !== 'WordNode' || !isUpper(textOf(next).charAt(0))) return false
  }

  return role
}

/** Nouns of a view or statement that a possessive lead-in names (`Seine Prognose:`). Lower case. */
const leadNouns = new Set([
  'prognose', 'meinung', 'fazit', 'antwort', 'einschätzung', 'bilanz', 'urteil', 'kommentar', 'rat',
  'forderung', 'botschaft', 'appell', 'credo', 'devise', 'erklärung', 'begründung', 'warnung',
  'vermutung', 'vorschlag', 'zuversicht', 'hoffnung', 'sorge', 'kritik', 'haltung', 'ansicht',
  'auffassung', 'überzeugung', 'befürchtung', 'reaktion', 'mahnung', 'schlussfolgerung'
])

/**
 * The owner of a lead-in before a colon and the quote at `index` that opens
 * the sentence with a possessive and a noun of view, with no verb (`Seine
 * Prognose in den „Kulturfragen“: „…“`): `'er'` or `'sie'`.
 */
function possessiveLead(children: SentenceContent[], index: number): 'er' | 'sie' | undefined {
  let colon = index - 1
  while (colon >= 0 && children[colon].type === 'WhiteSpaceNode') colon--
  if (colon < 0 || markOf(children[colon]) !== ':') return undefined
  const first = skipSpace(children, 0, colon)
  const possessive = children[first]
  const noun = children[skipSpace(children, first + 1, colon)]
  if (possessive?.type !== 'WordNode' || noun?.type !== 'WordNode' || !leadNouns.has(textOf(noun).toLowerCase())) return undefined
  const text = textOf(possessive)
  const owner = text === 'Seine' || text === 'Sein' ? 'er' : text === 'Ihre' || text === 'Ihr' ? 'sie' : undefined
  if (owner === undefined) return undefined
  // No verb before the colon (only lower-case articles, prepositions and
  // adjectives), or the noun's own verb right after it (`Seine Zuversicht
  // gründet sich auf …: „…“`).
  const verb = children[skipSpace(children, skipSpace(children, first + 1, colon) + 1, colon)]
  if (verb?.type === 'WordNode' && !isUpper(textOf(verb).charAt(0)) && !determiners.has(textOf(verb)) && !clausePrepositions.has(textOf(verb)) && !notVerbs.has(textOf(verb))) return owner
  for (let at = first + 1; at < colon; at++) {
    const child = children[at]
    if (child.type !== 'WordNode') continue
    const word = textOf(child)
    if (isUpper(word.charAt(0)) || determiners.has(word) || clausePrepositions.has(word) || word === 'des' || word === 'der') continue
    if (!/(?:e|en|er|es|em)$/.test(word)) return undefined
  }

  return owner
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
  // `Sängerin Lisa Kramer zur neuen Tournee:`, `Ein Polizeisprecher nach
  // dem Einsatz:`: a short phrase on the topic or the time.
  const preposition = children[next]
  if (preposition?.type === 'WordNode' && leadPrepositions.has(textOf(preposition)) && shortTopic(children, next + 1, colon)) return phrase
  // `Name, role:` — the name.
  if (markOf(children[next]) === ',') {
    const role = parseNounPhrase(children, next + 1, colon)
    if (role && skipSpace(children, role.end, colon) === colon) return phrase
  }

  return undefined
}

/** Words that open the next item of a list (`…, X und Y: „…“`). */
const listJoiners = new Set(['und', 'sowie', 'oder'])

/**
 * The speaker of a quote in a list of voices: a phrase naming a person, or
 * a role after a colon, that fills a list item up to the quote — in
 * brackets right after the name (`der Leiter der Behörde, Jonas Keller („Wir
 * sind froh.“)`) or after a colon (`… und die Landrätin Eva Roth: „…“`).
 * The item opens after a comma or `und`, `sowie`, `oder`; a bracket may also
 * follow a name that opens the sentence (`Eva Roth („…“) gratulierte`). A
 * bracket after a term glosses it (`Clan („Strangio-Nirta“)`): no name.
 */
function listedSpeaker(children: SentenceContent[], index: number, registry: Registry): NounPhrase | undefined {
  const quote = children[index]
  if (quote?.type !== 'QuoteNode' || quote.kind !== 'direct' || nameLike(quote)) return undefined
  const mark = previousNonSpace(children, index)
  const value = markOf(children[mark])
  if (value === '(') {
    if (markOf(children[skipSpace(children, index + 1, children.length)]) !== ')') return undefined
  } else if (value !== ':') return undefined

  // Back to where the item opens: words and white space only.
  let opener = mark - 1
  while (opener >= 0 && (children[opener].type === 'WordNode' || children[opener].type === 'WhiteSpaceNode')) {
    if (children[opener].type === 'WordNode' && listJoiners.has(textOf(children[opener]))) break
    opener--
  }

  const open = opener < 0 ? undefined : children[opener]
  if (open === undefined ? value !== '(' : open.type !== 'WordNode' && markOf(open) !== ',') return undefined
  const phrase = parseNounPhrase(children, opener + 1, mark, lowerOpeners, true)
  if (!phrase || phrase.pronoun || skipSpace(children, phrase.end, mark) !== mark) return undefined
  if (namesPerson(phrase)) return phrase
  return value === ':' && phrase.determined && registry.known(phrase) ? phrase : undefined
}

/**
 * The subject of a sentence that leads up to a colon and a quote (`Der Leiter
 * der Studie, Paulo Pinheiro, sieht die Verantwortung beim Staat: „…“`,
 * `Roth zieht einen Vergleich: „…“`): the phrase that opens the sentence
 * before its verb, or the name set off after it.
 */
function colonSubject(children: SentenceContent[], index: number, registry: Registry): NounPhrase | undefined {
  let colon = index - 1
  while (colon >= 0 && children[colon].type === 'WhiteSpaceNode') colon--
  if (colon < 0 || markOf(children[colon]) !== ':') return undefined
  const first = skipFront(children, 0, colon)
  // `Dabei griff sie den Präsidenten an: „…“`: an adverb, the verb, then
  // the subject.
  if (first > skipSpace(children, 0, colon)) {
    const verb = children[first]
    if (verb?.type === 'WordNode' && !startsUpper(textOf(verb)) && !notVerbs.has(textOf(verb))) {
      const subject = parseNounPhrase(children, skipSpace(children, first + 1, colon), colon, lowerOpeners)
      if (subject) return subject
    }
  }

  const outer = parseNounPhrase(children, first, colon, lowerOpeners, true)
  if (!outer || outer.pronoun) return outer ? undefined : invertedSubject(children, first, colon, registry)
  let next = skipSpace(children, outer.end, colon)
  // `Der Ermittler, der als Zeuge gilt, will …`: a relative clause on the
  // subject, up to its closing comma, before the verb.
  if (markOf(children[next]) === ',' && relativeClause(children, next + 1, colon)) {
    let close = next + 1
    while (close < colon && markOf(children[close]) !== ',') close++
    if (close < colon && nextIsFiniteVerb(children, close + 1, colon) && registry.plausible(outer)) return outer
    return undefined
  }

  if (markOf(children[next]) === ',') {
    // `Der Leiter, Paulo Pinheiro, sieht …`.
    const inner = parseNounPhrase(children, next + 1, colon, lowerOpeners, true)
    if (!inner || inner.pronoun) return undefined
    const comma = skipSpace(children, inner.end, colon)
    if (markOf(children[comma]) !== ',' || !nextIsFiniteVerb(children, comma + 1, colon)) return undefined
    return namesPerson(inner) ? inner : outer
  }

  next = skipMiddleAdverbs(children, outer.end, colon)
  if (!nextIsFiniteVerb(children, next, colon)) return invertedSubject(children, first, colon, registry)
  if (registry.known(outer)) return outer
  return invertedSubject(children, first, colon, registry) ?? outer
}

/**
 * The subject after the verb of a sentence that opens with its object
 * (`Den Unmut über den Plan brachte die Sprecherin, Anna Weber, zum
 * Ausdruck`): the verb is the first lower-case word after a noun that a
 * `der`/`die` follows; the subject opens with that article and must be a
 * plausible speaker. The name set off after it is preferred.
 */
function invertedSubject(children: SentenceContent[], from: number, to: number, registry: Registry): NounPhrase | undefined {
  let verb = -1
  let previousNoun = false
  for (let index = from; index < to; index++) {
    const child = children[index]
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type !== 'WordNode') return undefined
    const text = textOf(child)
    if (isUpper(text.charAt(0))) {
      previousNoun = !determiners.has(text.toLowerCase())
      continue
    }

    if (previousNoun && !notVerbs.has(text) && !clausePrepositions.has(text) && !determiners.has(text)) {
      verb = index
      break
    }

    previousNoun = false
  }

  if (verb < 0) return undefined
  let start = skipMiddleAdverbs(children, skipSpace(children, verb + 1, to), to)
  // `hatte sich Pieper … hinreißen lassen`: the reflexive before the subject.
  if (children[start]?.type === 'WordNode' && textOf(children[start]) === 'sich') start = skipMiddleAdverbs(children, skipSpace(children, start + 1, to), to)
  const article = children[start]
  if (!article || article.type !== 'WordNode') return undefined
  const articleText = textOf(article)
  const subject = parseNounPhrase(children, start, to, lowerOpeners, true)
  if (!subject || !registry.plausible(subject)) return undefined
  // `der`/`die` open a subject; without an article only a name known as a
  // speaker's is one (`Jede Schuld weist Roth von sich`).
  if (articleText !== 'der' && articleText !== 'die' && (subject.determined || !registry.known(subject))) return undefined
  const comma = skipSpace(children, subject.end, to)
  if (markOf(children[comma]) === ',') {
    const inner = parseNounPhrase(children, comma + 1, to, lowerOpeners, true)
    if (inner && !inner.pronoun && namesPerson(inner) && markOf(children[skipSpace(children, inner.end, to)]) === ',') return inner
  }

  return subject
}

/**
 * Whether a new frame lies inside the content of a frame before it that
 * reports a clause (`meldet, …`), or, with `around`, the clause around a
 * source (`laut Roth …`, `wie Roth sagte, …`) of a frame with a known
 * speaker that is no relative clause.
 */
function insideContent(frames: Frame[], frame: Frame, around = false): boolean {
  for (const earlier of frames) {
    if (earlier.layout !== 'pre' && !(around && earlier.layout === 'around')) continue
    if (around && (earlier.speakerId === undefined || earlier.relative)) continue
    for (const [start, end] of earlier.content) if (frame.start >= start && frame.end <= end) return true
  }

  return false
}

/**
 * Whether a frame's finite verb is in Konjunktiv (`habe … bezweifelt`,
 * `sagte` no, `sage` yes).
 */
function subjunctiveFinite(children: SentenceContent[], frame: Frame): boolean {
  const finite = children[frame.finite ?? frame.cueStart]
  return finite !== undefined && finite.type === 'WordNode' && isSubjunctiveWord(textOf(finite), false)
}

/**
 * The subject right after the finite verb when a source frame opens the
 * sentence (`Nach eigenen Angaben kaufte er die Daten`, `Nach eigenem
 * Bekunden wusste die Ministerin nichts davon`): a pronoun or a plausible
 * speaker phrase.
 */
function invertedOwner(children: SentenceContent[], frame: Frame, registry: Registry): NounPhrase | undefined {
  if (skipSpace(children, 0, frame.start) !== frame.start) return undefined
  const verb = skipSpace(children, frame.end, children.length)
  const word = children[verb]
  if (!word || word.type !== 'WordNode') return undefined
  const text = textOf(word)
  if (isUpper(text.charAt(0)) || notVerbs.has(text) || !/^[a-zäöüß]+$/.test(text)) return undefined
  const phrase = parseNounPhrase(children, skipSpace(children, verb + 1, children.length), children.length, lowerOpeners)
  if (!phrase || phrase.words.length === 0) return undefined
  return phrase.pronoun || (registry.plausible(phrase) && !(phrase.determined && accusatives.has(phrase.words[0].text))) ? phrase : undefined
}

/**
 * The subject that opens a sentence before its finite verb, if it names a
 * plausible speaker and ends before `limit`.
 */
function sentenceSubject(children: SentenceContent[], limit: number, registry: Registry): NounPhrase | undefined {
  const first = skipFront(children, 0, limit)
  const phrase = parseNounPhrase(children, first, limit, lowerOpeners, true)
  if (!phrase || phrase.pronoun || !registry.plausible(phrase)) return undefined
  return nextIsFiniteVerb(children, skipMiddleAdverbs(children, phrase.end, limit), limit) ? phrase : undefined
}

/**
 * The subject that opens the main clause after the last comma before
 * `limit`, followed by its finite verb (`Zwar ist der Vermieter zufrieden,
 * die Mieter sind jedoch der Auffassung, dass …`): a plausible speaker, or
 * nothing.
 */
function clauseSubject(children: SentenceContent[], bounds: number[], limit: number, registry: Registry): NounPhrase | undefined {
  let comma = -1
  for (const bound of bounds) {
    if (bound >= limit) break
    if (markOf(children[bound]) === ',') comma = bound
  }

  if (comma < 0) return undefined
  const first = skipSpace(children, comma + 1, limit)
  const opener = children[first]
  if (!opener || opener.type !== 'WordNode') return undefined
  const text = textOf(opener)
  // The phrase opens the clause: a name, a number or an article (`die
  // Mieter`), not a verb (`…, schilderte gegenüber der Zeitung …`).
  if (!isUpper(text.charAt(0)) && !isDigit(text) && !determiners.has(text)) return undefined
  // `…, die der Auffassung sind`: a relative pronoun opens no main clause.
  const after = children[skipSpace(children, first + 1, limit)]
  if (relativePronouns.has(text) && (!after || after.type !== 'WordNode' || !isUpper(textOf(after).charAt(0)))) return undefined
  const phrase = parseNounPhrase(children, first, limit, lowerOpeners, true)
  if (!phrase || phrase.pronoun || phrase.start !== first || !registry.plausible(phrase)) return undefined
  return nextIsFiniteVerb(children, skipMiddleAdverbs(children, phrase.end, limit), limit) ? phrase : undefined
}

/** Determiners of a pair (`beide Parteien`): two, not one body that acts. */
const pairWords = new Set(['beide', 'beiden'])

/** Most words before the finite verb when the subject follows it. */
const maxFront = 12

/**
 * The subject of a narrative sentence and whether its verb tells an act:
 * the phrase before the finite verb (`Die Kommission legte … fest.`) or,
 * after a front of adverbs or a prepositional phrase, the phrase right after
 * it (`Am 3. Mai hat die Kommission … festgelegt.`, `Gestern will der
 * Bürgermeister Jan Roth … vorstellen.`).
 */
function narratedSubject(children: SentenceContent[], registry: Registry): {phrase: NounPhrase; act: boolean; front: boolean} | undefined {
  const limit = children.length
  const front = sentenceSubject(children, limit, registry)
  if (front) return {phrase: front, act: acts(children, skipMiddleAdverbs(children, front.end, limit), limit), front: true}
  const start = skipSpace(children, 0, limit)
  const first = skipFront(children, start, limit)
  const opener = children[start]
  if (!opener || opener.type !== 'WordNode') return undefined
  const lower = textOf(opener).toLowerCase()
  // The front: adverbs (`Gestern`), a prepositional phrase (`Am 3. Mai`,
  // `Nach langen Gesprächen`) or a date (`15. Mai`). Not a phrase that may
  // be the subject itself (`Die neue Regel betrifft die Kommission.`).
  const fronted = first > start || clausePrepositions.has(lower) || frontPrepositions.has(lower) || /^\d/.test(lower)
  if (!fronted) return undefined
  let words = 0
  let tries = 0
  for (let index = first; index < limit; index++) {
    const child = children[index]
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type !== 'WordNode') {
      // `Am 3. Mai`: a full stop after a number belongs to the date.
      if (markOf(child) === '.' && index > 0 && /^\d+$/.test(textOf(children[index - 1]))) continue
      // `Unter dem Motto „…“ zogen die Bauern …`: a quoted name in the front.
      if (child.type === 'QuoteNode' && index > first && words > 0 && ++words <= maxFront) continue
      return undefined
    }

    if (++words > maxFront) return undefined
    const text = textOf(child)
    if (index === start || isUpper(text.charAt(0)) || !/^[a-zäöüß]+$/.test(text)) continue
    if (notVerbs.has(text) || frontPrepositions.has(text) || determiners.has(text)) continue
    // `am kommenden Montag`: an adjective after an article or a preposition.
    const before = index > first ? previousWordOf(children, index) : undefined
    if (before !== undefined && (determiners.has(before) || notVerbs.has(before) || frontPrepositions.has(before))) continue
    // `Am Rande nahm jetzt auch der Minister … Stellung`: adverbs between
    // the verb and its subject.
    const phrase = parseNounPhrase(children, skipMiddleAdverbs(children, index + 1, limit), limit, lowerOpeners, true)
    if (phrase && !phrase.pronoun && registry.plausible(phrase)) return {phrase, act: acts(children, index, limit), front: false}
    // `Zwei Tage später hat …`: one more word may be the verb.
    if (++tries > 1) return undefined
  }

  return undefined
}

/**
 * Whether the finite verb at child `index` tells an act (`legte`, `hat …
 * festgelegt`, `will … vorstellen`), not a state or a passive (`ist`,
 * `wurde`, `hat zwölf Mitglieder`).
 */
function acts(children: SentenceContent[], index: number, limit: number): boolean {
  const verb = children[index]
  if (!verb || verb.type !== 'WordNode') return false
  const text = textOf(verb)
  if (stateVerbs.has(text)) return false
  if (!haveForms.has(text)) return true
  // `hat … festgelegt`: a participle closes the clause.
  const last = lastWord(children, index + 1, limit)
  const word = children[last]
  return last > index && word?.type === 'WordNode' && !isUpper(textOf(word).charAt(0))
}

/**
 * Whether a sentence is a question (its last mark is `?`).
 */
function asks(children: SentenceContent[]): boolean {
  for (let index = children.length - 1; index >= 0; index--) {
    const child = children[index]
    if (child.type === 'WhiteSpaceNode') continue
    const mark = markOf(child)
    return mark !== undefined && mark.includes('?')
  }

  return false
}

/** Prepositions of a topic or time between a speaker and a colon (`Roth zur Reform:`). */
const leadPrepositions = new Set(['zu', 'zur', 'zum', 'nach', 'über', 'vor', 'bei', 'beim', 'am', 'im', 'auf', 'angesichts', 'gegenüber'])

/** Most words of a topic between a speaker and a colon. */
const topicWords = 6

/**
 * Whether children `from`–`to` are a short phrase of words alone, with no
 * mark or quote (`der neuen Tournee`, `dem Einsatz`).
 */
function shortTopic(children: SentenceContent[], from: number, to: number): boolean {
  let words = 0
  for (let index = from; index < to; index++) {
    const child = children[index]
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type !== 'WordNode' || ++words > topicWords) return false
  }

  return words > 0
}

/** Adverbs between a speaker and a colon (`Roth wörtlich:`). */
const colonAdverbs = new Set(['wörtlich', 'dazu', 'damals', 'heute', 'gestern', 'knapp', 'kurz'])

/**
 * Whether a phrase holds a known given name.
 */
function namesPerson(phrase: NounPhrase): boolean {
  return phrase.words.some((word) => femaleFirstNames.has(word.text) || maleFirstNames.has(word.text))
}

/**
 * Whether a determined phrase right after the finite verb at `finite` names
 * someone known (a role, a body, a given name, a name used before): `gab die
 * Sprecherin`, `nannte der Verband`.
 */
function knownAfter(children: SentenceContent[], finite: number, clauseEnd: number, registry: Registry): boolean {
  const phrase = parseNounPhrase(children, skipSpace(children, finite + 1, clauseEnd), clauseEnd, lowerOpeners)
  return phrase !== undefined && phrase.determined && !phrase.pronoun && subjectArticles.has(phrase.words[0].text.toLowerCase()) && registry.known(phrase)
}

/**
 * Whether a phrase with no article opens with an inflected adjective before
 * its noun (`Genaue Zahlen`, `Neue Details`), not with a name.
 */
function adjectiveLed(phrase: NounPhrase): boolean {
  return !phrase.pronoun && phrase.quoted === undefined && phrase.words.length > 1 && adjectiveEnding.test(phrase.words[0].text)
}

/** Endings of an inflected adjective (`genaue`, `neuen`, `weiteres`). */
const adjectiveEnding = /(?:e|en|em|er|es)$/

/** Articles that can open a subject (the nominative, with the forms it shares). */
const subjectArticles = new Set(['der', 'die', 'das', 'ein', 'eine', 'dieser', 'diese', 'dieses', 'jeder', 'jede', 'kein', 'keine'])

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
 * Whether a quote stands among children `from` to `to`.
 */
function hasQuoteIn(children: SentenceContent[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (children[index].type === 'QuoteNode') return true
  return false
}

/**
 * The first clause boundary at or after `from`, if any.
 */
function boundFrom(bounds: number[], from: number): number | undefined {
  for (const bound of bounds) if (bound >= from) return bound
  return undefined
}

/**
 * The first clause boundary after `from` that is no comma, if any.
 */
function clauseBoundAfter(children: SentenceContent[], bounds: number[], from: number): number | undefined {
  for (const bound of bounds) if (bound > from && markOf(children[bound]) !== ',') return bound
  return undefined
}

/**
 * Where the content of the next frame may start at the earliest: after the
 * last frame. Not after a frame that reports nothing inside a relative or
 * subordinate clause (`Ein Tief, das lange über der Bucht gestanden hatte,
 * habe …, meldet X`: `gestanden` is no cue there), which is part of what the
 * next frame reports.
 */
function floorOf(children: SentenceContent[], bounds: number[], frames: Frame[]): number {
  for (let index = frames.length - 1; index >= 0; index--) {
    const frame = frames[index]
    if (frame.content.length > 0 || frame.layout === 'around') return frame.end
    let before = -1
    for (const bound of bounds) {
      if (bound >= frame.start) break
      before = bound
    }

    if (before < 0 || markOf(children[before]) !== ',' || !subordinateAt(children, before + 1, frame.start)) return frame.end
  }

  return 0
}

/**
 * Whether the frame before, a cue in a subordinate clause (`Während Roth
 * erklärte, …`), already reports the words `from`–`to` before an inverted
 * frame: in `Während Roth erklärte, froh zu sein, räumte Kern ein, …` they
 * are Roth's, not Kern's.
 */
function subordinateClaims(children: SentenceContent[], bounds: number[], last: Frame | undefined, from: number, to: number): boolean {
  if (!last || !last.verb || last.speakerId === undefined || last.end > from) return false
  if (!last.content.some(([start]) => start >= from && start < to)) return false
  let before = -1
  for (const bound of bounds) {
    if (bound >= last.start) break
    before = bound
  }

  // Only a clause that opens the sentence, with the inverted frame as the
  // main clause after it; not one further on (`…, zumal Roth betont hatte,
  // …: …, so Kern`).
  if (before >= 0 || skipSubordinator(children, 0, last.start) === 0) return false
  // Their words end where the main clause begins (`…, räumte Kern ein`).
  for (const range of last.content) {
    if (range[0] >= from && range[0] < to && range[1] > to) {
      let end = to
      while (end > range[0] && (children[end - 1].type === 'WhiteSpaceNode' || children[end - 1].type === 'PunctuationNode' || children[end - 1].type === 'SymbolNode')) end--
      range[1] = end
    }
  }

  return true
}

/**
 * Where the content after a source (`nach Einschätzung eines Experten`)
 * starts: after a relative clause set off on the source (`…, der im
 * Fernsehen befragt wurde, würde …`), else at `from`.
 */
function sourceRelativeEnd(children: SentenceContent[], bounds: number[], from: number, to: number): number {
  const comma = skipSpace(children, from, to)
  if (comma >= to || markOf(children[comma]) !== ',' || !relativeClause(children, comma + 1, to)) return from
  const close = commaAfter(children, bounds, comma + 1)
  return close === undefined || close >= to ? from : close + 1
}

/**
 * Whether the clause `from`–`to` opens as a relative or subordinate clause
 * (`das …`, `in denen …`, `als …`, `dass …`).
 */
function subordinateAt(children: SentenceContent[], from: number, to: number): boolean {
  const opener = children[skipSpace(children, from, to)]
  return (opener?.type === 'WordNode' && opensContent(textOf(opener))) || attachedClause(children, from, to)
}

/**
 * Whether the first word from `from` is a finite verb that opens the rest of
 * a main clause (`habe`, `wurden`, `gäbe`, `kann`).
 */
function finiteAfter(children: SentenceContent[], from: number, to: number): boolean {
  const word = children[skipSpace(children, from, to)]
  if (word?.type !== 'WordNode') return false
  const text = textOf(word)
  return isSubjunctiveWord(text, false) || pastAuxiliaries.has(text) || auxiliaries.has(text) || copulas.has(text) || modals.has(text)
}

/**
 * A lower-case infinitive (a module constant: the bundler turns a `\p{…}`
 * literal into `new RegExp`, which would build a regex on every call).
 */
const lowerInfinitive = /^\p{Ll}+(?:en|ern|eln)$/u

/**
 * Whether children `from`–`to` are words only and end in a `zu` infinitive
 * (`die Preise zu erhöhen`, `ihr Mandat niederzulegen`).
 */
function closingInfinitive(children: SentenceContent[], from: number, to: number): boolean {
  const last = previousNonSpace(children, to)
  if (last < from) return false
  for (let index = from; index <= last; index++) {
    const type = children[index].type
    if (type !== 'WordNode' && type !== 'WhiteSpaceNode') return false
  }

  const verb = textOf(children[last])
  if (!lowerInfinitive.test(verb)) return false
  if (previousWordOf(children, last) === 'zu' && previousNonSpace(children, last) > from) return true
  // `niederzulegen`: the particle, `zu` and the verb in one word.
  const inner = verb.indexOf('zu', 2)
  return inner > 0 && inner + 5 < verb.length
}

/**
 * Find what a frame reports: the clauses around it.
 */
function layout(children: SentenceContent[], frame: Frame, bounds: number[], frames: Frame[]): undefined {
  const length = children.length
  const floor = floorOf(children, bounds, frames)
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
  if (frame.lemma === 'wonach' || frame.relativeCue) {
    // The relative clause after it, up to where the sentence goes on.
    frame.layout = 'pre'
    // `Der Vertrag, laut dem die Firma zahlt, läuft aus`: a relative clause
    // on the sentence's first phrase ends where its main clause goes on.
    const inserted = frame.relativeCue === true && frame.sourceStart === skipSpace(children, 0, length)
    const end = inserted ? mainClauseAfter(children, frame.end, sentenceEnd) : sentenceEnd
    push(frame, children, frame.end, Math.min(resumesAt(children, frame.end, end), frameTail(children, frame.end, end)))
    return undefined
  }

  if (frame.lemma === 'laut' || frame.lemma === 'zufolge' || frame.lemma === 'nach Angaben' || frame.lemma === 'für' || frame.via === 'wie') {
    // Around the frame, inside its sentence.
    // The commas of `…, wie Rutte sagte, …` are trimmed off by `push`.
    frame.layout = 'around'
    // `Zwischenstand Wie X mitteilte, …`: words run in before `wie` without a
    // separator are a heading, not content.
    const runIn = frame.via === 'wie' && before < floor && skipSpace(children, floor, frame.start) < frame.start
    // `die Halle, die nach Angaben der Stadt abgerissen wird, ist alt`: a
    // source inside a relative or subordinate clause reports that clause:
    // its first word, and the words after the source up to the next comma.
    const opener = frame.via === 'wie' || frame.lemma === 'für' ? -1 : innerClauseStart(children, bounds, floor, frame.start)
    if (opener >= 0) {
      frame.inner = opener
      push(frame, children, opener, frame.start)
      push(frame, children, frame.end, commaAfter(children, bounds, frame.end) ?? sentenceEnd)
      return undefined
    }

    // `Ein Umstand kommt hinzu: Wie der Sprecher sagte, …`: a `wie` frame
    // after a colon reports what follows; the words before announce it.
    const announced = frame.via === 'wie' && before >= floor && before >= 0 && markOf(children[before]) === ':'
    if (!runIn && !announced) push(frame, children, floor, frame.start)
    push(frame, children, sourceRelativeEnd(children, bounds, frame.end, sentenceEnd), sentenceEnd)
    return undefined
  }

  const separator = before >= 0 ? markOf(children[before]) : undefined
  const comma = separator === ',' || separator === '–' || separator === '—'
  // A frame that opens its clause after a comma closes the content before
  // it only when its speaker follows the cue (`…, sagte Rutte.`, `…, so
  // Rutte.`); `Rutte, der …, sagte, dass …` has its speaker before.
  const inverted =
    frame.lemma === 'so' ||
    (frame.speaker !== undefined && frame.speaker.start > (frame.finite ?? frame.cueStart)) ||
    (frame.speaker === undefined && nextWordIs(children, frame.cueEnd, 'es'))
  const afterStart = after < length && markOf(children[after]) === ',' ? after + 1 : -1
  // Whether a report follows the comma after the frame (which only an
  // inverted frame asks, so it is only read for one).
  // `„…“, sagte Eva Roth, die den Auftritt kaum erwarten könne`: a relative
  // clause on the speaker after a quote tells about them; the quote is what
  // was said (not `„…“, sagte sie, das sei falsch`).
  const quoteFirst = before >= floor && before >= 0 && children[previousNonSpace(children, before)]?.type === 'QuoteNode'
  const reports = inverted && afterStart >= 0 && !(quoteFirst && relativeOnSpeaker(children, afterStart, sentenceEnd)) && opensReport(children, afterStart, sentenceEnd)

  // `„Das schaffen wir!“ grient er.`: a quote right before, no comma.
  const quoteBefore = comma || !inverted ? -1 : quoteRightBefore(children, frame.start, floor)
  if (quoteBefore >= 0 && inverted && !reports) {
    frame.layout = 'post'
    frame.content.push([quoteBefore, quoteBefore + 1])
    return undefined
  }

  // `Sein Rivale, so Obama weiter, werde …`: `so` set off inside a reported
  // clause; the words on both sides are what was said.
  if (frame.lemma === 'so' && before >= floor && before >= 0 && comma && reports && afterStart < sentenceEnd) {
    frame.layout = 'post'
    push(frame, children, floor, before)
    push(frame, children, afterStart, sentenceEnd)
    return undefined
  }

  // `…, so urteilte Roth`: an adverb before the verb still opens the clause;
  // so does `das` pointing back (`…, das teilte die Behörde mit`).
  if (
    before >= floor &&
    before >= 0 &&
    comma &&
    inverted &&
    !reports &&
    skipFront(children, skipPointer(children, clauseStart, frame.start), frame.start) === frame.start
  ) {
    // After its content: `„…“, sagte sie.`, `…, so Rutte.`; in the middle:
    // `…, so schätzen die Forscher, …`.
    frame.layout = 'post'
    // `Er wechselte ins Englische: „…“, sagt er`: after a colon only the
    // quote is what was said; the narration before the colon is not.
    const quote = previousNonSpace(children, before)
    const colon = quote >= floor && children[quote]?.type === 'QuoteNode' ? previousNonSpace(children, quote) : -1
    // `Der Verband lobte das Konzept, kritisierte aber die Stadt`: the rest
    // of a clause whose verb frames nothing is that verb's object, not what
    // was said.
    const last = frames[frames.length - 1]
    const remnant = last !== undefined && last.verb === true && last.content.length === 0 && last.speaker !== undefined && !bounds.some((bound) => bound >= floor && bound < before)
    if (colon >= floor && markOf(children[colon]) === ':') frame.content.push([quote, quote + 1])
    else if (!remnant && !subordinateClaims(children, bounds, last, floor, before)) push(frame, children, floor, before)
    // `…, so Roth weiter: „…“`: the quote after the colon is theirs too.
    if (after < length && markOf(children[after]) === ':') {
      const quote = skipSpace(children, after + 1, length)
      if (children[quote]?.type === 'QuoteNode') frame.content.push([quote, quote + 1])
    }

    if (afterStart >= 0 && afterStart < sentenceEnd) {
      if (isApposition(children, afterStart, sentenceEnd)) {
        // `…, sagte die Sprecherin des Vereins, Anna Roth.`
        const phrase = parseNounPhrase(children, afterStart, sentenceEnd)
        if (phrase && skipSpace(children, phrase.end, sentenceEnd) === sentenceEnd) {
          frame.apposition = phrase
          frame.end = phrase.end
        }
      } else if ((!relativeClause(children, afterStart, sentenceEnd) || (quoteFirst && hasSubjunctive(children, afterStart, sentenceEnd))) && !roleApposition(children, afterStart, sentenceEnd)) {
        // A relative clause in Konjunktiv on the speaker after a quote
        // reports too (`„…“, sagte Roth, die den Termin kaum erwarten könne`).
        push(frame, children, afterStart, sentenceEnd)
      }
    }

    return undefined
  }

  // `Roth hoffte dass …`: a `dass` clause right after the frame, its comma
  // left out.
  const opener = skipSpace(children, frame.end, after)
  if (opener < after && children[opener].type === 'WordNode' && textOf(children[opener]) === 'dass') {
    frame.layout = 'pre'
    push(frame, children, opener, resumesAt(children, opener, sentenceEnd))
    return undefined
  }

  // `hat angekündigt ihr Mandat niederzulegen`: a `zu` infinitive right
  // after the frame, its comma left out.
  const close = Math.min(after, sentenceEnd)
  if (frame.verb && infinitiveCues.has(frame.lemma) && opener < close && closingInfinitive(children, opener, close)) {
    frame.layout = 'pre'
    push(frame, children, opener, close)
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

    // `schildert die Fehlerkette, welche …`: a relative clause on the noun
    // before the comma, not what was said.
    // A Konjunktiv there reports (`spricht von einem Täter, der sich … habe`),
    // and so does a content infinitive (`empfahl dem Gericht, der Klage
    // stattzugeben`).
    // The relative clause ends at the next comma (`…, die … verhängt
    // hatte, als „überzogen“`).
    let relativeEnd = after + 1
    while (relativeEnd < sentenceEnd && markOf(children[relativeEnd]) !== ',') relativeEnd++
    // `Dies geht aus einer Mitteilung hervor, die …`: on the document,
    // past the particle.
    // `kündigte einen Truck an, der …`, `wies auf die Gefahren hin, die
    // …`: the noun stands before the cue's particle. `…, was zu Protesten
    // führte`, `…, wobei …`, `…, so dass …` go on about the whole clause.
    const relative =
      mark === ',' &&
      (objectBefore(children, after, frame) || (frame.lemma === 'hervorgehen' && frame.sourcePhrase !== undefined)) &&
      (relativeClause(children, after + 1, sentenceEnd) || trailingClause(children, after + 1, sentenceEnd)) &&
      !hasSubjunctive(children, after + 1, relativeEnd) &&
      !hearsayLast(children, after + 1, relativeEnd) &&
      findWord(children, after + 1, relativeEnd, 'zu') < 0 &&
      !hasQuoteIn(children, after + 1, relativeEnd)
    // `Die UN bestätigten den Vorfall, teilten aber mit, …`: a second verb
    // of the same subject after the comma goes on with the main clause; it
    // is not what was said.
    const resumed = mark === ',' && secondVerbAfter(children, after, sentenceEnd)
    // `Ein Tief, das über der Bucht gestanden hatte, habe …`: a cue last in a
    // relative or subordinate clause, with a finite verb right after the
    // comma, is followed by the main clause it hangs in, not by content.
    const hanging = mark === ',' && finiteAfter(children, after + 1, sentenceEnd) && subordinateAt(children, before + 1, frame.start)
    if ((mark === ',' || mark === ':') && !relative && !resumed && !hanging) {
      // `sagte der Koordinator, Tom Weber, gegenüber der BBC, dass …`: a name
      // set off after the speaker and an adverbial come before the content.
      let contentStart = after + 1
      if (mark === ',') {
        for (let round = 0; round < 2; round++) {
          const next = boundFrom(bounds, contentStart)
          if (next === undefined || markOf(children[next]) !== ',') break
          if (round === 0 && frame.speaker && frame.speaker.start > frame.cueStart && isApposition(children, contentStart, next)) {
            const phrase = parseNounPhrase(children, contentStart, next)
            if (phrase && skipSpace(children, phrase.end, next) === next) {
              frame.apposition = phrase
              frame.end = phrase.end
            }

            contentStart = next + 1
            continue
          }

          const word = children[skipSpace(children, contentStart, next)]
          // Not a phrase a clause hangs on (`erklärte, in den Ländern, in
          // denen …, sei …`): that phrase opens the content.
          if (word?.type === 'WordNode' && adverbialOpeners.has(textOf(word)) && !attachedClause(children, next + 1, sentenceEnd) && opensReport(children, next + 1, sentenceEnd)) {
            contentStart = next + 1
            continue
          }

          break
        }
      }

      const resume = resumesAt(children, contentStart, sentenceEnd)
      push(frame, children, contentStart, resume)
      // `…, dass er bleibe: „…“`: the quote is the speaker's too.
      if (resume < sentenceEnd && markOf(children[resume]) === ':') {
        const quote = skipSpace(children, resume + 1, sentenceEnd)
        frame.content.push([quote, quote + 1])
      }
    } else if (relative && frame.verb && frame.speaker && relativeEnd < sentenceEnd && opensReport(children, relativeEnd + 1, sentenceEnd)) {
      // `schrieb in einer Erklärung, die … erschien, sie wolle …`: the
      // report comes after the relative clause on the noun.
      push(frame, children, relativeEnd + 1, resumesAt(children, relativeEnd + 1, sentenceEnd))
    }

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
export function namedBefore(children: SentenceContent[], index: number): boolean {
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
  // The next name in a list (`die Fähren „Möwe“ und „Kranich“`).
  if (text === 'und' || text === 'oder' || text === 'sowie') {
    let list = back - 1
    while (list >= 0 && children[list].type === 'WhiteSpaceNode') list--
    const previous = children[list]
    return previous !== undefined && previous.type === 'QuoteNode' && previous.kind === 'mention'
  }

  // `zum Beispiel „…“`: no noun the quote names.
  if (text === 'Beispiel' && previousWordOf(children, back) === 'zum') return false
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
  if (index < floor || children[index].type !== 'QuoteNode') return -1
  // The quote fills the slot before the verb alone (`„…!“ grient er`), not
  // the end of a phrase there (`Gegenüber der Agentur „Nordpress“ sagte`).
  let before = index - 1
  while (before >= floor && children[before].type === 'WhiteSpaceNode') before--
  return before < floor || children[before].type !== 'WordNode' ? index : -1
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
  // `Polizeiangaben`, `Pressemitteilung`; not `Auszählung`, whose first part
  // makes it a noun of another verb.
  for (let index = Math.max(3, lower.length - 20); index < lower.length - 4; index++) {
    if (sourceNouns.has(lower.slice(index))) return !verbPrefixes.has(lower.slice(0, index))
  }

  return false
}

/**
 * Whether a lower-case head noun names what a finding comes out of (`aus`
 * before `hervorgehen`, `ergeben`): a source noun (`aus dem Bericht`), or a
 * document or finding (`aus der Verlautbarung`, `aus der Auswertung`).
 */
function isFindingSource(lower: string): boolean {
  return isSourceNoun(lower) || findingSourceNouns.has(lower)
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
    if (!isUpper(text.charAt(0)) && !nameParticles.has(text) && !particleName(text)) return false
  }

  return words > 0
}

/**
 * Whether a word is a name joined to its particle (`el-Baradei`,
 * `al-Sisi`).
 */
function particleName(text: string): boolean {
  const hyphen = text.indexOf('-')
  return hyphen > 0 && nameParticles.has(text.slice(0, hyphen)) && isUpper(text.charAt(hyphen + 1))
}

/**
 * Whether a word of `set` (lower case) stands in the clause between `from`
 * and `index`.
 */
function wordBefore(children: SentenceContent[], from: number, index: number, set: ReadonlySet<string>): boolean {
  for (let back = index - 1; back >= from; back--) {
    const child = children[back]
    if (child.type === 'WordNode' && set.has(textOf(child).toLowerCase())) return true
  }

  return false
}

/**
 * Whether an auxiliary of the perfect (`hat`, `hatte`) stands in the clause
 * before `index`; with `passive`, also one of the passive (`wurde`, `wird`).
 */
function auxiliaryBefore(children: SentenceContent[], from: number, index: number, passive = false): boolean {
  return wordBefore(children, from, index, auxiliaries) || (passive && wordBefore(children, from, index, passiveAuxiliaries))
}

/** Finite forms of `werden` that make a passive with a participle. */
const passiveAuxiliaries = new Set(['wurde', 'wurden', 'wird', 'werden', 'würde', 'würden'])

/**
 * The agent of a passive (`von Roth`, `vom Verband`) between its auxiliary
 * and its participle.
 */
function passiveAgent(children: SentenceContent[], from: number, to: number, registry: Registry): NounPhrase | undefined {
  for (let index = from + 1; index < to; index++) {
    const child = children[index]
    if (child.type !== 'WordNode') continue
    const word = textOf(child)
    if (word !== 'von' && word !== 'vom' && word !== 'seitens') continue
    const phrase = parseNounPhrase(children, index + 1, to, lowerOpeners)
    if (phrase && !phrase.pronoun && registry.plausible(phrase)) return phrase
  }

  return undefined
}

/**
 * The agent of a passive put before its auxiliary, filling the front of the
 * clause (`Von den Behörden wird angenommen, dass …`, `Seitens der Polizei
 * wurde gefordert, …`, `Von Seiten der Kammer wurde erklärt, …`).
 */
function frontedAgent(children: SentenceContent[], clauseStart: number, finite: number, registry: Registry, between = agentAttributeWords): NounPhrase | undefined {
  let at = skipFront(children, clauseStart, finite)
  const first = children[at]
  if (first?.type !== 'WordNode') return undefined
  const word = textOf(first).toLowerCase()
  if (!agentPrepositions.has(word)) return undefined
  at = skipSpace(children, at + 1, finite)
  // `Von Seiten der Kammer`: `Seiten` joins the preposition.
  if (word === 'von' && children[at]?.type === 'WordNode' && textOf(children[at]) === 'Seiten') at = skipSpace(children, at + 1, finite)
  const phrase = parseNounPhrase(children, at, finite, lowerOpeners)
  if (!phrase || phrase.pronoun || !registry.plausible(phrase)) return undefined
  // `Von den Behörden in beiden Staaten wird …`: a short attribute may follow
  // the phrase; no mark and no more than a few words up to the verb.
  let words = 0
  for (let index = phrase.end; index < finite; index++) {
    const child = children[index]
    if (child.type === 'WordNode') words++
    else if (child.type !== 'WhiteSpaceNode') return undefined
  }

  return words <= between ? phrase : undefined
}

/** Verb particles that may close a clause right after a noun of saying. */
const nounParticles = new Set(['vor', 'ab', 'auf', 'aus'])

/**
 * Most words between a fronted `von` phrase and a noun of saying (`kam am
 * Montag die Information`).
 */
const fromWords = 5

/** Most words between a fronted agent and its auxiliary (`in beiden Staaten`). */
const agentAttributeWords = 3

/**
 * Cues whose `von` names who is asked, not who asks (`Von der Regierung wird
 * erwartet, dass sie handelt`): no fronted agent for them.
 */
const demandedOf = new Set(['erwarten', 'verlangen', 'fordern', 'erhoffen', 'wünschen'])

/** Prepositions that name the agent of a passive (`von`, `seitens`). */
const agentPrepositions = new Set(['von', 'vom', 'seitens', 'vonseiten'])

/** Most words of an apposition inside a `wie` frame. */
const wieAppositionWords = 8

/** Most words between an apposition in a `wie` frame and its verb. */
const wieAdverbialWords = 4

/**
 * Index of the verb after an apposition that starts at `from` (after a
 * comma): up to {@link wieAppositionWords} words, a comma, and one word that
 * ends its clause (`…, Chef der Firma, mitteilte.`); else `-1`.
 */
function verbAfterApposition(children: SentenceContent[], from: number, length: number): number {
  let words = 0
  let index = from
  for (; index < length; index++) {
    const child = children[index]
    if (child.type === 'WordNode') {
      if (++words > wieAppositionWords) return -1
    } else if (child.type === 'PunctuationNode') {
      if (markOf(child) === ',') break
      // Brackets and hyphens belong to names (`(DGAC)`); other marks end it.
      if (!/^[()\-–]$/u.test(markOf(child) ?? '')) return -1
    } else if (child.type !== 'WhiteSpaceNode' && child.type !== 'SymbolNode') return -1
  }

  if (words === 0 || index >= length) return -1
  // The verb ends its clause, after at most a short adverbial (`…, in
  // Luxemburg mitteilte`).
  let verb = -1
  let before = 0
  for (let at = skipSpace(children, index + 1, length); at < length; at++) {
    const child = children[at]
    if (child.type === 'WhiteSpaceNode') continue
    if (child.type !== 'WordNode') {
      const mark = markOf(child)
      return verb >= 0 && (mark === ',' || isTerminalMark(mark)) ? verb : openAppositionVerb(children, from, index)
    }

    if (verb >= 0 && ++before > wieAdverbialWords) return openAppositionVerb(children, from, index)
    verb = at
  }

  return verb
}

/**
 * Index of the verb that ends an apposition whose closing comma is left out
 * (`wie ein Sprecher des Konzerns, der Firma X heute mitteilte, …`): the last
 * word before the comma at `comma`, a finite cue verb of the third person
 * after a capitalised word; else `-1`.
 */
function openAppositionVerb(children: SentenceContent[], from: number, comma: number): number {
  const verb = lastWord(children, from, comma)
  if (verb < 0 || verb === skipSpace(children, from, comma)) return -1
  const forms = speechVerbForms.get(textOf(children[verb]))
  if (!forms?.some((entry) => isFinite(entry) && entry.person === 3 && entry.particle === undefined)) return -1
  const head = children[skipSpace(children, from, comma)]
  return head.type === 'WordNode' && isUpper(textOf(head).charAt(0)) ? verb : -1
}

/**
 * Whether a determiner and a role noun open children from `from` (`…, sagte
 * Roth, die Leiterin der Stelle`): an apposition to the speaker.
 */
function roleApposition(children: SentenceContent[], from: number, to: number): boolean {
  const first = skipSpace(children, from, to)
  const article = children[first]
  if (!article || article.type !== 'WordNode' || !determiners.has(textOf(article))) return false
  let index = skipSpace(children, first + 1, to)
  // Adjectives before the noun (`der zuständige Sprecher`).
  for (let round = 0; round < 3 && index < to; round++) {
    const word = children[index]
    if (word.type !== 'WordNode' || isUpper(textOf(word).charAt(0))) break
    index = skipSpace(children, index + 1, to)
  }

  const noun = children[index]
  return noun !== undefined && noun.type === 'WordNode' && isRoleNoun(textOf(noun))
}

/**
 * Whether the word right before child `index` (a comma) is a noun.
 */
function nounBefore(children: SentenceContent[], index: number): boolean {
  const before = previousNonSpace(children, index)
  const node = children[before]
  return node !== undefined && node.type === 'WordNode' && isUpper(textOf(node).charAt(0)) && before > skipSpace(children, 0, index)
}

/**
 * Whether the cue's object stands before child `after` (a comma): a noun
 * right before it (`schildert die Fehlerkette, …`), or before the cue's
 * particle that closes the frame (`kündigte einen Truck an, …`, `wies auf
 * die Gefahren hin, …`).
 */
function objectBefore(children: SentenceContent[], after: number, frame: Frame): boolean {
  if (nounBefore(children, after)) return true
  const particle = previousNonSpace(children, after)
  const node = children[particle]
  return (
    node?.type === 'WordNode' &&
    particle === frame.end - 1 &&
    particle >= frame.cueEnd &&
    /^[a-zäöü]+$/.test(textOf(node)) &&
    nounBefore(children, particle)
  )
}

/**
 * Words that open a clause going on about the whole clause before the comma,
 * not what was said (`…, was zu Protesten führte`, `…, wobei …`, `…, wo
 * …`, `…, so dass …`).
 */
const trailingOpeners = new Set(['was', 'wobei', 'womit', 'wodurch', 'weshalb', 'weswegen', 'wo', 'sodass'])

/**
 * Whether children from `from` open a clause on the clause before the comma
 * (see `trailingOpeners`; also `so dass`).
 */
function trailingClause(children: SentenceContent[], from: number, to: number): boolean {
  const first = skipSpace(children, from, to)
  const word = children[first]
  if (word?.type !== 'WordNode') return false
  const text = textOf(word)
  if (trailingOpeners.has(text)) return true
  const next = children[skipSpace(children, first + 1, to)]
  return text === 'so' && next?.type === 'WordNode' && textOf(next) === 'dass'
}

/**
 * Whether children `from`–`to` close on `sollen` after a perfect infinitive
 * (`…, der den Brand ausgelöst haben soll`): hearsay, reported like a
 * Konjunktiv. Not `soll` after a passive (`…, der bald vorgestellt werden
 * soll`), which is a plan.
 */
function hearsayLast(children: SentenceContent[], from: number, to: number): boolean {
  const words: string[] = []
  for (let at = from; at < to; at++) if (children[at].type === 'WordNode') words.push(textOf(children[at]))
  const [participle, auxiliary, modal] = words.slice(-3)
  return (modal === 'soll' || modal === 'sollen') && (auxiliary === 'haben' || auxiliary === 'sein') && /^[a-zäöüß]+(?:t|en)$/.test(participle ?? '')
}

/** Pronominal adverbs between a noun and its content (`Wert darauf, dass`). */
const pointingAdverbs = new Set(['darauf', 'daran', 'darüber', 'dafür', 'davon', 'dazu', 'damit'])

/**
 * A frame made by a noun of saying or thinking whose content follows after a
 * comma (`Trotz der Ankündigung des Trainers, die Saison zu beenden`, `Die
 * Experten kamen zu dem Ergebnis, dass …`): the owner in the genitive, if
 * any, is the speaker; the content must open a report (a `dass`/`ob`-clause,
 * Konjunktiv, a `zu`-infinitive), which the indirect-speech pass checks.
 */
function nounFrame(children: SentenceContent[], index: number, bounds: number[], length: number, registry: Registry): Frame | undefined {
  let end = index + 1
  let speaker: NounPhrase | undefined
  let next = skipSpace(children, end, length)
  const word = children[next]
  if (word?.type === 'WordNode') {
    const text = textOf(word)
    if (pointingAdverbs.has(text)) {
      end = next + 1
    } else if (genitiveArticles.has(text)) {
      // `die Forderung des Vorsitzenden Edmund Stoiber, …`.
      const phrase = parseNounPhrase(children, next, length)
      if (phrase && registry.plausible(phrase)) {
        speaker = phrase
        end = phrase.end
      }
    }
  }

  next = skipSpace(children, end, length)
  // `liegt die Äußerung vor, …`, `gab die Erklärung ab, …`: the particle of
  // the verb closes the clause after the noun.
  const particle = children[next]
  if (particle?.type === 'WordNode' && nounParticles.has(textOf(particle))) {
    end = next + 1
    next = skipSpace(children, end, length)
  } else if (!speaker && particle?.type === 'WordNode' && passiveParticiple.test(textOf(particle))) {
    // `Es wurde von dem Anwalt die Vermutung geäußert, …`: the noun is the
    // object of a passive; its agent is the speaker.
    const agent = nounPassiveAgent(children, bounds, index, registry)
    if (agent) {
      speaker = agent
      end = next + 1
      next = skipSpace(children, end, length)
    }
  }

  if (markOf(children[next]) !== ',') return undefined
  // `die Meldung der Agentur, wonach …` is a `wonach` frame; `die
  // Erklärung, die am Montag erschien` a relative clause on the noun.
  const opener = children[skipSpace(children, next + 1, length)]
  if (opener && opener.type === 'WordNode' && textOf(opener) === 'wonach') return undefined
  const sentenceEnd = contentEnd(children, length)
  if (relativeClause(children, next + 1, sentenceEnd)) {
    let comma = next + 1
    while (comma < sentenceEnd && markOf(children[comma]) !== ',') comma++
    if (!hasSubjunctive(children, next + 1, comma)) return undefined
  }
  // `begrüßten den Beschluss, warnten aber …`: a second verb of the
  // sentence's subject after the comma is no content of the noun.
  if (secondVerbAfter(children, next, sentenceEnd)) return undefined
  const resume = Math.min(resumesAt(children, next + 1, sentenceEnd), frameTail(children, next + 1, sentenceEnd))
  const clauseEnd = clauseBoundAfter(children, bounds, next) ?? resume
  const frame = frameOf(textOf(children[index]).toLowerCase(), index, end, index, index + 1, speaker)
  frame.layout = 'pre'
  frame.noun = true
  push(frame, children, next + 1, Math.min(resume, clauseEnd))
  if (frame.content.length === 0) return undefined
  // Without an owner, the subject of the sentence holds the view (`Die
  // Experten kamen zu dem Ergebnis, dass …`), or of the main clause after
  // a comma (`Zwar …, die Mieter sind jedoch der Auffassung, dass …`).
  speaker ??= sentenceSubject(children, index, registry) ?? clauseSubject(children, bounds, index, registry) ?? relativeHolder(children, index, registry)
  // `Von der Polizei kam die Information, …`, `Vom Verband liegt die
  // Äußerung vor, …`: the one the noun comes from, put first.
  speaker ??= frontedAgent(children, 0, index, registry, fromWords)
  if (speaker) {
    frame.speaker = speaker
    frame.speakerId = registry.resolve(speaker, phraseText(children, speaker), 0)
  } else {
    // `Die Studie kommt zu dem Schluss, …`: a document holds the view.
    const first = skipFront(children, 0, index)
    const document = documentSubject(children, first, nextFiniteAfter(children, first, index), index)
    if (document) {
      frame.sourcePhrase = document
      frame.sourceStart = document.start
      frame.speakerId = registry.source(phraseText(children, document), 0)
    }
  }

  return frame
}

/**
 * The subject before a relative clause whose verb comes right after it,
 * holding the view of a noun in that clause (`Die Mieter, die seit Jahren
 * im Haus wohnen, sind der Auffassung, dass …`).
 */
function relativeHolder(children: SentenceContent[], index: number, registry: Registry): NounPhrase | undefined {
  let comma = index - 1
  while (comma >= 0 && markOf(children[comma]) !== ',') comma--
  if (comma < 0 || !nextIsFiniteVerb(children, comma + 1, index)) return undefined
  return subjectBeforeRelative(children, comma, registry)
}

/** A participle that closes a passive (`geäußert`, `erhoben`). */
const passiveParticiple = /^[a-zäöüß]{4,}(?:t|en)$/

/**
 * The agent of a passive whose object is a noun of saying (`Es wurde von
 * dem Anwalt die Vermutung geäußert, …`): a `von` phrase between the
 * auxiliary and the noun, in the noun's clause.
 */
function nounPassiveAgent(children: SentenceContent[], bounds: number[], index: number, registry: Registry): NounPhrase | undefined {
  let clauseStart = 0
  for (const bound of bounds) if (bound < index) clauseStart = bound + 1
  for (let at = clauseStart; at < index; at++) {
    const child = children[at]
    if (child.type === 'WordNode' && passiveAuxiliaries.has(textOf(child))) return passiveAgent(children, at, index, registry)
  }

  return undefined
}

/**
 * Where content set off after a noun of saying ends because the sentence
 * around the noun goes on (`Er trat dem Vorwurf, das Gericht sei befangen,
 * mit den Worten entgegen`): the first comma after which a preposition or a
 * preterite opens a stretch with no Konjunktiv, no `zu`-infinitive and no
 * clause that reports; else `to`.
 */
function frameTail(children: SentenceContent[], from: number, to: number): number {
  let tail = to
  for (let index = to - 1; index >= from; index--) {
    const child = children[index]
    if (child.type === 'WordNode') {
      const text = textOf(child)
      if (isSubjunctiveWord(text, false) || opensContent(text.toLowerCase())) return tail
      if (text === 'zu' || (text.length > 6 && text.indexOf('zu') > 1 && text.endsWith('en'))) return tail
    } else if (child.type === 'QuoteNode') return tail
    else if (markOf(child) === ',') {
      const word = children[skipSpace(children, index + 1, to)]
      if (word && word.type === 'WordNode' && (clausePrepositions.has(textOf(word)) || isWeakPreterite(textOf(word)))) tail = index
    }
  }

  return tail
}

/** Prepositions that open an adverbial between a frame and its content. */
const adverbialOpeners = new Set(['gegenüber', 'am', 'im', 'in', 'bei', 'vor', 'nach', 'auf', 'laut'])

/** Relative pronouns (lower case). */
const relativePronouns = new Set(['der', 'die', 'das', 'dem', 'den', 'denen', 'deren', 'dessen', 'welcher', 'welche', 'welches', 'welchem', 'welchen'])

/**
 * Conjunctions that open a subordinate clause a source can stand in (`…,
 * weil die Mission nach Angaben der UN überfordert ist`). Lower case.
 */
const innerClauseOpeners = new Set(['weil', 'da', 'was', 'worauf', 'wobei', 'obwohl', 'nachdem'])

/**
 * Start of the relative or subordinate clause a source at `frameStart` stands
 * in (`…, die nach Angaben der Stadt …`, `…, unter denen sich laut Polizei
 * …`, `…, weil die Mission laut UN …`): the first word after the last comma
 * before the source, when it opens such a clause; else -1.
 */
function innerClauseStart(children: SentenceContent[], bounds: number[], floor: number, frameStart: number): number {
  let comma = -1
  for (const bound of bounds) {
    if (bound >= frameStart) break
    if (bound >= floor && markOf(children[bound]) === ',') comma = bound
  }

  if (comma < 0) return -1
  let first = skipSpace(children, comma + 1, frameStart)
  if (first >= frameStart || children[first].type !== 'WordNode') return -1
  let word = textOf(children[first])
  if (innerClauseOpeners.has(word)) return first
  // `unter denen`, `mit dem`: a preposition before the pronoun.
  let pronoun = first
  if (clausePrepositions.has(word)) {
    pronoun = skipSpace(children, first + 1, frameStart)
    if (pronoun >= frameStart || children[pronoun].type !== 'WordNode') return -1
    word = textOf(children[pronoun])
  }

  if (!relativePronouns.has(word)) return -1
  // A pronoun, not an article: no noun after it (`…, die Lage sei …`).
  const next = skipSpace(children, pronoun + 1, frameStart)
  const after = children[next]
  return next >= frameStart || (after.type === 'WordNode' && !isUpper(textOf(after).charAt(0))) ? first : -1
}

/**
 * The first comma among `bounds` at or after `from`, if any.
 */
function commaAfter(children: SentenceContent[], bounds: number[], from: number): number | undefined {
  for (const bound of bounds) if (bound >= from && markOf(children[bound]) === ',') return bound
  return undefined
}

/**
 * Whether children from `from` open a relative clause (`…, die am Montag
 * erschien`): a relative pronoun not followed by a noun, as an article
 * would be (`…, die Lage sei ernst`).
 */
function relativeClause(children: SentenceContent[], from: number, to: number): boolean {
  const first = skipSpace(children, from, to)
  const word = children[first]
  if (!word || word.type !== 'WordNode' || !relativePronouns.has(textOf(word))) return false
  const next = children[skipSpace(children, first + 1, to)]
  return !(next && next.type === 'WordNode' && isUpper(textOf(next).charAt(0)))
}

/**
 * Whether children `from`–`to` open a relative clause on a speaker just
 * named (`die den Auftritt kaum erwarten könne`, `der seit 2010 im Amt
 * sei`): a relative pronoun with no Konjunktiv right after it, which would
 * make it a demonstrative opening a report (`das sei falsch`).
 */
function relativeOnSpeaker(children: SentenceContent[], from: number, to: number): boolean {
  if (!relativeClause(children, from, to)) return false
  const first = skipSpace(children, from, to)
  const next = children[skipSpace(children, first + 1, to)]
  return !(next?.type === 'WordNode' && isSubjunctiveWord(textOf(next), false))
}

/**
 * Whether children `from`–`to` open a clause that hangs on the phrase before
 * the comma: a relative clause, also after a preposition (`die …`, `in denen
 * …`), or a subordinate clause (`als die Krise begann`).
 */
export function attachedClause(children: SentenceContent[], from: number, to: number): boolean {
  const first = skipSpace(children, from, to)
  const word = children[first]
  if (!word || word.type !== 'WordNode') return false
  const text = textOf(word)
  if (subordinators.has(text)) return true
  if (relativeClause(children, first, to)) return true
  // `in denen`, `mit dem`: a preposition before a relative pronoun.
  if (!/^[a-zäöüß]+$/.test(text) || determiners.has(text)) return false
  const next = skipSpace(children, first + 1, to)
  const pronoun = children[next]
  if (!pronoun || pronoun.type !== 'WordNode') return false
  // `denen`, `deren`, `dessen` are no articles: a noun may follow them.
  return relativeOnly.has(textOf(pronoun)) || relativeClause(children, next, to)
}

/** Relative pronouns that are never an article (`in denen`, `mit deren Hilfe`). */
const relativeOnly = new Set(['denen', 'deren', 'dessen'])

/**
 * Determiners only an accusative (or dative) object takes, never a subject
 * (`wies den Vorwurf zurück`, `nannte seinen Platzverweis …`).
 */
const accusatives = new Set(['den', 'einen', 'seinen', 'ihren', 'diesen', 'jeden', 'keinen', 'unseren', 'dem', 'einem'])

/**
 * Determiners that mark a subject (masculine nominative); `die` and `das` are
 * also accusative (`Die Reform lehnt der Verband ab`). Lower case.
 */
const nominatives = new Set(['der', 'ein', 'kein', 'dieser', 'jeder'])

/** Modal verbs and `werden` that take an infinitive. */
const modals = new Set(['will', 'wolle', 'wollte', 'wollen', 'kann', 'könne', 'konnte', 'können', 'könnte', 'muss', 'müsse', 'musste', 'müssen', 'soll', 'solle', 'sollte', 'sollen', 'darf', 'dürfe', 'durfte', 'dürfen', 'möchte', 'möchten', 'wird', 'werde', 'werden', 'würde', 'würden', 'mag'])

/** Conjunctions that open a clause with the verb last (`als X fragte`). */
const subordinators = new Set(['als', 'während', 'nachdem', 'bevor', 'weil', 'da', 'wenn', 'sobald', 'obwohl', 'zumal', 'seitdem', 'obgleich'])

/**
 * Skip a subordinating conjunction at the start of a clause.
 */
function skipSubordinator(children: SentenceContent[], start: number, limit: number): number {
  const first = skipSpace(children, start, limit)
  const word = children[first]
  return word && word.type === 'WordNode' && subordinators.has(textOf(word).toLowerCase()) ? first + 1 : start
}

/** Finite auxiliaries of the perfect in the indicative. */
const indicativeAuxiliaries = new Set(['hat', 'haben', 'hatte', 'hatten'])

/**
 * Index of the auxiliary right after a participle that closes a clause
 * opened by a conjunction (`nachdem Roth erklärt hatte`), or `-1`.
 */
function closingAuxiliary(children: SentenceContent[], index: number, clauseStart: number, clauseEnd: number): number {
  if (skipSubordinator(children, clauseStart, index) === clauseStart) return -1
  const after = skipSpace(children, index + 1, clauseEnd)
  const word = children[after]
  // Not `hätte` (`wenn Berlin geklagt hätte`: nothing was said).
  return after === lastWord(children, clauseStart, clauseEnd) && word?.type === 'WordNode' && indicativeAuxiliaries.has(textOf(word)) ? after : -1
}

/** Adverbs between a subject and its verb (`Die Kanadier hingegen sagen`). */
const middleAdverbs = new Set(['seinerseits', 'ihrerseits', 'hingegen', 'dagegen', 'selbst', 'selber', 'jedoch', 'wiederum', 'indes', 'allerdings', 'ebenfalls', 'auch', 'nun', 'zudem', 'außerdem', 'bereits', 'schon', 'damals', 'später', 'zuvor', 'daraufhin', 'jetzt', 'heute', 'gestern'])

/**
 * Skip up to two adverbs between a subject ending at `from` and `limit`.
 */
function skipMiddleAdverbs(children: SentenceContent[], from: number, limit: number): number {
  let index = skipSpace(children, from, limit)
  for (let round = 0; round < 2 && index < limit; round++) {
    const child = children[index]
    if (child.type !== 'WordNode' || !middleAdverbs.has(textOf(child))) break
    index = skipSpace(children, index + 1, limit)
  }

  return index
}

/**
 * Whether the word right after a subject ending at `from` is a finite verb
 * (lower case, not a function word), so the subject opens the first clause
 * of `X war da und sagte`.
 */
function nextIsFiniteVerb(children: SentenceContent[], from: number, limit: number): boolean {
  const next = children[skipMiddleAdverbs(children, from, limit)]
  if (!next || next.type !== 'WordNode') return false
  const text = textOf(next)
  return !isUpper(text.charAt(0)) && !notVerbs.has(text) && /^[a-zäöüß]+$/.test(text)
}

/** Most comma-separated segments to walk back over for a subject. */
const maxSegments = 4

/** Relative pronouns that may be a subject (`der`, `die`), lower case. */
const nominativeRelatives = new Set(['der', 'die', 'das', 'welcher', 'welche', 'welches'])

/** Relative pronouns that are only a subject after a masculine or neuter phrase (`der` is dative after a feminine one). */
const masculineRelatives = new Set(['der', 'welcher'])

/** Words before a phrase, or its article, that mark it masculine or neuter (`vom Verband`, `ein Kommentar`). */
const masculineMarkers = new Set(['ein', 'kein', 'dem', 'einem', 'den', 'einen', 'des', 'eines', 'vom', 'zum', 'beim', 'im', 'am'])

/** Prepositions with an article in them (`vom Verband`), lower case. */
const articlePrepositions = new Set(['vom', 'zum', 'zur', 'im', 'am', 'beim'])

/** Articles that leave a phrase without a case of its own (`die`, `das`, `der`). */
const ambiguousArticles = new Set(['der', 'die', 'das', 'ein', 'eine', 'kein', 'keine', 'diese', 'dieser', 'dieses'])

/**
 * The phrase a relative clause at `clauseStart` hangs on when its pronoun is
 * the subject of the verb at `verbs` (`Kritik kam vom Verband, der den Plan
 * als „Unsinn“ bezeichnete`, `die Ministerin Eva Roth, die erklärte, …`):
 * the longest phrase that ends at the comma before the pronoun. `der` is the
 * subject after a masculine or neuter phrase or right before the verb; `die`
 * and `das` only with no other phrase before the verb that could be one.
 */
function relativeSubject(children: SentenceContent[], clauseStart: number, verbs: number, registry: Registry): NounPhrase | undefined {
  const comma = clauseStart - 1
  const at = skipSpace(children, clauseStart, verbs)
  const pronoun = children[at]
  if (markOf(children[comma]) !== ',' || !pronoun || pronoun.type !== 'WordNode' || !nominativeRelatives.has(textOf(pronoun))) return undefined
  let from = comma - 1
  while (from >= 0 && !separators.has(markOf(children[from]) ?? '')) from--
  let antecedent: NounPhrase | undefined
  for (let start = from + 1; start < comma && !antecedent; start++) {
    if (children[start].type !== 'WordNode') continue
    const phrase = parseNounPhrase(children, start, comma, lowerOpeners)
    if (phrase && !phrase.pronoun && phrase.words.length > 0 && skipSpace(children, phrase.end, comma) === comma) antecedent = phrase
  }

  if (!antecedent || !registry.plausible(antecedent)) return undefined
  // `brachte eine Darstellung in Umlauf, die …`: a bare noun after a
  // preposition is no one, unless it names a person (`von Eva Roth, die …`).
  const governor = previousWordOf(children, antecedent.start)
  if (!antecedent.determined && governor !== undefined && clausePrepositions.has(governor) && !articlePrepositions.has(governor) && !namesPerson(antecedent)) return undefined
  const right = skipSpace(children, at + 1, verbs) === verbs
  if (masculineRelatives.has(textOf(pronoun))) {
    const marker = antecedent.determined ? antecedent.words[0].text.toLowerCase() : previousWordOf(children, antecedent.start)?.toLowerCase()
    return right || (marker !== undefined && masculineMarkers.has(marker)) ? antecedent : undefined
  }

  return right || !otherSubject(children, at + 1, verbs) ? antecedent : undefined
}

/**
 * The subject of a relative clause whose pronoun is its object (`das Ziel,
 * das Anna Roth im Mai verkündet hatte`): a person's name right after the
 * pronoun, objects and adverbials up to the cue, and the cue (or the cue and
 * its auxiliary) closing the clause.
 */
function relativeObjectSubject(
  children: SentenceContent[],
  clauseStart: number,
  clauseEnd: number,
  head: number,
  verbs: number,
  index: number,
  registry: Registry
): NounPhrase | undefined {
  const pronoun = children[head]
  if (clauseStart === 0 || markOf(children[clauseStart - 1]) !== ',' || head !== skipSpace(children, clauseStart, verbs)) return undefined
  if (pronoun.type !== 'WordNode' || !relativePronouns.has(textOf(pronoun))) return undefined
  const last = lastWord(children, clauseStart, clauseEnd)
  if (last !== index && !(last === skipSpace(children, index + 1, clauseEnd) && auxiliaries.has(textOf(children[last])))) return undefined
  const phrase = parseNounPhrase(children, skipSpace(children, head + 1, verbs), verbs, lowerOpeners)
  return phrase && !phrase.determined && !phrase.pronoun && namesPerson(phrase) && registry.plausible(phrase) ? phrase : undefined
}

/**
 * Whether children `from`–`to` hold a phrase that could be a subject: a
 * capitalised word not after a preposition, a plainly oblique article
 * (`den`, `dem`) or a noun it is the genitive of (`den Plan der Stadt`).
 */
function otherSubject(children: SentenceContent[], from: number, to: number): boolean {
  let governed = false
  let noun = false
  for (let index = from; index < to; index++) {
    const child = children[index]
    if (child.type !== 'WordNode') continue
    const text = textOf(child)
    if (ambiguousArticles.has(text)) {
      governed = noun && (text === 'der' || text === 'des')
      noun = false
    } else if (determiners.has(text) || clausePrepositions.has(text) || accusatives.has(text)) {
      governed = true
      noun = false
    } else if (isUpper(text.charAt(0))) {
      if (!governed) return true
      noun = true
    } else {
      noun = false
    }
  }

  return false
}

/**
 * The subject of a verb that opens its clause after a comma, when relative
 * clauses and appositions stand between (`Deiss, der …, sagte`, `Anna Roth,
 * die Ministerin, die …, sagte`): the leftmost phrase, or its apposition when
 * that names a person.
 */
function subjectBeforeRelative(children: SentenceContent[], comma: number, registry: Registry): NounPhrase | undefined {
  if (markOf(children[comma]) !== ',') return undefined
  let end = comma
  let skipped = false
  const phrases: NounPhrase[] = []
  for (let round = 0; round < maxSegments; round++) {
    let start = end - 1
    while (start >= 0 && !separators.has(markOf(children[start]) ?? '')) start--
    const first = skipSpace(children, start + 1, end)
    const word = children[first]
    const phrase = parseNounPhrase(children, first, end, lowerOpeners, true)
    if (phrase && !phrase.pronoun && skipSpace(children, phrase.end, end) === end) {
      phrases.push(phrase)
    } else if (word && word.type === 'WordNode' && (relativePronouns.has(textOf(word)) || textOf(word) === 'wo') && phrases.length === 0) {
      // `Die Behörde in Bonn, wo die Firma ihren Sitz hat, sagte`.
      skipped = true
    } else {
      return undefined
    }

    // The sentence start, or a separator other than a comma: the subject.
    if (start < 0 || markOf(children[start]) !== ',') break
    end = start
  }

  if (!skipped || phrases.length === 0) return undefined
  const outer = phrases[phrases.length - 1]
  const inner = phrases.length > 1 ? phrases[phrases.length - 2] : undefined
  if (inner && registry.plausible(inner) && namesPerson(inner)) return inner
  return registry.plausible(outer) ? outer : undefined
}

/**
 * Whether a word ends (or starts) a number: its last character is a digit.
 */
/**
 * Whether a source phrase from child `start` stands between two numbers, as
 * another value of one measure (`von 100, nach anderen Angaben 110
 * Kilometern`, `acht, nach anderen Angaben neun Stunden`): a comma and a numeral right
 * before it, a numeral right at `after`.
 */
function alternativeValue(children: SentenceContent[], start: number, after: number): boolean {
  const comma = previousNonSpace(children, start)
  if (comma < 1 || markOf(children[comma]) !== ',') return false
  return isNumeral(children[previousNonSpace(children, comma)]) && isNumeral(children[after])
}

/**
 * Whether a child is a numeral (`110`, `neun`).
 */
function isNumeral(child: SentenceContent | undefined): boolean {
  if (child?.type !== 'WordNode') return false
  const text = textOf(child)
  return numberWords.has(text) || isDigit(text)
}

function isDigit(text: string): boolean {
  const code = text.charCodeAt(text.length - 1)
  return code >= 48 && code <= 57
}

/** Conjunctions that join a contrasting main clause (`…, doch …`). */
const contrastJoins = new Set(['doch', 'aber', 'jedoch'])

/**
 * Whether a clause from `from` (after `doch`) opens with a new subject (an
 * article or a capitalised word) and has a finite verb but no Konjunktiv
 * up to the next comma or `to`: the narrator goes on.
 */
function narratedAfter(children: SentenceContent[], from: number, to: number): boolean {
  const first = children[skipSpace(children, from, to)]
  if (!first || first.type !== 'WordNode') return false
  const opener = textOf(first)
  if (!isUpper(opener.charAt(0)) && !determiners.has(opener)) return false
  let verb = false
  for (let index = from; index < to; index++) {
    const child = children[index]
    if (markOf(child) === ',') break
    if (child.type === 'QuoteNode') return false
    if (child.type !== 'WordNode') continue
    const text = textOf(child)
    if (isSubjunctiveWord(text, false)) return false
    if (isWeakPreterite(text) || pastAuxiliaries.has(text) || strongPreterites.has(text)) verb = true
  }

  return verb
}

/** Strong preterites of verbs that often tell what someone did (`nannte`, `blieb`). */
const strongPreterites = new Set(['blieb', 'blieben', 'nannte', 'nannten', 'sprach', 'sprachen', 'hielt', 'hielten', 'gab', 'gaben', 'ließ', 'ließen', 'kam', 'kamen', 'ging', 'gingen', 'sah', 'sahen', 'stand', 'standen', 'fand', 'fanden', 'nahm', 'nahmen', 'wies', 'wiesen', 'widersprach', 'widersprachen', 'bestritt', 'bestritten'])

/** Past forms of the auxiliaries, which after a comma go on with the main clause. */
const pastAuxiliaries = new Set(['wurde', 'wurden', 'war', 'waren', 'hatte', 'hatten'])

/** Adverbs that follow the verb of a second main clause (`…, sprach aber …`). */
const resumingAdverbs = new Set(['aber', 'jedoch', 'allerdings', 'zugleich', 'gleichzeitig', 'dann', 'später', 'daraufhin'])

/**
 * Whether a comma at `comma` is followed by a second finite verb of the
 * clause before, marked by `aber`, `jedoch`, … after it (`bestätigten den
 * Vorfall, teilten aber mit`): the main clause goes on there, and what
 * follows the comma is not reported content.
 */
function secondVerbAfter(children: SentenceContent[], comma: number, to: number): boolean {
  const verbIndex = skipSpace(children, comma + 1, to)
  const verb = children[verbIndex]
  if (!verb || verb.type !== 'WordNode') return false
  const text = textOf(verb)
  if (!/^[a-zäöüß]+$/.test(text) || notVerbs.has(text) || isSubjunctiveWord(text, false)) return false
  const after = children[skipSpace(children, verbIndex + 1, to)]
  return after !== undefined && after.type === 'WordNode' && resumingAdverbs.has(textOf(after))
}

/**
 * Where a clause set off inside a sentence (`Der Vertrag, laut dem die Firma
 * zahlt, läuft aus`) hands back to the main clause: a comma before a
 * lower-case word that is no conjunction, pronoun or preposition (the
 * finite verb `läuft`), else `to`.
 */
function mainClauseAfter(children: SentenceContent[], from: number, to: number): number {
  for (let index = from; index < to; index++) {
    if (markOf(children[index]) !== ',') continue
    const verb = children[skipSpace(children, index + 1, to)]
    if (verb?.type !== 'WordNode') continue
    const text = textOf(verb)
    if (!isUpper(text.charAt(0)) && !notVerbs.has(text) && lowerWord.test(text)) return index
  }

  return to
}

/** A word of lower-case letters only. */
const lowerWord = /^[a-zäöüß]+$/

/**
 * Where reported content that starts at `from` hands back to the sentence
 * that frames it: a comma before a finite verb of the main clause (`hatte
 * erklärt, er sei unschuldig, erkannte das Gericht aber nicht an`), or a
 * colon before a quote; else `to`.
 */
function resumesAt(children: SentenceContent[], from: number, to: number): number {
  for (let index = from; index < to; index++) {
    const mark = markOf(children[index])
    if (mark === ':') {
      // `…, dass er bleibe: „…“`: the quote after the colon is not reported.
      const next = skipSpace(children, index + 1, to)
      if (next < to && children[next].type === 'QuoteNode') return index
      continue
    }

    if (mark === ';') {
      // `…, dass er zahle; die Firma prüft das`: an indicative clause after a
      // semicolon is the narrator's again; one in Konjunktiv reports on.
      let end = index + 1
      while (end < to && markOf(children[end]) !== ';') end++
      if (!hasSubjunctive(children, index + 1, end)) return index
      continue
    }

    let verbIndex: number
    if (mark === ',') verbIndex = skipSpace(children, index + 1, to)
    else if (children[index].type === 'WordNode' && textOf(children[index]) === 'und') {
      // `…, sie müssten nachgeben und bemühte das Bild …`: a preterite after
      // `und` is the narrator's.
      verbIndex = skipSpace(children, index + 1, to)
      const verb = children[verbIndex]
      if (verb && verb.type === 'WordNode' && isWeakPreterite(textOf(verb))) return index
      continue
    } else continue

    const verb = children[verbIndex]
    if (!verb || verb.type !== 'WordNode') continue
    const text = textOf(verb)
    // `…, Annabi sei tot, doch UN-Sprecher Roth nannte das verfrüht`: a new
    // subject after `doch`, and no Konjunktiv up to the next comma.
    if (mark === ',' && contrastJoins.has(text) && narratedAfter(children, verbIndex + 1, to)) return index
    if (isUpper(text.charAt(0)) || notVerbs.has(text) || isSubjunctiveWord(text, false)) continue
    if (!/^[a-zäöüß]+$/.test(text) || modalPreterites.has(text)) continue
    // A weak preterite (`erkannte`), or any verb with `aber`, `jedoch`, …
    // after it (`sprach aber`): the main clause goes on.
    const after = children[skipSpace(children, verbIndex + 1, to)]
    // `…, wonach er festgenommen sei, wurde dementiert`.
    if (pastAuxiliaries.has(text)) return index
    const resumes = after !== undefined && after.type === 'WordNode' && resumingAdverbs.has(textOf(after))
    if (resumes || ((text.endsWith('te') || text.endsWith('ten')) && !(after && after.type === 'WordNode' && isUpper(textOf(after).charAt(0))))) return index
  }

  return to
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
    if (child.type !== 'WordNode') break
    const lower = textOf(child).toLowerCase()
    if (!frontAdverbs.has(lower)) {
      // `Des Weiteren`, `Im Übrigen`: two words as one adverb.
      const next = skipSpace(children, index + 1, limit)
      const word = children[next]
      if (!word || word.type !== 'WordNode' || frontPairs.get(lower) !== textOf(word).toLowerCase()) break
      index = skipSpace(children, next + 1, limit)
      continue
    }

    index = skipSpace(children, index + 1, limit)
  }

  return index
}

/** Adverbs of two words at the front of a clause (first word → second). */
const frontPairs: ReadonlyMap<string, string> = new Map([
  ['des', 'weiteren'],
  ['im', 'übrigen']
])

/**
 * Skip `das`/`dies` pointing back to the clause before, when a verb follows
 * it (`…, das teilte die Behörde mit`).
 */
function skipPointer(children: SentenceContent[], start: number, limit: number): number {
  const index = skipSpace(children, start, limit)
  const word = children[index]
  if (!word || word.type !== 'WordNode' || (textOf(word) !== 'das' && textOf(word) !== 'dies')) return start
  const next = skipSpace(children, index + 1, limit)
  return next === limit ? next : start
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
      // `gegenüber der Nachrichtenagentur AFP`: the whole phrase after it is
      // whom it was said to, not who said it.
      if (lower === 'gegenüber') {
        const phrase = parseNounPhrase(children, next, limit)
        if (phrase && !phrase.pronoun) {
          index = skipSpace(children, phrase.end, limit)
          continue
        }
      }

      // `am Montag`, `im libanesischen Fernsehen`: the noun after a
      // preposition, with adjectives before it.
      if (lower === 'am' || lower === 'im' || lower === 'gegenüber') {
        for (let adjective = 0; adjective < 2; adjective++) {
          const word = children[next]
          if (word?.type !== 'WordNode' || isUpper(textOf(word).charAt(0)) || !/(?:e|en|er|es|em)$/.test(textOf(word))) break
          next = skipSpace(children, next + 1, limit)
        }

        if (children[next]?.type === 'WordNode') next = skipSpace(children, next + 1, limit)
      }

      index = next
      continue
    }

    break
  }

  return index
}

/** Prepositions of where words were said or written (`in einem Beitrag`, `auf der Website`). */
const placePrepositions = new Set(['in', 'im', 'auf', 'bei', 'beim', 'vor', 'gegenüber', 'für'])

/** Words inside a phrase of place besides capitalised ones and quotes. */
const placeWords = new Set(['der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'seinem', 'seiner', 'seines', 'ihrem', 'ihrer', 'ihres'])

/**
 * Skip phrases of place up to the clause end after a speaker (`in einem
 * Blogeintrag auf der Website der „Zeit“`): a preposition of place, then only
 * articles, adjectives before a noun, capitalised words, quotes and more
 * such prepositions (not `in den Sendern unausgewogen gewesen`). Returns `start` unchanged unless they reach `limit` or the
 * sentence's closing mark.
 */
function skipPlacePhrases(children: SentenceContent[], start: number, limit: number): number {
  const first = children[start]
  if (!first || first.type !== 'WordNode' || !placePrepositions.has(textOf(first))) return start
  for (let index = start + 1; index < limit; index++) {
    const child = children[index]
    if (child.type === 'WhiteSpaceNode' || child.type === 'QuoteNode') continue
    if (child.type !== 'WordNode') return isTerminalMark(markOf(child)) ? index : start
    const text = textOf(child)
    if (isUpper(text.charAt(0)) || placeWords.has(text) || placePrepositions.has(text)) continue
    // An adjective stands before its noun (`den meisten Sendern`).
    const next = children[skipSpace(children, index + 1, limit)]
    if (/^[a-zäöüß]+(?:e|en|er|es|em)$/.test(text) && (next?.type === 'QuoteNode' || (next?.type === 'WordNode' && isUpper(textOf(next).charAt(0))))) continue
    return start
  }

  return limit
}

/** Conjunctions that may follow a verb particle in its clause (`wies das zurück und …`). */
const particleFollowers = new Set(['und', 'oder', 'sowie', 'aber', 'sondern', 'doch'])

/**
 * Index of a separable particle among children `from`–`to`, or `-1`. The
 * particle closes its clause: only quotes, marks or a conjunction follow it
 * there (`gab zu, …`, `fügte hinzu und lachte`); the same word before more
 * words is an article or preposition (`ging ein Regen nieder`, `geht an
 * die Arbeit`).
 */
function particleIn(children: SentenceContent[], from: number, to: number, particle: string): number {
  for (let index = from; index < to; index++) {
    const child = children[index]
    if (child.type !== 'WordNode' || textOf(child) !== particle) continue
    const after = skipSpace(children, index + 1, to)
    const next = children[after]
    if (after >= to || next.type !== 'WordNode' || particleFollowers.has(textOf(next))) return index
  }

  return -1
}

/**
 * Separable particles that turn a verb of saying or thinking into one of
 * pointing (`deutet darauf hin`). Not `heraus` or `fest`: `fanden heraus`
 * and `stellte fest` report findings as speech.
 */
const strandedParticles = new Set(['hin'])

/**
 * Whether the clause of the finite verb at `index` closes on one of the
 * `strandedParticles` (`deuteten die Messungen darauf hin, …`).
 */
function strandedParticle(children: SentenceContent[], index: number, clauseEnd: number): boolean {
  for (const particle of strandedParticles) if (particleIn(children, index + 1, clauseEnd, particle) >= 0) return true
  return false
}

/** Conjunctions opening a clause set off between a verb and its particle. */
const insertedOpeners = new Set(['nachdem', 'als', 'weil', 'während', 'obwohl'])

/** Most children between the commas around a name set off in a clause. */
const maxApposition = 12

/**
 * Index of a separable particle that closes a clause after a name set off
 * by commas at `comma` (`teilte der Leiter des Amts, Jan Roth, mit.`), or
 * `-1`.
 */
function particleAfterApposition(children: SentenceContent[], comma: number, particle: string): number {
  if (markOf(children[comma]) !== ',') return -1
  const limit = Math.min(children.length, comma + maxApposition)
  let close = comma + 1
  while (close < limit && markOf(children[close]) !== ',') close++
  if (close >= limit) return -1
  // `warf Roth, nachdem dessen Rückzug bekannt wurde, vor, er habe …`: a
  // short clause opened by a conjunction, then the particle alone.
  const opener = children[skipSpace(children, comma + 1, close)]
  if (opener?.type === 'WordNode' && insertedOpeners.has(textOf(opener))) {
    const alone = skipSpace(children, close + 1, children.length)
    const after = skipSpace(children, alone + 1, children.length)
    return children[alone]?.type === 'WordNode' && textOf(children[alone]) === particle && markOf(children[after]) === ',' ? alone : -1
  }

  if (!isApposition(children, comma + 1, close)) return -1
  let end = close + 1
  while (end < children.length && !separators.has(markOf(children[end]) ?? '')) end++
  return particleIn(children, close + 1, end, particle)
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
  return textRange(children, phrase.start, phrase.end)
}

/**
 * Text of children `from`–`to`.
 */
function textRange(children: SentenceContent[], from: number, to: number): string {
  let result = ''
  for (let index = from; index < to; index++) result += textOf(children[index])
  return result
}

/**
 * Source nouns that need an owner to name a source (`nach Angaben` alone
 * says nothing; `nach Zeugenaussagen` does). Lower case.
 */
const genericSourceNouns = new Set(['angaben', 'aussage', 'aussagen', 'worten', 'worte', 'meinung', 'ansicht', 'auffassung', 'einschätzung', 'darstellung', 'informationen', 'auskunft', 'auskünften', 'überzeugung', 'sicht', 'wissen', 'mitteilung', 'stellungnahme'])

/** Quantifiers that open a genitive plural (`einiger Juristen`). */
const genitiveQuantifiers = new Set(['einiger', 'vieler', 'mehrerer', 'zahlreicher', 'anderer', 'beider'])

/**
 * End of a genitive plural without an article (`französischer Behörden`,
 * `einiger Juristen`, `informierter Kreise`) at `from`, or `0`.
 */
function genitivePlural(children: SentenceContent[], from: number, to: number): number {
  const first = children[from]
  if (!first || first.type !== 'WordNode') return 0
  const text = textOf(first)
  if (!genitiveQuantifiers.has(text) && !(/^[a-zäöüß-]+er$/.test(text) && text.length > 4)) return 0
  let index = skipSpace(children, from + 1, to)
  // A second adjective (`vieler ausländischer Beobachter`).
  const second = children[index]
  if (second?.type === 'WordNode' && /^[a-zäöüß-]+er$/.test(textOf(second))) index = skipSpace(children, index + 1, to)
  const noun = children[index]
  if (!noun || noun.type !== 'WordNode' || !isUpper(textOf(noun).charAt(0))) return 0
  return index + 1
}

/**
 * Whose view a possessive names: a pronoun to resolve (`seiner` → `er`,
 * `ihrer` → `sie`), or `own` for `eigenen` (the clause's subject).
 */
function ownerOf(word: string): Frame['owner'] {
  const lower = word.toLowerCase()
  if (lower.startsWith('sein')) return 'er'
  if (lower.startsWith('ihr')) return 'sie'
  if (lower.startsWith('eigen')) return 'own'
  return undefined
}

/** Articles that cannot be dative (before a noun and `nach`). */
const nonDatives = new Set(['die', 'das', 'ein', 'eine', 'kein', 'keine'])

/**
 * Words before a source noun with `nach` after it that make no one's view:
 * `aller Voraussicht nach`, `meiner Meinung nach` (the speaker's own voice,
 * not a report). Lower case.
 */
const viewlessArticles = new Set(['aller', 'meiner', 'unserer', 'deiner', 'eurer'])

/**
 * Whether a source noun at `noun` with `nach` at `nach` after it is a source
 * set before its postposition (`Seiner Meinung nach`, `Dem Vernehmen nach`),
 * `article` being its article or possessive (-1 if none). Not a noun without
 * one (`freie Sicht nach draußen`), not a noun after a preposition (`In
 * einer Stellungnahme nach dem Angriff`), not a `nach` of direction (`ihre
 * Sicht nach oben`).
 */
function postposedSource(children: SentenceContent[], clauseStart: number, article: number, noun: number, nach: number, clauseEnd: number): boolean {
  if (article < 0) return textOf(children[noun]) === 'Vernehmen'
  const lower = textOf(children[article]).toLowerCase()
  if (viewlessArticles.has(lower)) return false
  let before = article - 1
  while (before >= clauseStart && children[before].type === 'WhiteSpaceNode') before--
  const previous = children[before]
  if (before >= clauseStart && previous.type === 'WordNode' && clausePrepositions.has(textOf(previous).toLowerCase())) return false
  const next = children[skipSpace(children, nach + 1, clauseEnd)]
  if (next?.type === 'WordNode' && directions.has(textOf(next).toLowerCase())) return false
  return true
}

/**
 * Words right before `nach` that make it a time (`Zwei Monate nach dem
 * Urteil`, `erst nach den Ermittlungen`, `kurz nach der Meldung`). Lower case.
 */
const timeWords = new Set([
  'erst', 'kurz', 'bald', 'gleich', 'unmittelbar', 'direkt', 'schon', 'bereits', 'sofort', 'wenige',
  'minuten', 'stunden', 'tage', 'tagen', 'wochen', 'monate', 'monaten', 'jahre', 'jahren', 'jahrzehnte'
])

/**
 * Whether the word before `nach` at `index` makes it a time.
 */
function afterTime(children: SentenceContent[], clauseStart: number, index: number): boolean {
  let before = index - 1
  while (before >= clauseStart && children[before].type === 'WhiteSpaceNode') before--
  const word = children[before]
  return before >= clauseStart && word.type === 'WordNode' && timeWords.has(textOf(word).toLowerCase())
}

/** Adverbs of direction after `nach` (`nach oben`, `nach draußen`). Lower case. */
const directions = new Set(['oben', 'unten', 'vorn', 'vorne', 'hinten', 'links', 'rechts', 'draußen', 'drinnen', 'innen', 'außen', 'hause', 'westen', 'osten', 'norden', 'süden'])

/** Possessives that make a source someone's own (`nach eigenen Angaben`). */
const possessives = new Set(['eigenen', 'eigener', 'eigenem', 'seinen', 'seiner', 'seinem', 'ihren', 'ihrer', 'ihrem', 'deren', 'dessen', 'unseren', 'unserer', 'meiner', 'meinen'])

/**
 * Wraps for the frames of a sentence: the attribution around cue and speaker.
 */
function wrapsOf(frames: Frame[]): Wrap[] {
  const wraps: Wrap[] = []
  // Frames that overlap one already wrapped (`Anna Roth lachte und sagte`
  // after `Anna Roth lachte`, two readings of one apposition) still give
  // their quotes a speaker, but get no nodes: frames never nest.
  const wrapped: Array<[number, number]> = []
  for (const frame of frames) {
    if (wrapped.some(([start, end]) => frame.start < end && frame.end > start)) continue
    wrapped.push([frame.start, frame.end])
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
    // The source of `im Bericht heißt es` is the phrase after the preposition.
    const mention = frame.speaker ?? (frame.sourcePhrase && {start: frame.sourceStart ?? frame.sourcePhrase.start, end: frame.sourcePhrase.end})
    // A subject outside the frame (`Roth vertritt die Ansicht, …`) may be
    // another frame's speaker too: one mention node.
    const outside = mention !== undefined && (mention.start < frame.start || mention.end > frame.end)
    if (outside && wrapped.some(([start, end]) => mention.start < end && mention.end > start)) continue
    if (outside) wrapped.push([mention.start, mention.end])
    if (mention && !(mention.start < frame.cueEnd && mention.end > frame.cueStart)) {
      wraps.push({
        start: mention.start,
        end: mention.end,
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
