import {describe, expect, it} from 'vitest'
import {toString} from 'nlcst-to-string'
import {parseInterview} from 'zitat'
import {sentencesOf} from './util/project.js'

/** Golden rules: input and the sentences it must give. */
const rules: Array<{name: string; input: string; output: string[]}> = [
  {name: 'two plain sentences', input: 'Der Zug kam spät. Niemand wartete.', output: ['Der Zug kam spät.', 'Niemand wartete.']},
  {name: 'z. B.', input: 'Manche Sorten, z. B. Äpfel, reifen spät. Sie sind süß.', output: ['Manche Sorten, z. B. Äpfel, reifen spät.', 'Sie sind süß.']},
  {name: 'd. h. and u. a.', input: 'Er kam zu spät, d. h. nach acht. Sie kam u. a. mit ihrem Bruder.', output: ['Er kam zu spät, d. h. nach acht.', 'Sie kam u. a. mit ihrem Bruder.']},
  {name: 'Dr. and Prof.', input: 'Prof. Dr. Schmidt lehrt Chemie. Dr. Müller lehrt Physik.', output: ['Prof. Dr. Schmidt lehrt Chemie.', 'Dr. Müller lehrt Physik.']},
  {name: 'bzw. and ca.', input: 'Es kostet ca. zehn bzw. zwölf Euro. Das ist teuer.', output: ['Es kostet ca. zehn bzw. zwölf Euro.', 'Das ist teuer.']},
  {name: 'Mio. and Mrd.', input: 'Der Bau kostet 20 Mio. Euro und die Bahn 3 Mrd. Franken. Beides ist viel.', output: ['Der Bau kostet 20 Mio. Euro und die Bahn 3 Mrd. Franken.', 'Beides ist viel.']},
  {name: 'Nr. and St.', input: 'Sie wohnt in St. Gallen, Haus Nr. 5. Er nicht.', output: ['Sie wohnt in St. Gallen, Haus Nr. 5.', 'Er nicht.']},
  {name: 'Anm. d. Red.', input: 'Der Ort [in Tirol, Anm. d. Red.] ist klein. Er liegt hoch.', output: ['Der Ort [in Tirol, Anm. d. Red.] ist klein.', 'Er liegt hoch.']},
  {name: 'a note that starts with its marker', input: 'Sie sprach lange (Anm. d. Red.: Das Gespräch fand im Mai statt. Es dauerte zwei Stunden.) und ging dann.', output: ['Sie sprach lange (Anm. d. Red.: Das Gespräch fand im Mai statt. Es dauerte zwei Stunden.) und ging dann.']},
  {name: 'ordinal with a month', input: 'Am 3. Oktober feiern wir. Dann ruhen wir.', output: ['Am 3. Oktober feiern wir.', 'Dann ruhen wir.']},
  {name: 'ordinal after an article', input: 'Das geschah im 19. Jahrhundert und im 20. Jh. noch einmal. Später nicht mehr.', output: ['Das geschah im 19. Jahrhundert und im 20. Jh. noch einmal.', 'Später nicht mehr.']},
  {name: 'a number at a sentence end', input: 'Sie landete auf Platz 3. Dann fuhr sie heim.', output: ['Sie landete auf Platz 3.', 'Dann fuhr sie heim.']},
  {name: 'a year at a sentence end', input: 'Das Werk schloss 2024. Die Halle steht leer.', output: ['Das Werk schloss 2024.', 'Die Halle steht leer.']},
  {name: 'a date', input: 'Am 26.11.2026 tagt der Rat. Er tagt öffentlich.', output: ['Am 26.11.2026 tagt der Rat.', 'Er tagt öffentlich.']},
  {name: 'a stray space before the full stop', input: 'Sie führt die Partei . Die Lage ist ernst.', output: ['Sie führt die Partei .', 'Die Lage ist ernst.']},
  {name: 'an ellipsis inside a sentence', input: 'Das sagt die Ministerin über … die Schulen im Land.', output: ['Das sagt die Ministerin über … die Schulen im Land.']},
  {name: 'an ellipsis at the end of a paragraph', input: 'Das sagt die Ministerin über …', output: ['Das sagt die Ministerin über …']},
  {name: 'German closing mark after `!`', input: '„Wir bleiben!“, rief er. Sie nickte.', output: ['„Wir bleiben!“, rief er.', 'Sie nickte.']},
  {name: 'German closing mark after `.`', input: 'Er sagte: „Wir bleiben.“ Dann ging er.', output: ['Er sagte: „Wir bleiben.“', 'Dann ging er.']},
  {name: 'guillemets after `?`', input: '»Kommst du mit?« fragte sie. Er blieb.', output: ['»Kommst du mit?« fragte sie.', 'Er blieb.']},
  {name: 'a quote of several sentences stays in its sentence', input: 'Sie sagte: „Es regnet. Wir bleiben hier.“ Dann las sie weiter.', output: ['Sie sagte: „Es regnet. Wir bleiben hier.“', 'Dann las sie weiter.']},
  {name: 'brackets do not break', input: 'Er kam spät (war das Absicht? Wohl kaum.) und setzte sich. Sie lachte.', output: ['Er kam spät (war das Absicht? Wohl kaum.) und setzte sich.', 'Sie lachte.']},
  {name: 'a line break after a colon', input: 'Frage: Wie geht es?\nAntwort: Gut.', output: ['Frage: Wie geht es?', 'Antwort: Gut.']},
  {name: 'a line break inside a sentence before lower case', input: 'Die Fähre legte\nheute früher ab.', output: ['Die Fähre legte\nheute früher ab.']},
  {name: 'usw. at the end of a sentence', input: 'Sie kaufte Brot, Milch usw. Dann ging sie.', output: ['Sie kaufte Brot, Milch usw.', 'Dann ging sie.']},
  {name: 'initials', input: 'Der Autor Hans W. Berger schreibt Krimis. Sie verkaufen sich gut.', output: ['Der Autor Hans W. Berger schreibt Krimis.', 'Sie verkaufen sich gut.']}
]

