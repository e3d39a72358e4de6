/**
 * Generates `src/lexicon/konjunktiv.generated.ts` from the curated lists in
 * `src/lexicon/konjunktiv.ts` and `src/lexicon/speech-verbs.ts`.
 *
 * Konjunktiv I is built by rule from the infinitive stem (`habe`, `könne`,
 * `sammle`, `ändere`) with `sein` from the irregular list; Konjunktiv II comes
 * from the irregular lists and is carried over to prefixed verbs of the
 * lemma list (`bekommen` → `bekäme`, `ankommen` → `ankäme`). Run with
 * `npx tsx script/build-konjunktiv.ts`.
 *
 * @module
 */

import {writeFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  firstSingularIrregular,
  subjunctive1Excluded,
  subjunctive1Irregular,
  subjunctive2Excluded,
  subjunctive2ExcludedEndings,
  subjunctive2Irregular,
  verbLemmas,
  weakLookalikes
} from '../src/lexicon/konjunktiv.js'
import {speechVerbs} from '../src/lexicon/speech-verbs.js'
import {isElEr, needsLinkingE, stemOf} from '../src/util/inflect.js'

/** Prefixes (separable and inseparable) that may stand before a strong base verb. */
const prefixes = new Set([
  'ab', 'an', 'auf', 'aus', 'bei', 'be', 'bekannt', 'dar', 'durch', 'ein', 'emp', 'ent',
  'entgegen', 'er', 'fest', 'fort', 'frei', 'ge', 'her', 'heraus', 'herein', 'herum', 'herunter',
  'hervor', 'hin', 'hinaus', 'hinein', 'hinter', 'hinzu', 'los', 'miss', 'mit', 'nach', 'preis',
  'statt', 'teil', 'über', 'um', 'unter', 'ver', 'voran', 'voraus', 'vor', 'vorbei', 'weg',
  'weiter', 'wider', 'wieder', 'zer', 'zu', 'zurück', 'zusammen', 'dagegen', 'kund'
])

/** Whether `value` is one or two known prefixes (`an`, `aner`, `vorbe`). */
function isPrefix(value: string): boolean {
  if (prefixes.has(value)) return true
  for (let cut = 1; cut < value.length; cut++) {
    if (prefixes.has(value.slice(0, cut)) && prefixes.has(value.slice(cut))) return true
  }
  return false
}

/**
 * Third person singular Konjunktiv I forms of an infinitive: `habe`, `sei`,
 * `ändere`, `tue`; verbs in `-eln` have two (`sammle` and `sammele`,
 * `handle` and `handele`), the short one first.
 */
export function subjunctive1Third(infinitive: string): string[] {
  const irregular = subjunctive1Irregular.get(infinitive)
  if (irregular) return [irregular.forms[2].split('|')[0]]
  const stem = stemOf(infinitive)
  if (isElEr(infinitive) && infinitive.endsWith('eln')) return [stem.slice(0, -2) + 'le', stem + 'e']
  return [stem + 'e']
}

/** Third person plural Konjunktiv I: `seien`, `haben`, `tuen`. */
function subjunctive1ThirdPlural(infinitive: string): string {
  const irregular = subjunctive1Irregular.get(infinitive)
  if (irregular) return irregular.forms[5].split('|')[0]
  return isElEr(infinitive) ? infinitive : stemOf(infinitive) + 'en'
}

/** Third person plural present indicative: the infinitive, except `sind`. */
function indicativeThirdPlural(infinitive: string): string {
  return infinitive === 'sein' ? 'sind' : infinitive
}

/** First person singular present indicative: `habe`, `kann`, `bin`, `sammle`. */
function indicativeFirst(infinitive: string): string {
  const irregular = firstSingularIrregular.get(infinitive)
  if (irregular) return irregular
  const stem = stemOf(infinitive)
  if (isElEr(infinitive) && infinitive.endsWith('eln')) return stem.slice(0, -2) + 'le'
  return stem + 'e'
}

/** Plural of a past form built on its third person singular (`gab` → `gaben`, `nannte` → `nannten`). */
function pastPlural(third: string): string {
  return third.endsWith('e') ? third + 'n' : third.endsWith('ie') ? third + 'n' : third + 'en'
}

