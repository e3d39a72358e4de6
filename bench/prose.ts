/**
 * German benchmark prose, written for zitat's benchmark (no corpus text):
 * a news report with direct and indirect speech, frames, editorial notes,
 * abbreviations and dates, followed by an interview with labelled and
 * unlabelled turns and topic headings.
 *
 * Each article is built from a variant number that rotates names, places,
 * numbers and the order of the news paragraphs, so a large text is not one
 * paragraph repeated.
 *
 * @module
 */

/** A person the prose can quote. */
interface Person {
  /** First name. */
  first: string
  /** Last name. */
  last: string
  /** Form of address (`Frau`, `Herr`). */
  address: 'Frau' | 'Herr'
}

/** Everything one article varies. */
interface Variant {
  /** Main speaker (the interviewee). */
  lead: Person
  /** A critic. */
  critic: Person
  /** A colleague of the critic. */
  colleague: Person
  /** A scientist. */
  expert: Person
  /** A second scientist. */
  professor: Person
  /** The interviewer. */
  reporter: Person
  /** A worker at the harbour. */
  worker: Person
  /** Town of the story. */
  town: string
  /** Town of the university. */
  university: string
  /** Office of the lead. */
  office: string
  /** Year of the story. */
  year: number
  /** Day of the month. */
  day: number
  /** Month name. */
  month: string
  /** A sum in millions. */
  millions: number
  /** A count of people. */
  crowd: number
  /** A count of signatures. */
  signatures: number
  /** A report number. */
  report: number
  /** A percentage. */
  percent: string
  /** A count of jobs. */
  jobs: number
  /** Years of work. */
  years: number
  /** Votes for, against, abstentions. */
  votes: [number, number, number]
}

/** Women, for rotation. */
const women: readonly Person[] = [
  {first: 'Anna', last: 'Berger', address: 'Frau'},
  {first: 'Leyla', last: 'Yılmaz', address: 'Frau'},
  {first: 'Katarzyna', last: 'Nowak', address: 'Frau'},
  {first: 'Renate', last: 'Oberhuber', address: 'Frau'},
  {first: 'Mai', last: 'Nguyen', address: 'Frau'},
  {first: 'Ingrid', last: 'Sørensen', address: 'Frau'},
  {first: 'Clara', last: 'Dupont-Weiß', address: 'Frau'}
]

/** Men, for rotation. */
const men: readonly Person[] = [
  {first: 'Jens', last: 'Hoffmann', address: 'Herr'},
  {first: 'Tobias', last: 'Krämer', address: 'Herr'},
  {first: 'Mehmet', last: 'Demir', address: 'Herr'},
  {first: 'Lukas', last: 'Brandstätter', address: 'Herr'},
  {first: 'Piotr', last: 'Kowalski', address: 'Herr'},
  {first: 'Georg', last: 'von Thaden', address: 'Herr'},
  {first: 'Ole', last: 'Petersen', address: 'Herr'},
  {first: 'Ahmad', last: 'Rahimi', address: 'Herr'}
]

/** Towns, for rotation. */
const towns: readonly string[] = [
  'Seestadt', 'Nordhafen', 'Bad Lindau', 'Altmühlen', 'Kirchwerder', 'Sankt Olaf', 'Großbrück',
  'Möwenau', 'Neu-Ulmenried', 'Eschenberg', 'Wattendorf'
]

/** Offices, for rotation. */
const offices: readonly string[] = ['Bürgermeisterin', 'Hafensenatorin', 'Landrätin', 'Stadtbaurätin', 'Ministerin']

/** Month names. */
const months: readonly string[] = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'
]

/**
 * Pick from a list by a rotating index.
 */
function pick<T>(list: readonly T[], index: number): T {
  return list[((index % list.length) + list.length) % list.length]
}

/**
 * Make the variant for an article number.
 *
 * @param index
 *   Article number (any non-negative integer).
 * @returns
 *   Names, places and numbers of that article.
 */
export function variant(index: number): Variant {
  return {
    lead: pick(women, index),
    critic: pick(women, index + 3),
    colleague: pick(men, index),
    expert: pick(men, index * 3 + 1),
    professor: pick(women, index * 5 + 4),
    reporter: pick(men, index + 4),
    worker: pick(women, index + 5),
    town: pick(towns, index),
    university: pick(towns, index * 7 + 3),
    office: pick(offices, index),
    year: 2015 + (index % 11),
    day: 1 + ((index * 7) % 28),
    month: pick(months, index * 5),
    millions: 40 + ((index * 37) % 900),
    crowd: 800 + ((index * 131) % 9000),
    signatures: 1200 + ((index * 977) % 40_000),
    report: 3 + ((index * 13) % 120),
    percent: String(4 + (index % 17)) + ',' + String(index % 10),
    jobs: 150 + ((index * 53) % 2000),
    years: 5 + (index % 31),
    votes: [20 + (index % 9), 15 + (index % 7), index % 5]
  }
}

