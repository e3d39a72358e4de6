/**
 * The table of speakers of one document: turns speaker mentions (noun
 * phrases) into entries of the root's `speakers`, merging the forms one
 * person or organisation takes (`Mark Rutte`, `Rutte`, `der Nato-Chef`) and
 * keeping apart two people who share a surname.
 *
 * All look-ups are by key in maps; nothing scans the whole table per mention
 * except pronoun and role look-ups, which scan a short recency list.
 *
 * @module
 */

import {joinedOrganisations, lowerCaseOrganisations} from '../lexicon/organisations.js'
import type {Speaker} from '../types.js'
import {isAgeNoun, isNameWord, type NounPhrase} from './noun-phrase.js'
import {femaleFirstNames, maleFirstNames, ambiguousFirstNames} from '../lexicon/first-names.js'
import {femaleRoleHeads, honorifics, maleRoleHeads, postHeads, roleHeads, sameOffices} from '../lexicon/roles.js'
import {knownOrganisations, organisationHeads} from '../lexicon/organisations.js'
import {isUpper} from './tokens.js'
import {sourceNouns, titleNouns} from '../lexicon/function-words.js'

/** How many recent entities a pronoun or bare role looks back over. */
const recencyWindow = 12

/** Longest role or organisation head looked for at the end of a word. */
const maxHeadLength = 32

/** Role heads as a set, for suffix look-ups. */
const roleHeadSet: ReadonlySet<string> = new Set(roleHeads)

/** Organisation heads as a set, for suffix look-ups. */
const organisationHeadSet: ReadonlySet<string> = new Set(organisationHeads)

/**
 * A node of a trie of heads read backwards (last character first): looking
 * for a head at the end of a word walks the word from its end, without
 * slicing out every suffix.
 */
interface SuffixNode {
  /** Next nodes by the UTF-16 code unit before. */
  next: Map<number, SuffixNode>
  /** Whether the code units read so far (backwards) are a whole head. */
  head: boolean
}

/** Heads as a set (whole words) and as a backward trie (suffixes). */
interface Heads {
  /** The heads. */
  set: ReadonlySet<string>
  /** Their backward trie. */
  trie: SuffixNode
}

/** Role heads, for suffix look-ups. */
const roleHeadIndex: Heads = headsOf(roleHeadSet)

/** Organisation heads, for suffix look-ups. */
const organisationHeadIndex: Heads = headsOf(organisationHeadSet)

/** An entity with what resolution needs. */
interface Entity {
  /** The public entry. */
  speaker: Speaker
  /** Surname (last name word), lower case, for persons. */
  surname?: string
  /** Given names, lower case, for persons with a full name. */
  given?: string
  /** Role words, lower case. */
  roles: Set<string>
  /** Order of the last mention. */
  last: number
  /** Forms already listed (name and aliases), for constant-time checks. */
  forms: Set<string>
}

/** Words of a phrase sorted into what they are. */
interface Parts {
  /** Name words (given names, surnames, particles). */
  names: string[]
  /** Role words (`Verteidigungsminister`). */
  roles: string[]
  /** Organisation words (`Staatsanwaltschaft`, `BKA`). */
  organisations: string[]
  /** Gender from an honorific or a role. */
  gender?: 'female' | 'male'
  /** Whether an affiliation follows the role (`Sprecher von Siemens`). */
  affiliated?: boolean
  /** Whether an adjective tells a plural role (`Unabhängige Beobachter`). */
  group?: boolean
}

/** The speaker table of a document. */
export interface Registry {
  /** Entries in order of first mention. */
  speakers: Speaker[]
  /**
   * Resolve a noun phrase to a speaker identifier, adding or updating an
   * entry.
   */
  resolve: (phrase: NounPhrase, text: string, order: number, source?: boolean) => string | undefined
  /**
   * Whether a phrase can name a speaker: a pronoun, a role, a body, a known
   * given name, or a surname the text has used with a given name before.
   */
  plausible: (phrase: NounPhrase) => boolean
  /**
   * Whether a phrase names a speaker by more than the shape of a capitalised
   * word: a pronoun, a quoted name, a role, a body, a given name, or a name
   * the text has used before. For weak frames (a colon after a sentence
   * with no verb of saying), where `der Streit` must not speak.
   */
  known: (phrase: NounPhrase) => boolean
  /** Resolve a pronoun to the most recent fitting speaker. */
  pronoun: (pronoun: string, order: number) => string | undefined
  /**
   * Record a full name seen anywhere in the text (`Mark Rutte`), with the
   * role written right before it (`Verkehrsministerin`), if any, and the
   * gender the words before it tell (`Der Italiener Nicola …`), if any.
   */
  noteName: (given: string[], surname: string, order: number, role?: string, gender?: 'female' | 'male') => undefined
  /** Give surname-only entries the fullest name the text uses. */
  finish: () => undefined
  /**
   * Find or add an entry by a name as written (a transcript label, a credit
   * line): a person's full name or surname, an outlet.
   */
  named: (name: string, kind: Speaker['kind'], order: number) => string
  /** Add another form (a role phrase) to an entry. */
  addAlias: (identifier: string, value: string) => undefined
  /**
   * Find or add a source named by description (`dem Bericht zufolge`,
   * `nach Polizeiangaben`): a loose entry with the phrase as its name.
   */
  source: (text: string, order: number) => string
  /** Kind of an entry. */
  kindOf: (identifier: string) => Speaker['kind'] | undefined
}

/**
 * Create an empty registry.
 *
 * @returns
 *   Registry.
 */
