import {describe, expect, it} from 'vitest'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {parseInterview} from 'zitat'
import {cuesOf, speechOf, speechOfTree} from './util/speech.js'

describe('indirect speech: frames', () => {
  it('should take a Konjunktiv I clause before `, so X.`', () => {
    expect(speechOf('Sie habe von den Plänen der Verwaltung nichts gewusst, so Anna Berger.')).toEqual([
      ['indirect', 'Sie habe von den Plänen der Verwaltung nichts gewusst', 'Anna Berger']
    ])
  })

  it('should take a Konjunktiv I clause before `, sagte X.`', () => {
    expect(speechOf('Die Stadt habe alle Fristen eingehalten, sagte Anna Berger.')).toEqual([
      ['indirect', 'Die Stadt habe alle Fristen eingehalten', 'Anna Berger']
    ])
  })

  it('should take the content of a noun of saying after a comma, with its owner as the speaker', () => {
    expect(speechOf('Trotz der Ankündigung des Trainers, die Saison zu beenden, siegte das Team.')).toEqual([
      ['indirect', 'die Saison zu beenden', 'des Trainers']
    ])
  })

  it('should take the subject of the sentence for a noun of saying without an owner', () => {
    expect(speechOf('Die Prüfer gelangten zu dem Ergebnis, dass die Brücke sicher sei.')).toEqual([
      ['indirect', 'dass die Brücke sicher sei', 'Die Prüfer']
    ])
    expect(speechOf('Beide Verbände legten Wert darauf, dass die Löhne steigen.')).toEqual([
      ['indirect', 'dass die Löhne steigen', 'Verbände']
    ])
  })

  it('should not take what follows a noun of aim for reported content', () => {
    expect(speechOf('Die Stadt plant einen Umbau mit dem Ziel, den Verkehr zu beruhigen.')).toEqual([])
  })

  it('should end reported content where the main clause goes on', () => {
    expect(speechOf('Anna Berger hatte erklärt, sie sei nicht zuständig, blieb aber bei ihrer Linie.')).toEqual([
      ['indirect', 'sie sei nicht zuständig', 'Anna Berger']
    ])
  })

  it('should read Konjunktiv I of verbs in -eln in both forms after an adverb', () => {
    expect(speechOf('Der Bürgermeister sagte, vermutlich handele es sich um einen Irrtum.')).toEqual([
      ['indirect', 'vermutlich handele es sich um einen Irrtum', 'Der Bürgermeister']
    ])
    expect(speechOf('Der Bürgermeister sagte, vermutlich handle es sich um einen Irrtum.')).toEqual([
      ['indirect', 'vermutlich handle es sich um einen Irrtum', 'Der Bürgermeister']
    ])
  })

  it('should read a `wie` frame with an apposition between commas', () => {
    expect(speechOf('Das Dach war undicht, wie Paul Rot, Chef der Hausverwaltung, mitteilte. Der Schaden sei aber gering.')).toEqual([
      ['indirect', 'Das Dach war undicht', 'Paul Rot'],
      ['indirect', 'Der Schaden sei aber gering', 'Paul Rot']
    ])
  })

  it('should end reported content where the main clause goes on with a speech verb or after `und`', () => {
    expect(speechOf('Die Wirtin räumte zwar ein, es könnten Zimmer frei bleiben, sprach aber von einer guten Saison.')).toEqual([
      ['indirect', 'es könnten Zimmer frei bleiben', 'Die Wirtin']
    ])
    expect(speechOf('Vor den Gästen sagte die Wirtin, alle müssten zusammenhalten und dankte dann der Küche.')).toEqual([
      ['indirect', 'alle müssten zusammenhalten', 'die Wirtin']
    ])
  })

  it('should end the content of a noun of saying where the sentence around it goes on', () => {
    expect(speechOf('Die Wirtin trat dem Vorwurf der Gäste, das Essen sei kalt, mit einem Lächeln entgegen.')).toEqual([
      ['indirect', 'das Essen sei kalt', 'der Gäste']
    ])
    // A clause that reports goes on to the end.
    expect(speechOf('Die Wirtin kannte den Vorwurf der Gäste, das Essen sei kalt, weil die Küche zu spät angefangen habe.')).toEqual([
      ['indirect', 'das Essen sei kalt, weil die Küche zu spät angefangen habe', 'der Gäste']
    ])
  })

  it('should take a Konjunktiv clause after a colon frame around a partial quote', () => {
    expect(speechOf('Die Trainerin zweifelte offen am Plan: Sie habe „kein gutes Gefühl“ dabei.')).toEqual([
      ['indirect', 'Sie habe „kein gutes Gefühl“ dabei', 'Die Trainerin'],
      ['direct', 'kein gutes Gefühl', 'Die Trainerin']
    ])
  })

  it('should set off a name joined to its particle after the speaker', () => {
    expect(speechOf('Das erklärte der Leiter der Behörde, Karim el-Khatib, die Grenze bleibe geschlossen.')).toEqual([
      ['indirect', 'die Grenze bleibe geschlossen', 'Karim el-Khatib']
    ])
  })

  it('should keep a possessive source inside reported content in the report', () => {
    expect(speechOf('Am Montag erklärte Karim Rami, die Brücke halte seiner Meinung nach noch zehn Jahre.')).toEqual([
      ['indirect', 'die Brücke halte seiner Meinung nach noch zehn Jahre', 'Karim Rami']
    ])
  })

  it('should take the clause after `wonach` as what the noun before says', () => {
    expect(speechOf('Eine Meldung der Agentur, wonach der Bürgermeister zurückgetreten sei, wurde dementiert.')).toEqual([
      ['indirect', 'der Bürgermeister zurückgetreten sei', 'Eine Meldung der Agentur']
    ])
    expect(speechOf('Es gibt eine Schätzung, wonach dort 500 Wölfe leben.')).toEqual([['indirect', 'dort 500 Wölfe leben', 'eine Schätzung']])
    expect(speechOf('Gerüchte, wonach der Wirt verkaufe, bestätigte niemand.')).toEqual([['indirect', 'der Wirt verkaufe', 'Gerüchte']])
  })

  it('should read `laut` with an extended attribute, and no reason after `aus` as part of the source', () => {
    expect(speechOf('Laut einer am Montag veröffentlichten Mitteilung des Amts wurden 300 Bäume gefällt.')).toEqual([
      ['indirect', 'wurden 300 Bäume gefällt', 'einer am Montag veröffentlichten Mitteilung des Amts']
    ])
    expect(speechOf('Die Brücke soll laut Keller aus Sicherheitsgründen schließen.')).toEqual([
      ['indirect', 'Die Brücke soll', 'Keller'],
      ['indirect', 'aus Sicherheitsgründen schließen', 'Keller']
    ])
  })

  it('should keep names in reported speech names', () => {
    expect(speechOf('Der Verband werde sich in den „Rat für faire Mieten“ (RFM) umbenennen, sagte Anna Roth.')).toEqual([
      ['indirect', 'Der Verband werde sich in den „Rat für faire Mieten“ (RFM) umbenennen', 'Anna Roth'],
      ['mention', 'Rat für faire Mieten', null]
    ])
    // Words lifted from speech stay hers.
    expect(speechOf('Der Verband sei „völlig überfordert“, sagte Anna Roth.')).toEqual([
      ['indirect', 'Der Verband sei „völlig überfordert“', 'Anna Roth'],
      ['direct', 'völlig überfordert', 'Anna Roth']
    ])
  })

  it('should report nothing in a question to the one addressed', () => {
    expect(speechOf('Glauben Sie, dass die Reform gelingt?')).toEqual([])
    expect(speechOf('Ist der Plan Ihrer Meinung nach zu teuer?')).toEqual([])
    // `Ihrer` opening the sentence is hers.
    expect(speechOf('Anna Roth lehnt den Plan ab. Ihrer Meinung nach ist er zu teuer.')).toEqual([
      ['indirect', 'ist er zu teuer', 'Anna Roth']
    ])
  })

  it('should read a `zu`-infinitive inside a particle verb and skip `Weiterhin` before the verb', () => {
    expect(speechOf('Die Ministerin Jana Roth hat am Montag angekündigt, von ihrem Amt zurückzutreten.')).toEqual([
      ['indirect', 'von ihrem Amt zurückzutreten', 'Jana Roth']
    ])
    expect(speechOf('Weiterhin erklärte die Ministerin, die Zahl sei gestiegen.')).toEqual([
      ['indirect', 'die Zahl sei gestiegen', 'die Ministerin']
    ])
  })

  it('should end reported content before `doch` and a new subject the narrator tells of', () => {
    expect(speechOf('Der Wirt sagte, der Koch sei krank, doch die Gäste blieben ruhig.')).toEqual([
      ['indirect', 'der Koch sei krank', 'Der Wirt']
    ])
    // In Konjunktiv the report goes on.
    expect(speechOf('Der Wirt sagte, der Koch sei krank, doch die Gäste seien ruhig.')).toEqual([
      ['indirect', 'der Koch sei krank, doch die Gäste seien ruhig', 'Der Wirt']
    ])
  })

  it('should report both sides of `so X` set off inside a reported clause', () => {
    expect(speechOf('Der neue Plan, so Lena Brandt weiter, werde die Stadt teuer zu stehen kommen.')).toEqual([
      ['indirect', 'Der neue Plan', 'Lena Brandt'],
      ['indirect', 'werde die Stadt teuer zu stehen kommen', 'Lena Brandt']
    ])
  })

  it('should end reported content before a colon and a quote', () => {
    expect(speechOf('Anna Berger glaubt, dass der Verein gestärkt aus der Krise komme: „Wir haben viel gelernt.“')).toEqual([
      ['indirect', 'dass der Verein gestärkt aus der Krise komme', 'Anna Berger'],
      ['direct', 'Wir haben viel gelernt.', 'Anna Berger']
    ])
  })

  it('should keep a Konjunktiv clause after a comma in the reported content', () => {
    expect(speechOf('Anna Berger sagte, die Halle sei zu klein, es fehle an Duschen.')).toEqual([
      ['indirect', 'die Halle sei zu klein, es fehle an Duschen', 'Anna Berger']
    ])
  })

  it('should take a `dass`-clause after a cue', () => {
    expect(speechOf('Anna Berger sagte, dass die Schule im Sommer schließt.')).toEqual([
      ['indirect', 'dass die Schule im Sommer schließt', 'Anna Berger']
    ])
  })

  it('should take a clause before `, so die Studie.` with the study as its source', () => {
    const result = speechOf('Die meisten Dächer im Viertel sind undicht, so die Studie.')
    expect(result.map(([kind, text]) => [kind, text])).toEqual([['indirect', 'Die meisten Dächer im Viertel sind undicht']])
  })

  it('should take the clause around `Dem Vernehmen nach`', () => {
    expect(speechOf('Dem Vernehmen nach will der Verein im Herbst umziehen.').map(([kind, text]) => [kind, text])).toEqual([
      ['indirect', 'will der Verein im Herbst umziehen']
    ])
  })

  it('should take an `ob`-clause after a cue', () => {
    expect(speechOf('Paul Lenz fragte, ob die Halle rechtzeitig fertig wird.')).toEqual([
      ['indirect', 'ob die Halle rechtzeitig fertig wird', 'Paul Lenz']
    ])
  })

  it('should take a w-clause after a cue', () => {
    expect(speechOf('Anna Berger erklärte, warum der Bau so lange dauert.')).toEqual([
      ['indirect', 'warum der Bau so lange dauert', 'Anna Berger']
    ])
  })

  it('should take a Konjunktiv clause after `X sagte,` without `dass`', () => {
    expect(speechOf('Anna Berger sagte, die Stadt habe kein Geld mehr.')).toEqual([
      ['indirect', 'die Stadt habe kein Geld mehr', 'Anna Berger']
    ])
  })

  it('should take an indicative clause after `X sagte,`', () => {
    expect(speechOf('Anna Berger sagte, die Schule wird im Sommer saniert.')).toEqual([
      ['indirect', 'die Schule wird im Sommer saniert', 'Anna Berger']
    ])
  })

  it('should take a content infinitive after `kündigte an`', () => {
    const tree = parseInterview('Anna Berger kündigte an, die Gebühren im nächsten Jahr zu senken.')
    expect(speechOfTree(tree)).toEqual([['indirect', 'die Gebühren im nächsten Jahr zu senken', 'Anna Berger']])
    expect(cuesOf(tree)).toEqual([['ankündigen', 'kündigte']])
  })

  it('should take a content infinitive with `zu` inside the verb', () => {
    expect(speechOf('Der Senat versprach, die Mieten in diesem Jahr nicht anzuheben.')).toEqual([
      ['indirect', 'die Mieten in diesem Jahr nicht anzuheben', 'Senat']
    ])
  })

  it('should take an indicative clause under `laut X`', () => {
    expect(speechOf('Laut Anna Berger ist das Geld bereits ausgegeben.')).toEqual([
      ['indirect', 'ist das Geld bereits ausgegeben', 'Anna Berger']
    ])
  })

  it('should take an indicative clause under `X zufolge`', () => {
    expect(speechOf('Der Finanzministerin Ute Brandt zufolge ist das Geld bereits ausgegeben.')).toEqual([
      ['indirect', 'ist das Geld bereits ausgegeben', 'Ute Brandt']
    ])
  })

  it('should take an indicative clause under `nach Angaben von X`', () => {
    expect(speechOf('Die Halle wird nach Angaben von Paul Lenz im Herbst abgerissen.')).toEqual([
      ['indirect', 'Die Halle wird', 'Paul Lenz'],
      ['indirect', 'im Herbst abgerissen', 'Paul Lenz']
    ])
  })

  it('should take an indicative clause under `wie X sagte`', () => {
    expect(speechOf('Die Halle wird, wie Paul Lenz am Dienstag sagte, im Herbst abgerissen.')).toEqual([
      ['indirect', 'Die Halle wird', 'Paul Lenz'],
      ['indirect', 'im Herbst abgerissen', 'Paul Lenz']
    ])
  })

  it('should take only the relative clause a source stands in', () => {
    expect(speechOf('Die Turnhalle, die nach Angaben von Paul Lenz im Herbst abgerissen wird, ist marode.')).toEqual([
      ['indirect', 'die', 'Paul Lenz'],
      ['indirect', 'im Herbst abgerissen wird', 'Paul Lenz']
    ])
  })

  it('should leave a frame its content before a subordinate clause with a source of its own', () => {
    expect(speechOf('Anna Berger bat die Nachbarn, beim Umzug zu helfen, weil die Spedition laut Paul Lenz überlastet ist.')).toEqual([
      ['indirect', 'beim Umzug zu helfen', 'Anna Berger'],
      ['indirect', 'weil die Spedition', 'Paul Lenz'],
      ['indirect', 'überlastet ist', 'Paul Lenz']
    ])
  })

  it('should take a main clause after a `wie`-frame', () => {
    expect(speechOf('Wie die Feuerwehr mitteilte, brannte die Scheune vollständig nieder.')).toEqual([
      ['indirect', 'brannte die Scheune vollständig nieder', 'Feuerwehr']
    ])
  })

  it('should take reported content after a verb of opinion with `dass`', () => {
    expect(speechOf('Paul Lenz geht davon aus, dass der Bau teurer wird.')).toEqual([
      ['indirect', 'dass der Bau teurer wird', 'Paul Lenz']
    ])
  })

  it('should take reported content after `glaubt, dass`', () => {
    expect(speechOf('Anna Berger glaubt, dass die Zahl der Schüler weiter steigt.')).toEqual([
      ['indirect', 'dass die Zahl der Schüler weiter steigt', 'Anna Berger']
    ])
  })

  it('should take content after `erwägt`, `überlegte`, `errechnete`, `befürwortete`, `besagt`, `beruft sich darauf`', () => {
    expect(speechOf('Der Anwalt Paul Lenz erwägt, gegen das Urteil in Berufung zu gehen.')).toEqual([
      ['indirect', 'gegen das Urteil in Berufung zu gehen', 'Paul Lenz']
    ])
    expect(speechOf('Die Gemeinde überlegte, ob die Brücke gesperrt werden solle.')).toEqual([
      ['indirect', 'ob die Brücke gesperrt werden solle', 'Gemeinde']
    ])
    expect(speechOf('Die Sparkasse errechnete, dass die Kosten um ein Drittel steigen.')).toEqual([
      ['indirect', 'dass die Kosten um ein Drittel steigen', 'Sparkasse']
    ])
    expect(speechOf('Der Elternbeirat befürwortete, dass der Beitrag sinkt.')).toEqual([
      ['indirect', 'dass der Beitrag sinkt', 'Der Elternbeirat']
    ])
    expect(speechOf('Der Vertrag besagt, dass der Vorstand jährlich gewählt wird.')).toEqual([
      ['indirect', 'dass der Vorstand jährlich gewählt wird', 'Vertrag']
    ])
    expect(speechOf('Die Gewerkschaft beruft sich darauf, dass der Tarifvertrag noch gelte.')).toEqual([
      ['indirect', 'dass der Tarifvertrag noch gelte', 'Gewerkschaft']
    ])
  })

  it('should take a `zu`-infinitive after a verb of hoping or believing', () => {
    expect(speechOf('Die Rektorin Anna Berger hofft, den Vertrag des Hausmeisters verlängern zu können.')).toEqual([
      ['indirect', 'den Vertrag des Hausmeisters verlängern zu können', 'Anna Berger']
    ])
    expect(speechOf('Der Verein Blau-Weiß glaubt, den Abstieg noch vermeiden zu können.')).toEqual([
      ['indirect', 'den Abstieg noch vermeiden zu können', 'Verein Blau-Weiß']
    ])
  })

  it('should not take a `zu`-infinitive after `sah keine Möglichkeit`', () => {
    expect(speechOf('Die Gemeinde sah keine andere Möglichkeit, die Gebühren für den Kindergarten zu erhöhen.')).toEqual([])
  })

  it('should find the speaker after a placeholder `es` (`sieht es X als Aufgabe an`)', () => {
    expect(speechOf('Als ihre wichtigste Aufgabe sieht es Anna Berger an, die Schulden der Gemeinde zu senken.')).toEqual([
      ['indirect', 'die Schulden der Gemeinde zu senken', 'Anna Berger']
    ])
  })
})