/**
 * The news paragraphs of an article (reordered between articles).
 */
function news(v: Variant): string[] {
  const {lead, critic, colleague, expert, professor, worker} = v
  return [
    // Direct speech with a frame after it.
    '„Die Kais bröckeln seit Jahren, und wir können nicht länger zusehen“, sagte ' + lead.last +
      ' vor Journalisten. Den ersten Spatenstich kündigte sie für den Herbst an.',
    // Konjunktiv I and a mention in quotation marks.
    'Der Umbau sei überfällig, betonte sie. Man habe die Pläne mit den Anwohnern abgestimmt, und die Kosten von rund ' +
      v.millions + ' Mio. Euro würden zwischen Land und Stadt geteilt. Ein Sprecher des Verkehrsministeriums sagte, ' +
      'das Land werde seinen Anteil „zeitnah“ überweisen.',
    // Frames before and after, `laut`, `zufolge`.
    '„Wir rechnen trotzdem mit Verzögerungen“, so der Minister. Laut Polizei waren am Samstag etwa ' + v.crowd +
      ' Menschen auf der Straße; nach Angaben der Veranstalter waren es deutlich mehr. Dem Bündnis zufolge soll es ' +
      'weitere Kundgebungen geben.',
    // Guillemets, a colon frame and a nested single quote.
    '»Wer heute spart, zahlt morgen doppelt«, hatte ' + critic.first + ' ' + critic.last + ' bereits im Frühjahr gewarnt. ' +
      'Ihr Parteikollege ' + colleague.first + ' ' + colleague.last + ' widersprach: „Das Wort ‚alternativlos‘ höre ich ' +
      'in diesem Haus zu oft. Es ersetzt kein Argument.“',
    // Typewriter marks: a name, a slogan, a scare quote.
    'Die Initiative "Hafen für alle" sammelte nach eigenen Angaben ' + v.signatures + ' Unterschriften. Auf ihren ' +
      'Plakaten steht: "Kein Abriss ohne Ersatz!" Die Stadtverwaltung nannte die Zahl "nicht überprüfbar".',
    // Editorial insertion, omission and note.
    '„Wir haben damals [im Jahr ' + (v.year - 10) + ', Anm. d. Red.] die falschen Prioritäten gesetzt“, räumte ' +
      lead.last + ' ein. „Die Fischer [des Ortes] haben uns gewarnt […], aber niemand hörte zu.“ [Anm. d. Red.: Die ' +
      'Stadt hat die Warnungen inzwischen veröffentlicht.]',
    // Abbreviations, ordinals and dates.
    'Dr. ' + expert.first + ' ' + expert.last + ' von der Universität ' + v.university + ' verweist auf die Studie Nr. ' +
      v.report + ' vom 3. Oktober ' + (v.year - 1) + '. Demnach stiegen die Baukosten im Jan. ' + v.year + ' um ca. ' +
      v.percent + ' Prozent, u. a. wegen höherer Stahlpreise. Prof. Dr. ' + professor.last + ' hält das z. B. für ' +
      '„eine eher vorsichtige Schätzung“.',
    // English marks and an apostrophe.
    'Der Investor sprach in einer Mitteilung von einem “strategischen Schritt”. Was das konkret heißt, ließ er offen. ' +
      'Am Kai fragt man sich längst, wie’s weitergehen soll.',
    // Several sentences in one quote, then the frame.
    '„Ist das gerecht? Ich finde nicht. Aber wir müssen damit leben“, sagte ' + worker.first + ' ' + worker.last +
      ', die seit ' + v.years + ' Jahren am Hafen arbeitet.',
    // A dass-clause and Konjunktiv I without marks.
    'Die Gewerkschaft erklärte am Dienstag, dass sie den Plan grundsätzlich unterstütze. Sie fordere aber ' +
      'verbindliche Zusagen für die rund ' + v.jobs + ' Beschäftigten, sagte eine Sprecherin.',
    // Times, scores, a vote.
    'Die Sitzung des Stadtrats begann um 18.30 Uhr und dauerte bis kurz vor Mitternacht. Mit ' + v.votes[0] + ':' +
      v.votes[1] + ' Stimmen bei ' + v.votes[2] + ' Enthaltungen wurde der Antrag angenommen.',
    // Guillemets with nested single guillemets.
    'Die ' + v.office + ' zitierte aus einem Brief der Anwohner: »Sie nennen es ›Hafen ' + (v.year + 15) + '‹, wir ' +
      'nennen es ›Dauerbaustelle‹.« Beantwortet habe sie den Brief noch nicht, hieß es aus dem Rathaus.',
    // A frame inside a quote.
    '„Das“, sagte ' + colleague.last + ', „ist kein Sparprogramm, das ist ein Ausverkauf!“ Seine Fraktion will ' +
      'den Beschluss im Rat anfechten.',
    // Reported speech in Konjunktiv I over several clauses.
    'Die Opposition warf der Stadt vor, sie habe die Öffentlichkeit zu spät informiert. Es gebe keinen belastbaren ' +
      'Zeitplan, der Haushalt sei nicht gedeckt, und wer jetzt baue, werde später abreißen müssen.',
    // `[sic]` and parentheses that are no note.
    'In dem Schreiben heißt es wörtlich, man werde „die Anwohner rechtzeitig infomieren [sic]“. (Das Rathaus ' +
      'bestätigte den Eingang des Briefes am ' + v.day + '. ' + v.month + '.) Die Grünen (' + v.votes[2] + ' Sitze) ' +
      'enthielten sich.',
    // Dashes, measures, a company name with `&` and `Co.`.
    'Geplant sind u. a. ein neues Fährterminal, 2,4 km Kaimauer und – laut Bauamt – ein Radweg entlang der Str. ' +
      '„Am Fischmarkt“. Bauherrin ist die Hafen GmbH & Co. KG, an der die Stadt 51 Prozent hält.',
    // A quote that is a question, an unnamed source, a short mention.
    'Ob der Zeitplan hält, ist offen. „Wann haben Sie zuletzt eine Baustelle gesehen, die pünktlich fertig wurde?“, ' +
      'fragte ein Mitarbeiter des Bauamts, der nicht genannt werden wollte. Intern ist vom „Projekt Möwe“ die Rede.',
    // Quotes from a written statement, with a line break and a title in marks.
    'In ihrer Stellungnahme schreibt die Handelskammer, man begrüße „jede Investition in die Infrastruktur“. ' +
      'Zugleich mahnt sie an, die Betriebe während der Bauzeit „nicht allein zu lassen“.\nDer Bericht ' +
      '„Häfen im Wandel“ soll im ' + pick(months, v.day) + ' erscheinen.'
  ]
}