export function createRegistry(): Registry {
  const entities: Entity[] = []
  const byIdentifier = new Map<string, Entity>()
  const byName = new Map<string, Entity>()
  const bySurname = new Map<string, Entity[]>()
  // Full names seen in text, by surname (lower case), with the order seen.
  const fullNames = new Map<string, Array<{name: string; given: string; order: number}>>()
  // Genders told by the words before a noted name (`Der Italiener …`).
  const nameGenders = new Map<string, 'female' | 'male'>()
  const speakers: Speaker[] = []
  // Roles before full names in text order, for look-backs.
  const roleOrder: Array<[string, {name: string; order: number}]> = []
  // Full names in the order the text gives them, for look-backs.
  const noted: Array<{name: string; order: number}> = []
  // Full name → the role written right before it.
  const nameRoles = new Map<string, string>()

  // The phrase sorted last: `plausible` and then `resolve` ask about the
  // same phrase.
  let sortedPhrase: NounPhrase | undefined
  let sortedParts: Parts | undefined
  // Parts by the words of a phrase (see `phraseKey`): a text names the same
  // people again and again, and sorting depends on nothing but the words.
  const partsByWords = new Map<string, Parts>()

  return {speakers, resolve, plausible, known, pronoun, noteName, finish, addAlias, named, source, kindOf}

  function kindOf(identifier: string): Speaker['kind'] | undefined {
    return byIdentifier.get(identifier)?.speaker.kind
  }

  function partsOf(phrase: NounPhrase): Parts {
    if (phrase !== sortedPhrase || sortedParts === undefined) {
      const key = phraseKey(phrase)
      let parts = partsByWords.get(key)
      if (parts === undefined) {
        parts = sort(phrase)
        partsByWords.set(key, parts)
      }

      sortedParts = parts
      sortedPhrase = phrase
    }

    return sortedParts
  }

  function named(name: string, kind: Speaker['kind'], order: number): string {
    const words = name.split(/\s+/).filter(Boolean)
    if (kind === 'person' && words.length > 0 && isUpper(words[words.length - 1].charAt(0))) {
      return person({names: words, roles: [], organisations: []}, name, order)
    }

    let entity = byName.get(name.toLowerCase())
    if (!entity) entity = create(name, kind, order)
    entity.last = order
    return entity.speaker.identifier
  }

  function known(phrase: NounPhrase): boolean {
    if (phrase.pronoun || phrase.quoted !== undefined) return true
    const parts = partsOf(phrase)
    if (parts.organisations.length > 0 || parts.roles.length > 0) return true
    for (const name of parts.names) {
      const lower = name.toLowerCase()
      if (femaleFirstNames.has(name) || maleFirstNames.has(name) || bySurname.has(lower) || fullNames.has(lower)) return true
    }

    return false
  }

  function addAlias(identifier: string, value: string): undefined {
    const entity = byIdentifier.get(identifier)
    if (entity) alias(entity, value)
    return undefined
  }

  /**
   * The most recent full name seen at or before `order` whose given name fits
   * `gender` (a bounded look-back).
   */
  function recentName(
    order: number,
    gender: 'female' | 'male' | undefined,
    strict: boolean
  ): {name: string; order: number} | undefined {
    for (let index = noted.length - 1, seen = 0; index >= 0 && seen < recencyWindow * 4; index--, seen++) {
      const entry = noted[index]
      if (entry.order > order) continue
      const role = nameRoles.get(entry.name)
      const fits = (role !== undefined ? roleGender(role.toLowerCase()) : undefined) ?? nameGenders.get(entry.name) ?? genderOf(entry.name.split(' ').slice(0, -1))
      if (strict ? fits === gender : gender === undefined || fits === undefined || fits === gender) return entry
    }

    return undefined
  }

  /**
   * The most recent roles seen before full names (a bounded look-back).
   */
  function recentRoles(): Array<[string, {name: string; order: number}]> {
    return roleOrder.slice(Math.max(0, roleOrder.length - recencyWindow * 4))
  }

  function noteName(given: string[], surname: string, order: number, role?: string, gender?: 'female' | 'male'): undefined {
    const key = surname.toLowerCase()
    const name = given.join(' ') + ' ' + surname
    if (gender !== undefined) nameGenders.set(name, gender)
    if (role !== undefined && endsWithAny(role, roleHeadIndex)) {
      roleOrder.push([role.toLowerCase(), {name, order}])
      nameRoles.set(name, role)
    }
    const list = fullNames.get(key) ?? []
    if (!list.some((entry) => entry.name === name)) list.push({name, given: given.join(' ').toLowerCase(), order})
    fullNames.set(key, list)
    noted.push({name, order})
    return undefined
  }

  function pronoun(value: string, order: number): string | undefined {
    const lower = value.toLowerCase()
    const want =
      lower === 'er' || lower === 'dieser' || lower === 'jener'
        ? 'male'
        : lower === 'sie' || lower === 'diese' || lower === 'jene'
          ? 'female'
          : undefined
    if (!want) return undefined
    // Best fit first: a person of that gender, then a person of unknown
    // gender, then (for `sie`) a body or group.
    let best: Entity | undefined
    let bestRank = 0
    let seen = 0
    for (let index = entities.length - 1; index >= 0 && seen < recencyWindow; index--) {
      seen++
      const entity = entities[index]
      const speaker = entity.speaker
      const rank =
        speaker.kind === 'person'
          ? speaker.gender === want
            ? 3
            : speaker.gender === undefined && !speaker.loose
              ? 2
              : 0
          : want === 'female'
            ? 1
            : 0
      if (rank === 0) continue
      if (rank > bestRank || (rank === bestRank && best && entity.last > best.last)) {
        best = entity
        bestRank = rank
      }
    }

    // A person named in the narration more recently than any speaker
    // (`Die Bürgermeisterin, Anna Roth, … Das sei nötig, sagte sie.`).
    const recent = recentName(order, want, true)
    if (recent && (!best || bestRank < 3 || recent.order > best.last)) {
      const existing = byName.get(recent.name.toLowerCase())
      if (!existing || existing !== best) {
        return person({names: recent.name.split(' '), roles: [], organisations: []}, recent.name, order)
      }
    }

    if (best) best.last = Math.max(best.last, order)
    return best?.speaker.identifier
  }

  function plausible(phrase: NounPhrase): boolean {
    // `sagten einige`: a quantifier alone stands for a group.
    if (phrase.pronoun || phrase.quoted !== undefined || (phrase.partitive && phrase.words.length === 1)) return true
    const parts = partsOf(phrase)
    if (parts.organisations.length > 0 || parts.roles.length > 0) return true
    if (parts.names.length === 0) return false
    for (const name of parts.names) {
      if ((femaleFirstNames.has(name) || maleFirstNames.has(name)) && (!ambiguousFirstNames.has(name) || parts.names.length > 1)) return true
    }

    // A capitalised word: a surname or a country, unless it has the
    // shape of an abstract noun (`Zustimmung`, `Einheit`, `Kritik`) or names
    // a time (`letzten September`, `am Montag`).
    // `Papier schreibt` after `Hans-Jürgen Papier`: a surname seen before
    // is a name, whatever its shape (`das Papier` is still a paper).
    for (const name of parts.names) if ((abstractNoun(name) && (phrase.determined || !surnameSeen(name))) || timeNouns.has(name) || titleNouns.has(name.toLowerCase())) return false
    // `Grundsätzlich`, `Möglicherweise`, `Relativierend`, `Monatelang` at the
    // start of a sentence: adverbs, unless the text used the word as a
    // surname before (`Anna Fröhlich`).
    if (parts.names.length === 1 && !phrase.determined && /(?:lich|weise|ierend|elang|nlang)$/.test(parts.names[0])) {
      const lower = parts.names[0].toLowerCase()
      if (!bySurname.has(lower) && !fullNames.has(lower)) return false
    }

    return true
  }

  /** Whether a word was seen as the surname of a full name. */
  function surnameSeen(name: string): boolean {
    const lower = name.toLowerCase()
    return bySurname.has(lower) || fullNames.has(lower)
  }

  function resolve(phrase: NounPhrase, text: string, order: number, inSource = false): string | undefined {
    if (phrase.pronoun) return pronoun(phrase.words[0].text, order)
    // `das Magazin „Der Spiegel“`: the quoted name names the body.
    if (phrase.quoted !== undefined) return organisation(phrase.quoted, text, order)
    const parts = partsOf(phrase)
    // `einer der Beamten`: one of a group, named by the phrase; `Anna Roth
    // und Ben Arndt`: a group, named by the phrase.
    if (phrase.partitive) return description({names: [], roles: [], organisations: [], gender: parts.gender}, text, order)
    if (phrase.coordinated) return description({names: [], roles: [], organisations: []}, text, order, 'group')
    if (parts.names.length > 0 && parts.names.every((name) => abstractNoun(name) && (phrase.determined || !surnameSeen(name))) && parts.roles.length === 0 && parts.organisations.length === 0) {
      return source(text, order)
    }

    // `der Deutsch-Israeli`, `der Mann`: a definite description of one word
    // that is no known name refers back like a role.
    if (
      phrase.definite &&
      parts.names.length === 1 &&
      parts.roles.length === 0 &&
      parts.organisations.length === 0 &&
      !femaleFirstNames.has(parts.names[0]) &&
      !maleFirstNames.has(parts.names[0]) &&
      !bySurname.has(parts.names[0].toLowerCase()) &&
      !fullNames.has(parts.names[0].toLowerCase())
    ) {
      // After `nach Angaben`, `laut`, `zufolge` the phrase is genitive or
      // dative (`der Tagesthemen`): no man referred back to, a source.
      if (inSource) return source(text, order)
      // `Das Grundgesetz`, `Der Staatsschutz`: a neuter or a noun of no
      // person's shape names a thing or a body, not someone named before.
      const article = phrase.words[0].text.toLowerCase()
      // `die in Köln geborene Roth`: someone new is named by the word after
      // an extended attribute (words between the article and the adjective),
      // not by the attribute. Only one named so in the nominative singular
      // (`geborene`, not `die in Paris stationierten Inspektoren`) and with
      // nothing after the word; `der Mann` stays a description, and so does
      // a plain adjective (`der mexikanische Staat`).
      const last = phrase.words.length - 1
      const extended = last > 1 && phrase.words[1].index - phrase.words[0].index > 2
      const attributed = extended && phrase.words[last].text === parts.names[0] && phrase.end === phrase.headEnd && phrase.words[last - 1].text.endsWith('e')
      const named = attributed && !genericPersons.has(parts.names[0].toLowerCase()) ? parts.names[0] : undefined
      if (article === 'das' || article === 'dieses' || !personShape(parts.names[0])) {
        const identifier = source(named ?? text, order)
        if (named) addAlias(identifier, text)
        return identifier
      }

      // `die Hongkonger`, `die Demonstranten`: after `die` a word of no
      // feminine form (`die Deutsche`, `die Kanadierin`, `die Frau`, `die
      // Mutter`) is a plural, a group of its own, not someone named before.
      if (article === 'die' && !named && !feminineSingular.test(parts.names[0])) return description({names: [], roles: parts.names, organisations: [], group: true}, text, order, 'group')
      return role({names: [], roles: parts.names, organisations: [], gender: parts.gender}, phrase, text, order, named)
    }

    if (parts.names.length > 0 && (parts.organisations.length === 0 || parts.roles.length > 0 || isPersonName(parts.names))) {
      return person(parts, text, order)
    }

    // `der Konzernchef von FACC`: a role with its body refers back to the
    // person introduced with that role (`Konzernchef Robert Machtlinger`).
    if (parts.roles.length > 0 && phrase.definite && parts.names.length === 0) {
      const introduced = introducedWith(parts.roles, order)
      if (introduced) {
        alias(introduced, text)
        return introduced.speaker.identifier
      }
    }

    if (parts.organisations.length > 0) {
      // `Die Hilfsorganisation Ärzte ohne Grenzen`: the known name.
      const joined = parts.organisations.find((value) => value.includes(' '))
      if (joined) return organisation(joined, text, order)
      // `der Konzern`, `des Unternehmens`: the organisation named before.
      if (phrase.definite && parts.names.length === 0 && parts.organisations.every((word) => !knownOrganisations.has(word))) {
        // The most recent organisation; before it, one introduced with a
        // word of that kind (`der Konzern` after `der Rüstungskonzern
        // Rheinmetall`).
        const kind = parts.organisations[parts.organisations.length - 1].toLowerCase()
        let best: Entity | undefined
        let bestOfKind: Entity | undefined
        let seen = 0
        for (let index = entities.length - 1; index >= 0 && seen < recencyWindow; index--) {
          seen++
          const entity = entities[index]
          if (entity.speaker.kind !== 'organisation' || entity.speaker.loose) continue
          const as = introducedAs(entity, kind)
          // `des Konzerns` is no `Datenschutzbehörde`: a body named as
          // another kind is not meant.
          if (as === false) continue
          if (!best || entity.last > best.last) best = entity
          if ((!bestOfKind || entity.last > bestOfKind.last) && as) bestOfKind = entity
        }

        best = bestOfKind ?? best

        if (best && genericOrganisation(parts.organisations[parts.organisations.length - 1])) {
          best.last = order
          alias(best, text)
          return best.speaker.identifier
        }
      }

      // In the order written (`Deutsche Presseagentur`, `Berliner
      // Verfassungsschutz`).
      const kept = new Set([...parts.organisations, ...parts.names])
      const name = phrase.words
        .filter((word, index) => word.index < phrase.headEnd && (index > 0 || !phrase.determined) && kept.has(word.text))
        .map((word) => word.text)
        .join(' ')
      return organisation(name || text.trim(), text, order)
    }

    if (parts.roles.length > 0) return role(parts, phrase, text, order)
    return source(text, order)
  }

  function source(text: string, order: number): string {
    // A document or statement named as the source (`dem Bericht zufolge`),
    // named without its article; a short form in brackets after it
    // (`Direktion Staatsschutz (DSN)`) is an alias.
    let name = text.trim() || 'unbekannte Quelle'
    let short: string | undefined
    const bracket = /^(.*\S)\s*\(([^()\s]{2,12})\)$/.exec(name)
    if (bracket) {
      name = bracket[1]
      short = bracket[2]
    }

    const article = /^(?:der|die|das|dem|den|des|dieser|diese|dieses|diesem|diesen)\s+(?=\S)/i.exec(name)
    if (article && name.length > article[0].length) name = name.slice(article[0].length)
    const key = normalise(name)
    let entity = byName.get(key)
    if (!entity) {
      entity = create(name, 'source', order)
      entity.speaker.loose = true
      byName.set(key, entity)
    }

    if (name !== text.trim()) alias(entity, text.trim())
    if (short) alias(entity, short)
    entity.last = order
    return entity.speaker.identifier
  }

  function person(parts: Parts, text: string, order: number): string {
    const names = parts.names
    const surname = names[names.length - 1]
    const surnameKey = surname.toLowerCase()
    const givenNames = names.slice(0, -1).filter((word) => isUpper(word.charAt(0)))
    const given = givenNames.join(' ').toLowerCase()
    const full = names.join(' ')
    let entity = byName.get(full.toLowerCase())

    if (!entity) {
      const same = bySurname.get(surnameKey) ?? []
      if (given) {
        // A surname-only entry, or one with the same given names, is this person.
        entity = same.find((candidate) => candidate.given === undefined || candidate.given === given)
        if (entity && entity.given === undefined) {
          entity.given = given
          rename(entity, full)
        }
      } else {
        // The most recent person with this surname; a surname in the
        // genitive (`nach Aussagen Gordons`) is that person too.
        const genitive = same.length === 0 && names.length === 1 && /[^s]s$/.test(surnameKey) ? (bySurname.get(surnameKey.slice(0, -1)) ?? []) : same
        for (const candidate of genitive) if (!entity || candidate.last > entity.last) entity = candidate
      }
    }

    if (!entity) {
      entity = create(full, 'person', order)
      entity.surname = surnameKey
      if (given) entity.given = given
      const list = bySurname.get(surnameKey) ?? []
      list.push(entity)
      bySurname.set(surnameKey, list)
    }

    entity.last = order
    const speaker = entity.speaker
    alias(entity, full)
    alias(entity, text)
    for (const value of parts.roles) addRole(entity, value)
    const noted = nameRoles.get(speaker.name)
    if (noted !== undefined) addRole(entity, noted)
    // A gendered role (`die Interviewerin Roni Aviram`) tells more than a
    // first name used by both.
    const gender = parts.gender ?? (noted !== undefined ? roleGender(noted.toLowerCase()) : undefined) ?? genderOf(givenNames)
    if (gender && !speaker.gender) speaker.gender = gender
    return speaker.identifier
  }

  function organisation(name: string, text: string, order: number): string {
    let entity = byName.get(name.toLowerCase())
    if (!entity) entity = create(name, 'organisation', order)
    entity.last = order
    alias(entity, text)
    return entity.speaker.identifier
  }

  /**
   * The most recent person entry that carries one of `roles` (a bounded
   * look-back).
   */
  function introducedWith(roles: string[], order: number): Entity | undefined {
    const wanted = roles.map((value) => value.toLowerCase())
    let seen = 0
    for (let index = entities.length - 1; index >= 0 && seen < recencyWindow * 2; index--) {
      seen++
      const entity = entities[index]
      if (entity.speaker.loose || entity.speaker.kind !== 'person') continue
      if (wanted.some((value) => hasRole(entity, value))) {
        entity.last = Math.max(entity.last, order)
        return entity
      }
    }

    return undefined
  }

  function role(parts: Parts, phrase: NounPhrase, text: string, order: number, named?: string): string | undefined {
    const roles = parts.roles.map((value) => value.toLowerCase())
    // `der Kanzler`, `so der CEO`, `der Publizist`: the entity introduced with
    // that role, else the most recent named person (a definite description
    // refers back).
    if (phrase.definite || !phrase.determined) {
      let withRole: Entity | undefined
      let named: Entity | undefined
      let unnamed: Entity | undefined
      const generic = roles.length === 1 ? genericPersons.get(roles[0]) : undefined
      let seen = 0
      for (let index = entities.length - 1; index >= 0 && seen < recencyWindow * 2; index--) {
        seen++
        const entity = entities[index]
        const speaker = entity.speaker
        if (speaker.kind !== 'person') continue
        // `ein Aktivist … der Aktivist`: a definite role refers back to the
        // one introduced with it, also when no name was given.
        if (speaker.loose) {
          if (phrase.definite && /^(?:ein|eine) /i.test(speaker.name) && roles.some((value) => hasRole(entity, value)) && (!withRole || entity.last > withRole.last)) withRole = entity
          // `Ein Aktivist erklärte, … Der Mann sagte`: a word for anyone of
          // that sex refers back to someone introduced without a name; not to
          // a spokesperson (`ein Sprecher`), who speaks for a body.
          if (
            generic !== undefined &&
            phrase.definite &&
            /^(?:ein|eine) /i.test(speaker.name) &&
            speaker.gender === generic &&
            !speaker.roles.some((value) => /sprecher(?:in)?$/i.test(value)) &&
            (!unnamed || entity.last > unnamed.last)
          ) {
            unnamed = entity
          }
          continue
        }

        if (roles.some((value) => hasRole(entity, value)) && (!withRole || entity.last > withRole.last)) withRole = entity
        const fits = parts.gender === undefined || speaker.gender === undefined || speaker.gender === parts.gender
        if (fits && (!named || entity.last > named.last)) named = entity
      }

      withRole ??= unnamed

      // A role seen before a full name in narration.
      if (!withRole) {
        for (const value of roles) {
          for (const [written, entry] of recentRoles()) {
            if (written === value || written.endsWith(value)) {
              const words = entry.name.split(' ')
              const identifier = person({names: words, roles: [], organisations: []}, entry.name, order)
              withRole = byIdentifier.get(identifier)
              break
            }
          }

          if (withRole) break
        }
      }

      // A person named in the narration more recently than any entity.
      if (!withRole && !plural(parts.roles[0]) && !parts.group) {
        const recent = recentName(order, parts.gender, false)
        if (recent && (!named || recent.order > named.last)) {
          const identifier = person({names: recent.name.split(' '), roles: [], organisations: []}, recent.name, order)
          named = byIdentifier.get(identifier)
        }
      }

      // `Premier John Kerr … der General`: a person the text gave other roles
      // is not the one a new role refers back to.
      if (!withRole && named && !rolesFit(named, roles)) named = undefined

      // `der Sprecher von Siemens`, `der Konzern-Sprecher` name someone new
      // unless introduced so; so does `der 81-Jährige`, whose age tells
      // nothing of who was named last.
      const best = withRole ?? (plural(parts.roles[0]) || parts.group || parts.affiliated || spokesperson(roles) || parts.roles.every(isAgeNoun) ? undefined : named)
      if (best) {
        best.last = order
        alias(best, text)
        for (const value of parts.roles) addRole(best, value)
        return best.speaker.identifier
      }
    }

    const identifier = description(parts, named ?? text, order)
    if (named) addAlias(identifier, text)
    return identifier
  }

  /**
   * A description alone (`ein Sprecher des Konzerns`, `einer der Beamten`):
   * a loose entry named by the phrase.
   */
  function description(parts: Parts, text: string, order: number, kind?: Speaker['kind']): string {
    const key = normalise(text)
    let entity = byName.get(key)
    if (!entity) {
      entity = create(text, kind ?? (parts.roles.length > 0 && (plural(parts.roles[0]) || parts.group) ? 'group' : 'person'), order)
      entity.speaker.loose = true
      for (const value of parts.roles) addRole(entity, value)
      if (parts.gender) entity.speaker.gender = parts.gender
      byName.set(key, entity)
    }

    entity.last = order
    return entity.speaker.identifier
  }

  function create(name: string, kind: Speaker['kind'], order: number): Entity {
    const speaker: Speaker = {identifier: 's' + (speakers.length + 1), name, aliases: [], kind, roles: []}
    const entity: Entity = {speaker, roles: new Set(), last: order, forms: new Set([name])}
    speakers.push(speaker)
    entities.push(entity)
    byIdentifier.set(speaker.identifier, entity)
    byName.set(name.toLowerCase(), entity)
    return entity
  }

  function rename(entity: Entity, name: string): undefined {
    const speaker = entity.speaker
    if (speaker.name === name) return undefined
    // The old name becomes an alias; the new one leaves the aliases.
    if (!speaker.aliases.includes(speaker.name)) speaker.aliases.push(speaker.name)
    speaker.aliases = speaker.aliases.filter((value) => value !== name)
    entity.forms.add(name)
    speaker.name = name
    byName.set(name.toLowerCase(), entity)
    return undefined
  }

  function alias(entity: Entity, value: string): undefined {
    const trimmed = value.trim()
    if (trimmed && !entity.forms.has(trimmed)) {
      entity.forms.add(trimmed)
      entity.speaker.aliases.push(trimmed)
    }

    return undefined
  }

  function addRole(entity: Entity, value: string): undefined {
    const lower = value.toLowerCase()
    if (!entity.roles.has(lower)) {
      entity.roles.add(lower)
      entity.speaker.roles.push(value)
      const gender = roleGender(lower)
      if (gender && !entity.speaker.gender) entity.speaker.gender = gender
    }

    return undefined
  }

  function finish(): undefined {
    for (const entity of entities) {
      if (entity.speaker.kind !== 'person' || entity.given !== undefined || !entity.surname) continue
      const candidates = fullNames.get(entity.surname)
      if (!candidates || candidates.length === 0) continue
      // Prefer the full name seen before the entity's first mention.
      const choice = candidates.length === 1 ? candidates[0] : candidates.find((entry) => entry.order <= entity.last) ?? candidates[0]
      // Another entity already has that full name: leave this one.
      if (byName.get(choice.name.toLowerCase()) && byName.get(choice.name.toLowerCase()) !== entity) continue
      entity.given = choice.given
      rename(entity, choice.name)
      const gender = genderOf(choice.given.split(' ').map((word) => word.charAt(0).toUpperCase() + word.slice(1)))
      if (gender && !entity.speaker.gender) entity.speaker.gender = gender
    }

    return undefined
  }
}

