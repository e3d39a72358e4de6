import {describe, expect, it} from 'vitest'
import {toString} from 'nlcst-to-string'
import {VFile} from 'vfile'
import {parseInterview} from 'zitat'
import {find, quotesOf} from './util/project.js'

describe('quotes: marks', () => {
  it('should support „…“', () => {
    expect(quotesOf('Sie sagte: „Der Hafen bleibt offen.“')).toEqual([['direct', '„Der Hafen bleibt offen.“']])
  })

  it('should read Swiss guillemets spaced inside out (`Gasthof« Zur Post »am`)', () => {
    expect(quotesOf('Der Brand im Gasthof« Zur Post »am Markt war schnell gelöscht. Früher hieß das Haus« Zum Hirschen ».')).toEqual([
      ['mention', '« Zur Post »'],
      ['mention', '« Zum Hirschen »']
    ])
  })

  it('should keep German guillemets that open with `»`', () => {
    expect(quotesOf('Sie rief: »Alle an Bord!« Dann legte das Schiff ab.')).toEqual([['direct', '»Alle an Bord!«']])
  })

  it('should not make a sentence of words spaced inside their marks', () => {
    const tree = parseInterview('Das Lokal „ Zur Post “ brannte.')
    const quote = find(tree, 'QuoteNode')
    expect(quote?.children.map((child) => child.type)).not.toContain('SentenceNode')
  })

  it('should open a quote glued to the full stop before it', () => {
    expect(quotesOf('"Das war gut", so der Chef."Die Saison ist gerettet."')).toEqual([
      ['direct', '"Das war gut"'],
      ['direct', '"Die Saison ist gerettet."']
    ])
  })

  it('should support “…”', () => {
    expect(quotesOf('Er schrieb: “Wir kommen morgen wieder.”')).toEqual([['direct', '“Wir kommen morgen wieder.”']])
  })

  it('should support "…"', () => {
    expect(quotesOf('Sie rief: "Alle an Bord!"')).toEqual([['direct', '"Alle an Bord!"']])
  })

  it('should support »…«', () => {
    expect(quotesOf('Er meinte: »Das wird nichts mehr.«')).toEqual([['direct', '»Das wird nichts mehr.«']])
  })

  it('should support «…»', () => {
    expect(quotesOf('Sie sagte: «Wir stimmen dagegen.»')).toEqual([['direct', '«Wir stimmen dagegen.»']])
  })

  it('should support ‚…‘ and ›…‹ alone', () => {
    expect(quotesOf('Er sagte: ‚Ich bin gleich zurück.‘ Sie sagte: ›Ich warte hier.‹')).toEqual([
      ['direct', '‚Ich bin gleich zurück.‘'],
      ['direct', '›Ich warte hier.‹']
    ])
  })

  it("should support '…'", () => {
    expect(quotesOf("Er rief: 'Wir sind gleich da!'")).toEqual([['direct', "'Wir sind gleich da!'"]])
  })

  it('should support nesting „… ‚…‘ …“', () => {
    expect(quotesOf('Sie sagte: „Der Chef nannte das ‚Unsinn‘ und ging.“')).toEqual([
      ['direct', '„Der Chef nannte das ‚Unsinn‘ und ging.“'],
      ['mention', '‚Unsinn‘']
    ])
  })

  it('should support nesting »… ›…‹ …«', () => {
    expect(quotesOf('Er sagte: »Im Kino lief ›Der Sturm‹, also blieb ich draußen.«')).toEqual([
      ['direct', '»Im Kino lief ›Der Sturm‹, also blieb ich draußen.«'],
      ['mention', '›Der Sturm‹']
    ])
  })

  it('should not take apostrophes for marks', () => {
    const marked = quotesOf("So geht's nicht, meinte die Trump'sche Beraterin. Er hat ’n Auto und ’s Haus.").filter(
      ([kind]) => kind !== 'indirect'
    )
    expect(marked).toEqual([])
  })

  it('should not take an apostrophe inside a quote for its end', () => {
    expect(quotesOf("Sie sagte: 'So geht's nicht weiter, das ist klar.'")).toEqual([
      ['direct', "'So geht's nicht weiter, das ist klar.'"]
    ])
  })
})

