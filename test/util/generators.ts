/**
 * Builders of long adversarial inputs, shared by `test/hostile.test.ts` and
 * `bench/hostile.ts`.
 */

/**
 * Rotating German words, so long inputs are not one token repeated; they
 * include cue and Konjunktiv words so the attribution passes run too.
 */
export const words = ['Hafen', 'wir', 'bleiben', 'Stadt', 'sagte', 'und', 'dass', 'Bahn', 'sei', 'morgen', 'Kai', 'Fischer']

/**
 * `count` rotating words, each written after `mark`, joined by spaces.
 *
 * @param count
 *   Number of words.
 * @param mark
 *   What stands before each word (`„`, `[`).
 * @returns
 *   Text.
 */
export function marked(count: number, mark: string): string {
  const parts: string[] = []
  for (let index = 0; index < count; index++) parts.push(mark + words[index % words.length])
  return parts.join(' ')
}

/**
 * Repeat pieces made from an index until the text has `length` characters.
 *
 * @param piece
 *   Makes the piece for an index.
 * @param length
 *   Characters wanted (at least).
 * @returns
 *   Text.
 */
export function fill(piece: (index: number) => string, length: number): string {
  const parts: string[] = []
  let size = 0
  for (let index = 0; size < length; index++) {
    const next = piece(index)
    parts.push(next)
    size += next.length
  }

  return parts.join('')
}
