import {describe, expect, it} from 'vitest'
import {visit} from 'unist-util-visit'
import {parseInterview, quotes, speakers, type InterviewRoot, type Quote, type QuoteView} from 'zitat'

const shelter = `Die Leiterin des Tierheims, Petra Vogt, ist zufrieden. „Wir haben [im Sommer] über hundert Katzen vermittelt (lacht). Das ist […] ein Rekord“, sagte Vogt am Dienstag. Der Verein spricht von einem „Katzenjahr“.

„Nächstes Jahr bauen wir an. Die Pläne liegen beim Bauamt [sic].“`

describe('quotes', () => {
  it('should list every quote in document order with text, kind and place', () => {
    const result = quotes(parseInterview(shelter))

    expect(result.map((quote) => [quote.kind, quote.text])).toEqual([
      ['direct', 'Wir haben [im Sommer] über hundert Katzen vermittelt (lacht). Das ist […] ein Rekord'],
      // `spricht von einem „…“` frames the word as the association's own.
      ['direct', 'Katzenjahr'],
      ['direct', 'Nächstes Jahr bauen wir an. Die Pläne liegen beim Bauamt [sic].']
    ])

    expect(result[0]).toMatchObject({line: 1, column: 56, start: 55, end: 141, closed: true})
    expect(result[2]).toMatchObject({line: 3, column: 1})
  })

  it('should give offsets that slice the quote, marks included, out of the input', () => {
    for (const quote of quotes(parseInterview(shelter))) {
      const source = shelter.slice(quote.start, quote.end)
      expect(source).toBe('„' + quote.text + '“')
    }
  })

  it('should drop insertions, stage directions, omissions and [sic] in textWithoutInsertions', () => {
    const result = quotes(parseInterview(shelter))

    expect(result.map((quote) => quote.textWithoutInsertions)).toEqual([
      'Wir haben über hundert Katzen vermittelt. Das ist ein Rekord',
      'Katzenjahr',
      'Nächstes Jahr bauen wir an. Die Pläne liegen beim Bauamt.'
    ])
  })

  it('should trim the white space a note leaves at the start or end of a quote', () => {
    const [quote] = quotes(parseInterview('„[…] und dann kam der Regen (seufzt)“, sagte der Bauer.'))

    expect(quote.text).toBe('[…] und dann kam der Regen (seufzt)')
    expect(quote.textWithoutInsertions).toBe('und dann kam der Regen')
  })

  it('should list a quote inside a quote after the quote around it', () => {
    const result = quotes(parseInterview('Er sagte: „Das nennen wir intern ‚Plan B‘, mehr nicht.“'))

    expect(result.map((quote) => [quote.kind, quote.text])).toEqual([
      ['direct', 'Das nennen wir intern ‚Plan B‘, mehr nicht.'],
      ['mention', 'Plan B']
    ])
  })

  it('should keep the text of an unclosed quote without its opening mark', () => {
    const value = 'Der Trainer rief: „Weiter so, nicht nachlassen'
    const [quote] = quotes(parseInterview(value))

    expect(quote).toMatchObject({closed: false, text: 'Weiter so, nicht nachlassen', column: 19})
    expect(value.slice(quote.start, quote.end)).toBe('„Weiter so, nicht nachlassen')
  })

  it('should drop the repeated opening marks of a quote over several paragraphs', () => {
    const value = 'Die Kapitänin erzählt:\n\n„Wir liefen bei Sturm aus. Keiner schlief.\n\n„Am dritten Tag sahen wir Land.“'
    const result = quotes(parseInterview(value))

    expect(result).toHaveLength(1)
    expect(result[0].text).toBe('Wir liefen bei Sturm aus. Keiner schlief.\n\nAm dritten Tag sahen wir Land.')
    expect(result[0].line).toBe(3)
  })

  it('should return an empty list for text without quotes, and for no text', () => {
    expect(quotes(parseInterview('Am Hafen regnet es seit Tagen.'))).toEqual([])
    expect(quotes(parseInterview(''))).toEqual([])
  })

  it('should give every view the same keys, also when values are unknown', () => {
    const [quote] = quotes(parseInterview('Sie nannte es „Unsinn“.'))
    const keys: Array<keyof QuoteView> = [
      'kind',
      'text',
      'textWithoutInsertions',
      'speaker',
      'speakerId',
      'cue',
      'closed',
      'start',
      'end',
      'line',
      'column'
    ]

    expect(Object.keys(quote).sort()).toEqual([...keys].sort())
    expect(quote.speaker).toBeUndefined()
    expect(quote.speakerId).toBeUndefined()
  })

  it('should throw on something that is not a tree', () => {
    expect(() => quotes(null as unknown as InterviewRoot)).toThrow(TypeError)
    expect(() => quotes({type: 'ParagraphNode', children: []} as unknown as InterviewRoot)).toThrow(
      'Expected a zitat tree (a `RootNode`), not a `ParagraphNode`'
    )
  })
})

