import {describe, expect, it} from 'vitest'
import {parseInterview} from 'zitat'
import {quotesOf} from './util/project.js'
import {findViolations} from './util/invariants.js'
import {attributionsOf, cuesOf, mentionsOf, speakerNamed, speechOf, speechOfTree} from './util/speech.js'

describe('attribution: positions', () => {
  it('should attribute a quote after `X sagte:`', () => {
    const tree = parseInterview('Anna Berger sagte: „Wir bauen die Schule neu.“')
    expect(speechOfTree(tree)).toEqual([['direct', 'Wir bauen die Schule neu.', 'Anna Berger']])
    expect(attributionsOf(tree)).toEqual([['sagen', 'Anna Berger sagte', 'Anna Berger']])
    expect(cuesOf(tree)).toEqual([['sagen', 'sagte']])
    expect(mentionsOf(tree)).toEqual([['Anna Berger', 'Anna Berger']])
  })

  it('should attribute a clause after `Laut X`', () => {
    const tree = parseInterview('Laut Anna Berger ist die Brücke seit Montag gesperrt.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'ist die Brücke seit Montag gesperrt', 'Anna Berger']])
    expect(attributionsOf(tree)).toEqual([['laut', 'Laut Anna Berger', 'Anna Berger']])
  })

  it('should attribute a quote before `, sagte X.`', () => {
    const tree = parseInterview('„Der Zeitplan hält“, sagte Anna Berger.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Der Zeitplan hält', 'Anna Berger']])
    expect(attributionsOf(tree)).toEqual([['sagen', 'sagte Anna Berger', 'Anna Berger']])
    expect(mentionsOf(tree)).toEqual([['Anna Berger', 'Anna Berger']])
  })

  it('should attribute a clause before `, so X.`', () => {
    const tree = parseInterview('Die Arbeiten liegen gut im Plan, so Anna Berger.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'Die Arbeiten liegen gut im Plan', 'Anna Berger']])
    expect(attributionsOf(tree)).toEqual([['so', 'so Anna Berger', 'Anna Berger']])
    expect(cuesOf(tree)).toEqual([['so', 'so']])
  })

  it('should attribute `„…!“ grient er` (no comma) to the man in play', () => {
    const tree = parseInterview(
      '„Das Dach ist dicht“, sagte Tom Weber und zeigte auf die Ziegel. „Das schaffen wir locker bis Mai!“ grient er.'
    )
    expect(speechOfTree(tree)).toEqual([
      ['direct', 'Das Dach ist dicht', 'Tom Weber'],
      ['direct', 'Das schaffen wir locker bis Mai!', 'Tom Weber']
    ])
    expect(cuesOf(tree)).toEqual([
      ['sagen', 'sagte'],
      ['grienen', 'grient']
    ])
  })

  it('should attribute both parts of a quote interrupted by its frame', () => {
    const tree = parseInterview('„Wir haben lange gewartet“, sagte Anna Berger, „jetzt wird endlich gebaut.“')
    expect(speechOfTree(tree)).toEqual([
      ['direct', 'Wir haben lange gewartet', 'Anna Berger'],
      ['direct', 'jetzt wird endlich gebaut.', 'Anna Berger']
    ])
    expect(tree.speakers.length).toBe(1)
  })

  it('should attribute a quote paragraph to a colon frame ending the paragraph before', () => {
    const tree = parseInterview(
      'Nach der Sitzung trat Verkehrsministerin Sabine Kolb vor die Kameras. Die Ministerin sagte:\n\n„Wir werden die Mittel für die Schulen verdoppeln.“'
    )
    expect(speechOfTree(tree)).toEqual([['direct', 'Wir werden die Mittel für die Schulen verdoppeln.', 'Sabine Kolb']])
  })

  it('should attribute a quote paragraph to a named colon frame in the paragraph before', () => {
    const tree = parseInterview('Am Ende der Sitzung sagte Sabine Kolb:\n\n„Wir werden die Mittel für die Schulen verdoppeln.“')
    expect(speechOfTree(tree)).toEqual([['direct', 'Wir werden die Mittel für die Schulen verdoppeln.', 'Sabine Kolb']])
  })

  it('should attribute a quote to `Das sagte X am Montag.` after it', () => {
    const tree = parseInterview('„Wir ziehen die Klage zurück.“ Das sagte Anna Berger am Montag in Kiel.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Wir ziehen die Klage zurück.', 'Anna Berger']])
    expect(tree.speakers.map((entry) => entry.name)).toEqual(['Anna Berger'])
  })

  it('should carry one speaker over a run of quote paragraphs', () => {
    const tree = parseInterview(
      '„Wir haben die Firma 1990 gegründet“, erzählt Jana Voss.\n\n„Damals waren wir zu dritt.“\n\n„Heute arbeiten hier zweihundert Leute.“'
    )
    expect(speechOfTree(tree)).toEqual([
      ['direct', 'Wir haben die Firma 1990 gegründet', 'Jana Voss'],
      ['direct', 'Damals waren wir zu dritt.', 'Jana Voss'],
      ['direct', 'Heute arbeiten hier zweihundert Leute.', 'Jana Voss']
    ])
  })

  it('should take words set off after a colon without marks as direct speech', () => {
    // Whether the final full stop is inside the span is left open.
    const speech = speechOf('Anna Berger sagte dazu nur: Wir machen weiter wie bisher.')
    expect(speech.map(([kind, text, speaker]) => [kind, text.replace(/\.$/, ''), speaker])).toEqual([
      ['direct', 'Wir machen weiter wie bisher', 'Anna Berger']
    ])
  })
})

