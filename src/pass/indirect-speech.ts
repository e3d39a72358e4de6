/**
 * Indirect speech pass: turn what frames report into `QuoteNode`s of kind
 * `'indirect'` (a `dass`/`ob`/w-clause or a Konjunktiv clause after a cue,
 * the clause under `laut X`, `X zufolge`, `nach Angaben von X`, `wie X
 * sagte`, the clause before `…, so X.`), and carry one speaker's account on
 * through following sentences in Konjunktiv I. Then apply every wrap the
 * attribution pass and this pass collected, one rebuild per sentence.
 *
 * Not indirect: a speech act without content (`Sie forderte mehr Geld`),
 * hearsay without a source (`er soll … haben`: `soll` is indicative).
 *
 * @module
 */

import type {Paragraph, SentenceContent} from 'nlcst'
import type {InterviewRoot, Quote} from '../types.js'
import type {Registry} from '../util/speaker-registry.js'
import type {Context, Pass} from '../passes.js'
import {attachedClause, nameLike, namedBefore, opensContent, type Frame, type SentenceRecord} from './attribution.js'
import {hasSubjunctive, isSubjunctiveWord, isWeakPreterite} from '../util/mood.js'
import {subjunctive1ThirdSingular, subjunctive2} from '../lexicon/konjunktiv.generated.js'
import {applyWraps, type Wrap} from '../util/wrap.js'
import {followsTitleNoun, isVoiceWord, termSlot} from '../util/speech-evidence.js'
import {isUpper, markOf, textOf} from '../util/tokens.js'
import {skipSpace} from '../util/noun-phrase.js'
import {infinitiveOpinions} from '../lexicon/speech-verbs.js'
import {adverbialOpeners, prepositionObjects} from '../lexicon/function-words.js'

/** Konjunktiv idioms that report nothing (`es sei denn`, `Gott sei Dank`). */
const idioms = new Set(['sei denn', 'sei dank', 'sei es', 'wie dem auch sei', 'komme was wolle', 'koste es'])

/** Konjunktiv II forms used as plain indicative wishes (`Er möchte …`). */
const wishes = new Set(['möchte', 'möchten', 'möchtest', 'möchtet'])

/**
 * Konjunktiv II forms of the singular whose Konjunktiv I differs (`wäre` —
 * `sei`, `hätte` — `habe`, `könnte` — `könne`): a report would use the
 * Konjunktiv I, so alone they are the narrator's guess or what might have
 * been (`Die Halle könnte einstürzen`, `Der Umbau hätte Geld gespart`), not
 * an account carried on.
 */
const conjectures = new Set(['wäre', 'hätte', 'könnte', 'müsste', 'dürfte'])

/**
 * Konjunktiv I forms that are also an adjective or a determiner before a
 * noun (`die weiche Stimme`, `das reiche Land`, `einige Stunden`): there no
 * verb. As a verb, `einige` stands before `sich` (`man einige sich`).
 */
const attributives = new Set(['achte', 'einige', 'heiße', 'irre', 'laute', 'lockere', 'reiche', 'sichere', 'weiche', 'weise', 'äußere'])

/** Most sentences an account carries on without a new frame. */
const accountReach = 3

/**
 * Indirect speech pass. It follows the attribution pass sentence by
 * sentence as paragraphs are built, one sentence behind (the attribution of
 * a sentence can give the quotes of the one before their speaker), and
 * applies a sentence's wraps once the sentence after it has been read (which
 * may add a wrap to it), and settles a paragraph (see `Context.settle`) once
 * all its sentences have their wraps; its `root` does the rest.
 */
export const indirectSpeech: Pass = {name: 'indirect-speech', paragraph: followParagraph, root: findIndirectSpeech}

/** Where the pass stands. */
interface IndirectState {
  /** The account open: a speaker and the order of its last sentence. */
  account: {speaker: string | undefined; order: number; carried?: number} | undefined
  /** The speaker table (to tell sources from speakers). */
  registry: Registry | undefined
  /** Records read. */
  done: number
  /** Records whose wraps are applied. */
  wrapped: number
  /**
   * Paragraphs not yet settled, in document order, each with the end of its
   * records (from `head` on).
   */
  queue: Array<{paragraph: Paragraph; end: number}>
  /** First unsettled entry of `queue`. */
  head: number
  /** Reports so far by speaker (to tell the principal speaker of a text). */
  reports: Map<string, number>
  /** Reports so far with a speaker. */
  reported: number
}

declare module '../passes.js' {
  interface ContextData {
    indirectSpeech?: IndirectState
  }
}

/**
 * Read the records of sentences whose next sentence the attribution pass has
 * read, after a paragraph was built.
 *
 * @param _
 *   Paragraph.
 * @param context
 *   Context (needs the attribution pass's records).
 * @returns
 *   Nothing.
 */
function followParagraph(paragraph: Paragraph, context: Context): undefined {
  const data = context.data.attribution
  if (!data) return undefined
  const state = stateOf(context)
  state.queue.push({paragraph, end: data.records.length})
  advance(data.records, state, data.records.length - 1)
  settle(state, context)
  drop(data.records, state)
  return undefined
}

/**
 * Drop the records this pass is done with (read, wrapped, their paragraphs
 * settled) from the list, now and then, so that they die young instead of
 * living until the end of the parse.
 */