/**
 * What {@link sort} reads of a phrase, as a string: whether it has a
 * determiner, and each word with whether it stands in the head. Two phrases
 * with the same key sort into the same parts (the callers never change
 * parts, so one object serves both).
 */
function phraseKey(phrase: NounPhrase): string {
  let key = phrase.determined ? 'd' : 'n'
  for (const word of phrase.words) key += (word.index < phrase.headEnd ? '\u0001' : '\u0002') + word.text
  return key
}

/**
 * Sort the words of a phrase's head into names, roles and organisations.
 */
function sort(phrase: NounPhrase): Parts {
  const parts: Parts = {names: [], roles: [], organisations: []}
  let index = phrase.determined ? 1 : 0
  for (; index < phrase.words.length; index++) {
    const word = phrase.words[index]
    if (word.index >= phrase.headEnd) break
    const text = word.text
    // `die taz`, `die Gewerkschaft ver.di`: a known body written in lower case.
    if (lowerCaseOrganisations.has(text)) {
      parts.organisations.push(text)
      continue
    }

    // `Ärzte ohne Grenzen`: a known name of several words, as one.
    const joined = joinedOrganisations.get(text)
    const rest = joined?.find((words) => words.every((value, offset) => phrase.words[index + 1 + offset]?.text === value))
    if (rest) {
      parts.organisations.push([text, ...rest].join(' '))
      index += rest.length
      continue
    }

    // `der 72-Jährige`: a person described by age, like a role.
    if (isAgeNoun(text)) {
      parts.roles.push(text)
      continue
    }

    if (!isNameWord(text)) {
      // `Konzernchef von FACC`: after a role and before any name, `von`
      // starts the affiliation, not a name.
      if (parts.names.length === 0 && parts.roles.length > 0 && (text === 'von' || text === 'vom')) {
        parts.affiliated = true
        break
      }

      // Particles inside names; adjectives are skipped.
      if (parts.names.length > 0) parts.names.push(text)
      continue
    }

    // `Herr`, `Frau`, `Dr.` before a name; after a given name the same word
    // is a surname (`Paul Graf`).
    const honorific = honorifics.get(text)
    // A title with nothing after it is the role itself (`die Königin`);
    // `die Frau`, `der Herr` after an article name the person.
    const last = index === phrase.words.length - 1 || phrase.words[index + 1].index >= phrase.headEnd
    if (honorifics.has(text) && parts.names.length === 0 && !(last && (isRoleNoun(text) || (phrase.determined && genericPersons.has(text.toLowerCase()))))) {
      if (honorific) parts.gender = honorific
      continue
    }

    // A member title that is also a chamber (`Ständerat`) is a person after
    // an article or before a name; elsewhere bodies come first.
    const memberTitle = roleHeadSet.has(text.toLowerCase()) && (phrase.determined || index < phrase.words.length - 1)
    if (!memberTitle && (knownOrganisations.has(text) || endsWithAny(text, organisationHeadIndex))) {
      parts.organisations.push(text)
    } else if (endsWithAny(text, roleHeadIndex)) {
      // Place adjectives before a role are no names (`Tessiner Ständerat`,
      // `Berner Gesundheitsdirektor`).
      while (parts.names.length > 0 && parts.names[parts.names.length - 1].endsWith('er')) parts.names.pop()
      // `Unabhängige Beobachter`, `Kanadische Ärzte`: an adjective with no
      // article, capitalised at the sentence start, before a role; its
      // strong ending `-e` tells a plural (`Unabhängige Beobachterin` is
      // one woman).
      if (!phrase.determined && index === 1 && parts.names.length === 1 && groupAdjective(parts.names[0]) && !text.endsWith('in')) {
        parts.names.pop()
        parts.group = true
      }

      // `Die Befürworter`: after `die` a role is plural unless its form is
      // feminine (`die Sprecherin`, `die Vorsitzende`, `die Kauffrau`).
      if (phrase.determined && parts.roles.length === 0 && phrase.words[0].text.toLowerCase() === 'die' && !/(?:in|e|frau)$/.test(text)) parts.group = true

      parts.roles.push(text)
      parts.gender ??= roleGender(text.toLowerCase())
    } else {
      parts.names.push(text)
    }
  }

  // Trailing particles are not names.
  while (parts.names.length > 0 && !isNameWord(parts.names[parts.names.length - 1])) parts.names.pop()

  // A name starts at its first given name (`Hamburger Johannes Caspar`,
  // `Zürcher Gregor Rutz`: the words before are adjectives of place).
  const given = parts.names.findIndex((name) => femaleFirstNames.has(name) || maleFirstNames.has(name))
  if (given > 0) parts.names = parts.names.slice(given)

  // `Prechts Prognose`, `Rüttgers Ansicht`: the genitive name speaks.
  const last = parts.names[parts.names.length - 1]
  if (parts.names.length >= 2 && last !== undefined && opinionNouns.has(last.toLowerCase())) {
    const owner = parts.names[parts.names.length - 2]
    if (owner.endsWith('s') && owner.length > 3) parts.names = [...parts.names.slice(0, -2), owner.slice(0, -1)]
  }

  return parts
}

