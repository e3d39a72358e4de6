/**
 * Words that can stand for a speaker without naming one: personal pronouns
 * (`sagte sie`, `ihm zufolge`) and generic person nouns (`eine Frau sagte`,
 * `Anwohner berichteten`), each with the person, number and sex it shows.
 *
 * Curated by the zitat authors from German grammar and news usage.
 *
 * @module
 */

/**
 * One reading of a personal pronoun.
 *
 * A form can have more than one reading: `sie` is feminine singular or
 * plural, `ihr` is the plural of `du` or the dative of feminine `sie`.
 */
export interface PronounReading {
  /** Grammatical person: `1` (`ich`, `wir`), `2` (`du`, `ihr`) or `3`. */
  readonly person: 1 | 2 | 3
  /** Grammatical number of this reading. */
  readonly number: 'singular' | 'plural'
  /**
   * Case of this reading: `nominative` for the subject of a speech verb
   * (`sagte er`), `dative` for attributions with `zufolge`, `laut` or `nach`
   * (`ihm zufolge`).
   */
  readonly case: 'nominative' | 'dative'
  /**
   * Sex of the referent where the reading marks one (`er`, `sie`, `ihm`);
   * absent for the first and second person, for `es` (grammatical neuter:
   * `das Mädchen`, `das Kind`) and for plurals.
   */
  readonly gender?: 'female' | 'male'
}

/**
 * Personal pronouns that can refer to a speaker, lower case, with every
 * reading they have.
 *
 * Curated by the zitat authors. Nominative forms are the subjects of
 * speech verbs; dative forms are the objects of the attributing
 * prepositions `zufolge`, `laut` and `nach`. Left out are accusative and
 * genitive forms, possessives (`ihr Sprecher`, `seine Frau`: the possessor
 * is not the speaker), reflexives, impersonal `man` and indefinite pronouns
 * (see {@link impersonalPronouns}), and demonstratives used as pronouns
 * (`der sagte`, `diese erklärte`), which are also articles.
 *
 * ###### Notes
 *
 * Keys are lower case: a consumer lower-cases a sentence-initial pronoun
 * first. Capitalised `Sie` and `Ihnen` inside a sentence are the polite
 * second person (`Sie sagten einmal …` in an interview addresses the
 * interviewee) and are not separate entries. `sie` is feminine singular or
 * plural and only the verb tells them apart (`sagte sie`, `sagten sie`);
 * its feminine reading rests on the singular.
 */
export const speakerPronouns: ReadonlyMap<string, readonly PronounReading[]> = new Map<
  string,
  readonly PronounReading[]
>([
  // First person: the speaker of a quotation in an interview answer.
  ['ich', [{person: 1, number: 'singular', case: 'nominative'}]],
  ['wir', [{person: 1, number: 'plural', case: 'nominative'}]],
  ['mir', [{person: 1, number: 'singular', case: 'dative'}]],
  ['uns', [{person: 1, number: 'plural', case: 'dative'}]],
  // Second person: the interviewer's addressee.
  ['du', [{person: 2, number: 'singular', case: 'nominative'}]],
  ['dir', [{person: 2, number: 'singular', case: 'dative'}]],
  ['euch', [{person: 2, number: 'plural', case: 'dative'}]],
  // Third person: the usual speaker of reported speech (`sagte er`, `ihr zufolge`).
  ['er', [{person: 3, number: 'singular', case: 'nominative', gender: 'male'}]],
  [
    'sie',
    [
      {person: 3, number: 'singular', case: 'nominative', gender: 'female'},
      {person: 3, number: 'plural', case: 'nominative'}
    ]
  ],
  ['es', [{person: 3, number: 'singular', case: 'nominative'}]],
  ['ihm', [{person: 3, number: 'singular', case: 'dative', gender: 'male'}]],
  ['ihnen', [{person: 3, number: 'plural', case: 'dative'}]],
  // Forms with readings in two persons.
  [
    'ihr',
    [
      {person: 2, number: 'plural', case: 'nominative'},
      {person: 3, number: 'singular', case: 'dative', gender: 'female'}
    ]
  ]
])

