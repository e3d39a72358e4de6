import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {buildKonjunktiv, konjunktivPath} from '../script/build-konjunktiv.js'
import {
  ambiguousForms,
  subjunctive1Excluded,
  subjunctive2Irregular,
  verbLemmas
} from '../src/lexicon/konjunktiv.js'
import {
  indicativeHomographs,
  subjunctive1Plural,
  subjunctive1ThirdSingular,
  subjunctive2
} from '../src/lexicon/konjunktiv.generated.js'
import {speechVerbForms, type SpeechVerbForm} from '../src/util/speech-verb-forms.js'
import {speechVerbs} from '../src/lexicon/speech-verbs.js'

/** Analyses of a surface form, failing when it is missing. */
function analyses(surface: string): readonly SpeechVerbForm[] {
  const found = speechVerbForms.get(surface)
  expect(found, surface).toBeDefined()
  return found ?? []
}

/** Whether some analysis of `surface` matches all given fields. */
function has(surface: string, expected: Partial<SpeechVerbForm>): boolean {
  return analyses(surface).some((analysis) =>
    Object.entries(expected).every(([key, value]) => analysis[key as keyof SpeechVerbForm] === value)
  )
}

describe('speechVerbs', () => {
  it('has more than 250 distinct lemmas and no duplicates', () => {
    const lemmas = speechVerbs.map((verb) => (verb.particle ?? '') + verb.base)
    expect(new Set(lemmas).size).toBe(lemmas.length)
    expect(lemmas.length).toBeGreaterThan(250)
  })

  it('gives all four irregular fields or none', () => {
    for (const verb of speechVerbs) {
      const given = [verb.present, verb.preterite, verb.subjunctive2].filter((field) => field !== undefined)
      expect([0, 3], verb.base).toContain(given.length)
      if (given.length === 3) expect(verb.participle, verb.base).toBeDefined()
    }
  })

  it('covers the core reporting verbs', () => {
    const lemmas = new Set(speechVerbs.map((verb) => (verb.particle ?? '') + verb.base))
    for (const lemma of [
      'sagen', 'erklären', 'betonen', 'ankündigen', 'einräumen', 'hinzufügen', 'mitteilen',
      'bekanntgeben', 'ausgehen', 'entgegnen', 'fragen', 'grienen', 'äußern', 'zugestehen'
    ]) {
      expect(lemmas.has(lemma), lemma).toBe(true)
    }
  })
})

