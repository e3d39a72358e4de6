/**
 * The zitat syntax tree: nlcst extended with quotations, editorial notes,
 * attributions, speakers, interview turns, headings and metadata.
 *
 * Every node has a `position` with `line`, `column` and `offset` (UTF-16
 * indices, as unist expects), and concatenating the `value` of the leaves
 * gives back the input exactly (`nlcst-to-string`).
 *
 * @module
 */

import type {
  Data,
  Paragraph,
  Parent,
  Root,
  Sentence,
  SentenceContent,
  WhiteSpace
} from 'nlcst'

/**
 * Kind of a quotation.
 *
 * * `'direct'` — someone's own words in quotation marks (or a quoted
 *   paragraph).
 * * `'indirect'` — reported speech in the reporter's words (Konjunktiv I,
 *   a *dass*-clause after a cue, *laut X …*); it has no marks.
 * * `'mention'` — quotation marks around a name, title, term or scare quote:
 *   nobody is presented as saying it.
 */
export type QuoteKind = 'direct' | 'indirect' | 'mention'

/**
 * Kind of an editorial note.
 *
 * * `'insertion'` — words an editor put into a quote
 *   (`[der Niederlande, Anm. d. Red.]`, `[viele Firmen]`).
 * * `'note'` — an editor's remark (`(Anm. d. Red.: …)`).
 * * `'omission'` — cut words (`[…]`, `(...)`).
 * * `'stage'` — a stage direction in a transcript (`(lacht)`, `[Applaus]`).
 * * `'sic'` — `[sic]`, `[sic!]`.
 */
export type EditorialNoteKind = 'insertion' | 'note' | 'omission' | 'stage' | 'sic'

/** Role of an interview turn. */
export type TurnRole = 'question' | 'answer'

/** Kind of a metadata line. */
export type MetadataKind = 'date' | 'dateline' | 'credit' | 'byline'

/**
 * Kind of a speaker: a person, an organisation or body, a group of people
 * (`Experten`), an outlet (the interviewer's label `SPIEGEL`), or a source
 * named in place of a speaker (`dem Bericht zufolge`, `nach Angaben`).
 */
export type SpeakerKind = 'group' | 'organisation' | 'outlet' | 'person' | 'source'

/** Fields on the `data` of a {@link Quote}. */
export interface QuoteData extends Data {}

/**
 * A quotation: direct speech or a mention in quotation marks, or indirect
 * speech without marks.
 *
 * Its children are the marks (as `PunctuationNode`s) and what they enclose:
 * sentence content when the quote sits inside one sentence, sentences when it
 * spans several, and paragraphs when it spans several paragraphs (then it is
 * a child of the root).
 */
export interface Quote extends Parent {
  /** Node type. */
  type: 'QuoteNode'
  /** What the quotation is. */
  kind: QuoteKind
  /**
   * Identifier of the speaker in the root's `speakers`, when the text says
   * who speaks.
   */
  speaker?: string
  /** The cue word(s) that frame it, such as `sagte` or `so`, when known. */
  cue?: string
  /** Opening mark (`„`, `"`, `»`, …); absent for indirect speech. */
  open?: string
  /** Closing mark; absent when unclosed or indirect. */
  close?: string
  /** Whether the closing mark was found (`false`: ended at a paragraph end). */
  closed: boolean
  /** Children. */
  children: Array<SentenceContent | Sentence | Paragraph>
  /** Extra data. */
  data?: QuoteData
}

/** Fields on the `data` of an {@link EditorialNote}. */
export interface EditorialNoteData extends Data {}

/**
 * An editorial note in brackets: an insertion, a remark, an omission, a
 * stage direction or `[sic]`. Children include the brackets.
 */
export interface EditorialNote extends Parent {
  /** Node type. */
  type: 'EditorialNoteNode'
  /** What the note is. */
  kind: EditorialNoteKind
  /** The marker, such as `Anm. d. Red.`, when the note has one. */
  marker?: string
  /** Children. */
  children: Array<SentenceContent | Sentence>
  /** Extra data. */
  data?: EditorialNoteData
}

/** Fields on the `data` of a {@link Cue}. */
export interface CueData extends Data {}

/**
 * The word(s) that mark speech: a verb of saying (`sagte`, `betonte`), or a
 * framing word (`so`, `laut`, `zufolge`).
 */
export interface Cue extends Parent {
  /** Node type. */
  type: 'CueNode'
  /** Lemma of the cue (`sagen`, `ankündigen`, `laut`). */
  lemma: string
  /** Children. */
  children: SentenceContent[]
  /** Extra data. */
  data?: CueData
}