function drop(records: SentenceRecord[], state: IndirectState): undefined {
  const cut = Math.min(state.wrapped, state.head < state.queue.length ? state.queue[state.head].end : state.wrapped)
  if (cut < 64) return undefined
  records.splice(0, cut)
  state.done -= cut
  state.wrapped -= cut
  for (let index = state.head; index < state.queue.length; index++) state.queue[index].end -= cut
  return undefined
}

/**
 * Settle the paragraphs whose records all have their wraps.
 */
function settle(state: IndirectState, context: Context): undefined {
  const queue = state.queue
  while (state.head < queue.length && queue[state.head].end <= state.wrapped) {
    context.settle(queue[state.head].paragraph)
    state.head++
  }

  // Drop settled entries now and then (the queue stays short).
  if (state.head > 64 && state.head * 2 > queue.length) {
    state.queue = queue.slice(state.head)
    state.head = 0
  }

  return undefined
}

/**
 * Finish the pass: read the remaining records and apply all wraps.
 *
 * @param _
 *   Tree.
 * @param context
 *   Context (needs the attribution pass's records).
 * @returns
 *   Nothing.
 */
function findIndirectSpeech(_: InterviewRoot, context: Context): undefined {
  const data = context.data.attribution
  if (!data) return undefined
  const state = stateOf(context)
  advance(data.records, state, data.records.length)
  for (let position = state.wrapped; position < data.records.length; position++) wrap(data.records[position])
  state.wrapped = data.records.length
  settle(state, context)
  return undefined
}

/**
 * The pass's state for this parse (made on first use).
 */
function stateOf(context: Context): IndirectState {
  let state = context.data.indirectSpeech
  if (!state) {
    state = {account: undefined, registry: context.data.attribution?.registry, done: 0, wrapped: 0, queue: [], head: 0, reports: new Map(), reported: 0}
    context.data.indirectSpeech = state
  }

  return state
}

/**
 * Read records up to `end` (exclusive), then apply the wraps of records
 * whose next record has been read.
 */
function advance(records: SentenceRecord[], state: IndirectState, end: number): undefined {
  for (let position = state.done; position < end; position++) read(records, position, state)
  if (end > state.done) state.done = end
  for (; state.wrapped < state.done - 1; state.wrapped++) wrap(records[state.wrapped])
  return undefined
}

/**
 * Apply the wraps of a record.
 */
function wrap(record: SentenceRecord): undefined {
  record.sentence.children = applyWraps(record.sentence.children, record.wraps)
  return undefined
}

/**
 * Read one record: its frames' content, a sentence it refers back to, and
 * Konjunktiv that carries an account on.
 */
