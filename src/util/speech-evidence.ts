/**
 * Evidence inside quoted words that they are speech, not a name or title:
 * shared by the quotes pass (first guess) and the quote-kinds pass (final
 * word).
 *
 * @module
 */

import type {SentenceContent} from 'nlcst'
import {notVerbs, titleNouns, voiceWords} from '../lexicon/function-words.js'
import {textOf} from './tokens.js'

/**
 * Whether quoted words read as a fragment of speech by their own form:
 * a first or second person pronoun (`„Wir erwarten euch“`), or two or more
 * words that end in a lower-case content word — a verb, participle or
 * predicative adjective (`„auch künftig bestehen“`, `„sehr bedenklich“`).
 * German noun phrases, and so names and titles, end in a capitalised noun.
 *
 * @param words
 *   Number of words in the quote.
 * @param voiced
 *   Whether a first or second person pronoun occurs in it.
 * @param last
 *   Its last word, when the quote ends in a word.
 * @returns
 *   Whether the words are speech.
 */
export function speechForm(words: number, voiced: boolean, last: string | undefined): boolean {
  if (words >= 2 && voiced) return true
  if (words < 2 || last === undefined) return false
  const initial = last.charAt(0)
  if (initial === initial.toUpperCase()) return false
  return !notVerbs.has(last) && germanForm.test(last)
}

/**
 * Endings of German verbs, participles and predicative adjectives
 * (`bestehen`, `verschoben`, `gekreuzt`, `möglich`, `heikel`); lower-case
 * words in foreign names (`nano`, `online`, `reo`) mostly lack them. The
 * character class keeps the test linear.
 */
const germanForm = /^[a-zäöüß-]+(?:en|ern|eln|t|lich|ig|isch|bar|sam|haft|los|el)$/

/**
 * Whether a word is a first or second person pronoun.
 *
 * @param word
 *   Word.
 * @returns
 *   Whether it is.
 */
export function isVoiceWord(word: string): boolean {
  return voiceWords.has(word.toLowerCase())
}

/**
 * Whether the child at `index` (a quote) stands right after a noun that a
 * name or title goes with (`die Organisation „…“`, `unter dem Motto „…“`):
 * then it is that name, not speech.
 *
 * @param children
 *   Siblings.
 * @param index
 *   Index of the quote.
 * @returns
 *   Whether it follows such a noun.
 */
export function followsTitleNoun(children: readonly SentenceContent[], index: number): boolean {
  let before = index - 1
  while (before >= 0 && children[before].type === 'WhiteSpaceNode') before--
  const node = children[before]
  return node !== undefined && node.type === 'WordNode' && titleNouns.has(textOf(node).toLowerCase())
}
