// Placeholders: the `‹…›` gaps that rewrite suggestions, the "Add a pain line" fix and
// skeletons leave for the writer to fill. One definition, so the rule that refuses to
// let them ship and the coverage that refuses to count them agree on what one is.

/** `‹…›` (U+2039 … U+203A) with something inside and no other mark in between. */
const PLACEHOLDER = /\u2039[^\u2039\u203A\n]+\u203A/g

/** Each placeholder in `text`, with its indices. */
export function placeholdersIn(text: string): Array<{start: number; end: number; text: string}> {
  // Most sentences have none: skip the regular expression for them (this runs on every keystroke).
  if (!text.includes('\u2039')) return []
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({start: match.index, end: match.index + match[0].length, text: match[0]}))
}

/** Does `text` hold an unfilled placeholder? */
export function hasPlaceholder(text: string): boolean {
  return placeholdersIn(text).length > 0
}