/** Fields on the `data` of a {@link SpeakerMention}. */
export interface SpeakerMentionData extends Data {}

/**
 * A mention of a speaker: a name, a role, an organisation or a pronoun.
 */
export interface SpeakerMention extends Parent {
  /** Node type. */
  type: 'SpeakerNode'
  /** Identifier of the entry in the root's `speakers`, when resolved. */
  speaker?: string
  /** Children. */
  children: SentenceContent[]
  /** Extra data. */
  data?: SpeakerMentionData
}

/** Fields on the `data` of an {@link Attribution}. */
export interface AttributionData extends Data {}

/**
 * The frame that joins a cue and a speaker (`sagte Rutte`, `so Rutte`,
 * `Laut Rutte`, `Rutte zufolge`).
 */
export interface Attribution extends Parent {
  /** Node type. */
  type: 'AttributionNode'
  /** Identifier of the speaker, when resolved. */
  speaker?: string
  /** Lemma of the cue. */
  cue: string
  /** Children. */
  children: SentenceContent[]
  /** Extra data. */
  data?: AttributionData
}

/** Fields on the `data` of a {@link Turn}. */
export interface TurnData extends Data {}

/**
 * A question or an answer of an interview transcript; holds its paragraphs.
 */
export interface Turn extends Parent {
  /** Node type. */
  type: 'TurnNode'
  /** Question or answer. */
  role: TurnRole
  /** Identifier of the speaker in the root's `speakers`, when known. */
  speaker?: string
  /** The label without its colon (`Frage`, `SPIEGEL`, `Rutte`), when given. */
  label?: string
  /** Children. */
  children: Array<Paragraph | WhiteSpace>
  /** Extra data. */
  data?: TurnData
}

/** Fields on the `data` of a {@link Heading}. */
export interface HeadingData extends Data {}

/**
 * A topic heading of an excerpt-style interview
 * (`Über die Ukraine:`), which introduces the quote paragraphs after it.
 */
export interface Heading extends Parent {
  /** Node type. */
  type: 'HeadingNode'
  /** Identifier of the speaker of the passages it introduces, when known. */
  speaker?: string
  /** Children. */
  children: Paragraph[]
  /** Extra data. */
  data?: HeadingData
}

/** Fields on the `data` of a {@link Metadata}. */
export interface MetadataData extends Data {}

/**
 * A metadata or credit line: a date, a dateline, `Das Gespräch führte …`,
 * a byline.
 */
export interface Metadata extends Parent {
  /** Node type. */
  type: 'MetadataNode'
  /** What the line is. */
  kind: MetadataKind
  /** Identifier of the person it names (the interviewer), when any. */
  speaker?: string
  /** Children. */
  children: Paragraph[]
  /** Extra data. */
  data?: MetadataData
}

/**
 * An entry of the root's speaker table: one person or organisation.
 */
export interface Speaker {
  /** Stable identifier (`s1`, `s2`, …), referenced by `speaker` fields. */
  identifier: string
  /** The fullest name the text uses (`Mark Rutte`). */
  name: string
  /** Every other form used for it (`Rutte`, `der Nato-Chef`). */
  aliases: string[]
  /** What it is. */
  kind: SpeakerKind
  /** Grammatical gender, when known from a first name, title or pronoun. */
  gender?: 'female' | 'male'
  /** Roles the text gives it (`NATO-Generalsekretär`). */
  roles: string[]
  /** `true` when the text names it only by description (`ein Sprecher`). */
  loose?: boolean
}

/** Fields on the `data` of an {@link InterviewRoot}. */
export interface InterviewRootData extends Data {}

/**
 * The root of a zitat tree: an nlcst `RootNode` with the speaker table.
 */
export interface InterviewRoot extends Root {
  /** Every speaker the text names. */
  speakers: Speaker[]
  /** Extra data. */
  data?: InterviewRootData
}

/** A node zitat adds to nlcst. */
export type ZitatNode =
  | Attribution
  | Cue
  | EditorialNote
  | Heading
  | Metadata
  | Quote
  | SpeakerMention
  | Turn

declare module 'nlcst' {
  interface RootContentMap {
    attribution: Attribution
    cue: Cue
    editorialNote: EditorialNote
    heading: Heading
    metadata: Metadata
    quote: Quote
    speakerMention: SpeakerMention
    turn: Turn
  }

  interface ParagraphContentMap {
    quote: Quote
  }

  interface SentenceContentMap {
    attribution: Attribution
    cue: Cue
    editorialNote: EditorialNote
    quote: Quote
    speakerMention: SpeakerMention
  }
}