describe('attribution: cues', () => {
  it('should give quoted words after `als` inside the frame to its speaker', () => {
    expect(speechOf('Die Gewerkschaft hat das Angebot als „völlig unzureichend“ zurückgewiesen.')).toEqual([
      ['direct', 'völlig unzureichend', 'Gewerkschaft']
    ])
  })

  it('should give a quoted label after `nannte` to its speaker', () => {
    expect(speechOf('Anna Berger nannte den Umbau einen „Kraftakt“.')).toEqual([['direct', 'Kraftakt', 'Anna Berger']])
  })

  it('should not take names beside a noun after `nennt` for labels', () => {
    expect(quotesOf('Als Beispiele nennt die Werft die Fähren „Möwe“ und „Kranich“.')).toEqual([
      ['mention', '„Möwe“'],
      ['mention', '„Kranich“']
    ])
  })

  it('should not take a participle between an article and its noun for a cue (`der befragten Eltern`)', () => {
    expect(cuesOf(parseInterview('Die Hälfte der befragten Eltern wünscht sich kleinere Klassen.'))).toEqual([
      ['wünschen', 'wünscht']
    ])
    expect(cuesOf(parseInterview('Die befragten Eltern wollen kleinere Klassen.'))).toEqual([])
  })

  it('should skip a manner word before the verb (`Besorgt äußerte sich X`)', () => {
    expect(attributionsOf(parseInterview('Besorgt äußerte sich Anna Berger über die Lage.'))).toEqual([
      ['äußern', 'äußerte sich Anna Berger', 'Anna Berger']
    ])
  })

  it('should not take `sich befinden` for a cue', () => {
    expect(attributionsOf(parseInterview('An Bord befinden sich auch zwei Ärzte.'))).toEqual([])
  })

  it('should not take `zu finden` for a cue', () => {
    expect(attributionsOf(parseInterview('Im Archiv waren alte Pläne der Stadt zu finden.'))).toEqual([])
  })

  it('should take `halten` for a cue only with `für`', () => {
    expect(attributionsOf(parseInterview('Der Kapitän hatte Kurs auf den Hafen gehalten.'))).toEqual([])
    expect(attributionsOf(parseInterview('Anna Berger hält den Plan für verfehlt.'))).toEqual([
      ['halten', 'Anna Berger hält', 'Anna Berger']
    ])
  })

  it('should support `kündigte … an`', () => {
    const tree = parseInterview('„Im Herbst legen wir einen Plan vor“, kündigte Anna Berger an.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Im Herbst legen wir einen Plan vor', 'Anna Berger']])
    expect(attributionsOf(tree)).toEqual([['ankündigen', 'kündigte Anna Berger an', 'Anna Berger']])
    expect(cuesOf(tree)).toEqual([['ankündigen', 'kündigte']])
  })

  it('should support `räumte … ein`', () => {
    const tree = parseInterview('„Wir haben Fehler gemacht“, räumte Vorstandschef Paul Lenz ein.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Wir haben Fehler gemacht', 'Paul Lenz']])
    expect(cuesOf(tree)).toEqual([['einräumen', 'räumte']])
  })

  it('should support `fügte … hinzu`', () => {
    const tree = parseInterview('„Billig wird das nicht“, fügte Paul Lenz hinzu.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Billig wird das nicht', 'Paul Lenz']])
    expect(cuesOf(tree)).toEqual([['hinzufügen', 'fügte']])
  })

  it('should support `teilte … mit`', () => {
    const tree = parseInterview('Die Stadtverwaltung teilte am Freitag mit, dass das Freibad geschlossen bleibt.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'dass das Freibad geschlossen bleibt', 'Stadtverwaltung']])
    expect(cuesOf(tree)).toEqual([['mitteilen', 'teilte']])
  })

  it('should support the perfect `hat … gesagt`', () => {
    const tree = parseInterview('Anna Berger hat am Montag gesagt, dass sie nicht wieder antreten wird.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'dass sie nicht wieder antreten wird', 'Anna Berger']])
    expect(cuesOf(tree)).toEqual([['sagen', 'gesagt']])
  })

  it('should read `hat erklärt` as a perfect, with its subject before the auxiliary', () => {
    expect(speechOf('Anna Berger hat erklärt, die Halle sei zu klein.')).toEqual([
      ['indirect', 'die Halle sei zu klein', 'Anna Berger']
    ])
  })

  it('should take the agent of a passive for the speaker (`wurde von X … bezeichnet`)', () => {
    expect(speechOf('Der Plan wurde von Tom Weber als „völlig verfehlt“ bezeichnet.')).toEqual([
      ['direct', 'völlig verfehlt', 'Tom Weber']
    ])
  })

  it('should take the subject of `wird X zitiert` for the speaker', () => {
    expect(speechOf('In der Zeitung wird Anna Berger mit den Worten zitiert, die Halle sei zu klein.')).toEqual([
      ['indirect', 'die Halle sei zu klein', 'Anna Berger']
    ])
  })

  it('should take a passive without an agent for a frame without a speaker', () => {
    expect(speechOf('Am Abend wurde berichtet, dass die Fähre ausfalle.')).toEqual([['indirect', 'dass die Fähre ausfalle', null]])
  })

  it('should support `betonte`', () => {
    const tree = parseInterview('„Die Versorgung ist gesichert“, betonte Eva Hahn.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Die Versorgung ist gesichert', 'Eva Hahn']])
    expect(cuesOf(tree)).toEqual([['betonen', 'betonte']])
  })

  it('should support `warnte` with Konjunktiv content', () => {
    const tree = parseInterview('Jonas Frei warnte, die Preise würden im Winter weiter steigen.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'die Preise würden im Winter weiter steigen', 'Jonas Frei']])
    expect(cuesOf(tree)).toEqual([['warnen', 'warnte']])
  })

  it('should support `erklärte`', () => {
    const tree = parseInterview('Die Polizei erklärte, der Fahrer sei nicht angeschnallt gewesen.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'der Fahrer sei nicht angeschnallt gewesen', 'Polizei']])
    expect(cuesOf(tree)).toEqual([['erklären', 'erklärte']])
  })

  it('should support `so` with an organisation', () => {
    const tree = parseInterview('Die Mieten steigen im Schnitt um zehn Prozent, so der Mieterbund.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'Die Mieten steigen im Schnitt um zehn Prozent', 'Mieterbund']])
    expect(speakerNamed(tree, 'Mieterbund')?.kind).toBe('organisation')
  })

  it('should support `laut` with an organisation (`Laut Polizei`)', () => {
    const tree = parseInterview('Laut Polizei wurde bei dem Unfall niemand verletzt.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'wurde bei dem Unfall niemand verletzt', 'Polizei']])
    expect(attributionsOf(tree)).toEqual([['laut', 'Laut Polizei', 'Polizei']])
    expect(speakerNamed(tree, 'Polizei')?.kind).toBe('organisation')
  })

  it('should support `zufolge` after a document (a source)', () => {
    const tree = parseInterview('Einem Gutachten zufolge ist das Dach der Halle marode.')
    const speech = speechOfTree(tree)
    expect(speech.map((row) => row.slice(0, 2))).toEqual([['indirect', 'ist das Dach der Halle marode']])
    expect(speech[0][2]).toMatch(/Gutachten/)
    expect(tree.speakers.map((entry) => entry.kind)).toEqual(['source'])
    expect(cuesOf(tree)).toEqual([['zufolge', 'zufolge']])
  })

  it('should support `X zufolge` after a person', () => {
    const tree = parseInterview('Anna Berger zufolge fehlen der Stadt drei Millionen Euro.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'fehlen der Stadt drei Millionen Euro', 'Anna Berger']])
    expect(attributionsOf(tree)).toEqual([['zufolge', 'Anna Berger zufolge', 'Anna Berger']])
  })

  it('should support `nach Angaben von X`', () => {
    const tree = parseInterview('Nach Angaben von Anna Berger sind die Kosten um ein Drittel gestiegen.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'sind die Kosten um ein Drittel gestiegen', 'Anna Berger']])
  })

  it('should support `nach Angaben der Polizei`', () => {
    const tree = parseInterview('Nach Angaben der Polizei war der Fahrer deutlich zu schnell unterwegs.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'war der Fahrer deutlich zu schnell unterwegs', 'Polizei']])
    expect(speakerNamed(tree, 'Polizei')?.kind).toBe('organisation')
  })

  it('should support `wie X sagte`', () => {
    const tree = parseInterview('Wie Anna Berger am Montag sagte, beginnen die Arbeiten im Mai.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'beginnen die Arbeiten im Mai', 'Anna Berger']])
    expect(cuesOf(tree)).toEqual([['sagen', 'sagte']])
  })

  it('should support `heißt es` without a speaker', () => {
    const tree = parseInterview('Weiter heißt es, die Entscheidung sei längst gefallen.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'die Entscheidung sei längst gefallen', null]])
    expect(tree.speakers).toEqual([])
  })

  it('should take the place of `im Bericht heißt es` for a loose source', () => {
    const tree = parseInterview('Im Rathaus heißt es, die Entscheidung sei längst gefallen.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'die Entscheidung sei längst gefallen', 'Rathaus']])
    expect(tree.speakers.map(({name, kind, loose}) => [name, kind, loose])).toEqual([['Rathaus', 'source', true]])
  })

  it('should take the place after `heißt es in …` for a loose source, not its relative clause for content', () => {
    expect(speechOf('Die Mieten seien gestiegen, heißt es in der Studie des Vereins, die am Montag erschien.')).toEqual([
      ['indirect', 'Die Mieten seien gestiegen', 'Studie des Vereins']
    ])
  })

  it('should take the words of `nach Polizeiangaben` for a loose source', () => {
    const tree = parseInterview('Nach ersten Polizeiangaben wurde niemand verletzt.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'wurde niemand verletzt', 'ersten Polizeiangaben']])
    expect(tree.speakers.map(({kind, loose}) => [kind, loose])).toEqual([['source', true]])
  })

  it('should take a genitive plural after `nach Angaben` for a loose source', () => {
    const tree = parseInterview('Nach Angaben französischer Behörden blieb es ruhig.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'blieb es ruhig', 'französischer Behörden']])
  })

  it('should take a source noun that names its source alone (`nach Zeugenaussagen`)', () => {
    expect(speechOf('Nach Zeugenaussagen fielen drei Schüsse.')).toEqual([['indirect', 'fielen drei Schüsse', 'Zeugenaussagen']])
  })

  it('should take the person a possessive points to for `Seiner Meinung nach`', () => {
    expect(speechOf('Tom Weber lobte den Plan. Seiner Meinung nach kommt die Brücke rechtzeitig.').filter((row) => row[0] === 'indirect')).toEqual([
      ['indirect', 'kommt die Brücke rechtzeitig', 'Tom Weber']
    ])
  })

  it('should take the subject for `nach eigenen Angaben`', () => {
    const rows = speechOf('Die Feuerwehr hat nach eigenen Angaben das halbe Gelände abgesucht.')
    expect(rows.map((row) => row[2])).toEqual(['Feuerwehr', 'Feuerwehr'])
  })

  it('should not take `nach eigenen Angaben` for a source of its own', () => {
    const tree = parseInterview('Die Feuerwehr hat nach eigenen Angaben das halbe Gelände abgesucht.')
    expect(tree.speakers.filter((speaker) => speaker.kind === 'source')).toEqual([])
  })
})

describe('attribution: speakers', () => {
  it('should find a subject with an adverb before the verb (`Die Eltern hingegen sagen`)', () => {
    expect(speechOf('Die Eltern hingegen sagen, die Schule sei zu weit weg.')).toEqual([
      ['indirect', 'die Schule sei zu weit weg', 'Die Eltern']
    ])
  })

  it('should find a subject before a relative clause set off by commas', () => {
    expect(speechOf('Tom Weber, der den Verein seit Jahren leitet, sagte, er wolle weitermachen.')).toEqual([
      ['indirect', 'er wolle weitermachen', 'Tom Weber']
    ])
  })

  it('should find a name before its apposition and a relative clause', () => {
    expect(speechOf('Eva Roth, die Bürgermeisterin, die das Amt seit Mai führt, erklärte, der Haushalt stehe.')).toEqual([
      ['indirect', 'der Haushalt stehe', 'Eva Roth']
    ])
  })

  it('should prefer a subject before a relative clause over an accusative object after the verb', () => {
    const tree = parseInterview('Anna Berger, die den Verein seit Jahren leitet, wies den Vorwurf zurück.')
    expect(attributionsOf(tree)).toEqual([['zurückweisen', 'Anna Berger, die den Verein seit Jahren leitet, wies den Vorwurf zurück', 'Anna Berger']])
  })

  it('should find the subject of the first verb in `X war da und sagte`', () => {
    expect(speechOf('Tom Weber kam am Abend dazu und sagte, er freue sich auf den Umzug.')).toEqual([
      ['indirect', 'er freue sich auf den Umzug', 'Tom Weber']
    ])
  })

  it('should take a quoted name after `, schrieb` for the outlet that wrote', () => {
    expect(speechOf('„Der Hafen ist das Herz der Stadt“, schrieb „Der Bote“ in einem Kommentar.')).toEqual([
      ['direct', 'Der Hafen ist das Herz der Stadt', 'Der Bote'],
      ['mention', 'Der Bote', null]
    ])
  })

  it('should take an article and a quoted name for the speaker (`Die „Abendpost“ berichtete`)', () => {
    expect(speechOf('Die „Abendpost“ hatte berichtet, dass der Hafen verkauft werde.')).toEqual([
      ['mention', 'Abendpost', null],
      ['indirect', 'dass der Hafen verkauft werde', 'Abendpost']
    ])
  })

  it('should end a speaker phrase at a capitalised function word (a heading without a full stop)', () => {
    expect(speechOf('Zwischenstand Wie die Wahlleiterin mitteilte, lag die Beteiligung bei 40 Prozent.').map((row) => row[2])).toEqual([
      'die Wahlleiterin'
    ])
  })

  it('should read a name with a lower-case Arabic article (`el-Baradei`)', () => {
    const tree = parseInterview('Der Behördenchef Samir el-Masri sagte, die Lage sei ernst. Laut el-Masri fehlt Personal.')
    expect(tree.speakers.map(({name, aliases}) => [name, aliases])).toEqual([['Samir el-Masri', ['Der Behördenchef Samir el-Masri', 'el-Masri']]])
  })

  it('should take a title alone for a role (`sagte die Königin`)', () => {
    expect(speechOf('Die Lage sei ernst, sagte die Königin.')).toEqual([['indirect', 'Die Lage sei ernst', 'die Königin']])
  })

  it('should find the speaker of a quote before `, wird X zitiert`', () => {
    expect(speechOf('„Wir bleiben hier“, wird Anna Berger zitiert.')).toEqual([['direct', 'Wir bleiben hier', 'Anna Berger']])
  })

  it('should read a place after `im` and a quoted affiliation in a speaker phrase', () => {
    expect(speechOf('Der Verband im badischen Lahr erklärte, die Halle sei zu klein.').map((row) => row[2])).toEqual(['Verband'])
    expect(speechOf('Tom Weber von der „Aktion Nachbarn“ sagte, es fehle an Helfern.').filter((row) => row[0] === 'indirect').map((row) => row[2])).toEqual(['Tom Weber'])
  })

  it('should find the subject of a verb-last clause after `als`', () => {
    expect(speechOf('Er zögert, als die Reporterin Eva Roth fragt: „Hatten Sie Angst?“')).toEqual([
      ['direct', 'Hatten Sie Angst?', 'Eva Roth']
    ])
  })

  it('should not take an infinitive after a modal for a cue (`wolle nicht darüber sprechen`)', () => {
    expect(cuesOf(parseInterview('Tom Weber wolle nicht darüber sprechen, sagt er.'))).toEqual([['sagen', 'sagt']])
  })

  it('should let a gendered role beat a first name both sexes use', () => {
    const tree = parseInterview('Die Moderatorin Kim Berg stellte die Gäste vor. Das sei ihr wichtig, sagte sie.')
    expect(tree.speakers.map(({name, gender}) => [name, gender])).toEqual([['Kim Berg', 'female']])
  })

  it('should note a name the lexicon does not know for later references', () => {
    const tree = parseInterview('Ilko Varadi wurde am Montag entlassen. Er sei erleichtert, sagte der Mann. Varadi lachte.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'Er sei erleichtert', 'Ilko Varadi']])
  })

  it('should not note an adjective and a noun as a name', () => {
    const tree = parseInterview('Deutsche Forscher haben ein Virus entdeckt. Es sei harmlos, sagte der Mann.')
    expect(tree.speakers.map(({name}) => name)).toEqual(['der Mann'])
  })

  it('should refer a role with its body back to the person introduced with the role', () => {
    const tree = parseInterview('„Wir wachsen“, sagte Werkleiter Tom Weber. „Die Halle ist zu klein“, sagte der Werkleiter von Holzbau Nord.')
    expect(speechOfTree(tree).map((row) => row[2])).toEqual(['Tom Weber', 'Tom Weber'])
  })

  it('should not take the body after `von` for a person’s name (`der Sprecher von Nordbank`)', () => {
    const tree = parseInterview('„Wir prüfen das“, sagte der Sprecher von Nordbank.')
    expect(tree.speakers.map(({name, kind}) => [name, kind])).toEqual([['der Sprecher von Nordbank', 'person']])
  })

  it('should give a quote after a colon to the subject that opens the sentence', () => {
    expect(speechOf('Die Direktorin des Museums, Eva Roth, hofft auf mehr Besucher: „Wir öffnen auch sonntags.“')).toEqual([
      ['direct', 'Wir öffnen auch sonntags.', 'Eva Roth']
    ])
    expect(speechOf('Tom Weber wählt deutliche Worte: „So schlimm war es nie.“')).toEqual([
      ['direct', 'So schlimm war es nie.', 'Tom Weber']
    ])
  })

  it('should keep a cue in Konjunktiv inside reported content part of the report', () => {
    expect(speechOf('Die Zeitung „Nordbote“ meldet, die Reporterin habe das Angebot abgelehnt.')).toEqual([
      ['mention', 'Nordbote', null],
      ['indirect', 'die Reporterin habe das Angebot abgelehnt', 'Nordbote']
    ])
  })

  it('should not take a prepositional phrase before the verb for the speaker (`Als Vorbild nannte X`)', () => {
    const tree = parseInterview('Als Vorbild nannte die Bürgermeisterin den Hafen von Husum. Dort sei alles gelungen.')
    expect(tree.speakers.map(({name}) => name)).not.toContain('Vorbild')
  })

  it('should give the quote after `…, so X weiter:` to X', () => {
    expect(speechOf('Das sei üblich, so Tom Weber weiter: „Niemand prüft das.“')).toEqual([
      ['indirect', 'Das sei üblich', 'Tom Weber'],
      ['direct', 'Niemand prüft das.', 'Tom Weber']
    ])
  })

  it('should read a place with an adjective after the speaker of `so`', () => {
    expect(speechOf('Die Grenze müsse offen bleiben, so Ministerin Eva Roth im regionalen Fernsehen.').map((row) => row[2])).toEqual([
      'Eva Roth'
    ])
  })

  it('should read a phrase in front of an attribute (`die in Kiel geborene Sängerin`)', () => {
    const tree = parseInterview('„Es wird großartig“, schrieb die in Kiel geborene Sängerin Eva Roth.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Es wird großartig', 'Eva Roth']])
  })

  it('should skip a name and an adverbial set off between a frame and its content', () => {
    expect(speechOf('Deshalb erklärte die Leiterin des Hafenamts, Eva Roth, gegenüber der Presse, dass zwei Fähren fehlten.')).toEqual([
      ['indirect', 'dass zwei Fähren fehlten', 'Eva Roth']
    ])
  })

  it('should take an adjective and a quoted name for the speaker (`der neue „Rat …“`)', () => {
    expect(speechOf('Am Abend teilte der neue „Bürgerrat Mitte“ mit, der Markt bleibe geöffnet.')).toEqual([
      ['mention', 'Bürgerrat Mitte', null],
      ['indirect', 'der Markt bleibe geöffnet', 'Bürgerrat Mitte']
    ])
  })

  it('should not take a time or an adverb for the speaker', () => {
    const tree = parseInterview('Der Verband hatte letzten September kritisiert, dass die Mieten steigen. Hierzu schrieb die Zeitung „Nordbote“, die Lage sei ernst.')
    const names = tree.speakers.map(({name}) => name)
    expect(names).not.toContain('September')
    expect(names).not.toContain('Hierzu')
    const other = parseInterview('Zwar sind viele zufrieden, die Mehrheit ist jedoch der Auffassung, dass die Preise steigen.')
    expect(other.speakers.map(({name}) => name)).not.toContain('Zwar')
  })

  it('should not take whom it was said to for the speaker (`sagte gegenüber der Agentur X`)', () => {
    expect(speechOf('Tom Weber, der Leiter der Wache, sagte gegenüber dem Sender Nordwelle, dass die Suche weitergehe.')).toEqual([
      ['indirect', 'dass die Suche weitergehe', 'Tom Weber']
    ])
  })

  it('should let a frame inside what an earlier one reports speak its quote', () => {
    expect(speechOf('Der Verein protestierte gegen den Plan: So sagte Tom Weber, der Vorsitzende: „Das geht zu weit.“').filter((row) => row[0] === 'direct')).toEqual([
      ['direct', 'Das geht zu weit.', 'Tom Weber']
    ])
  })

  it('should not take a quoted name inside the phrase before the verb for the quote it speaks', () => {
    expect(speechOf('Gegenüber dem Sender „Nordwelle“ sagte Tom Weber: „Wir haben sofort reagiert.“')).toEqual([
      ['mention', 'Nordwelle', null],
      ['direct', 'Wir haben sofort reagiert.', 'Tom Weber']
    ])
  })

  it('should keep a name as the speaker when a role is set off after it', () => {
    expect(speechOf('„Wir wachsen weiter“, sagte Ole Jung, CEO von Nordnet.')).toEqual([
      ['direct', 'Wir wachsen weiter', 'Ole Jung']
    ])
  })

  it('should give a quote after a colon to the subject after an adverb and the verb', () => {
    expect(speechOf('Eva Roth sprach im Landtag. Dabei griff sie auch den Minister an: „Das ist unredlich.“').filter((row) => row[0] === 'direct')).toEqual([
      ['direct', 'Das ist unredlich.', 'Eva Roth']
    ])
  })

  it('should give a quote after a colon to the subject after the verb when the object comes first', () => {
    expect(speechOf('Den Ärger über die Sperrung brachte die Sprecherin der Anwohner, Lena Kraus, zum Ausdruck: „So geht das nicht weiter.“')).toEqual([
      ['direct', 'So geht das nicht weiter.', 'Lena Kraus']
    ])
    expect(speechOf('Den Haushalt stellte der Kämmerer Otto Brand ebenfalls in Frage: „Die Zahlen sind geschönt.“')).toEqual([
      ['direct', 'Die Zahlen sind geschönt.', 'Otto Brand']
    ])
    expect(speechOf('Hier sparte die Landrätin nicht mit Kritik: „Das war ein Fehler.“')).toEqual([
      ['direct', 'Das war ein Fehler.', 'die Landrätin']
    ])
    // An object after the verb is no speaker.
    expect(speechOf('Die Ausstellung zeigt ein Bild: „Paris liebt die Kunst.“')).toEqual([['direct', 'Paris liebt die Kunst.', null]])
  })

  it('should never nest frames, also when a second verb takes in the first', () => {
    const text = 'Anna Roth lachte und sagte: „Das war knapp.“ Ihr Kollege Ben Arndt vertritt die Ansicht, die Lage sei ernst.'
    const tree = parseInterview(text)
    expect(findViolations(text, tree, {only: ['spans']})).toEqual([])
    expect(speechOfTree(tree)).toEqual([
      ['direct', 'Das war knapp.', 'Anna Roth'],
      ['indirect', 'die Lage sei ernst', 'Ben Arndt']
    ])
  })

  it('should read `nach` with a genitive name or more nouns of view as a source', () => {
    expect(speechOf('Nach Brandts Meinung ist der Plan gescheitert.')).toEqual([['indirect', 'ist der Plan gescheitert', 'Brandt']])
    expect(speechOf('Nach bisherigen Erfahrungen steigen die Preise im Winter.')).toEqual([
      ['indirect', 'steigen die Preise im Winter', 'bisherigen Erfahrungen']
    ])
    // A time, not a source.
    expect(speechOf('Nach dem Spiel ging die Mannschaft essen.')).toEqual([])
  })

  it('should give what the narrator asks to the author of the byline, and to no one without one', () => {
    const body = 'Am Tor stehen zwei Wachleute. Wir fragen sie, ob der Park heute offen sei.'
    expect(speechOf('Von Jana Freitag\n\n' + body)).toEqual([['indirect', 'ob der Park heute offen sei', 'Jana Freitag']])
    // The pronoun after the verb is asked, it does not ask.
    expect(speechOf(body)).toEqual([['indirect', 'ob der Park heute offen sei', null]])
  })

  it('should not give the answer after a question to the one who asked', () => {
    expect(speechOf('Die Reporterin fragte den Wirt: „Ist heute offen?“ „Nein, wir haben Ruhetag.“')).toEqual([
      ['direct', 'Ist heute offen?', 'Die Reporterin'],
      ['direct', 'Nein, wir haben Ruhetag.', null]
    ])
    // After a statement the next quote carries on.
    expect(speechOf('Die Reporterin sagte: „Heute ist offen.“ „Wir haben keinen Ruhetag.“')).toEqual([
      ['direct', 'Heute ist offen.', 'Die Reporterin'],
      ['direct', 'Wir haben keinen Ruhetag.', 'Die Reporterin']
    ])
  })

  it('should find the subject right after the conjunction of a clause with its verb last', () => {
    expect(speechOf('Obwohl Kämmerin Ute Lang mit Einnahmen von 2,5 Millionen Euro rechnet, sei die Stadt nicht schuldenfrei.')).toEqual([
      ['indirect', 'sei die Stadt nicht schuldenfrei', 'Ute Lang']
    ])
  })

  it('should take no accusative after the verb for the speaker', () => {
    expect(speechOf('Ein Sachverständiger bestätigte den Befund, die Decke sei zu schwach.')).toEqual([
      ['indirect', 'die Decke sei zu schwach', 'Ein Sachverständiger']
    ])
  })

  it('should skip `Des Weiteren` before the verb', () => {
    expect(speechOf('Des Weiteren verwies Ute Lang darauf, dass die Stadt spare.')).toEqual([
      ['indirect', 'dass die Stadt spare', 'Ute Lang']
    ])
  })

  it('should give words lifted from speech in the clause of a speaker’s verb to that speaker', () => {
    expect(speechOf('Von einer „gezielten Täuschung“ sprach die Abgeordnete Petra Hain.')).toEqual([
      ['direct', 'gezielten Täuschung', 'Petra Hain']
    ])
  })

  it('should prefer a subject with its apposition before the verb to a name after it', () => {
    expect(speechOf('Die Vorsitzende, Petra Hain, würdigte Kurz als „eine große Trainerin“.')).toEqual([
      ['direct', 'eine große Trainerin', 'Petra Hain']
    ])
  })

  it('should read `zitierte man X` as X speaking', () => {
    expect(speechOf('„Wir bleiben hier“, zitierte man die Reporterin Ana Ruiz.')).toEqual([['direct', 'Wir bleiben hier', 'Ana Ruiz']])
  })

  it('should take a name set off before a long role for the subject', () => {
    expect(speechOf('Kurt von Halden, Präsident der Akademie und derzeitiger Sprecher der Konferenz, begrüßte den Plan als „richtigen Schritt“.')).toEqual([
      ['direct', 'richtigen Schritt', 'Kurt von Halden']
    ])
  })

  it('should read `ließ … verlauten` as a frame, but not `lässt sich erklären`', () => {
    expect(speechOf('„Wir prüfen das“, ließ ein Sprecher des Amts kurz verlauten.')).toEqual([
      ['direct', 'Wir prüfen das', 'ein Sprecher des Amts']
    ])
    expect(speechOf('Aber dieser Streit lässt sich mit Zahlen erklären: „Beide wollen den Posten.“')).toEqual([['direct', 'Beide wollen den Posten.', null]])
  })

  it('should take a document as the subject of a verb of saying for the source', () => {
    expect(speechOf('Zum Hintergrund führt der Bericht aus, die meisten Taten seien geplant.')).toEqual([
      ['indirect', 'die meisten Taten seien geplant', 'Bericht']
    ])
    expect(speechOf('Die Studie kommt zu dem Schluss, dass Lärm krank macht.')).toEqual([
      ['indirect', 'dass Lärm krank macht', 'Studie']
    ])
  })

  it('should take a name set off after a long role for the speaker', () => {
    expect(speechOf('Der Vertreter der Mieter im Beirat der Stadtwerke (SW), Jonas Pfeil, hat gefordert, dass die Preise sinken.')).toEqual([
      ['indirect', 'dass die Preise sinken', 'Jonas Pfeil']
    ])
  })

  it('should read a known body written in lower case as a phrase head', () => {
    expect(speechOf('Die taz vermutet, dass der Zugriff zu leicht sei.')).toEqual([['indirect', 'dass der Zugriff zu leicht sei', 'taz']])
  })

  it('should take neither an adverb in -ierend nor a quoted passage for the speaker', () => {
    expect(speechOf('Lena Brandt lobte den Plan. Relativierend fügt Brandt hinzu: „Er kommt spät.“')).toEqual([
      ['direct', 'Er kommt spät.', 'Lena Brandt']
    ])
    expect(speechOf('Die Agentur Reuters zitiert eine Stelle aus dem Bericht, in der von Gewalt die Rede sei.').map((row) => row[2])).not.toContain('Stelle')
    expect(speechOf('Monatelang bestritt die Firma, dass es Mängel gebe.')).toEqual([['indirect', 'dass es Mängel gebe', 'Firma']])
  })

  it('should find the subject of a first verb that opens its clause before `und`', () => {
    expect(speechOf('Als die Wirtin kam, packte der Gast die Tasche und rief: „Ich gehe!“')).toEqual([['direct', 'Ich gehe!', 'der Gast']])
  })

  it('should read a role with numbers and a slash set off after a name', () => {
    expect(speechOf('Eva Kunz, Sprecherin von Liste 7 / Die Neuen, kritisierte: „Das ist zu wenig.“')).toEqual([
      ['direct', 'Das ist zu wenig.', 'Eva Kunz']
    ])
  })

  it('should give a quote after a possessive lead-in to its owner', () => {
    expect(speechOf('Die Ökonomin Vera Lind sprach in Bonn. Ihre Prognose für das nächste Jahr: „Die Preise sinken.“').filter((row) => row[0] === 'direct')).toEqual([
      ['direct', 'Die Preise sinken.', 'Vera Lind']
    ])
    // With its verb the noun of view still leads in to her words.
    expect(speechOf('Die Ökonomin Vera Lind sprach in Bonn. Ihre Prognose steht im Bericht: „Abwarten und Tee trinken.“').filter((row) => row[0] === 'direct')).toEqual([
      ['direct', 'Abwarten und Tee trinken.', 'Vera Lind']
    ])
    // A noun of no view leads in to nobody's words.
    expect(speechOf('Die Ökonomin Vera Lind sprach in Bonn. Ihr Wagen stand vor der Tür, darauf ein Aufkleber: „Abwarten und Tee trinken.“').filter((row) => row[0] === 'direct')).toEqual([
      ['direct', 'Abwarten und Tee trinken.', null]
    ])
  })

  it('should read a name with `und` before its short form, and name sources without their article', () => {
    const tree = parseInterview('Die Lage sei ruhig, heißt es aus der Behörde für Brandschutz und Katastrophenhilfe (BBK).')
    expect(speechOfTree(tree)).toEqual([['indirect', 'Die Lage sei ruhig', 'Behörde für Brandschutz und Katastrophenhilfe']])
    expect(tree.speakers[0].aliases).toContain('BBK')
  })

  it('should read two speakers joined by `und` as one group', () => {
    const tree = parseInterview('Die Wirte Anna Roth und Ben Arndt begründen das damit, dass die Miete steige.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'dass die Miete steige', 'Die Wirte Anna Roth und Ben Arndt']])
    expect(tree.speakers[0].kind).toBe('group')
  })

  it('should take the place opening a sentence for the source of `heißt es` after a relative clause', () => {
    expect(speechOf('In dieser Erklärung, die am Montag erschien, heißt es, dass die Stadt spare.')).toEqual([
      ['indirect', 'dass die Stadt spare', 'Erklärung']
    ])
  })

  it('should take a participle after `nicht näher` before a noun for an adjective, not a cue', () => {
    expect(speechOf('Unter Berufung auf nicht näher genannte Quellen gab die Zeitung an, der Minister gehe.')).toEqual([
      ['indirect', 'der Minister gehe', 'Zeitung']
    ])
    expect(speechOf('Weiter sagte Jana Müller, der Minister gehe.')).toEqual([['indirect', 'der Minister gehe', 'Jana Müller']])
  })

  it('should read `hatte es geheißen` with its place, and a known name after the verb before a colon', () => {
    expect(speechOf('Im Bericht hatte es geheißen: „Es gibt keine Lösung.“')).toEqual([['direct', 'Es gibt keine Lösung.', 'Bericht']])
    expect(speechOf('Karl Roth wurde befragt. Jede Schuld weist Roth von sich: „Das war der Vorsitzende.“').filter((row) => row[0] === 'direct')).toEqual([
      ['direct', 'Das war der Vorsitzende.', 'Karl Roth']
    ])
  })

  it('should give a label after `als` to a labelling verb across a clause set off between', () => {
    expect(speechOf('Die Trainerin Eva Kohl bezeichnete die Strafe, die der Verband verhängt hatte, als „überzogen“.')).toEqual([
      ['direct', 'überzogen', 'Eva Kohl']
    ])
  })

  it('should join name particles only before a name, not a common noun', () => {
    const tree = parseInterview('Ursula von der Leyen sagte, sie komme. Hanna Berg von der Gewerkschaft sagte, sie bleibe.')
    expect(tree.speakers.map((speaker) => speaker.name)).toEqual(['Ursula von der Leyen', 'Hanna Berg'])
  })

  it('should read a `wie` frame with an apposition and an adverbial before the verb, and subjects after `Auch`, `Selbst`', () => {
    expect(speechOf('Wie die Sprecherin der Stadt, Jana Weil, in Kiel mitteilte, bleibt das Bad zu.')).toEqual([
      ['indirect', 'bleibt das Bad zu', 'Jana Weil']
    ])
    expect(speechOf('Auch Jana Weil, Sprecherin der Stadt, glaubt, dass das Bad zu teuer sei.')).toEqual([
      ['indirect', 'dass das Bad zu teuer sei', 'Jana Weil']
    ])
    expect(speechOf('Selbst die Zeitung „Nordpost“ hatte kritisiert, dass das Bad zu teuer sei.')).toEqual([
      ['mention', 'Nordpost', null],
      ['indirect', 'dass das Bad zu teuer sei', 'Nordpost']
    ])
  })

  it('should tell the gender of a name both sexes use from the article and noun before it', () => {
    expect(speechOf('Der Italiener Andrea Conti gehört zu den Gegnern. Er erklärte, das Gesetz schade.')).toEqual([
      ['indirect', 'das Gesetz schade', 'Andrea Conti']
    ])
  })

  it('should read `soll X gesagt haben` inside a report as X speaking', () => {
    expect(speechOf('Wie die Zeitung „Nordpost“ schrieb, soll Keller zu Brandt gesagt haben: „Lass mich in Ruhe.“').filter((row) => row[0] === 'direct')).toEqual([
      ['direct', 'Lass mich in Ruhe.', 'Keller']
    ])
  })

  it('should take a name set off after a role of several words with `und`', () => {
    expect(speechOf('Der frühere Bürgermeister und Stadtrat, Jonas Pfeil (SPD), warnte die Partei vor einem „teuren Fehler“.')).toEqual([
      ['direct', 'teuren Fehler', 'Jonas Pfeil']
    ])
  })

  it('should note a name with particles in narration for a later pronoun', () => {
    expect(speechOf('Danach wechselte Karim bin Halef, Minister des Emirats, ins Englische: „Wir bleiben“, sagt er.')).toEqual([
      ['direct', 'Wir bleiben', 'Karim bin Halef']
    ])
  })

  it('should read a known name of several words with a lower-case word inside', () => {
    const tree = parseInterview('Die Hilfsgruppe Ärzte ohne Grenzen erklärte, dass die Lager überfüllt seien.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'dass die Lager überfüllt seien', 'Ärzte ohne Grenzen']])
    expect(tree.speakers[0].kind).toBe('organisation')
  })

  it('should note a foreign name after a role for a later pronoun', () => {
    expect(speechOf('UN-Generalsekretär Ban Ki-moon erhielt den Bericht. Er äußerte sich mit den Worten: „Die Lage ist ernst.“')).toEqual([
      ['direct', 'Die Lage ist ernst.', 'Ban Ki-moon']
    ])
  })

  it('should read `…, das teilte X mit` and take no passive of `finden` for a cue', () => {
    expect(speechOf('Die Brücke ist seit Montag gesperrt, das teilte die Stadt mit.')).toEqual([
      ['indirect', 'Die Brücke ist seit Montag gesperrt', 'Stadt']
    ])
    expect(speechOf('Der Schlüssel wurde im Garten gefunden, teilte die Polizei mit.')).toEqual([
      ['indirect', 'Der Schlüssel wurde im Garten gefunden', 'Polizei']
    ])
  })

  it('should give a quoted noun after a verb of blame or demand to its speaker', () => {
    expect(speechOf('Von „Wortbruch“ sprach die Abgeordnete Petra Hain.')).toEqual([['direct', 'Wortbruch', 'Petra Hain']])
  })

  it('should read a compound with a lower-case first part in a speaker phrase', () => {
    expect(speechOf('Auch wirft der ai-Bericht den Behörden vor, die Opfer zu missachten.')).toEqual([
      ['indirect', 'die Opfer zu missachten', 'ai-Bericht']
    ])
  })

  it('should take the place of a passive without an agent for the source', () => {
    expect(speechOf('In dem Bericht wurde kritisiert, dass die Stadt spare.')).toEqual([['indirect', 'dass die Stadt spare', 'Bericht']])
  })

  it('should read a short form in brackets after an extension of a speaker phrase', () => {
    expect(speechOf('Der Sprecher der Mieterunion Tenant Alliance (TA) aus Chicago sagte: „Die Miete ist zu hoch.“')).toEqual([
      ['direct', 'Die Miete ist zu hoch.', 'Der Sprecher der Mieterunion Tenant Alliance (TA) aus Chicago']
    ])
  })

  it('should read a partitive speaker phrase (`einer der …`)', () => {
    expect(speechOf('Einer der 40 befragten Winzer sagte: „Der Frost kam zu früh.“')).toEqual([
      ['direct', 'Der Frost kam zu früh.', 'Einer der 40 befragten Winzer']
    ])
    expect(speechOf('„Wir bleiben“, sagte eine der Pflegerinnen.')).toEqual([['direct', 'Wir bleiben', 'eine der Pflegerinnen']])
  })

  it('should take the one quoted, not the one quoting, for the speaker of `zitiert X`', () => {
    expect(speechOf('Das Lokalblatt zitiert den Fischer mit den Worten: „Der Hafen stirbt.“').filter((row) => row[0] === 'direct')).toEqual([
      ['direct', 'Der Hafen stirbt.', 'den Fischer']
    ])
  })

  it('should read a place after `im` in a role set off between commas', () => {
    expect(speechOf('Eva Roth, Sprecherin der Grünen im Landtag, nennt den Vorfall „beunruhigend“.')).toEqual([
      ['direct', 'beunruhigend', 'Eva Roth']
    ])
  })

  it('should find a speaker after `…, so <verb> X` (an adverb before the verb)', () => {
    expect(speechOf('Ein „klarer Erfolg“, so urteilte Tom Weber selbst.')).toEqual([['direct', 'klarer Erfolg', 'Tom Weber']])
  })

  it('should not take a title noun for a speaker (`…, so lautet der Titel`)', () => {
    expect(speechOf('„Wege aus der Krise“, so lautet der Titel der Ausstellung.')).toEqual([['mention', 'Wege aus der Krise', null]])
  })

  it('should not take an adverb in -lich at the sentence start for the speaker', () => {
    expect(speechOf('Grundsätzlich sagte der Verband, die Preise seien zu hoch.')).toEqual([
      ['indirect', 'die Preise seien zu hoch', 'Verband']
    ])
  })

  it('should name an organisation in the order written', () => {
    const tree = parseInterview('Die Bayerische Landesbank teilte mit, dass der Verkauf gescheitert sei.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'dass der Verkauf gescheitert sei', 'Bayerische Landesbank']])
  })

  it('should take the quoted name of an outlet after its noun for the speaker', () => {
    const tree = parseInterview('Nach Informationen der Wochenzeitung „Der Bote“ soll der Bürgermeister zurücktreten.')
    expect(speechOfTree(tree)).toEqual([
      ['mention', 'Der Bote', null],
      ['indirect', 'soll der Bürgermeister zurücktreten', 'Der Bote']
    ])
    expect(tree.speakers.map(({name, kind}) => [name, kind])).toEqual([['Der Bote', 'organisation']])
  })

  it('should take a quoted name alone after `laut` for the speaker', () => {
    expect(speechOf('Laut „Abendblatt“ ist die Brücke marode.')).toEqual([
      ['mention', 'Abendblatt', null],
      ['indirect', 'ist die Brücke marode', 'Abendblatt']
    ])
  })

  it('should not take a quote right after the verb for its speaker', () => {
    expect(speechOf('Die neue Version verspricht „Suche ohne Werbung“: Treffer kommen schneller.')).toEqual([
      ['direct', 'Suche ohne Werbung', null]
    ])
  })

  it('should read `dieser Studie` after `laut` as a phrase, not a pronoun', () => {
    const tree = parseInterview('Anna Berger stellte eine Studie vor. Laut dieser Studie fehlen im Land viele Lehrer.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'fehlen im Land viele Lehrer', 'Studie']])
  })

  it('should take unnamed `Quellen` for a loose source, not a person', () => {
    const tree = parseInterview('Nicht genannten Quellen zufolge wurde der Vertrag gekündigt.')
    expect(tree.speakers.map(({kind, loose}) => [kind, loose])).toEqual([['source', true]])
  })

  it('should merge a full name and the surname after it', () => {
    const tree = parseInterview('„Wir fangen an“, sagte Anna Berger. „Der Plan steht“, sagte Berger später.')
    expect(speechOfTree(tree)).toEqual([
      ['direct', 'Wir fangen an', 'Anna Berger'],
      ['direct', 'Der Plan steht', 'Anna Berger']
    ])
    expect(tree.speakers).toEqual([
      {identifier: 's1', name: 'Anna Berger', aliases: ['Berger'], kind: 'person', roles: [], gender: 'female'}
    ])
  })

  it('should take a role before a name as a role', () => {
    const tree = parseInterview('„Die Schule wird saniert“, sagte Bürgermeisterin Anna Berger.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Die Schule wird saniert', 'Anna Berger']])
    expect(tree.speakers.length).toBe(1)
    expect(tree.speakers[0]).toMatchObject({name: 'Anna Berger', kind: 'person', roles: ['Bürgermeisterin'], gender: 'female'})
    expect(tree.speakers[0].loose).toBeUndefined()
  })

  it('should take a role alone as a loose speaker', () => {
    const tree = parseInterview('„Die Daten der Kunden sind sicher“, erklärte ein Sprecher des Konzerns.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Die Daten der Kunden sind sicher', 'ein Sprecher des Konzerns']])
    expect(tree.speakers.length).toBe(1)
    expect(tree.speakers[0]).toMatchObject({name: 'ein Sprecher des Konzerns', kind: 'person', loose: true})
  })

  it('should take a spokesperson of a known organisation as a loose speaker', () => {
    const tree = parseInterview('„Die Züge fahren wieder“, sagte ein Sprecher der Bahn.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Die Züge fahren wieder', 'ein Sprecher der Bahn']])
    expect(tree.speakers.length).toBe(1)
    expect(tree.speakers[0]).toMatchObject({name: 'ein Sprecher der Bahn', loose: true})
  })

  it('should take a compound role before a name as a role (`Stadtkämmerin`)', () => {
    const tree = parseInterview('„Die Kasse ist leer“, sagte Stadtkämmerin Ute Brandt.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Die Kasse ist leer', 'Ute Brandt']])
    expect(tree.speakers.length).toBe(1)
    expect(tree.speakers[0]).toMatchObject({name: 'Ute Brandt', kind: 'person', roles: ['Stadtkämmerin'], gender: 'female'})
  })

  it('should keep a time adverbial after the name out of the speaker', () => {
    const tree = parseInterview('„Wir bleiben“, sagte Anna Berger am Montag.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Wir bleiben', 'Anna Berger']])
    expect(mentionsOf(tree)).toEqual([['Anna Berger', 'Anna Berger']])
    expect(tree.speakers[0].aliases).toEqual([])
  })

  it('should take an organisation as a speaker', () => {
    const tree = parseInterview('„Das Freibad bleibt geschlossen“, teilte die Stadtverwaltung mit.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Das Freibad bleibt geschlossen', 'Stadtverwaltung']])
    expect(tree.speakers.length).toBe(1)
    expect(tree.speakers[0]).toMatchObject({name: 'Stadtverwaltung', kind: 'organisation'})
  })

  it('should resolve `er` and `sie` by gender', () => {
    const tree = parseInterview(
      '„Wir brauchen mehr Lehrer“, sagte Anna Berger. „Dafür fehlt das Geld“, entgegnete Paul Lenz. „Dann muss woanders gespart werden“, sagte sie. „Nicht bei den Straßen“, sagte er.'
    )
    expect(speechOfTree(tree)).toEqual([
      ['direct', 'Wir brauchen mehr Lehrer', 'Anna Berger'],
      ['direct', 'Dafür fehlt das Geld', 'Paul Lenz'],
      ['direct', 'Dann muss woanders gespart werden', 'Anna Berger'],
      ['direct', 'Nicht bei den Straßen', 'Paul Lenz']
    ])
    expect(tree.speakers.map((entry) => [entry.name, entry.gender])).toEqual([
      ['Anna Berger', 'female'],
      ['Paul Lenz', 'male']
    ])
  })

  it('should resolve `sie` to the woman even when the man spoke last', () => {
    const tree = parseInterview(
      'Anna Berger sagte, die Schule werde saniert. Paul Lenz sagte, das Geld fehle. Sie betonte, die Kinder hätten Vorrang.'
    )
    expect(speechOfTree(tree)).toEqual([
      ['indirect', 'die Schule werde saniert', 'Anna Berger'],
      ['indirect', 'das Geld fehle', 'Paul Lenz'],
      ['indirect', 'die Kinder hätten Vorrang', 'Anna Berger']
    ])
  })

  it('should keep two people with one surname apart', () => {
    const tree = parseInterview(
      '„Der Hof bleibt in der Familie“, sagte Olaf Krause. Jana Krause sagte: „Ich übernehme ihn im Frühjahr.“'
    )
    expect(speechOfTree(tree)).toEqual([
      ['direct', 'Der Hof bleibt in der Familie', 'Olaf Krause'],
      ['direct', 'Ich übernehme ihn im Frühjahr.', 'Jana Krause']
    ])
    expect(tree.speakers.map((entry) => [entry.name, entry.gender])).toEqual([
      ['Olaf Krause', 'male'],
      ['Jana Krause', 'female']
    ])
  })

  it('should give a surname mentioned before the full name the fullest name', () => {
    const tree = parseInterview('„Das Projekt ist tot“, sagte Berger. Anna Berger leitet das Bauamt seit 2019.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Das Projekt ist tot', 'Anna Berger']])
    expect(tree.speakers.length).toBe(1)
    expect(tree.speakers[0]).toMatchObject({name: 'Anna Berger', aliases: ['Berger'], kind: 'person', gender: 'female'})
  })

  it('should take a name in apposition after a role as the speaker', () => {
    const tree = parseInterview('„Wir sind enttäuscht“, sagte der Sprecher des Vereins, Max Roth.')
    expect(speechOfTree(tree)).toEqual([['direct', 'Wir sind enttäuscht', 'Max Roth']])
    expect(tree.speakers.length).toBe(1)
    expect(tree.speakers[0]).toMatchObject({name: 'Max Roth', kind: 'person', gender: 'male'})
    expect(tree.speakers[0].loose).toBeUndefined()
  })

  it('should resolve `die Ministerin` to the minister named before', () => {
    const tree = parseInterview(
      '„Die Brücke ist sicher“, sagte Verkehrsministerin Sabine Kolb. Später fügte die Ministerin hinzu: „Wir bauen trotzdem eine neue.“'
    )
    expect(speechOfTree(tree)).toEqual([
      ['direct', 'Die Brücke ist sicher', 'Sabine Kolb'],
      ['direct', 'Wir bauen trotzdem eine neue.', 'Sabine Kolb']
    ])
    expect(tree.speakers.map((entry) => entry.name)).toEqual(['Sabine Kolb'])
  })

  it('should not resolve a neuter or a body (`Das Gesetz`, `Der Bauausschuss`) to the person named before', () => {
    const tree = parseInterview(
      '„Wir warten ab“, sagte Bürgermeister Tom Hensel. Das Gesetz sagt: „Jede Brücke wird jährlich geprüft.“ Der Bauausschuss hält fest: „Die Prüfung ist erfolgt.“'
    )
    const rows = speechOfTree(tree)
    expect(rows[0]).toEqual(['direct', 'Wir warten ab', 'Tom Hensel'])
    expect(rows.slice(1).map((row) => row[2])).toEqual(['Gesetz', 'Bauausschuss'])
    expect(tree.speakers.find((entry) => entry.name === 'Tom Hensel')?.aliases).toEqual(['Bürgermeister Tom Hensel'])
  })
})