describe('indirect speech: accounts', () => {
  it('should report the sentence before `Dies bestätigte X` and the pronoun that stands for it', () => {
    expect(speechOf('Der Fährbetrieb wird im Mai eingestellt. Dies bestätigte die Reederei Nordlicht.')).toEqual([
      ['indirect', 'Der Fährbetrieb wird im Mai eingestellt', 'Reederei Nordlicht'],
      ['indirect', 'Dies', 'Reederei Nordlicht']
    ])
  })

  it('should not report a frame sentence for the `Das erklärte Y` after it', () => {
    const rows = speechOf('Der Fährbetrieb wird im Mai eingestellt. Dies bestätigte die Reederei Nordlicht. Das erklärte auch der Bürgermeister.')
    expect(rows.map((row) => row[1])).not.toContain('Dies bestätigte die Reederei Nordlicht')
  })

  it('should carry an open account on through `soll … haben` hearsay', () => {
    expect(
      speechOf('Die Polizei teilte mit, der Mann sei festgenommen worden. Er soll zuvor zwei Autos beschädigt haben. Verletzt wurde niemand.')
    ).toEqual([
      ['indirect', 'der Mann sei festgenommen worden', 'Polizei'],
      ['indirect', 'Er soll zuvor zwei Autos beschädigt haben', 'Polizei']
    ])
  })

  it('should not carry an account through `soll` of a plan', () => {
    expect(speechOf('Die Polizei teilte mit, der Mann sei festgenommen worden. Die Straße soll morgen wieder frei sein.').map((row) => row[1])).toEqual([
      'der Mann sei festgenommen worden'
    ])
  })

  it('should keep a name in another language inside reported speech a mention', () => {
    const rows = speechOf('Die Polizei teilte mit, der Mann sei Mitglied der Gruppe „Friends of the Forest“.')
    expect(rows).toEqual([
      ['indirect', 'der Mann sei Mitglied der Gruppe „Friends of the Forest“', 'Polizei'],
      ['mention', 'Friends of the Forest', null]
    ])
  })

  it('should not let a source for one clause take an open account over', () => {
    expect(
      speechOf('Anna Berger sagte, die Lage sei gut. Bis 2030 würden laut Prognosen viele Häuser gebaut. Die Mieten seien stabil.')
    ).toEqual([
      ['indirect', 'die Lage sei gut', 'Anna Berger'],
      ['indirect', 'Bis 2030 würden', 'Prognosen'],
      ['indirect', 'viele Häuser gebaut', 'Prognosen'],
      ['indirect', 'Die Mieten seien stabil', 'Anna Berger']
    ])
  })

  it('should let a source for one clause take over an account that narration has interrupted', () => {
    expect(
      speechOf('Die Polizei teilte mit, der Mann sei festgenommen worden. Die Straße blieb bis zum Abend gesperrt. Nach ersten Erkenntnissen war der Fahrer betrunken. Er habe zuvor eine Feier besucht.')
    ).toEqual([
      ['indirect', 'der Mann sei festgenommen worden', 'Polizei'],
      ['indirect', 'war der Fahrer betrunken', 'ersten Erkenntnissen'],
      ['indirect', 'Er habe zuvor eine Feier besucht', 'ersten Erkenntnissen']
    ])
  })

  it('should give a quote-only sentence inside an open account its speaker', () => {
    expect(speechOf('Anna Berger sagte, die Lage sei gut. Die Mieten seien stabil. Die Zinsen seien niedrig. „Das bleibt so.“')).toEqual([
      ['indirect', 'die Lage sei gut', 'Anna Berger'],
      ['indirect', 'Die Mieten seien stabil', 'Anna Berger'],
      ['indirect', 'Die Zinsen seien niedrig', 'Anna Berger'],
      ['direct', 'Das bleibt so.', 'Anna Berger']
    ])
  })

  it('should carry an account on over a sentence whose only cue is in Konjunktiv', () => {
    const rows = speechOf('Laut Eva Roth hat sich viel verändert. Neu sei, dass die Stadt anordne, die Wände zu reinigen.')
    expect(rows.map(([kind, text, speaker]) => [kind, text, speaker])).toContainEqual([
      'indirect',
      'Neu sei, dass die Stadt anordne, die Wände zu reinigen',
      'Eva Roth'
    ])
  })

  it('should carry a Konjunktiv run on from a speaker’s verb without content', () => {
    expect(speechOf('Anna Berger wies den Vorwurf zurück. Die Studie sei seriös und gründlich.')).toEqual([
      ['indirect', 'Die Studie sei seriös und gründlich', 'Anna Berger']
    ])
  })

  it('should carry one speaker through a run of Konjunktiv sentences', () => {
    expect(
      speechOf(
        'Anna Berger sagte, die Stadt habe kein Geld mehr. Die Rücklagen seien aufgebraucht. Auch eine Erhöhung der Steuern komme nicht in Frage.'
      )
    ).toEqual([
      ['indirect', 'die Stadt habe kein Geld mehr', 'Anna Berger'],
      ['indirect', 'Die Rücklagen seien aufgebraucht', 'Anna Berger'],
      ['indirect', 'Auch eine Erhöhung der Steuern komme nicht in Frage', 'Anna Berger']
    ])
  })

  it('should carry the speaker of a `so`-frame on to the Konjunktiv sentence after it', () => {
    expect(
      speechOf('Der Zug sei pünktlich abgefahren, so Bahnsprecher Tim Ott. Die Ursache der Verspätung werde noch geprüft.')
    ).toEqual([
      ['indirect', 'Der Zug sei pünktlich abgefahren', 'Tim Ott'],
      ['indirect', 'Die Ursache der Verspätung werde noch geprüft', 'Tim Ott']
    ])
  })

  it('should not carry an account into a sentence the narrator tells in the preterite', () => {
    expect(speechOf('Die Bürgermeisterin sagte, die Brücke sei sicher. Ein Gutachter schränkte das später ein, dass sie nur bis zum Winter halte.')).toEqual([
      ['indirect', 'die Brücke sei sicher', 'Die Bürgermeisterin']
    ])
    // A plural preterite may stand in for the Konjunktiv: it carries on.
    expect(speechOf('Die Bürgermeisterin sagte, die Brücke sei sicher. Die Messungen zeigten, dass sie noch lange halte.')).toEqual([
      ['indirect', 'die Brücke sei sicher', 'Die Bürgermeisterin'],
      ['indirect', 'Die Messungen zeigten, dass sie noch lange halte', 'Die Bürgermeisterin']
    ])
  })

  it('should report a sentence opened by `Demnach`, as the speaker of the sentence before', () => {
    expect(speechOf('Das Ministerium veröffentlichte am Montag einen Bericht. Demnach sind die Schulden gestiegen.')).toEqual([
      ['indirect', 'sind die Schulden gestiegen', 'Ministerium']
    ])
    // Without a frame before, the words are reported by someone unknown.
    expect(speechOf('Am Montag erschien ein Bericht. Demnach sind die Schulden gestiegen.')).toEqual([
      ['indirect', 'sind die Schulden gestiegen', null]
    ])
  })

  it('should carry an account over a noun of saying that reports nothing', () => {
    expect(speechOf('Die Gäste seien zufrieden, sagte Karl Mut. Er mache dem Koch keinen Vorwurf, wohl aber dem Lieferanten.')).toEqual([
      ['indirect', 'Die Gäste seien zufrieden', 'Karl Mut'],
      ['indirect', 'Er mache dem Koch keinen Vorwurf, wohl aber dem Lieferanten', 'Karl Mut']
    ])
  })

  it('should carry the account of a text’s principal speaker across a subheading and narration', () => {
    const text = [
      'Die Bäckerin Greta Ohlsen habe viel zu tun, sagte sie. Der Umsatz sei gestiegen, sagte Ohlsen. Die Kunden kämen früh, erklärte sie. Das Brot reiche nie, sagte Ohlsen.',
      '',
      'Neue Öfen',
      '',
      'Die Bäckerei liegt am Markt. Sie hat zwölf Angestellte. Im Sommer wird umgebaut. Der Umbau dauert zwei Wochen.',
      '',
      'Der neue Ofen spare ein Drittel Strom.'
    ].join('\n')
    expect(speechOf(text).at(-1)).toEqual(['indirect', 'Der neue Ofen spare ein Drittel Strom', 'Greta Ohlsen'])
    // With two voices of weight the account ends after a few sentences.
    const two = text.replace('Das Brot reiche nie, sagte Ohlsen.', 'Das Brot reiche nie, sagte der Bäcker Jens Brandt. Es fehle Mehl, sagte Brandt. Der Preis steige, sagte Brandt.')
    expect(speechOf(two).at(-1)?.[1]).not.toBe('Der neue Ofen spare ein Drittel Strom')
  })

  it('should not take `die Sicht nach oben` for a source frame', () => {
    expect(speechOf('Die Pilotin Eva Kohl spekulierte über die Ursache. So sei die Sicht nach oben eingeschränkt.')).toEqual([
      ['indirect', 'So sei die Sicht nach oben eingeschränkt', 'Eva Kohl']
    ])
  })

  it('should switch the account to the new speaker', () => {
    expect(
      speechOf(
        'Anna Berger sagte, die Schule werde saniert. Paul Lenz widersprach, dafür fehle das Geld. Die Kasse sei leer.'
      )
    ).toEqual([
      ['indirect', 'die Schule werde saniert', 'Anna Berger'],
      ['indirect', 'dafür fehle das Geld', 'Paul Lenz'],
      ['indirect', 'Die Kasse sei leer', 'Paul Lenz']
    ])
  })

  it('should split a clause around a frame in its middle', () => {
    expect(speechOf('Die Kosten seien, so Anna Berger, deutlich gestiegen.')).toEqual([
      ['indirect', 'Die Kosten seien', 'Anna Berger'],
      ['indirect', 'deutlich gestiegen', 'Anna Berger']
    ])
  })

  it('should take a partial quote inside indirect speech as both', () => {
    expect(speechOf('Anna Berger sagte, die Lage sei „ernst“.')).toEqual([
      ['indirect', 'die Lage sei „ernst“', 'Anna Berger'],
      ['direct', 'ernst', 'Anna Berger']
    ])
  })

  it('should take a partial quote after `nannte` as direct', () => {
    expect(speechOf('Anna Berger nannte die Lage „ernst, aber beherrschbar“.')).toEqual([
      ['direct', 'ernst, aber beherrschbar', 'Anna Berger']
    ])
  })

  it('should make the sentence before `Dies bestätigte X.` indirect', () => {
    const tree = parseInterview('Die Schule wird im Sommer geschlossen. Dies bestätigte Anna Berger am Montag.')
    expect(speechOfTree(tree)).toEqual([
      ['indirect', 'Die Schule wird im Sommer geschlossen', 'Anna Berger'],
      ['indirect', 'Dies', 'Anna Berger']
    ])
    expect(cuesOf(tree)).toEqual([['bestätigen', 'bestätigte']])
    expect(tree.speakers.map((entry) => entry.name)).toEqual(['Anna Berger'])
  })
  it('should carry an account on through `sei es` after a word (`Dann sei es zu … gekommen`)', () => {
    expect(speechOf('Laut Anna Berger fiel am Abend der Strom aus. Danach sei es zu einem Brand im Keller gekommen.')).toEqual([
      ['indirect', 'fiel am Abend der Strom aus', 'Anna Berger'],
      ['indirect', 'Danach sei es zu einem Brand im Keller gekommen', 'Anna Berger']
    ])
  })
})

