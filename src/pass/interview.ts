/**
 * Interview structure pass: question-and-answer turns of transcripts (with
 * labels such as `Frage:`, `SPIEGEL:`, `Rutte:`, or with only the first turn
 * labelled and the rest alternating), topic headings of excerpt-style
 * interviews (`Über die Ukraine:`) whose lead-in speaker flows to the quote
 * paragraphs under them, and credit lines (`Das Gespräch führte …`,
 * `Interview: …`) whose interviewer becomes the questions' speaker.
 *
 * It regroups the root's children: a `TurnNode` holds the paragraphs of a
 * turn, a `HeadingNode` and a `MetadataNode` hold their paragraph.
 *
 * @module
 */

import type {Paragraph, RootContent, Sentence, SentenceContent, WhiteSpace} from 'nlcst'
import type {Heading, InterviewRoot, Metadata, MetadataKind, Quote, Turn, TurnRole} from '../types.js'
import type {Context, Pass, TokenRange} from '../passes.js'
import type {Registry} from '../util/speaker-registry.js'
import {outlets} from '../lexicon/organisations.js'
import {answerLabels, creditLabels, creditOpenings, headingOpeners, questionLabels} from '../lexicon/interview.js'
import {sentenceOpeners} from '../lexicon/sentence-openers.js'
import {determiners} from '../lexicon/function-words.js'
import {nameParticles} from '../lexicon/roles.js'
import {quotationMarks} from '../lexicon/quotation-marks.js'
import {spanOf} from '../util/position.js'
import {isLineBreak, isUpper, markOf, textOf} from '../util/tokens.js'

/** Tokens read from the start of a paragraph (labels, credits, headings). */
const headLimit = 64

/** Most words in a speaker label (`Richard David Precht`). */
const maxLabelWords = 4
/** Most words in a credit line or a heading. */
const maxShortWords = 14
/** Most words of an unlabelled paragraph taken for a question without `?`. */
const maxStatementQuestion = 30

/**
 * Interview structure pass. It describes each paragraph once its sentences
 * are final (while it is fresh in the processor's caches); its `root`
 * regroups the root's children.
 */
export const interview: Pass = {name: 'interview', settled: describeSettled, root: structure}

declare module '../passes.js' {
  interface ContextData {
    /**
     * Descriptions of settled paragraphs, in the order they settled: document
     * order, as the root's children come.
     */
    interviewBlocks?: Block[]
  }
}

/**
 * Describe a paragraph whose sentences are final.
 *
 * @param paragraph
 *   Paragraph.
 * @param context
 *   Context.
 * @returns
 *   Nothing.
 */
function describeSettled(paragraph: Paragraph, context: Context): undefined {
  context.data.interviewBlocks ??= []
  context.data.interviewBlocks.push(describe(paragraph, context.data.paragraphTokens))
  return undefined
}

/** A speaker label at the start of a paragraph. */
interface Label {
  /** Label as written, without colon and stage directions. */
  text: string
  /** Key that the full and the short form share (surname, outlet). */
  key: string
  /** Role the label itself tells (`Frage`, `SPIEGEL`), if any. */
  role?: TurnRole
  /** Whether the label names an outlet. */
  outlet: boolean
}

/** What one root child is. */
export interface Block {
  /** The node. */
  node: RootContent
  /** Its label, for paragraphs that start with one. */
  label?: Label
  /** A second label after a line break in the same paragraph. */
  inner?: Label
  /** The person or outlet named, for credit lines. */
  credit?: {name: string; kind: MetadataKind}
  /** Whether it is a topic heading. */
  heading?: boolean
  /** Whether it has the shape of a topic heading that needs a quote after it. */
  topic?: boolean
  /** Whether it is a voice: a label and only a quote (`Anna Roth: „…“`). */
  voice?: boolean
  /** Whether the paragraph ends with sentence punctuation. */
  terminal: boolean
  /** Whether the paragraph ends with a question mark. */
  question: boolean
  /** Number of words. */
  words: number
  /** Whether the paragraph opens with a quotation mark. */
  quoteFirst: boolean
  /** Whether the paragraph is only a quote (and punctuation). */
  quoteOnly: boolean
  /** Whether the paragraph reads as a headline (see {@link headlineLike}). */
  headline: boolean
  /** Whether the paragraph ends with a colon (it leads in to what follows). */
  colonEnd?: boolean
}

/**
 * Run the pass.
 *
 * @param tree
 *   Tree.
 * @param context
 *   Context (uses the attribution pass's speaker table).
 * @returns
 *   Nothing.
 */
