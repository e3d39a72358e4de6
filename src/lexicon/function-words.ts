/**
 * Function words that say something about the quote after them.
 *
 * Curated by the zitat authors.
 *
 * @module
 */

/**
 * Words that, right before quotation marks, make the quote a name, title or
 * term rather than speech (`die „Zeitenwende“`, `im „heute journal“`,
 * `als „Trump-Flüsterer“`, `sogenannte „Kulturfragen“`). Lower case.
 */
export const mentionLeaders: ReadonlySet<string> = new Set([
  // Articles and determiners.
  'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines',
  'kein', 'keine', 'keinen', 'keinem', 'keiner', 'dieser', 'diese', 'dieses', 'diesen', 'diesem',
  'jener', 'jene', 'jenes', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren',
  'ihrem', 'ihrer', 'unser', 'unsere', 'unseren', 'unserem', 'ihres', 'seines', 'welche', 'welcher',
  // Prepositions, also fused with articles.
  'im', 'ins', 'am', 'ans', 'vom', 'zum', 'zur', 'beim', 'in', 'an', 'auf', 'aus', 'bei', 'mit',
  'nach', 'von', 'vor', 'zu', 'für', 'gegen', 'ohne', 'um', 'unter', 'über', 'durch', 'wegen',
  'trotz', 'namens', 'sowie',
  // Comparison and naming.
  'als', 'wie', 'sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes', 'genannte',
  'genannten', 'genannter', 'titel', 'motto', 'stichwort', 'slogan', 'schlagwort', 'begriff',
  'heimlicher', 'heimliche', 'heimlichen', 'angebliche', 'angeblichen', 'angeblicher', 'neue',
  'neuen', 'neuer', 'neues', 'alte', 'alten', 'alter', 'große', 'großen', 'großer', 'erste',
  'ersten', 'erster', 'letzte', 'letzten', 'letzter', 'sogenanntem', 'selbsternannte',
  'selbsternannten', 'selbsternannter'
])