/**
 * Words for anyone of one sex (lower case), with that sex: `der Mann`, `die
 * Frau` refer back to someone the text introduced without a name (`ein
 * Aktivist`, `eine Zeugin`), not to the last person named.
 */
const genericPersons: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ['mann', 'male'],
  ['frau', 'female']
])

/** Generic words for a company or body that refer back (`der Konzern`). */
const genericOrganisations: ReadonlySet<string> = new Set([
  'konzern', 'konzerns', 'unternehmen', 'unternehmens', 'firma', 'partei', 'verband', 'verbands',
  'verbandes', 'verein', 'vereins', 'hersteller', 'herstellers', 'gruppe', 'organisation',
  'behörde', 'ministerium', 'ministeriums', 'regierung', 'bank', 'gewerkschaft', 'klub', 'club',
  'autobauer', 'autobauers', 'zulieferer', 'zulieferers', 'rüstungskonzern', 'rüstungskonzerns'
])

/**
 * Whether an entity was named with a word ending in `kind` (lower case, a
 * genitive `-s` or `-es` taken off): `true` for `Rüstungskonzern` and
 * `konzerns`; `false` when it was named only with words for other kinds of
 * body (`Datenschutzbehörde`); `undefined` when its names tell no kind
 * (`Rheinmetall`).
 */