function structure(tree: InterviewRoot, context: Context): undefined {
  const registry = context.data.attribution?.registry
  if (!registry) return undefined
  const order = Number.MAX_SAFE_INTEGER
  const ranges = context.data.paragraphTokens
  const blocks = blocksOf(tree, context.data.interviewBlocks ?? [], context.data.paragraphTokens)
  const display: DisplayParagraphs = {quoteOnly: new Set(), headlines: new Set()}
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    if (block.quoteOnly) display.quoteOnly.add(block.node)
    if (block.headline) display.headlines.add(block.node)
    // `Über die Ukraine:` is a heading when a quote paragraph follows it.
    if (!block.topic) continue
    let next = index + 1
    while (next < blocks.length && blocks[next].node.type === 'WhiteSpaceNode') next++
    if (next < blocks.length && blocks[next].quoteFirst) block.heading = true
  }

  const children: RootContent[] = []

  // Credits: the interviewer (or author) is known as a speaker.
  let interviewer: string | undefined
  for (const block of blocks) {
    if (!block.credit) continue
    const identifier = registry.named(block.credit.name, 'person', order)
    if (block.credit.kind === 'credit') interviewer ??= identifier
  }

  const transcript = findTranscript(blocks)
  let index = 0

  if (transcript) {
    const roles = assignRoles(blocks, transcript, registry, interviewer, order)
    // Everything before the first label stays as it is.
    for (; index < transcript.first; index++) children.push(wrapBlock(blocks[index], registry, order))
    const lineSplit = blocks.some((block) => block.inner !== undefined)
    index = buildTurns(blocks, index, children, roles, transcript.labelled >= 4 && !lineSplit, lineSplit)
  }

  let previous: Block | undefined
  for (; index < blocks.length; index++) {
    const block = blocks[index]
    const quote = previous?.colonEnd ? blockQuote(block, context) : undefined
    children.push(quote ?? wrapBlock(block, registry, order))
    if (block.node.type !== 'WhiteSpaceNode') previous = block
  }

  // Lists of voices: `Anna Roth (45): „…“`, one speaker per line.
  {
    for (const block of blocks) {
      if (!block.label || block.label.outlet || block.label.role) continue
      if (transcript && !block.voice) continue
      const quote = labelledQuote(block.node)
      if (quote && quote.speaker === undefined) {
        quote.speaker = registry.named(block.label.text, 'person', order)
        quote.kind = 'direct'
      }
    }
  }

  tree.children = children
  flowHeadingSpeakers(tree, context)
  const interviewee = transcript ? answerSpeaker(tree) : undefined
  giveDisplayQuotes(tree, interviewee, transcript !== undefined, display)
  return undefined
}

/**
 * Describe the root's children, taking the descriptions made as paragraphs
 * settled (see `describeSettled`). Those are in document order, as the
 * children are, with the paragraphs of a quote that spans paragraphs (a
 * child of its own) in between: one walk matches them up, no lookup per
 * child. A paragraph that did not settle is described here.
 */
function blocksOf(tree: InterviewRoot, described: Block[], ranges: Map<Paragraph, TokenRange> | undefined): Block[] {
  const blocks: Block[] = []
  let next = 0
  for (const node of tree.children) {
    if (node.type === 'QuoteNode') {
      // Its paragraphs settled, and are no child of the root.
      for (const child of node.children) if (child.type === 'ParagraphNode') next++
    }

    const settled = node.type === 'ParagraphNode' && next < described.length ? described[next] : undefined
    if (settled && settled.node === node) {
      blocks.push(settled)
      next++
    } else {
      blocks.push(describe(node, ranges))
    }
  }

  return blocks
}

/** Fewest words of a paragraph quoted as a block. */
const blockQuoteWords = 4

/**
 * A paragraph that a paragraph ending in a colon leads in to, with no marks
 * and no label (`…, schrieb sie über jene Nacht:` and then her words): a
 * quoted block (web pages lose the markup of block quotes), the speaker of
 * the lead-in's frame its speaker.
 */
function blockQuote(block: Block, context: Context): Quote | undefined {
  const node = block.node
  if (node.type !== 'ParagraphNode' || block.label || block.credit || block.heading || block.quoteFirst) return undefined
  if (!block.terminal || block.words < blockQuoteWords) return undefined
  const quote: Quote = {type: 'QuoteNode', kind: 'direct', closed: true, children: [node]}
  if (node.position) quote.position = node.position
  const speaker = leadInSpeaker(node, context)
  if (speaker !== undefined) quote.speaker = speaker
  return quote
}

/**
 * The speaker framed last before a paragraph, if the frame is close before
 * it (in the sentence that leads in).
 */
function leadInSpeaker(paragraph: Paragraph, context: Context): string | undefined {
  const state = context.data.attribution?.state
  if (!state || state.framedOffsets.length === 0) return undefined
  const start = paragraph.position?.start.offset ?? 0
  // Offsets are in document order: find the last one before the paragraph.
  let low = 0
  let high = state.framedOffsets.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (state.framedOffsets[middle] < start) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }

  if (found < 0) return undefined
  // Only the lead-in sentence counts: close before the paragraph.
  return start - state.framedOffsets[found] <= maxLeadIn ? state.framedSpeakers[found] : undefined
}

/** Most characters between the start of a lead-in sentence and the quoted block. */
const maxLeadIn = 400

/**
 * The speaker of the first answer turn.
 */
