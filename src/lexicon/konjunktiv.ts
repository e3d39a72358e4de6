/**
 * Data for recognising reported speech in the Konjunktiv (`er sagte, er sei
 * müde`, `sie habe nichts gewusst`, `es gebe keine Pläne`).
 *
 * Curated by the zitat authors from their own knowledge of German. The sets
 * of inflected forms are generated from these lists by
 * `script/build-konjunktiv.ts` into `konjunktiv.generated.ts`.
 *
 * @module
 */

/** The six Konjunktiv I forms of one verb: 1sg, 2sg, 3sg, 1pl, 2pl, 3pl. */
export interface SubjunctiveParadigm {
  /** Infinitive. */
  readonly lemma: string
  /** Forms in the order 1sg, 2sg, 3sg, 1pl, 2pl, 3pl; a person with two usual forms lists both, separated by `|`. */
  readonly forms: readonly [string, string, string, string, string, string]
}

/**
 * Konjunktiv I paradigms that the rule “stem plus `-e`, `-est`, `-e`, `-en`,
 * `-et`, `-en`” does not produce.
 *
 * Curated by the zitat authors. Only `sein` is irregular in the Konjunktiv I;
 * modal verbs, `haben`, `werden`, `wissen` and `tun` follow the rule from the
 * infinitive stem (`könne`, `habe`, `werde`, `wisse`, `tue`), so they are left
 * out.
 */
export const subjunctive1Irregular: ReadonlyMap<string, SubjunctiveParadigm> = new Map([
  ['sein', {lemma: 'sein', forms: ['sei', 'seiest|seist', 'sei', 'seien', 'seiet', 'seien']}]
])

/** A strong, mixed or modal verb with its preterite and Konjunktiv II. */
export interface IrregularVerb {
  /** Infinitive without prefix. */
  readonly lemma: string
  /** Third person singular preterite indicative. */
  readonly preterite: string
  /** Third person singular Konjunktiv II, the usual form first. */
  readonly subjunctive2: readonly string[]
  /** Set when the verb also has a weak preterite (`sendete`, `wendete`), which the Konjunktiv II then equals. */
  readonly weakPreterite?: boolean
}

/**
 * First person singular present indicative forms that are not stem plus `-e`,
 * so that `indicativeHomographs` can leave out Konjunktiv I forms that differ
 * from them (`könne` ≠ `kann`).
 *
 * Curated by the zitat authors: `sein`, the modal verbs and `wissen`; every
 * other verb has the `-e` form (`habe`, `werde`, `gebe`, `sammle`).
 */
export const firstSingularIrregular: ReadonlyMap<string, string> = new Map([
  ['sein', 'bin'], ['können', 'kann'], ['müssen', 'muss'], ['dürfen', 'darf'], ['sollen', 'soll'],
  ['wollen', 'will'], ['mögen', 'mag'], ['wissen', 'weiß']
])

/**
 * Base verbs whose Konjunktiv II differs from the weak pattern, with their
 * preterite, so that prefixed verbs (`bekommen` → `bekäme`) can be derived.
 *
 * Curated by the zitat authors: auxiliaries, modal verbs, mixed verbs and the
 * common strong verbs. Rare or archaic strong verbs (`dreschen`, `klimmen`)
 * are left out, and so are forms only found in older literature.
 */