describe('speakers', () => {
  /**
   * Parse, then attribute quotes by hand the way the speaker pass will.
   */
  function attributed(): InterviewRoot {
    const tree = parseInterview(
      '„Der Deich hält“, sagte Bauamtsleiter Jonas Krüger. Die Bürgermeisterin Ilse Brandt widersprach: „Wir müssen ihn erhöhen.“ Krüger darauf: „Nicht vor dem Winter.“'
    )
    tree.speakers = [
      {identifier: 's1', name: 'Jonas Krüger', aliases: ['Krüger'], kind: 'person', roles: ['Bauamtsleiter'], gender: 'male'},
      {identifier: 's2', name: 'Ilse Brandt', aliases: [], kind: 'person', roles: ['Bürgermeisterin'], gender: 'female'},
      {identifier: 's3', name: 'Der Gemeinderat', aliases: [], kind: 'organisation', roles: []}
    ]
    const ids = ['s1', 's2', 's1']
    const cues = ['sagen', 'widersprechen', undefined]
    let index = 0
    visit(tree, 'QuoteNode', function (node: Quote) {
      node.speaker = ids[index]
      node.cue = cues[index]
      index++
    })
    return tree
  }

  it('should name the speaker of each quote', () => {
    const result = quotes(attributed())

    expect(result.map((quote) => [quote.speaker, quote.speakerId, quote.cue, quote.text])).toEqual([
      ['Jonas Krüger', 's1', 'sagen', 'Der Deich hält'],
      ['Ilse Brandt', 's2', 'widersprechen', 'Wir müssen ihn erhöhen.'],
      ['Jonas Krüger', 's1', undefined, 'Nicht vor dem Winter.']
    ])
  })

  it('should group quotes by speaker, in table order, with speakers without quotes', () => {
    const result = speakers(attributed())

    expect(result.map((speaker) => [speaker.identifier, speaker.name, speaker.quotes.map((quote) => quote.text)])).toEqual([
      ['s1', 'Jonas Krüger', ['Der Deich hält', 'Nicht vor dem Winter.']],
      ['s2', 'Ilse Brandt', ['Wir müssen ihn erhöhen.']],
      ['s3', 'Der Gemeinderat', []]
    ])
    expect(result[0]).toMatchObject({aliases: ['Krüger'], roles: ['Bauamtsleiter'], gender: 'male', kind: 'person', loose: false})
    expect(result[2].gender).toBeUndefined()
  })

  it('should copy the speaker table rather than sharing its arrays', () => {
    const tree = attributed()
    const [first] = speakers(tree)
    first.aliases.push('der Bauamtsleiter')

    expect(tree.speakers[0].aliases).toEqual(['Krüger'])
  })

  it('should work on a tree built by hand, without positions', () => {
    const tree: InterviewRoot = {
      type: 'RootNode',
      speakers: [{identifier: 's1', name: 'Nora Lind', aliases: ['Lind'], kind: 'person', roles: [], loose: true}],
      children: [
        {
          type: 'ParagraphNode',
          children: [
            {
              type: 'SentenceNode',
              children: [
                {
                  type: 'QuoteNode',
                  kind: 'indirect',
                  speaker: 's1',
                  cue: 'laut',
                  closed: true,
                  children: [
                    {type: 'WordNode', children: [{type: 'TextNode', value: 'Alles'}]},
                    {type: 'WhiteSpaceNode', value: ' '},
                    {type: 'WordNode', children: [{type: 'TextNode', value: 'sei'}]},
                    {type: 'WhiteSpaceNode', value: ' '},
                    {
                      type: 'EditorialNoteNode',
                      kind: 'insertion',
                      children: [
                        {type: 'PunctuationNode', value: '['},
                        {type: 'WordNode', children: [{type: 'TextNode', value: 'fast'}]},
                        {type: 'PunctuationNode', value: ']'}
                      ]
                    },
                    {type: 'WhiteSpaceNode', value: ' '},
                    {type: 'WordNode', children: [{type: 'TextNode', value: 'fertig'}]}
                  ]
                },
                {type: 'PunctuationNode', value: '.'}
              ]
            }
          ]
        }
      ]
    }

    expect(quotes(tree)).toEqual([
      {
        kind: 'indirect',
        text: 'Alles sei [fast] fertig',
        textWithoutInsertions: 'Alles sei fertig',
        speaker: 'Nora Lind',
        speakerId: 's1',
        cue: 'laut',
        closed: true,
        start: undefined,
        end: undefined,
        line: undefined,
        column: undefined
      }
    ])
    expect(speakers(tree)[0]).toMatchObject({name: 'Nora Lind', loose: true, quotes: [{text: 'Alles sei [fast] fertig'}]})
  })

  it('should have no name for a speaker id missing from the table', () => {
    const tree = attributed()
    tree.speakers = []

    expect(quotes(tree)[0]).toMatchObject({speaker: undefined, speakerId: 's1'})
    expect(speakers(tree)).toEqual([])
  })
})
