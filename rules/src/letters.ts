// Is there a letter or digit at this place in a text? Asked of every character of every
// sentence by the hand-written word scans (the scorer's words, the lexicon's tokens), so
// answered from a table for the Basic Multilingual Plane, filled as characters are seen.

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
/** Per UTF-16 code unit outside ASCII: 0 not yet asked, 1 a letter or digit, 2 not. */
const BMP_CLASS = new Uint8Array(65536)

/**
 * The code units of the letter or digit (`\p{L}` or `\p{N}`) at `at`: 1, 2 for one outside
 * the BMP, or 0 when there is none (a lone surrogate is none).
 */
export function letterOrDigitWidth(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(at, at + 2)) ? 2 : 0
    return 0
  }
  let known = BMP_CLASS[code]!
  if (known === 0) BMP_CLASS[code] = known = LETTER_OR_DIGIT.test(text[at]!) ? 1 : 2
  return known === 1 ? 1 : 0
}