/**
 * Build one article: a dateline, news paragraphs, and an interview.
 *
 * @param index
 *   Article number; it rotates names, places, numbers and paragraph order.
 * @returns
 *   The article (paragraphs separated by blank lines, no trailing break).
 */
export function article(index: number): string {
  const v = variant(index)
  const {lead, reporter} = v
  const body = news(v)
  // Rotate the news paragraphs so articles differ in order too.
  const shift = index % body.length
  const rotated = [...body.slice(shift), ...body.slice(0, shift)]

  const paragraphs = [
    v.town + ', ' + v.day + '. ' + v.month + ' ' + v.year + '. Die ' + v.office + ' von ' + v.town + ', ' + lead.first +
      ' ' + lead.last + ', will den alten Hafen bis ' + (v.year + 3) + ' umbauen lassen.',
    ...rotated,
    // The interview: metadata, labelled turns, unlabelled alternation, topic headings.
    'Das Gespräch führte ' + reporter.first + ' ' + reporter.last + '.',
    'Frage: ' + lead.address + ' ' + lead.last + ', warum gerade jetzt?\n' + lead.last + ': Weil die Zeit drängt. ' +
      '(lacht) Ehrlich gesagt hätten wir schon vor zehn Jahren anfangen müssen.',
    'Frage: Was sagen Sie denen, die von einem „Luftschloss“ sprechen?',
    lead.last + ': Ich lade sie ein, sich die Pläne anzusehen. […] Wer sie gelesen hat, spricht nicht mehr von ' +
      'Luftschlössern.',
    'Und die Bahn?',
    'Die Bahn ist unser wichtigster Partner. Ohne den neuen Anschluss ergibt das ganze Projekt keinen Sinn.',
    'Hat Sie der Widerstand überrascht?',
    'Ein wenig, ja. (zögert) Aber Widerspruch gehört dazu, das ist Demokratie.',
    'Über die Bahn:',
    '„Ohne Gleisanschluss bleibt der Hafen ein Museum.“',
    'Über die Finanzierung:',
    '„Wir haben ' + v.millions + ' Mio. Euro eingeplant, keinen Cent mehr.',
    '„Sollte es teurer werden, muss der Bund einspringen. Das haben wir schriftlich.“',
    lead.last + ': Das ist doch absurd! (Zwischenruf) Lassen Sie mich ausreden. [Applaus] Wir reden hier über ' +
      v.jobs + ' Arbeitsplätze, und zwar i. d. R. unbefristete.'
  ]

  return paragraphs.join('\n\n')
}

/**
 * Build text of about `size` characters from consecutive articles.
 *
 * @param size
 *   Wanted length in UTF-16 code units.
 * @returns
 *   Text of at least `size` characters, ending at an article end; articles
 *   are separated by a blank line.
 */
export function prose(size: number): string {
  const parts: string[] = []
  let length = 0
  let index = 0
  while (length < size) {
    const next = article(index++)
    parts.push(next)
    length += next.length + 2
  }

  return parts.join('\n\n')
}