function introducedAs(entity: Entity, kind: string): boolean | undefined {
  const stem = kind.endsWith('es') && kind.length > 5 ? kind.slice(0, -2) : kind.endsWith('s') ? kind.slice(0, -1) : kind
  let other = false
  for (const form of entity.forms) {
    for (const word of form.split(' ')) {
      const lower = word.toLowerCase()
      if (lower.endsWith(kind) || lower.endsWith(stem)) return true
      if (!other && endsWithAny(word, organisationHeadIndex)) other = true
    }
  }

  return other ? false : undefined
}

/**
 * Whether an organisation word is generic (`Konzern`, not `Bundesregierung`).
 */
function genericOrganisation(word: string): boolean {
  return genericOrganisations.has(word.toLowerCase())
}

/** Nouns of stated opinion after a genitive name (`Prechts Prognose`). */
const opinionNouns: ReadonlySet<string> = new Set([
  'prognose', 'meinung', 'ansicht', 'einschätzung', 'auffassung', 'sicht', 'aussage', 'worte',
  'worten', 'angaben', 'darstellung', 'überzeugung', 'urteil', 'fazit', 'bilanz', 'kritik', 'idee',
  'wunsch', 'vorstellung', 'vorstellungen', 'plänen'
])

/**
 * Whether name words start with a known given name.
 */