function read(records: SentenceRecord[], position: number, state: IndirectState): undefined {
  const record = records[position]
  let account = state.account
  const children = record.sentence.children
  let reported = false

  // `Neu sei, dass der Bürgermeister anordne, …`: in an open account a cue
  // in Konjunktiv without a speaker is part of the report, not a frame.
  const openAccount = account?.speaker !== undefined && record.order - account.order <= accountReach
  // Whether a frame read is more than a noun of saying without a speaker
  // (see below).
  let speaking = false

  for (const frame of record.frames) {
    if (openAccount && frame.subjunctive && frame.speakerId === undefined) continue
    if (!frame.noun || frame.speakerId !== undefined) speaking = true
    let frameReported = false
    for (const [start, whole] of frame.content) {
      // `bat sie, zu helfen, weil die Mission laut UN überfordert ist`: a
      // clause with a source of its own is that source's, not this frame's.
      const end = innerCut(children, record.frames, frame, start, whole)
      if (frame.colon && frame.verb && !frame.opinion && frame.speakerId !== undefined && unmarked(children, start, end) && !hasSubjunctive(children, start, end)) {
        // `Rutte sagte: Wir bleiben.`: verbatim words after a colon.
        record.wraps.push(direct(start, end, frame.speakerId, frame.lemma))
        reported = true
        continue
      }

      if (!isIndirect(children, frame, start, end)) continue
      // `Wie die Zeitung berichtete, soll laut der Studie …`, `bestätigte
      // Roth laut Reuters, dass …`: a source frame nearer the words owns
      // them; its own ranges report them.
      if ((frame.layout !== 'around' || frame.via === 'wie') && nearerSource(record.frames, frame, start, end, state.registry)) continue
      // Two frames may claim one clause (`A lehnt X ab, weil …` and a cue
      // inside `A`): it is one report, of the first.
      if (hasWrap(record.wraps, start, end)) continue
      record.wraps.push(indirect(start, end, frame.speakerId, frame.lemma))
      count(state, frame.speakerId)
      giveQuotes(children, start, end, frame.speakerId)
      reported = true
      frameReported = true
    }

    // A noun of saying with neither speaker nor report leaves the account.
    if (frame.noun && frame.speakerId === undefined && !frameReported) continue

    // A frame that reports opens an account, also when its speaker is not
    // known (`heißt es`, a phrase the grammar could not read).
    // So does a speaker's verb without content (`Roth wies den Vorwurf
    // zurück. Die Studie sei richtig.`): what follows in Konjunktiv is theirs.
    // A source named for one clause (`laut Marktprognosen`) inside an open
    // account of a speaker does not take the account over; after narration
    // has interrupted the account (`… Die Straße blieb gesperrt. Nach ersten
    // Erkenntnissen war …`) it does: the Konjunktiv after it is the source's.
    const aside =
      frame.layout === 'around' &&
      frame.via !== 'wie' &&
      account?.speaker !== undefined &&
      record.order - account.order <= 1 &&
      isLooseSource(state.registry, frame.speakerId)
    if (frame.ask) {
      // What follows a question is the answer: no account to carry on.
      account = undefined
    } else if (!aside && (frameReported || !frame.relative) && (reported || frame.content.length > 0 || (frame.verb && frame.speakerId !== undefined))) {
      account = {speaker: frame.speakerId, order: record.order}
    }
  }

  // `Dies bestätigte Rutte.`: the sentence before is what was said.
  // Not a sentence that is a frame itself (`Dies bestätigte X. Das
  // erklärte Y.`).
  const back = record.refersBack
  const previous = records[position - 1]
  if (back && previous && !previous.reported && !previous.quoteOnly && previous.refersBack === undefined && previous.paragraph === record.paragraph) {
    const range = sentenceRange(previous.sentence.children)
    if (range) {
      previous.wraps.push(indirect(range[0], range[1], back.speakerId, back.lemma))
      previous.reported = true
      // The pronoun standing for those words is what the verb reports too
      // (`Dies bestätigte X`).
      const pronoun = skipSpace(children, 0, children.length)
      const word = children[pronoun]
      if (word?.type === 'WordNode' && pointers.has(textOf(word)) && pronoun < back.start) {
        record.wraps.push(indirect(pronoun, pronoun + 1, back.speakerId, back.lemma))
        count(state, back.speakerId)
      }
    }
  }

  // A quote with a speaker opens an account too.
  // Not a question, which the next sentence answers.
  const quoted = spokenQuote(record.quotes)
  if (quoted && !reported && !asks(record.frames)) account = {speaker: quoted.speaker, order: record.order}

  // A sentence that is only a quote, inside an open account, is the
  // account's speaker's (`Sie sei gestiegen. „Das steht fest.“`).
  if (record.quoteOnly && !reported && account?.speaker !== undefined && record.order - account.order <= accountReach) {
    for (const quote of record.quotes) if (quote.speaker === undefined) quote.speaker = account.speaker
    account.order = record.order
  }

  // A noun of saying with neither speaker nor report (`Er mache keinen
  // Vorwurf, wohl aber …`) does not stop an account.
  if (reported || speaking || record.quoteOnly) {
    record.reported = reported
    state.account = account
    return undefined
  }

  // `Das Amt legte einen Bericht vor. Demnach sind …`: what the sentence
  // before named says it, whatever the mood.
  const range = sentenceRange(children)
  if (range && isDemnach(children[range[0]])) {
    const start = skipSpace(children, range[0] + 1, range[1])
    const speaker = account !== undefined && record.order - account.order <= 1 ? account.speaker : undefined
    if (start < range[1]) {
      record.wraps.push(indirect(start, range[1], speaker, 'demnach'))
      giveQuotes(children, start, range[1], speaker)
      record.reported = true
      if (account && speaker !== undefined) account.order = record.order
      state.account = account
      return undefined
    }
  }

  // `Das Amt legte einen Bericht vor. Die Zahl ist demnach gestiegen`:
  // `demnach` inside the clause points back too, but only to a source the
  // sentence right before gave a frame (an open account); after narration
  // it draws a conclusion (`Geplant ist demnach der Start am Montag`).
  if (range && account?.speaker !== undefined && record.order - account.order <= 1 && hasDemnach(children, range[0], range[1])) {
    record.wraps.push(indirect(range[0], range[1], account.speaker, 'demnach'))
    giveQuotes(children, range[0], range[1], account.speaker)
    record.reported = true
    account.order = record.order
    state.account = account
    return undefined
  }

  // `Ina Roth ist besorgt. Die Lage sei ernst.`: narration that turns to a
  // person by full name opens their account; a Konjunktiv after it is no
  // longer the account of whoever spoke before.
  // Not a sentence that reports itself (`Die Kommission soll getagt haben.`).
  const narrated = record.narratedPerson !== undefined || record.narratedActor !== undefined
  const itself = narrated ? subjunctiveClause(children, true) : undefined
  if (record.narratedPerson !== undefined && !itself) {
    state.account = {speaker: record.narratedPerson, order: record.order}
    return undefined
  }

  // `Am Montag hat die Kommission den Termin festgelegt. Er sei …`: a body
  // or a role that acts, with a main clause in Konjunktiv right after, opens
  // its account. Not a group (`die Demonstranten`): what follows is more
  // often told about them.
  const next = records[position + 1]
  // A person, by full name after the verb, only with Konjunktiv I: narration
  // uses Konjunktiv II for what might have been (`In der 80. Minute hätte
  // Roth …`).
  // Not while the sentence right before carried another account on in
  // Konjunktiv alone (`Die Zahl sei gestiegen. Das Amt machte X
  // verantwortlich. Es seien …`): the Konjunktiv after the narration still
  // continues it.
  const actor = record.narratedActor
  const carried = account?.speaker !== undefined && account.carried === record.order - 1
  if (actor && !itself && !carried && state.registry && next && next.paragraph === record.paragraph && next.frames.length === 0 && opensInSubjunctive(next.sentence.children, !actor.person)) {
    const {phrase, text} = actor
    const speaker = state.registry.resolve(phrase, text, record.order)
    const kind = speaker === undefined ? undefined : state.registry.kindOf(speaker)
    if (speaker !== undefined && (kind === 'organisation' || kind === 'person')) {
      state.account = {speaker, order: record.order}
      return undefined
    }
  }

  // A sentence in Konjunktiv carries an open account on. Without one, a
  // Konjunktiv has nobody to report (and is often a wish or a condition).
  // The account of a text's principal speaker (a portrait, a talk written
  // up) reaches further: across subheadings and narration.
  const open =
    account !== undefined &&
    (record.order - account.order <= accountReach ||
      (account.speaker !== undefined && record.order - account.order <= principalReach && principal(state) === account.speaker))
  // Without an open account the range would go unused: not looked for
  // (and when found above, with `open` set too, not looked for again).
  const clause = open ? (narrated ? itself : subjunctiveClause(children, open)) : undefined
  if (clause && open) {
    const range = clause
    const speaker = open && account ? account.speaker : undefined
    // The narrator's clause before the report is left out (`Seine Frau ist
    // krank, und er wolle …`); quotes there are still the speaker's.
    record.wraps.push(indirect(range[2], range[1], speaker, undefined))
    count(state, speaker)
    giveQuotes(children, range[0], range[1], speaker)
    record.reported = true
    if (account && speaker !== undefined) {
      account.order = record.order
      account.carried = record.order
    }
  } else if (open && account?.speaker !== undefined) {
    // Quoted words in a sentence that carries the account on (no frame of
    // its own) are the same speaker's.
    for (const quote of record.quotes) {
      if (quote.speaker === undefined && quote.kind === 'direct' && opensLowerCase(quote)) quote.speaker = account.speaker
    }
  }

  state.account = account
  return undefined
}