describe('indirect speech: not speech', () => {
  it('should not take `aller Voraussicht nach` or `Sicht nach draußen` for a source', () => {
    expect(speechOf('Die Sanierung der Schwimmhalle wird aller Voraussicht nach teurer.')).toEqual([])
    expect(speechOf('Der Verein Pro Bahn wünscht sich in den neuen Zügen freie Sicht nach draußen.')).toEqual([])
  })

  it('should not take a `nach` of time (`Zwei Monate nach dem Urteil`) for a source', () => {
    expect(speechOf('Zwei Monate nach dem Urteil des Landgerichts liegt nun die schriftliche Begründung vor.')).toEqual([])
  })

  it('should not take a `zu`-infinitive of purpose (`um … zu`) for reported content', () => {
    expect(speechOf('Die Bürgermeisterin Anna Berger kündigte eine Sitzung an, um den Streit um die Schule zu beenden.')).toEqual([])
  })

  it('should not take a speech act without content for a quote', () => {
    expect(speechOf('Die Gewerkschaft forderte mehr Geld für die Pflegekräfte.')).toEqual([])
  })

  it('should not take hearsay without a source for a quote', () => {
    expect(speechOf('Er soll das Geld aus der Vereinskasse genommen haben.')).toEqual([])
  })

  it('should not take `es sei denn` for a report', () => {
    expect(speechOf('Das Fest findet im Park statt. Es sei denn, es regnet.')).toEqual([])
  })

  it('should not take a Konjunktiv I in a recipe for a report', () => {
    expect(speechOf('Man nehme drei Eier und etwas Mehl.')).toEqual([])
  })

  it('should not take a Konjunktiv II condition without an account for a report', () => {
    expect(speechOf('Wenn es mehr Geld gäbe, würde die Halle sofort saniert.')).toEqual([])
  })

  it('should not take the idiom `Gott sei Dank` for a report', () => {
    expect(speechOf('Gott sei Dank wurde bei dem Brand niemand verletzt.')).toEqual([])
  })

  it('should not take a verb of opinion without `dass` or Konjunktiv for a report', () => {
    expect(speechOf('Anna Berger glaubt an den Erfolg des Projekts.')).toEqual([])
  })

  it('should give a clause to the source frame nearer to it (`bestätigte X laut Y, dass …`)', () => {
    // The source reports the verb's clause as a whole, the verb too.
    expect(speechOf('Am Morgen bestätigte Anna Berger laut dem Sender Nordwelle, dass die Halle geräumt wurde.')).toEqual([
      ['indirect', 'Am Morgen bestätigte Anna Berger', 'Sender Nordwelle'],
      ['indirect', 'dass die Halle geräumt wurde', 'Sender Nordwelle']
    ])
  })

  it('should leave a clause to its speaker when a source inside it names no one', () => {
    expect(speechOf('Die Sprecherin des Zolls, Eva Roth, sagte, nach ersten Erkenntnissen sei die Ware gefälscht.')).toEqual([
      ['indirect', 'nach ersten Erkenntnissen sei die Ware gefälscht', 'Eva Roth'],
      // The source frame inside reports its clause too, nested in his words.
      ['indirect', 'sei die Ware gefälscht', 'ersten Erkenntnissen']
    ])
  })

  it('should make one report of a clause two frames claim', () => {
    const tree = parseInterview('Anna Berger hofft auf gutes Wetter und gab bekannt, dass die Halle im Mai öffne.')
    const reports: string[] = []
    visit(tree, 'QuoteNode', (node) => {
      if (node.kind === 'indirect') reports.push(node.children.map((child) => toString(child)).join(''))
    })
    expect(reports).toEqual(['dass die Halle im Mai öffne'])
  })

  it('should take a sentence in Konjunktiv after `Für <person>` for that person’s view', () => {
    expect(speechOf('Für die Ministerin Eva Roth sei der Rücktritt verständlich.')).toEqual([
      ['indirect', 'sei der Rücktritt verständlich', 'Eva Roth']
    ])
    expect(speechOf('Für die Ministerin Eva Roth ist der Rücktritt verständlich.')).toEqual([])
  })

  it('should take a `dass`-clause after `wurde bekannt` without a speaker', () => {
    expect(speechOf('Am Abend wurde bekannt, dass die Fähre ausfällt.')).toEqual([['indirect', 'dass die Fähre ausfällt', null]])
  })

  it('should take the clause around `Wie bekannt wurde`', () => {
    expect(speechOf('Wie am Montag bekannt wurde, hat der Verein den Trainer entlassen.')).toEqual([
      ['indirect', 'hat der Verein den Trainer entlassen', null]
    ])
  })

  it('should not take `wurde bekannt` without content for a report', () => {
    expect(speechOf('Die Sängerin wurde in den Achtzigern bekannt.')).toEqual([])
  })

  it('should not take a relative clause on the object of a cue for reported content', () => {
    expect(speechOf('Das Gutachten beschreibt die Mängel, die den Einsturz verursachten.')).toEqual([])
  })

  it('should take a relative clause in Konjunktiv on the object of a cue for reported content', () => {
    expect(speechOf('Der Verein spricht von einem Schaden, der bei mehreren Millionen liege.')).toEqual([
      ['indirect', 'der bei mehreren Millionen liege', 'Verein']
    ])
  })

  it('should not take a role apposition after `, sagte X` for content', () => {
    expect(speechOf('Die Brücke bleibe bis Mai gesperrt, sagte Tom Weber, der Sprecher des Bauamts.')).toEqual([
      ['indirect', 'Die Brücke bleibe bis Mai gesperrt', 'Tom Weber']
    ])
  })

  it('should not take a list after a colon frame for speech', () => {
    expect(speechOf('Für den Vorsitz haben sich drei Mitglieder gemeldet: Anna Berger, Tom Weber und Eva Roth.')).toEqual([])
  })

  it('should not make the sentence before a response verb with `das` its subject’s speech', () => {
    const speech = speechOf('Anna Berger nannte den Beschluss einen „Fehler“. Das Gericht wies das zurück.')
    expect(speech).toEqual([['direct', 'Fehler', 'Anna Berger']])
  })

  it('should not take an indicative clause after a colon frame for indirect speech', () => {
    const speech = speechOf('Anna Berger sagte: „Die Stadt hat kein Geld mehr.“')
    expect(speech).toEqual([['direct', 'Die Stadt hat kein Geld mehr.', 'Anna Berger']])
  })
  it('should hand the account to a body that acts in the sentence before, after a fronted time', () => {
    expect(
      speechOf('„Wir bauen die Halle neu“, sagte Paula Brandt. Im Oktober hat die Baubehörde den Antrag genehmigt. Der Bau beginne im Frühjahr.')
    ).toEqual([
      ['direct', 'Wir bauen die Halle neu', 'Paula Brandt'],
      ['indirect', 'Der Bau beginne im Frühjahr', 'Baubehörde']
    ])
  })

  it('should hand the account to a role that acts at the front of the sentence before', () => {
    expect(
      speechOf('Die Preise seien zu hoch, sagte Bürgermeisterin Paula Brandt. Der Finanzminister legte daraufhin einen neuen Haushalt vor. Die Gebühren sänken um zehn Prozent.')
    ).toEqual([
      ['indirect', 'Die Preise seien zu hoch', 'Paula Brandt'],
      ['indirect', 'Die Gebühren sänken um zehn Prozent', 'Der Finanzminister']
    ])
  })

  it('should not hand the account to a body the narration tells a state or a passive of', () => {
    expect(speechOf('Die Preise seien zu hoch, sagte Paula Brandt. Im Oktober wurde die Baubehörde neu besetzt. Die Gebühren seien ungerecht.')).toEqual([
      ['indirect', 'Die Preise seien zu hoch', 'Paula Brandt'],
      ['indirect', 'Die Gebühren seien ungerecht', 'Paula Brandt']
    ])
    expect(speechOf('Die Preise seien zu hoch, sagte Paula Brandt. Die Baubehörde hat zwölf Mitarbeiter. Die Gebühren seien ungerecht.')).toEqual([
      ['indirect', 'Die Preise seien zu hoch', 'Paula Brandt'],
      ['indirect', 'Die Gebühren seien ungerecht', 'Paula Brandt']
    ])
  })

  it('should hand the account to a person by full name after the verb when Konjunktiv I follows', () => {
    expect(
      speechOf('„Wir sparen“, sagte Paula Brandt. Am Freitag will der Kämmerer Jan Ossig seinen Plan vorstellen. Der Plan spare drei Millionen Euro.')
    ).toEqual([
      ['direct', 'Wir sparen', 'Paula Brandt'],
      ['indirect', 'Der Plan spare drei Millionen Euro', 'Jan Ossig']
    ])
  })

  it('should not carry an account on through a capitalised first word that looks like Konjunktiv (`Einige`, `Hinweise`)', () => {
    expect(
      speechOf('Die Feuerwehr teilte mit, das Lager sei ausgebrannt. Einige Anwohner standen bis zum Morgen auf der Straße. Hinweise nimmt jede Polizeiwache entgegen.')
    ).toEqual([['indirect', 'das Lager sei ausgebrannt', 'Feuerwehr']])
  })

  it('should not carry an account on through a form that is an adjective or a determiner before a noun (`einige Neugierige`, `das reiche Viertel`)', () => {
    expect(
      speechOf('Die Feuerwehr teilte mit, das Lager sei ausgebrannt. Am Abend standen noch einige Neugierige vor dem Tor. Das reiche Viertel am Fluss blieb verschont.')
    ).toEqual([['indirect', 'das Lager sei ausgebrannt', 'Feuerwehr']])
    // Before `sich`, `einige` is the verb.
    expect(speechOf('Die Feuerwehr teilte mit, das Lager sei ausgebrannt. Man einige sich nun mit der Versicherung.')).toEqual([
      ['indirect', 'das Lager sei ausgebrannt', 'Feuerwehr'],
      ['indirect', 'Man einige sich nun mit der Versicherung', 'Feuerwehr']
    ])
  })

  it('should not carry an account on through the Konjunktiv II consequence of a condition', () => {
    expect(
      speechOf('Der Kapitän sagte, das Schiff sei voll beladen. Sollte der Sturm zunehmen, würden die Wellen über das Deck schlagen.')
    ).toEqual([['indirect', 'das Schiff sei voll beladen', 'Der Kapitän']])
    // With a Konjunktiv I the consequence is reported.
    expect(speechOf('Der Kapitän sagte, das Schiff sei voll beladen. Sollte der Sturm zunehmen, werde er umkehren.')).toEqual([
      ['indirect', 'das Schiff sei voll beladen', 'Der Kapitän'],
      ['indirect', 'Sollte der Sturm zunehmen, werde er umkehren', 'Der Kapitän']
    ])
  })

  it('should not carry an account on through a sentence in the first person', () => {
    expect(speechOf('Die Ärztin sagte, die Lage sei ernst. Ich war gestern dort und habe die Zelte gesehen.')).toEqual([
      ['indirect', 'die Lage sei ernst', 'Die Ärztin']
    ])
  })

  it('should not carry an account on through a singular Konjunktiv II alone (`hätte`, `könnte`)', () => {
    expect(
      speechOf('Der Trainer sagte, die Mannschaft habe gut gespielt. Ein Sieg hätte den Klassenerhalt schon gesichert. Das Rückspiel könnte nun alles entscheiden.')
    ).toEqual([['indirect', 'die Mannschaft habe gut gespielt', 'Der Trainer']])
    // The plural stands in for a Konjunktiv I that equals the indicative: it
    // carries on.
    expect(speechOf('Der Trainer sagte, die Mannschaft habe gut gespielt. Die Spieler hätten alles gegeben.')).toEqual([
      ['indirect', 'die Mannschaft habe gut gespielt', 'Der Trainer'],
      ['indirect', 'Die Spieler hätten alles gegeben', 'Der Trainer']
    ])
  })

  it('should not open an account for a person named after the verb when Konjunktiv II follows', () => {
    expect(speechOf('In der zehnten Minute schoss der Stürmer Jan Ossig an den Pfosten. Fast hätte die Mannschaft geführt.')).toEqual([])
  })
})