export const subjunctive2Irregular: readonly IrregularVerb[] = [
  // Auxiliaries and modal verbs (`sollte` and `wollte` equal the preterite).
  {lemma: 'sein', preterite: 'war', subjunctive2: ['wäre']},
  {lemma: 'haben', preterite: 'hatte', subjunctive2: ['hätte']},
  {lemma: 'werden', preterite: 'wurde', subjunctive2: ['würde']},
  {lemma: 'können', preterite: 'konnte', subjunctive2: ['könnte']},
  {lemma: 'müssen', preterite: 'musste', subjunctive2: ['müsste']},
  {lemma: 'dürfen', preterite: 'durfte', subjunctive2: ['dürfte']},
  {lemma: 'mögen', preterite: 'mochte', subjunctive2: ['möchte']},
  {lemma: 'sollen', preterite: 'sollte', subjunctive2: ['sollte']},
  {lemma: 'wollen', preterite: 'wollte', subjunctive2: ['wollte']},
  {lemma: 'wissen', preterite: 'wusste', subjunctive2: ['wüsste']},
  {lemma: 'brauchen', preterite: 'brauchte', subjunctive2: ['bräuchte']},

  // Mixed verbs: weak endings with a changed stem.
  {lemma: 'bringen', preterite: 'brachte', subjunctive2: ['brächte']},
  {lemma: 'denken', preterite: 'dachte', subjunctive2: ['dächte']},
  {lemma: 'kennen', preterite: 'kannte', subjunctive2: ['kennte']},
  {lemma: 'nennen', preterite: 'nannte', subjunctive2: ['nennte']},
  {lemma: 'rennen', preterite: 'rannte', subjunctive2: ['rennte']},
  {lemma: 'brennen', preterite: 'brannte', subjunctive2: ['brennte']},
  {lemma: 'senden', preterite: 'sandte', subjunctive2: ['sendete'], weakPreterite: true},
  {lemma: 'wenden', preterite: 'wandte', subjunctive2: ['wendete'], weakPreterite: true},

  // Strong verbs with `a` in the preterite: umlaut `ä`.
  {lemma: 'befehlen', preterite: 'befahl', subjunctive2: ['beföhle', 'befähle']},
  {lemma: 'beginnen', preterite: 'begann', subjunctive2: ['begänne', 'begönne']},
  {lemma: 'bergen', preterite: 'barg', subjunctive2: ['bärge']},
  {lemma: 'binden', preterite: 'band', subjunctive2: ['bände']},
  {lemma: 'bitten', preterite: 'bat', subjunctive2: ['bäte']},
  {lemma: 'brechen', preterite: 'brach', subjunctive2: ['bräche']},
  {lemma: 'dringen', preterite: 'drang', subjunctive2: ['dränge']},
  {lemma: 'empfehlen', preterite: 'empfahl', subjunctive2: ['empföhle', 'empfähle']},
  {lemma: 'essen', preterite: 'aß', subjunctive2: ['äße']},
  {lemma: 'finden', preterite: 'fand', subjunctive2: ['fände']},
  {lemma: 'fressen', preterite: 'fraß', subjunctive2: ['fräße']},
  {lemma: 'geben', preterite: 'gab', subjunctive2: ['gäbe']},
  {lemma: 'gelingen', preterite: 'gelang', subjunctive2: ['gelänge']},
  {lemma: 'gelten', preterite: 'galt', subjunctive2: ['gälte', 'gölte']},
  {lemma: 'geschehen', preterite: 'geschah', subjunctive2: ['geschähe']},
  {lemma: 'gewinnen', preterite: 'gewann', subjunctive2: ['gewänne', 'gewönne']},
  {lemma: 'helfen', preterite: 'half', subjunctive2: ['hülfe', 'hälfe']},
  {lemma: 'klingen', preterite: 'klang', subjunctive2: ['klänge']},
  {lemma: 'kommen', preterite: 'kam', subjunctive2: ['käme']},
  {lemma: 'lesen', preterite: 'las', subjunctive2: ['läse']},
  {lemma: 'liegen', preterite: 'lag', subjunctive2: ['läge']},
  {lemma: 'messen', preterite: 'maß', subjunctive2: ['mäße']},
  {lemma: 'misslingen', preterite: 'misslang', subjunctive2: ['misslänge']},
  {lemma: 'nehmen', preterite: 'nahm', subjunctive2: ['nähme']},
  {lemma: 'ringen', preterite: 'rang', subjunctive2: ['ränge']},
  {lemma: 'sehen', preterite: 'sah', subjunctive2: ['sähe']},
  {lemma: 'singen', preterite: 'sang', subjunctive2: ['sänge']},
  {lemma: 'sinken', preterite: 'sank', subjunctive2: ['sänke']},
  {lemma: 'sitzen', preterite: 'saß', subjunctive2: ['säße']},
  {lemma: 'schwimmen', preterite: 'schwamm', subjunctive2: ['schwömme', 'schwämme']},
  {lemma: 'schwinden', preterite: 'schwand', subjunctive2: ['schwände']},
  {lemma: 'schwingen', preterite: 'schwang', subjunctive2: ['schwänge']},
  {lemma: 'sprechen', preterite: 'sprach', subjunctive2: ['spräche']},
  {lemma: 'springen', preterite: 'sprang', subjunctive2: ['spränge']},
  {lemma: 'stechen', preterite: 'stach', subjunctive2: ['stäche']},
  {lemma: 'stehen', preterite: 'stand', subjunctive2: ['stünde']},
  {lemma: 'stehlen', preterite: 'stahl', subjunctive2: ['stähle', 'stöhle']},
  {lemma: 'sterben', preterite: 'starb', subjunctive2: ['stürbe']},
  {lemma: 'treffen', preterite: 'traf', subjunctive2: ['träfe']},
  {lemma: 'treten', preterite: 'trat', subjunctive2: ['träte']},
  {lemma: 'trinken', preterite: 'trank', subjunctive2: ['tränke']},
  {lemma: 'tun', preterite: 'tat', subjunctive2: ['täte']},
  {lemma: 'verderben', preterite: 'verdarb', subjunctive2: ['verdürbe']},
  {lemma: 'vergessen', preterite: 'vergaß', subjunctive2: ['vergäße']},
  {lemma: 'werben', preterite: 'warb', subjunctive2: ['würbe']},
  {lemma: 'werfen', preterite: 'warf', subjunctive2: ['würfe']},
  {lemma: 'zwingen', preterite: 'zwang', subjunctive2: ['zwänge']},

  // Strong verbs with `o` or `u` in the preterite: umlaut `ö`, `ü`.
  {lemma: 'biegen', preterite: 'bog', subjunctive2: ['böge']},
  {lemma: 'bieten', preterite: 'bot', subjunctive2: ['böte']},
  {lemma: 'fahren', preterite: 'fuhr', subjunctive2: ['führe']},
  {lemma: 'fliegen', preterite: 'flog', subjunctive2: ['flöge']},
  {lemma: 'fliehen', preterite: 'floh', subjunctive2: ['flöhe']},
  {lemma: 'fließen', preterite: 'floss', subjunctive2: ['flösse']},
  {lemma: 'frieren', preterite: 'fror', subjunctive2: ['fröre']},
  {lemma: 'genießen', preterite: 'genoss', subjunctive2: ['genösse']},
  {lemma: 'gießen', preterite: 'goss', subjunctive2: ['gösse']},
  {lemma: 'graben', preterite: 'grub', subjunctive2: ['grübe']},
  {lemma: 'heben', preterite: 'hob', subjunctive2: ['höbe']},
  {lemma: 'kriechen', preterite: 'kroch', subjunctive2: ['kröche']},
  {lemma: 'laden', preterite: 'lud', subjunctive2: ['lüde']},
  {lemma: 'lügen', preterite: 'log', subjunctive2: ['löge']},
  {lemma: 'riechen', preterite: 'roch', subjunctive2: ['röche']},
  {lemma: 'schaffen', preterite: 'schuf', subjunctive2: ['schüfe']},
  {lemma: 'schelten', preterite: 'schalt', subjunctive2: ['schölte']},
  {lemma: 'schieben', preterite: 'schob', subjunctive2: ['schöbe']},
  {lemma: 'schießen', preterite: 'schoss', subjunctive2: ['schösse']},
  {lemma: 'schlagen', preterite: 'schlug', subjunctive2: ['schlüge']},
  {lemma: 'schließen', preterite: 'schloss', subjunctive2: ['schlösse']},
  {lemma: 'schmelzen', preterite: 'schmolz', subjunctive2: ['schmölze']},
  {lemma: 'schwören', preterite: 'schwor', subjunctive2: ['schwüre']},
  {lemma: 'tragen', preterite: 'trug', subjunctive2: ['trüge']},
  {lemma: 'verlieren', preterite: 'verlor', subjunctive2: ['verlöre']},
  {lemma: 'wachsen', preterite: 'wuchs', subjunctive2: ['wüchse']},
  {lemma: 'waschen', preterite: 'wusch', subjunctive2: ['wüsche']},
  {lemma: 'wiegen', preterite: 'wog', subjunctive2: ['wöge']},
  {lemma: 'ziehen', preterite: 'zog', subjunctive2: ['zöge']},

  // Strong verbs with `i`, `ie` or `ie` from `ei`/`a`/`au`/`o`: no umlaut, only `-e`.
  {lemma: 'beißen', preterite: 'biss', subjunctive2: ['bisse']},
  {lemma: 'blasen', preterite: 'blies', subjunctive2: ['bliese']},
  {lemma: 'bleiben', preterite: 'blieb', subjunctive2: ['bliebe']},
  {lemma: 'braten', preterite: 'briet', subjunctive2: ['briete']},
  {lemma: 'fallen', preterite: 'fiel', subjunctive2: ['fiele']},
  {lemma: 'fangen', preterite: 'fing', subjunctive2: ['finge']},
  {lemma: 'gehen', preterite: 'ging', subjunctive2: ['ginge']},
  {lemma: 'gleichen', preterite: 'glich', subjunctive2: ['gliche']},
  {lemma: 'gleiten', preterite: 'glitt', subjunctive2: ['glitte']},
  {lemma: 'greifen', preterite: 'griff', subjunctive2: ['griffe']},
  {lemma: 'halten', preterite: 'hielt', subjunctive2: ['hielte']},
  {lemma: 'hängen', preterite: 'hing', subjunctive2: ['hinge']},
  {lemma: 'heißen', preterite: 'hieß', subjunctive2: ['hieße']},
  {lemma: 'lassen', preterite: 'ließ', subjunctive2: ['ließe']},
  {lemma: 'laufen', preterite: 'lief', subjunctive2: ['liefe']},
  {lemma: 'leiden', preterite: 'litt', subjunctive2: ['litte']},
  {lemma: 'leihen', preterite: 'lieh', subjunctive2: ['liehe']},
  {lemma: 'meiden', preterite: 'mied', subjunctive2: ['miede']},
  {lemma: 'pfeifen', preterite: 'pfiff', subjunctive2: ['pfiffe']},
  {lemma: 'preisen', preterite: 'pries', subjunctive2: ['priese']},
  {lemma: 'raten', preterite: 'riet', subjunctive2: ['riete']},
  {lemma: 'reiben', preterite: 'rieb', subjunctive2: ['riebe']},
  {lemma: 'reißen', preterite: 'riss', subjunctive2: ['risse']},
  {lemma: 'reiten', preterite: 'ritt', subjunctive2: ['ritte']},
  {lemma: 'rufen', preterite: 'rief', subjunctive2: ['riefe']},
  {lemma: 'scheiden', preterite: 'schied', subjunctive2: ['schiede']},
  {lemma: 'scheinen', preterite: 'schien', subjunctive2: ['schiene']},
  {lemma: 'schlafen', preterite: 'schlief', subjunctive2: ['schliefe']},
  {lemma: 'schleichen', preterite: 'schlich', subjunctive2: ['schliche']},
  {lemma: 'schmeißen', preterite: 'schmiss', subjunctive2: ['schmisse']},
  {lemma: 'schneiden', preterite: 'schnitt', subjunctive2: ['schnitte']},
  {lemma: 'schreiben', preterite: 'schrieb', subjunctive2: ['schriebe']},
  {lemma: 'schreien', preterite: 'schrie', subjunctive2: ['schriee']},
  {lemma: 'schreiten', preterite: 'schritt', subjunctive2: ['schritte']},
  {lemma: 'schweigen', preterite: 'schwieg', subjunctive2: ['schwiege']},
  {lemma: 'steigen', preterite: 'stieg', subjunctive2: ['stiege']},
  {lemma: 'stoßen', preterite: 'stieß', subjunctive2: ['stieße']},
  {lemma: 'streichen', preterite: 'strich', subjunctive2: ['striche']},
  {lemma: 'streiten', preterite: 'stritt', subjunctive2: ['stritte']},
  {lemma: 'treiben', preterite: 'trieb', subjunctive2: ['triebe']},
  {lemma: 'vergleichen', preterite: 'verglich', subjunctive2: ['vergliche']},
  {lemma: 'verzeihen', preterite: 'verzieh', subjunctive2: ['verziehe']},
  {lemma: 'weichen', preterite: 'wich', subjunctive2: ['wiche']},
  {lemma: 'weisen', preterite: 'wies', subjunctive2: ['wiese']}
]