/**
 * The first quote with a speaker, if any.
 */
function spokenQuote(quotes: Quote[]): Quote | undefined {
  for (const quote of quotes) if (quote.speaker !== undefined) return quote
  return undefined
}

/**
 * Whether a frame asks (a question the next sentence answers).
 */
function asks(frames: Frame[]): boolean {
  for (const frame of frames) if (frame.ask) return true
  return false
}

/**
 * Whether a content range of a frame is indirect speech.
 */
function isIndirect(children: SentenceContent[], frame: Frame, start: number, end: number): boolean {
  const layout = frame.layout
  // An inline frame reports nothing; one around its content needs a word,
  // one after it two words or one in Konjunktiv: read no further than that.
  if (layout === 'inline') return false
  if (layout === 'around' || layout === 'post') return wordsReported(children, layout, start, end)
  let words = 0
  let quotes = 0
  let subjunctive = false
  let first: string | undefined
  let zuInfinitive = false
  let previousZu = false
  for (let index = start; index < end; index++) {
    const child = children[index]
    if (child.type === 'QuoteNode') {
      if (child.kind === 'direct') quotes++
      continue
    }

    if (child.type !== 'WordNode') continue
    words++
    const text = textOf(child)
    const lower = text.toLowerCase()
    if (first === undefined) {
      first = lower
      // The first word settles many ranges (`dass …`, `um … zu`, see below):
      // then the rest is not read.
      if (frame.lemma === 'wonach' || frame.relativeCue === true) return true
      if (purposeOpeners.has(first)) return false
      if (!frame.colon && opensContent(first) && !(frame.noun && contrastOpeners.has(first))) return true
    }

    if (isSubjunctiveWord(text, words === 1)) subjunctive = true
    if (previousZu && !isUpper(textOf(child).charAt(0))) zuInfinitive = true
    previousZu = lower === 'zu'
    // `zurückzutreten`, `anzukündigen`: `zu` inside a particle verb.
    if (lower.endsWith('en') && lower.length > 6 && lower.lastIndexOf('zu') > 1) zuInfinitive = true
  }

  // A quote alone is direct speech, framed.
  if (words === 0) return false

  // `ein Bericht, wonach …`, `ein Plan, laut dem …`: the clause is what the
  // source says.
  if (frame.lemma === 'wonach' || frame.relativeCue === true) return true
  // `bot Hilfe an, um die Lage zu entspannen`: a clause of purpose or
  // manner is the frame's own sentence going on, not what was said.
  if (first !== undefined && purposeOpeners.has(first)) return false
  // A frame before its content (the layout left).
  // `kritisierte: Es sei bedauerlich, …` reports in Konjunktiv, also around a
  // partial quote (`: Er habe „keine Zeit“.`).
  if (frame.colon) return subjunctive
  const opens = first !== undefined && opensContent(first)
  // `hofft, den Vertrag verlängern zu können`: some views take a `zu`-infinitive.
  if (frame.opinion) return opens || subjunctive || (zuInfinitive && infinitiveOpinions.has(frame.lemma))
  if (frame.closed) return opens || subjunctive || zuInfinitive
  // After a noun, `wohl aber`, `sondern` go on with the sentence (`keinen
  // Vorwurf, wohl aber den Parteien`): no report.
  if (frame.noun && first !== undefined && contrastOpeners.has(first)) return false
  // `Sie sagte, die Schule wird saniert.`: a main clause after a verb of
  // saying is reported too.
  return opens || subjunctive || zuInfinitive || quotes > 0 || (frame.verb === true && words >= 3 && mainClause(first) && (frame.start === firstWordIndex(children) || (fronted(children, frame, start) && verbSecond(children, start, end))))
}

/**
 * Whether a frame is the main clause after a short fronted adverbial, its
 * cue verb second and the speaker right after it up to the content
 * (`Am Montag sagte die Bürgermeisterin, …`); not `Nähere Einzelheiten gab
 * er nicht bekannt, …`.
 */