describe('indirect speech: a source that reports its whole clause', () => {
  it('should take a verb before `laut X` in the same clause into what the source reports', () => {
    expect(speechOf('Die Kassenwartin bestritt laut dem Protokoll jede Unregelmäßigkeit.')).toEqual([
      ['indirect', 'Die Kassenwartin bestritt', 'Protokoll'],
      ['indirect', 'jede Unregelmäßigkeit', 'Protokoll']
    ])
    // Also with content of the verb after the source.
    expect(speechOf('Gestern bestätigte der Schulleiter nach Angaben der Elternvertretung, dass die Turnhalle schließt.')).toEqual([
      ['indirect', 'Gestern bestätigte der Schulleiter', 'Elternvertretung'],
      ['indirect', 'dass die Turnhalle schließt', 'Elternvertretung']
    ])
  })
})

describe('indirect speech: where the content ends', () => {
  it('should end the content of a frame at a semicolon before an indicative clause', () => {
    expect(speechOf('Die Mieter erklärten, dass die Heizung seit Wochen ausfällt; der Vermieter prüft die Beschwerde.')).toEqual([
      ['indirect', 'dass die Heizung seit Wochen ausfällt', 'Die Mieter']
    ])
    // A clause in Konjunktiv after the semicolon reports on.
    expect(speechOf('Die Mieter erklärten, dass die Heizung seit Wochen ausfalle; der Vermieter reagiere nicht.')).toEqual([
      ['indirect', 'dass die Heizung seit Wochen ausfalle; der Vermieter reagiere nicht', 'Die Mieter']
    ])
  })
})

