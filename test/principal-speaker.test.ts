import {describe, expect, it} from 'vitest'
import {parseInterview} from 'zitat'
import {speechOf, speechOfTree} from './util/speech.js'

/** A portrait: the baker is framed five times, then talks on unframed. */
const portrait = [
  'Bäckermeisterin Greta Ohlsen steht seit vier Uhr in der Backstube.',
  '',
  '„Ohne Sauerteig geht bei uns nichts“, sagt Ohlsen. „Der braucht Zeit“, erklärt sie. „Wir backen jeden Tag 300 Brote“, sagt die Meisterin. „Mehr schaffen wir nicht“, fügt sie hinzu.',
  '',
  'Neue Öfen',
  '',
  'Die Bäckerei hat im Frühjahr zwei Öfen gekauft. „Die alten waren dreißig Jahre alt“, sagt Ohlsen.',
  '',
  'Der Umbau der Backstube dauerte zwei Wochen. Die Handwerker kamen aus dem Nachbardorf.',
  '',
  'Strom',
  '',
  '„Jetzt sparen wir ein Drittel Strom.“',
  ''
].join('\n')

describe('principal speaker', () => {
  it('gives an unframed quote paragraph of a one-voice report to that voice', () => {
    const rows = speechOfTree(parseInterview(portrait)).filter(([kind]) => kind === 'direct')
    expect(rows.at(-1)).toEqual(['direct', 'Jetzt sparen wir ein Drittel Strom.', 'Greta Ohlsen'])
    // Every framed quote keeps its frame's speaker.
    expect(rows.every(([, , speaker]) => speaker === 'Greta Ohlsen')).toBe(true)
  })

  it('gives no speaker when the report has two voices of some weight', () => {
    const twoVoices = portrait.replace('„Mehr schaffen wir nicht“, fügt sie hinzu.', '„Mehr schaffen wir nicht“, sagt ihr Kollege Jens Brandt. „Die Nachfrage ist groß“, sagt Brandt.')
    const rows = speechOfTree(parseInterview(twoVoices)).filter(([kind]) => kind === 'direct')
    expect(rows.at(-1)).toEqual(['direct', 'Jetzt sparen wir ein Drittel Strom.', null])
  })

  it('needs five framed quotes of the principal speaker', () => {
    const short = portrait.replace(' „Wir backen jeden Tag 300 Brote“, sagt die Meisterin. „Mehr schaffen wir nicht“, fügt sie hinzu.', '')
    const rows = speechOfTree(parseInterview(short)).filter(([kind]) => kind === 'direct')
    expect(rows.at(-1)).toEqual(['direct', 'Jetzt sparen wir ein Drittel Strom.', null])
  })

  it('gives nothing to quotes inside quotes', () => {
    const nested = portrait.replace('„Jetzt sparen wir ein Drittel Strom.“', '„Die Kunden sagen ‚Endlich wieder warm‘ zu uns.“')
    const rows = speechOfTree(parseInterview(nested))
    expect(rows.at(-2)?.[2]).toBe('Greta Ohlsen')
    expect(rows.at(-1)?.[0]).not.toBe('direct')
  })

  it('counts reported speech of the principal speaker as well as quotes', () => {
    // Two framed quotes, four reported sentences: one voice, whose account
    // the long narration ends.
    const report = [
      'Der Förster Ole Marten kennt den Wald seit vierzig Jahren.',
      '',
      '„Die Fichten sterben“, sagt Marten. Der Sommer sei zu trocken gewesen, sagt er. Der Borkenkäfer habe leichtes Spiel. Man müsse umdenken.',
      '',
      'Marten erklärt, dass Buchen besser mit Hitze zurechtkämen. „Wir pflanzen jetzt Mischwald“, sagt er.',
      '',
      'Das Forstamt hat im Herbst 5000 Setzlinge gekauft. Die Schulklassen des Dorfes helfen beim Pflanzen. Der Bürgermeister kommt zum Fest. Es gibt Kuchen und Saft. Die Feuerwehr sperrt die Straße.',
      '',
      'Der Wald gehört der Gemeinde. Er ist 300 Hektar groß. Im Norden grenzt er an einen See. Dort brüten Kraniche. Im Süden führt ein Radweg vorbei. Am Wochenende ist viel los. Die Parkplätze reichen nicht. Ein Bus fährt stündlich.',
      '',
      'Das Wichtigste: „Der Wald braucht Geduld.“',
      ''
    ].join('\n')
    const rows = speechOfTree(parseInterview(report)).filter(([kind]) => kind === 'direct')
    expect(rows.at(-1)).toEqual(['direct', 'Der Wald braucht Geduld.', 'Ole Marten'])
  })

  it('gives an unframed quote of a report before a transcript to its voice', () => {
    const text = portrait + '\nFrage: Wie lange backen Sie schon?\n\nOhlsen: Seit dreißig Jahren.\n\nFrage: Und morgen?\n\nOhlsen: Morgen auch.\n'
    const tree = parseInterview(text)
    expect(tree.children.filter((child) => child.type === 'TurnNode')).toHaveLength(4)
    const rows = speechOfTree(tree).filter(([kind]) => kind === 'direct')
    expect(rows.find(([, quote]) => quote === 'Jetzt sparen wir ein Drittel Strom.')?.[2]).toBe('Greta Ohlsen')
  })
})