describe('speechVerbForms', () => {
  it('has weak preterites and participles', () => {
    expect(has('sagte', {lemma: 'sagen', form: 'preterite', person: 3, plural: false, kind: 'say'})).toBe(true)
    expect(has('sagte', {lemma: 'sagen', particle: undefined, form: 'preterite'})).toBe(true)
    expect(has('gesagt', {lemma: 'sagen', form: 'participle'})).toBe(true)
    expect(has('sagten', {lemma: 'sagen', form: 'preterite', person: 3, plural: true})).toBe(true)
  })

  it('has detached and joined forms of particle verbs', () => {
    expect(has('kündigte', {lemma: 'ankündigen', particle: 'an', form: 'preterite', person: 3})).toBe(true)
    expect(has('ankündigte', {lemma: 'ankündigen', particle: undefined, form: 'preterite', person: 3})).toBe(true)
    expect(has('angekündigt', {lemma: 'ankündigen', form: 'participle'})).toBe(true)
    expect(has('anzukündigen', {lemma: 'ankündigen', form: 'zu-infinitive'})).toBe(true)
    expect(has('ankündigen', {lemma: 'ankündigen', form: 'infinitive'})).toBe(true)
    expect(has('räumte', {lemma: 'einräumen', particle: 'ein'})).toBe(true)
    expect(has('fügte', {lemma: 'hinzufügen', particle: 'hinzu'})).toBe(true)
    expect(has('teilte', {lemma: 'mitteilen', particle: 'mit', kind: 'write'})).toBe(true)
    expect(has('gab', {lemma: 'bekanntgeben', particle: 'bekannt'})).toBe(true)
    expect(has('geht', {lemma: 'ausgehen', particle: 'aus', kind: 'opinion'})).toBe(true)
    expect(has('anerkannt', {lemma: 'anerkennen', form: 'participle'})).toBe(true)
  })

  it('never sets a particle on a joined form, participle or infinitive', () => {
    for (const [surface, entries] of speechVerbForms) {
      for (const entry of entries) {
        if (entry.particle === undefined) continue
        expect(['present', 'preterite', 'subjunctive1', 'subjunctive2'], surface).toContain(entry.form)
        expect(surface.startsWith(entry.particle), surface).toBe(false)
      }
    }
  })

  it('has strong forms from the irregular fields', () => {
    expect(has('sprach', {lemma: 'sprechen', form: 'preterite', person: 3})).toBe(true)
    expect(has('spricht', {lemma: 'sprechen', form: 'present', person: 3})).toBe(true)
    expect(has('sprichst', {lemma: 'sprechen', form: 'present', person: 2})).toBe(true)
    expect(has('gesprochen', {lemma: 'sprechen', form: 'participle'})).toBe(true)
    expect(has('spräche', {lemma: 'sprechen', form: 'subjunctive2', person: 3})).toBe(true)
    expect(has('rät', {lemma: 'raten', form: 'present', person: 3})).toBe(true)
    expect(has('rätst', {lemma: 'raten', form: 'present', person: 2})).toBe(true)
    expect(has('hält', {lemma: 'festhalten', particle: 'fest'})).toBe(true)
    expect(has('hältst', {lemma: 'halten', form: 'present', person: 2})).toBe(true)
    expect(has('nannte', {lemma: 'nennen', form: 'preterite'})).toBe(true)
    expect(has('genannt', {lemma: 'nennen', form: 'participle'})).toBe(true)
  })

  it('inserts e after -t/-d and consonant plus n', () => {
    expect(has('antwortet', {lemma: 'antworten', form: 'present', person: 3})).toBe(true)
    expect(has('antwortete', {lemma: 'antworten', form: 'preterite', person: 3})).toBe(true)
    expect(has('geantwortet', {lemma: 'antworten', form: 'participle'})).toBe(true)
    expect(has('entgegnete', {lemma: 'entgegnen', form: 'preterite'})).toBe(true)
    expect(has('rechnet', {lemma: 'rechnen', form: 'present'})).toBe(true)
    expect(speechVerbForms.has('antwortt')).toBe(false)
  })

  it('gives -ieren and prefixed verbs no ge-', () => {
    expect(has('kritisierte', {lemma: 'kritisieren', form: 'preterite'})).toBe(true)
    expect(has('kritisiert', {lemma: 'kritisieren', form: 'participle'})).toBe(true)
    expect(speechVerbForms.has('gekritisiert')).toBe(false)
    expect(has('erklärt', {lemma: 'erklären', form: 'present', person: 3})).toBe(true)
    expect(has('erklärt', {lemma: 'erklären', form: 'participle'})).toBe(true)
    expect(speechVerbForms.has('geerklärt')).toBe(false)
    expect(has('gegeißelt', {lemma: 'geißeln', form: 'participle'})).toBe(true)
  })

  it('handles -eln and -ern verbs and sibilant stems', () => {
    expect(has('äußert', {lemma: 'äußern', form: 'present', person: 3})).toBe(true)
    expect(has('äußerte', {lemma: 'äußern', form: 'preterite'})).toBe(true)
    expect(has('geäußert', {lemma: 'äußern', form: 'participle'})).toBe(true)
    expect(has('erinnert', {lemma: 'erinnern', form: 'participle'})).toBe(true)
    expect(has('murmle', {lemma: 'murmeln', form: 'subjunctive1', person: 3})).toBe(true)
    expect(has('heißt', {lemma: 'heißen', form: 'present', person: 2})).toBe(true)
    expect(has('hieß', {lemma: 'heißen', form: 'preterite'})).toBe(true)
    expect(has('zusammengefasst', {lemma: 'zusammenfassen', form: 'participle'})).toBe(true)
  })

  it('has Konjunktiv I forms', () => {
    expect(has('sage', {lemma: 'sagen', form: 'subjunctive1', person: 3, plural: false})).toBe(true)
    expect(has('sage', {lemma: 'sagen', form: 'present', person: 1})).toBe(true)
    expect(has('sagen', {lemma: 'sagen', form: 'subjunctive1', person: 3, plural: true})).toBe(true)
    expect(has('kündige', {lemma: 'ankündigen', particle: 'an', form: 'subjunctive1', person: 3})).toBe(true)
  })

  it('uses lower-case keys sorted by code unit', () => {
    const keys = [...speechVerbForms.keys()]
    for (const key of keys) expect(key).toBe(key.toLowerCase())
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  })
})