/**
 * Indefinite and impersonal pronouns that stand where a speaker would but
 * name nobody (`man sagt`, `jemand rief`, `niemand wollte sich äußern`),
 * lower case.
 *
 * Curated by the zitat authors. A consumer should not resolve a quotation
 * to them as a speaker, nor carry an earlier speaker over them. Left out
 * are `einer`, `eine` and `keine`, which are far more often articles or
 * determiners than pronouns.
 */
export const impersonalPronouns: ReadonlySet<string> = new Set([
  // Impersonal subject.
  'man',
  // Indefinite persons.
  'jemand', 'irgendjemand', 'irgendwer', 'niemand', 'keiner', 'jedermann', 'mancher', 'manche'
])

/**
 * What a generic person noun shows about the people it describes.
 */
export interface PersonNoun {
  /**
   * Sex the noun shows, where it shows one; absent for nouns used for either
   * sex (`Kind`, `Person`, `Opfer`) and for nominalised adjectives in `-e`
   * (`Betroffene`).
   */
  readonly gender?: 'female' | 'male'
  /**
   * `singular`, `plural`, or `either` when the form is both (`Mädchen`,
   * `Anwohner`, `Betroffene`).
   */
  readonly number: 'singular' | 'plural' | 'either'
}

/**
 * Generic nouns that describe a person without naming them, as written
 * (capitalised), in the nominative: `eine Frau`, `ein Passant`, `Anwohner`,
 * `die Mutter des Opfers`.
 *
 * Curated by the zitat authors. Each noun stands alone: compounds with a
 * role or office (`Polizeisprecher`, `Augenzeugin`) are covered by the role
 * heads in `roles.ts`, of which some of these nouns are also heads. Left
 * out are inflected case forms (`Mannes`, `Kindern`), which a consumer
 * reduces first, collective nouns that do not speak as a person
 * (`Publikum`, `Menge`), and offices and occupations (`Lehrer`,
 * `Polizist`), which are role heads only.
 *
 * ###### Notes
 *
 * Masculine nouns in `-er` (`Anwohner`, `Teilnehmer`) are also used
 * generically for mixed groups and are marked `male` as a weak hint only;
 * their feminine forms in `-in` are strong evidence.
 */
