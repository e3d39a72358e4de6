/**
 * Every surface form of the curated speech verbs, keyed by lower-case form,
 * each with all its analyses (`kündigte` → `ankündigen` with particle `an`,
 * and `kündigen` alone is not a speech verb).
 *
 * @module
 */

import {speechVerbs} from '../lexicon/speech-verbs.js'
import {collectForms, type GeneratedForm} from './inflect.js'

/** One analysis of a surface form as a form of a speech verb. */
export type SpeechVerbForm = GeneratedForm

/** Surface form (lower case) → its analyses. */
export const speechVerbForms: ReadonlyMap<string, readonly SpeechVerbForm[]> = collectForms(speechVerbs)
