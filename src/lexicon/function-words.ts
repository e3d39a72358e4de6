/**
 * Function words that say something about the quote after them.
 *
 * Curated by the zitat authors.
 *
 * @module
 */

/**
 * Words that, right before quotation marks, make the quote a name, title or
 * term rather than speech (`die „Zeitenwende“`, `im „heute journal“`,
 * `als „Trump-Flüsterer“`, `sogenannte „Kulturfragen“`). Lower case.
 */
export const mentionLeaders: ReadonlySet<string> = new Set([
  // Articles and determiners.
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'kein', 'keine', 'keinen', 'keinem', 'keiner', 'dieser', 'diese', 'dieses', 'diesen', 'diesem',
  'jener', 'jene', 'jenes', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren',
  'ihrem', 'ihrer', 'unser', 'unsere', 'unseren', 'unserem', 'ihres', 'seines', 'welche', 'welcher',
  // Prepositions, also fused with articles.
  'im', 'ins', 'am', 'ans', 'vom', 'zum', 'zur', 'beim', 'in', 'an', 'auf', 'aus', 'bei', 'mit',
  'nach', 'von', 'vor', 'zu', 'für', 'gegen', 'ohne', 'um', 'unter', 'über', 'durch', 'wegen',
  'trotz', 'namens', 'sowie',
  // Comparison and naming.
  'als', 'wie', 'sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes', 'genannte',
  'genannten', 'genannter', 'titel', 'motto', 'stichwort', 'slogan', 'schlagwort', 'begriff',
  'heimlicher', 'heimliche', 'heimlichen', 'angebliche', 'angeblichen', 'angeblicher', 'neue',
  'neuen', 'neuer', 'neues', 'alte', 'alten', 'alter', 'große', 'großen', 'großer', 'erste',
  'ersten', 'erster', 'letzte', 'letzten', 'letzter', 'sogenanntem', 'selbsternannte',
  'selbsternannten', 'selbsternannter'
])

/** Articles and determiners that open a noun phrase. Lower case. */
export const determiners: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'kein', 'keine', 'keinen', 'keinem', 'keiner', 'dieser', 'diese', 'dieses', 'diesen', 'diesem',
  'jener', 'jene', 'jenes', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'seines', 'ihr', 'ihre',
  'ihren', 'ihrem', 'ihrer', 'ihres', 'unser', 'unsere', 'beide', 'beiden', 'viele', 'vielen',
  'mehrere', 'einige', 'einigen', 'zahlreiche', 'alle', 'manche', 'andere', 'anderen', 'jeder',
  'jede', 'jedes', 'zwei', 'drei', 'vier', 'fünf'
])

/** Genitive articles that attach a noun phrase (`des Konzerns`, `der Nato`). Lower case. */
export const genitiveArticles: ReadonlySet<string> = new Set([
  'des', 'der', 'eines', 'einer', 'dieses', 'dieser', 'seines', 'seiner', 'ihres', 'ihrer'
])

/** Prepositions that attach an affiliation to a speaker (`Meier vom Verband`). Lower case. */
export const affiliationPrepositions: ReadonlySet<string> = new Set([
  'von', 'vom', 'aus', 'bei', 'beim', 'für'
])

/**
 * Conjunctions and question words that open reported content after a cue
 * (`sagte, dass …`, `fragte, ob …`). Lower case.
 */
export const contentOpeners: ReadonlySet<string> = new Set([
  'dass', 'daß', 'ob', 'wie', 'warum', 'weshalb', 'wieso', 'weswegen', 'wer', 'wen', 'wem',
  'wessen', 'was', 'wann', 'wo', 'woher', 'wohin', 'womit', 'wofür', 'worauf', 'worüber',
  'welche', 'welcher', 'welches', 'welchen', 'inwiefern', 'inwieweit'
])

/**
 * Nouns after `nach` (or `aus`) that make a source frame (`nach Angaben der
 * Polizei`, `nach Worten von`, `aus Sicht der Grünen`). Lower case.
 */
