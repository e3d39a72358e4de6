/**
 * Inflection of German speech verbs: weak verbs by rule, strong and mixed
 * verbs from the irregular forms their lexicon entry gives. Used once, when
 * the module loads, to derive every surface form a cue can take from the
 * curated list in `lexicon/speech-verbs.ts` (deriving beats shipping a
 * megabyte of generated forms in every browser bundle).
 *
 * @module
 */

import type {SpeechVerb} from '../lexicon/speech-verbs.js'

/** Form names of the analyses, in sort order. */
export const formNames = [
  'present',
  'preterite',
  'subjunctive1',
  'subjunctive2',
  'participle',
  'infinitive',
  'zu-infinitive'
] as const

/** Name of one kind of verb form. */
export type FormName = (typeof formNames)[number]

/** One analysis of a surface form of a speech verb. */
export interface GeneratedForm {
  /** Lower-case surface form. */
  readonly surface: string
  /** Full infinitive including the particle. */
  readonly lemma: string
  /** Particle that follows later in the clause, for detached main-clause forms. */
  readonly particle?: string
  /** Kind of form. */
  readonly form: FormName
  /** Grammatical person of finite forms. */
  readonly person?: 1 | 2 | 3
  /** Number of finite forms. */
  readonly plural?: boolean
  /** Class of cue, copied from the verb. */
  readonly kind: SpeechVerb['kind']
  /** Whether the verb is a cue only with `sich` (`zeigte sich überzeugt`). */
  readonly reflexive?: boolean
  /** Whether the participle forms the perfect with `sein` (`war davon ausgegangen`). */
  readonly sein?: boolean
}

/** The six finite forms of one tense: 1sg, 2sg, 3sg, 1pl, 2pl, 3pl. */
export type Persons = readonly [string, string, string, string, string, string]

/** All forms of a verb without its separable particle. */
export interface Paradigm {
  /** Present indicative. */
  readonly present: Persons
  /** Preterite indicative. */
  readonly preterite: Persons
  /** Konjunktiv I. */
  readonly subjunctive1: Persons
  /** Konjunktiv II, or `undefined` for weak verbs, where it equals the preterite. */
  readonly subjunctive2?: Persons
  /** Past participle of the base verb. */
  readonly participle: string
  /** Infinitive of the base verb. */
  readonly infinitive: string
}

/**
 * Inseparable prefixes after which weak participles take no `ge-`. `ge-` itself
 * is left out (`geißeln` → `gegeißelt`); verbs such as `gefährden` give their
 * participle in the list.
 */
const inseparablePrefixes = ['be', 'emp', 'ent', 'er', 'hinter', 'miss', 'ver', 'wider', 'zer']

