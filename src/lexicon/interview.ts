/**
 * Words of interview structure: credit lines, question and answer labels,
 * lead-ins of excerpt-style interviews.
 *
 * Curated by the zitat authors from German print, broadcast and online
 * interviews.
 *
 * @module
 */

/**
 * Labels of credit lines before a colon (`Interview: Anna Roth`), lower case.
 * The name after the colon is the interviewer or author.
 */
export const creditLabels: ReadonlySet<string> = new Set([
  'interview', 'interviews', 'text und interview', 'interview und text', 'text & interview',
  'fragen', 'die fragen stellte', 'moderation', 'gespräch', 'gesprächsführung', 'text', 'texte',
  'autor', 'autorin', 'autoren', 'protokoll', 'aufgezeichnet von', 'aufgeschrieben von',
  'redaktion', 'von', 'interview geführt von', 'das interview führte', 'das gespräch führte'
])

/**
 * Openings of credit sentences whose end names the interviewer
 * (`Das Gespräch führte Anna Roth.`), lower case, as word lists.
 */
export const creditOpenings: ReadonlyArray<readonly string[]> = [
  ['das', 'gespräch', 'führte'],
  ['das', 'gespräch', 'führten'],
  ['das', 'interview', 'führte'],
  ['das', 'interview', 'führten'],
  ['die', 'fragen', 'stellte'],
  ['die', 'fragen', 'stellten'],
  ['mit', 'ihm', 'sprach'],
  ['mit', 'ihr', 'sprach'],
  ['mit', 'ihnen', 'sprach'],
  ['aufgezeichnet', 'von'],
  ['interview', 'von']
]

/** Labels that mark a question (lower case). */
export const questionLabels: ReadonlySet<string> = new Set([
  'frage', 'f', 'fr', 'q', 'interviewer', 'interviewerin', 'moderator', 'moderatorin', 'reporter',
  'reporterin', 'redaktion'
])

/** Labels that mark an answer (lower case). */
export const answerLabels: ReadonlySet<string> = new Set(['antwort', 'a', 'antw'])

/** First words of a topic heading in an excerpt (`Über die Ukraine:`), lower case. */
export const headingOpeners: ReadonlySet<string> = new Set([
  'über', 'zu', 'zum', 'zur', 'zu den', 'bezüglich', 'betreffend', 'thema', 'stichwort'
])