describe('konjunktiv', () => {
  it('has a curated list of about 700 distinct verbs', () => {
    expect(new Set(verbLemmas).size).toBe(verbLemmas.length)
    expect(verbLemmas.length).toBeGreaterThan(650)
    for (const lemma of ['haben', 'werden', 'wissen', 'können', 'müssen', 'dürfen', 'sollen', 'wollen', 'mögen']) {
      expect(verbLemmas, lemma).toContain(lemma)
    }
    for (const lemma of verbLemmas) expect(lemma, lemma).toMatch(/^[a-zäöüß]+n$/)
  })

  it('has Konjunktiv I third person singular forms', () => {
    for (const form of ['habe', 'sei', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe', 'möge', 'gebe', 'komme', 'arbeite', 'wisse', 'sehe', 'sammle', 'sammele', 'handele', 'verhandele', 'ändere', 'tue']) {
      expect(subjunctive1ThirdSingular.has(form), form).toBe(true)
    }
    for (const form of ['hat', 'ist', 'wird', 'kann', 'gibt', 'meine', 'eine', 'ende', 'liebe']) {
      expect(subjunctive1ThirdSingular.has(form), form).toBe(false)
    }
    for (const form of subjunctive1Excluded) expect(subjunctive1ThirdSingular.has(form), form).toBe(false)
  })

  it('keeps ambiguous forms and flags them', () => {
    for (const form of ambiguousForms) expect(subjunctive1ThirdSingular.has(form), form).toBe(true)
    expect(ambiguousForms.has('rede')).toBe(true)
    expect(ambiguousForms.has('frage')).toBe(true)
  })

  it('has only distinct Konjunktiv I plurals', () => {
    expect(subjunctive1Plural.has('seien')).toBe(true)
    expect(subjunctive1Plural.has('haben')).toBe(false)
    expect(subjunctive1Plural.has('sagen')).toBe(false)
  })

  it('has Konjunktiv II forms distinct from the preterite', () => {
    for (const form of ['wäre', 'wären', 'hätte', 'hätten', 'würde', 'würden', 'könnte', 'könnten', 'müsste', 'müssten', 'dürfte', 'dürften', 'möchte', 'gäbe', 'gäben', 'käme', 'kämen', 'ginge', 'stünde', 'läge', 'hielte', 'wüsste', 'bekäme', 'nennte']) {
      expect(subjunctive2.has(form), form).toBe(true)
    }
    for (const form of ['sollte', 'wollte', 'gingen', 'blieben', 'sagte', 'war', 'hatte', 'wendete', 'vorwürfe', 'schritte', 'drängen', 'führen']) {
      expect(subjunctive2.has(form), form).toBe(false)
    }
  })

  it('lists the irregular verbs once each', () => {
    const lemmas = subjunctive2Irregular.map((verb) => verb.lemma)
    expect(new Set(lemmas).size).toBe(lemmas.length)
  })

  it('marks first person homographs', () => {
    expect(indicativeHomographs.has('habe')).toBe(true)
    expect(indicativeHomographs.has('werde')).toBe(true)
    expect(indicativeHomographs.has('sei')).toBe(false)
    expect(indicativeHomographs.has('könne')).toBe(false)
    for (const form of indicativeHomographs) expect(subjunctive1ThirdSingular.has(form), form).toBe(true)
  })
})

describe('generated files', () => {
  it('konjunktiv.generated.ts is up to date', () => {
    expect(readFileSync(konjunktivPath, 'utf8') === buildKonjunktiv()).toBe(true)
  })
})

describe('lexicon: foreign words', () => {
  it('is lower case and shares no word with German function words or speaker pronouns', async () => {
    const {foreignWords} = await import('../src/lexicon/foreign-words.js')
    const {mentionLeaders, contentOpeners} = await import('../src/lexicon/function-words.js')
    for (const word of foreignWords) {
      expect(word).toBe(word.toLowerCase())
      expect(mentionLeaders.has(word), word).toBe(false)
      expect(contentOpeners.has(word), word).toBe(false)
    }

    for (const german of ['in', 'an', 'so', 'die', 'des', 'man', 'was', 'will', 'war', 'es', 'um', 'pro', 'per']) {
      expect(foreignWords.has(german), german).toBe(false)
    }
  })
})