function answerSpeaker(tree: InterviewRoot): string | undefined {
  for (const child of tree.children) {
    if (child.type === 'TurnNode' && child.role === 'answer' && child.speaker !== undefined) return child.speaker
  }

  return undefined
}

/**
 * The speaker the most quotes are attributed to.
 */
function principalSpeaker(tree: InterviewRoot): string | undefined {
  const counts = new Map<string, number>()
  let best: string | undefined
  let most = 0
  visitQuotes(tree.children, (quote) => {
    if (quote.speaker === undefined || quote.kind === 'mention') return
    const count = (counts.get(quote.speaker) ?? 0) + 1
    counts.set(quote.speaker, count)
    if (count > most) {
      most = count
      best = quote.speaker
    }
  })
  return most >= 2 ? best : undefined
}

/**
 * Paragraphs among the root's children that are only a quote, and those
 * that read as headlines (as their blocks tell, read when they settled: not
 * walked again).
 */
interface DisplayParagraphs {
  /** Paragraphs that are only a quote. */
  quoteOnly: Set<RootContent>
  /** Paragraphs that read as headlines. */
  headlines: Set<RootContent>
}

/**
 * Give display quotes (a quoted headline, a pull quote between turns: a
 * paragraph that is only a quote, with no frame) the principal speaker: the
 * interviewee of a transcript, else whoever is quoted most. In reports only
 * the headline area (the first two paragraphs) counts.
 *
 * Whoever is quoted most is counted only when a quote needs it (counting
 * walks the whole tree), and before any quote is given a speaker here, so
 * the count is the same as when made first.
 */
function giveDisplayQuotes(tree: InterviewRoot, interviewee: string | undefined, transcript: boolean, display: DisplayParagraphs): undefined {
  let speaker = interviewee
  let counted = interviewee !== undefined
  let paragraphs = 0
  for (const child of tree.children) {
    if (child.type === 'WhiteSpaceNode') continue
    paragraphs++
    if (!transcript && paragraphs > 2) break
    if (child.type === 'TurnNode' || child.type === 'MetadataNode') continue
    const quote = child.type === 'QuoteNode' ? child : child.type === 'ParagraphNode' && display.quoteOnly.has(child) ? leadingQuote(child) : undefined
    if (quote && quote.kind === 'direct' && quote.speaker === undefined) {
      if (!counted) {
        speaker = principalSpeaker(tree)
        counted = true
      }

      if (speaker === undefined) return undefined
      quote.speaker = speaker
    }
  }

  if (counted && speaker === undefined) return undefined

  // Headlines and subheadings (short paragraphs without a full stop) that
  // quote someone without a frame quote the principal speaker (`„Dem Tod
  // entkommen“: Geisel berichtet`).
  for (const child of tree.children) {
    if (child.type !== 'ParagraphNode' || !display.headlines.has(child)) continue
    if (!counted) {
      if (!hasUnattributedQuote(child.children)) continue
      speaker = principalSpeaker(tree)
      counted = true
    }

    if (speaker === undefined) return undefined
    giveUnattributed(child.children, speaker)
  }

  return undefined
}

/** Most words a headline has. */
const headlineWords = 20

/**
 * Whether a paragraph reads as a headline: a few words and no sentence
 * punctuation at its end (a closing quotation mark may end it). It is read
 * from its first tokens (`head`: all, or at least `headlineWords * 3`) and
 * its last four tokens other than white space (`tail`).
 */
