import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseInterview} from 'zitat'
import {find, notesOf} from './util/project.js'

describe('editorial notes', () => {
  it('should support an insertion with `Anm. d. Red.` in a quote', () => {
    expect(notesOf('„Ich war Ministerin [in Bayern, Anm. d. Red.] und blieb es.“')).toEqual([
      ['insertion', '[in Bayern, Anm. d. Red.]']
    ])
  })

  it('should keep the marker', () => {
    const note = find(parseInterview('„Ich war dort [in Bayern, Anm. d. Red.] lange.“'), 'EditorialNoteNode')
    expect(note?.marker).toBe('Anm. d. Red.')
  })

  it('should support a dash before the marker in round brackets', () => {
    expect(notesOf('„Wir liefern ihnen (den Bauern – Anm. d. Red.) Saatgut.“')).toEqual([
      ['insertion', '(den Bauern – Anm. d. Red.)']
    ])
  })

  it('should support `Anm. der Redaktion`', () => {
    expect(notesOf('„Er (der Trainer, Anm. der Redaktion) hat recht.“')).toEqual([
      ['insertion', '(der Trainer, Anm. der Redaktion)']
    ])
  })

  it('should support `d. Red.`', () => {
    expect(notesOf('„Sie [die Stadt, d. Red.] zahlt.“')).toEqual([['insertion', '[die Stadt, d. Red.]']])
  })

  it('should support a translator’s note', () => {
    expect(notesOf('„Wir nennen das ‚hygge‘ [Gemütlichkeit, Anm. d. Übers.].“')).toEqual([
      ['insertion', '[Gemütlichkeit, Anm. d. Übers.]']
    ])
  })

  it('should support bracketed words in a quote without a marker', () => {
    expect(notesOf('„[Die Firmen] müssen jetzt handeln.“')).toEqual([['insertion', '[Die Firmen]']])
  })

  it('should support a note that starts with its marker', () => {
    expect(notesOf('Das Gespräch war lang. (Anm. d. Red.: Es wurde im März geführt.)')).toEqual([
      ['note', '(Anm. d. Red.: Es wurde im März geführt.)']
    ])
  })

  it('should take a remark with a marker outside quotes for a note', () => {
    expect(notesOf('Der Zug fährt mit HVO (HVO ist ein Diesel aus Fett, Anm. d. Red.) durchs Tal.')).toEqual([
      ['note', '(HVO ist ein Diesel aus Fett, Anm. d. Red.)']
    ])
  })

  it('should support omissions', () => {
    expect(notesOf('„Wir haben […] gewonnen (...) und [...] gefeiert.“')).toEqual([
      ['omission', '[…]'],
      ['omission', '(...)'],
      ['omission', '[...]']
    ])
  })

  it('should support stage directions', () => {
    expect(notesOf('Das war knapp (lacht). [Applaus] Danke (zögert) vielmals.')).toEqual([
      ['stage', '(lacht)'],
      ['stage', '[Applaus]'],
      ['stage', '(zögert)']
    ])
  })

  it('should support sic', () => {
    expect(notesOf('„Das ist garnicht [sic!] schlimm“ und „seid [sic] ihr da?“')).toEqual([
      ['sic', '[sic!]'],
      ['sic', '[sic]']
    ])
  })

  it('should not take a party, a canton or an age for a note', () => {
    expect(notesOf('Friedrich Berg (CDU) und Jana Vogt (ZH) sowie Tom Keller (45) kamen.')).toEqual([])
  })

  it('should not take an author’s own parentheses for a note', () => {
    expect(notesOf('Die Fähre (sie fährt seit 1990) legt um acht ab.')).toEqual([])
  })

  it('should report unbalanced brackets', () => {
    const file = new VFile()
    parseInterview('Er kam (spät und ging. Sie blieb] dort.', {file})
    expect(file.messages.map((message) => message.ruleId)).toEqual(['unbalanced-bracket', 'unbalanced-bracket'])
  })
})