/**
 * About 700 common German verbs, as infinitives, whose Konjunktiv I is
 * generated by rule.
 *
 * Curated by the zitat authors from their own knowledge: auxiliaries, modal
 * verbs, the common strong verbs and the weak verbs frequent in news prose.
 * The speech verbs of `speech-verbs.ts` are added by the generator and need
 * not be repeated here. Rare, regional and colloquial verbs are left out.
 */
export const verbLemmas: readonly string[] = [
  // Auxiliaries and modal verbs.
  'sein', 'haben', 'werden', 'können', 'müssen', 'dürfen', 'sollen', 'wollen', 'mögen', 'wissen',
  'lassen', 'brauchen',

  // Strong and mixed base verbs.
  'backen', 'befehlen', 'beginnen', 'beißen', 'bergen', 'biegen', 'bieten', 'binden', 'bitten',
  'blasen', 'bleiben', 'braten', 'brechen', 'brennen', 'bringen', 'denken', 'dringen', 'empfehlen',
  'essen', 'fahren', 'fallen', 'fangen', 'finden', 'fliegen', 'fliehen', 'fließen', 'fressen',
  'frieren', 'geben', 'gehen', 'gelingen', 'gelten', 'genießen', 'geschehen', 'gewinnen', 'gießen',
  'gleichen', 'gleiten', 'graben', 'greifen', 'halten', 'hängen', 'heben', 'heißen', 'helfen',
  'kennen', 'klingen', 'kommen', 'kriechen', 'laden', 'laufen', 'leiden', 'leihen', 'lesen',
  'liegen', 'lügen', 'meiden', 'messen', 'misslingen', 'nehmen', 'nennen', 'pfeifen', 'raten',
  'reiben', 'reißen', 'reiten', 'rennen', 'riechen', 'ringen', 'rufen', 'schaffen', 'scheiden',
  'scheinen', 'schieben', 'schießen', 'schlafen', 'schlagen', 'schleichen', 'schließen',
  'schmeißen', 'schmelzen', 'schneiden', 'schreiben', 'schreien', 'schreiten', 'schweigen',
  'schwimmen', 'schwinden', 'schwören', 'sehen', 'senden', 'singen', 'sinken', 'sitzen', 'sprechen',
  'springen', 'stechen', 'stehen', 'stehlen', 'steigen', 'sterben', 'stoßen', 'streichen',
  'streiten', 'tragen', 'treffen', 'treiben', 'treten', 'trinken', 'tun', 'verderben', 'vergessen',
  'vergleichen', 'verlieren', 'verzeihen', 'wachsen', 'waschen', 'weichen', 'weisen', 'wenden',
  'werben', 'werfen', 'wiegen', 'ziehen', 'zwingen',

  // Prefixed strong and mixed verbs frequent in news.
  'abbrechen', 'abgeben', 'abhängen', 'abnehmen', 'abschließen', 'abweichen', 'anbieten',
  'anfangen', 'angreifen', 'ankommen', 'annehmen', 'anrufen', 'ansehen', 'anweisen', 'aufbrechen',
  'aufgeben', 'aufheben', 'aufnehmen', 'aufstehen', 'auftreten', 'ausbrechen', 'ausfallen',
  'ausgeben', 'ausgehen', 'aussehen', 'aussteigen', 'beitragen', 'bekommen', 'behalten', 'beraten',
  'besitzen', 'bestehen', 'betragen', 'betreffen', 'betreiben', 'beweisen', 'beziehen', 'einladen',
  'einnehmen', 'eintreffen', 'eintreten', 'empfangen', 'entgehen', 'enthalten', 'entnehmen',
  'entsprechen', 'entstehen', 'entwerfen', 'erfahren', 'erfinden', 'ergreifen', 'erhalten',
  'erheben', 'erkennen', 'erscheinen', 'erwerben', 'erziehen', 'feststehen', 'fortfahren',
  'gefallen', 'herausgeben', 'nachdenken', 'stattfinden', 'teilnehmen', 'übergeben', 'übernehmen',
  'übertragen', 'überweisen', 'umgehen', 'unterbrechen', 'unterliegen', 'unternehmen',
  'unterscheiden', 'unterschreiben', 'verbieten', 'verbinden', 'verbringen', 'verhalten',
  'verlassen', 'vermeiden', 'verschieben', 'verschwinden', 'verstehen', 'vorkommen', 'vorliegen',
  'vorsehen', 'vorziehen', 'zunehmen', 'zurückgehen', 'zurückkommen', 'zusammenhängen', 'zustehen',
  'zutreffen', 'ausschließen', 'beschließen', 'vorschlagen', 'vorwerfen', 'zugeben', 'angeben',
  'bekanntgeben',

  // Saying, asking and arguing.
  'sagen', 'fragen', 'antworten', 'erklären', 'erzählen', 'berichten', 'reden', 'meinen', 'glauben',
  'behaupten', 'betonen', 'kritisieren', 'fordern', 'warnen', 'drohen', 'loben', 'danken',
  'bestätigen', 'dementieren', 'zitieren', 'melden', 'mitteilen', 'ankündigen', 'einräumen',
  'hinzufügen', 'ergänzen', 'bezeichnen', 'äußern', 'diskutieren', 'verhandeln', 'vereinbaren',
  'informieren', 'erinnern', 'überzeugen', 'überreden', 'beschweren', 'klagen', 'beklagen',
  'schimpfen', 'lachen', 'weinen', 'flüstern', 'veröffentlichen', 'telefonieren', 'versichern',
  'begründen', 'beantworten', 'zustimmen', 'ablehnen', 'schildern', 'erwähnen', 'verlangen',
  'entschuldigen', 'bedauern', 'begrüßen', 'verurteilen', 'protestieren', 'widerlegen',
  'beschreiben', 'versprechen', 'widersprechen', 'bestreiten', 'aufrufen', 'einwenden',
  'ansprechen', 'aussprechen', 'besprechen', 'unterhalten', 'plaudern', 'mahnen', 'appellieren',
  'bekräftigen', 'unterstreichen', 'hervorheben', 'kommentieren', 'argumentieren', 'erläutern',
  'ausführen', 'darlegen', 'feststellen', 'klarstellen', 'zusichern', 'bezweifeln', 'vermuten',
  'hoffen', 'fürchten', 'befürchten', 'erwarten', 'rechnen', 'anmerken', 'bemerken', 'zweifeln',

  // Thinking, knowing and perceiving.
  'ahnen', 'achten', 'beachten', 'berücksichtigen', 'beobachten', 'betrachten', 'bewerten',
  'beurteilen', 'erleben', 'fühlen', 'hören', 'interessieren', 'irren', 'kapieren', 'lernen',
  'merken', 'planen', 'prüfen', 'schätzen', 'schauen', 'schmecken', 'spüren', 'studieren',
  'träumen', 'überlegen', 'überprüfen', 'unterschätzen', 'überschätzen', 'untersuchen',
  'vorstellen', 'wahrnehmen', 'wundern', 'zählen', 'kontrollieren', 'analysieren', 'testen',
  'begreifen', 'gedenken', 'erforschen', 'ermitteln', 'recherchieren',

  // Being, happening and changing.
  'dauern', 'existieren', 'fehlen', 'folgen', 'gehören', 'handeln', 'passieren', 'scheitern',
  'stimmen', 'bedeuten', 'entwickeln', 'verändern', 'wirken', 'ändern', 'reichen', 'genügen',
  'klappen', 'funktionieren', 'enden', 'beenden', 'starten', 'stoppen', 'fortsetzen', 'wiederholen',
  'schrumpfen', 'steigern', 'senken', 'erhöhen', 'verringern', 'verdoppeln', 'halbieren',
  'verbessern', 'verschlechtern', 'verschärfen', 'lockern', 'entspannen', 'ereignen', 'auftauchen',
  'herrschen', 'ergeben', 'eignen', 'lohnen', 'bewähren', 'erweisen', 'zeigen', 'wandeln',
  'verwandeln', 'kippen', 'stagnieren', 'schwanken', 'sorgen',

  // Motion and position.
  'abfahren', 'abreisen', 'anreisen', 'bewegen', 'drehen', 'eilen', 'flüchten', 'kehren',
  'zurückkehren', 'landen', 'reisen', 'rollen', 'stürzen', 'wandern', 'umziehen', 'stellen',
  'legen', 'setzen', 'stecken', 'holen', 'schicken', 'drücken', 'erreichen', 'betreten',
  'begleiten', 'führen', 'leiten', 'lenken', 'steuern', 'wohnen', 'leben', 'warten', 'parken',
  'transportieren', 'verlegen', 'evakuieren', 'befördern', 'nähern', 'entfernen', 'überqueren',
  'durchqueren', 'verfolgen',

  // Having, giving, trading and the economy.
  'kaufen', 'verkaufen', 'zahlen', 'bezahlen', 'kosten', 'sparen', 'verdienen', 'mieten',
  'vermieten', 'liefern', 'produzieren', 'herstellen', 'investieren', 'finanzieren', 'schulden',
  'tauschen', 'exportieren', 'importieren', 'fördern', 'subventionieren', 'besteuern', 'kündigen',
  'einstellen', 'entlassen', 'beschäftigen', 'arbeiten', 'leisten', 'verwalten', 'gründen',
  'fusionieren', 'privatisieren', 'sanieren', 'buchen', 'bestellen', 'erwirtschaften', 'verbuchen',
  'bilanzieren', 'kalkulieren', 'budgetieren', 'kürzen', 'sichern', 'expandieren', 'wirtschaften',
  'profitieren', 'kassieren', 'spenden', 'verschwenden', 'sammeln', 'verteilen', 'teilen',
  'beteiligen', 'besorgen', 'beschaffen', 'versorgen', 'nutzen', 'benutzen', 'verwenden',
  'gebrauchen', 'verbrauchen', 'anwenden', 'abführen', 'fortführen',

  // Politics, law and conflict.
  'regieren', 'wählen', 'abstimmen', 'verabschieden', 'erlauben', 'genehmigen', 'verhaften',
  'festnehmen', 'anklagen', 'verklagen', 'bestrafen', 'strafen', 'schützen', 'verteidigen',
  'kämpfen', 'töten', 'verletzen', 'bedrohen', 'zerstören', 'besetzen', 'befreien', 'retten',
  'unterstützen', 'streiken', 'demonstrieren', 'regeln', 'reformieren', 'einführen', 'abschaffen',
  'umsetzen', 'durchsetzen', 'ratifizieren', 'unterzeichnen', 'zurücktreten', 'ernennen', 'berufen',
  'kandidieren', 'siegen', 'verhindern', 'ermöglichen', 'erfüllen', 'garantieren', 'respektieren',
  'akzeptieren', 'tolerieren', 'ignorieren', 'missachten', 'sanktionieren', 'blockieren',
  'boykottieren', 'bombardieren', 'beschießen', 'erobern', 'vermitteln', 'einigen', 'versöhnen',
  'koalieren', 'opponieren', 'amtieren', 'vertreten', 'verordnen', 'beantragen', 'bewilligen',
  'verdächtigen', 'beschuldigen', 'freisprechen', 'inhaftieren', 'abschieben', 'ausweisen',
  'einbürgern', 'integrieren', 'entscheiden', 'überwachen', 'spionieren', 'foltern', 'entführen',
  'morden', 'ermorden', 'rauben', 'betrügen', 'bestechen', 'fälschen', 'manipulieren', 'vertuschen',
  'aufklären', 'aufdecken',

  // Making, doing and using.
  'machen', 'bauen', 'bilden', 'gestalten', 'erstellen', 'malen', 'zeichnen', 'öffnen', 'aufhören',
  'versuchen', 'probieren', 'reparieren', 'ersetzen', 'erneuern', 'trennen', 'mischen', 'füllen',
  'leeren', 'putzen', 'kochen', 'wecken', 'errichten', 'konstruieren', 'programmieren',
  'organisieren', 'vorbereiten', 'bereiten', 'veranstalten', 'durchführen', 'erledigen', 'beheben',
  'lösen', 'drucken', 'kopieren', 'speichern', 'löschen', 'installieren', 'bestimmen', 'festlegen',
  'markieren', 'prägen', 'beeinflussen', 'bewirken', 'verursachen', 'auslösen', 'erzeugen',
  'schaden', 'nützen', 'dienen', 'hindern', 'stören', 'ärgern', 'erschweren', 'erleichtern',
  'vereinfachen', 'beschleunigen', 'verzögern', 'verlängern', 'verkürzen', 'begrenzen',
  'beschränken', 'erweitern', 'ausbauen', 'abbauen', 'aufbauen', 'umbauen', 'abreißen',
  'renovieren', 'modernisieren', 'digitalisieren',

  // Feelings, attitudes and relations.
  'lieben', 'hassen', 'freuen', 'vermissen', 'vertrauen', 'misstrauen', 'bewundern', 'verehren',
  'wünschen', 'bereuen', 'schämen', 'kümmern', 'pflegen', 'trösten', 'beruhigen', 'aufregen',
  'empören', 'enttäuschen', 'überraschen', 'erschrecken', 'begeistern', 'langweilen', 'bemühen',
  'engagieren', 'einsetzen', 'weigern', 'zögern', 'zaudern', 'wagen', 'riskieren', 'trauen',
  'verzichten', 'trauern', 'feiern', 'jubeln', 'lächeln', 'grinsen', 'seufzen', 'jammern',

  // Meeting, living together and daily life.
  'besuchen', 'grüßen', 'heiraten', 'spielen', 'tanzen', 'kennenlernen', 'begegnen', 'gratulieren',
  'unterrichten', 'lehren', 'üben', 'trainieren', 'gewöhnen', 'duschen', 'anziehen', 'ausziehen',
  'übernachten', 'frühstücken', 'suchen', 'verstecken', 'schenken', 'borgen', 'zuhören',
  'erkranken', 'überleben', 'atmen', 'husten', 'heilen', 'behandeln', 'operieren', 'impfen',
  'infizieren', 'anstecken', 'genesen', 'bluten', 'verbrennen', 'ertrinken', 'regnen', 'schneien',
  'blühen', 'glänzen', 'leuchten', 'strahlen', 'tönen', 'rauchen', 'stinken', 'duften', 'surfen',
  'chatten', 'posten', 'twittern', 'bloggen', 'klicken', 'streamen', 'filmen', 'fotografieren',
  'moderieren', 'interviewen', 'publizieren', 'zensieren', 'übersetzen', 'dolmetschen',

  // Sports and competition.
  'punkten', 'antreten', 'qualifizieren', 'ausscheiden', 'überholen', 'foulen', 'rudern', 'segeln',
  'klettern', 'joggen', 'radeln', 'boxen', 'fechten'
]