function isPersonName(names: string[]): boolean {
  return names.length > 1 && (femaleFirstNames.has(names[0]) || maleFirstNames.has(names[0]))
}

/**
 * Gender from given names.
 */
function genderOf(given: string[]): 'female' | 'male' | undefined {
  for (const name of given) {
    const female = femaleFirstNames.has(name)
    const male = maleFirstNames.has(name)
    if (female && !male) return 'female'
    if (male && !female) return 'male'
    if (ambiguousFirstNames.has(name)) continue
  }

  return undefined
}

/**
 * Gender from a role word.
 */
function roleGender(lower: string): 'female' | 'male' | undefined {
  // The longest head decides (`ministerin` before `in`): walk the word from
  // its end and keep the gender of the longest head met, of two characters
  // or more and at most {@link maxHeadLength}.
  let gender: 'female' | 'male' | undefined
  let node: GenderNode | undefined = genderHeads
  const most = Math.min(maxHeadLength, lower.length)
  for (let size = 1; size <= most; size++) {
    node = node.next.get(lower.charCodeAt(lower.length - size))
    if (node === undefined) break
    if (size >= 2 && node.gender !== undefined) gender = node.gender
  }

  return gender
}

/** A node of a backward trie of gendered role heads (see {@link SuffixNode}). */
interface GenderNode {
  /** Next nodes by the UTF-16 code unit before. */
  next: Map<number, GenderNode>
  /** Gender of the head read so far (backwards), if it is a whole head. */
  gender?: 'female' | 'male'
}