const vowels = new Set(['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'y'])

/** Stem of an infinitive: `sagen` → `sag`, `äußern` → `äußer`, `tun` → `tu`. */
export function stemOf(infinitive: string): string {
  if (infinitive.endsWith('en')) return infinitive.slice(0, -2)
  if (infinitive.endsWith('n')) return infinitive.slice(0, -1)
  throw new Error('Not an infinitive: `' + infinitive + '`')
}

/** Whether the infinitive is an `-eln` or `-ern` verb (`sammeln`, `äußern`). */
export function isElEr(infinitive: string): boolean {
  return /[^aeiouäöü][e][lr]n$/.test(infinitive) || /(?:au|eu|äu|ei)[e][lr]n$/.test(infinitive)
}

/**
 * Whether a stem needs an `e` before endings in `-t` and `-st`: stems in `-t`
 * or `-d` (`antwort-et`), and stems in a consonant plus `m` or `n` that is not
 * `l`, `r`, `h` after a vowel, or a doubled `m`/`n` (`rechn-et`, `atm-et`, but
 * `lern-t`, `wohn-t`, `nenn-t`).
 */
export function needsLinkingE(stem: string): boolean {
  const last = stem.at(-1)
  if (last === 't' || last === 'd') return true
  if (last !== 'm' && last !== 'n') return false
  const before = stem.at(-2) ?? ''
  if (vowels.has(before) || before === 'l' || before === 'r' || before === last) return false
  if (before === 'h') return stem.at(-3) === 'c'
  if (before === 'm' || before === 'n') return false
  return true
}

/** Whether a stem ends in a sibilant that swallows the `s` of `-st` (`heiß-t`, `ätz-t`). */
function endsInSibilant(stem: string): boolean {
  return /(?:s|ß|z|x)$/.test(stem) && !stem.endsWith('sch')
}

/** Past participle of a weak verb: `gesagt`, `erklärt`, `kritisiert`, `geantwortet`. */
export function weakParticiple(infinitive: string): string {
  const stem = stemOf(infinitive)
  const ending = needsLinkingE(stem) ? 'et' : 't'
  const noGe =
    infinitive.endsWith('ieren') ||
    inseparablePrefixes.some((prefix) => infinitive.startsWith(prefix) && infinitive.length > prefix.length + 3)
  return (noGe ? '' : 'ge') + stem + ending
}

/** Finite forms of a preterite or Konjunktiv II built on its third person singular. */
function pastPersons(third: string, weak: boolean): Persons {
  if (third.endsWith('e')) {
    return [third, third + 'st', third, third + 'n', third + 't', third + 'n']
  }
  const plural = third.endsWith('ie') ? third + 'n' : third + 'en'
  const linked = weak || /[td]$/.test(third)
  const second = endsInSibilant(third) || linked ? third + 'est' : third + 'st'
  const secondPlural = linked ? third + 'et' : third + 't'
  return [third, second, third, plural, secondPlural, plural]
}

/** All forms of the base verb (without particle) of one speech verb. */
export function conjugate(verb: SpeechVerb): Paradigm {
  const infinitive = verb.base
  const stem = stemOf(infinitive)
  const elEr = isElEr(infinitive)
  const linked = needsLinkingE(stem)
  const sibilant = endsInSibilant(stem)

  // Forms built on the stem: 1sg and 2pl present, Konjunktiv I.
  const firstSingular = elEr && infinitive.endsWith('eln') ? stem.slice(0, -2) + 'le' : stem + 'e'
  const regularThird = stem + (linked ? 'et' : 't')
  const regularSecond = sibilant ? stem + 't' : stem + (linked ? 'est' : 'st')
  const secondPlural = regularThird

  let third = regularThird
  let second = regularSecond
  if (verb.present !== undefined && verb.present !== regularThird) {
    third = verb.present
    if (third.endsWith('dt')) second = third.slice(0, -1) + 'st'
    else if (/[td]$/.test(stem)) second = third + 'st'
    else if (sibilant) second = third
    else second = third.slice(0, -1) + 'st'
  }

  const present: Persons = [firstSingular, second, third, infinitive, secondPlural, infinitive]
  const subjunctive1: Persons = elEr
    ? [firstSingular, stem + 'st', firstSingular, infinitive, stem + 't', infinitive]
    : [stem + 'e', stem + 'est', stem + 'e', stem + 'en', stem + 'et', stem + 'en']

  const weak = verb.preterite === undefined
  const preterite = pastPersons(verb.preterite ?? stem + (linked ? 'ete' : 'te'), weak)
  const subjunctive2 = verb.subjunctive2 === undefined ? undefined : pastPersons(verb.subjunctive2, false)

  return {
    present,
    preterite,
    subjunctive1,
    subjunctive2,
    participle: verb.participle ?? weakParticiple(infinitive),
    infinitive
  }
}

const finiteForms = ['present', 'preterite', 'subjunctive1', 'subjunctive2'] as const
const personOf = [1, 2, 3, 1, 2, 3] as const

/** Every analysed surface form of one speech verb. */
export function formsOf(verb: SpeechVerb): GeneratedForm[] {
  const paradigm = conjugate(verb)
  const particle = verb.particle ?? ''
  const lemma = particle + verb.base
  const kind = verb.kind
  const result: GeneratedForm[] = []
  const extra = verb.reflexive ? {reflexive: true} : {}

  for (const form of finiteForms) {
    const persons = paradigm[form]
    if (persons === undefined) continue
    for (let index = 0; index < 6; index++) {
      const surface = persons[index]
      // Konjunktiv II that equals the preterite adds nothing (`wendete` stays, `sollte` would not).
      if (form === 'subjunctive2' && surface === paradigm.preterite[index]) continue
      const person = personOf[index]
      const plural = index > 2
      if (particle) {
        result.push({surface, lemma, particle, form, person, plural, kind, ...extra})
        result.push({surface: particle + surface, lemma, form, person, plural, kind, ...extra})
      } else {
        result.push({surface, lemma, form, person, plural, kind, ...extra})
      }
    }
  }

  result.push({surface: particle + paradigm.participle, lemma, form: 'participle', kind, ...extra, ...(verb.sein ? {sein: true} : {})})
  result.push({surface: lemma, lemma, form: 'infinitive', kind})
  if (particle) result.push({surface: particle + 'zu' + verb.base, lemma, form: 'zu-infinitive', kind})
  return result
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareForms(a: GeneratedForm, b: GeneratedForm): number {
  return (
    compareStrings(a.lemma, b.lemma) ||
    compareStrings(a.particle ?? '', b.particle ?? '') ||
    formNames.indexOf(a.form) - formNames.indexOf(b.form) ||
    (a.person ?? 0) - (b.person ?? 0) ||
    Number(a.plural ?? false) - Number(b.plural ?? false)
  )
}

/** All analyses of all speech verbs, grouped by lower-case surface, deduplicated and sorted. */
export function collectForms(verbs: readonly SpeechVerb[]): Map<string, GeneratedForm[]> {
  const bySurface = new Map<string, Map<string, GeneratedForm>>()
  for (const verb of verbs) {
    for (const entry of formsOf(verb)) {
      const surface = entry.surface.toLowerCase()
      let analyses = bySurface.get(surface)
      if (!analyses) {
        analyses = new Map()
        bySurface.set(surface, analyses)
      }
      const key = [entry.lemma, entry.particle, entry.form, entry.person, entry.plural].join('|')
      if (!analyses.has(key)) analyses.set(key, {...entry, surface})
    }
  }

  const result = new Map<string, GeneratedForm[]>()
  for (const surface of [...bySurface.keys()].sort(compareStrings)) {
    result.set(surface, [...(bySurface.get(surface) as Map<string, GeneratedForm>).values()].sort(compareForms))
  }
  return result
}

