/**
 * Verbs of saying, writing, thinking, asking and answering that German
 * reporters use to attribute a quotation or indirect speech to its speaker.
 *
 * Curated by the zitat authors from their own knowledge of German news prose;
 * the list was checked against the cue words of an annotated news corpus so
 * that every verb cue seen there at least twice is present (only lemmas were
 * taken, no text). Inflected forms are generated from this list by
 * `src/util/inflect.ts` when the library loads (see `util/speech-verb-forms.ts`).
 *
 * Left out: auxiliaries and modal verbs (`hatte … gesagt`, `will … können`),
 * support verbs that are cues only together with a noun (`zu dem Schluss
 * kommen`, `Bilanz ziehen`, `Vorwürfe erheben`, `im Verdacht stehen`,
 * `verlauten lassen`), and non-verbal cues (`laut`, `so`, `zufolge`, `nach
 * Angaben`).
 *
 * @module
 */

/**
 * One verb that can introduce or attribute speech, thought or writing.
 *
 * Only verbs whose forms the rules of weak conjugation do not produce carry
 * the irregular fields; those then give all four of them.
 */
export interface SpeechVerb {
  /** Infinitive without separable particle, e.g. `kündigen` for `ankündigen`. */
  readonly base: string
  /** Separable particle, e.g. `an` (ankündigen), `ein` (einräumen), `hinzu` (hinzufügen). */
  readonly particle?: string
  /** Third person singular present indicative of an irregular verb (`spricht`, `rät`, `hält`). */
  readonly present?: string
  /** Third person singular preterite of an irregular verb (`sprach`, `nannte`). */
  readonly preterite?: string
  /** Past participle of the base verb with `ge-` where it takes one (`gesprochen`, `verraten`, `unterstellt`). */
  readonly participle?: string
  /** Third person singular Konjunktiv II of an irregular verb (`spräche`, `nennte`). */
  readonly subjunctive2?: string
  /**
   * Class of cue: `say` (neutral or evaluative saying), `write` (writing,
   * publishing, documents), `opinion` (belief, expectation, assessment), `ask`,
   * `answer` (answering and objecting) or `manner` (how something is said:
   * laughing, sighing, shouting).
   */
  readonly kind: 'say' | 'write' | 'opinion' | 'ask' | 'answer' | 'manner'
  /** Set when the verb is a cue in its reflexive use (`sich äußern`, `sich zufrieden zeigen`). */
  readonly reflexive?: boolean
  /** Set when the verb forms its perfect with `sein` (`war davon ausgegangen`, `ist darauf eingegangen`). */
  readonly sein?: boolean
}

/**
 * Speech, writing, opinion, question, answer and manner verbs that attribute
 * quotations and reported speech in German news prose, one entry per lemma.
 *
 * Curated by the zitat authors. Verbs such as `fordern` or `loben` are cues
 * only when content follows; the consumer decides. Left out are auxiliaries,
 * modal verbs, support verbs of noun phrases (`zum Schluss kommen`) and
 * non-verbal cues.
 */