function fronted(children: SentenceContent[], frame: Frame, start: number): boolean {
  const first = firstWordIndex(children)
  const speaker = frame.speaker
  if (!speaker || frame.cueStart !== frame.start || frame.start <= first) return false
  let words = 0
  for (let index = first; index < start; index++) {
    const child = children[index]
    if (child.type === 'WordNode') {
      if (index < frame.start) words++
      else if (index >= frame.cueEnd && (index < speaker.start || index >= speaker.end)) return false
    } else if (index < frame.start && child.type !== 'WhiteSpaceNode') return false
  }

  return words > 0 && words <= maxFronted
}

/**
 * Whether content opens as a main clause with its finite verb second (`die
 * Halle schließt im Mai`, `er kommt morgen`), not as a relative clause with
 * the verb last (`die die Regierung unterstützen`) or without a verb.
 */
function verbSecond(children: SentenceContent[], start: number, end: number): boolean {
  const words: string[] = []
  for (let index = start; index < end && words.length < 4; index++) {
    const child = children[index]
    if (child.type === 'WordNode') words.push(textOf(child))
  }

  if (words.length < 3) return false
  const lower = (word: string) => !isUpper(word.charAt(0))
  if (pronounOpeners.has(words[0].toLowerCase())) return lower(words[1])
  return !lower(words[1]) && lower(words[2]) && words.length > 3
}

/** Personal pronouns that open a main clause (`er kommt`). */
const pronounOpeners = new Set(['er', 'sie', 'es', 'man', 'wir', 'ich'])

/** Most words of an adverbial fronted before a cue verb (`Am späten Montagabend`). */
const maxFronted = 4

/**
 * Whether the content `start`–`end` of a frame around it (`laut X …`) or
 * after it (`…, sagte X`) is indirect speech: around, any word; after, two
 * words, or one in Konjunktiv.
 */
function wordsReported(children: SentenceContent[], layout: 'around' | 'post', start: number, end: number): boolean {
  let subjunctive = false
  let words = 0
  let adverbial = false
  for (let index = start; index < end; index++) {
    const child = children[index]
    if (child.type !== 'WordNode') continue
    words++
    const text = textOf(child)
    // `Nachdem er gewarnt hatte, bat er um Hilfe`: an adverbial clause
    // before the frame tells when or why; only Konjunktiv (`Da sei nichts
    // zu machen, sagte er`) makes it a report.
    if (layout === 'post' && words === 1 && adverbialOpeners.has(text.toLowerCase())) adverbial = !prepositional(children, text.toLowerCase(), index + 1, end)
    if (isSubjunctiveWord(text, words === 1)) subjunctive = true
    if (!adverbial && (layout === 'around' || words > 1)) return true
  }

  return subjunctive
}

/**
 * Whether the word at or after `index` makes the opener before it (`seit`,
 * `während`, `als`) a preposition (`Seit dem Mai`, `Während der Sitzung`,
 * `Seit 2010`). `Nachdem der Zug …` stays a conjunction.
 */
function prepositional(children: SentenceContent[], opener: string, index: number, end: number): boolean {
  if (!prepositionalOpeners.has(opener)) return false
  const next = skipSpace(children, index, end)
  const word = children[next]
  if (word?.type !== 'WordNode') return false
  const text = textOf(word)
  return prepositionObjects.has(text.toLowerCase()) || /^\d/.test(text)
}

/**
 * Whether a range holds words and no quotation marks (verbatim speech set off
 * only by a colon).
 */
function unmarked(children: SentenceContent[], start: number, end: number): boolean {
  let words = 0
  let speaking = false
  for (let index = start; index < end; index++) {
    const child = children[index]
    if (child.type === 'QuoteNode') return false
    if (child.type !== 'WordNode') continue
    words++
    // Only the speaker's own voice shows words without marks are verbatim:
    // a list, a title or a report after a colon has none.
    if (!speaking && isVoiceWord(textOf(child))) speaking = true
  }

  return words >= 2 && speaking
}


/**
 * Index of the first non-white-space child.
 */
function firstWordIndex(children: SentenceContent[]): number {
  let index = 0
  while (index < children.length && children[index].type === 'WhiteSpaceNode') index++
  return index
}

/** Conjunctions that are prepositions too (`seit dem Mai`, `während der Sitzung`). */
const prepositionalOpeners = new Set(['seit', 'während', 'als'])

/** Words that go on with a sentence after a comma in contrast (`wohl aber`). */
/** Conjunctions of a `zu`-infinitive of purpose or manner (`um … zu`, `ohne … zu`). */
const purposeOpeners = new Set(['um', 'ohne', 'statt', 'anstatt'])

const contrastOpeners = new Set(['wohl', 'aber', 'sondern', 'jedoch', 'doch', 'allerdings'])

/** Words that open a main clause of reported content (`er`, `die`, `das`). */
const mainClauseOpeners = new Set(['er', 'sie', 'es', 'man', 'wir', 'ich', 'der', 'die', 'das', 'dies', 'diese', 'dieser', 'ein', 'eine', 'kein', 'keine'])

/**
 * Whether content opening with `first` (lower case) is a main clause.
 */
function mainClause(first: string | undefined): boolean {
  return first !== undefined && mainClauseOpeners.has(first)
}

/**
 * Make the wrap of a direct quote without marks.
 */
function direct(start: number, end: number, speaker: string, cue: string): Wrap {
  return {
    start,
    end,
    make(children) {
      return {type: 'QuoteNode', kind: 'direct', closed: true, speaker, cue, children}
    }
  }
}

/**
 * Make the wrap of an indirect quote.
 */