export const sourceNouns: ReadonlySet<string> = new Set([
  'angaben', 'aussagen', 'aussage', 'worten', 'meinung', 'ansicht', 'einschätzung',
  'einschätzungen', 'auffassung', 'darstellung', 'informationen', 'auskunft', 'auskünften',
  'schätzungen', 'schätzung', 'berechnungen', 'recherchen', 'erkenntnissen', 'berichten',
  'mitteilung', 'sicht', 'überzeugung', 'wissen', 'beobachtungen', 'zählung', 'umfrage',
  'behauptungen', 'vermutungen', 'darstellungen', 'äußerungen', 'ermittlungen', 'stellungnahme',
  'mitteilungen', 'bericht', 'berichte', 'meldungen', 'meldung', 'zeugenaussagen', 'worte',
  'gutachten', 'studie', 'analyse', 'prognose', 'prognosen', 'umfragen', 'statistik', 'nachricht',
  'nachrichten', 'urteil', 'idee', 'wunsch', 'vorstellung', 'vorstellungen', 'planungen', 'plänen',
  'erfahrungen', 'kenntnisstand', 'ergebnis', 'gesetzentwurf', 'gesetzesentwurf', 'bekunden'
])

/**
 * Nouns of documents and findings that only make a source after `aus` with
 * a verb of findings (`wie aus einer Verlautbarung der Armee hervorgeht`,
 * `wie sich aus der Auswertung der Daten ergab`), not after `nach` (`nach
 * der Auswertung des Flugschreibers` is a time). Lower case.
 */
export const findingSourceNouns: ReadonlySet<string> = new Set([
  'verlautbarung', 'verlautbarungen', 'auswertung', 'auswertungen', 'unterlagen', 'dokumenten', 'daten'
])

/**
 * Verb particles and prefixes (of three letters or more) that, before a
 * source noun, make a noun of another verb: `Auszählung` (counting the
 * votes, of `auszählen`) is no count someone gives, `Vorstellung` of a
 * plan no idea of theirs, `Antworten`, `Rücksicht`, `Vorurteil` no
 * words, view or ruling. Lower case.
 */
export const verbPrefixes: ReadonlySet<string> = new Set([
  'aus', 'nach', 'vor', 'ein', 'auf', 'mit', 'bei', 'über', 'unter', 'ver', 'ent', 'zer', 'ant', 'rück',
  'wider', 'gegen', 'durch', 'fort', 'weg', 'zurück', 'hinter', 'voraus', 'heraus', 'hinaus'
])

/** Adverbs that stand before the finite verb in place of a subject (`Weiter sagte er`). Lower case. */
export const frontAdverbs: ReadonlySet<string> = new Set([
  'weiter', 'ferner', 'außerdem', 'zudem', 'dazu', 'darüber', 'zugleich', 'gleichzeitig',
  'auch', 'dann', 'danach', 'später', 'zuvor', 'zuletzt', 'kürzlich', 'gestern', 'heute',
  'morgen', 'bereits', 'schon', 'jetzt', 'nun', 'dabei', 'damals', 'ebenso', 'allerdings',
  'jedoch', 'doch', 'aber', 'deshalb', 'daher', 'trotzdem', 'dennoch', 'so', 'schließlich',
  'anschließend', 'abschließend', 'ergänzend', 'wörtlich', 'wiederum', 'inzwischen', 'bisher',
  'hier', 'dort', 'darauf', 'daraufhin', 'ebenfalls', 'selbst', 'sogar', 'insbesondere',
  'weiterhin', 'zunächst', 'erneut', 'nochmals', 'wiederholt', 'mehrfach', 'bislang', 'letztlich',
  // Focus: `erklärten nur die Gymnasien`.
  'nur', 'allein', 'lediglich',
  // Manner: how something was said (`Besorgt äußerte sich Annan`).
  'besorgt', 'verärgert', 'enttäuscht', 'erfreut', 'überrascht', 'zufrieden', 'unzufrieden',
  'skeptisch', 'optimistisch', 'pessimistisch', 'kritisch', 'unmissverständlich', 'deutlich',
  'ausdrücklich', 'erleichtert', 'empört', 'zuversichtlich', 'vorsichtig', 'scharf', 'entsetzt',
  'gelassen', 'selbstkritisch', 'offen', 'energisch', 'betroffen', 'irritiert', 'bestürzt',
  'verwundert', 'erstaunt', 'nachdenklich', 'ähnlich', 'anders', 'genauso', 'zurückhaltend',
  'zurückhaltender', 'positiv', 'negativ', 'kämpferisch', 'selbstbewusst', 'trotzig', 'knapp',
  'kurz', 'lapidar', 'sichtlich', 'hörbar', 'ironisch', 'lachend', 'schmunzelnd'
])