describe('indirect speech: where the content starts', () => {
  it('should open the content with a fronted phrase that a relative clause hangs on', () => {
    expect(speechOf('Die Stadträtin erklärte, in den Vierteln, in denen neu gebaut werde, sei die Miete gesunken.')).toEqual([
      ['indirect', 'in den Vierteln, in denen neu gebaut werde, sei die Miete gesunken', 'Die Stadträtin']
    ])
    // An adverbial of the frame before the content is still left out.
    expect(speechOf('Gestern sagte die Sprecherin, Eva Kern, gegenüber dem Sender, dass die Miete gesunken sei.')).toEqual([
      ['indirect', 'dass die Miete gesunken sei', 'Eva Kern']
    ])
  })
})

describe('indirect speech: names inside the content', () => {
  it('should keep a capitalised quote right after its noun a name inside reported speech', () => {
    expect(speechOf('Die Behörde erklärte, im Bereich „Sichere Wege zur Schule“ seien viele Ampeln gebaut worden.')).toEqual([
      ['indirect', 'im Bereich „Sichere Wege zur Schule“ seien viele Ampeln gebaut worden', 'Behörde'],
      ['mention', 'Sichere Wege zur Schule', null]
    ])
  })
})

describe('indirect speech: a narrator’s clause before a Konjunktiv', () => {
  it('should leave an indicative main clause before the report out of a carried-on account', () => {
    expect(speechOf('Der Bäcker habe seinen Laden verkauft, sagte Eva Roth. Sein Knie ist seit Jahren kaputt, und er wolle sich endlich ausruhen.')).toEqual([
      ['indirect', 'Der Bäcker habe seinen Laden verkauft', 'Eva Roth'],
      ['indirect', 'und er wolle sich endlich ausruhen', 'Eva Roth']
    ])
  })

  it('should open the report at a w-word after an indicative main clause without a comma', () => {
    expect(speechOf('Die Nachbarin habe den Wagen gesehen, sagte Eva Kern. Die Polizei kann noch nicht erkennen wer geschossen habe.')).toEqual([
      ['indirect', 'Die Nachbarin habe den Wagen gesehen', 'Eva Kern'],
      ['indirect', 'wer geschossen habe', 'Eva Kern']
    ])
  })

  it('should keep a relative clause before the Konjunktiv inside the report', () => {
    expect(speechOf('Die Nachbarin habe den Wagen gesehen, sagte Eva Kern. Der Wagen, den sie gestern sah, sei schwarz gewesen.')).toEqual([
      ['indirect', 'Die Nachbarin habe den Wagen gesehen', 'Eva Kern'],
      ['indirect', 'Der Wagen, den sie gestern sah, sei schwarz gewesen', 'Eva Kern']
    ])
  })
})