function indirect(start: number, end: number, speaker: string | undefined, cue: string | undefined): Wrap {
  return {
    start,
    end,
    make(children) {
      const node: Quote = {type: 'QuoteNode', kind: 'indirect', closed: true, children}
      if (speaker !== undefined) node.speaker = speaker
      if (cue !== undefined) node.cue = cue
      return node
    }
  }
}

/**
 * Whether an identifier names a loose source (`Marktprognosen`,
 * `Behördenangaben`), not a person or body.
 */
function isLooseSource(registry: Registry | undefined, identifier: string | undefined): boolean {
  return identifier === undefined || registry?.kindOf(identifier) === 'source'
}

/**
 * Whether a wrap covers exactly children `start` to `end`.
 */
function hasWrap(wraps: Wrap[], start: number, end: number): boolean {
  for (const wrap of wraps) if (wrap.start === start && wrap.end === end) return true
  return false
}

/**
 * End of a content range `start`–`end` before the first relative or
 * subordinate clause in it that a source of its own reports (`…, weil die
 * Mission nach Angaben der UN überfordert ist`), without the comma before
 * that clause.
 */
function innerCut(children: SentenceContent[], frames: Frame[], frame: Frame, start: number, end: number): number {
  let cut = end
  for (const other of frames) {
    if (other === frame || other.inner === undefined || other.inner <= start || other.inner >= cut) continue
    cut = other.inner
  }

  while (cut > start && (children[cut - 1].type === 'WhiteSpaceNode' || markOf(children[cut - 1]) === ',')) cut--
  return cut
}

/**
 * Whether a source frame (`laut`, `zufolge`, `nach Angaben`) with a speaker
 * stands inside a frame's content, or between the frame and its content.
 */
function nearerSource(frames: Frame[], frame: Frame, start: number, end: number, registry: Registry | undefined): boolean {
  for (const other of frames) {
    if (other === frame || other.layout !== 'around' || other.via === 'wie' || other.speakerId === undefined || other.inner !== undefined) continue
    // `sagte Roth, nach neuesten Erkenntnissen habe …`: a source named for a
    // clause (no one) leaves the clause to the speaker around it.
    if (isLooseSource(registry, other.speakerId)) continue
    if (other.start >= Math.min(frame.end, start) && other.end <= end && other.content.length > 0) return true
  }

  return false
}

/**
 * Give direct quotes inside a range the speaker (partial quotes in indirect
 * speech), and make mentions there direct.
 */
function giveQuotes(children: SentenceContent[], start: number, end: number, speaker: string | undefined): undefined {
  for (let index = start; index < end; index++) {
    const child = children[index]
    if (child.type !== 'QuoteNode') continue
    // Quoted words in reported speech are the speaker's (partial quotes).
    // Not a capitalised name after its noun (`im Bereich „Politische
    // Kriminalität“`).
    if (child.kind === 'mention' && !nameLike(child) && !singleNoun(child) && !followsTitleNoun(children, index) && !termSlot(children, index) && !namedBefore(children, index)) {
      child.kind = 'direct'
    }

    // A name in reported speech stays a name (`werde sich in den „Rat für
    // nationale Sicherheit“ (CNS) umbenennen`, `„Focus“`).
    if (child.kind === 'direct' && child.speaker === undefined && (nameLike(child) || singleNoun(child) || (opensUpperCase(child) && bracketAfter(children, index, end)))) {
      child.kind = 'mention'
      continue
    }

    if (child.kind === 'direct' && child.speaker === undefined && speaker !== undefined) child.speaker = speaker
  }

  return undefined
}

/**
 * Whether a quote's first word is capitalised.
 */
function opensUpperCase(quote: Quote): boolean {
  for (const child of quote.children) {
    if (child.type === 'WordNode') return isUpper(textOf(child).charAt(0))
  }

  return false
}

/**
 * Whether an opening bracket follows child `index` (`„Rat für …“ (CNS)`).
 */
function bracketAfter(children: SentenceContent[], index: number, end: number): boolean {
  let next = index + 1
  while (next < end && children[next].type === 'WhiteSpaceNode') next++
  return next < children.length && markOf(children[next]) === '('
}

/**
 * Whether a quote's first word is lower case (quoted words, not a title).
 */
function opensLowerCase(quote: Quote): boolean {
  for (const child of quote.children) {
    if (child.type !== 'WordNode') continue
    const initial = textOf(child).charAt(0)
    return initial !== initial.toUpperCase()
  }

  return false
}

/**
 * Whether a quote is one capitalised word (`„Focus“`, `„Täter“`): as likely a
 * name or a term as quoted words, so it stays a mention in reported speech.
 */
function singleNoun(quote: Quote): boolean {
  let words = 0
  let capital = false
  for (const child of quote.children) {
    if (child.type !== 'WordNode') continue
    words++
    capital = isUpper(textOf(child).charAt(0))
  }

  return words === 1 && capital
}

/**
 * The range of a sentence without white space and final punctuation.
 */
function sentenceRange(children: SentenceContent[]): [number, number] | undefined {
  let start = 0
  while (start < children.length && children[start].type === 'WhiteSpaceNode') start++
  let end = children.length
  while (end > start) {
    const child = children[end - 1]
    const mark = markOf(child)
    if (child.type === 'WhiteSpaceNode' || (mark !== undefined && (mark.includes('.') || mark.includes('!') || mark.includes('?') || mark === '…'))) end--
    else break
  }

  return end > start ? [start, end] : undefined
}

