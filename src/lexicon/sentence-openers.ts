/**
 * Words that typically open a German sentence (capitalised there), used to
 * decide whether a full stop after a number or a sentence-final abbreviation
 * ends the sentence (`auf Platz 3. Dann …` ends; `am 3. Oktober` does not).
 *
 * Curated by the zitat authors: articles, pronouns, conjunctions, adverbs and
 * prepositions that start sentences. Nouns are left out: after a number a
 * capitalised noun is most often counted (`der 2. Weltkrieg`).
 *
 * @module
 */

/** Closed-class words that open sentences. */
export const sentenceOpeners: ReadonlySet<string> = new Set([
  // Articles and determiners.
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Eines',
  'Kein', 'Keine', 'Dieser', 'Diese', 'Dieses', 'Diesen', 'Jeder', 'Jede', 'Jedes', 'Alle',
  'Viele', 'Manche', 'Mehrere', 'Beide', 'Sein', 'Seine', 'Ihr', 'Ihre', 'Unser', 'Unsere',
  // Pronouns.
  'Ich', 'Du', 'Er', 'Sie', 'Es', 'Wir', 'Man', 'Dies', 'Das', 'Was', 'Wer', 'Wen', 'Wem',
  'Mir', 'Mich', 'Ihm', 'Ihn', 'Uns', 'Euch', 'Ihnen', 'Jemand', 'Niemand', 'Nichts', 'Alles',
  // Conjunctions and adverbs.
  'Und', 'Aber', 'Oder', 'Denn', 'Doch', 'Sondern', 'Dann', 'Danach', 'Daher', 'Deshalb',
  'Deswegen', 'Darum', 'Dabei', 'Dazu', 'Damit', 'Dafür', 'Dagegen', 'Davor', 'Darauf',
  'Trotzdem', 'Dennoch', 'Jedoch', 'Allerdings', 'Außerdem', 'Zudem', 'Auch', 'Also', 'So',
  'Nun', 'Jetzt', 'Heute', 'Gestern', 'Morgen', 'Bisher', 'Bislang', 'Inzwischen', 'Mittlerweile',
  'Zuvor', 'Zuletzt', 'Zunächst', 'Später', 'Schon', 'Bereits', 'Noch', 'Nur', 'Erst', 'Immer',
  'Nie', 'Niemals', 'Oft', 'Manchmal', 'Hier', 'Dort', 'Da', 'Wie', 'Wo', 'Wann', 'Warum',
  'Weshalb', 'Wenn', 'Als', 'Ob', 'Weil', 'Obwohl', 'Während', 'Nachdem', 'Bevor', 'Seit',
  'Seitdem', 'Sobald', 'Falls', 'Ja', 'Nein', 'Nicht', 'Vielleicht', 'Natürlich', 'Tatsächlich',
  'Insgesamt', 'Schließlich', 'Letztlich', 'Offenbar', 'Wahrscheinlich', 'Laut', 'Nach',
  'Demnach', 'Darin', 'Darüber', 'Daraufhin', 'Sinngemäß', 'Wörtlich', 'Weiter', 'Ferner',
  'Zugleich', 'Gleichzeitig', 'Ebenso', 'Ebenfalls', 'Anschließend', 'Abschließend', 'Zuerst',
  'Ergänzend', 'Indes', 'Indessen', 'Hingegen', 'Stattdessen', 'Vielmehr', 'Immerhin', 'Dazu',
  'Aktuell', 'Derzeit', 'Momentan', 'Gerade', 'Künftig', 'Bald', 'Sicher', 'Klar', 'Eigentlich',
  // Prepositions.
  'Im', 'In', 'Am', 'An', 'Auf', 'Aus', 'Bei', 'Beim', 'Mit', 'Für', 'Gegen', 'Ohne', 'Um',
  'Unter', 'Über', 'Vor', 'Vom', 'Von', 'Zum', 'Zur', 'Zu', 'Trotz', 'Wegen', 'Durch', 'Bis',
  'Gegenüber', 'Bezüglich', 'Angesichts', 'Aufgrund', 'Infolge', 'Gemäß', 'Entgegen', 'Neben',
  'Zwischen', 'Hinter', 'Ab', 'Außer', 'Innerhalb', 'Außerhalb', 'Während', 'Anlässlich'
])

/** German month names (`am 3. Oktober`). */
export const months: ReadonlySet<string> = new Set([
  'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August',
  'September', 'Oktober', 'November', 'Dezember'
])