export const speechVerbs: readonly SpeechVerb[] = [
  // Neutral saying: the core attribution verbs.
  {base: 'sagen', kind: 'say'},
  {base: 'erklären', kind: 'say'},
  {base: 'sprechen', present: 'spricht', preterite: 'sprach', participle: 'gesprochen', subjunctive2: 'spräche', kind: 'say'},
  {base: 'reden', kind: 'say'},
  {base: 'äußern', kind: 'say', reflexive: true},
  {base: 'erzählen', kind: 'say'},
  {base: 'berichten', kind: 'say'},
  {base: 'heißen', present: 'heißt', preterite: 'hieß', participle: 'geheißen', subjunctive2: 'hieße', kind: 'say'},
  {base: 'lauten', kind: 'say'},
  {base: 'verlauten', kind: 'say'},
  {base: 'formulieren', kind: 'say'},
  {base: 'drücken', particle: 'aus', kind: 'say'},
  {base: 'nennen', present: 'nennt', preterite: 'nannte', participle: 'genannt', subjunctive2: 'nennte', kind: 'say'},
  {base: 'bezeichnen', kind: 'say'},
  {base: 'titulieren', kind: 'say'},
  {base: 'zitieren', kind: 'say'},
  {base: 'geben', particle: 'wieder', present: 'gibt', preterite: 'gab', participle: 'gegeben', subjunctive2: 'gäbe', kind: 'say'},
  {base: 'erwähnen', kind: 'say'},
  {base: 'sprechen', particle: 'an', present: 'spricht', preterite: 'sprach', participle: 'gesprochen', subjunctive2: 'spräche', kind: 'say'},
  {base: 'sprechen', particle: 'aus', present: 'spricht', preterite: 'sprach', participle: 'gesprochen', subjunctive2: 'spräche', kind: 'say', reflexive: true},
  {base: 'bekunden', kind: 'say'},
  {base: 'tragen', particle: 'vor', present: 'trägt', preterite: 'trug', participle: 'getragen', subjunctive2: 'trüge', kind: 'say'},
  {base: 'bringen', particle: 'vor', present: 'bringt', preterite: 'brachte', participle: 'gebracht', subjunctive2: 'brächte', kind: 'say'},
  {base: 'sagen', particle: 'aus', kind: 'say'},
  {base: 'bezeugen', kind: 'say'},
  {base: 'referieren', kind: 'say'},
  {base: 'hören', kind: 'opinion'},

  // Announcing and making known.
  {base: 'kündigen', particle: 'an', kind: 'say'},
  {base: 'verkünden', kind: 'say'},
  {base: 'geben', particle: 'bekannt', present: 'gibt', preterite: 'gab', participle: 'gegeben', subjunctive2: 'gäbe', kind: 'say'},
  {base: 'machen', particle: 'bekannt', kind: 'say'},
  {base: 'tun', particle: 'kund', present: 'tut', preterite: 'tat', participle: 'getan', subjunctive2: 'täte', kind: 'say'},
  {base: 'informieren', kind: 'say'},
  {base: 'proklamieren', kind: 'say'},
  {base: 'enthüllen', kind: 'say'},
  {base: 'offenbaren', participle: 'offenbart', kind: 'say'},
  {base: 'geben', particle: 'preis', present: 'gibt', preterite: 'gab', participle: 'gegeben', subjunctive2: 'gäbe', kind: 'say'},
  {base: 'verraten', present: 'verrät', preterite: 'verriet', participle: 'verraten', subjunctive2: 'verriete', kind: 'say'},
  {base: 'plaudern', particle: 'aus', kind: 'say'},
  {base: 'deuten', particle: 'an', kind: 'say'},
  {base: 'spielen', particle: 'an', kind: 'say'},
  {base: 'signalisieren', kind: 'say'},
  {base: 'geben', particle: 'an', present: 'gibt', preterite: 'gab', participle: 'gegeben', subjunctive2: 'gäbe', kind: 'say'},
  {base: 'richten', particle: 'aus', kind: 'say'},

  // Stressing, affirming and promising.
  {base: 'betonen', kind: 'say'},
  {base: 'unterstreichen', present: 'unterstreicht', preterite: 'unterstrich', participle: 'unterstrichen', subjunctive2: 'unterstriche', kind: 'say'},
  {base: 'heben', particle: 'hervor', present: 'hebt', preterite: 'hob', participle: 'gehoben', subjunctive2: 'höbe', kind: 'say'},
  {base: 'stellen', particle: 'heraus', kind: 'say'},
  {base: 'streichen', particle: 'heraus', present: 'streicht', preterite: 'strich', participle: 'gestrichen', subjunctive2: 'striche', kind: 'say'},
  {base: 'bekräftigen', kind: 'say'},
  {base: 'versichern', kind: 'say'},
  {base: 'beteuern', kind: 'say'},
  {base: 'sichern', particle: 'zu', kind: 'say'},
  {base: 'sagen', particle: 'zu', kind: 'say'},
  {base: 'garantieren', kind: 'say'},
  {base: 'schwören', present: 'schwört', preterite: 'schwor', participle: 'geschworen', subjunctive2: 'schwüre', kind: 'say'},
  {base: 'beschwören', present: 'beschwört', preterite: 'beschwor', participle: 'beschworen', subjunctive2: 'beschwüre', kind: 'say'},
  {base: 'versprechen', present: 'verspricht', preterite: 'versprach', participle: 'versprochen', subjunctive2: 'verspräche', kind: 'say'},
  {base: 'bestätigen', kind: 'say'},
  {base: 'bejahen', kind: 'say'},
  {base: 'bekennen', present: 'bekennt', preterite: 'bekannte', participle: 'bekannt', subjunctive2: 'bekennte', kind: 'say'},
  {base: 'insistieren', kind: 'say'},
  {base: 'beharren', kind: 'say'},

  // Adding, elaborating and explaining.
  {base: 'fügen', particle: 'hinzu', kind: 'say'},
  {base: 'ergänzen', kind: 'say'},
  {base: 'fügen', particle: 'an', kind: 'say'},
  {base: 'schieben', particle: 'nach', present: 'schiebt', preterite: 'schob', participle: 'geschoben', subjunctive2: 'schöbe', kind: 'say'},
  {base: 'legen', particle: 'nach', kind: 'say'},
  {base: 'erläutern', kind: 'say'},
  {base: 'führen', particle: 'aus', kind: 'say'},
  {base: 'führen', particle: 'an', kind: 'say'},
  {base: 'legen', particle: 'dar', kind: 'say'},
  {base: 'stellen', particle: 'dar', kind: 'say'},
  {base: 'präzisieren', kind: 'say'},
  {base: 'verdeutlichen', kind: 'say'},
  {base: 'machen', particle: 'klar', kind: 'say'},
  {base: 'stellen', particle: 'klar', kind: 'say'},
  {base: 'stellen', particle: 'richtig', kind: 'say'},
  {base: 'beschreiben', present: 'beschreibt', preterite: 'beschrieb', participle: 'beschrieben', subjunctive2: 'beschriebe', kind: 'say'},
  {base: 'schildern', kind: 'say'},
  {base: 'skizzieren', kind: 'say'},
  {base: 'erinnern', kind: 'say'},
  {base: 'weisen', particle: 'hin', present: 'weist', preterite: 'wies', participle: 'gewiesen', subjunctive2: 'wiese', kind: 'say'},
  {base: 'verweisen', present: 'verweist', preterite: 'verwies', participle: 'verwiesen', subjunctive2: 'verwiese', kind: 'say'},
  {base: 'berufen', present: 'beruft', preterite: 'berief', participle: 'berufen', subjunctive2: 'beriefe', kind: 'say', reflexive: true},
  {base: 'merken', particle: 'an', kind: 'say'},
  {base: 'bemerken', kind: 'say'},
  {base: 'vergleichen', present: 'vergleicht', preterite: 'verglich', participle: 'verglichen', subjunctive2: 'vergliche', kind: 'say'},
  {base: 'beziffern', kind: 'say'},

  // Conceding, admitting and regretting.
  {base: 'räumen', particle: 'ein', kind: 'say'},
  {base: 'geben', particle: 'zu', present: 'gibt', preterite: 'gab', participle: 'gegeben', subjunctive2: 'gäbe', kind: 'say'},
  {base: 'gestehen', particle: 'zu', present: 'gesteht', preterite: 'gestand', participle: 'gestanden', subjunctive2: 'gestünde', kind: 'say'},
  {base: 'gestehen', particle: 'ein', present: 'gesteht', preterite: 'gestand', participle: 'gestanden', subjunctive2: 'gestünde', kind: 'say'},
  {base: 'gestehen', present: 'gesteht', preterite: 'gestand', participle: 'gestanden', subjunctive2: 'gestünde', kind: 'say'},
  {base: 'erkennen', particle: 'an', present: 'erkennt', preterite: 'erkannte', participle: 'erkannt', subjunctive2: 'erkennte', kind: 'say'},
  {base: 'beichten', participle: 'gebeichtet', kind: 'say'},
  {base: 'bedauern', kind: 'say'},
  {base: 'entschuldigen', kind: 'say', reflexive: true},

  // Concluding, summing up and justifying.
  {base: 'stellen', particle: 'fest', kind: 'say'},
  {base: 'halten', particle: 'fest', present: 'hält', preterite: 'hielt', participle: 'gehalten', subjunctive2: 'hielte', kind: 'say'},
  {base: 'konstatieren', kind: 'say'},
  {base: 'resümieren', kind: 'say'},
  {base: 'bilanzieren', kind: 'say'},
  {base: 'fassen', particle: 'zusammen', kind: 'say'},
  {base: 'argumentieren', kind: 'say'},
  {base: 'begründen', kind: 'say'},
  {base: 'rechtfertigen', kind: 'say'},
  {base: 'verteidigen', kind: 'say'},
  {base: 'kommentieren', kind: 'say'},
  {base: 'diagnostizieren', kind: 'say'},
  {base: 'attestieren', kind: 'say'},
  {base: 'bescheinigen', kind: 'say'},

  // Denying, rejecting and playing down.
  {base: 'dementieren', kind: 'say'},
  {base: 'bestreiten', present: 'bestreitet', preterite: 'bestritt', participle: 'bestritten', subjunctive2: 'bestritte', kind: 'say'},
  {base: 'streiten', particle: 'ab', present: 'streitet', preterite: 'stritt', participle: 'gestritten', subjunctive2: 'stritte', kind: 'say'},
  {base: 'leugnen', kind: 'say'},
  {base: 'verneinen', kind: 'say'},
  {base: 'weisen', particle: 'zurück', present: 'weist', preterite: 'wies', participle: 'gewiesen', subjunctive2: 'wiese', kind: 'say'},
  {base: 'lehnen', particle: 'ab', kind: 'say'},
  {base: 'wiegeln', particle: 'ab', kind: 'say'},
  {base: 'spielen', particle: 'herunter', kind: 'say'},
  {base: 'relativieren', kind: 'say'},
  {base: 'beschwichtigen', kind: 'say'},
  {base: 'tun', particle: 'ab', present: 'tut', preterite: 'tat', participle: 'getan', subjunctive2: 'täte', kind: 'say'},
  {base: 'verwahren', kind: 'say', reflexive: true},

  // Claiming and imputing.
  {base: 'behaupten', kind: 'say'},
  {base: 'geben', particle: 'vor', present: 'gibt', preterite: 'gab', participle: 'gegeben', subjunctive2: 'gäbe', kind: 'say'},
  {base: 'unterstellen', participle: 'unterstellt', kind: 'say'},
  {base: 'postulieren', kind: 'say'},

  // Demanding, urging, requesting and advising.
  {base: 'fordern', kind: 'say'},
  {base: 'fordern', particle: 'auf', kind: 'say'},
  {base: 'fordern', particle: 'ein', kind: 'say'},
  {base: 'verlangen', kind: 'say'},
  {base: 'mahnen', kind: 'say'},
  {base: 'mahnen', particle: 'an', kind: 'say'},
  {base: 'ermahnen', kind: 'say'},
  {base: 'appellieren', kind: 'say'},
  {base: 'rufen', particle: 'auf', present: 'ruft', preterite: 'rief', participle: 'gerufen', subjunctive2: 'riefe', kind: 'say'},
  {base: 'drängen', kind: 'say'},
  {base: 'plädieren', kind: 'say'},
  {base: 'werben', present: 'wirbt', preterite: 'warb', participle: 'geworben', subjunctive2: 'würbe', kind: 'say'},
  {base: 'bitten', present: 'bittet', preterite: 'bat', participle: 'gebeten', subjunctive2: 'bäte', kind: 'say'},
  {base: 'regen', particle: 'an', kind: 'say'},
  {base: 'schlagen', particle: 'vor', present: 'schlägt', preterite: 'schlug', participle: 'geschlagen', subjunctive2: 'schlüge', kind: 'say'},
  {base: 'empfehlen', present: 'empfiehlt', preterite: 'empfahl', participle: 'empfohlen', subjunctive2: 'empföhle', kind: 'say'},
  {base: 'raten', present: 'rät', preterite: 'riet', participle: 'geraten', subjunctive2: 'riete', kind: 'say'},
  {base: 'raten', particle: 'ab', present: 'rät', preterite: 'riet', participle: 'geraten', subjunctive2: 'riete', kind: 'say'},
  {base: 'legen', particle: 'nahe', kind: 'say'},
  {base: 'befehlen', present: 'befiehlt', preterite: 'befahl', participle: 'befohlen', subjunctive2: 'beföhle', kind: 'say'},
  {base: 'ordnen', particle: 'an', kind: 'say'},
  {base: 'weisen', particle: 'an', present: 'weist', preterite: 'wies', participle: 'gewiesen', subjunctive2: 'wiese', kind: 'say'},
  {base: 'verfügen', kind: 'say'},
  {base: 'protestieren', kind: 'say'},
  {base: 'befürworten', kind: 'say'},

  // Warning and threatening.
  {base: 'warnen', kind: 'say'},
  {base: 'drohen', kind: 'say'},
  {base: 'drohen', particle: 'an', kind: 'say'},

  // Deciding and agreeing (courts, boards, negotiators; the decision follows).
  {base: 'beschließen', present: 'beschließt', preterite: 'beschloss', participle: 'beschlossen', subjunctive2: 'beschlösse', kind: 'say'},
  {base: 'entscheiden', present: 'entscheidet', preterite: 'entschied', participle: 'entschieden', subjunctive2: 'entschiede', kind: 'say'},
  {base: 'vereinbaren', kind: 'say'},
  {base: 'stimmen', particle: 'zu', kind: 'say'},
  {base: 'pflichten', particle: 'bei', kind: 'say'},

  // Criticising, complaining and reproaching.
  {base: 'kritisieren', kind: 'say'},
  {base: 'bemängeln', kind: 'say'},
  {base: 'beanstanden', kind: 'say'},
  {base: 'monieren', kind: 'say'},
  {base: 'rügen', kind: 'say'},
  {base: 'tadeln', kind: 'say'},
  {base: 'beklagen', kind: 'say'},
  {base: 'beschweren', kind: 'say', reflexive: true},
  {base: 'prangern', particle: 'an', kind: 'say'},
  {base: 'geißeln', kind: 'say'},
  {base: 'verurteilen', kind: 'say'},
  {base: 'brandmarken', kind: 'say'},
  {base: 'werfen', particle: 'vor', present: 'wirft', preterite: 'warf', participle: 'geworfen', subjunctive2: 'würfe', kind: 'say'},
  {base: 'halten', particle: 'vor', present: 'hält', preterite: 'hielt', participle: 'gehalten', subjunctive2: 'hielte', kind: 'say'},
  {base: 'beschuldigen', kind: 'say'},
  {base: 'bezichtigen', kind: 'say'},
  {base: 'lasten', particle: 'an', kind: 'say'},
  {base: 'kreiden', particle: 'an', kind: 'say'},
  {base: 'weisen', particle: 'zu', present: 'weist', preterite: 'wies', participle: 'gewiesen', subjunctive2: 'wiese', kind: 'say'},
  {base: 'schelten', present: 'schilt', preterite: 'schalt', participle: 'gescholten', subjunctive2: 'schölte', kind: 'say'},

  // Praising, thanking and welcoming.
  {base: 'loben', kind: 'say'},
  {base: 'würdigen', kind: 'say'},
  {base: 'rühmen', kind: 'say'},
  {base: 'preisen', particle: 'an', present: 'preist', preterite: 'pries', participle: 'gepriesen', subjunctive2: 'priese', kind: 'say'},
  {base: 'begrüßen', kind: 'say'},
  {base: 'danken', kind: 'say'},
  {base: 'bedanken', kind: 'say', reflexive: true},
  {base: 'gratulieren', kind: 'say'},
  {base: 'beglückwünschen', kind: 'say'},
  {base: 'freuen', kind: 'say', reflexive: true},

  // Attitude shown in a reflexive frame (`zeigte sich zufrieden`, `gab sich gelassen`, `wandte sich an`).
  {base: 'zeigen', kind: 'opinion', reflexive: true},
  {base: 'geben', present: 'gibt', preterite: 'gab', participle: 'gegeben', subjunctive2: 'gäbe', kind: 'opinion', reflexive: true},
  {base: 'wenden', present: 'wendet', preterite: 'wandte', participle: 'gewandt', subjunctive2: 'wendete', kind: 'say', reflexive: true},
  {base: 'brüsten', kind: 'say', reflexive: true},

  // Belief and opinion.
  {base: 'meinen', kind: 'opinion'},
  {base: 'glauben', kind: 'opinion'},
  {base: 'finden', present: 'findet', preterite: 'fand', participle: 'gefunden', subjunctive2: 'fände', kind: 'opinion'},
  {base: 'denken', present: 'denkt', preterite: 'dachte', participle: 'gedacht', subjunctive2: 'dächte', kind: 'opinion'},
  {base: 'halten', present: 'hält', preterite: 'hielt', participle: 'gehalten', subjunctive2: 'hielte', kind: 'opinion'},
  {base: 'sehen', present: 'sieht', preterite: 'sah', participle: 'gesehen', subjunctive2: 'sähe', kind: 'opinion'},
  {base: 'sehen', particle: 'an', present: 'sieht', preterite: 'sah', participle: 'gesehen', subjunctive2: 'sähe', kind: 'opinion'},
  {base: 'vertreten', present: 'vertritt', preterite: 'vertrat', participle: 'vertreten', subjunctive2: 'verträte', kind: 'opinion'},
  {base: 'empfinden', present: 'empfindet', preterite: 'empfand', participle: 'empfunden', subjunctive2: 'empfände', kind: 'opinion'},
  {base: 'zweifeln', kind: 'opinion'},
  {base: 'bezweifeln', kind: 'opinion'},
  {base: 'ahnen', kind: 'opinion'},
  {base: 'wundern', kind: 'opinion', reflexive: true},
  {base: 'sinnieren', kind: 'opinion'},

  // Assessing and judging.
  {base: 'betrachten', kind: 'opinion'},
  {base: 'werten', kind: 'opinion'},
  {base: 'bewerten', kind: 'opinion'},
  {base: 'beurteilen', kind: 'opinion'},
  {base: 'urteilen', kind: 'opinion'},
  {base: 'schätzen', kind: 'opinion'},
  {base: 'schätzen', particle: 'ein', kind: 'opinion'},
  {base: 'stufen', particle: 'ein', kind: 'opinion'},
  {base: 'erachten', kind: 'opinion'},
  {base: 'befinden', present: 'befindet', preterite: 'befand', participle: 'befunden', subjunctive2: 'befände', kind: 'opinion'},
  {base: 'deuten', kind: 'opinion'},
  {base: 'interpretieren', kind: 'opinion'},
  {base: 'analysieren', kind: 'opinion'},
  {base: 'folgern', kind: 'opinion'},
  {base: 'schließen', present: 'schließt', preterite: 'schloss', participle: 'geschlossen', subjunctive2: 'schlösse', kind: 'opinion'},
  {base: 'schließen', particle: 'aus', present: 'schließt', preterite: 'schloss', participle: 'geschlossen', subjunctive2: 'schlösse', kind: 'opinion'},

  // Supposing and speculating.
  {base: 'vermuten', kind: 'opinion'},
  {base: 'nehmen', particle: 'an', present: 'nimmt', preterite: 'nahm', participle: 'genommen', subjunctive2: 'nähme', kind: 'opinion'},
  {base: 'gehen', particle: 'aus', present: 'geht', preterite: 'ging', participle: 'gegangen', subjunctive2: 'ginge', kind: 'opinion', sein: true},
  {base: 'mutmaßen', kind: 'opinion'},
  {base: 'spekulieren', kind: 'opinion'},
  {base: 'rätseln', kind: 'opinion'},
  {base: 'argwöhnen', kind: 'opinion'},
  {base: 'orakeln', kind: 'opinion'},
  {base: 'erwägen', present: 'erwägt', preterite: 'erwog', participle: 'erwogen', subjunctive2: 'erwöge', kind: 'opinion'},
  {base: 'überlegen', participle: 'überlegt', kind: 'opinion'},
  {base: 'errechnen', kind: 'opinion'},

  // Hoping, fearing and expecting.
  {base: 'hoffen', kind: 'opinion'},
  {base: 'erhoffen', kind: 'opinion'},
  {base: 'wünschen', kind: 'opinion'},
  {base: 'befürchten', kind: 'opinion'},
  {base: 'fürchten', kind: 'opinion'},
  {base: 'sorgen', kind: 'opinion', reflexive: true},
  {base: 'erwarten', kind: 'opinion'},
  {base: 'rechnen', kind: 'opinion'},

  // Forecasting.
  {base: 'prognostizieren', kind: 'opinion'},
  {base: 'sagen', particle: 'voraus', kind: 'opinion'},
  {base: 'sagen', particle: 'vorher', kind: 'opinion'},
  {base: 'prophezeien', participle: 'prophezeit', kind: 'opinion'},

  // Asking.
  {base: 'fragen', kind: 'ask'},
  {base: 'fragen', particle: 'nach', kind: 'ask'},
  {base: 'fragen', particle: 'an', kind: 'ask'},
  {base: 'fragen', particle: 'zurück', kind: 'ask'},
  {base: 'befragen', kind: 'ask'},
  {base: 'hinterfragen', kind: 'ask'},
  {base: 'erkundigen', kind: 'ask', reflexive: true},
  {base: 'haken', particle: 'nach', kind: 'ask'},
  {base: 'bohren', particle: 'nach', kind: 'ask'},
  // Only after `wollen` (`wollen die Leser wissen`); see `cueConditions`.
  {base: 'wissen', present: 'weiß', preterite: 'wusste', participle: 'gewusst', subjunctive2: 'wüsste', kind: 'ask'},

  // Answering, reacting and objecting.
  {base: 'antworten', kind: 'answer'},
  {base: 'beantworten', kind: 'answer'},
  {base: 'entgegnen', kind: 'answer'},
  {base: 'erwidern', kind: 'answer'},
  {base: 'kontern', kind: 'answer'},
  {base: 'reagieren', kind: 'answer'},
  {base: 'replizieren', kind: 'answer'},
  {base: 'quittieren', kind: 'answer'},
  {base: 'parieren', kind: 'answer'},
  {base: 'geben', particle: 'zurück', present: 'gibt', preterite: 'gab', participle: 'gegeben', subjunctive2: 'gäbe', kind: 'answer'},
  {base: 'wenden', particle: 'ein', present: 'wendet', preterite: 'wandte', participle: 'gewandt', subjunctive2: 'wendete', kind: 'answer'},
  {base: 'werfen', particle: 'ein', present: 'wirft', preterite: 'warf', participle: 'geworfen', subjunctive2: 'würfe', kind: 'answer'},
  {base: 'halten', particle: 'entgegen', present: 'hält', preterite: 'hielt', participle: 'gehalten', subjunctive2: 'hielte', kind: 'answer'},
  {base: 'halten', particle: 'dagegen', present: 'hält', preterite: 'hielt', participle: 'gehalten', subjunctive2: 'hielte', kind: 'answer'},
  {base: 'widersprechen', present: 'widerspricht', preterite: 'widersprach', participle: 'widersprochen', subjunctive2: 'widerspräche', kind: 'answer'},
  {base: 'gehen', particle: 'ein', present: 'geht', preterite: 'ging', participle: 'gegangen', subjunctive2: 'ginge', kind: 'answer', sein: true},

  // Writing, posting and publishing.
  {base: 'schreiben', present: 'schreibt', preterite: 'schrieb', participle: 'geschrieben', subjunctive2: 'schriebe', kind: 'write'},
  {base: 'schreiben', particle: 'zurück', present: 'schreibt', preterite: 'schrieb', participle: 'geschrieben', subjunctive2: 'schriebe', kind: 'write'},
  {base: 'teilen', particle: 'mit', kind: 'write'},
  {base: 'melden', kind: 'write'},
  {base: 'vermelden', kind: 'write'},
  {base: 'verlautbaren', kind: 'write'},
  {base: 'veröffentlichen', kind: 'write'},
  {base: 'publizieren', kind: 'write'},
  {base: 'verbreiten', kind: 'write'},
  {base: 'legen', particle: 'offen', kind: 'write'},
  {base: 'besagen', kind: 'write'},
  {base: 'twittern', kind: 'write'},
  {base: 'tweeten', kind: 'write'},
  {base: 'posten', kind: 'write'},
  {base: 'bloggen', kind: 'write'},
  {base: 'mailen', kind: 'write'},
  {base: 'notieren', kind: 'write'},
  {base: 'vermerken', kind: 'write'},
  {base: 'protokollieren', kind: 'write'},
  {base: 'dokumentieren', kind: 'write'},
  {base: 'übermitteln', participle: 'übermittelt', kind: 'write'},
  {base: 'verlesen', present: 'verliest', preterite: 'verlas', participle: 'verlesen', subjunctive2: 'verläse', kind: 'write'},
  {base: 'lesen', present: 'liest', preterite: 'las', participle: 'gelesen', subjunctive2: 'läse', kind: 'opinion'},

  // Documents and findings as sources (`aus dem Bericht geht hervor`, `wie die Analyse ergab`).
  // Only with a document before and `dass` after (`In dem Bericht steht,
  // dass …`); see the attribution pass.
  {base: 'stehen', present: 'steht', preterite: 'stand', participle: 'gestanden', subjunctive2: 'stünde', kind: 'write'},
  {base: 'gehen', particle: 'hervor', present: 'geht', preterite: 'ging', participle: 'gegangen', subjunctive2: 'ginge', kind: 'write', sein: true},
  {base: 'ergeben', present: 'ergibt', preterite: 'ergab', participle: 'ergeben', subjunctive2: 'ergäbe', kind: 'opinion'},

  // Shouting and calling.
  {base: 'rufen', present: 'ruft', preterite: 'rief', participle: 'gerufen', subjunctive2: 'riefe', kind: 'manner'},
  {base: 'rufen', particle: 'aus', present: 'ruft', preterite: 'rief', participle: 'gerufen', subjunctive2: 'riefe', kind: 'manner'},
  {base: 'rufen', particle: 'zu', present: 'ruft', preterite: 'rief', participle: 'gerufen', subjunctive2: 'riefe', kind: 'manner'},
  {base: 'schreien', present: 'schreit', preterite: 'schrie', participle: 'geschrien', subjunctive2: 'schriee', kind: 'manner'},
  {base: 'brüllen', kind: 'manner'},
  {base: 'skandieren', kind: 'manner'},
  {base: 'kreischen', kind: 'manner'},
  {base: 'donnern', kind: 'manner'},

  // Speaking softly or haltingly.
  {base: 'flüstern', kind: 'manner'},
  {base: 'murmeln', kind: 'manner'},
  {base: 'raunen', kind: 'manner'},
  {base: 'wispern', kind: 'manner'},
  {base: 'hauchen', kind: 'manner'},
  {base: 'stammeln', kind: 'manner'},
  {base: 'stottern', kind: 'manner'},

  // Laughing, smiling and joking.
  {base: 'lachen', kind: 'manner'},
  {base: 'grinsen', kind: 'manner'},
  {base: 'lächeln', kind: 'manner'},
  {base: 'schmunzeln', kind: 'manner'},
  {base: 'kichern', kind: 'manner'},
  {base: 'grienen', kind: 'manner'},
  {base: 'feixen', kind: 'manner'},
  {base: 'scherzen', kind: 'manner'},
  {base: 'witzeln', kind: 'manner'},
  {base: 'flachsen', kind: 'manner'},
  {base: 'ulken', kind: 'manner'},
  {base: 'frotzeln', kind: 'manner'},

  // Sighing, groaning and lamenting.
  {base: 'seufzen', kind: 'manner'},
  {base: 'stöhnen', kind: 'manner'},
  {base: 'ächzen', kind: 'manner'},
  {base: 'klagen', kind: 'manner'},
  {base: 'jammern', kind: 'manner'},
  {base: 'schluchzen', kind: 'manner'},
  {base: 'flehen', kind: 'manner'},
  {base: 'unken', kind: 'manner'},

  // Scolding, grumbling and mocking.
  {base: 'schimpfen', kind: 'manner'},
  {base: 'poltern', kind: 'manner'},
  {base: 'wettern', kind: 'manner'},
  {base: 'fluchen', kind: 'manner'},
  {base: 'zetern', kind: 'manner'},
  {base: 'toben', kind: 'manner'},
  {base: 'knurren', kind: 'manner'},
  {base: 'brummen', kind: 'manner'},
  {base: 'grummeln', kind: 'manner'},
  {base: 'motzen', kind: 'manner'},
  {base: 'maulen', kind: 'manner'},
  {base: 'meckern', kind: 'manner'},
  {base: 'nörgeln', kind: 'manner'},
  {base: 'mäkeln', kind: 'manner'},
  {base: 'zischen', kind: 'manner'},
  {base: 'fauchen', kind: 'manner'},
  {base: 'keifen', kind: 'manner'},
  {base: 'lästern', kind: 'manner'},
  {base: 'spotten', kind: 'manner'},
  {base: 'spötteln', kind: 'manner'},
  {base: 'höhnen', kind: 'manner'},
  {base: 'ätzen', kind: 'manner'},
  {base: 'sticheln', kind: 'manner'},

  // Enthusing, boasting and marvelling.
  {base: 'jubeln', kind: 'manner'},
  {base: 'frohlocken', participle: 'frohlockt', kind: 'manner'},
  {base: 'triumphieren', kind: 'manner'},
  {base: 'schwärmen', kind: 'manner'},
  {base: 'prahlen', kind: 'manner'},
  {base: 'staunen', kind: 'manner'},

  // Chatting, lecturing and holding forth.
  {base: 'plaudern', kind: 'manner'},
  {base: 'schwadronieren', kind: 'manner'},
  {base: 'fabulieren', kind: 'manner'},
  {base: 'philosophieren', kind: 'manner'},
  {base: 'dozieren', kind: 'manner'},
  {base: 'predigen', kind: 'manner'},

  // Emotion shown while speaking, reflexive (`ärgerte sich`, `empörte sich`).
  {base: 'ärgern', kind: 'manner', reflexive: true},
  {base: 'empören', kind: 'manner', reflexive: true},
  {base: 'echauffieren', kind: 'manner', reflexive: true},
  {base: 'regen', particle: 'auf', kind: 'manner', reflexive: true},
  {base: 'entrüsten', kind: 'manner', reflexive: true},
  {base: 'winken', particle: 'ab', kind: 'manner'}
]

