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

/**
 * Markdown syntax that a quote of source text leaves out, in order: a message names the
 * words the reader wrote, not the link targets and emphasis marks around them. A quoted
 * span can start or end inside a link, so the halves of one are handled too.
 */
const MARKUP: ReadonlyArray<{pattern: RegExp; by: string; why: string}> = [
  {pattern: /!?\[([^\]\n]*)\]\([^)\n]*\)?/g, by: '$1', why: 'a link or image: its text, not its target'},
  {pattern: /\[([^\]\n]*)\]\[[^\]\n]*\]/g, by: '$1', why: 'a reference link: its text'},
  {pattern: /\]\([^)\n]*\)?/g, by: '', why: 'the end of a link whose text starts before the quote'},
  {pattern: /[[\]]/g, by: '', why: 'brackets left from a link cut by the quote, or a task-list box'},
  {pattern: /\*\*|__|~~/g, by: '', why: 'strong emphasis and strikethrough marks'},
  {pattern: /(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,;:!?]|$)/g, by: '$1', why: 'emphasis marks at a word’s edge (not the underscore inside an identifier)'},
  {pattern: /\\([\\`*_{}[\]()#+\-.!|])/g, by: '$1', why: 'a backslash escape: the character it escapes'},
  {pattern: /<\/?[A-Za-z][^>\n]*>/g, by: ' ', why: 'inline HTML tags (a <br> or <li> parts words)'},
]

/** Source text (Markdown as written) for quoting in a message: its words without the markup, at most `maxChars` long. */
export function quotableSource(source: string, maxChars: number): string {
  // Only the start can be quoted; a bound keeps the patterns' scans short on a huge sentence.
  let plain = source.length > SOURCE_QUOTED_CHARS ? source.slice(0, SOURCE_QUOTED_CHARS) : source
  for (const {pattern, by} of MARKUP) plain = plain.replace(pattern, by)
  const quoted = quotable(plain, maxChars)
  return source.length > SOURCE_QUOTED_CHARS && !quoted.endsWith('…') ? `${quoted}…` : quoted
}

/** Source characters read for a quote: room for the words of any message and the link targets among them. */
const SOURCE_QUOTED_CHARS = 512