describe('segmentation', () => {
  for (const rule of rules) {
    it('should segment ' + rule.name, () => {
      expect(sentencesOf(rule.input)).toEqual(rule.output)
    })
  }

  it('should make one paragraph per blank-line block', () => {
    const tree = parseInterview('Erster Absatz.\n\nZweiter Absatz.\n \n\t\nDritter.')
    expect(tree.children.map((node) => node.type)).toEqual([
      'ParagraphNode',
      'WhiteSpaceNode',
      'ParagraphNode',
      'WhiteSpaceNode',
      'ParagraphNode'
    ])
    expect(tree.children.map((node) => toString(node))).toEqual([
      'Erster Absatz.',
      '\n\n',
      'Zweiter Absatz.',
      '\n \n\t\n',
      'Dritter.'
    ])
  })

  it('should keep a single line break inside a paragraph', () => {
    const tree = parseInterview('Zeile eins.\nZeile zwei.')
    expect(tree.children.map((node) => node.type)).toEqual(['ParagraphNode'])
  })

  it('should keep white space around the text at the root', () => {
    const tree = parseInterview('\n\n  Text.  \n')
    expect(tree.children.map((node) => [node.type, toString(node)])).toEqual([
      ['WhiteSpaceNode', '\n\n  '],
      ['ParagraphNode', 'Text.'],
      ['WhiteSpaceNode', '  \n']
    ])
  })

  it('should position paragraphs after CRLF blank lines', () => {
    const tree = parseInterview('Eins.\r\n\r\nZwei.')
    const last = tree.children[2]
    expect(last.position?.start).toEqual({line: 3, column: 1, offset: 9})
  })

  it('should give an empty root for empty input', () => {
    const tree = parseInterview('')
    expect(tree.children).toEqual([])
    expect(tree.speakers).toEqual([])
    expect(toString(tree)).toBe('')
  })
})