describe('attribution: relative clauses on a speaker', () => {
  it('should give a relative clause after a frame to the speaker just named', () => {
    expect(speechOf('Die Preise steigen weiter, so Lenas Einschätzung, die glaubt, dass der Winter teuer wird.')).toEqual([
      ['indirect', 'Die Preise steigen weiter', 'Lena'],
      ['indirect', 'dass der Winter teuer wird', 'Lena']
    ])
  })

  it('should give `der sagte` after a name to that name', () => {
    expect(speechOf('Das bestätigte Paul Wendt, der betonte, dass niemand verletzt wurde.')).toEqual([
      ['indirect', 'dass niemand verletzt wurde', 'Paul Wendt']
    ])
  })

  it('should not give a relative clause on an object to the speaker', () => {
    // `den` is no subject: the one who wrote is not said.
    expect(speechOf('Das sagte Paul Wendt, den niemand gefragt hatte.')).toEqual([])
  })
})

describe('attribution: noun phrases and reference', () => {
  it('should read two roles joined by `und` before one name', () => {
    const tree = parseInterview('Das stimmt nicht, sagt die Soziologin und Autorin Petra Hallmann.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'Das stimmt nicht', 'Petra Hallmann']])
    expect(tree.speakers[0].aliases).toContain('die Soziologin und Autorin Petra Hallmann')
  })

  it('should not join a second noun after `und` without a name', () => {
    expect(speechOf('Das stimmt nicht, sagen der Bäcker und Konditor.')).not.toContainEqual(['indirect', 'Das stimmt nicht', 'Bäcker'])
  })

  it('should find the subject before a `wo` clause', () => {
    expect(speechOf('Die Stadtverwaltung in Lünen, wo der Betrieb sitzt, sagte auf Anfrage, dass sie nichts wisse.')).toEqual([
      ['indirect', 'dass sie nichts wisse', 'Stadtverwaltung']
    ])
  })

  it('should take the source of `nach NDR-Recherchen` from the compound, not from what follows', () => {
    const tree = parseInterview('Die Firma ist nach WDR-Recherchen von einem Leck betroffen.')
    expect(tree.speakers.map((entry) => entry.name)).toEqual(['WDR-Recherchen'])
  })

  it('should not refer a role back to an author of the byline', () => {
    const tree = parseInterview(
      'Von Lena Hoff und Tim Brück, WDR\n\nDie Werft hat Kurzarbeit angemeldet. Man prüfe alle Optionen, sagte der Werft-Sprecher.'
    )
    expect(speechOfTree(tree)).toEqual([['indirect', 'Man prüfe alle Optionen', 'der Werft-Sprecher']])
  })

  it('should not refer `der Konzern` back to an authority named last', () => {
    const tree = parseInterview(
      'Der Autokonzern Brennwerk ist Ziel eines Angriffs geworden. Die Datenschutzbehörde Sachsen sagte, dass sie informiert worden sei. Nach Angaben des Konzerns sei die Produktion gestoppt worden.'
    )
    const rows = speechOfTree(tree)
    expect(rows.at(-1)?.[2]).not.toBe('Datenschutzbehörde Sachsen')
  })

  it('should refer `des Polizisten` back to `ein Polizist` introduced without a name', () => {
    const tree = parseInterview(
      'Ein Polizist sagte, dass er den Wagen gesehen habe. Der Fahrer war nach Aussage des Polizisten allein unterwegs.'
    )
    const rows = speechOfTree(tree)
    expect(rows.map((row) => row[2])).toEqual(['Ein Polizist', 'Ein Polizist', 'Ein Polizist'])
    expect(tree.speakers).toHaveLength(1)
  })

  it('should not refer `die Ärztin` back to a different role introduced without a name', () => {
    const tree = parseInterview('Ein Polizist sagte, dass er nichts gehört habe. Die Ärztin erklärte, sie habe geschlafen.')
    expect(speechOfTree(tree).map((row) => row[2])).toEqual(['Ein Polizist', 'Die Ärztin'])
  })

  it('should give a colon quote to a subject with a relative clause', () => {
    expect(speechOf('Die Richterin, die seit dreißig Jahren am Amtsgericht arbeitet, will aufhören: „Es reicht mir.“')).toEqual([
      ['direct', 'Es reicht mir.', 'Die Richterin']
    ])
  })

  it('should give a colon quote to the subject after a reflexive', () => {
    expect(
      speechOf('Der Abgeordnete Jan Roder saß in der ersten Reihe. In der Debatte ließ sich Roder zu einem Zwischenruf hinreißen: „Das glauben Sie doch selbst nicht!“')
    ).toEqual([['direct', 'Das glauben Sie doch selbst nicht!', 'Jan Roder']])
  })

  it('should read a report after a relative clause on the noun after the cue', () => {
    expect(speechOf('Die Ministerin schrieb in einem Brief, der am Montag bekannt wurde, sie werde zurücktreten.')).toEqual([
      ['indirect', 'sie werde zurücktreten', 'Die Ministerin']
    ])
  })

  it('should give a colon quote after a possessive noun of view with its verb to the owner', () => {
    expect(
      speechOf('„Wir schaffen das“, sagte die Trainerin Maren Lutz. Ihre Zuversicht gründet sich auf die Saison: „Die Mannschaft ist fit.“')
    ).toEqual([
      ['direct', 'Wir schaffen das', 'Maren Lutz'],
      ['direct', 'Die Mannschaft ist fit.', 'Maren Lutz']
    ])
  })

  it('should take an English organisation name for a speaker', () => {
    expect(speechOf('Die National Rifle Association teilte mit, dass sie klagen werde.')).toEqual([
      ['indirect', 'dass sie klagen werde', 'National Rifle Association']
    ])
  })

  it('should resolve a surname in the genitive to the person', () => {
    const tree = parseInterview('Der Reporter Tom Berger rief im Ministerium an. Dort wollte nach Aussagen Bergers niemand etwas sagen.')
    expect(speechOfTree(tree).map((row) => row[2])).toEqual(['Tom Berger', 'Tom Berger'])
    expect(tree.speakers.map((entry) => entry.name)).toEqual(['Tom Berger'])
  })

  it('should not take a participle between an article, adverbs and a noun for a cue', () => {
    const tree = parseInterview('Die Ministerin sagte in der bereits erwähnten Broschüre, der Haushalt sei knapp.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'der Haushalt sei knapp', 'Die Ministerin']])
    expect(tree.speakers.map((entry) => entry.name)).toEqual(['Die Ministerin'])
  })

  it('should take `aus` only with a view or a circle for a source', () => {
    expect(speechOf('Das aus dieser Idee entwickelte Konzept sei teuer.')).toEqual([])
    expect(speechOf('Aus Regierungskreisen hieß es, man warte ab.')).toEqual([['indirect', 'man warte ab', 'Regierungskreisen']])
  })

  it('should not take the article of a speaker at the start for `Das sagte …`', () => {
    expect(speechOf('Die Ministerin fordert eine Prüfung. Das Militär hat eine Untersuchung angekündigt.')).toEqual([])
  })
})

describe('attribution: a second verb of the same subject', () => {
  it('should give a cue that opens its clause after a comma the subject of the verb before', () => {
    const tree = parseInterview('Der Stadtrat bestätigte den Termin, teilte aber mit, die Sitzung sei nicht öffentlich.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'die Sitzung sei nicht öffentlich', 'Der Stadtrat']])
  })

  it('should give it the subject set off before the verb before', () => {
    expect(
      speechOf('Ilse Brandt, die Leiterin des Tierheims, wollte sich nicht festlegen, sagte aber, das Heim brauche mehr Platz.')
    ).toEqual([['indirect', 'das Heim brauche mehr Platz', 'Ilse Brandt']])
  })

  it('should take neither its object for a speaker nor the first verb’s object for speech', () => {
    expect(speechOf('Der Verband lobte das Konzept, kritisierte jedoch die hohen Kosten.')).toEqual([])
    expect(speechOf('Der Verband lobte das Konzept, kritisierte jedoch die Stadtverwaltung.')).toEqual([])
    expect(speechOf('Der Verband begrüßte den Beschluss, kritisierte jedoch die hohen Kosten als „unzumutbar“.')).toEqual([
      ['direct', 'unzumutbar', 'Verband']
    ])
  })
})

describe('attribution: a person named by age', () => {
  it('should take `der 72-Jährige` for a speaker', () => {
    expect(speechOf('Am Dienstag sagte der 72-Jährige, dass das Feuer im Kamin begonnen habe.')).toEqual([
      ['indirect', 'dass das Feuer im Kamin begonnen habe', 'der 72-Jährige']
    ])
    expect(speechOf('Die 34-Jährige erklärte, sie habe nichts gesehen.')).toEqual([['indirect', 'sie habe nichts gesehen', 'Die 34-Jährige']])
  })

  it('should take the age in lower case with no noun after it for a speaker', () => {
    expect(speechOf('Am Abend sagte der 67-jährige in einem Interview, er habe nichts gehört.')).toEqual([
      ['indirect', 'er habe nichts gehört', 'der 67-jährige']
    ])
  })

  it('should not refer the age back to whoever was named last', () => {
    expect(
      speechOf('Polizeichef Paul Kern bestätigte den Einsatz. Am Abend sagte der 67-Jährige in einem Interview, er habe nichts gehört.')
    ).toEqual([['indirect', 'er habe nichts gehört', 'der 67-Jährige']])
  })
})

describe('attribution: colon lead-ins with a topic', () => {
  it('should take the speaker before a topic and a colon (`X zur Tournee: „…“`)', () => {
    expect(speechOf('Sängerin Lisa Kramer zur neuen Tournee: „Ich freue mich sehr auf die Konzerte.“')).toEqual([
      ['direct', 'Ich freue mich sehr auf die Konzerte.', 'Lisa Kramer']
    ])
  })

  it('should take the speaker before a time and a colon (`X nach dem Einsatz: „…“`)', () => {
    expect(speechOf('Ein Polizeisprecher nach dem Einsatz: „Die Lage ist unter Kontrolle.“')).toEqual([
      ['direct', 'Die Lage ist unter Kontrolle.', 'Ein Polizeisprecher']
    ])
  })

  it('should not take a thing before a topic and a colon for a speaker', () => {
    expect(speechOf('Die Lage nach dem Sturm: „Alles ist zerstört.“')).toEqual([['direct', 'Alles ist zerstört.', null]])
  })
})

describe('indirect speech: narration that turns to someone', () => {
  it('should give a Konjunktiv after `X ist besorgt.` to X, not to the speaker before', () => {
    expect(
      speechOf('Der Minister Karl Lenz sagte, die Lage sei ernst. Bürgermeisterin Eva Haas ist besorgt. Der Streit sei politisch motiviert.')
    ).toEqual([
      ['indirect', 'die Lage sei ernst', 'Karl Lenz'],
      ['indirect', 'Der Streit sei politisch motiviert', 'Eva Haas']
    ])
  })

  it('should not take a person’s own Konjunktiv II for their account', () => {
    expect(speechOf('Bürgermeisterin Eva Haas hätte gern mehr Personal. Die Stadt sei sicher.')).toEqual([])
  })
})

describe('attribution: thin evidence', () => {
  it('should not give `er` to the only (female) speaker in play', () => {
    expect(speechOf('„Wir bleiben“, sagte Anna Berger. „Das ist falsch“, sagte er.')).toEqual([
      ['direct', 'Wir bleiben', 'Anna Berger'],
      ['direct', 'Das ist falsch', null]
    ])
  })

  it('should not carry a speaker to a lone quote paragraphs after unrelated prose', () => {
    expect(
      speechOf(
        '„Wir bleiben“, sagte Anna Berger.\n\nDie Sitzung dauerte bis tief in die Nacht. Danach wurde abgestimmt. Die Mehrheit war knapp.\n\n„Das hätte niemand gedacht.“'
      )
    ).toEqual([
      ['direct', 'Wir bleiben', 'Anna Berger'],
      ['direct', 'Das hätte niemand gedacht.', null]
    ])
  })

  it('should not make a speaker of a capitalised noun after `so`', () => {
    expect(speechOf('Die Arbeit bleibt liegen, so Gott will.')).toEqual([])
  })

  it('should not take a cancelled meeting (`sagte … ab`) for speech', () => {
    const tree = parseInterview('Die Ministerin sagte den Termin am Montag kurzfristig ab.')
    expect(speechOfTree(tree)).toEqual([])
  })
})

describe('attribution: objects are no speakers', () => {
  it('should give a second verb after `und` the speaker of the first', () => {
    expect(speechOf('Die Ministerin Petra Lindner lobte den Entwurf und nannte Holgers Vorschlag „mutig und klug“.')).toEqual([
      ['direct', 'mutig und klug', 'Petra Lindner']
    ])
  })

  it('should not take the object of a verb after `und` for its speaker', () => {
    const rows = speechOf('Am Samstag zogen die Lehrer durch die Innenstadt von Kassel und riefen dabei Sprechchöre wie „Bildung ist kein Luxus“.')
    expect(rows.map((row) => row[2])).not.toContain('Sprechchöre')
  })
})

describe('attribution: who is quoted', () => {
  it('should take who an outlet quotes after `zitiert` and the outlet', () => {
    expect(speechOf('„Wir haben alles versucht“, zitiert die „Rundschau“ den Trainer Jonas Wendt.')).toEqual([
      ['direct', 'Wir haben alles versucht', 'Jonas Wendt'],
      ['mention', 'Rundschau', null]
    ])
  })

  it('should take who a paper quotes after `zitiert` and the paper', () => {
    expect(speechOf('„Das wird teuer“, zitiert Stadt-Online den Kämmerer Lutz Brandt.')).toEqual([
      ['direct', 'Das wird teuer', 'Lutz Brandt']
    ])
  })
})

describe('attribution: participles as adjectives', () => {
  it('should not take a participle after an article and an adverb for a cue', () => {
    expect(speechOf('Mit dem neu formulierten Leitbild soll eine Lücke geschlossen werden, „um die Stadt bis 2030 klimaneutral zu machen“.')).toEqual([
      ['direct', 'um die Stadt bis 2030 klimaneutral zu machen', null]
    ])
  })

  it('should not take a participle before a numeral and a noun for a cue', () => {
    const rows = speechOf('Von den bekannten drei Verfahren haben zwei versagt, die letzte Probe laufe noch.')
    expect(rows.map((row) => row[2])).not.toContain('Verfahren')
  })

  it('should keep the speaker of a sentence with a participle after `in einer vorgestern`', () => {
    expect(speechOf('Die Bürgermeisterin Jana Weil hat in einer vorgestern veröffentlichten Mitteilung angekündigt, die Bäder im Sommer zu öffnen.')).toEqual([
      ['indirect', 'die Bäder im Sommer zu öffnen', 'Jana Weil']
    ])
  })
})

describe('attribution: separable particles', () => {
  it('should not take an article for the particle of a cue (`ging ein Regen … nieder`)', () => {
    expect(speechOf('Im Hof ging ein Regen von Tomaten nieder. In Bonn lägen die Akten, so vermutet man.').map((row) => row[2])).not.toContain('Regen von Tomaten')
  })

  it('should take a particle before `und` (`wies … zurück und …`)', () => {
    expect(speechOf('Die Sprecherin Olga Brandt wies den Vorwurf zurück und sagte, der Bau sei genehmigt.')).toEqual([
      ['indirect', 'der Bau sei genehmigt', 'Olga Brandt']
    ])
  })
})

describe('attribution: clauses that close with their auxiliary', () => {
  it('should take the subject of `zumal X betont hatte, …` as the speaker', () => {
    expect(speechOf('Die Richterin Eva Sommer blieb hart, zumal der Anwalt Ralf Keller immer wieder betont hatte, der Mandant sei vorbestraft.')).toEqual([
      ['indirect', 'der Mandant sei vorbestraft', 'Ralf Keller']
    ])
  })

  it('should take the subject of `nachdem X erklärt hatte, …` as the speaker', () => {
    expect(speechOf('Die Richterin Eva Sommer blieb hart, nachdem der Anwalt Ralf Keller erklärt hatte, der Mandant sei vorbestraft.')).toEqual([
      ['indirect', 'der Mandant sei vorbestraft', 'Ralf Keller']
    ])
  })

  it('should not report the main clause after `Nachdem X gewarnt hatte`', () => {
    expect(speechOf('Nachdem die Behörden vor dem Baden gewarnt hatten, blieb der See am Wochenende leer.')).toEqual([])
  })

  it('should not report after a condition (`wenn X geklagt hätte`)', () => {
    expect(speechOf('Wenn die Stadt damals geklagt hätte, wäre der Bau gestoppt worden.')).toEqual([])
  })
})

describe('attribution: `nach eigenem Bekunden`', () => {
  it('should give `nach eigenem Bekunden` to the name set off before the verb, and carry it on', () => {
    expect(
      speechOf('„Wir fahren ab“, sagte der Trainer. Der Bruder des Trainers, Paul Wendt, war nach eigenem Bekunden früh eingeweiht. Der Abschied sei ein „logischer Schritt“.')
    ).toEqual([
      ['direct', 'Wir fahren ab', 'der Trainer'],
      ['indirect', 'Der Bruder des Trainers, Paul Wendt, war', 'Paul Wendt'],
      ['indirect', 'früh eingeweiht', 'Paul Wendt'],
      ['indirect', 'Der Abschied sei ein „logischer Schritt“', 'Paul Wendt'],
      ['direct', 'logischer Schritt', 'Paul Wendt']
    ])
  })
  it('should not refer a definite post back to a person introduced with another post', () => {
    expect(speechOf('„Die Truppen bleiben“, sagte Premier Ole Vangen. „Wir ziehen ab“, sagte der General.')).toEqual([
      ['direct', 'Die Truppen bleiben', 'Ole Vangen'],
      ['direct', 'Wir ziehen ab', 'der General']
    ])
  })

  it('should refer a definite post back to a person introduced with the same office under another name', () => {
    expect(speechOf('„Die Steuern sinken“, sagte Regierungschef Ole Vangen. „Die Renten steigen“, sagte der Ministerpräsident.')).toEqual([
      ['direct', 'Die Steuern sinken', 'Ole Vangen'],
      ['direct', 'Die Renten steigen', 'Ole Vangen']
    ])
    expect(speechOf('„Die Steuern sinken“, sagte Bundeskanzlerin Ida Vangen. „Die Renten steigen“, sagte die Kanzlerin.')).toEqual([
      ['direct', 'Die Steuern sinken', 'Ida Vangen'],
      ['direct', 'Die Renten steigen', 'Ida Vangen']
    ])
  })

  it('should refer a definite description that names no post back to a person with a post', () => {
    expect(speechOf('„Die Steuern sinken“, sagte Premier Ole Vangen. „Die Renten steigen“, sagte der Sozialdemokrat.')).toEqual([
      ['direct', 'Die Steuern sinken', 'Ole Vangen'],
      ['direct', 'Die Renten steigen', 'Ole Vangen']
    ])
  })
  it('should not take a source noun after a verb prefix for a source (`Nach der Auszählung`)', () => {
    expect(speechOf('Nach der Nachzählung der Stimmen führt die Liste knapp.')).toEqual([])
    expect(speechOf('Nach der Auszählung der Briefwahl führt die Liste knapp. Das gab der Wahlleiter Tom Hessel bekannt.')).toEqual([
      ['indirect', 'Nach der Auszählung der Briefwahl führt die Liste knapp', 'Tom Hessel']
    ])
  })

  it('should find the particle of a cue after a name set off by commas', () => {
    expect(speechOf('„Die Halle bleibt zu“, teilte der Leiter des Bauamts, Tom Hessel, mit.')).toEqual([['direct', 'Die Halle bleibt zu', 'Tom Hessel']])
    expect(speechOf('Die Halle bleibe zu, gab der Leiter des Bauamts, Tom Hessel, am Montag bekannt.')).toEqual([
      ['indirect', 'Die Halle bleibe zu', 'Tom Hessel']
    ])
  })
})

describe('attribution: more speaker phrases', () => {
  it('should not split a clause at a comma inside brackets (`Karl Fenz (Liberale, dt. etwa Freisinnige) bekräftigt`)', () => {
    expect(
      speechOf('Die Bürgermeisterin Anna Roth (SPD) hat bei einem Treffen mit ihrem Amtskollegen Karl Fenz (Liberale, dt. etwa Freisinnige) bekräftigt, die Stadt halte an der Partnerschaft fest.')
    ).toEqual([['indirect', 'die Stadt halte an der Partnerschaft fest', 'Anna Roth']])
  })
})

describe('attribution: a name set off after an inverted subject', () => {
  it('should take the name in `hatte ein Sprecher der Stadtwerke, Tobias Lang, erklärt, …` as the speaker', () => {
    expect(speechOf('Am Montag hatte ein Sprecher der Stadtwerke, Tobias Lang, erklärt, die Leitungen seien marode.')).toEqual([
      ['indirect', 'die Leitungen seien marode', 'Tobias Lang']
    ])
  })

  it('should take the name in `hatte ein Anführer auf der anderen Seite, Rasul Hamedi, gesagt, …` as the speaker', () => {
    expect(speechOf('Zuvor hatte ein Anführer auf der anderen Seite, Rasul Hamedi, gesagt, die Gespräche seien gescheitert.')).toEqual([
      ['indirect', 'die Gespräche seien gescheitert', 'Rasul Hamedi']
    ])
  })

  it('should not take a place set off after an object for a speaker (`hatte den Bau in der Hauptstadt, Berlin, gefordert`)', () => {
    expect(speechOf('Zuvor hatte er den Bau in der Hauptstadt, Berlin, gefordert, die Kosten seien tragbar.').map((row) => row[2])).not.toContain('Berlin')
  })
})

describe('attribution: a group with members set off after it', () => {
  it('should take the group before `darunter …` as the speaker', () => {
    expect(speechOf('Die Befürworter des Plans, darunter auch die Grünen, verwiesen auf die Kosten, die man künftig sparen könne.')).toEqual([
      ['indirect', 'die man künftig sparen könne', 'Die Befürworter des Plans']
    ])
  })

  it('should take the group before `unter ihnen …` as the speaker', () => {
    expect(
      speechOf('Die Veranstalter des Festivals, unter ihnen neben dem Kulturamt auch mehrere Vereine sowie Galerien, betonen, wie wichtig es sei, junge Künstler zu fördern.')
    ).toEqual([['indirect', 'wie wichtig es sei, junge Künstler zu fördern', 'Die Veranstalter des Festivals']])
  })
})

describe('attribution: what someone finds important to say', () => {
  it('should take `X und Y` in `X und Y war es wichtig zu betonen, dass …` as the speaker', () => {
    expect(speechOf('SPD und Grünen war es wichtig zu betonen, dass die Mieten bezahlbar bleiben müssten.')).toEqual([
      ['indirect', 'dass die Mieten bezahlbar bleiben müssten', 'SPD und Grünen']
    ])
  })

  it('should take the dative in `Der Ministerin ist es wichtig, festzuhalten, dass …` as the speaker', () => {
    expect(speechOf('Der Ministerin Ilse Brandt ist es wichtig, festzuhalten, dass niemand entlassen werde.')).toEqual([
      ['indirect', 'dass niemand entlassen werde', 'Ilse Brandt']
    ])
  })
})

describe('attribution: naming groups by an adjective and a role', () => {
  it('should keep the role in the name of `Unabhängige Beobachter`', () => {
    expect(speechOf('Unabhängige Beobachter erklärten, die Abstimmung sei fair verlaufen.')).toEqual([
      ['indirect', 'die Abstimmung sei fair verlaufen', 'Unabhängige Beobachter']
    ])
  })

  it('should not take a plural role after `die` for the person named last (`Die Befürworter`)', () => {
    expect(speechOf('Der Stadtrat Paul Kern sagte, der Plan sei zu teuer. Die Befürworter des Neubaus argumentieren, dass die Halle gebraucht werde.')).toEqual([
      ['indirect', 'der Plan sei zu teuer', 'Paul Kern'],
      ['indirect', 'dass die Halle gebraucht werde', 'Die Befürworter des Neubaus']
    ])
  })
})

describe('attribution: subjects joined or set off before and after the verb', () => {
  it('should take two bodies joined by `sowie` as the speaker', () => {
    expect(speechOf('Die Caritas sowie das Technische Hilfswerk kündigten an, die Zahl der Helfer zu verdoppeln.')).toEqual([
      ['indirect', 'die Zahl der Helfer zu verdoppeln', 'Die Caritas sowie das Technische Hilfswerk']
    ])
  })

  it('should take the subject of a second main clause after `und` (`und die Polizei ihrerseits versprach`)', () => {
    expect(speechOf('Die Bank übergab die Akten und die Polizei ihrerseits versprach, sich sofort darum zu kümmern.')).toEqual([
      ['indirect', 'sich sofort darum zu kümmern', 'Polizei']
    ])
  })

  it('should not take an object before a verb that closes a relative clause (`die die Akten und die Polizei kritisierte`)', () => {
    expect(speechOf('Die Ministerin lobte die Anwältin, die die Akten und die Polizei kritisierte, die Arbeit sei schlampig gewesen.').map((row) => row[2])).not.toContain('Polizei')
  })

  it('should take the subject after `nur` (`erklärten nur die Gefängnisse`)', () => {
    expect(speechOf('Von den Behörden der Region erklärten nur die Gefängnisse, an dem Streik nicht teilnehmen zu wollen.')).toEqual([
      ['indirect', 'an dem Streik nicht teilnehmen zu wollen', 'Gefängnisse']
    ])
  })
})

describe('attribution: reference and naming of speakers', () => {
  it('should take the subject after the verb for `Nach eigenen Angaben` at the start (`Nach eigenen Angaben kaufte er`)', () => {
    expect(
      speechOf('Eine Studentin erklärte, sie habe die Tickets weitergegeben. Nach eigenen Angaben verkaufte sie die Karten an einen Bekannten.').map((row) => row[2])
    ).toEqual(['Eine Studentin', 'Eine Studentin'])
  })

  it('should take the subject after the verb when an object with a name stands before it (`Seinen Vorgänger X forderte Y auf`)', () => {
    expect(speechOf('Seinen Vorgänger Karl Mertens forderte die Parteichefin Ute Sommer auf, das Amt abzugeben.')).toEqual([
      ['indirect', 'das Amt abzugeben', 'Ute Sommer']
    ])
  })

  it('should not take a known name after a verb after `und` for its speaker (`und frage Mertens, ob`)', () => {
    expect(
      speechOf('Die Vereinschefin Ute Sommer bat Karl Mertens, sein Amt ruhen zu lassen. Als Chefin auf Abruf habe sie den Wahlausgang hingenommen und frage Mertens, ob er nicht ebenso gehen wolle.').map((row) => row[2])
    ).toEqual(['Ute Sommer', 'Ute Sommer'])
  })

  it('should not take `zu der Frage` after a given name and a surname into the name', () => {
    expect(
      speechOf('„Das genügt nicht“, erklärte der Verbandschef Max Busch. Am Montag äußerte sich auch Petra Lindner zu der Frage. Jeder Lehrer könne das Geld sofort abrufen.')
    ).toEqual([
      ['direct', 'Das genügt nicht', 'Max Busch'],
      ['indirect', 'Jeder Lehrer könne das Geld sofort abrufen', 'Petra Lindner']
    ])
  })
})

describe('attribution: subjects with long or unusual phrases', () => {
  it('should take the name before an apposition with an extended attribute (`Eva Roth, ein bekanntes, dem Vorstand angehörendes Mitglied des Vereins, sagte`)', () => {
    expect(speechOf('Eva Roth, ein langjähriges, dem Vorstand des Vereins angehörendes Mitglied aus Kassel, zögerte lange, sagte aber, die Satzung müsse geändert werden.')).toEqual([
      ['indirect', 'die Satzung müsse geändert werden', 'Eva Roth']
    ])
  })
  it('should take a quoted name with a genitive after it as the subject (`Das „Institut für Seenforschung“ der Universität geht davon aus, dass …`)', () => {
    expect(speechOf('Das „Institut für Seenforschung“ der Universität geht davon aus, dass der Pegel weiter sinkt.')).toContainEqual([
      'indirect',
      'dass der Pegel weiter sinkt',
      'Institut für Seenforschung'
    ])
  })
  it('should take a `dass` clause without its comma after the verb (`Roth hoffte dass …`)', () => {
    expect(speechOf('Die Trainerin Lea Brandt hoffte dass ihre Mannschaft den Aufstieg schafft.')).toEqual([
      ['indirect', 'dass ihre Mannschaft den Aufstieg schafft', 'Lea Brandt']
    ])
  })

  it('should not take a `dass` clause after `so` for speech (`rief so laut dass …`)', () => {
    expect(speechOf('Die Trainerin Lea Brandt rief so laut dass die Halle bebte.')).toEqual([])
  })
  it('should take the subject after the verb when an object pointing back opens the first clause (`Dies wollte die Anwältin nicht hinnehmen und kündigte an, …`)', () => {
    expect(speechOf('Dies wollte die junge Anwältin nicht hinnehmen und kündigte an, gegen das Urteil Berufung einzulegen.').map((row) => row[2])).toEqual([
      'die junge Anwältin'
    ])
  })
  it('should take a surname seen before as a name though it reads like a noun (`Hartung` after `Anna Hartung`)', () => {
    expect(speechOf('Die Forscherin Anna Hartung sagte, die Daten seien eindeutig. In einem Gastbeitrag schreibt Hartung, dass weitere Messungen folgen müssten.')).toEqual([
      ['indirect', 'die Daten seien eindeutig', 'Anna Hartung'],
      ['indirect', 'dass weitere Messungen folgen müssten', 'Anna Hartung']
    ])
  })
  it('should take the subject after a reflexive in `wie sich X ausdrückte`', () => {
    expect(speechOf('Der Umbau sei, wie sich die Architektin Mia Falk ausdrückte, „eine Operation am offenen Herzen“.')).toContainEqual([
      'direct',
      'eine Operation am offenen Herzen',
      'Mia Falk'
    ])
  })

  it('should not take what someone calls themselves for a cue (`wie sich die Gruppe selbst nennt`)', () => {
    expect(speechOf('Der „Rat der Weisen“, wie sich die Gruppe selbst nennt, erklärte, die Wahl sei gültig.').map((row) => row[2])).not.toContain('Gruppe')
  })
  it('should take a name before an insertion set off by commas (`Eva Kern, zuständig für den Vertrieb, hatte angekündigt`)', () => {
    expect(speechOf('Eva Kern, zuständig für den Vertrieb in Asien, hatte im Mai angekündigt, zwei neue Filialen zu eröffnen.')).toEqual([
      ['indirect', 'zwei neue Filialen zu eröffnen', 'Eva Kern']
    ])
  })

  it('should not take a name before a clause set off by commas for the subject (`Eva Kern, und das wusste jeder, …`)', () => {
    expect(speechOf('Der Vorstand lobte Eva Kern, und das wusste jeder, betonte aber, die Zahlen seien schlecht.').map((row) => row[2])).not.toContain('Eva Kern')
  })
  it('should take who the words come from after `hieß es vom …`', () => {
    expect(speechOf('Die Verhandlungen seien auf einem guten Weg, hieß es vom Sprecher Jonas Weber.')).toEqual([
      ['indirect', 'Die Verhandlungen seien auf einem guten Weg', 'Jonas Weber']
    ])
  })

  it('should take the body after `hieß es von Seiten …`, and no one after `von offizieller Seite`', () => {
    expect(speechOf('Der Brand sei gelöscht, hieß es von Seiten der Feuerwehr. Die Ursache sei unklar, hieß es von offizieller Seite.').map((row) => row[2])).toEqual([
      'Feuerwehr',
      null
    ])
  })
})

describe('indirect speech: narration that turns to someone, after a long front', () => {
  it('should give a Konjunktiv to the subject after a long front and adverbs (`nahm jetzt auch der Minister … Stellung`)', () => {
    expect(
      speechOf('„Wir warten ab“, sagte die Elternsprecherin Jana Vogt. Am Ende einer Debatte des städtischen Schulausschusses in Kassel nahm jetzt auch der Bürgermeister der Stadt, Otto Brand, zu dem Streit Stellung. Jede Schule müsse selbst entscheiden.')
    ).toEqual([
      ['direct', 'Wir warten ab', 'Jana Vogt'],
      ['indirect', 'Jede Schule müsse selbst entscheiden', 'Otto Brand']
    ])
  })
})

describe('attribution: `der Mann`, `die Frau` refer back to someone introduced without a name', () => {
  it('should refer `der Mann` back to `ein Aktivist`, not to the last person named', () => {
    expect(
      speechOf('Ein Aktivist erklärte, er habe die Dateien gekauft. Der Datenschützer Hans Roth sagte, das sei verboten. Der Mann sagte, er habe aus Protest gehandelt.').map((row) => row[2])
    ).toEqual(['Ein Aktivist', 'Hans Roth', 'Ein Aktivist'])
  })

  it('should take `er` after narration about `der Mann` for the one introduced without a name', () => {
    expect(
      speechOf('Ein Aktivist erklärte, er habe die Dateien gekauft. Der Datenschützer Hans Roth sagte, das sei verboten. Der Mann veröffentlicht seit Jahren Daten im Netz. Er sagt, er habe aus Protest gehandelt.').map((row) => row[2])
    ).toEqual(['Ein Aktivist', 'Hans Roth', 'Ein Aktivist'])
  })

  it('should read `die Frau` as a speaker and refer it back to `eine Zeugin`', () => {
    expect(
      speechOf('Eine Zeugin erklärte, sie habe den Wagen gesehen. Die Polizeichefin Anna Roth sagte, das werde geprüft. Die Frau sagte, sie habe Angst gehabt.').map((row) => row[2])
    ).toEqual(['Eine Zeugin', 'Anna Roth', 'Eine Zeugin'])
  })

  it('should not refer `der Mann` back to a spokesperson introduced without a name', () => {
    expect(
      speechOf('Ein Aktivist erklärte, er habe die Dateien gekauft. Ein Sprecher des Konzerns sagte, man prüfe den Fall. Der Mann sagte, er habe aus Protest gehandelt.').map((row) => row[2])
    ).toEqual(['Ein Aktivist', 'Ein Sprecher des Konzerns', 'Ein Aktivist'])
  })
})

describe('attribution: the subject of a relative clause', () => {
  it('should take a masculine phrase before `der` as the speaker (`Kritik kam vom Mieterbund, der den Plan als „…“ bezeichnete`)', () => {
    expect(speechOf('Kritik kam vom Hamburger Mieterbund, der den Plan als „reine Augenwischerei“ bezeichnete.')).toEqual([
      ['direct', 'reine Augenwischerei', 'Hamburger Mieterbund']
    ])
  })

  it('should take the name before `die` right before the verb as the speaker (`Eva Roth, die erklärte, …`)', () => {
    expect(speechOf('Unterstützung kam von der Stadträtin Eva Roth, die erklärte, der Plan sei überfällig.')).toEqual([
      ['indirect', 'der Plan sei überfällig', 'Eva Roth']
    ])
  })

  it('should not take the phrase before `die` when another phrase could be the subject (`die Zeitung, die der Minister als „…“ bezeichnete`)', () => {
    expect(speechOf('Gemeint ist die Zeitung, die der Minister als „Hetzblatt“ bezeichnete.').map((row) => row[2])).not.toContain('Zeitung')
  })

  it('should not take a bare noun after a preposition before the relative clause (`brachte eine Darstellung in Umlauf, die …`)', () => {
    expect(speechOf('Die Behörde brachte eine Darstellung in Umlauf, die dem Bericht der Helfer widerspricht.').map((row) => row[2])).not.toContain('Umlauf')
  })
})


describe('attribution: lifted words in the clause of a subject that acts', () => {
  it('should give the subject words it labels with `als`, not the last speaker (`Der Verband feierte die Absage als „…“`)', () => {
    expect(speechOf('Die Ministerin Eva Roth sagte, der Plan sei gut. Der Bauernverband feierte die Absage als „großen Sieg für das Land“.')).toEqual([
      ['indirect', 'der Plan sei gut', 'Eva Roth'],
      ['direct', 'großen Sieg für das Land', 'Bauernverband']
    ])
  })

  it('should leave a sentence in Konjunktiv to the report it carries on (`Jeder Lehrer könne „…“`)', () => {
    expect(speechOf('Die Ministerin Eva Roth sagte, der Plan sei gut. Jeder Lehrer könne „das Geld auch später abrufen“.').map((row) => row[2])).not.toContain('Jeder Lehrer')
  })
})

describe('attribution: a relative clause on the speaker after a quote', () => {
  it('should keep the quote the speaker\'s when a relative clause in Konjunktiv follows (`„…“, sagte X, die … könne`)', () => {
    expect(speechOf('„Darauf freue ich mich seit Monaten“, sagte die Pianistin Lea Brandt, die das Konzert kaum erwarten könne.')).toEqual([
      ['direct', 'Darauf freue ich mich seit Monaten', 'Lea Brandt'],
      ['indirect', 'die das Konzert kaum erwarten könne', 'Lea Brandt']
    ])
  })

  it('should still take a report opened by `das` after the frame (`„…“, sagte X, das sei …`)', () => {
    expect(speechOf('„Keineswegs“, sagte die Pianistin Lea Brandt, das sei nie geplant gewesen.').map((row) => row.slice(0, 2))).toContainEqual(['indirect', 'das sei nie geplant gewesen'])
  })
})

describe('attribution: `so X` with a phrase of place after the speaker', () => {
  it('should take `so X in einem Beitrag auf …` as a frame, and the quote after it as X\'s', () => {
    expect(speechOf('Die Ministerin Eva Roth lobte den Plan. Die Kritik sei berechtigt, so der Historiker Jan Kern in einem längeren Beitrag auf der Website der „Zeit“. Deshalb müsse „die Regierung jetzt handeln“.').filter((row) => row[0] !== 'mention')).toEqual([
      ['indirect', 'Die Kritik sei berechtigt', 'Jan Kern'],
      ['indirect', 'Deshalb müsse „die Regierung jetzt handeln“', 'Jan Kern'],
      ['direct', 'die Regierung jetzt handeln', 'Jan Kern']
    ])
  })
})

describe('attribution: a cue as the infinitive of a modal verb', () => {
  it('should take the subject after an indicative modal before a cue in the infinitive (`Das musste die Ministerin zugeben`)', () => {
    expect(speechOf('„Wir haben Fehler gemacht.“ Das musste die Ministerin Eva Roth am Montag im Landtag zugeben.')).toEqual([
      ['direct', 'Wir haben Fehler gemacht.', 'Eva Roth']
    ])
  })

  it('should take the subject of a modal that opens the clause after a quote (`„…“, wollen die Leser wissen`)', () => {
    expect(speechOf('„Wann kommt die neue Brücke?“, wollen viele Anwohner seit Monaten wissen.')).toEqual([
      ['direct', 'Wann kommt die neue Brücke?', 'viele Anwohner']
    ])
  })

  it('should not take a modal after a clause the pronoun takes up for a frame (`Ob …, das muss das Gericht entscheiden`)', () => {
    expect(cuesOf(parseInterview('Ob das Gesetz gilt, das muss am Ende das Gericht entscheiden.'))).toEqual([])
  })
})

describe('attribution: a cue with its perfect formed with `sein`', () => {
  it('should take the subject before `war` of `davon ausgegangen` as the speaker', () => {
    expect(speechOf('Die Feuerwehr war zunächst davon ausgegangen, das Gebäude sei leer.')).toEqual([
      ['indirect', 'das Gebäude sei leer', 'Feuerwehr']
    ])
  })

  it('should read adjectives joined by `und` as one subject (`Die deutschen und französischen Ermittler`)', () => {
    expect(speechOf('Die deutschen und französischen Ermittler erklärten, die Täter seien geflohen.')).toEqual([
      ['indirect', 'die Täter seien geflohen', 'Die deutschen und französischen Ermittler']
    ])
  })
})

describe('attribution: a plain subject after `und` and a main clause', () => {
  it('should take the phrase after `und` as the subject when the clause before has its own verb (`Das war … und die Münchner befürchten`)', () => {
    expect(speechOf('Das war nicht der erste Ausfall auf der Strecke und die Münchner befürchten, dass es nicht der letzte gewesen sei.')).toEqual([
      ['indirect', 'dass es nicht der letzte gewesen sei', 'die Münchner']
    ])
  })

  it('should not refer a plural after `die` back to someone named before (`Jan Roth … die Münchner`)', () => {
    expect(speechOf('Der Bahnchef Jan Roth sagte, der Zug sei voll. Die Münchner erklärten, sie seien wütend.').map((row) => row[2])).toEqual(['Jan Roth', 'Die Münchner'])
  })
})

describe('attribution: a brand in lower case as the subject', () => {
  it('should take a brand with a small letter before a capital as the subject (`eBay hält es für möglich`)', () => {
    expect(speechOf('iRobot hält es für möglich, dass der Umsatz im Herbst steigt.')).toEqual([
      ['indirect', 'dass der Umsatz im Herbst steigt', 'iRobot']
    ])
  })

  it('should start a sentence at such a brand after a full stop (`… verkauft. iRobot hält …`)', () => {
    expect(speechOf('Der Roboter wurde tausendfach verkauft. iRobot hält es für möglich, dass der Umsatz im Herbst steigt.').map((row) => row[2])).toEqual(['iRobot'])
  })
})

describe('attribution: `so` with a noun of view', () => {
  it('should take the owner in the genitive after `so das Fazit` as the speaker', () => {
    expect(speechOf('„Der Umbau hat sich gelohnt“, so das Fazit des Bürgermeisters Jan Roth.').map((row) => row[2])).toEqual(['Jan Roth'])
  })

  it('should read `so` right after a quote with no comma as its frame (`„….“ so Roth.`)', () => {
    expect(speechOf('„Der Umbau hat sich gelohnt.“ so der Bürgermeister Jan Roth.').map((row) => row[2])).toEqual(['Jan Roth'])
  })
})

describe('attribution: a negated attribute in the subject', () => {
  it('should read `Ein nicht genannter Sprecher` as one subject', () => {
    expect(speechOf('Ein nicht genannter Sprecher der Stadtwerke sagte, die Preise stiegen im Herbst nicht.').map((row) => row[2])).toEqual([
      'Ein nicht genannter Sprecher der Stadtwerke'
    ])
  })
})

describe('attribution: a quantifier alone as the subject', () => {
  it('should take `Einige` before the verb as the speaker', () => {
    expect(speechOf('Einige vertreten die Ansicht, der Winter werde mild.')).toEqual([['indirect', 'der Winter werde mild', 'Einige']])
  })

  it('should take `viele` after the verb as the speaker', () => {
    expect(speechOf('Der Winter werde mild, glauben viele.').map((row) => row[2])).toEqual(['viele'])
  })
})

describe('attribution: what a document says with `steht, dass`', () => {
  it('should take the document before `steht, dass` as the source', () => {
    expect(speechOf('In dem Prüfbericht der Stadt steht, dass die Brücke marode ist.').map((row) => row[2])).toEqual(['Prüfbericht der Stadt'])
  })

  it('should not read `steht` for a place as a cue', () => {
    expect(cuesOf(parseInterview('In der Garage steht ein Auto, das glänzt.'))).toEqual([])
  })
})

describe('attribution: the agent of a passive before its auxiliary', () => {
  it('should take `Von X wird angenommen, dass …` as said by X', () => {
    expect(speechOf('Die Straße bleibt gesperrt. Von den Förstern im Tal wird angenommen, dass der Hang noch rutscht.').map((row) => row[2])).toEqual(['den Förstern'])
  })

  it('should not take the one asked in `Von X wird erwartet, dass …` as the speaker', () => {
    expect(speechOf('Die Straße bleibt gesperrt. Von der Gemeinde wird erwartet, dass sie den Hang sichert.').map((row) => row[2])).toEqual([null])
  })
})

describe('attribution: a colon frame inside a relative clause', () => {
  it('should take the name after the relative pronoun as the speaker, adverbials between', () => {
    expect(speechOf('Nun ist die Grenze erreicht, die Jonas Keller im Wahlkampf 2019 zum Maßstab erklärt hatte: „Wir senken die Mieten.“')).toEqual([
      ['direct', 'Wir senken die Mieten.', 'Jonas Keller']
    ])
  })
})

describe('attribution: a reason given with no one named', () => {
  it('should take the actor of the sentence before as the speaker of `Als Begründung wurde angegeben, …`', () => {
    expect(speechOf('Die Gemeinde hat die Parkgebühren verdoppelt. Als Begründung wurde angegeben, die Pflege der Plätze sei teurer geworden.')).toEqual([
      ['indirect', 'die Pflege der Plätze sei teurer geworden', 'Gemeinde']
    ])
  })

  it('should leave the reason without a speaker after a passive with no agent', () => {
    expect(speechOf('Der Pachtvertrag wurde gekündigt. Als Begründung wurde angegeben, die Pflege der Plätze sei teurer geworden.').map((row) => row[2])).toEqual([null])
  })
})

describe('attribution: a noun of saying from a fronted `von` phrase', () => {
  it('should take `Von X kam die Information, …` as said by X', () => {
    expect(speechOf('Die Straße bleibt gesperrt. Von der Feuerwehr kam die Information, der Hang sei noch nicht sicher.')).toEqual([
      ['indirect', 'der Hang sei noch nicht sicher', 'Feuerwehr']
    ])
  })

  it('should read the particle after the noun (`liegt die Äußerung vor, …`) as closing its clause', () => {
    expect(speechOf('Die Straße bleibt gesperrt. Von Jonas Keller liegt bisher nur die Äußerung vor, er prüfe den Fall.')).toEqual([
      ['indirect', 'er prüfe den Fall', 'Jonas Keller']
    ])
  })
})

describe('attribution: a particle written apart from its participle', () => {
  it('should take `bekannt gegeben, dass …` as a cue with the subject as its speaker', () => {
    const tree = parseInterview('Der Segelverein hat am Montag bekannt gegeben, dass die Regatta ausfällt.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'dass die Regatta ausfällt', 'Segelverein']])
    expect(cuesOf(tree)).toEqual([['bekanntgeben', 'bekannt gegeben']])
  })
})

describe('attribution: `gestanden` of `stehen`, not of `gestehen`', () => {
  it('should take no cue from `ist … gestanden`', () => {
    const tree = parseInterview('Der Lastwagen ist am Freitag stundenlang an der Grenze gestanden, die Ladung sei verdorben.')
    expect(cuesOf(tree)).toEqual([])
  })

  it('should leave the report around a relative clause with `über … gestanden hatte` to its frame', () => {
    expect(speechOf('Ein Sturm, der lange über der Küste gestanden hatte, habe nun das Hinterland erreicht, meldet der Wetterdienst.')).toEqual([
      ['indirect', 'Ein Sturm, der lange über der Küste gestanden hatte, habe nun das Hinterland erreicht', 'Wetterdienst']
    ])
  })

  it('should still take `gestanden` after an object or at a court for a confession', () => {
    expect(speechOf('Der Fahrer hat vor Gericht gestanden, er sei betrunken gewesen. Der Angeklagte hat den Diebstahl am Montag gestanden.').map((row) => row[2])).toEqual(['Der Fahrer'])
    expect(cuesOf(parseInterview('Der Angeklagte hat den Diebstahl an seiner Nachbarin gestanden.'))).toEqual([['gestehen', 'gestanden']])
  })
})

describe('attribution: names written with a lower-case first letter', () => {
  it('should take a brand with a capital after its first letter as the subject, also opening a sentence (`eBay hält es für möglich`)', () => {
    expect(speechOf('Die Auktion läuft noch. eBay hält es für möglich, dass der Preis weiter steigt.')).toEqual([
      ['indirect', 'dass der Preis weiter steigt', 'eBay']
    ])
  })

  it('should take such a brand after `nach Angaben von`', () => {
    expect(speechOf('Nach Angaben von iRobot sei der Staubsauger sicher.')).toEqual([['indirect', 'sei der Staubsauger sicher', 'iRobot']])
  })

  it('should take a known body written in lower case right after `laut` and `von` (`laut dpa`)', () => {
    expect(speechOf('Laut dpa ist die Brücke gesperrt. Nach Angaben von dpa sei der Verkehr umgeleitet worden.').map((row) => row[2])).toEqual(['dpa', 'dpa'])
  })
})

describe('attribution: `zu` or `von` before a noun of time or place after a name', () => {
  it('should end the name before `zu Beginn` (`sagte Jana Roth zu Beginn der Sitzung`)', () => {
    expect(speechOf('Der Etat sei knapp bemessen, sagte Jana Roth zu Beginn der Sitzung.')).toEqual([['indirect', 'Der Etat sei knapp bemessen', 'Jana Roth']])
  })

  it('should still read a particle before a surname (`Karl-Theodor zu Guttenberg`)', () => {
    expect(speechOf('Der Etat sei knapp bemessen, sagte Karl-Theodor zu Guttenberg.').map((row) => row[2])).toEqual(['Karl-Theodor zu Guttenberg'])
  })
})

describe('attribution: a new surname after an extended attribute', () => {
  it('should name the speaker by the surname, not the attribute (`die in Köln geborene Roth`)', () => {
    const tree = parseInterview('Das Orchester brauche mehr Proben, sagte die in Köln geborene Brandt.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'Das Orchester brauche mehr Proben', 'Brandt']])
    expect(tree.speakers[0].aliases).toContain('die in Köln geborene Brandt')
  })
})

describe('attribution: two subjects joined by `sowie auch`', () => {
  it('should take `X sowie auch Y` as one subject, the actor of the sentence before a reason', () => {
    expect(speechOf('Die Gewerkschaft sowie auch der Mieterbund lehnen den Entwurf ab. Als Begründung heißt es, die Mieten stiegen schon jetzt zu schnell.')).toEqual([
      ['indirect', 'die Mieten stiegen schon jetzt zu schnell', 'Die Gewerkschaft sowie auch der Mieterbund']
    ])
  })

  it('should take `X und auch Y` before a speech verb as one speaker', () => {
    expect(speechOf('Die Gewerkschaft und auch der Mieterbund erklärten, der Entwurf gehe zu weit.')).toEqual([
      ['indirect', 'der Entwurf gehe zu weit', 'Die Gewerkschaft und auch der Mieterbund']
    ])
  })
})

describe('attribution: speakers named in a list of voices', () => {
  it('should take the name right before a quote in brackets as its speaker', () => {
    expect(speechOf('Die Vorsitzende des Turnvereins, Sabine Lorenz („Darauf haben wir lange gewartet.“), lud zum Fest in die neue Halle ein.')).toEqual([
      ['direct', 'Darauf haben wir lange gewartet.', 'Sabine Lorenz']
    ])
  })

  it('should take the last item before a colon as the speaker, not the subject of the list', () => {
    expect(speechOf('Mehrere Abgeordnete begrüßten den Beschluss, so die Grüne Marta Vogel und der Sozialdemokrat Tobias Brandt: „Das ist ein guter Tag für die Region.“')).toEqual([
      ['direct', 'Das ist ein guter Tag für die Region.', 'Tobias Brandt']
    ])
  })

  it('should leave a quoted gloss in brackets after a term to no one', () => {
    expect(speechOf('Die Gruppe nennt sich „Freunde der Heide“ („Amici della Brughiera“).').map((row) => row[2])).toEqual([null, null])
  })
})

describe('attribution: a speaker phrase and a colon as a paragraph of its own', () => {
  it('should give the quote paragraph after `Role, Name:` to the name', () => {
    expect(speechOf('Die Proben laufen seit Mai.\n\nDie Leiterin des Chors, Hanna Wolf:\n\n„Wir singen zum ersten Mal in der Kathedrale.“')).toEqual([
      ['direct', 'Wir singen zum ersten Mal in der Kathedrale.', 'Hanna Wolf']
    ])
  })

  it('should leave the quote paragraph after a colon with no speaker named to no one', () => {
    expect(speechOf('Die Proben laufen seit Mai.\n\nDas Programm:\n\n„Wir singen zum ersten Mal in der Kathedrale.“').map((row) => row[2])).toEqual([null])
  })
})

describe('attribution: a view held by the subject of a second main clause', () => {
  it('should give the content of `X sind der Auffassung, dass …` after a comma to X', () => {
    expect(speechOf('Zwar ist der Vermieter zufrieden, die Mieter sind jedoch der Auffassung, dass die Heizung zu laut ist.')).toEqual([
      ['indirect', 'dass die Heizung zu laut ist', 'die Mieter']
    ])
  })
})

describe('attribution: the subject after a fronted adverbial, before `und` and a verb of saying', () => {
  it('should give the words after `und sagten` to the subject after the first verb', () => {
    expect(speechOf('Am Montag zogen die Bauern durch die Stadt und sagten, das Land gehöre ihnen.')).toEqual([
      ['indirect', 'das Land gehöre ihnen', 'die Bauern']
    ])
  })

  it('should read past a quoted motto in the front', () => {
    expect(speechOf('Unter dem Motto „Land statt Beton“ zogen die Bauern durch die Stadt und skandierten dabei Parolen wie „Hände weg vom Land“.').map((row) => row[2])).toEqual([null, 'die Bauern'])
  })
})

describe('accusing verb with a dative object and a clause set off before its particle', () => {
  it('gives the words to the subject, not to the one accused', () => {
    expect(speechOf('Müllers Kampagne selber warf Schmidt, nachdem dessen Rückzug bekannt wurde, vor, er habe die Wähler getäuscht.')).toEqual([
      ['indirect', 'er habe die Wähler getäuscht', 'Müllers Kampagne']
    ])
  })
})

describe('attribution: the agent of a passive with a noun of saying', () => {
  it('should give the content of `Es wurde von X die Vermutung geäußert, …` to X', () => {
    expect(speechOf('Der Richter sagte: „Wir vertagen.“ Es wurde von dem Anwalt des Angeklagten die Vermutung geäußert, das Gericht sei befangen.').map((row) => row[2])).toEqual([
      'Der Richter',
      'dem Anwalt des Angeklagten'
    ])
  })
})

describe('attribution: a noun of words after the subject following the verb', () => {
  it('should not read `Parolen` as part of the subject before `wie „…“`', () => {
    expect(speechOf('Am Montag riefen die Bauern Parolen wie „Hände weg vom Land“.')).toEqual([['direct', 'Hände weg vom Land', 'die Bauern']])
  })
})

describe('attribution: a view held by the subject before a relative clause', () => {
  it('should give the content of `X, die …, sind der Auffassung, dass …` to X', () => {
    expect(speechOf('Die Mieter, die seit Jahren im Haus wohnen, sind der Auffassung, dass die Heizung zu laut ist.')).toEqual([
      ['indirect', 'dass die Heizung zu laut ist', 'Die Mieter']
    ])
  })
})

describe('attribution: `laut` as the adverb after a verb done loudly', () => {
  it('should not read `laut` after `riefen` and its subject as a source', () => {
    expect(speechOf('Vor der Fabrik riefen die Arbeiter laut Sprüche wie „Wir bleiben hier“.')).toEqual([['direct', 'Wir bleiben hier', 'die Arbeiter']])
  })

  it('should not read `laut und deutlich` as a source', () => {
    expect(speechOf('Die Lehrerin verkündete laut und deutlich, der Ausflug falle aus.').map((row) => row[2])).toEqual(['Die Lehrerin'])
  })

  it('should still read `laut` after a verb of saying as a source', () => {
    expect(speechOf('Der Bürgermeister sagte laut Lokalzeitung, die Brücke werde gesperrt.').map((row) => row[2])).toContain('Lokalzeitung')
  })
})

describe('attribution: `wie zum Beispiel` before a quote', () => {
  it('should give slogans after `Parolen wie zum Beispiel` to those who chant them', () => {
    expect(
      speechOf('Hunderte Anwohner standen vor dem Rathaus und riefen Parolen wie zum Beispiel „Schluss mit dem Lärm“ oder „Ruhe jetzt“.')
    ).toEqual([
      ['direct', 'Schluss mit dem Lärm', 'Hunderte Anwohner'],
      ['direct', 'Ruhe jetzt', 'Hunderte Anwohner']
    ])
  })

  it('should keep a quote after a noun a name (`die Fähre „Möwe“`)', () => {
    expect(speechOf('Die Reederei sagte, die Fähre „Möwe“ fahre wieder.').filter((row) => row[0] !== 'indirect')).toEqual([['mention', 'Möwe', null]])
  })
})

describe('an object fronted without an article', () => {
  it('takes the known phrase after the verb as the subject, not an adjective and a noun before it', () => {
    const tree = parseInterview('Genaue Kosten nannte die Sprecherin der Stadtwerke nicht, sie verwies nur auf den Haushalt.')
    expect(attributionsOf(tree)).toEqual([['nennen', 'nannte die Sprecherin der Stadtwerke', 'die Sprecherin der Stadtwerke']])
    expect(speechOfTree(tree)).toEqual([])
  })

  it('keeps the report of a subject after the verb (over-reach guard)', () => {
    expect(speechOf('Neue Einzelheiten gab der Bürgermeister am Abend bekannt, der Tunnel werde im Mai geöffnet.')).toEqual([
      ['indirect', 'der Tunnel werde im Mai geöffnet', 'der Bürgermeister']
    ])
  })

  it('keeps a group with an adjective as the subject (over-reach guard)', () => {
    expect(speechOf('Besorgte Anwohner warnten die Gemeinde, der Damm halte nicht.')).toEqual([
      ['indirect', 'der Damm halte nicht', 'Besorgte Anwohner']
    ])
  })

  it('keeps a name before the verb as the subject (over-reach guard)', () => {
    expect(speechOf('Clara Weiß nannte die Entscheidung des Rates einen Fehler, sie sei übereilt gefallen.')).toEqual([
      ['indirect', 'sie sei übereilt gefallen', 'Clara Weiß']
    ])
  })
})

describe('`laut` and `nach deren Angaben` opening a relative clause', () => {
  it('reports the relative clause and takes the phrase before the comma as the source (`…, laut der …`)', () => {
    expect(speechOf('Die Stadt hat eine Satzung, laut der alle Gäste eine Abgabe zahlen müssen.')).toEqual([
      ['indirect', 'alle Gäste eine Abgabe zahlen müssen', 'eine Satzung']
    ])
  })

  it('takes a plural phrase after `laut denen`, not a singular one around it', () => {
    expect(speechOf('Es war ein Rückschlag für die Gegner des Neubaus, laut denen die Kosten explodieren würden.')).toEqual([
      ['indirect', 'die Kosten explodieren würden', 'Gegner des Neubaus']
    ])
  })

  it('ends a relative clause set off after the first phrase where the main clause goes on', () => {
    expect(speechOf('Der Mietvertrag, laut dem die Firma jährlich zahlen muss, läuft im Mai aus.')).toEqual([
      ['indirect', 'die Firma jährlich zahlen muss', 'Mietvertrag']
    ])
  })

  it('reads `nach deren Angaben` after a comma the same way', () => {
    expect(speechOf('Die Bergwacht, nach deren Angaben der Wanderer gestürzt war, sucht Zeugen.')).toEqual([
      ['indirect', 'der Wanderer gestürzt war', 'Bergwacht']
    ])
  })

  it('keeps `laut dem` with its own noun a source around its clause (over-reach guard)', () => {
    expect(speechOf('Die Brücke ist, laut dem Gutachten der Prüfer, seit Jahren marode.')).toEqual([
      ['indirect', 'Die Brücke ist', 'Gutachten der Prüfer'],
      ['indirect', 'seit Jahren marode', 'Gutachten der Prüfer']
    ])
  })
})

describe('the source before `zufolge`', () => {
  it('leaves a finite verb before it out of the source (`sollte den Meldungen zufolge`)', () => {
    expect(speechOf('Die Lieferung sollte den Meldungen zufolge über Polen verschickt werden.')).toEqual([
      ['indirect', 'Die Lieferung sollte', 'Meldungen'],
      ['indirect', 'über Polen verschickt werden', 'Meldungen']
    ])
  })

  it('leaves a modal out of a source with no article (`sollte Gutachten zu Folge`)', () => {
    expect(speechOf('Der Damm sollte Gutachten zu Folge noch zehn Jahre halten.')).toEqual([
      ['indirect', 'Der Damm sollte', 'Gutachten'],
      ['indirect', 'noch zehn Jahre halten', 'Gutachten']
    ])
  })

  it('keeps an adjective before the noun in the source (over-reach guard)', () => {
    expect(speechOf('Das Werk soll früheren Planungen zufolge im Herbst öffnen.')).toEqual([
      ['indirect', 'Das Werk soll', 'früheren Planungen'],
      ['indirect', 'im Herbst öffnen', 'früheren Planungen']
    ])
  })
})