describe('quotes: spans', () => {
  it('should hold the sentences of a quote that spans sentences', () => {
    const tree = parseInterview('Sie sagte: „Es regnet. Wir bleiben hier.“ Dann ging sie.')
    const quote = find(tree, 'QuoteNode')
    expect(quote?.children.map((node) => [node.type, toString(node)])).toEqual([
      ['PunctuationNode', '„'],
      ['SentenceNode', 'Es regnet.'],
      ['WhiteSpaceNode', ' '],
      ['SentenceNode', 'Wir bleiben hier.'],
      ['PunctuationNode', '“']
    ])
  })

  it('should make a quoted paragraph a child of the paragraph', () => {
    const tree = parseInterview('„Es regnet. Wir bleiben hier.“')
    const paragraph = tree.children[0]
    expect(paragraph.type).toBe('ParagraphNode')
    expect(paragraph.type === 'ParagraphNode' && paragraph.children.map((node) => node.type)).toEqual(['QuoteNode'])
  })

  it('should make one quote over paragraphs that reopen', () => {
    const text = '„Erstens bauen wir die Brücke.\n\n„Zweitens den Bahnhof.\n\n„Drittens die Straße.“ So sprach der Planer.'
    const tree = parseInterview(text)
    expect(quotesOf(text)).toEqual([['direct', '„Erstens bauen wir die Brücke.\n\n„Zweitens den Bahnhof.\n\n„Drittens die Straße.“']])
    const quote = tree.children[0]
    expect(quote.type).toBe('QuoteNode')
    expect(quote.type === 'QuoteNode' && quote.closed).toBe(true)
    expect(tree.children.map((node) => node.type)).toEqual(['QuoteNode', 'WhiteSpaceNode', 'ParagraphNode'])
  })

  it('should cut a paragraph where a quote over paragraphs starts', () => {
    const text = 'Der Planer sagte: „Erstens die Brücke.\n\n„Zweitens der Bahnhof.“'
    const tree = parseInterview(text)
    expect(tree.children.map((node) => [node.type, toString(node)])).toEqual([
      ['ParagraphNode', 'Der Planer sagte:'],
      ['WhiteSpaceNode', ' '],
      ['QuoteNode', '„Erstens die Brücke.\n\n„Zweitens der Bahnhof.“']
    ])
  })

  it('should end an unclosed quote at its paragraph', () => {
    const text = 'Sie sagte: „Wir bleiben hier und warten.\n\nDanach regnete es.'
    const tree = parseInterview(text)
    const quote = find(tree, 'QuoteNode')
    expect(quote && [quote.closed, toString(quote)]).toEqual([false, '„Wir bleiben hier und warten.'])
  })

  it('should report an unclosed quote', () => {
    const file = new VFile()
    parseInterview('Sie sagte: „Wir bleiben hier und warten.', {file})
    expect(file.messages.map((message) => [message.ruleId, message.source, String(message.place && 'start' in message.place ? message.place.start.offset : '')])).toEqual([
      ['unclosed-quote', 'zitat', '11']
    ])
    expect(file.messages[0].reason).toBe('Unexpected unclosed quote `„`, expected `“` before the paragraph ends')
  })

  it('should report a closing mark without an opener', () => {
    const file = new VFile()
    parseInterview('Wir bleiben hier.“ Sagte sie.', {file})
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unmatched-closing-mark'])
  })

  it('should record the marks and `closed`', () => {
    const quote = find(parseInterview('Er rief: »Komm her!«'), 'QuoteNode')
    expect(quote && [quote.open, quote.close, quote.closed]).toEqual(['»', '«', true])
  })

  it('should split a quote interrupted by its frame into two', () => {
    expect(quotesOf('„Wir bauen“, sagte sie, „aber erst im Herbst.“')).toEqual([
      ['direct', '„Wir bauen“'],
      ['direct', '„aber erst im Herbst.“']
    ])
  })
})