/** Personal pronouns that can name a speaker, with what they refer to. Lower case. */
export const speakerPronouns: ReadonlyMap<string, 'female' | 'male' | 'plural' | 'female-or-plural'> = new Map([
  ['er', 'male'],
  ['sie', 'female-or-plural']
])

/**
 * Nouns that name what follows as a title or slogan (`unter dem Motto „…“`,
 * `die Überschrift „…“`). Lower case.
 */
export const titleNouns: ReadonlySet<string> = new Set([
  'motto', 'titel', 'arbeitstitel', 'untertitel', 'überschrift', 'schlagzeile',
  'leitspruch', 'wahlspruch', 'stichwort', 'hashtag', 'name',
  'namen', 'buch', 'film', 'roman', 'album', 'song', 'lied', 'single', 'sendung', 'serie',
  'ausstellung', 'kampagne', 'aktion', 'projekt', 'programm', 'initiative', 'operation', 'studie',
  // Nouns a name stands beside (`die Organisation „…“`, `das Magazin „…“`).
  'organisation', 'partei', 'verein', 'firma', 'unternehmensgruppe', 'bewegung', 'bündnis',
  'netzwerk', 'plattform', 'magazin', 'magazins', 'magazines', 'zeitung', 'zeitschrift',
  'wochenzeitung', 'tageszeitung', 'sender', 'fernsehsender', 'radiosender', 'enzyklika', 'musical',
  'oper', 'theaterstück', 'stück', 'kategorie', 'rubrik', 'kolumne', 'modell', 'modelle', 'marke',
  'festival', 'konferenz', 'gruppe', 'band', 'app', 'spiel', 'schiff', 'gaststätte', 'restaurant'
])

/**
 * Lemmas of verbs that name or label something (`nannte die Lage „ernst“`,
 * `bezeichnete ihn einen „Lügner“`): quoted words as their object complement
 * are the speaker's.
 */
export const namingVerbs: ReadonlySet<string> = new Set([
  'nennen', 'bezeichnen', 'titulieren', 'schimpfen', 'taufen'
])

/**
 * Words that, right before quoted words in a naming clause, make them a
 * name rather than a label (`nennt sich „…“`, `den Film „…“`). Lower case.
 */
export const namingExclusions: ReadonlySet<string> = new Set([
  'sich', 'der', 'die', 'das', 'den', 'dem', 'des', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'namens',
  'und', 'oder', 'sowie'
])

/**
 * Lemmas of verbs that answer what someone else said (`Das wies Roth
 * zurück`): their `das` does not make the sentence before their subject's.
 */
export const responseVerbs: ReadonlySet<string> = new Set([
  'zurückweisen', 'bestreiten', 'dementieren', 'kritisieren', 'ablehnen', 'bezweifeln',
  'anzweifeln', 'verurteilen', 'begrüßen', 'loben', 'kommentieren', 'bedauern', 'widersprechen',
  'beantworten', 'kontern', 'relativieren', 'bemängeln', 'beklagen', 'rügen'
])

/**
 * Prepositions that open an adverbial of a main clause (`…, mit den Worten
 * entgegen`), lower case.
 */
export const clausePrepositions: ReadonlySet<string> = new Set([
  'an', 'am', 'auf', 'aus', 'bei', 'beim', 'durch', 'für', 'gegen', 'im', 'in', 'mit', 'nach', 'ohne',
  'seit', 'trotz', 'über', 'um', 'unter', 'von', 'vom', 'vor', 'wegen', 'zum', 'zur'
])

/**
 * Words that open a list of members set off after a group (`Die Gäste,
 * darunter zwei Ministerinnen, lobten …`, `unter ihnen`), as one or two
 * words, lower case.
 */
