import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {ambiguousFirstNames, femaleFirstNames, maleFirstNames} from '../src/lexicon/first-names.js'
import {
  femaleRoleHeads,
  honorifics,
  maleRoleHeads,
  nameParticles,
  roleHeads
} from '../src/lexicon/roles.js'
import {knownOrganisations, organisationHeads, outlets} from '../src/lexicon/organisations.js'

/**
 * Find the longest head that ends `word`, the way a consumer reads the last
 * part of a compound.
 *
 * @param word
 *   Word as written.
 * @param heads
 *   Lower-case heads.
 * @returns
 *   Longest matching head, or `undefined`.
 */
function headOf(word: string, heads: readonly string[]): string | undefined {
  const lower = word.toLowerCase()
  let result: string | undefined
  for (const head of heads) {
    if (lower.endsWith(head) && (result === undefined || head.length > result.length)) {
      result = head
    }
  }
  return result
}

/**
 * List the entries a data module writes more than once in one export.
 *
 * Sets and maps drop repeated entries silently at runtime, so repeats are
 * only visible in the source: this reads the string literals of one
 * `new Set([…])` export, or the keys of one `new Map([…])` export.
 *
 * @param file
 *   Path of the module, relative to the package root.
 * @param name
 *   Name of the export.
 * @returns
 *   Repeated entries.
 */