/**
 * Konjunktiv I third person singular forms left out of
 * `subjunctive1ThirdSingular` because, in lower case, they are far more often
 * a determiner, pronoun, adjective or adverb than a verb.
 *
 * Curated by the zitat authors: `meine` (possessive, not `er meine`), `ende`,
 * `liebe` (`liebe Leser`), `gleiche`, `leere`, `nähere` (`nähere Angaben`);
 * `alle`, `bessere`, `eine`, `gerne`, `große`, `grüne`, `keine`, `lange`,
 * `nahe` and `seine` are listed for safety although no verb of the lists
 * produces them today.
 */
export const subjunctive1Excluded: ReadonlySet<string> = new Set([
  'alle', 'bessere', 'eine', 'ende', 'gerne', 'gleiche', 'große', 'grüne', 'keine', 'lange',
  'leere', 'liebe', 'meine', 'nahe', 'nähere', 'seine'
])

/**
 * Konjunktiv II forms left out of `subjunctive2` because they equal a common
 * noun (`Schiene`, `Striche`, `Unterschiede`, `Wiese`), which a consumer that
 * lower-cases sentence-initial words would otherwise mistake for a verb.
 *
 * Curated by the zitat authors. Each listed singular also removes its plural
 * (`schienen`). Prefixed forms are kept (`bewiese`, `unterstriche`) unless
 * listed here or caught by `subjunctive2ExcludedEndings`. Plurals equal to an
 * infinitive (`führen` from `fahren`, `drängen`) are left out by the generator.
 */