export const memberListOpeners: ReadonlySet<string> = new Set([
  'darunter', 'unter ihnen', 'unter anderem', 'allen voran', 'vor allem', 'insbesondere', 'namentlich'
])

/**
 * Conjunctions that open an adverbial clause (`Da …`, `Nachdem …`, `Obwohl
 * …`): before a verb of saying (`Nachdem er gewarnt hatte, bat er um
 * Hilfe`) such a clause tells when or why, not what was said. Followed by
 * an article or a number they are prepositions (`Seit dem 3. Mai ist …`,
 * `Während der Feiertage …`), see {@link prepositionObjects}. Lower case.
 */
export const adverbialOpeners: ReadonlySet<string> = new Set([
  'da', 'nachdem', 'obwohl', 'obgleich', 'obschon', 'während', 'weil', 'als', 'wenn', 'seit',
  'seitdem', 'bevor', 'ehe', 'sobald', 'sooft', 'falls', 'sofern', 'zumal', 'indem'
])

/**
 * Words after `seit`, `während`, `als` that make it a preposition or a
 * comparison (`seit dem Mai`, `während der Sitzung`, `als ein Beispiel`).
 * Lower case.
 */
export const prepositionObjects: ReadonlySet<string> = new Set([
  'der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'einem', 'einen', 'eines',
  'diesem', 'dieser', 'diesen', 'dieses', 'jahren', 'wochen', 'monaten', 'tagen', 'beginn', 'anfang', 'ende', 'mitte'
])

/**
 * Lower-case words that can follow a comma and are not finite verbs:
 * conjunctions, relative and demonstrative pronouns, prepositions, adverbs
 * that open a clause, and `so` (its own frame). Lower case.
 */
export const notVerbs: ReadonlySet<string> = new Set([
  'und', 'oder', 'aber', 'sondern', 'denn', 'doch', 'jedoch', 'sowie', 'bzw', 'beziehungsweise',
  'also', 'dann', 'da', 'dass', 'daß', 'ob', 'weil', 'wenn', 'als', 'wie', 'so', 'sobald', 'während',
  'obwohl', 'damit', 'nachdem', 'bevor', 'bis', 'seit', 'falls', 'sofern', 'zumal', 'um',
  'der', 'die', 'das', 'dem', 'den', 'des', 'deren', 'dessen', 'denen', 'welche', 'welcher',
  'welches', 'welchen', 'welchem', 'was', 'wer', 'wo', 'womit', 'wobei', 'worin', 'wofür',
  'ein', 'eine', 'einer', 'einem', 'einen', 'eines', 'kein', 'keine', 'nicht', 'nur', 'auch',
  'noch', 'schon', 'sogar', 'etwa', 'zum', 'zur', 'im', 'am', 'in', 'an', 'auf', 'aus', 'bei',
  'mit', 'nach', 'von', 'vom', 'vor', 'zu', 'für', 'gegen', 'ohne', 'unter', 'über', 'durch',
  'wegen', 'trotz', 'hier', 'dort', 'heute', 'gestern', 'morgen', 'jetzt', 'nun', 'immer'
])

/**
 * First and second person pronouns (without `ihr`, also `her`): the voice of
 * a speaker, not of a report. Lower case.
 */
export const voiceWords: ReadonlySet<string> = new Set([
  'ich', 'wir', 'mich', 'mir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'unseres',
  'mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'du', 'dich', 'dir', 'dein', 'deine',
  'euch', 'euer', 'eure'
])

/**
 * Lemmas of verbs that label something `als …` (`bezeichnete den Plan als
 * „unfair“`, `sieht die Maßnahme als „Kapitulation“`): the quoted label is
 * someone's words.
 */
export const labellingVerbs: ReadonlySet<string> = new Set([
  'bezeichnen', 'sehen', 'werten', 'bewerten', 'einstufen', 'beschreiben', 'kritisieren',
  'zurückweisen', 'ablehnen', 'loben', 'feiern', 'begrüßen', 'betrachten', 'empfinden',
  'verurteilen', 'charakterisieren', 'abtun', 'darstellen', 'titulieren', 'brandmarken',
  'attackieren', 'anprangern', 'verspotten', 'beurteilen', 'einschätzen', 'abqualifizieren'
])