describe('indirect speech: a cue inside a relative clause', () => {
  it('should not let a cue last in a relative clause report the main clause it hangs in', () => {
    expect(speechOf('Am Hafen ist es ruhig. Der Kapitän, der den Diebstahl gestanden hatte, sei inzwischen entlassen worden, meldet die Polizei.')).toEqual([
      ['indirect', 'Der Kapitän, der den Diebstahl gestanden hatte, sei inzwischen entlassen worden', 'Polizei']
    ])
  })

  it('should start the content of a source after a relative clause set off on it', () => {
    expect(speechOf('Am Hafen ist es ruhig. Nach Ansicht einer Ärztin, die vom Radio befragt wurde, würde das Wasser bald sauberer.')).toEqual([
      ['indirect', 'würde das Wasser bald sauberer', 'einer Ärztin']
    ])
  })
})

describe('indirect speech: a cue without content inside a report', () => {
  it('should keep the clause around `laut X` when a speech verb in it reports nothing', () => {
    expect(speechOf('Laut Jana Pohl haben die Richter den Fahrer verurteilt.')).toEqual([
      ['indirect', 'haben die Richter den Fahrer verurteilt', 'Jana Pohl']
    ])
  })

  it('should keep the clause after `Wie X berichtet,` when a speech verb in it reports nothing', () => {
    expect(speechOf('Wie Reuters berichtet, lehnte der Stadtrat den Neubau am Montag ab.')).toEqual([
      ['indirect', 'lehnte der Stadtrat den Neubau am Montag ab', 'Reuters']
    ])
  })

  it('should keep an indicative main clause after a verb of saying when a speech verb in it reports nothing', () => {
    expect(speechOf('Jana Pohl sagte, die Richter haben den Fahrer verurteilt.')).toEqual([
      ['indirect', 'die Richter haben den Fahrer verurteilt', 'Jana Pohl']
    ])
  })
})