export const subjunctive2Excluded: ReadonlySet<string> = new Set([
  'flöhe', 'schiene', 'schliche', 'schwämme', 'striche', 'unterschiede', 'wiese'
])

/**
 * Endings of Konjunktiv II singular forms left out of `subjunctive2` together
 * with their plural, with or without a prefix, because the form then equals a
 * plural noun (`würfe` → `Vorwürfe`,
 * `Entwürfe`; `griffe` → `Angriffe`, `Begriffe`; `triebe` → `Betriebe`).
 *
 * Curated by the zitat authors. This also drops the rare real Konjunktiv II
 * forms with these endings (`ergriffe`, `übertriebe`).
 */
export const subjunctive2ExcludedEndings: readonly string[] = [
  'bände', 'bisse', 'griffe', 'klänge', 'pfiffe', 'ränge', 'risse', 'schnitte', 'schritte',
  'stände', 'stiege', 'tränke', 'triebe', 'würfe', 'zwänge'
]

/**
 * Weak verbs that end like a prefixed strong verb (`be-reiten`, `be-gleiten`,
 * `be-schaffen`, `ge-brauchen`) and so get no derived Konjunktiv II.
 *
 * Curated by the zitat authors.
 */
export const weakLookalikes: ReadonlySet<string> = new Set([
  'abschaffen', 'beantragen', 'beauftragen', 'begleiten', 'bereiten', 'beschaffen', 'gebrauchen',
  'verbrauchen', 'verschaffen', 'vorbereiten'
])