/**
 * Lemmas of opinion verbs whose `zu`-infinitive after a comma is what the
 * subject hopes, believes or intends (`hofft, den Vertrag verlängern zu
 * können`, `sieht es als Aufgabe an, die Schulden zu senken`, `denkt darüber
 * nach, die Steuer zu erhöhen`). Not `finden` or `sehen` (`sah keine andere
 * Möglichkeit, … zu …`: no view, a state of affairs).
 */
export const infinitiveOpinions: ReadonlySet<string> = new Set([
  'hoffen', 'erhoffen', 'glauben', 'meinen', 'erwarten', 'ansehen', 'halten', 'denken', 'fürchten',
  'befürchten', 'rechnen', 'wünschen', 'ausgehen', 'erwägen', 'überlegen'
])

/**
 * Conditions on the clause for verbs that are cues only in one of their
 * uses: `without` a word (`sich befinden` locates, `befand das Gericht`
 * judges), or `with` one of some words (`hält das für falsch` judges,
 * `hielt Kurs` steers), or `active` only (`wurde gefunden` is no view).
 * Keyed by lemma.
 */
export const cueConditions: ReadonlyMap<string, {readonly without?: string; readonly with?: readonly string[]; readonly active?: boolean}> = new Map([
  ['befinden', {without: 'sich'}],
  // `wurde in der Grube gefunden`: found, not of the opinion.
  ['finden', {without: 'sich', active: true}],
  ['halten', {with: ['für', 'fuer']}],
  // `wollte wissen, ob …` asks; `weiß, dass …` is no report.
  ['wissen', {with: ['will', 'wollen', 'wollte', 'wollten']}],
  ['sehen', {with: ['als', 'dass', 'daß', 'darin', 'keinen', 'keine', 'kein', 'für']}]
])