describe('indirect speech: a speech verb in the clause before `…, sagte X`', () => {
  it('should report a main clause with a speech verb before an inverted frame', () => {
    expect(speechOf('Der Stadtrat lehnte den Neubau ab, sagte Jana Pohl.')).toEqual([
      ['indirect', 'Der Stadtrat lehnte den Neubau ab', 'Jana Pohl']
    ])
  })

  it('should report a passive clause whose participle is a verb of opinion before an inverted frame', () => {
    expect(speechOf('Die Fähre wird ab Montag eingestellt, kündigte die Stadtverwaltung an.')).toEqual([
      ['indirect', 'Die Fähre wird ab Montag eingestellt', 'Stadtverwaltung']
    ])
  })

  it('should not read a main clause after a relative clause with a speech verb as a frame after its content', () => {
    expect(speechOf('In einem Brief, der am Montag veröffentlicht wurde, kritisierte Jana Pohl den Bürgermeister.')).toEqual([])
  })
})

describe('indirect speech: a content infinitive with its comma left out', () => {
  it('should take the infinitive right after `hat angekündigt` as what was announced', () => {
    expect(speechOf('Die Bäckerei hat angekündigt die Brotpreise im Herbst zu senken.')).toEqual([['indirect', 'die Brotpreise im Herbst zu senken', 'Die Bäckerei']])
  })

  it('should take an infinitive with `zu` inside its word (`niederzulegen`)', () => {
    expect(speechOf('Die Stadträtin hat versprochen ihr Amt sofort niederzulegen.').map((row) => row.slice(0, 2))).toEqual([['indirect', 'ihr Amt sofort niederzulegen']])
  })

  it('should not take the infinitive after `droht` for speech (`Das Boot droht zu kentern`)', () => {
    expect(speechOf('Das alte Boot droht bei dem Sturm zu kentern.')).toEqual([])
  })
})

describe('indirect speech: `demnach` inside the clause after a sentence with a source', () => {
  it('should report the sentence for the source the sentence before framed', () => {
    expect(speechOf('Laut dem Wetterdienst Meteo Nord hat es im Mai kaum geregnet. Die Ernte fällt demnach deutlich kleiner aus.')).toEqual([
      ['indirect', 'hat es im Mai kaum geregnet', 'Wetterdienst Meteo Nord'],
      ['indirect', 'Die Ernte fällt demnach deutlich kleiner aus', 'Wetterdienst Meteo Nord']
    ])
  })

  it('should leave a conclusion after narration to the narrator', () => {
    expect(speechOf('Die Stadt hat den Markt auf den Herbst verschoben. Geplant ist demnach der erste Samstag im Oktober.')).toEqual([])
  })
})

describe('indirect speech: `Dies geht aus X hervor` with a document', () => {
  it('should report the sentence before for the document', () => {
    expect(speechOf('Die Molkerei will im Frühjahr drei Filialen schließen. Dies geht aus einer Mitteilung der Geschäftsführung hervor.')).toEqual([
      ['indirect', 'Die Molkerei will im Frühjahr drei Filialen schließen', 'einer Mitteilung der Geschäftsführung'],
      ['indirect', 'Dies', 'einer Mitteilung der Geschäftsführung']
    ])
  })

  it('should do so with a relative clause on the document after the particle', () => {
    expect(speechOf('Die Molkerei will im Frühjahr drei Filialen schließen. Dies geht aus einem Bericht hervor, den die Geschäftsführung am Montag verschickte.').map((row) => row.slice(0, 2))).toEqual([
      ['indirect', 'Die Molkerei will im Frühjahr drei Filialen schließen'],
      ['indirect', 'Dies']
    ])
  })

  it('should not take what comes out of no document (`ging aus der Wahl als stärkste Kraft hervor`)', () => {
    expect(speechOf('Die Grünen haben stark gewonnen. Sie gingen aus der Wahl als stärkste Kraft hervor.')).toEqual([])
  })
})

describe('indirect speech: an adverbial clause before a frame', () => {
  it('should not report a clause of time or reason before the verb (`Nachdem …, bat sie …`)', () => {
    expect(speechOf('Nachdem der Zug im Schnee stecken geblieben war, bat die Schaffnerin die Fahrgäste um Geduld.')).toEqual([])
    expect(speechOf('Obwohl die Werkstatt den Schaden gefunden hatte, bestritt der Händler jede Schuld.')).toEqual([])
  })

  it('should still report such a clause in Konjunktiv (`Da sei nichts zu machen, sagte X`)', () => {
    expect(speechOf('Da sei leider nichts mehr zu machen, sagte Paula Kern.')).toEqual([
      ['indirect', 'Da sei leider nichts mehr zu machen', 'Paula Kern']
    ])
  })

  it('should keep `seit` and `während` as prepositions (`Seit dem Mai ist …, sagte X`)', () => {
    expect(speechOf('Seit dem Frühjahr ist die Brücke für Lastwagen gesperrt, sagte Paula Kern.')).toEqual([
      ['indirect', 'Seit dem Frühjahr ist die Brücke für Lastwagen gesperrt', 'Paula Kern']
    ])
  })
})