describe('a subordinate cue clause before an inverted frame', () => {
  it('keeps the words after `Während X erklärte,` with X, not the main clause speaker', () => {
    const rows = speechOf(
      'Während Anna Berger erklärte, sehr froh zu sein, „das ist ein Traum“, räumte Peter Krause ein, lange gezögert zu haben.'
    )
    expect(rows).toContainEqual(['indirect', 'sehr froh zu sein, „das ist ein Traum“', 'Anna Berger'])
    expect(rows).toContainEqual(['direct', 'das ist ein Traum', 'Anna Berger'])
    expect(rows).toContainEqual(['indirect', 'lange gezögert zu haben', 'Peter Krause'])
  })
})

describe('a source between two numbers', () => {
  it('keeps `von 40, nach anderen Angaben 45 Metern` inside its noun phrase', () => {
    const rows = speechOf(
      'Die neue Brücke über den Fluss hat eine Spannweite von 40, nach anderen Angaben 45 Metern. Der Bau dauerte drei, nach anderen Angaben vier Jahre.'
    )
    expect(rows).toEqual([])
  })

  it('still frames the clause after `nach Angaben der Polizei`', () => {
    const rows = speechOf('Bei dem Unfall wurden nach Angaben der Polizei drei Menschen verletzt, einer von ihnen schwer.')
    expect(rows).toContainEqual(['indirect', 'drei Menschen verletzt, einer von ihnen schwer', 'Polizei'])
  })
})

describe('indicative report after a fronted adverbial', () => {
  it('reports a main clause after `Am Montag sagte X,`', () => {
    expect(speechOf('Am Montag sagte die Bürgermeisterin, die Halle schließt im Mai.')).toEqual([
      ['indirect', 'die Halle schließt im Mai', 'die Bürgermeisterin']
    ])
  })

  it('reports nothing after a fronted object with a negated cue', () => {
    expect(speechOf('Einzelheiten gab er nicht bekannt, er verwies auf die Akten.')).toEqual([])
  })

  it('leaves a relative clause after the frame alone', () => {
    expect(speechOf('Am Montag sagte Anna Roth, die die Stiftung leitet, nichts.')).toEqual([])
  })
})

describe('narrated actor inside a carried account', () => {
  it('keeps the account that Konjunktiv carried on right before', () => {
    const rows = speechOf(
      'Die Nachrichtenagentur Reuters meldete am Abend, 40 Menschen seien verletzt worden. Die meisten seien Anwohner gewesen. Die Stadtverwaltung machte dafür die Betreiber der Anlage verantwortlich. Außerdem seien zwölf Häuser beschädigt worden.'
    )
    expect(rows).toContainEqual(['indirect', 'Außerdem seien zwölf Häuser beschädigt worden', 'Nachrichtenagentur Reuters'])
  })
})

describe('group named after its head as the holder of a conclusion', () => {
  it('reads `das Team um <Name>` as the subject of `kam zu dem Schluss`', () => {
    expect(speechOf('Das Team um Petra Lindner kam zu dem Schluss, dass die Brücke saniert werden müsse.')).toEqual([
      ['indirect', 'dass die Brücke saniert werden müsse', 'Team um Petra Lindner']
    ])
  })

  it('reads `das Team um <Name>` before `zu der Erkenntnis kommen`', () => {
    expect(speechOf('Das Team um Jonas Weber kommt zu der Erkenntnis, dass die Proben verunreinigt waren.')).toEqual([
      ['indirect', 'dass die Proben verunreinigt waren', 'Team um Jonas Weber']
    ])
  })

  it('does not join `um` after a noun that is no group', () => {
    expect(speechOf('Der Streit um Petra Lindner kam zu dem Schluss, dass die Brücke saniert werden müsse.')).not.toContainEqual([
      'indirect', 'dass die Brücke saniert werden müsse', 'Streit um Petra Lindner'
    ])
  })
})
