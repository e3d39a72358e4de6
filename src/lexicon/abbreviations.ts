/**
 * German abbreviations that end in a full stop which does not end a sentence.
 *
 * Curated by the zitat authors from common newspaper usage. Entries are the
 * word before the full stop, case-sensitive as written. Single letters
 * (`z. B.`, `d. h.`, initials such as `Olaf S. Müller`) are handled by rule and
 * left out here, and so are numbers (ordinals).
 *
 * @module
 */

/** Abbreviations after which a full stop never ends a sentence. */
export const abbreviations: ReadonlySet<string> = new Set([
  // Titles and forms of address.
  'Dr', 'Prof', 'Dipl', 'Ing', 'Mag', 'Hr', 'Fr', 'Hrn', 'Frl', 'Sr', 'Jr', 'jr', 'sen', 'jun',
  'Pfr', 'Kard', 'Bf', 'Gen', 'Kpt', 'Lt', 'Oberstlt', 'Abg', 'Präs', 'Vors', 'Min', 'Sen',
  // Editorial notes.
  'Anm', 'Red', 'Übers', 'Hrsg', 'hrsg', 'Verf', 'Übs',
  // Latin and German short forms used inside sentences.
  'bzw', 'ca', 'vgl', 'bspw', 'sog', 'ggf', 'evtl', 'inkl', 'exkl', 'zzgl', 'abzgl', 'zz', 'zzt',
  'allg', 'bzgl', 'einschl', 'insb', 'insbes', 'max', 'min', 'mind', 'rd', 'urspr', 'vs',
  'Ggs', 'gegr', 'geb', 'gest', 'verh', 'led', 'ehem', 'sel', 'ff', 'Hl', 'hl', 'St', 'Std',
  'Mrd', 'Mio', 'Tsd', 'Mill', 'Bd', 'Bde', 'Nr', 'Nrn', 'Abs', 'Art', 'Kap', 'Abb', 'Tab',
  'S', 'Sp', 'Bl', 'Aufl', 'Ausg', 'Jg', 'Jh', 'Jhd', 'Jhdt', 'Tel', 'Fax', 'Str', 'Pl',
  'Dt', 'dt', 'engl', 'frz', 'franz', 'ital', 'lat', 'griech', 'russ', 'span', 'amerik', 'österr',
  'schweiz', 'ev', 'kath', 'röm', 'ehrenamtl', 'zit', 'wörtl', 'ugs', 'übers', 'bes', 'eig',
  'eigtl', 'Ziff', 'Zif', 'lt', 'gem', 'So', 'Mo', 'Di', 'Mi', 'Do', 'Sa',
  // Months, short (`im Jan. 2024`).
  'Jan', 'Feb', 'Febr', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
  // Companies and bodies.
  'Co', 'Cie', 'Inc', 'Corp', 'Ltd', 'Bhf', 'Hbf', 'Kfz', 'Pkw', 'Lkw',
  // Short words in multi-part abbreviations (`Anm. d. Red.`, `u. a.`, `o. Ä.`).
  'Ä', 'ä', 'Chr', 'Mt'
])

/**
 * Abbreviations that may end a sentence too (`… und so weiter usw. Dann …`):
 * a full stop after them ends the sentence only when a typical sentence
 * opener follows.
 */
export const finalAbbreviations: ReadonlySet<string> = new Set([
  'usw', 'etc', 'u', 'Chr', 'ff', 'Co', 'Inc', 'Corp', 'Ltd', 'Red', 'Übers', 'Jh', 'Jhd', 'Jhdt'
])