/**
 * Female and male role heads in one backward trie; a head in both sets is
 * female (the female set was asked first).
 */
const genderHeads: GenderNode = genderTrie()

/**
 * Build {@link genderHeads}.
 */
function genderTrie(): GenderNode {
  const root: GenderNode = {next: new Map()}
  for (const [heads, gender] of [[maleRoleHeads, 'male'], [femaleRoleHeads, 'female']] as const) {
    for (const head of heads) backwardPath<GenderNode>(root, head, () => ({next: new Map()})).gender = gender
  }

  return root
}

/**
 * The node of a backward trie at the end of `word` read from its last code
 * unit to its first, made with `make` where missing.
 */
function backwardPath<Node extends {next: Map<number, Node>}>(root: Node, word: string, make: () => Node): Node {
  let node = root
  for (let index = word.length - 1; index >= 0; index--) {
    const code = word.charCodeAt(index)
    let next = node.next.get(code)
    if (!next) {
      next = make()
      node.next.set(code, next)
    }

    node = next
  }

  return node
}

/**
 * Whether a capitalised word is an adjective with the strong plural ending
 * (`Unabhängige`, `Kanadische`, `Betroffene`), not a given name.
 */
function groupAdjective(word: string): boolean {
  return pluralAdjective.test(word) && !femaleFirstNames.has(word) && !maleFirstNames.has(word)
}

/**
 * A capitalised adjective with a strong plural ending (a module constant: the
 * bundler turns a `\p{…}` literal into `new RegExp`, which would build a
 * regex on every call).
 */
const pluralAdjective = /^\p{Lu}\p{Ll}+(?:ische|liche|ige|ene|te|ale|ere|äre|ive|bare)$/u

/**
 * Nouns that are a woman after `die`, not a plural: feminine forms and a
 * few feminine words for persons (`die Frau`, `die Person`, `die Mutter`).
 */
const feminineSingular = /(?:in|e|frau|person|mutter|tochter|schwester)$/i

/**
 * Whether a role word is plural (`Experten`, `Forscher` is ambiguous).
 */
function plural(word: string): boolean {
  return word.endsWith('innen') || word.endsWith('ten') || word.endsWith('ker')
}

/**
 * Whether roles of a definite description may refer back to an entity: the
 * description names no post (`der Mann`, `der Experte`), the entity holds
 * none, or one of them fits (`der Kanzler` for `Bundeskanzler Jan Roth`).
 */
function rolesFit(entity: Entity, roles: string[]): boolean {
  if (!roles.some(isPost)) return true
  let posts = false
  for (const own of entity.roles) if (isPost(own)) posts = true
  if (!posts) return true
  for (const value of roles) {
    if (hasRole(entity, value)) return true
    // `Regierungschef Jan Roth … der Ministerpräsident`: one office.
    const office = officeOf(value)
    if (office > 0) for (const own of entity.roles) if (officeOf(own) === office) return true
  }

  return false
}

/**
 * Whether a lower-case role is a post (`verteidigungsminister`, `general`).
 */
function isPost(role: string): boolean {
  for (const head of postHeads) if (role.endsWith(head)) return true
  return false
}

/**
 * The group in `sameOffices` of a lower-case role: that of the longest head
 * it ends with (`bundeskanzler` → that of `kanzler`), or `-1`.
 */
function officeOf(role: string): number {
  let office = -1
  let length = 0
  for (const [index, group] of sameOffices.entries()) {
    for (const head of group) if (head.length > length && role.endsWith(head)) [office, length] = [index, head.length]
  }

  return office
}

/**
 * Whether an entity has a role (compared by head: `Kanzler` fits
 * `Bundeskanzler`).
 */
function hasRole(entity: Entity, role: string): boolean {
  // The genitive and the weak declension (`des Sprechers`, `des
  // Aktivisten`, `dem Kollegen`) name the same role.
  const stem = role.endsWith('en') ? role.slice(0, -2) : role.endsWith('s') || role.endsWith('n') ? role.slice(0, -1) : role
  for (const value of entity.roles) {
    if (value === role || value.endsWith(role) || (stem.length > 3 && (value === stem || value === stem + 'e'))) return true
  }

  return false
}

/**
 * Index heads for {@link endsWithAny}.
 */
