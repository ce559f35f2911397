// What makes micromark slow, measured before parsing so such a chunk can be reported
// instead: deep container nesting (its cost grows faster than the square of the depth)
// and paragraphs crowded with emphasis and link markers (each closer is resolved by
// walking back over and splicing the paragraph's events, so the cost grows with the
// square of their number). Both scans here are linear in the text.

type Container = {kind: 'quote'} | {kind: 'item'; contentColumn: number}

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/

/**
 * The most containers (block quotes and list items) open on any line, following CommonMark's rules for where block
 * quotes and list items continue and start ("- - - x" is three lists deep on one line,
 * "      - x" under items at columns 0, 2 and 4 is four). Fenced code and HTML are not
 * told apart from prose, so the result can only err towards deeper, which costs no more
 * than a notice about a part that might have parsed in time.
 */
export function containerNesting(text: string): number {
  const open: Container[] = []
  let deepest = 0
  let previousBlank = true
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, lineEnd)
    lineStart = lineEnd + 1
    if (/^[ \t]*\r?$/.test(line)) {
      previousBlank = true
      continue
    }
    const cursor = {at: 0, column: 0}
    let matched = 0
    // Each container that continues consumes at least one character (a `>`, or the
    // indentation up to an item's content, which lies further right for each nested
    // item), so this loop is bounded by the line's length, not by the nesting.
    for (const container of open) {
      if (container.kind === 'quote') {
        const indent = skipSpaces(line, cursor, 3)
        if (line[cursor.at] !== '>') {
          rewind(cursor, indent)
          break
        }
        cursor.at++
        cursor.column++
        skipSpaces(line, cursor, 1)
      } else {
        const needed = container.contentColumn - cursor.column
        const probe = {...cursor}
        if (skipSpaces(line, probe, needed) < needed) break
        cursor.at = probe.at
        cursor.column = probe.column
      }
      matched++
    }
    const startsContainer = LIST_MARKER.test(line.slice(cursor.at).trimStart()) || line.slice(cursor.at).trimStart().startsWith('>')
    // A line that neither continues nor opens a container after prose is a lazy continuation of that prose.
    if (matched < open.length && (previousBlank || startsContainer)) open.length = matched
    // Asked only where a list marker is: most lines have none.
    let breaks: ((at: number) => boolean) | undefined
    for (;;) {
      const indent = skipSpaces(line, cursor, 3)
      const rest = line.slice(cursor.at)
      if (rest.startsWith('>')) {
        cursor.at++
        cursor.column++
        skipSpaces(line, cursor, 1)
        open.push({kind: 'quote'})
        continue
      }
      const found = LIST_MARKER.exec(rest)
      const marker = found && (breaks ??= thematicBreakTails(line))(cursor.at) ? null : found
      if (!marker) {
        rewind(cursor, indent)
        break
      }
      cursor.at += marker[0].length
      cursor.column += marker[0].length
      const markerEnd = cursor.column
      const spaces = skipSpaces(line, cursor, 5)
      if (spaces >= 5) {
        // The item's content is indented code, one column after the marker: nothing opens in it.
        open.push({kind: 'item', contentColumn: markerEnd + 1})
        break
      }
      open.push({kind: 'item', contentColumn: cursor.at >= line.length ? markerEnd + 1 : cursor.column})
    }
    deepest = Math.max(deepest, open.length)
    previousBlank = false
  }
  return deepest
}

/**
 * Whether the line from a position on is a thematic break ("- - -", "***"), which takes
 * precedence over a list marker. Answered from counts made once per line: testing a
 * pattern on the rest of the line at each of thousands of markers would be quadratic.
 */
function thematicBreakTails(line: string): (at: number) => boolean {
  const lastOther = new Map<string, number>()
  const positions = new Map<string, number[]>()
  for (const mark of ['-', '*', '_']) {
    let last = -1
    const found: number[] = []
    for (let i = 0; i < line.length; i++) {
      const char = line[i]
      if (char === mark) found.push(i)
      else if (char !== ' ' && char !== '\t' && char !== '\r') last = i
    }
    lastOther.set(mark, last)
    positions.set(mark, found)
  }
  return (at) => {
    const mark = line[at]
    const found = positions.get(mark)
    if (!found || lastOther.get(mark)! >= at) return false
    // The marks from `at` on: the line's last ones, since nothing else follows.
    let count = 0
    for (let i = found.length - 1; i >= 0 && found[i] >= at && count < 3; i--) count++
    return count >= 3
  }
}

/** Skips up to `limit` columns of spaces and tabs; returns how many columns it skipped. */
function skipSpaces(line: string, cursor: {at: number; column: number}, limit: number): number {
  let skipped = 0
  while (cursor.at < line.length && skipped < limit) {
    const char = line[cursor.at]
    if (char === ' ') {
      cursor.column++
      skipped++
    } else if (char === '\t') {
      const width = 4 - (cursor.column % 4)
      cursor.column += width
      skipped += width
    } else break
    cursor.at++
  }
  return skipped
}

/** Undoes `skipSpaces` of spaces (tabs are rare enough here to be read as one column each). */
function rewind(cursor: {at: number; column: number}, columns: number): void {
  cursor.at = Math.max(0, cursor.at - columns)
  cursor.column = Math.max(0, cursor.column - columns)
}

/**
 * The most emphasis and link markers (`*`, `_`, `[`, `]`) in one paragraph: the lines
 * between blank lines, where a line that opens a list item, a quote, a heading or a table
 * row starts a new one (as each is parsed on its own).
 */
export function crowdedParagraph(text: string): number {
  let most = 0
  let markers = 0
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const line = text.slice(lineStart, lineEnd)
    const trimmed = line.trimStart()
    if (trimmed === '' || trimmed === '\r' || LIST_MARKER.test(trimmed) || /^[>#|]/.test(trimmed)) {
      markers = 0
    }
    for (let i = 0; i < line.length; i++) {
      const char = line.charCodeAt(i)
      // * _ [ ]
      if (char === 42 || char === 95 || char === 91 || char === 93) markers++
    }
    most = Math.max(most, markers)
    lineStart = lineEnd + 1
  }
  return most
}
