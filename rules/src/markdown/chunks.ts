// Splits a Markdown document into chunks that parse the same alone as together.
//
// Why: remark parses about 1 MB/s. Parsing a document as independent chunks lets the
// engine cache each chunk's analysis by its text (the language server re-parses only
// the chunk a keystroke touched) and keeps one pathological block from costing the
// whole document.
//
// A chunk boundary is a blank line followed by a line that starts in column 0 with a
// non-space character, outside fenced code, multi-line HTML comments and raw HTML
// blocks. Such a line can never continue a list item, block quote, indented code or
// paragraph from above, so the block structure on both sides is unchanged. When in
// doubt we do not split: fewer boundaries only cost speed, never correctness.

import {maskCodeTemplates} from './site-markup'

export interface Chunk {
  start: number
  end: number
  kind: 'frontmatter' | 'markdown'
}

// Each is tried at the start of a line of the whole text (sticky; a line ends before
// "\n" or at the end of the text), so no line is copied out to be tested: the splitter
// runs on every keystroke, over the whole document.
const fenceOpen = /[ \t]*(`{3,}|~{3,})/y
const fenceClose = /[ \t]*(`{3,}|~{3,})[ \t]*\r?(?=\n|$)/y
const blankLine = /[ \t]*\r?(?=\n|$)/y
const rawHtmlOpen = / {0,3}<(script|pre|style|textarea)(?:\s|>|$)/iy
const commentOpen = / {0,3}<!--/y
/** A chunk never starts at `---` or `+++`: parsed alone it would open front matter, not a rule. */
const frontmatterFence = /(?:---|\+\+\+)[ \t]*\r?(?=\n|$)/y
/**
 * CommonMark's HTML block start 6: a block-level tag opens a block that runs to the next
 * blank line, and a ``` line inside it is HTML, not a fence. (Taken for a fence, it would
 * swallow the rest of the document into a chunk that parses differently alone.)
 */
const HTML_BLOCK_TAGS = [
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr', 'html', 'iframe', 'legend', 'li',
  'link', 'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol', 'optgroup', 'option', 'p', 'param', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'title', 'tr', 'track', 'ul',
]
const htmlBlockOpen = new RegExp(` {0,3}</?(?:${HTML_BLOCK_TAGS.join('|')})(?:[ \\t>]|/>|\\r?(?=\\n|$))`, 'iy')

export function splitChunks(source: string, {split = true}: {split?: boolean} = {}): Chunk[] {
  const chunks: Chunk[] = []
  let position = frontmatterEnd(source)
  if (position > 0) chunks.push({start: 0, end: position, kind: 'frontmatter'})
  if (!split) {
    if (position < source.length) chunks.push({start: position, end: source.length, kind: 'markdown'})
    return chunks
  }
  // Read as the parser will (a code sample in a site-generator tag is blank lines), so
  // no chunk starts inside one and a "```" in the sample opens no fence.
  const text = position > 0 ? source.slice(0, position) + maskCodeTemplates(source.slice(position)) : maskCodeTemplates(source)

  let chunkStart = position
  let fence: {marker: string; length: number} | undefined
  let closeRawHtml: RegExp | undefined
  let inComment = false
  let inHtmlBlock = false
  let previousBlank = false
  // The first "-->" at or after where it was last looked for (-1: none left), so lines
  // inside a long comment do not each search the rest of the text.
  let commentCloseAt = -2
  const commentCloseFrom = (from: number): number => {
    if (commentCloseAt !== -1 && commentCloseAt < from) commentCloseAt = text.indexOf('-->', from)
    return commentCloseAt
  }
  const closesComment = (from: number, lineEnd: number): boolean => {
    const close = commentCloseFrom(from)
    return close !== -1 && close + 3 <= lineEnd
  }

  while (position < text.length) {
    const newline = text.indexOf('\n', position)
    const lineEnd = newline === -1 ? text.length : newline
    const next = newline === -1 ? text.length : newline + 1

    if (fence) {
      const close = execAt(fenceClose, text, position)
      if (close && close[1][0] === fence.marker && close[1].length >= fence.length) fence = undefined
    } else if (inComment) {
      if (closesComment(position, lineEnd)) inComment = false
    } else if (closeRawHtml) {
      if (closeRawHtml.test(text.slice(position, lineEnd))) closeRawHtml = undefined
    } else if (inHtmlBlock && !testAt(blankLine, text, position)) {
      // Inside an HTML block up to its blank line: nothing here opens a fence or a comment.
    } else {
      inHtmlBlock = false
      const blank = testAt(blankLine, text, position)
      const indented = text[position] === ' ' || text[position] === '\t'
      if (!blank && previousBlank && position > chunkStart && !indented && !testAt(frontmatterFence, text, position)) {
        chunks.push({start: chunkStart, end: position, kind: 'markdown'})
        chunkStart = position
      }
      previousBlank = blank
      if (!blank) {
        const open = execAt(fenceOpen, text, position)
        if (testAt(htmlBlockOpen, text, position)) inHtmlBlock = true
        else if (open) fence = {marker: open[1][0], length: open[1].length}
        else if (testAt(commentOpen, text, position) && !closesComment(commentOpen.lastIndex, lineEnd)) inComment = true
        else {
          const raw = execAt(rawHtmlOpen, text, position)
          if (raw) {
            const close = new RegExp(`</${raw[1]}>`, 'i')
            if (!close.test(text.slice(position, lineEnd))) closeRawHtml = close
          }
        }
      }
      position = next
      continue
    }
    previousBlank = false
    position = next
  }
  if (chunkStart < text.length) chunks.push({start: chunkStart, end: text.length, kind: 'markdown'})
  return chunks
}

/** Whether a sticky `pattern` matches at `position`. */
function testAt(pattern: RegExp, text: string, position: number): boolean {
  pattern.lastIndex = position
  return pattern.test(text)
}

function execAt(pattern: RegExp, text: string, position: number): RegExpExecArray | null {
  pattern.lastIndex = position
  return pattern.exec(text)
}

/** The length of the document's longest chunk: the most text the engine lints in one step. */
export function longestChunk(text: string, options: {split?: boolean} = {}): number {
  let longest = 0
  for (const chunk of splitChunks(text, options)) longest = Math.max(longest, chunk.end - chunk.start)
  return longest
}

/** End offset of YAML front matter (`---` … `---`) at the very start, or 0. */
export function frontmatterEnd(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text)
  if (!open) return 0
  const match = /^---[ \t]*(?:\r?\n|$)/m.exec(text.slice(open[0].length))
  if (!match) return 0 // unterminated: remark-frontmatter treats `---` as a thematic break
  return open[0].length + match.index + match[0].length
}