describe('indirect speech: a clause on the object of a frame', () => {
  it('should not report a relative clause on the object before the particle (`kündigte X an, der …`)', () => {
    expect(speechOf('Anna Berg, die Chefin der Bäckerei, kündigte einen neuen Lieferwagen an, der im kommenden Herbst auf die Straße kommen soll.')).toEqual([])
    expect(speechOf('Die Ärztin wies auf die Risiken hin, die durch das lange Sitzen entstehen.')).toEqual([])
  })

  it('should not report a clause on the whole clause (`…, was zu … führte`)', () => {
    expect(speechOf('Der Bürgermeister lobte die Arbeit der Feuerwehr, was im Rathaus für Beifall sorgte.')).toEqual([])
  })

  it('should still report a relative clause in Konjunktiv or with hearsay `haben soll`', () => {
    expect(speechOf('Die Zeugin sprach von einem Mann, der vor dem Laden gewartet habe.').map((row) => row.slice(0, 2))).toEqual([
      ['indirect', 'der vor dem Laden gewartet habe']
    ])
    expect(speechOf('Die Gewerkschaft verwies auf einen Streit im Vorstand, der den Rücktritt ausgelöst haben soll.').map((row) => row.slice(0, 2))).toEqual([
      ['indirect', 'der den Rücktritt ausgelöst haben soll']
    ])
  })
})

describe('indirect speech: a verb of thinking with a pointing particle', () => {
  it('should not report a `dass` clause after `deutet darauf hin`', () => {
    expect(speechOf('Die Proben aus dem Stadtweiher deuten darauf hin, dass die Fische an Sauerstoffmangel gestorben sind.')).toEqual([])
    expect(speechOf('Vieles deutete darauf hin, dass der Brand in der Scheune ausgebrochen war.')).toEqual([])
  })

  it('should still report speech after `wies darauf hin`', () => {
    expect(speechOf('Die Ärztin wies darauf hin, dass die Praxis im August geschlossen sei.').map((row) => row.slice(0, 2))).toEqual([
      ['indirect', 'dass die Praxis im August geschlossen sei']
    ])
  })
})

describe('`wie` frames in the perfect', () => {
  it('takes `Wie X bekanntgegeben hat` at the sentence start as the source', () => {
    expect(speechOf('Wie der Verband Jorvik am Abend bekanntgegeben hat, wird das Turnier in Husum nicht stattfinden.')).toEqual([
      ['indirect', 'wird das Turnier in Husum nicht stattfinden', 'Verband Jorvik']
    ])
  })

  it('leaves a `wie` clause in the perfect inside the sentence alone', () => {
    expect(speechOf('Im Video war der Wirt zu hören, wie er angegeben hat, er kenne den Gast nicht.')).toEqual([])
  })
})

describe('`wie` frames without a person as the source', () => {
  it('reports the clause after `Wie es hieß` with no speaker', () => {
    expect(speechOf('Der Hafen bleibt gesperrt. Wie es hieß, prüft die Reederei eine Klage gegen die Stadt.')).toEqual([
      ['indirect', 'prüft die Reederei eine Klage gegen die Stadt', null]
    ])
  })

  it('takes the study of `Wie eine Studie ergab` as the source', () => {
    expect(speechOf('Wie eine Umfrage ergab, fahren viele Pendler in Kiel wieder mit dem Rad.')).toEqual([
      ['indirect', 'fahren viele Pendler in Kiel wieder mit dem Rad', 'eine Umfrage']
    ])
  })

  it('takes the document of `Wie aus X hervorgeht` as the source', () => {
    expect(speechOf('Wie aus einem Bericht der Feuerwehr hervorgeht, wurden bei dem Brand zwei Scheunen zerstört.')).toEqual([
      ['indirect', 'wurden bei dem Brand zwei Scheunen zerstört', 'einem Bericht der Feuerwehr']
    ])
  })

  it('leaves `wie aus` with a place alone', () => {
    expect(speechOf('Wie aus dem Nichts tauchte der Läufer an der Spitze auf.')).toEqual([])
  })
})

describe('`wie aus` frames with documents and findings', () => {
  it('takes the announcement of `Wie aus einer Verlautbarung hervorgeht` as the source', () => {
    expect(speechOf('Wie aus einer Verlautbarung der Bahn hervorgeht, fallen am Sonntag alle Züge nach Husum aus.')).toEqual([
      ['indirect', 'fallen am Sonntag alle Züge nach Husum aus', 'einer Verlautbarung der Bahn']
    ])
  })

  it('takes the evaluation of `Wie sich aus der Auswertung ergab` as the source', () => {
    expect(speechOf('Wie sich aus der Auswertung der Kameras ergab, war der Lieferwagen zu schnell unterwegs.')).toEqual([
      ['indirect', 'war der Lieferwagen zu schnell unterwegs', 'Auswertung der Kameras']
    ])
  })

  it('leaves `nach der Auswertung` as a time alone', () => {
    expect(speechOf('Nach der Auswertung der Kameras wurde der Fahrer angezeigt.')).toEqual([])
  })

  it('reports only what follows a `wie` frame after a colon', () => {
    expect(speechOf('Dazu kommt ein Detail: Wie die Polizei mitteilte, war der Lieferwagen gestohlen.')).toEqual([
      ['indirect', 'war der Lieferwagen gestohlen', 'Polizei']
    ])
  })
})

describe('`wie` frames without the comma after them', () => {
  it('reports the clause after `Wie die Sender berichten` with no comma', () => {
    expect(speechOf('Wie die Zeitungen berichten sind bei dem Sturm drei Fischkutter gesunken.')).toEqual([
      ['indirect', 'sind bei dem Sturm drei Fischkutter gesunken', 'Zeitungen']
    ])
  })

  it('leaves `wie` with a verb that is no cue alone', () => {
    expect(speechOf('Wie die Kinder lernen ist eine Frage der Forschung.')).toEqual([])
  })
})

describe('`wie` frames with an apposition left open', () => {
  it('reports the clause after `Wie ein Sprecher der Bahn, DB Netz gestern mitteilte`', () => {
    expect(speechOf('Wie ein Sprecher der Tochter der Bahn, DB Netz gestern mitteilte, wird die Strecke bis zum Sommer für den Verkehr gesperrt bleiben.')).toEqual([
      ['indirect', 'wird die Strecke bis zum Sommer für den Verkehr gesperrt bleiben', 'ein Sprecher der Tochter der Bahn']
    ])
  })

  it('leaves an open apposition that ends in no cue verb', () => {
    expect(speechOf('Wie ein Sprecher der Tochter der Bahn, DB Netz gestern arbeitete, wird die Strecke bis zum Sommer gesperrt bleiben.')).toEqual([])
  })
})

describe('passive `wie` frames', () => {
  it('takes the `von` phrase of `Wie der Zeitung von der Gruppe berichtet wird` as the speaker', () => {
    expect(speechOf('Wie dem Blatt „Nordkurier“ von der Gruppe Netzwacht berichtet wird, bleibt das Archiv ab Montag geschlossen.')).toEqual([
      ['mention', 'Nordkurier', null],
      ['indirect', 'bleibt das Archiv ab Montag geschlossen', 'Gruppe Netzwacht']
    ])
  })

  it('takes the `von` phrase of `Wie von der Polizei mitgeteilt wurde` as the speaker', () => {
    expect(speechOf('Wie von der Polizei mitgeteilt wurde, bleibt die Straße bis Montag gesperrt.')).toEqual([
      ['indirect', 'bleibt die Straße bis Montag gesperrt', 'Polizei']
    ])
  })

  it('names no speaker for a passive `wie` frame without a `von` phrase', () => {
    expect(speechOf('Wie bereits berichtet wurde, bleibt die Straße bis Montag gesperrt.')).toEqual([])
  })
})