/**
 * Whether the first clause of a sentence (up to its first comma) is in
 * Konjunktiv I (or, when `second`, Konjunktiv II) and the sentence reads as
 * a report (`Der Termin sei offen, …`; not `Die Fahrer gingen, sonst würden
 * sie …`).
 */
function opensInSubjunctive(children: SentenceContent[], second: boolean): boolean {
  const range = subjunctiveClause(children, second)
  if (!range) return false
  for (let index = range[0]; index < range[1]; index++) {
    const child = children[index]
    if (markOf(child) === ',') return false
    if (child.type !== 'WordNode') continue
    // A capitalised word is no verb here either (see `subjunctiveClause`).
    const lower = textOf(child)
    if (subjunctive1ThirdSingular.has(lower) || lower === 'seien' || (second && subjunctive2.has(lower) && !wishes.has(lower))) return true
  }

  return false
}

/**
 * The range of a sentence whose finite verb is Konjunktiv I (or, while an
 * account is open, Konjunktiv II), if any, and where in it the report starts
 * (see `reportStart`).
 */
function subjunctiveClause(children: SentenceContent[], open: boolean): [number, number, number] | undefined {
  const range = sentenceRange(children)
  if (!range) return undefined
  const [start, end] = range
  // The word before, as written (lower-cased only when a form is found).
  let previous = ''
  let found = false
  // Whether a form other than a conjecture (`wäre`, `könnte`) was found.
  let reported = false
  // Whether the first clause has passed, and whether it has a preterite of
  // the narrator (`Ein Sprecher schränkte das ein, dass … sei`: the
  // Konjunktiv after the comma is that clause's report, not the account's).
  let firstClause = true
  let narrated = false
  // The first Konjunktiv form found.
  let first = -1
  // Whether the sentence opens with a condition (`Sollte es regnen, würde …`,
  // `Falls …`): a Konjunktiv II after it is the condition's consequence.
  const condition = opensCondition(children[start])
  for (let index = start; index < end; index++) {
    const child = children[index]
    if (child.type !== 'WordNode') {
      if (firstClause && markOf(child) === ',') {
        if (narrated && !found) return undefined
        firstClause = false
      }

      continue
    }

    const text = textOf(child)
    // A sentence in the first person is someone's own words, not a report
    // (`Ich war dort und habe sie arbeiten sehen`).
    if (text === 'ich' || text === 'Ich') return undefined
    // A capitalised form is a noun or a determiner (`Beweise`, `Stimme`,
    // `Einige davon …`, `Hinweise nimmt …`), also first in the sentence: a
    // verb there opens a condition or a question (`Wäre dies so, …`), not
    // a report. A word ending in a letter no form ends in is none of them
    // (most words: they are not lower-cased).
    const lower = formEndings.has(text.charAt(text.length - 1)) && text === text.toLowerCase() ? text : undefined
    if (firstClause && index !== start && lower !== undefined && text.endsWith('te') && isWeakPreterite(text)) narrated = true
    if (lower !== undefined && (subjunctive1ThirdSingular.has(lower) || lower === 'seien' || (open && ((subjunctive2.has(lower) && !wishes.has(lower)) || (hearsay.has(lower) && perfectAfter(children, index, end)))))) {
      const next = nextWord(children, index, end)
      const before = previous.toLowerCase()
      if (attributives.has(lower) && (lower === 'einige' ? next !== 'sich' : isUpper(nextWordText(children, index, end).charAt(0)))) {
        previous = text
        continue
      }

      if ((idioms.has(lower + ' ' + next) || idioms.has(before + ' ' + lower)) && !(lower === 'sei' && next === 'es' && !seiEsIdiom(children, start, index, end))) return undefined
      found = true
      if (first < 0) first = index
      if (!conjectures.has(lower) && !(condition && subjunctive2.has(lower))) reported = true
    }

    previous = text
  }

  return reported ? [start, end, reportStart(children, start, first, end)] : undefined
}

/**
 * Indicative finite verbs (lower case) that make a clause the narrator's own
 * main clause (`Die Mutter kann nicht glauben, …`, `Seine Frau ist krank,
 * …`), besides weak preterites (`erklärte`).
 */
const indicativeFinites = new Set(['ist', 'sind', 'war', 'waren', 'hat', 'hatte', 'hatten', 'wird', 'wurde', 'wurden', 'kann', 'konnte', 'muss', 'musste', 'will', 'darf', 'ließ', 'ließen', 'gibt', 'gab', 'sieht', 'sah', 'steht', 'stand', 'bleibt', 'blieb', 'liegt', 'lag', 'geht', 'ging', 'kommt', 'kam'])

/**
 * Start of what a sentence in Konjunktiv reports, the first Konjunktiv form
 * being at `first`: after the last main clause in the indicative before it,
 * which is the narrator's (`Seine Frau ist krank, und er wolle sie pflegen`:
 * `und er wolle …`; `Die Mutter kann nicht glauben, was passiert sei`: `was
 * passiert sei`). A clause that hangs on another (`…, die er gründete, …`,
 * `…, als er kam, …`) is no main clause. Else `start`.
 */
