import type {RootContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {parseInterview, type Heading, type InterviewRoot, type Metadata, type Turn} from 'zitat'
import {findViolations} from './util/invariants.js'
import {notesOf} from './util/project.js'
import {nameOf, speakerNamed, speechOfTree} from './util/speech.js'

/** `[role, label or null, text]` of a turn. */
type TurnRow = [role: string, label: string | null, text: string]

/**
 * Turns of a tree as `[role, label, text]`, in document order.
 */
function turnsOf(tree: InterviewRoot): TurnRow[] {
  const result: TurnRow[] = []
  visit(tree, 'TurnNode', function (node: Turn) {
    result.push([node.role, node.label ?? null, toString(node)])
  })
  return result
}

/**
 * Speaker names of the turns of a tree, in document order.
 */
function turnSpeakers(tree: InterviewRoot): Array<string | null> {
  const result: Array<string | null> = []
  visit(tree, 'TurnNode', function (node: Turn) {
    result.push(nameOf(tree, node.speaker))
  })
  return result
}

/**
 * Headings of a tree as `[text, speaker name]`.
 */
function headingsOf(tree: InterviewRoot): Array<[string, string | null]> {
  const result: Array<[string, string | null]> = []
  visit(tree, 'HeadingNode', function (node: Heading) {
    result.push([toString(node), nameOf(tree, node.speaker)])
  })
  return result
}

/**
 * Metadata lines of a tree as `[kind, text, speaker name]`.
 */
function metadataOf(tree: InterviewRoot): Array<[string, string, string | null]> {
  const result: Array<[string, string, string | null]> = []
  visit(tree, 'MetadataNode', function (node: Metadata) {
    result.push([node.kind, toString(node), nameOf(tree, node.speaker)])
  })
  return result
}

/**
 * What the root's children are (white space left out): node type, and the
 * role of turns (`TurnNode:answer`).
 */
function outline(tree: InterviewRoot): string[] {
  return tree.children
    .filter((child: RootContent) => child.type !== 'WhiteSpaceNode')
    .map((child: RootContent) => (child.type === 'TurnNode' ? 'TurnNode:' + child.role : child.type))
}

/** Join paragraphs with a blank line. */
function paragraphs(...values: string[]): string {
  return values.join('\n\n')
}

describe('interview: transcripts with labels', () => {
  it('should make turns of `Frage:` and the interviewee’s name, full name first, surname later', () => {
    const tree = parseInterview(
      paragraphs(
        'Frage: Frau Roth, die Schulen öffnen wieder. Sind Sie erleichtert?',
        'Anna Roth: Sehr. Die Kinder haben lange genug zu Hause gesessen.',
        'Frage: Was ändert sich im Unterricht?',
        'Roth: Wir lüften häufiger und die Klassen bleiben kleiner.'
      )
    )
    expect(turnsOf(tree)).toEqual([
      ['question', 'Frage', 'Frage: Frau Roth, die Schulen öffnen wieder. Sind Sie erleichtert?'],
      ['answer', 'Anna Roth', 'Anna Roth: Sehr. Die Kinder haben lange genug zu Hause gesessen.'],
      ['question', 'Frage', 'Frage: Was ändert sich im Unterricht?'],
      ['answer', 'Roth', 'Roth: Wir lüften häufiger und die Klassen bleiben kleiner.']
    ])
    expect(turnSpeakers(tree).filter((_, index) => index % 2 === 1)).toEqual(['Anna Roth', 'Anna Roth'])
  })

  it('should give `Frage:` questions no speaker when the text names no interviewer', () => {
    const tree = parseInterview(
      paragraphs(
        'Frage: Frau Roth, wie lange dauert der Umbau der Schule?',
        'Anna Roth: Mindestens zwei Jahre, eher drei.',
        'Frage: Und wer bezahlt das?',
        'Roth: Das Land und die Gemeinde teilen sich die Kosten.'
      )
    )
    expect(turnSpeakers(tree)).toEqual([null, 'Anna Roth', null, 'Anna Roth'])
    expect(speakerNamed(tree, 'Frage')).toBeUndefined()
  })

  it('should list the surname label as an alias of the full name', () => {
    const tree = parseInterview(
      paragraphs(
        'Frage: Frau Roth, warum treten Sie nicht noch einmal an?',
        'Anna Roth: Zwölf Jahre im Amt sind genug.',
        'Frage: Was kommt danach?',
        'Roth: Erst einmal ein langer Urlaub an der Ostsee.'
      )
    )
    const roth = speakerNamed(tree, 'Anna Roth')
    expect(roth?.aliases).toContain('Roth')
    expect(tree.speakers.filter((entry) => entry.name === 'Roth')).toEqual([])
  })

  it('should make questions of an outlet label (`ZDF:`) and name the outlet as their speaker', () => {
    const tree = parseInterview(
      paragraphs(
        'ZDF: Herr Hein, der Deich bei Husum hat gehalten. Hatten Sie Glück?',
        'Karl Hein: Glück auch, vor allem aber gute Vorbereitung.',
        'ZDF: Wie lange halten die Sandsäcke noch?',
        'Hein: Ein paar Tage, wenn das Wasser nicht weiter steigt.'
      )
    )
    expect(turnsOf(tree)).toEqual([
      ['question', 'ZDF', 'ZDF: Herr Hein, der Deich bei Husum hat gehalten. Hatten Sie Glück?'],
      ['answer', 'Karl Hein', 'Karl Hein: Glück auch, vor allem aber gute Vorbereitung.'],
      ['question', 'ZDF', 'ZDF: Wie lange halten die Sandsäcke noch?'],
      ['answer', 'Hein', 'Hein: Ein paar Tage, wenn das Wasser nicht weiter steigt.']
    ])
    expect(turnSpeakers(tree)).toEqual(['ZDF', 'Karl Hein', 'ZDF', 'Karl Hein'])
    expect(speakerNamed(tree, 'ZDF')?.kind).toBe('outlet')
  })

  it('should make questions of `SPIEGEL:`', () => {
    const tree = parseInterview(
      paragraphs(
        'SPIEGEL: Frau Roth, Ihre Partei liegt in den Umfragen bei neun Prozent. Woran liegt das?',
        'Roth: Wir haben zu lange über uns selbst geredet.',
        'SPIEGEL: Und das soll sich jetzt ändern?',
        'Roth: Ja, ab morgen reden wir über Mieten und Busse.'
      )
    )
    expect(turnsOf(tree).map(([role, label]) => [role, label])).toEqual([
      ['question', 'SPIEGEL'],
      ['answer', 'Roth'],
      ['question', 'SPIEGEL'],
      ['answer', 'Roth']
    ])
    expect(turnSpeakers(tree)).toEqual(['SPIEGEL', 'Roth', 'SPIEGEL', 'Roth'])
  })

  it('should make questions of `DLF:`', () => {
    const tree = parseInterview(
      paragraphs(
        'DLF: Herr Hein, wie viele Betten sind im Kreiskrankenhaus noch frei?',
        'Hein: Heute Morgen waren es vier.',
        'DLF: Reicht das über das Wochenende?',
        'Hein: Wenn nichts Größeres passiert, ja.'
      )
    )
    expect(turnsOf(tree)).toEqual([
      ['question', 'DLF', 'DLF: Herr Hein, wie viele Betten sind im Kreiskrankenhaus noch frei?'],
      ['answer', 'Hein', 'Hein: Heute Morgen waren es vier.'],
      ['question', 'DLF', 'DLF: Reicht das über das Wochenende?'],
      ['answer', 'Hein', 'Hein: Wenn nichts Größeres passiert, ja.']
    ])
  })

  it('should make questions of `tagesschau.de:` (an outlet label with a dot)', () => {
    const tree = parseInterview(
      paragraphs(
        'tagesschau.de: Frau Roth, wann fahren die Züge nach Sylt wieder?',
        'Anna Roth: Frühestens am Donnerstag.',
        'tagesschau.de: Was sollen Pendler bis dahin tun?',
        'Roth: Den Bus ab Niebüll nehmen, wir setzen zusätzliche Fahrten ein.'
      )
    )
    expect(turnsOf(tree)).toEqual([
      ['question', 'tagesschau.de', 'tagesschau.de: Frau Roth, wann fahren die Züge nach Sylt wieder?'],
      ['answer', 'Anna Roth', 'Anna Roth: Frühestens am Donnerstag.'],
      ['question', 'tagesschau.de', 'tagesschau.de: Was sollen Pendler bis dahin tun?'],
      ['answer', 'Roth', 'Roth: Den Bus ab Niebüll nehmen, wir setzen zusätzliche Fahrten ein.']
    ])
    expect(turnSpeakers(tree)).toEqual(['tagesschau.de', 'Anna Roth', 'tagesschau.de', 'Anna Roth'])
  })

  it('should make turns of `F:` and `A:`', () => {
    const tree = parseInterview(
      paragraphs(
        'F: Wie viele Wölfe leben inzwischen im Landkreis?',
        'A: Wir zählen drei Rudel und ein paar Einzeltiere.',
        'F: Sind Schafe noch sicher auf der Weide?',
        'A: Mit einem hohen Zaun und Herdenschutzhunden schon.'
      )
    )
    expect(turnsOf(tree)).toEqual([
      ['question', 'F', 'F: Wie viele Wölfe leben inzwischen im Landkreis?'],
      ['answer', 'A', 'A: Wir zählen drei Rudel und ein paar Einzeltiere.'],
      ['question', 'F', 'F: Sind Schafe noch sicher auf der Weide?'],
      ['answer', 'A', 'A: Mit einem hohen Zaun und Herdenschutzhunden schon.']
    ])
  })

  it('should not make speakers of the generic labels `F` and `A`', () => {
    const tree = parseInterview(
      paragraphs(
        'F: Wann beginnt die Ernte in diesem Jahr?',
        'A: Wegen der Hitze schon Mitte Juli.',
        'F: Und die Preise?',
        'A: Die fallen, weil überall viel Weizen wächst.'
      )
    )
    expect(speakerNamed(tree, 'F')).toBeUndefined()
    expect(speakerNamed(tree, 'A')).toBeUndefined()
  })

  it('should keep a stage direction in a label (`Roth (lacht):`) out of the label and in the turn', () => {
    const tree = parseInterview(
      paragraphs(
        'SPIEGEL: Frau Roth, haben Sie je selbst im Stau gestanden?',
        'Roth (lacht): Jeden Morgen, auf der A7 vor dem Elbtunnel.',
        'SPIEGEL: Und trotzdem wollen Sie keine neue Spur?',
        'Roth: Nein, eine neue Spur bringt nur mehr Autos.'
      )
    )
    expect(turnsOf(tree)).toEqual([
      ['question', 'SPIEGEL', 'SPIEGEL: Frau Roth, haben Sie je selbst im Stau gestanden?'],
      ['answer', 'Roth', 'Roth (lacht): Jeden Morgen, auf der A7 vor dem Elbtunnel.'],
      ['question', 'SPIEGEL', 'SPIEGEL: Und trotzdem wollen Sie keine neue Spur?'],
      ['answer', 'Roth', 'Roth: Nein, eine neue Spur bringt nur mehr Autos.']
    ])
    expect(turnSpeakers(tree)[1]).toBe('Roth')
    expect(notesOf(paragraphs('SPIEGEL: Haben Sie gelacht?', 'Roth (lacht): Ja.'))).toEqual([['stage', '(lacht)']])
  })

  it('should keep an answer of two paragraphs (the second unlabelled) one turn when every turn is labelled', () => {
    const tree = parseInterview(
      paragraphs(
        'Frage: Frau Roth, wie wird der neue Bahnhof finanziert?',
        'Anna Roth: Zu zwei Dritteln vom Bund, den Rest tragen Land und Stadt.',
        'Das ist mehr, als wir erwartet hatten.',
        'Frage: Wann ist Baubeginn?',
        'Roth: Im nächsten Frühjahr.'
      )
    )
    expect(turnsOf(tree)).toEqual([
      ['question', 'Frage', 'Frage: Frau Roth, wie wird der neue Bahnhof finanziert?'],
      [
        'answer',
        'Anna Roth',
        'Anna Roth: Zu zwei Dritteln vom Bund, den Rest tragen Land und Stadt.\n\nDas ist mehr, als wir erwartet hatten.'
      ],
      ['question', 'Frage', 'Frage: Wann ist Baubeginn?'],
      ['answer', 'Roth', 'Roth: Im nächsten Frühjahr.']
    ])
  })
})

describe('interview: only the first turns labelled', () => {
  it('should alternate questions ending in `?` and answers after a labelled first pair', () => {
    const tree = parseInterview(
      paragraphs(
        'SPIEGEL: Herr Hein, Sie haben vierzig Jahre lang Brot gebacken. Was hat sich verändert?',
        'Hein: Die Leute kaufen weniger, dafür wollen sie mehr Sorten.',
        'Welche Sorte geht am besten?',
        'Das Dinkelbrot, mit großem Abstand.',
        'Und die Brötchen am Sonntag?',
        'Die lohnen sich kaum noch, weil die Tankstelle billiger ist.'
      )
    )
    expect(turnsOf(tree)).toEqual([
      ['question', 'SPIEGEL', 'SPIEGEL: Herr Hein, Sie haben vierzig Jahre lang Brot gebacken. Was hat sich verändert?'],
      ['answer', 'Hein', 'Hein: Die Leute kaufen weniger, dafür wollen sie mehr Sorten.'],
      ['question', null, 'Welche Sorte geht am besten?'],
      ['answer', null, 'Das Dinkelbrot, mit großem Abstand.'],
      ['question', null, 'Und die Brötchen am Sonntag?'],
      ['answer', null, 'Die lohnen sich kaum noch, weil die Tankstelle billiger ist.']
    ])
    expect(turnSpeakers(tree)).toEqual(['SPIEGEL', 'Hein', 'SPIEGEL', 'Hein', 'SPIEGEL', 'Hein'])
  })

  it('should take a short statement after an answer for a question', () => {
    const tree = parseInterview(
      paragraphs(
        'Frage: Frau Roth, Sie leiten das Tierheim seit zehn Jahren. Wie voll ist es gerade?',
        'Roth: Randvoll. Wir nehmen seit März keine Katzen mehr auf.',
        'Viele Leute geben ihre Tiere nach dem Urlaub ab.',
        'Das stimmt leider. Im August bekommen wir jeden Tag Anrufe.'
      )
    )
    expect(turnsOf(tree).map(([role, , text]) => [role, text])).toEqual([
      ['question', 'Frage: Frau Roth, Sie leiten das Tierheim seit zehn Jahren. Wie voll ist es gerade?'],
      ['answer', 'Roth: Randvoll. Wir nehmen seit März keine Katzen mehr auf.'],
      ['question', 'Viele Leute geben ihre Tiere nach dem Urlaub ab.'],
      ['answer', 'Das stimmt leider. Im August bekommen wir jeden Tag Anrufe.']
    ])
  })

  it('should keep an unlabelled answer of two paragraphs one turn', () => {
    const second =
      'Dazu kommt, dass viele junge Leute lieber in der Stadt arbeiten, wo die Mieten zwar hoch sind, aber die Arbeitszeiten geregelt und die Wochenenden frei. Das kann ich ihnen nicht einmal übel nehmen, ich hätte es in ihrem Alter vielleicht genauso gemacht.'
    const tree = parseInterview(
      paragraphs(
        'Frage: Herr Hein, warum finden Sie keinen Nachfolger für Ihren Hof?',
        'Hein: Weil sich die Arbeit kaum noch rechnet.',
        'Wie meinen Sie das?',
        'Die Milchpreise sind seit Jahren zu niedrig, und jede neue Auflage kostet Geld.',
        second,
        'Was müsste die Politik tun?',
        'Die Auflagen mit den Betrieben absprechen, nicht über unsere Köpfe hinweg.'
      )
    )
    expect(turnsOf(tree).map(([role, , text]) => [role, text])).toEqual([
      ['question', 'Frage: Herr Hein, warum finden Sie keinen Nachfolger für Ihren Hof?'],
      ['answer', 'Hein: Weil sich die Arbeit kaum noch rechnet.'],
      ['question', 'Wie meinen Sie das?'],
      ['answer', 'Die Milchpreise sind seit Jahren zu niedrig, und jede neue Auflage kostet Geld.\n\n' + second],
      ['question', 'Was müsste die Politik tun?'],
      ['answer', 'Die Auflagen mit den Betrieben absprechen, nicht über unsere Köpfe hinweg.']
    ])
  })

  it('should alternate turns when only the very first question is labelled', () => {
    const tree = parseInterview(
      paragraphs(
        'ZDF: Frau Roth, Ihr Verein hat dieses Jahr die Meisterschaft gewonnen. Wie wird gefeiert?',
        'Mit einem Grillfest auf dem Sportplatz, für das ganze Dorf.',
        'Wer bezahlt die Würstchen?',
        'Der Bürgermeister hat versprochen, das zu übernehmen.'
      )
    )
    expect(turnsOf(tree).map(([role, label]) => [role, label])).toEqual([
      ['question', 'ZDF'],
      ['answer', null],
      ['question', null],
      ['answer', null]
    ])
  })
})

describe('interview: question and answer in one paragraph', () => {
  it('should split a paragraph at the line break between question and answer', () => {
    const tree = parseInterview(
      paragraphs(
        'Frage: Frau Roth, wie viele Flüchtlinge kommen diese Woche an?\nRoth: Etwa zweihundert, die meisten mit dem Zug.',
        'Wo werden sie untergebracht?\nZunächst in der Turnhalle, später in Wohnungen.',
        'Reicht der Platz?\nFür den Winter ja, danach müssen wir neu planen.'
      )
    )
    expect(turnsOf(tree)).toEqual([
      ['question', 'Frage', 'Frage: Frau Roth, wie viele Flüchtlinge kommen diese Woche an?'],
      ['answer', 'Roth', 'Roth: Etwa zweihundert, die meisten mit dem Zug.'],
      ['question', null, 'Wo werden sie untergebracht?'],
      ['answer', null, 'Zunächst in der Turnhalle, später in Wohnungen.'],
      ['question', null, 'Reicht der Platz?'],
      ['answer', null, 'Für den Winter ja, danach müssen wir neu planen.']
    ])
    expect(turnSpeakers(tree).filter((_, index) => index % 2 === 1)).toEqual(['Roth', 'Roth', 'Roth'])
  })

  it('should split a statement question from its answer at the line break', () => {
    const tree = parseInterview(
      paragraphs(
        'Frage: Herr Hein, wie geht es dem Wald nach dem Sommer?\nHein: Schlecht, die Fichten sterben großflächig ab.',
        'Sie wollen trotzdem wieder Fichten pflanzen.\nNein, wir setzen auf Eichen und Buchen.'
      )
    )
    expect(turnsOf(tree).map(([role, , text]) => [role, text])).toEqual([
      ['question', 'Frage: Herr Hein, wie geht es dem Wald nach dem Sommer?'],
      ['answer', 'Hein: Schlecht, die Fichten sterben großflächig ab.'],
      ['question', 'Sie wollen trotzdem wieder Fichten pflanzen.'],
      ['answer', 'Nein, wir setzen auf Eichen und Buchen.']
    ])
  })
})

describe('interview: excerpts with topic headings', () => {
  const excerpt = paragraphs(
    'Die Landesregierung will die Grundschulzeit auf sechs Jahre verlängern. Der Plan ist umstritten.',
    'Das sagt die Kultusministerin Anna Roth über die Reform, die Lehrer und ihre eigene Schulzeit.',
    '… die Reform:',
    '„Sechs gemeinsame Jahre geben den Kindern mehr Zeit. Niemand muss sich mit zehn entscheiden.“',
    '… die Lehrer:',
    '„Ohne zusätzliche Lehrkräfte wird das nicht gehen. Wir stellen im Sommer dreihundert neue ein.“',
    '„Die Ausbildung dauert allerdings, das weiß ich auch.“',
    '… ihre eigene Schulzeit:',
    '„Ich war keine gute Schülerin. Mathe habe ich gehasst.“'
  )

  it('should make heading nodes of `… topic:` lines and give them the lead-in’s speaker', () => {
    const tree = parseInterview(excerpt)
    expect(headingsOf(tree)).toEqual([
      ['… die Reform:', 'Anna Roth'],
      ['… die Lehrer:', 'Anna Roth'],
      ['… ihre eigene Schulzeit:', 'Anna Roth']
    ])
    expect(turnsOf(tree)).toEqual([])
  })

  it('should give the quote paragraphs under the headings the lead-in’s speaker', () => {
    const tree = parseInterview(excerpt)
    expect(speechOfTree(tree)).toEqual([
      ['direct', 'Sechs gemeinsame Jahre geben den Kindern mehr Zeit. Niemand muss sich mit zehn entscheiden.', 'Anna Roth'],
      ['direct', 'Ohne zusätzliche Lehrkräfte wird das nicht gehen. Wir stellen im Sommer dreihundert neue ein.', 'Anna Roth'],
      ['direct', 'Die Ausbildung dauert allerdings, das weiß ich auch.', 'Anna Roth'],
      ['direct', 'Ich war keine gute Schülerin. Mathe habe ich gehasst.', 'Anna Roth']
    ])
  })

  it('should leave the lead and the lead-in as paragraphs', () => {
    const tree = parseInterview(excerpt)
    expect(outline(tree)).toEqual([
      'ParagraphNode',
      'ParagraphNode',
      'HeadingNode',
      'ParagraphNode',
      'HeadingNode',
      'ParagraphNode',
      'ParagraphNode',
      'HeadingNode',
      'ParagraphNode'
    ])
  })

  it('should make a heading of a topic line without an ellipsis (`Über die Lehrer:`)', () => {
    const tree = parseInterview(
      paragraphs(
        'Das sagt der Bürgermeister Karl Hein über das neue Freibad und die Parkplätze.',
        'Über das Freibad:',
        '„Es wird im Juni eröffnet, mit einem Sprungturm und einer Rutsche.“',
        'Über die Parkplätze:',
        '„Es gibt zu wenige, das gebe ich zu. Kommen Sie mit dem Rad.“'
      )
    )
    expect(headingsOf(tree)).toEqual([
      ['Über das Freibad:', 'Karl Hein'],
      ['Über die Parkplätze:', 'Karl Hein']
    ])
  })
})

describe('interview: lists of voices', () => {
  it('should give each `Name: „…“` line of a list of voices that speaker, without turns', () => {
    const tree = parseInterview(
      paragraphs(
        'Ab Montag fährt der Bus nur noch stündlich. Was sagen die Fahrgäste?',
        'Anna Roth: „Ich komme dann zu spät zur Arbeit, das ist eine Frechheit.“',
        'Karl Hein: „Mir reicht das. Ich fahre ohnehin nur am Vormittag.“',
        'Lena Ohl: „Dann kaufe ich mir eben doch ein Auto.“'
      )
    )
    expect(speechOfTree(tree)).toEqual([
      ['direct', 'Ich komme dann zu spät zur Arbeit, das ist eine Frechheit.', 'Anna Roth'],
      ['direct', 'Mir reicht das. Ich fahre ohnehin nur am Vormittag.', 'Karl Hein'],
      ['direct', 'Dann kaufe ich mir eben doch ein Auto.', 'Lena Ohl']
    ])
    expect(turnsOf(tree)).toEqual([])
  })

  it('should give a single `Name: „…“` line in a report that speaker', () => {
    const tree = parseInterview(
      paragraphs(
        'Der Stadtrat hat am Abend die Schließung des Hallenbads beschlossen.',
        'Anna Roth: „Für die Schwimmvereine ist das ein schwarzer Tag.“',
        'Das Bad soll Ende des Jahres abgerissen werden.'
      )
    )
    expect(speechOfTree(tree)).toEqual([['direct', 'Für die Schwimmvereine ist das ein schwarzer Tag.', 'Anna Roth']])
    expect(turnsOf(tree)).toEqual([])
  })
})

describe('interview: credits and metadata', () => {
  it('should make a metadata node of `Das Gespräch führte …` and give the questions that interviewer', () => {
    const tree = parseInterview(
      paragraphs(
        'SPIEGEL: Frau Roth, wie oft fahren Sie selbst mit dem Rad ins Ministerium?',
        'Anna Roth: Jeden Tag, außer bei Glatteis.',
        'SPIEGEL: Auch im Anzug?',
        'Roth: Im Kostüm, ja. Man gewöhnt sich daran.',
        'Das Gespräch führte Karl Hein.'
      )
    )
    expect(metadataOf(tree)).toEqual([['credit', 'Das Gespräch führte Karl Hein.', 'Karl Hein']])
    expect(turnsOf(tree).map(([role, label]) => [role, label])).toEqual([
      ['question', 'SPIEGEL'],
      ['answer', 'Anna Roth'],
      ['question', 'SPIEGEL'],
      ['answer', 'Roth']
    ])
    expect(turnSpeakers(tree)).toEqual(['Karl Hein', 'Anna Roth', 'Karl Hein', 'Anna Roth'])
    expect(outline(tree).at(-1)).toBe('MetadataNode')
  })

  it('should make the outlet label an alias of the interviewer named in the credit', () => {
    const tree = parseInterview(
      paragraphs(
        'ZDF: Herr Berger, wie viele Wohnungen baut die Stadt dieses Jahr?',
        'Berger: Knapp vierhundert.',
        'ZDF: Das ist weniger als versprochen.',
        'Berger: Die Baupreise sind uns davongelaufen.',
        'Das Gespräch führte Karl Hein.'
      )
    )
    const hein = speakerNamed(tree, 'Karl Hein')
    expect(hein?.aliases).toContain('ZDF')
    expect(speakerNamed(tree, 'ZDF')).toBeUndefined()
  })

  it('should make a metadata node of `Interview: …` before the transcript and give the questions that interviewer', () => {
    const tree = parseInterview(
      paragraphs(
        'Interview: Karl Hein',
        'Frage: Frau Roth, Sie haben den Marathon in unter drei Stunden beendet. Wie fühlen Sie sich?',
        'Anna Roth: Müde, aber sehr glücklich.',
        'Frage: Was war der härteste Moment?',
        'Roth: Kilometer dreißig, da wollte ich aufgeben.'
      )
    )
    expect(metadataOf(tree)).toEqual([['credit', 'Interview: Karl Hein', 'Karl Hein']])
    expect(outline(tree)).toEqual([
      'MetadataNode',
      'TurnNode:question',
      'TurnNode:answer',
      'TurnNode:question',
      'TurnNode:answer'
    ])
    expect(turnSpeakers(tree)).toEqual(['Karl Hein', 'Anna Roth', 'Karl Hein', 'Anna Roth'])
  })

  it('should give the questions to the interviewer when his surname is the label', () => {
    const tree = parseInterview(
      paragraphs(
        'Hein: Frau Roth, wann haben Sie zuletzt einen Brief geschrieben?',
        'Roth: An meine Großmutter, zu ihrem neunzigsten Geburtstag.',
        'Hein: Mit der Hand?',
        'Roth: Natürlich, mit Füller.',
        'Die Fragen stellte Karl Hein.'
      )
    )
    expect(turnsOf(tree).map(([role, label]) => [role, label])).toEqual([
      ['question', 'Hein'],
      ['answer', 'Roth'],
      ['question', 'Hein'],
      ['answer', 'Roth']
    ])
    expect(turnSpeakers(tree)).toEqual(['Karl Hein', 'Roth', 'Karl Hein', 'Roth'])
    expect(metadataOf(tree)).toEqual([['credit', 'Die Fragen stellte Karl Hein.', 'Karl Hein']])
  })

  it('should end an unlabelled transcript at the credit line instead of making it a question', () => {
    const tree = parseInterview(
      paragraphs(
        'Frage: Herr Berger, Sie sammeln seit fünfzig Jahren Briefmarken. Welche ist Ihre wertvollste?',
        'Berger: Eine blaue Mauritius ist es leider nicht, aber ein Fehldruck aus Bayern.',
        'Was ist er wert?',
        'Mehr als mein Auto, sagen die Händler.',
        'Das Gespräch führte Karl Hein.'
      )
    )
    expect(outline(tree)).toEqual([
      'TurnNode:question',
      'TurnNode:answer',
      'TurnNode:question',
      'TurnNode:answer',
      'MetadataNode'
    ])
    expect(metadataOf(tree)).toEqual([['credit', 'Das Gespräch führte Karl Hein.', 'Karl Hein']])
    expect(turnSpeakers(tree)).toEqual(['Karl Hein', 'Berger', 'Karl Hein', 'Berger'])
  })

  it('should make a byline of `Von …`', () => {
    const tree = parseInterview(
      paragraphs(
        'Hochwasser an der Elbe: Pegel steigt weiter',
        'Von Karl Hein',
        'In Dresden hat die Elbe am Morgen die Marke von sechs Metern überschritten. Die Stadt hat Alarmstufe drei ausgerufen.'
      )
    )
    expect(metadataOf(tree)).toEqual([['byline', 'Von Karl Hein', 'Karl Hein']])
    expect(turnsOf(tree)).toEqual([])
    expect(outline(tree)).toEqual(['ParagraphNode', 'MetadataNode', 'ParagraphNode'])
  })
})

describe('interview: headline, lead and pull quotes', () => {
  it('should not make turns of the headline and the lead', () => {
    const tree = parseInterview(
      paragraphs(
        'Die letzte Fähre',
        'Seit dreißig Jahren fährt Karl Hein die Fähre über die Weser. Im Dezember ist Schluss. Ein Gespräch über Nebel, Radfahrer und den Abschied.',
        'Frage: Herr Hein, was werden Sie am meisten vermissen?',
        'Karl Hein: Die Ruhe am frühen Morgen, wenn noch niemand unterwegs ist.',
        'Frage: Und am wenigsten?',
        'Hein: Die Radfahrer, die sich vordrängeln.'
      )
    )
    expect(outline(tree)).toEqual([
      'ParagraphNode',
      'ParagraphNode',
      'TurnNode:question',
      'TurnNode:answer',
      'TurnNode:question',
      'TurnNode:answer'
    ])
    expect(turnsOf(tree)[0]).toEqual(['question', 'Frage', 'Frage: Herr Hein, was werden Sie am meisten vermissen?'])
  })

  it('should give a headline that quotes the interviewee the interviewee as speaker', () => {
    const tree = parseInterview(
      paragraphs(
        '„Ich habe nie an Aufgeben gedacht“',
        'Anna Roth ist mit 71 Jahren den Jakobsweg gegangen. Ein Gespräch über Blasen, Stille und Gottvertrauen.',
        'Frage: Frau Roth, wie viele Kilometer waren es am Ende?',
        'Anna Roth: Gut achthundert, von den Pyrenäen bis Santiago.',
        'Frage: Sind Sie je verzweifelt?',
        'Roth: Einmal, im Regen kurz vor Burgos. Aber aufgeben wollte ich trotzdem nicht.'
      )
    )
    expect(speechOfTree(tree)[0]).toEqual(['direct', 'Ich habe nie an Aufgeben gedacht', 'Anna Roth'])
    expect(outline(tree).slice(0, 2)).toEqual(['ParagraphNode', 'ParagraphNode'])
  })

  it('should give a quote in a headline or subheading of a report the principal speaker', () => {
    const tree = parseInterview(
      paragraphs(
        '„Wie ein zweites Leben“: Bergsteigerin erzählt von ihrer Rettung',
        'Eva Roth lag zwei Tage in einer Gletscherspalte. „Ich habe die Stunden gezählt“, sagt sie. „Irgendwann hörte ich Stimmen.“',
        'Die Nacht in der Spalte: „Ich dachte an meine Enkel“',
        'Die Bergwacht brauchte sechs Stunden bis zu ihr. „Ohne die Hunde hätten wir sie nicht gefunden“, sagte Einsatzleiter Tom Weber.'
      )
    )
    const rows = speechOfTree(tree)
    expect(rows[0]).toEqual(['direct', 'Wie ein zweites Leben', 'Eva Roth'])
    expect(rows.find((row) => row[1] === 'Ich dachte an meine Enkel')).toEqual(['direct', 'Ich dachte an meine Enkel', 'Eva Roth'])
  })

  it('should take a paragraph after a lead-in ending in a colon for a quoted block', () => {
    const tree = parseInterview(
      paragraphs(
        'Die Studentin Eva Roth schrieb nach der Nacht auf ihrem Blog:',
        'Wir standen bis zum Morgen vor dem Tor. Niemand wusste, was als Nächstes passiert.',
        'Die Polizei äußerte sich bis Mittag nicht.'
      )
    )
    expect(speechOfTree(tree)).toEqual([
      ['direct', 'Wir standen bis zum Morgen vor dem Tor. Niemand wusste, was als Nächstes passiert.', 'Eva Roth']
    ])
  })

  it('should not take a list after a colon for a quoted block', () => {
    const tree = parseInterview(paragraphs('Die Ergebnisse im Überblick:', 'Kiel 12', 'Lübeck 9'))
    expect(speechOfTree(tree)).toEqual([])
  })

  it('should not make a turn of a headline in the form `Name: „…“`', () => {
    const tree = parseInterview(
      paragraphs(
        'Anna Roth: „Die Schule ist kein Reparaturbetrieb“',
        'Die Kultusministerin über volle Klassen, fehlende Lehrer und die Rolle der Eltern.',
        'Frage: Frau Roth, in manchen Klassen sitzen dreißig Kinder. Ist das noch vertretbar?',
        'Roth: Nein, und das sage ich seit Jahren.',
        'Frage: Warum ändert sich dann nichts?',
        'Roth: Weil Lehrer nicht vom Himmel fallen.'
      )
    )
    expect(outline(tree)).toEqual([
      'ParagraphNode',
      'ParagraphNode',
      'TurnNode:question',
      'TurnNode:answer',
      'TurnNode:question',
      'TurnNode:answer'
    ])
    expect(speechOfTree(tree)[0]).toEqual(['direct', 'Die Schule ist kein Reparaturbetrieb', 'Anna Roth'])
  })

  it('should not make a turn of a pull quote between turns', () => {
    const tree = parseInterview(
      paragraphs(
        'Frage: Herr Hein, Sie sind seit vierzig Jahren Schiedsrichter. Wie oft wurden Sie beschimpft?',
        'Karl Hein: Jedes Wochenende. Am schlimmsten sind die Eltern am Spielfeldrand.',
        '„Am schlimmsten sind die Eltern am Spielfeldrand“',
        'Frage: Haben Sie je ein Spiel abgebrochen?',
        'Hein: Zweimal, beide Male in der C-Jugend.'
      )
    )
    expect(outline(tree)).toEqual([
      'TurnNode:question',
      'TurnNode:answer',
      'ParagraphNode',
      'TurnNode:question',
      'TurnNode:answer'
    ])
    expect(turnsOf(tree).map(([, , text]) => text)).toEqual([
      'Frage: Herr Hein, Sie sind seit vierzig Jahren Schiedsrichter. Wie oft wurden Sie beschimpft?',
      'Karl Hein: Jedes Wochenende. Am schlimmsten sind die Eltern am Spielfeldrand.',
      'Frage: Haben Sie je ein Spiel abgebrochen?',
      'Hein: Zweimal, beide Male in der C-Jugend.'
    ])
  })

  it('should not make a turn of a closed pull quote with end punctuation in an unlabelled transcript', () => {
    const tree = parseInterview(
      paragraphs(
        'Frage: Frau Roth, warum haben Sie die Bäckerei Ihrer Eltern übernommen?',
        'Roth: Weil ich den Geruch von frischem Brot nicht missen wollte.',
        'Was hat Ihr Vater dazu gesagt?',
        'Er hat geweint. Vor Freude, hoffe ich.',
        '„Er hat geweint. Vor Freude, hoffe ich.“',
        'Backen Sie nach seinen Rezepten?',
        'Nach einigen, das Roggenbrot ist noch genau wie früher.'
      )
    )
    expect(outline(tree)).toEqual([
      'TurnNode:question',
      'TurnNode:answer',
      'TurnNode:question',
      'TurnNode:answer',
      'ParagraphNode',
      'TurnNode:question',
      'TurnNode:answer'
    ])
  })
})

describe('interview: robustness', () => {
  /**
   * Whether the root’s children follow each other in the input.
   */
  function inOrder(tree: InterviewRoot): boolean {
    let previous = 0
    for (const child of tree.children) {
      const start = child.position?.start.offset ?? -1
      if (start < previous) return false
      previous = child.position?.end.offset ?? start
    }

    return true
  }

  it('should keep a tree lossless and in order for `Frage: »` and a label before a stray note', () => {
    const input = 'Frage: »\nBerger: Anm. d. Red.\n\rWir\r\n\r\n…'
    const tree = parseInterview(input)
    expect(findViolations(input, tree)).toEqual([])
    expect(toString(tree)).toBe(input)
    expect(inOrder(tree)).toBe(true)
  })

  it('should keep a tree lossless and in order for `Rutte:”` and a label before a stray note', () => {
    const input = 'Rutte:”\nBerger: Anm. d. Red. \r\r0.'
    const tree = parseInterview(input)
    expect(findViolations(input, tree)).toEqual([])
    expect(toString(tree)).toBe(input)
    expect(inOrder(tree)).toBe(true)
  })
})