/**
 * Nouns of saying, thinking and announcing whose content can follow after a
 * comma (`die Ankündigung, …zu…`, `zu dem Ergebnis, dass …`, `Zweifel daran,
 * ob …`, `Wert darauf, dass …`). Nouns of aims and decisions (`Ziel`,
 * `Entscheidung`, `Frage`) are left out: what follows them is no one's
 * words. Lower case.
 */
export const speechNouns: ReadonlySet<string> = new Set([
  'ankündigung', 'aussage', 'aussagen', 'behauptung', 'behauptungen', 'ergebnis', 'erklärung', 'forderung',
  'forderungen', 'hinweis', 'vorwurf', 'vorwürfe', 'warnung', 'meinung', 'ansicht', 'auffassung',
  'überzeugung', 'befürchtung', 'befürchtungen', 'hoffnung', 'zweifel', 'einschätzung', 'vermutung', 'mutmaßung',
  'verdacht', 'prognose', 'appell', 'bitte', 'zusage', 'versprechen', 'drohung', 'vorschlag',
  'beschluss', 'these', 'theorie', 'feststellung', 'wert', 'eindruck', 'schluss', 'standpunkt',
  'kritik', 'mitteilung', 'nachricht', 'meldung', 'gerücht', 'gerüchte', 'sorge', 'sorgen',
  'aufforderung', 'empfehlung', 'äußerung', 'information', 'erkenntnis'
])

/**
 * Nouns of words someone wrote, chanted or said: quoted words right after
 * them (or after `wie` following them) are those words (`mit der Aufschrift
 * „…“`, `Parolen wie „…“`, `die Feststellung „…“`). Lower case.
 */
export const utteranceNouns: ReadonlySet<string> = new Set([
  'aufschrift', 'aufschriften', 'parole', 'parolen', 'spruch', 'sprüche', 'slogan', 'slogans',
  'losung', 'losungen', 'feststellung', 'worte', 'worten', 'bemerkung', 'kommentar', 'appell',
  'warnung', 'botschaft', 'mahnung', 'zitat'
])

/**
 * Prepositions that open the front of a main clause and are missing from
 * `notVerbs` (`Innerhalb der Frist hat …`, `Angesichts der Lage will …`):
 * lower-case words before the finite verb that are not the verb. Lower case.
 */
export const frontPrepositions: ReadonlySet<string> = new Set([
  'ab', 'angesichts', 'anlässlich', 'anstatt', 'aufgrund', 'außer', 'außerhalb', 'binnen', 'entgegen',
  'entlang', 'gegenüber', 'gemäß', 'hinter', 'infolge', 'innerhalb', 'inmitten', 'jenseits', 'laut',
  'mangels', 'mittels', 'neben', 'oberhalb', 'samt', 'seitens', 'statt', 'unterhalb', 'unweit',
  'zufolge', 'zugunsten', 'zwischen'
])

/**
 * Finite forms of verbs of being, becoming and having (`ist`, `wurde`,
 * `gibt`): narration with one of them as its verb (`Die Kommission ist
 * zuständig.`, `Der Minister wurde entlassen.`) tells no act of its subject,
 * so what follows in Konjunktiv is not that subject's account. Lower case.
 */
export const stateVerbs: ReadonlySet<string> = new Set([
  'ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären', 'wird', 'werden', 'wurde', 'wurden',
  'würde', 'würden', 'bleibt', 'bleiben', 'blieb', 'blieben', 'gilt', 'gelten', 'galt', 'galten',
  'gibt', 'gab', 'heißt', 'hieß', 'steht', 'stehen', 'stand', 'standen', 'liegt', 'liegen', 'lag',
  'lagen'
])

/**
 * Finite forms of `haben`: an act when a participle closes the clause (`hat
 * den Termin festgelegt`), a state otherwise (`hat zwölf Mitglieder`). Lower
 * case.
 */
export const haveForms: ReadonlySet<string> = new Set(['hat', 'haben', 'hatte', 'hatten'])
