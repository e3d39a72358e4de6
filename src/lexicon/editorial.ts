/**
 * Words of editorial notes: markers that sign an editor's note, stage
 * directions of transcripts, and `sic`.
 *
 * Curated by the zitat authors from German newspaper and broadcast
 * transcripts. Stage directions are matched as the whole bracket content,
 * lower-cased, white space collapsed.
 *
 * @module
 */

/**
 * Markers, as their words without full stops and spaces, lower case
 * (`Anm. d. Red.` → `anmdred`). Each ends an insertion or opens a note.
 */
export const noteMarkers: ReadonlySet<string> = new Set([
  'anmdred', 'anmderred', 'anmderredaktion', 'anmdredaktion', 'anmerkungderredaktion',
  'anmerkungdred', 'dred', 'red', 'anmdübers', 'anmdübersetzerin', 'anmdübersetzers',
  'anmderübers', 'anmdüb', 'anmdverf', 'anmdautors', 'anmdautorin', 'anmdaut', 'anmda',
  'anm', 'anmerkung', 'übers'
])

/** Stage directions (`(lacht)`, `[Applaus]`), lower case. */
export const stageDirections: ReadonlySet<string> = new Set([
  // Laughter and voice.
  'lacht', 'lachen', 'lachend', 'lacht laut', 'lacht auf', 'gelächter', 'lächelt',
  'schmunzelt', 'schmunzelnd', 'grinst', 'kichert', 'seufzt', 'seufzen', 'stöhnt',
  'räuspert sich', 'hustet', 'flüstert', 'ruft', 'schreit', 'singt', 'pfeift', 'weint', 'schnieft',
  'atmet tief durch', 'atmet durch', 'holt luft', 'lacht herzlich', 'beide lachen', 'alle lachen',
  // Pauses and silence.
  'zögert', 'zögernd', 'pause', 'kurze pause', 'lange pause', 'schweigt', 'überlegt', 'denkt nach',
  'stille', 'schweigen', 'nachdenklich', 'überlegt lange', 'zögert kurz',
  // Gestures.
  'nickt', 'schüttelt den kopf', 'zuckt mit den schultern', 'winkt ab', 'zeigt auf', 'deutet auf',
  'klopft auf den tisch', 'hebt die hände', 'breitet die arme aus', 'lehnt sich zurück',
  // Audience and recording.
  'applaus', 'beifall', 'zwischenruf', 'zwischenrufe', 'jubel', 'buhrufe', 'pfiffe', 'unruhe',
  'unverständlich', 'unverständliche antwort', 'unv', 'unv.', 'unverst', 'inaudible',
  'laughter', 'laughs', 'applause', 'off', 'musik', 'telefon klingelt', 'handy klingelt',
  'ironisch', 'lachend ab', 'auf englisch', 'auf deutsch', 'englisch', 'lautes lachen'
])

/** `sic` in its spellings, lower case, without brackets. */
export const sicForms: ReadonlySet<string> = new Set(['sic', 'sic!', '!'])