/**
 * `gestanden` is the participle of `gestehen` and of `stehen`. Nouns that
 * make it `stehen` right before it in fixed phrases (`Rede und Antwort
 * gestanden`, `Pate gestanden`, `Schlange gestanden`). Lower case.
 */
export const standingNouns: ReadonlySet<string> = new Set([
  'antwort', 'pate', 'modell', 'schlange', 'spalier', 'wache', 'kopf', 'posten'
])

/**
 * Nouns of occasions a confession is made at (`hat vor Gericht gestanden`,
 * `hat im Verhör gestanden`): a phrase with one of them before `gestanden`
 * keeps it `gestehen`, where another phrase of place or state makes it
 * `stehen` (`hat an der Grenze gestanden`). Lower case.
 */
export const confessionSettings: ReadonlySet<string> = new Set([
  'gericht', 'verhör', 'verhören', 'vernehmung', 'vernehmungen', 'befragung', 'prozess', 'interview',
  'gespräch', 'brief', 'buch', 'fernsehen', 'sendung', 'polizei', 'ermittlern', 'richter', 'richterin'
])

/**
 * Cues whose content may be a `zu` infinitive (`kündigte an, die Preise zu
 * erhöhen`, `hat versprochen, …`): with them an infinitive right after the
 * frame is the content also when its comma is left out (`hat angekündigt
 * ihr Mandat niederzulegen`). Left out: verbs of intent (`erwog … zu`,
 * `plant … zu`), `drohen`, which without a comma tells a risk (`Das Schiff
 * droht zu sinken`), and `raten`. Keyed by lemma.
 */
export const infinitiveCues: ReadonlySet<string> = new Set([
  'ankündigen', 'auffordern', 'versprechen', 'anbieten', 'beschließen', 'androhen', 'zusagen',
  'vorschlagen', 'fordern', 'bitten', 'empfehlen', 'appellieren', 'zusichern', 'geloben', 'schwören',
  'verlangen', 'mahnen', 'ermahnen'
])
