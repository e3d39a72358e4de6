/**
 * Konjunktiv (subjunctive) forms in running text.
 *
 * @module
 */

import type {SentenceContent} from 'nlcst'
import {subjunctive1ThirdSingular, subjunctive2} from '../lexicon/konjunktiv.generated.js'
import {textOf} from './tokens.js'
import {notVerbs} from '../lexicon/function-words.js'

/**
 * The finite Konjunktiv forms {@link isSubjunctiveWord} knows, in one set:
 * Konjunktiv I (3rd person), `seien`, and Konjunktiv II. Only forms written
 * all in lower case, so a word found as written is in lower case too.
 */
const subjunctiveForms: ReadonlySet<string> = new Set(
  [...subjunctive1ThirdSingular, 'seien', ...subjunctive2].filter((form) => form === form.toLowerCase())
)

/**
 * Whether a word is a finite Konjunktiv form: Konjunktiv I (3rd person), or
 * a Konjunktiv II distinct from the indicative. A capitalised form counts only
 * as the first word of its clause (elsewhere it is a noun: `Beweise`,
 * `Stimme`).
 *
 * @param text
 *   Word as written.
 * @param first
 *   Whether it opens its clause.
 * @returns
 *   Whether it is a Konjunktiv verb.
 */
export function isSubjunctiveWord(text: string, first: boolean): boolean {
  // Inside a sentence only a word all in lower case counts; the forms are
  // all lower case, so the word is looked up as written (no lower-casing).
  return subjunctiveForms.has(first ? text.toLowerCase() : text)
}

/**
 * Whether children `start`–`end` hold a finite Konjunktiv form.
 *
 * @param children
 *   Children of a sentence.
 * @param start
 *   First child.
 * @param end
 *   Child after the last.
 * @returns
 *   Whether one of its words is Konjunktiv.
 */
export function hasSubjunctive(children: SentenceContent[], start: number, end: number): boolean {
  let first = true
  for (let index = start; index < end; index++) {
    const child = children[index]
    if (child.type !== 'WordNode') continue
    if (isSubjunctiveWord(textOf(child), first)) return true
    first = false
  }

  return false
}

/** Preterites of modal verbs, which are also Konjunktiv II (`sollte`). */
export const modalPreterites: ReadonlySet<string> = new Set(['sollte', 'wollte', 'konnte', 'musste', 'durfte', 'mochte'])

/**
 * Whether a lower-case word reads as a weak preterite of the third person
 * (`bemühte`, `erklärten`): not a Konjunktiv, not a modal, not a word that
 * is never a verb.
 *
 * @param text
 *   Word as written.
 * @returns
 *   Whether it is a weak preterite.
 */
export function isWeakPreterite(text: string): boolean {
  return (
    (text.endsWith('te') || text.endsWith('ten')) &&
    /^[a-zäöüß]+$/.test(text) &&
    !notVerbs.has(text) &&
    !modalPreterites.has(text) &&
    !isSubjunctiveWord(text, false)
  )
}