function repeatsIn(file: string, name: string): string[] {
  const source = readFileSync(new URL('../' + file, import.meta.url), 'utf8')
  const start = source.indexOf('export const ' + name + ':')
  expect(start, name).toBeGreaterThan(-1)
  const next = source.indexOf('\nexport ', start + 1)
  const body = source
    .slice(start, next === -1 ? undefined : next)
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line))
    .join('\n')
  const isMap = /^export const \w+: ReadonlyMap/.test(body)
  const pattern = isMap ? /\[\s*(['"])(.*?)\1\s*,/g : /(['"])(.*?)\1/g
  const seen = new Set<string>()
  const repeats: string[] = []
  for (const match of body.slice(body.indexOf('new ')).matchAll(pattern)) {
    const entry = match[2]
    if (seen.has(entry)) repeats.push(entry)
    seen.add(entry)
  }
  return repeats
}

describe('lexicon: first names', () => {
  it('should support common names of both sexes', () => {
    for (const name of ['Olaf', 'Friedrich', 'Wolodymyr', 'Recep', 'Emmanuel', 'Jürgen', 'Ueli']) {
      expect(maleFirstNames.has(name), name).toBe(true)
      expect(femaleFirstNames.has(name), name).toBe(false)
    }
    for (const name of ['Kamala', 'Annalena', 'Ursula', 'Giorgia', 'Sahra', 'Mette', 'Yulia']) {
      expect(femaleFirstNames.has(name), name).toBe(true)
      expect(maleFirstNames.has(name), name).toBe(false)
    }
  })

  it('should support `Mark` as a male name that is also a word', () => {
    expect(maleFirstNames.has('Mark')).toBe(true)
    expect(ambiguousFirstNames.has('Mark')).toBe(true)
    expect(ambiguousFirstNames.has('Ernst')).toBe(true)
    expect(ambiguousFirstNames.has('Rose')).toBe(true)
    expect(ambiguousFirstNames.has('Olaf')).toBe(false)
  })

  it('should support unisex names in both sets', () => {
    for (const name of ['Kim', 'Alex', 'Andrea', 'Luca', 'Maria', 'Sascha', 'Toni']) {
      expect(femaleFirstNames.has(name), name).toBe(true)
      expect(maleFirstNames.has(name), name).toBe(true)
    }
  })

  it('should keep ambiguous names inside the name sets', () => {
    for (const name of ambiguousFirstNames) {
      expect(femaleFirstNames.has(name) || maleFirstNames.has(name), name).toBe(true)
    }
  })

  it('should not support words that are rarely names', () => {
    for (const word of ['Hoffnung', 'Art', 'Gift', 'Job', 'Meta', 'Zeit', 'Der', 'Die']) {
      expect(femaleFirstNames.has(word) || maleFirstNames.has(word), word).toBe(false)
    }
  })

  it('should be large enough and written as names', () => {
    expect(femaleFirstNames.size).toBeGreaterThanOrEqual(900)
    expect(maleFirstNames.size).toBeGreaterThanOrEqual(900)
    expect(ambiguousFirstNames.size).toBeGreaterThanOrEqual(20)
    for (const name of [...femaleFirstNames, ...maleFirstNames]) {
      expect(name, name).toBe(name.trim())
      expect(name, name).toMatch(/^\p{Lu}[\p{L}\p{M}'’.-]*$/u)
    }
  })

  it('should not repeat an entry in the source', () => {
    expect(repeatsIn('src/lexicon/first-names.ts', 'femaleFirstNames')).toEqual([])
    expect(repeatsIn('src/lexicon/first-names.ts', 'maleFirstNames')).toEqual([])
    expect(repeatsIn('src/lexicon/first-names.ts', 'ambiguousFirstNames')).toEqual([])
  })
})

describe('lexicon: roles', () => {
  it('should support role heads at the end of compounds', () => {
    expect(roleHeads).toContain('minister')
    expect(roleHeads).toContain('sprecherin')
    expect(headOf('Verteidigungsminister', roleHeads)).toBe('minister')
    expect(headOf('Nato-Chef', roleHeads)).toBe('chef')
    expect(headOf('Konzernsprecher', roleHeads)).toBe('sprecher')
    expect(headOf('Ministerpräsidentin', roleHeads)).toBe('präsidentin')
    expect(headOf('Bundestagsabgeordneter', roleHeads)).toBe('abgeordneter')
  })

  it('should support the examples given in the group headings', () => {
    const examples = [
      'Vizekanzler', 'Fraktionsvorsitzender', 'Parteichefin', 'Regierungssprecher', 'UN-Gesandter',
      'Vorstandsvorsitzende', 'Geschäftsführerin', 'Klimaforscherin', 'Chefvolkswirt',
      'Nahostexperte', 'Oberstaatsanwalt', 'Bundesrichterin', 'Polizeisprecher', 'Generalleutnant',
      'Bundeswehrsoldatin', 'Hamas-Kämpfer', 'Erzbischof', 'Landesbischöfin', 'Gemeindepfarrer',
      'Chefredakteurin', 'Auslandskorrespondent', 'Filmregisseur', 'Bundestrainer',
      'Nationalspielerin', 'Olympiasieger', 'Chefärztin', 'Notfallsanitäter', 'Feuerwehrmann',
      'Grundschullehrerin', 'Landwirt', 'Busfahrerin', 'Anwohnerin', 'Kriegsflüchtling',
      'Erdbebenopfer', 'Großmutter', 'Unternehmertochter', 'Ehemann', 'Experten',
      'Sicherheitskräfte', 'Ärzte'
    ]
    for (const word of examples) expect(headOf(word, roleHeads), word).toBeDefined()
  })

  it('should not support words that merely end like a role', () => {
    for (const word of ['Flugzeuge', 'Fahrzeugen', 'Paragraf', 'Urkunde', 'Sekunden', 'Juni']) {
      expect(headOf(word, roleHeads), word).toBeUndefined()
    }
  })

  it('should mark the sex of gendered heads', () => {
    expect(femaleRoleHeads.has('sprecherin')).toBe(true)
    expect(femaleRoleHeads.has('kanzlerin')).toBe(true)
    expect(femaleRoleHeads.has('ehefrau')).toBe(true)
    expect(maleRoleHeads.has('sprecher')).toBe(true)
    expect(maleRoleHeads.has('vorsitzender')).toBe(true)
    expect(maleRoleHeads.has('experte')).toBe(true)
    for (const head of ['vorsitzende', 'abgeordnete', 'mitglied', 'opfer', 'experten', 'fan']) {
      expect(femaleRoleHeads.has(head) || maleRoleHeads.has(head), head).toBe(false)
    }
    const head = headOf('Regierungssprecherin', roleHeads)
    expect(head !== undefined && femaleRoleHeads.has(head)).toBe(true)
  })

  it('should keep gendered heads disjoint and inside the heads', () => {
    const heads = new Set(roleHeads)
    for (const head of femaleRoleHeads) {
      expect(heads.has(head), head).toBe(true)
      expect(maleRoleHeads.has(head), head).toBe(false)
    }
    for (const head of maleRoleHeads) expect(heads.has(head), head).toBe(true)
  })

  it('should be large enough, lower case, trimmed and without repeats', () => {
    expect(roleHeads.length).toBeGreaterThanOrEqual(300)
    expect(new Set(roleHeads).size).toBe(roleHeads.length)
    for (const head of roleHeads) {
      expect(head, head).toBe(head.trim().toLowerCase())
      expect(head.length, head).toBeGreaterThanOrEqual(3)
    }
    expect(repeatsIn('src/lexicon/roles.ts', 'femaleRoleHeads')).toEqual([])
    expect(repeatsIn('src/lexicon/roles.ts', 'maleRoleHeads')).toEqual([])
  })

  it('should support honorifics with their sex', () => {
    expect(honorifics.get('Herr')).toBe('male')
    expect(honorifics.get('Herrn')).toBe('male')
    expect(honorifics.get('Frau')).toBe('female')
    expect(honorifics.get('Mrs.')).toBe('female')
    expect(honorifics.get('Madame')).toBe('female')
    expect(honorifics.has('Dr.')).toBe(true)
    expect(honorifics.get('Dr.')).toBeUndefined()
    expect(honorifics.has('Hoffnung')).toBe(false)
    for (const key of honorifics.keys()) expect(key, key).toBe(key.trim())
    expect(repeatsIn('src/lexicon/roles.ts', 'honorifics')).toEqual([])
  })

  it('should support name particles, lower case', () => {
    for (const particle of ['von', 'van', 'de', 'der', 'da', 'di', 'bin', 'ibn', 'al', 'zu']) {
      expect(nameParticles.has(particle), particle).toBe(true)
    }
    for (const word of ['und', 'das', 'in', 'Von']) {
      expect(nameParticles.has(word), word).toBe(false)
    }
    for (const particle of nameParticles) expect(particle).toBe(particle.trim().toLowerCase())
    expect(repeatsIn('src/lexicon/roles.ts', 'nameParticles')).toEqual([])
  })
})

describe('lexicon: organisations', () => {
  it('should support organisation heads at the end of compounds', () => {
    expect(headOf('Bundesregierung', organisationHeads)).toBe('regierung')
    expect(headOf('Innenministerium', organisationHeads)).toBe('ministerium')
    expect(headOf('Regierungskreise', organisationHeads)).toBe('kreise')
    expect(headOf('Unionsfraktion', organisationHeads)).toBe('fraktion')
    expect(headOf('Landeskriminalamt', organisationHeads)).toBe('amt')
    expect(headOf('Bundesverfassungsgericht', organisationHeads)).toBe('gericht')
    expect(headOf('Staatsanwaltschaft', organisationHeads)).toBe('staatsanwaltschaft')
    expect(headOf('Sicherheitsbehörden', organisationHeads)).toBe('behörden')
    for (const word of ['Autobahn', 'Baustelle', 'Juni', 'Lieferkette', 'Kunstwerk']) {
      expect(headOf(word, organisationHeads), word).toBeUndefined()
    }
  })

  it('should share only `vorstand` with the role heads', () => {
    expect(organisationHeads.filter((head) => roleHeads.includes(head))).toEqual(['vorstand'])
  })

  it('should support organisations quoted as sources', () => {
    for (const name of ['Nato', 'NATO', 'UN', 'EU', 'SPD', 'AfD', 'ÖVP', 'SVP', 'dpa', 'Kreml']) {
      expect(knownOrganisations.has(name), name).toBe(true)
    }
    for (const name of ['Weißes Haus', 'Amnesty International', 'Statistisches Bundesamt']) {
      expect(knownOrganisations.has(name), name).toBe(true)
    }
    for (const word of ['Zeit', 'Welt', 'Mitte', 'Otto', 'Nada']) {
      expect(knownOrganisations.has(word), word).toBe(false)
    }
  })

  it('should support outlets and generic labels of interviewers', () => {
    for (const label of ['SPIEGEL', 'ZEIT ONLINE', 'DER STANDARD', 'taz', 'NZZ', 'profil']) {
      expect(outlets.has(label), label).toBe(true)
    }
    for (const label of ['Frage', 'F', 'Interviewer', 'Interviewerin', 'Moderatorin']) {
      expect(outlets.has(label), label).toBe(true)
    }
  })

  it('should be large enough, trimmed and without repeats', () => {
    expect(organisationHeads.length).toBeGreaterThanOrEqual(100)
    expect(new Set(organisationHeads).size).toBe(organisationHeads.length)
    for (const head of organisationHeads) expect(head, head).toBe(head.trim().toLowerCase())
    expect(knownOrganisations.size).toBeGreaterThanOrEqual(300)
    expect(outlets.size).toBeGreaterThanOrEqual(100)
    for (const name of [...knownOrganisations, ...outlets]) {
      expect(name, name).toBe(name.trim())
      expect(name, name).not.toMatch(/\s{2}/)
    }
    expect(repeatsIn('src/lexicon/organisations.ts', 'knownOrganisations')).toEqual([])
    expect(repeatsIn('src/lexicon/organisations.ts', 'outlets')).toEqual([])
  })
})

