// The words a message quotes. A finding's message must fit one Problems-panel row
// (100 characters), so each rule gives the quoted words a budget and the rest of the
// message is fixed text. VS Code shows backticks literally, so messages quote with “…”,
// and a backtick from inline code in the source is dropped.

/** The most a message may hold: what fits one row of the Problems panel. */
export const MESSAGE_MAX_CHARS = 100

/** `text` for quoting in a message, at most `maxChars` long: cut at a word boundary with "…". */
export function quotable(text: string, maxChars: number): string {
  const plain = text.replace(/`/g, '').replace(/\s+/g, ' ').trim()
  if (plain.length <= maxChars) return plain
  const cut = plain.slice(0, maxChars - 1)
  const wordEnd = cut.lastIndexOf(' ')
  return `${(wordEnd > maxChars / 2 ? cut.slice(0, wordEnd) : cut).replace(/[\s,;:.-]+$/, '')}…`
}