/**
 * Konjunktiv I third person singular forms kept in `subjunctive1ThirdSingular`
 * that also are a common noun (`Rede`, `Frage`, `Preise`, `Gewinne`), an
 * adjective (`heiße`, `laute`, `reiche`, `sichere`, `äußere`), an ordinal
 * (`achte`), an interjection or adverb (`bitte`, `danke`, `schade`), or a
 * first person form frequent in direct quotes (`hoffe`); a consumer should want
 * more evidence for these, such as a third person subject.
 *
 * Curated by the zitat authors. `lage` is no verb form and so is not listed;
 * forms that equal a first person indicative are generated separately as
 * `indicativeHomographs`.
 */
export const ambiguousForms: ReadonlySet<string> = new Set([
  // Nouns in the singular.
  'anfrage', 'anklage', 'aussage', 'beichte', 'blase', 'buche', 'eile', 'falle', 'folge', 'frage',
  'fülle', 'klage', 'klappe', 'kreide', 'kürze', 'lehre', 'lüge', 'messe', 'miete', 'nachfrage',
  'pfeife', 'pflege', 'plane', 'rate', 'rede', 'reise', 'rolle', 'rüge', 'sage', 'schelte',
  'sorge', 'spende', 'stelle', 'stimme', 'strafe', 'stufe', 'suche', 'trage', 'voraussage',
  'vorhersage', 'wende', 'wiege', 'zusage',
  // Nouns in the plural.
  'filme', 'gewinne', 'gründe', 'grüße', 'hänge', 'kämpfe', 'male', 'preise', 'punkte', 'ringe',
  'räume', 'scheine', 'schreie', 'schätze', 'siege', 'spiele', 'streiche', 'stürze', 'teile',
  'träume', 'töne', 'weine', 'wünsche',
  // Adjectives and ordinals.
  'achte', 'heile', 'heiße', 'irre', 'laute', 'lockere', 'reiche', 'sichere', 'weiche', 'weise',
  'äußere',
  // Interjections, adverbs and first person forms frequent in quotes.
  'bitte', 'danke', 'hoffe', 'schade'
])