function reportStart(children: SentenceContent[], start: number, first: number, end: number): number {
  let from = start
  // Whether the clause read has an indicative finite verb, and whether it
  // hangs on another; whether its first word is still to come.
  let indicative = false
  let attached = false
  let opening = true
  for (let index = start; index < first; index++) {
    const child = children[index]
    if (child.type !== 'WordNode') {
      if (markOf(child) === ',') {
        if (indicative && !attached) from = index + 1
        indicative = false
        opening = true
      }

      continue
    }

    const text = textOf(child)
    if (opening) {
      attached = opensContent(text) || attachedClause(children, index, end)
      opening = false
      continue
    }

    if (attached) continue
    if (indicativeFinites.has(text) || (text.endsWith('te') && isWeakPreterite(text))) indicative = true
    else if (indicative && opensContent(text)) {
      // `kann nicht glauben was passiert sei`: the report opens without a
      // comma.
      from = index
      attached = true
    }
  }

  return skipSpace(children, from, end)
}

/** Conjunctions that open a condition (`Falls es regnet, …`). */
const conditionOpeners = new Set(['Falls', 'Wenn', 'Sofern', 'Sollte', 'Sollten'])

/**
 * Whether the first word of a sentence opens a condition: a conjunction
 * (`Falls`, `Wenn`) or a verb first in Konjunktiv II (`Sollte es regnen`,
 * `Würde er klagen`, `Hätte sie gewusst`).
 */
function opensCondition(child: SentenceContent | undefined): boolean {
  if (child?.type !== 'WordNode') return false
  const text = textOf(child)
  return conditionOpeners.has(text) || subjunctive2.has(text.toLowerCase())
}

/**
 * Whether `sei es` at child `index` is the idiom of alternatives (`…, sei es
 * in Bonn oder in Berlin`): it opens its clause and an `oder` follows. After a
 * word (`Dann sei es zu einem Streit gekommen`) it is a reported verb.
 */
function seiEsIdiom(children: SentenceContent[], start: number, index: number, end: number): boolean {
  let before = index - 1
  while (before >= start && children[before].type === 'WhiteSpaceNode') before--
  if (before >= start && children[before].type === 'WordNode') return false
  for (let at = index + 1; at < end; at++) {
    const child = children[at]
    if (child.type === 'WordNode' && textOf(child).toLowerCase() === 'oder') return true
  }

  return false
}

/**
 * Forms of `sollen` that pass on what someone said (`Er soll … gesagt
 * haben`, `Die Brücke soll … öffnen`): inside an open account they carry it
 * like a Konjunktiv; without one they are hearsay with no source.
 */
const hearsay: ReadonlySet<string> = new Set(['soll', 'sollen'])

/**
 * Last letters of the words `subjunctiveClause` looks for: the Konjunktiv
 * forms, `seien`, {@link hearsay}, and weak preterites (`-te`).
 */
const formEndings: ReadonlySet<string> = new Set(
  [...subjunctive1ThirdSingular, ...subjunctive2, ...hearsay, 'seien', 'te'].map((form) => form.charAt(form.length - 1))
)

/**
 * Whether a perfect infinitive (`… gesagt haben`, `… gewesen sein`) ends
 * the clause after child `index`: `soll` then passes on what happened.
 */
function perfectAfter(children: SentenceContent[], index: number, end: number): boolean {
  let last = ''
  let before = ''
  for (let at = index + 1; at < end; at++) {
    const child = children[at]
    if (child.type === 'WordNode') {
      before = last
      last = textOf(child)
    } else if (child.type === 'PunctuationNode' && child.value === ',') break
  }

  // A participle before it (`beschädigt haben`, `gewesen sein`), not an
  // adjective (`frei sein`).
  return (last === 'haben' || last === 'sein') && participleShape.test(before)
}

/** Lower-case words shaped like a past participle (`gesagt`, `verletzt`, `worden`, `gekommen`). */
const participleShape = /^[a-zäöüß]+(?:t|en)$/

/** Pronouns that stand for the sentence before (`Dies bestätigte X`). */
const pointers: ReadonlySet<string> = new Set(['Dies', 'Dieses'])

/** Sentences a principal speaker's account reaches. */
const principalReach = 12

/**
 * Count a report of a speaker.
 */
function count(state: IndirectState, speaker: string | undefined): undefined {
  if (speaker === undefined) return undefined
  state.reports.set(speaker, (state.reports.get(speaker) ?? 0) + 1)
  state.reported++
  return undefined
}

/**
 * The speaker with most reports so far, if they have at least four and 70 %
 * of them.
 */
function principal(state: IndirectState): string | undefined {
  let best: string | undefined
  let most = 0
  for (const [speaker, reports] of state.reports) {
    if (reports > most) {
      most = reports
      best = speaker
    }
  }

  return most >= 4 && most >= 0.7 * state.reported ? best : undefined
}

/**
 * Whether the word `demnach` stands among children `from`–`to` (inside the
 * clause, lower case).
 */
function hasDemnach(children: SentenceContent[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const child = children[index]
    if (child.type === 'WordNode' && textOf(child) === 'demnach') return true
  }

  return false
}

/**
 * Whether a child is the word `Demnach` (at the start of a sentence).
 */
function isDemnach(child: SentenceContent | undefined): boolean {
  return child !== undefined && child.type === 'WordNode' && textOf(child) === 'Demnach'
}

/**
 * Lower-case text of the next word after `index`, or `''`.
 */
function nextWord(children: SentenceContent[], index: number, end: number): string {
  return nextWordText(children, index, end).toLowerCase()
}

/**
 * Text of the next word after `index`, as written, or `''`.
 */
function nextWordText(children: SentenceContent[], index: number, end: number): string {
  for (let next = index + 1; next < end; next++) {
    const child = children[next]
    if (child.type === 'WordNode') return textOf(child)
  }

  return ''
}

export type {SentenceRecord}