export const personNouns: ReadonlyMap<string, PersonNoun> = new Map<string, PersonNoun>([
  // Men, women, children.
  ['Mann', {gender: 'male', number: 'singular'}],
  ['Männer', {gender: 'male', number: 'plural'}],
  ['Frau', {gender: 'female', number: 'singular'}],
  ['Frauen', {gender: 'female', number: 'plural'}],
  ['Herr', {gender: 'male', number: 'singular'}],
  ['Herren', {gender: 'male', number: 'plural'}],
  ['Dame', {gender: 'female', number: 'singular'}],
  ['Damen', {gender: 'female', number: 'plural'}],
  ['Mädchen', {gender: 'female', number: 'either'}],
  ['Junge', {gender: 'male', number: 'singular'}],
  ['Jungen', {gender: 'male', number: 'plural'}],
  ['Jungs', {gender: 'male', number: 'plural'}],
  ['Bub', {gender: 'male', number: 'singular'}],
  ['Buben', {gender: 'male', number: 'plural'}],
  ['Bursche', {gender: 'male', number: 'singular'}],
  ['Kerl', {gender: 'male', number: 'singular'}],
  ['Typ', {gender: 'male', number: 'singular'}],
  ['Kind', {number: 'singular'}],
  ['Kinder', {number: 'plural'}],
  ['Baby', {number: 'singular'}],
  ['Teenager', {number: 'either'}],
  ['Jugendliche', {number: 'either'}],
  ['Jugendlicher', {gender: 'male', number: 'singular'}],
  ['Erwachsene', {number: 'either'}],
  ['Erwachsener', {gender: 'male', number: 'singular'}],
  ['Senior', {gender: 'male', number: 'singular'}],
  ['Seniorin', {gender: 'female', number: 'singular'}],
  ['Senioren', {number: 'plural'}],
  ['Rentner', {gender: 'male', number: 'either'}],
  ['Rentnerin', {gender: 'female', number: 'singular'}],
  ['Greis', {gender: 'male', number: 'singular'}],
  ['Greisin', {gender: 'female', number: 'singular'}],
  // People in general.
  ['Mensch', {number: 'singular'}],
  ['Menschen', {number: 'plural'}],
  ['Person', {number: 'singular'}],
  ['Personen', {number: 'plural'}],
  ['Leute', {number: 'plural'}],
  ['Einheimische', {number: 'either'}],
  ['Einheimischer', {gender: 'male', number: 'singular'}],
  ['Fremde', {number: 'either'}],
  ['Fremder', {gender: 'male', number: 'singular'}],
  ['Unbekannte', {number: 'either'}],
  ['Unbekannter', {gender: 'male', number: 'singular'}],
  ['Anwesende', {number: 'either'}],
  ['Beteiligte', {number: 'either'}],
  ['Beteiligter', {gender: 'male', number: 'singular'}],
  // Residents, citizens, bystanders.
  ['Bürger', {gender: 'male', number: 'either'}],
  ['Bürgerin', {gender: 'female', number: 'singular'}],
  ['Bürgerinnen', {gender: 'female', number: 'plural'}],
  ['Einwohner', {gender: 'male', number: 'either'}],
  ['Einwohnerin', {gender: 'female', number: 'singular'}],
  ['Bewohner', {gender: 'male', number: 'either'}],
  ['Bewohnerin', {gender: 'female', number: 'singular'}],
  ['Anwohner', {gender: 'male', number: 'either'}],
  ['Anwohnerin', {gender: 'female', number: 'singular'}],
  ['Anwohnerinnen', {gender: 'female', number: 'plural'}],
  ['Nachbar', {gender: 'male', number: 'singular'}],
  ['Nachbarin', {gender: 'female', number: 'singular'}],
  ['Nachbarn', {number: 'plural'}],
  ['Passant', {gender: 'male', number: 'singular'}],
  ['Passantin', {gender: 'female', number: 'singular'}],
  ['Passanten', {number: 'plural'}],
  ['Zeuge', {gender: 'male', number: 'singular'}],
  ['Zeugin', {gender: 'female', number: 'singular'}],
  ['Zeugen', {number: 'plural'}],
  ['Augenzeuge', {gender: 'male', number: 'singular'}],
  ['Augenzeugin', {gender: 'female', number: 'singular'}],
  ['Augenzeugen', {number: 'plural'}],
  ['Besucher', {gender: 'male', number: 'either'}],
  ['Besucherin', {gender: 'female', number: 'singular'}],
  ['Zuschauer', {gender: 'male', number: 'either'}],
  ['Zuschauerin', {gender: 'female', number: 'singular'}],
  ['Teilnehmer', {gender: 'male', number: 'either'}],
  ['Teilnehmerin', {gender: 'female', number: 'singular'}],
  ['Teilnehmerinnen', {gender: 'female', number: 'plural'}],
  ['Gast', {number: 'singular'}],
  ['Gäste', {number: 'plural'}],
  ['Fahrgast', {number: 'singular'}],
  ['Fahrgäste', {number: 'plural'}],
  ['Kunde', {gender: 'male', number: 'singular'}],
  ['Kundin', {gender: 'female', number: 'singular'}],
  ['Kunden', {number: 'plural'}],
  ['Tourist', {gender: 'male', number: 'singular'}],
  ['Touristin', {gender: 'female', number: 'singular'}],
  ['Touristen', {number: 'plural'}],
  ['Urlauber', {gender: 'male', number: 'either'}],
  ['Urlauberin', {gender: 'female', number: 'singular'}],
  ['Reisende', {number: 'either'}],
  ['Reisender', {gender: 'male', number: 'singular'}],
  ['Fan', {number: 'singular'}],
  ['Fans', {number: 'plural'}],
  ['Mitglied', {number: 'singular'}],
  ['Mitglieder', {number: 'plural'}],
  ['Anhänger', {gender: 'male', number: 'either'}],
  ['Anhängerin', {gender: 'female', number: 'singular'}],
  // Those affected, victims, perpetrators.
  ['Opfer', {number: 'either'}],
  ['Betroffene', {number: 'either'}],
  ['Betroffener', {gender: 'male', number: 'singular'}],
  ['Angehörige', {number: 'either'}],
  ['Angehöriger', {gender: 'male', number: 'singular'}],
  ['Hinterbliebene', {number: 'either'}],
  ['Überlebende', {number: 'either'}],
  ['Überlebender', {gender: 'male', number: 'singular'}],
  ['Verletzte', {number: 'either'}],
  ['Verletzter', {gender: 'male', number: 'singular'}],
  ['Patient', {gender: 'male', number: 'singular'}],
  ['Patientin', {gender: 'female', number: 'singular'}],
  ['Patienten', {number: 'plural'}],
  ['Flüchtling', {number: 'singular'}],
  ['Flüchtlinge', {number: 'plural'}],
  ['Geflüchtete', {number: 'either'}],
  ['Geflüchteter', {gender: 'male', number: 'singular'}],
  ['Migrant', {gender: 'male', number: 'singular'}],
  ['Migrantin', {gender: 'female', number: 'singular'}],
  ['Migranten', {number: 'plural'}],
  ['Täter', {gender: 'male', number: 'either'}],
  ['Täterin', {gender: 'female', number: 'singular'}],
  ['Verdächtige', {number: 'either'}],
  ['Verdächtiger', {gender: 'male', number: 'singular'}],
  ['Helfer', {gender: 'male', number: 'either'}],
  ['Helferin', {gender: 'female', number: 'singular'}],
  ['Freiwillige', {number: 'either'}],
  ['Freiwilliger', {gender: 'male', number: 'singular'}],
  ['Demonstrant', {gender: 'male', number: 'singular'}],
  ['Demonstrantin', {gender: 'female', number: 'singular'}],
  ['Demonstranten', {number: 'plural'}],
  // School and university.
  ['Schüler', {gender: 'male', number: 'either'}],
  ['Schülerin', {gender: 'female', number: 'singular'}],
  ['Schülerinnen', {gender: 'female', number: 'plural'}],
  ['Student', {gender: 'male', number: 'singular'}],
  ['Studentin', {gender: 'female', number: 'singular'}],
  ['Studenten', {number: 'plural'}],
  ['Studierende', {number: 'either'}],
  // Family.
  ['Eltern', {number: 'plural'}],
  ['Mutter', {gender: 'female', number: 'singular'}],
  ['Vater', {gender: 'male', number: 'singular'}],
  ['Sohn', {gender: 'male', number: 'singular'}],
  ['Tochter', {gender: 'female', number: 'singular'}],
  ['Bruder', {gender: 'male', number: 'singular'}],
  ['Schwester', {gender: 'female', number: 'singular'}],
  ['Geschwister', {number: 'plural'}],
  ['Großmutter', {gender: 'female', number: 'singular'}],
  ['Großvater', {gender: 'male', number: 'singular'}],
  ['Großeltern', {number: 'plural'}],
  ['Oma', {gender: 'female', number: 'singular'}],
  ['Opa', {gender: 'male', number: 'singular'}],
  ['Enkel', {gender: 'male', number: 'either'}],
  ['Enkelin', {gender: 'female', number: 'singular'}],
  ['Onkel', {gender: 'male', number: 'either'}],
  ['Tante', {gender: 'female', number: 'singular'}],
  ['Cousin', {gender: 'male', number: 'singular'}],
  ['Cousine', {gender: 'female', number: 'singular'}],
  ['Ehefrau', {gender: 'female', number: 'singular'}],
  ['Ehemann', {gender: 'male', number: 'singular'}],
  ['Witwe', {gender: 'female', number: 'singular'}],
  ['Witwer', {gender: 'male', number: 'either'}],
  ['Verwandte', {number: 'either'}],
  ['Verwandter', {gender: 'male', number: 'singular'}],
  // Friends, partners, colleagues.
  ['Freund', {gender: 'male', number: 'singular'}],
  ['Freundin', {gender: 'female', number: 'singular'}],
  ['Freunde', {number: 'plural'}],
  ['Bekannte', {number: 'either'}],
  ['Bekannter', {gender: 'male', number: 'singular'}],
  ['Partner', {gender: 'male', number: 'either'}],
  ['Partnerin', {gender: 'female', number: 'singular'}],
  ['Lebensgefährte', {gender: 'male', number: 'singular'}],
  ['Lebensgefährtin', {gender: 'female', number: 'singular'}],
  ['Kollege', {gender: 'male', number: 'singular'}],
  ['Kollegin', {gender: 'female', number: 'singular'}],
  ['Kollegen', {number: 'plural'}]
])