function headsOf(set: ReadonlySet<string>): Heads {
  const trie: SuffixNode = {next: new Map(), head: false}
  for (const head of set) backwardPath<SuffixNode>(trie, head, () => ({next: new Map(), head: false})).head = true

  return {set, trie}
}

/**
 * Whether a word is a role noun (`Sprecher`, `Leiterin`, `Innenminister`),
 * also as a compound or in the genitive.
 *
 * @param word
 *   Word as written.
 * @returns
 *   Whether it names a role.
 */
export function isRoleNoun(word: string): boolean {
  return endsWithAny(word, roleHeadIndex)
}

/**
 * Whether roles (lower case) name the spokesperson of a body
 * (`konzern-sprecher`, `polizeisprecherin`): someone of their own, not the
 * person named before.
 */
function spokesperson(roles: string[]): boolean {
  return roles.some((role) => /.sprecher(?:in)?$/.test(role))
}

/**
 * Whether a word names a body (`Rüstungskonzern`, `Behörde`, `BKA`), also as
 * a compound or in the genitive.
 *
 * @param word
 *   Word as written.
 * @returns
 *   Whether it names an organisation.
 */
export function isOrganisationNoun(word: string): boolean {
  return knownOrganisations.has(word) || endsWithAny(word, organisationHeadIndex)
}

/**
 * Whether a word ends with one of `heads` (a compound's head).
 */
function endsWithAny(word: string, heads: Heads): boolean {
  const lower = word.toLowerCase()
  // The word, and its stem without a genitive ending (`Konzerns`, `Verbandes`).
  if (endsWithHead(lower, heads)) return true
  if (lower.endsWith('es') && endsWithHead(lower.slice(0, -2), heads)) return true
  return lower.endsWith('s') && !lower.endsWith('ss') && endsWithHead(lower.slice(0, -1), heads)
}

/**
 * Whether `form` is a head, or ends with a head that leaves at least one
 * character before it: heads are short, so only suffixes up to
 * {@link maxHeadLength} count; short heads (under four characters) only after
 * a hyphen (`Rat`, `Nato-Rat`), so names such as `Berat` are not taken for
 * bodies.
 */
function endsWithHead(form: string, heads: Heads): boolean {
  if (heads.set.has(form)) return true
  const length = form.length
  const most = Math.min(maxHeadLength, length - 1)
  let node: SuffixNode | undefined = heads.trie
  for (let size = 1; size <= most; size++) {
    node = node.next.get(form.charCodeAt(length - size))
    if (node === undefined) return false
    if (size >= 2 && node.head && (size >= 4 || form.charCodeAt(length - size - 1) === 45 /* `-` */)) return true
  }

  return false
}

/** Endings of abstract nouns, which do not speak. */
const abstractEndings = ['ung', 'heit', 'keit', 'schaft', 'tion', 'sion', 'tät', 'nis', 'ismus', 'enz', 'anz', 'ment', 'tum', 'ungen', 'heiten', 'keiten', 'nisse', 'ziel', 'sache', 'ziele', 'halte', 'worte', 'bericht', 'berichten', 'angaben', 'erklärung', 'meldung', 'gutachten', 'studie', 'analyse', 'prognose', 'prognosen', 'umfrage', 'statistik', 'papier', 'schreiben', 'brief', 'dokument']

/**
 * Whether a word has the shape of an abstract noun.
 */
function abstractNoun(word: string): boolean {
  const lower = word.toLowerCase()
  // Short words with such an ending are names (`Jung`, `Chung`, `Hung`).
  if (lower.length < 6) return false
  if (endsWithSuffix(lower, abstractEndingTrie, 1, lower.length)) return true
  // Words that name where information comes from (`Quellen`,
  // `Medienberichten`, `Regierungskreisen`): sources, not people; also as
  // the last 5 to 20 characters, with at least 3 before them.
  if (sourceNouns.has(lower) || sourceWords.has(lower)) return true
  return endsWithSuffix(lower, sourceTrie, 5, Math.min(20, lower.length - 3))
}

/**
 * Whether `form` ends with a head of `trie` of `least` to `most` characters
 * (walked from the end, without slicing out suffixes).
 */
function endsWithSuffix(form: string, trie: SuffixNode, least: number, most: number): boolean {
  let node: SuffixNode | undefined = trie
  for (let size = 1; size <= most; size++) {
    node = node.next.get(form.charCodeAt(form.length - size))
    if (node === undefined) return false
    if (size >= least && node.head) return true
  }

  return false
}

/** Months, weekdays and times of day, which name no speaker. */
const timeNouns = new Set([
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober',
  'November', 'Dezember', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag',
  'Sonnabend', 'Sonntag', 'Morgen', 'Vormittag', 'Mittag', 'Nachmittag', 'Abend', 'Nacht', 'Wochenende',
  'Jahr', 'Jahres', 'Monat', 'Monats', 'Woche', 'Tag', 'Tages'
])

/** Nouns of sources besides statements (`Quellen`, `Kreisen`). Lower case. */
const sourceWords = new Set(['quellen', 'quelle', 'kreisen', 'kreise', 'medien', 'medienberichten', 'angaben'])

/** {@link abstractEndings} as a backward trie. */
const abstractEndingTrie: SuffixNode = headsOf(new Set(abstractEndings)).trie

/** Source nouns ({@link sourceNouns}, {@link sourceWords}) as a backward trie. */
const sourceTrie: SuffixNode = headsOf(new Set([...sourceNouns, ...sourceWords])).trie

/**
 * Normalise a phrase for comparison.
 */
function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim()
}

/**
 * Endings of German nouns for people (`Sprecher`, `Ärztin`, `Polizist`,
 * `Präsident`, `Zeuge`, `Deutsch-Israeli`, `Mann`).
 */
const personEndings = ['er', 'in', 'en', 'ern', 'ist', 'ent', 'ant', 'at', 'e', 'i', 'mann', 'frau', 'chef', 'or', 'eur', 'ling', 'oge', 'iker', 'aut', 'ekt', 'it', 'bub', 'kind']

/**
 * Whether a noun has the shape of a noun for a person.
 */
function personShape(noun: string): boolean {
  const lower = noun.toLowerCase()
  for (const ending of personEndings) if (lower.endsWith(ending)) return true
  return false
}