describe('quotes: direct or mention', () => {
  it('should take a quoted term after an article for a mention', () => {
    expect(quotesOf('Die Partei will die „Wende“ schaffen.')).toEqual([['mention', '„Wende“']])
  })

  it('should take a scare quote after an adjective for a mention', () => {
    expect(quotesOf('Sie gilt als heimliche "Chefdiplomatin" der Regierung.')).toEqual([['mention', '"Chefdiplomatin"']])
  })

  it('should take a show title after a preposition for a mention', () => {
    expect(quotesOf('Er sprach in der Sendung „Abends im Ersten“ über Geld.')).toEqual([['mention', '„Abends im Ersten“']])
  })

  it('should take a quote after a colon for speech', () => {
    expect(quotesOf('Sie sagte nur: „Nein.“')).toEqual([['direct', '„Nein.“']])
  })

  it('should take a long quote with a verb for speech', () => {
    expect(quotesOf('„Wir werden die Schule im Sommer renovieren“, versprach der Bürgermeister.')).toEqual([
      ['direct', '„Wir werden die Schule im Sommer renovieren“']
    ])
  })

  it('should take a whole quoted paragraph for speech', () => {
    expect(quotesOf('„Wir bleiben hier.“')).toEqual([['direct', '„Wir bleiben hier.“']])
  })

  it('should take a quote before `, <verb>` for speech, whatever the verb', () => {
    expect(quotesOf('„Der letzte Zug fällt heute aus“, stand auf der Tafel am Bahnsteig.')).toEqual([
      ['direct', '„Der letzte Zug fällt heute aus“']
    ])
  })

  it('should not take a title before `, der …` (an apposition) for speech', () => {
    expect(quotesOf('„Nebel über Lübeck“, der neue Krimi der Reihe, läuft am Sonntag.')).toEqual([
      ['mention', '„Nebel über Lübeck“']
    ])
  })

  it('should take quoted words that end in a verb for speech', () => {
    expect(quotesOf('Die Stadt habe mit dem Umbau „Jahre zu spät begonnen“ und viel Geld verloren.')).toEqual([
      ['direct', '„Jahre zu spät begonnen“']
    ])
  })

  it('should take quoted words that end in a predicative adjective for speech', () => {
    expect(quotesOf('Für die Eltern ist die neue Regel „völlig unverständlich“.')).toEqual([
      ['direct', '„völlig unverständlich“']
    ])
  })

  it('should take quoted words in the first person for speech', () => {
    expect(quotesOf('Auf den Transparenten der Menge stand „Wir zahlen eure Krise nicht“ in roter Farbe.')).toEqual([
      ['direct', '„Wir zahlen eure Krise nicht“']
    ])
  })

  it('should keep a title that ends in a noun a mention', () => {
    expect(quotesOf('Der Film „Die lange Nacht von Kiel“ läuft im Herbst.')).toEqual([
      ['mention', '„Die lange Nacht von Kiel“']
    ])
  })

  it('should keep a name after a noun such as `Organisation` a mention, also in reported speech', () => {
    expect(quotesOf('Neben Mitgliedern der Organisation „Ein Dach für alle“ seien auch Ärzte an Bord, sagte sie.')).toEqual([
      ['indirect', 'Neben Mitgliedern der Organisation „Ein Dach für alle“ seien auch Ärzte an Bord'],
      ['mention', '„Ein Dach für alle“']
    ])
  })

  it('should take a label after `als` in the clause of a labelling verb for speech', () => {
    expect(quotesOf('Kritik kam vom Mieterbund, der den Beschluss als „Bankrotterklärung“ der Stadt sieht.')).toEqual([
      ['direct', '„Bankrotterklärung“']
    ])
  })

  it('should take a name given with `nennen` for a mention', () => {
    expect(quotesOf('Der Verein, der sich selbst „Freunde des Waldes“ (FdW) nennt, wurde 1990 gegründet.')).toEqual([['mention', '„Freunde des Waldes“']])
    expect(quotesOf('Seit Mai nennt sie sich „kunstraum 7“ und zeigt junge Malerei.')).toEqual([['mention', '„kunstraum 7“']])
    expect(quotesOf('Der Bericht nennt „Telegram“ in Belarus oder „Signal“ in Iran.')).toEqual([
      ['mention', '„Telegram“'],
      ['mention', '„Signal“']
    ])
  })

  it('should take short words of another language for a mention', () => {
    expect(quotesOf('Der Minister wünschte allen „a merry Christmas“ und ging.')).toEqual([['mention', '„a merry Christmas“']])
    expect(quotesOf('Das Gericht sprach ihn am Montag „in dubio pro reo“ frei.')).toEqual([['mention', '„in dubio pro reo“']])
    expect(quotesOf('Die Ausstellung heißt „Прощай, оружие“ und läuft bis Mai.')).toEqual([['mention', '„Прощай, оружие“']])
  })

  it('should keep speech in another language direct', () => {
    expect(quotesOf('Er rief: „We will never give up!“')).toEqual([['direct', '„We will never give up!“']])
  })

  it('should take a title named with `heißen` or after a title noun for a mention', () => {
    expect(quotesOf('„Fast immer heiter“ heißt ihr neues Buch.')).toEqual([['mention', '„Fast immer heiter“']])
    expect(quotesOf('Kritiker nennen ihren Roman „Fast immer heiter“ kitschig.')).toEqual([['mention', '„Fast immer heiter“']])
    expect(quotesOf('Sie ist Mitglied der Umwelt-Partei „Grün und gerecht“.')).toEqual([['mention', '„Grün und gerecht“']])
  })

  it('should keep a quote before `heißt es` direct', () => {
    expect(quotesOf('„Wir prüfen alle Optionen“, heißt es aus dem Rathaus.')).toEqual([['direct', '„Wir prüfen alle Optionen“']])
  })

  it('should keep a label given to an object with `nennen` direct', () => {
    expect(quotesOf('Die Ministerin nennt den Plan „mutig und richtig“.')).toEqual([['direct', '„mutig und richtig“']])
  })

  it('should keep a term after `als` in a passive without an agent a mention', () => {
    expect(quotesOf('Das Tal wird im Dorf als „Teufelsloch“ bezeichnet.')).toEqual([['mention', '„Teufelsloch“']])
  })

  it('should keep a gloss in brackets a mention', () => {
    expect(quotesOf('Die Aktion hieß „Winterhilfe“ („Aide d’hiver“) und lief drei Monate.')).toEqual([
      ['mention', '„Winterhilfe“'],
      ['mention', '„Aide d’hiver“']
    ])
  })

  it('should keep the first part of a compound a mention (`„…“-Termin`)', () => {
    expect(quotesOf('Anna Berger sagte, es sei kein „Tag der offenen Tür“-Termin geplant.')).toEqual([
      ['indirect', 'es sei kein „Tag der offenen Tür“-Termin geplant'],
      ['mention', '„Tag der offenen Tür“']
    ])
  })

  it('should keep one quoted adjective before its noun a mention in reported speech', () => {
    expect(quotesOf('Anna Berger sagte, die Stadt plane eine „kräftige“ Erhöhung der Gebühren.')).toEqual([
      ['indirect', 'die Stadt plane eine „kräftige“ Erhöhung der Gebühren'],
      ['mention', '„kräftige“']
    ])
  })

  it('should keep a name after an article a mention even when it ends in a verb', () => {
    expect(quotesOf('Die Spenden gingen an das „Bündnis Nord bewegt“ in Kiel.')).toEqual([['mention', '„Bündnis Nord bewegt“']])
  })

  it('should take words after a noun of an utterance for speech (`mit der Aufschrift „…“`, `Parolen wie „…“`)', () => {
    expect(quotesOf('Viele trugen Schilder mit der Aufschrift „Bildung statt Beton“ durch die Stadt.')).toEqual([
      ['direct', '„Bildung statt Beton“']
    ])
    expect(quotesOf('Die Menge rief Parolen wie etwa „Hände weg vom Park“ und zog weiter.')).toEqual([
      ['direct', '„Hände weg vom Park“']
    ])
  })

  it('should keep a foreign name in lower case a mention', () => {
    expect(quotesOf('Das Team nutzt das Programm „open data hub“ seit Jahren.')).toEqual([
      ['mention', '„open data hub“']
    ])
  })

  it('should keep a self-chosen name after `sich` a mention', () => {
    expect(quotesOf('Die Gruppe, die sich selbst „Bündnis für Bürgernähe“ nennt, tagte im Rathaus.')).toEqual([
      ['mention', '„Bündnis für Bürgernähe“']
    ])
  })
})