/** Whether a Konjunktiv II singular (and so its plural) is excluded as a noun homograph. */
function isExcluded(singular: string): boolean {
  return subjunctive2Excluded.has(singular) || subjunctive2ExcludedEndings.some((ending) => singular.endsWith(ending))
}

/** A base verb with preterite and Konjunktiv II, from either list. */
interface Irregular {
  readonly lemma: string
  readonly preterite: string
  readonly subjunctive2: readonly string[]
  readonly weakPreterite?: boolean
}

/** All lemmas: the curated verb list plus the speech verbs, with and without particle. */
export function allLemmas(): string[] {
  const lemmas = new Set(verbLemmas)
  for (const verb of speechVerbs) {
    lemmas.add(verb.base)
    lemmas.add((verb.particle ?? '') + verb.base)
  }
  return [...lemmas].sort(compareStrings)
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The irregular base verbs, from `subjunctive2Irregular` and the speech verbs. */
function irregularBases(): Map<string, Irregular> {
  const bases = new Map<string, Irregular>()
  for (const verb of subjunctive2Irregular) bases.set(verb.lemma, verb)
  for (const verb of speechVerbs) {
    if (verb.preterite === undefined || verb.subjunctive2 === undefined || bases.has(verb.base)) continue
    bases.set(verb.base, {lemma: verb.base, preterite: verb.preterite, subjunctive2: [verb.subjunctive2]})
  }
  return bases
}

/** Konjunktiv II third person forms (singular and plural) distinct from the preterite, keyed by lemma. */
export function subjunctive2ByLemma(): Map<string, string[]> {
  const bases = irregularBases()
  const byLength = [...bases.keys()].sort((a, b) => b.length - a.length || compareStrings(a, b))
  const result = new Map<string, string[]>()
  const infinitives = new Set(allLemmas())

  for (const lemma of infinitives) {
    let base = bases.has(lemma) ? lemma : undefined
    if (base === undefined && !weakLookalikes.has(lemma)) {
      base = byLength.find((candidate) => lemma.endsWith(candidate) && isPrefix(lemma.slice(0, -candidate.length)))
    }
    if (base === undefined) continue
    const verb = bases.get(base)!
    const prefix = lemma.slice(0, lemma.length - base.length)
    const indicative = new Set([verb.preterite, pastPlural(verb.preterite)])
    if (verb.weakPreterite) {
      const stem = stemOf(base)
      const weak = stem + (needsLinkingE(stem) ? 'ete' : 'te')
      indicative.add(weak).add(pastPlural(weak))
    }
    const forms: string[] = []
    for (const singular of verb.subjunctive2) {
      if (isExcluded(prefix + singular)) continue
      if (!indicative.has(singular)) forms.push(prefix + singular)
      const plural = pastPlural(singular)
      // A plural equal to an infinitive is read as that verb (`führen`, `drängen`, `betrügen`).
      if (!indicative.has(plural) && !infinitives.has(prefix + plural)) forms.push(prefix + plural)
    }
    if (forms.length > 0) result.set(lemma, forms)
  }
  return result
}

/** The four generated sets, sorted. */
export function konjunktivSets(): {
  subjunctive1ThirdSingular: string[]
  subjunctive1Plural: string[]
  subjunctive2: string[]
  indicativeHomographs: string[]
} {
  const third = new Set<string>()
  const plural = new Set<string>()
  const homographs = new Set<string>()
  for (const lemma of allLemmas()) {
    for (const [index, form] of subjunctive1Third(lemma).entries()) {
      if (subjunctive1Excluded.has(form)) continue
      third.add(form)
      // The long form of `-eln` (`handele`) is as much a first person as the
      // short one.
      if (form === indicativeFirst(lemma) || index > 0) homographs.add(form)
    }
    const thirdPlural = subjunctive1ThirdPlural(lemma)
    if (thirdPlural !== indicativeThirdPlural(lemma)) plural.add(thirdPlural)
  }
  const second = new Set<string>()
  for (const forms of subjunctive2ByLemma().values()) for (const form of forms) second.add(form)
  return {
    subjunctive1ThirdSingular: [...third].sort(compareStrings),
    subjunctive1Plural: [...plural].sort(compareStrings),
    subjunctive2: [...second].sort(compareStrings),
    indicativeHomographs: [...homographs].sort(compareStrings)
  }
}

/** Words as quoted, comma-separated lines of at most 100 characters. */
function wrap(words: readonly string[]): string[] {
  const lines: string[] = []
  let line = ' '
  for (const [index, word] of words.entries()) {
    const piece = " '" + word + "'" + (index === words.length - 1 ? '' : ',')
    if ((line + piece).length > 100) {
      lines.push(line)
      line = ' '
    }
    line += piece
  }
  if (line.trim()) lines.push(line)
  return lines
}

function set(doc: readonly string[], name: string, words: readonly string[]): string[] {
  return [
    '/**',
    ...doc.map((line) => (line ? ' * ' + line : ' *')),
    ' */',
    'export const ' + name + ': ReadonlySet<string> = new Set([',
    ...wrap(words),
    '])',
    ''
  ]
}

/** Source text of `src/lexicon/konjunktiv.generated.ts`. */
export function buildKonjunktiv(): string {
  const sets = konjunktivSets()
  return [
    '// Generated by script/build-konjunktiv.ts — do not edit.',
    '',
    '/**',
    ' * Konjunktiv I and II forms for recognising reported speech, lower case.',
    ' *',
    ' * Generated from `verbLemmas`, `subjunctive2Irregular` and the other lists in',
    ' * `konjunktiv.ts` and from `speechVerbs`, all curated by the zitat authors:',
    ' * ' + allLemmas().length + ' lemmas.',
    ' *',
    ' * @module',
    ' */',
    '',
    ...set(
      [
        'Third person singular Konjunktiv I forms (`sei`, `habe`, `werde`, `könne`,',
        '`gebe`, `arbeite`, `sammle`, `ändere`, `ankündige`), ' + sets.subjunctive1ThirdSingular.length + ' forms.',
        '',
        'Generated from the lemmas curated by the zitat authors. Left out: the forms',
        'in `subjunctive1Excluded` (`meine`, `ende`, `liebe`, …). Most forms also',
        'are a first person indicative (see `indicativeHomographs`) and some a noun',
        'or adjective (see `ambiguousForms`). A detached particle verb shows only',
        'its base form (`kündige` … `an`).'
      ],
      'subjunctive1ThirdSingular',
      sets.subjunctive1ThirdSingular
    ),
    ...set(
      [
        'Third person plural Konjunktiv I forms that differ from the indicative',
        '(`seien`; also the rare `tuen`), ' + sets.subjunctive1Plural.length + ' forms.',
        '',
        'Generated from the lemmas curated by the zitat authors. Every other verb',
        'has a Konjunktiv I plural equal to its indicative, so they are left out.'
      ],
      'subjunctive1Plural',
      sets.subjunctive1Plural
    ),
    ...set(
      [
        'Third person singular and plural Konjunktiv II forms that differ from the',
        'indicative preterite (`wäre`, `hätte`, `würde`, `könnte`, `gäbe`, `gäben`,',
        '`käme`, `ginge`, `bekäme`), ' + sets.subjunctive2.length + ' forms.',
        '',
        'Generated from the irregular verbs curated by the zitat authors and their',
        'prefixed lemmas. Left out: Konjunktiv II forms equal to the preterite (all',
        'weak verbs, `sollte`, `wollte`, `gingen`, `blieben`) and the noun',
        'homographs of `subjunctive2Excluded` and `subjunctive2ExcludedEndings`',
        '(`Schritte`, `Vorwürfe`).'
      ],
      'subjunctive2',
      sets.subjunctive2
    ),
    ...set(
      [
        'Forms of `subjunctive1ThirdSingular` that also are the first person',
        'singular present indicative of the same verb (`habe`, `werde`, `gebe`,',
        '`sage`), ' + sets.indicativeHomographs.length + ' forms: Konjunktiv only with a third person subject.',
        '',
        'Generated from the lemmas curated by the zitat authors. Left out are the',
        'unambiguous forms (`sei`, `könne`, `müsse`, `dürfe`, `solle`, `wolle`,',
        '`möge`, `wisse`).'
      ],
      'indicativeHomographs',
      sets.indicativeHomographs
    )
  ].join('\n')
}

/** Path of the generated module. */
export const konjunktivPath = fileURLToPath(new URL('../src/lexicon/konjunktiv.generated.ts', import.meta.url))

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(konjunktivPath, buildKonjunktiv())
}