function headlineLike(head: SentenceContent[], tail: SentenceContent[]): boolean {
  // The end first: most paragraphs end in a full stop.
  const last = tail[tail.length - 1]
  if (last === undefined) return false
  if (last.type === 'WordNode') {
    if (textOf(last).endsWith('.')) return false
  } else {
    const mark = markOf(last)
    if (mark !== undefined && /[.!?…]/u.test(mark)) return false
    // `… „Zitat“` ends in a mark: look at the mark before it.
    const marks = lastMarks(tail)
    if (/[.!?…]/u.test(marks.replace(/["“”»«’‘„‚›‹]/gu, ''))) return false
  }

  if (head.length >= headlineWords * 3) return false
  let words = 0
  for (const token of head) if (token.type === 'WordNode') words++
  return words > 0 && words <= headlineWords
}

/**
 * Whether a direct quote without a speaker stands under `nodes`.
 */
function hasUnattributedQuote(nodes: ReadonlyArray<RootContent | SentenceContent | Sentence | Paragraph>): boolean {
  for (const node of nodes) {
    if (node.type === 'QuoteNode' && node.kind === 'direct' && node.speaker === undefined) return true
    if ('children' in node && node.type !== 'WordNode' && hasUnattributedQuote(node.children as Array<RootContent | SentenceContent>)) return true
  }

  return false
}

/**
 * Give every direct quote without a speaker under `nodes` this speaker.
 */
function giveUnattributed(nodes: ReadonlyArray<RootContent | SentenceContent | Sentence | Paragraph>, speaker: string): undefined {
  for (const node of nodes) {
    if (node.type === 'QuoteNode' && node.kind === 'direct' && node.speaker === undefined) node.speaker = speaker
    if ('children' in node && node.type !== 'WordNode') giveUnattributed(node.children as Array<RootContent | SentenceContent>, speaker)
  }

  return undefined
}

/**
 * Call `callback` for every quote under `nodes`.
 */
function visitQuotes(nodes: ReadonlyArray<RootContent | SentenceContent | Sentence | Paragraph>, callback: (quote: Quote) => undefined): undefined {
  for (const node of nodes) {
    if (node.type === 'QuoteNode') callback(node)
    // Words hold no quotes: do not walk their letters.
    if ('children' in node && node.type !== 'WordNode') visitQuotes(node.children as Array<RootContent | SentenceContent>, callback)
  }

  return undefined
}

/**
 * Describe a root child.
 */
function describe(node: RootContent, ranges?: Map<Paragraph, TokenRange>): Block {
  const block: Block = {node, terminal: false, question: false, words: 0, quoteFirst: false, quoteOnly: false, headline: false}
  if (node.type !== 'ParagraphNode') {
    block.terminal = true
    block.quoteFirst = node.type === 'QuoteNode'
    return block
  }

  // Read only the start and the end of a paragraph: labels, credits and
  // headings sit at the start, sentence punctuation at the end.
  const range = ranges?.get(node)
  const tokens = range ? range.tokens.slice(range.start, Math.min(range.end, range.start + headLimit)) : headTokens(node, headLimit)
  const tail = range ? tailOfRange(range, 4) : tailTokens(node, 4)
  // What display quotes need (see `giveDisplayQuotes`), read while the
  // paragraph is fresh (`tokens` reach further than a headline may).
  block.quoteOnly = isQuoteOnly(node)
  block.headline = headlineLike(tokens, tail)

  // A paragraph longer than the part read has many words: as many as the
  // tokens read, more than any count of them (not counted).
  const long = tokens.length >= headLimit
  let firstToken: string | undefined
  for (const token of tokens) {
    if (token.type === 'WhiteSpaceNode') continue
    firstToken ??= textOf(token)
    if (long) break
    if (token.type === 'WordNode') block.words++
  }

  if (long) block.words = headLimit
  block.quoteFirst = firstToken !== undefined && quotationMarks.has(firstToken.charAt(0))
  const lastToken = tail[tail.length - 1]
  if (lastToken !== undefined) {
    const value = textOf(lastToken)
    const last = lastToken.type === 'WordNode' ? (value.endsWith('.') ? '.' : 'w') : value
    block.terminal = /[.!?…"“”»«’‘)\]]$/u.test(last)
    block.colonEnd = last === ':'
    block.question = last.includes('?')
    // `…?“`: a quoted question.
    if (!block.question && block.terminal) block.question = lastMarks(tail).includes('?')
  }

  const label = labelOf(tokens)
  if (label) {
    block.label = label
    const inner = innerLabel(node)
    if (inner) block.inner = inner
    // `Anna Roth: „…“` and nothing else: a voice in a list, or a headline.
    block.voice = onlyQuoteAfterLabel(tail, node)
  }
  const credit = block.words <= maxShortWords ? creditOf(tokens) : undefined
  if (credit) block.credit = credit
  else if (!label && block.words <= maxShortWords) {
    const heading = headingShape(tokens)
    if (heading === 'ellipsis') block.heading = true
    else if (heading === 'topic') block.topic = true
  }
  return block
}

/**
 * Whether a paragraph holds nothing after its label but one quote (and
 * punctuation).
 */
function onlyQuoteAfterLabel(tokens: SentenceContent[], paragraph: Paragraph): boolean {
  const quote = labelledQuote(paragraph)
  if (!quote) return false
  const end = quote.position?.end.offset ?? 0
  for (const token of tokens) {
    if ((token.position?.start.offset ?? 0) < end) continue
    if (token.type === 'WordNode') return false
  }

  return true
}

/**
 * The last few marks of a paragraph, joined.
 */
function lastMarks(tokens: SentenceContent[]): string {
  let result = ''
  for (let index = tokens.length - 1; index >= 0 && tokens.length - index <= 3; index--) {
    const mark = markOf(tokens[index])
    if (mark === undefined) break
    result = mark + result
  }

  return result
}

/**
 * The first `limit` sentence-level tokens of a paragraph or sentence, in
 * order (quotes, notes and attributions are walked into).
 */
function headTokens(node: Paragraph | Sentence, limit: number): SentenceContent[] {
  const result: SentenceContent[] = []
  add(node)
  return result

  function add(parent: {children: unknown[]}): undefined {
    for (const child of parent.children as Array<SentenceContent | Sentence>) {
      if (result.length >= limit) return undefined
      if (child.type === 'WordNode' || !('children' in child)) result.push(child)
      else add(child)
    }

    return undefined
  }
}

/**
 * The last `limit` tokens of a token range other than white space, in order
 * (what {@link tailTokens} reads from the paragraph the range built).
 */
function tailOfRange(range: TokenRange, limit: number): SentenceContent[] {
  const tokens = range.tokens
  let from = range.end
  let count = 0
  while (from > range.start && count < limit) {
    from--
    if (tokens[from].type !== 'WhiteSpaceNode') count++
  }

  const result: SentenceContent[] = []
  for (let index = from; index < range.end; index++) {
    if (tokens[index].type !== 'WhiteSpaceNode') result.push(tokens[index])
  }

  return result
}

/**
 * The last `limit` tokens of a paragraph other than white space, in order.
 */
function tailTokens(node: Paragraph, limit: number): SentenceContent[] {
  const result: SentenceContent[] = []
  add(node)
  return result.reverse()

  function add(parent: {children: unknown[]}): undefined {
    const children = parent.children as Array<SentenceContent | Sentence>
    for (let index = children.length - 1; index >= 0; index--) {
      if (result.length >= limit) return undefined
      const child = children[index]
      if (child.type === 'WhiteSpaceNode') continue
      if (child.type === 'WordNode' || !('children' in child)) result.push(child)
      else add(child)
    }

    return undefined
  }
}

/**
 * The label at the start of a paragraph (`Rutte:`, `SPIEGEL:`, `Scholz
 * (lacht):`), when there is text after it.
 */
function labelOf(tokens: SentenceContent[]): Label | undefined {
  const words: string[] = []
  let index = 0
  let inBrackets = false
  for (; index < tokens.length && index < 24; index++) {
    const token = tokens[index]
    const mark = markOf(token)
    if (token.type === 'WhiteSpaceNode') {
      if (isLineBreak(token)) return undefined
      continue
    }

    if (mark === '(') inBrackets = true
    else if (mark === ')') inBrackets = false
    else if (inBrackets) continue
    else if (mark === ':') break
    else if (token.type === 'WordNode') {
      words.push(textOf(token))
      if (words.length > maxLabelWords) return undefined
    } else if (mark !== '.' && mark !== '-' && mark !== '&') return undefined
  }

  if (index >= tokens.length || words.length === 0 || markOf(tokens[index]) !== ':') return undefined
  // Text must follow on the same line.
  let after = index + 1
  while (after < tokens.length && tokens[after].type === 'WhiteSpaceNode' && !isLineBreak(tokens[after])) after++
  if (after >= tokens.length || isLineBreak(tokens[after])) return undefined

  const text = words.join(' ')
  const lower = text.toLowerCase()
  if (creditLabels.has(lower)) return undefined
  if (outlets.has(text) || outlets.has(lower)) return {text, key: lower, role: 'question', outlet: true}
  if (questionLabels.has(lower)) return {text, key: lower, role: 'question', outlet: false}
  if (answerLabels.has(lower)) return {text, key: lower, role: 'answer', outlet: false}
  if (sentenceOpeners.has(words[0]) || determiners.has(words[0].toLowerCase())) return undefined
  for (const word of words) {
    if (!isUpper(word.charAt(0)) && !nameParticles.has(word)) return undefined
  }

  return {text, key: words[words.length - 1].toLowerCase(), outlet: false}
}

/**
 * A label that opens a line after a line break inside a paragraph.
 */
function innerLabel(paragraph: Paragraph): Label | undefined {
  const children = paragraph.children
  for (let index = 1; index < children.length - 1; index++) {
    const child = children[index]
    const next = children[index + 1]
    if (child.type === 'WhiteSpaceNode' && isLineBreak(child) && next.type === 'SentenceNode') {
      const label = labelOf(headTokens(next, headLimit))
      if (label) return label
    }
  }

  return undefined
}

/**
 * A credit line (`Interview: Anna Roth`, `Das Gespräch führte Anna Roth.`,
 * `Von Anna Roth`).
 */
function creditOf(tokens: SentenceContent[]): Block['credit'] {
  // Most paragraphs are ruled out by their first word.
  if (!creditFirstWords.has(firstWord(tokens)?.toLowerCase() ?? '')) return undefined
  const words: string[] = []
  let colon = -1
  for (const token of tokens) {
    if (token.type === 'WordNode') words.push(textOf(token))
    else if (markOf(token) === ':' && colon < 0) colon = words.length
  }

  if (words.length === 0) return undefined
  const lower = words.map((word) => word.toLowerCase())

  if (colon > 0 && creditLabels.has(lower.slice(0, colon).join(' '))) {
    const name = nameOf(words.slice(colon))
    return name ? {name, kind: 'credit'} : undefined
  }

  for (const opening of creditOpenings) {
    if (opening.every((word, position) => lower[position] === word)) {
      const name = nameOf(words.slice(opening.length))
      return name ? {name, kind: 'credit'} : undefined
    }
  }

  if (lower[0] === 'von' && words.length <= 4) {
    const name = nameOf(words.slice(1))
    return name ? {name, kind: 'byline'} : undefined
  }

  return undefined
}

/**
 * Words (lower case) a credit line opens with: the first word of a credit
 * label or opening, or `von`.
 */
const creditFirstWords: ReadonlySet<string> = new Set([
  'von',
  ...[...creditLabels].map((label) => label.split(' ')[0]),
  ...creditOpenings.map((opening) => opening[0])
])

/**
 * Text of the first word among tokens, if any.
 */
function firstWord(tokens: SentenceContent[]): string | undefined {
  for (const token of tokens) if (token.type === 'WordNode') return textOf(token)
  return undefined
}

/**
 * A person's name from words (capitalised words and particles), or
 * `undefined`.
 */
function nameOf(words: string[]): string | undefined {
  const name: string[] = []
  for (const word of words) {
    const clean = word.endsWith('.') ? word.slice(0, -1) : word
    if (isUpper(clean.charAt(0)) || (name.length > 0 && nameParticles.has(clean))) name.push(clean)
    else break
  }

  return name.length > 0 && name.length <= 4 ? name.join(' ') : undefined
}

/**
 * Whether a short paragraph has the shape of a topic heading: it ends with a
 * colon, quotes nothing, and opens with an ellipsis (`'ellipsis'`: a heading
 * wherever it stands) or a topic word such as `Über` (`'topic'`: a heading
 * when a quote follows).
 */
function headingShape(tokens: SentenceContent[]): 'ellipsis' | 'topic' | undefined {
  let last: string | undefined
  let first: string | undefined
  for (const token of tokens) {
    if (token.type === 'WhiteSpaceNode') continue
    const value = textOf(token)
    if (first === undefined) first = value
    if (token.type !== 'WordNode' && quotationMarks.has(value.charAt(0))) return undefined
    last = value
  }

  if (last !== ':' || first === undefined) return undefined
  if (first === '…' || first.startsWith('..')) return 'ellipsis'
  return headingOpeners.has(first.toLowerCase()) ? 'topic' : undefined
}

/** Where the transcript is. */
interface Transcript {
  /** Index of the first labelled block. */
  first: number
  /** Number of labelled blocks. */
  labelled: number
}

/**
 * Find a question-and-answer transcript: two or more labelled paragraphs
 * with two or more different labels.
 */
function findTranscript(blocks: Block[]): Transcript | undefined {
  let first = -1
  let labelled = 0
  const keys = new Set<string>()
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]
    if (!block.label || !block.terminal || block.voice) continue
    if (first < 0) first = index
    labelled++
    keys.add(block.label.key)
    if (block.inner) {
      labelled++
      keys.add(block.inner.key)
    }
  }

  // Two labels, or one question label (`SPIEGEL:`, `Frage:`) followed by
  // unlabelled alternation.
  const asks = first >= 0 && blocks[first].label?.role === 'question'
  return (labelled >= 2 && keys.size >= 2) || (labelled === 1 && asks && blocks.length - first >= 5) ? {first, labelled} : undefined
}

/** Role and speaker of each label key. */
type Roles = Map<string, {role: TurnRole; speaker: string | undefined}>

/**
 * Give each label a role and a speaker.
 */
function assignRoles(
  blocks: Block[],
  transcript: Transcript,
  registry: Registry,
  interviewer: string | undefined,
  order: number
): Roles {
  const roles: Roles = new Map()
  const known = interviewer === undefined ? undefined : registry.speakers.find((entry) => entry.identifier === interviewer)
  const interviewerSurname = known?.name.split(' ').pop()?.toLowerCase()
  const labels: Label[] = []
  for (let index = transcript.first; index < blocks.length; index++) {
    const block = blocks[index]
    if (block.label) labels.push(block.label)
    if (block.inner) labels.push(block.inner)
  }

  for (const label of labels) {
    const known = roles.get(label.key)
    if (known) {
      // `Roth:` after `Anna Roth:`: the short form is an alias.
      if (known.speaker !== undefined && !label.role && !label.outlet) registry.addAlias(known.speaker, label.text)
      continue
    }

    let role = label.role
    if (!role) {
      // The interviewer's name asks; with no interviewer known, the first
      // label asks and the other answers.
      const asked = [...roles.values()].some((entry) => entry.role === 'question')
      role =
        interviewerSurname === undefined
          ? asked
            ? 'answer'
            : 'question'
          : interviewerSurname === label.key
            ? 'question'
            : 'answer'
    }

    // Generic labels (`Frage`, `F`, `A`) name nobody: questions are the
    // interviewer's when the credits name one, answers the interviewee's.
    const generic = questionLabels.has(label.key) || answerLabels.has(label.key)
    let speaker: string | undefined
    if (role === 'question' && interviewer !== undefined && (label.outlet || generic || !label.role)) {
      speaker = interviewer
      if (label.outlet) registry.addAlias(interviewer, label.text)
    } else if (generic) {
      speaker = role === 'question' ? interviewer : undefined
    } else if (label.outlet) {
      speaker = registry.named(label.text, 'outlet', order)
    } else {
      speaker = registry.named(label.text, 'person', order)
    }

    roles.set(label.key, {role, speaker})
  }

  // Generic answer labels are the interviewee's: the one named answerer.
  let interviewee: string | undefined
  for (const entry of roles.values()) if (entry.role === 'answer' && entry.speaker !== undefined) interviewee ??= entry.speaker
  for (const entry of roles.values()) if (entry.role === 'answer' && entry.speaker === undefined) entry.speaker = interviewee

  return roles
}

/**
 * Group blocks from `start` into turns; returns where the transcript ends.
 */
function buildTurns(
  blocks: Block[],
  start: number,
  children: RootContent[],
  roles: Roles,
  labelledThroughout: boolean,
  lineSplit: boolean
): number {
  let current: Turn | undefined
  let answerSpeaker: string | undefined
  let questionSpeaker: string | undefined
  for (const entry of roles.values()) {
    if (entry.role === 'answer') answerSpeaker ??= entry.speaker
    else questionSpeaker ??= entry.speaker
  }

  let index = start
  for (; index < blocks.length; index++) {
    const block = blocks[index]
    const node = block.node

    if (node.type === 'WhiteSpaceNode') {
      children.push(node)
      continue
    }

    // Credits end the transcript.
    if (block.credit) break

    if (node.type !== 'ParagraphNode') {
      // A quote standing alone between turns (a pull quote).
      children.push(node)
      continue
    }

    // A voice (`Anna Roth: „…“`) between turns is no turn.
    if (block.voice) {
      children.push(node)
      continue
    }

    const label = block.label
    if (label && block.terminal) {
      const entry = roles.get(label.key)
      if (entry) {
        if (entry.role === 'answer') answerSpeaker = entry.speaker
        else questionSpeaker = entry.speaker
        // `Frage: …\nAntwort: …` in one paragraph.
        const pieces = splitAtLabel(node)
        current = turn(entry.role, entry.speaker, label.text, pieces[0] as Paragraph)
        children.push(current)
        if (pieces.length > 1) {
          const next = describe(pieces[2] as Paragraph)
          children.push(pieces[1] as WhiteSpace)
          const nextEntry = next.label ? roles.get(next.label.key) : undefined
          const role = nextEntry?.role ?? (entry.role === 'question' ? 'answer' : 'question')
          const speaker = nextEntry?.speaker ?? (role === 'answer' ? answerSpeaker : questionSpeaker)
          current = turn(role, speaker, next.label?.text, pieces[2] as Paragraph)
          children.push(current)
        }

        continue
      }
    }

    // Pull quotes and subheadings: no terminal punctuation, or a label
    // without it.
    if (!block.terminal || (label && !block.terminal) || (block.quoteFirst && block.words < maxShortWords && !current)) {
      children.push(node)
      continue
    }

    if (block.quoteFirst && block.quoteOnly && current?.role === 'answer') {
      // A quoted pull quote between turns.
      children.push(node)
      continue
    }

    if (!current) {
      children.push(node)
      continue
    }

    if (current.role === 'question') {
      current = turn('answer', answerSpeaker, undefined, node)
      children.push(current)
      continue
    }

    // After an answer: a new question, or more of the answer.
    if (!labelledThroughout) {
      const pieces = splitQuestion(node, lineSplit)
      if (pieces) {
        current = turn('question', questionSpeaker, undefined, pieces[0])
        children.push(current, pieces[1])
        current = turn('answer', answerSpeaker, undefined, pieces[2])
        children.push(current)
        continue
      }

      // Where questions share their paragraph with the answer, a paragraph
      // of one line is more of the answer.
      if (!lineSplit && (block.question || block.words <= maxStatementQuestion)) {
        current = turn('question', questionSpeaker, undefined, node)
        children.push(current)
        continue
      }
    }

    // More of the answer: move the white space before it into the turn. When
    // something stands between (a pull quote), the answer goes on in a turn
    // of its own, so the tree keeps document order.
    const previous = children[children.length - 1]
    if (previous && previous.type === 'WhiteSpaceNode' && children[children.length - 2] === current) {
      children.pop()
      current.children.push(previous)
    } else if (previous !== current) {
      current = turn(current.role, current.speaker, undefined, node)
      children.push(current)
      continue
    }

    current.children.push(node)
    current.position = spanOf(current.children[0], node)
  }

  return index
}

/**
 * Whether a paragraph is only a quote (and punctuation).
 */
function isQuoteOnly(paragraph: Paragraph): boolean {
  for (const child of paragraph.children) {
    if (child.type === 'QuoteNode' || child.type === 'WhiteSpaceNode') continue
    if (child.type !== 'SentenceNode') return false
    for (const node of child.children) {
      if (node.type !== 'QuoteNode' && node.type !== 'PunctuationNode' && node.type !== 'WhiteSpaceNode') return false
    }
  }

  return true
}

/**
 * Make a turn.
 */
function turn(role: TurnRole, speaker: string | undefined, label: string | undefined, paragraph: Paragraph): Turn {
  const node: Turn = {type: 'TurnNode', role, children: [paragraph], position: paragraph.position}
  if (speaker !== undefined) node.speaker = speaker
  if (label !== undefined) node.label = label
  return node
}

/**
 * Split a paragraph at a line break before a second label; returns the one
 * paragraph, or `[first, space, second]`.
 */
function splitAtLabel(paragraph: Paragraph): Array<Paragraph | WhiteSpace> {
  const children = paragraph.children
  for (let index = 1; index < children.length - 1; index++) {
    const child = children[index]
    if (child.type !== 'WhiteSpaceNode' || !isLineBreak(child)) continue
    const rest = children[index + 1]
    if (rest.type !== 'SentenceNode' || !labelOf(headTokens(rest, headLimit))) continue
    return split(paragraph, index)
  }

  return [paragraph]
}

/**
 * Split a paragraph whose first line is a question and the rest its answer
 * (question and answer in one paragraph, split by a line break).
 */
function splitQuestion(paragraph: Paragraph, always: boolean): [Paragraph, WhiteSpace, Paragraph] | undefined {
  const children = paragraph.children
  for (let index = 1; index < children.length - 1; index++) {
    const child = children[index]
    if (child.type !== 'WhiteSpaceNode' || !isLineBreak(child)) continue
    const pieces = split(paragraph, index)
    const first = describe(pieces[0])
    if (always || first.question || first.words <= maxStatementQuestion) return pieces as [Paragraph, WhiteSpace, Paragraph]
    return undefined
  }

  return undefined
}

/**
 * Split a paragraph at child `index` (white space).
 */
function split(paragraph: Paragraph, index: number): [Paragraph, WhiteSpace, Paragraph] {
  const head = paragraph.children.slice(0, index)
  const tail = paragraph.children.slice(index + 1)
  return [
    {type: 'ParagraphNode', children: head, position: spanOf(head[0], head[head.length - 1])},
    paragraph.children[index] as WhiteSpace,
    {type: 'ParagraphNode', children: tail, position: spanOf(tail[0], tail[tail.length - 1])}
  ]
}

/**
 * Wrap a block outside the transcript: headings and credit lines get their
 * nodes.
 */
function wrapBlock(block: Block, registry: Registry, order: number): RootContent {
  const node = block.node
  if (node.type !== 'ParagraphNode') return node
  if (block.credit) {
    const metadata: Metadata = {type: 'MetadataNode', kind: block.credit.kind, children: [node], position: node.position}
    metadata.speaker = registry.named(block.credit.name, 'person', order)
    return metadata
  }

  if (block.heading) {
    const heading: Heading = {type: 'HeadingNode', children: [node], position: node.position}
    return heading
  }

  return node
}

/**
 * Give the quote paragraphs under topic headings the speaker of the lead-in
 * (`Das sagt Rutte über …`), until a paragraph that is not a quote.
 */
function flowHeadingSpeakers(tree: InterviewRoot, context: Context): undefined {
  const state = context.data.attribution?.state
  const offsets = state?.framedOffsets ?? []
  const speakers = state?.framedSpeakers ?? []
  let leadSpeaker: string | undefined
  let framedIndex = 0
  let active: string | undefined

  for (const child of tree.children) {
    if (child.type === 'HeadingNode') {
      // The last speaker framed before the heading.
      const offset = child.position?.start.offset ?? 0
      while (framedIndex < offsets.length && offsets[framedIndex] < offset) {
        leadSpeaker = speakers[framedIndex]
        framedIndex++
      }

      active = leadSpeaker
      if (active !== undefined) child.speaker = active
      continue
    }

    if (child.type === 'WhiteSpaceNode') continue
    if (active === undefined) continue
    const quotes = child.type === 'QuoteNode' ? [child] : child.type === 'ParagraphNode' ? leadingQuotes(child) : []
    if (quotes.length === 0) {
      active = undefined
      continue
    }

    for (const quote of quotes) if (quote.kind === 'direct' && quote.speaker === undefined) quote.speaker = active
  }

  return undefined
}

/**
 * The quote right after the label of a paragraph (`Anna Roth: „…“`).
 */
function labelledQuote(node: RootContent): Quote | undefined {
  if (node.type !== 'ParagraphNode') return undefined
  const first = node.children[0]
  if (!first || first.type !== 'SentenceNode') return undefined
  let colon = false
  for (const child of first.children) {
    if (!colon) {
      if (markOf(child) === ':') colon = true
      continue
    }

    if (child.type === 'WhiteSpaceNode') continue
    return child.type === 'QuoteNode' ? child : undefined
  }

  return undefined
}

/**
 * Quotes that open a paragraph (directly, or as the first child of its first
 * sentence).
 */
function leadingQuotes(paragraph: Paragraph): Quote[] {
  const quote = leadingQuote(paragraph)
  return quote ? [quote] : []
}

/**
 * The quote that opens a paragraph (see {@link leadingQuotes}), if any.
 */
function leadingQuote(paragraph: Paragraph): Quote | undefined {
  const first = paragraph.children[0]
  if (!first) return undefined
  if (first.type === 'QuoteNode') return first
  if (first.type === 'SentenceNode' && first.children[0]?.type === 'QuoteNode') return first.children[0] as Quote
  return undefined
}
