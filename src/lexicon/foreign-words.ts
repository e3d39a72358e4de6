/**
 * Words of other languages that German news quotes as names, titles and
 * set phrases (`„running mate“`, `„in dubio pro reo“`, `„Have a nice
 * day“`), to tell such quotes from German speech.
 *
 * Curated by the zitat authors: English, French, Italian, Spanish and Latin
 * function words and very common words that are no German words. Left out:
 * words that are also German (`in`, `an`, `so`, `die`, `des`, `man`, `was`,
 * `will`, `war`, `kind`, `best`, `fast`, `hell`, `rat`, `also`, `pro`,
 * `per`, `um`, `es`; `first` and `last`, which slogans use as speech).
 *
 * @module
 */

/** Foreign words (lower case). */
export const foreignWords: ReadonlySet<string> = new Set([
  // English function words.
  'the', 'a', 'of', 'and', 'or', 'to', 'on', 'at', 'for', 'with', 'from', 'by', 'is', 'are',
  'were', 'be', 'been', 'have', 'has', 'had', 'do', 'does', 'did', 'not', 'no', 'yes',
  'you', 'your', 'we', 'our', 'they', 'their', 'he', 'she', 'his', 'her', 'it', 'its', 'i', 'my',
  'me', 'this', 'that', 'these', 'those', 'what', 'who', 'which', 'there', 'here', 'can', 'could',
  'would', 'should', 'shall', 'must', 'may', 'might', 'just', 'very', 'more', 'most', 'all',
  'any', 'some', 'out', 'up', 'down', 'over', 'into', 'about', 'after', 'before', 'than', 'then',
  'only', 'new', 'old', 'good', 'great', 'nice', 'day', 'night', 'time', 'life', 'love', 'world',
  'people', 'mate', 'running', 'space', 'recovery', 'experiment', 'safer', 'sex', 'way', 'home',
  'power', 'free', 'next', 'big', 'little', 'make', 'made', 'get', 'go', 'going',
  'come', 'take', 'see', 'know', 'think', 'say', 'said', 'want', 'need', 'like', 'back',
  'business', 'change', 'public', 'private', 'open', 'source', 'fake', 'news', 'breaking',
  'dream', 'dreams', 'let', 'lets', 'let’s', 'let\'s', 'don’t', 'don\'t', 'it’s', 'it\'s',
  // French.
  'le', 'la', 'les', 'du', 'de', 'et', 'en', 'sans', 'pour', 'une', 'un', 'avec', 'sur', 'dans', 'est', 'sont',
  'pas', 'ne', 'je', 'nous', 'vous', 'ils', 'elle', 'au', 'aux', 'ce', 'cette', 'qui', 'que',
  'c’est', 'c\'est', 'l’', 'l\'', 'vie', 'monde',
  // Italian and Spanish.
  'il', 'di', 'della', 'del', 'dei', 'degli', 'lo', 'gli', 'el', 'los', 'las', 'y', 'con', 'por',
  'para', 'una', 'uno',
  // Latin.
  'dubio', 'reo', 'ad', 'ex', 'sui', 'generis', 'ipso', 'facto', 'quo', 'vadis', 'vivat',
  'persona', 'grata', 'non', 'est', 'causa', 'mea', 'culpa', 'ante', 'post', 'hoc', 'casus',
  'belli', 'veto', 'urbi', 'orbi', 'alma', 'mater', 'conditio', 'qua', 'terra', 'incognita'
])
