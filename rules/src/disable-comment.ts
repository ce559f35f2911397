// Where a "disable this rule for this line" comment goes, so that the Markdown keeps
// its structure and the directive applies to the finding's line.
//
// On its own line above (`disable-next-line`) when the finding's line starts a block
// (paragraph, heading, list item): the comment then becomes a sibling block. It carries
// the line's container prefix (`> ` of a block quote, the continuation indent of a
// list item) so it stays inside the same containers, and before a list item that is
// not the first of its list it is indented into the previous item, so the list is not
// split in two.
//
// At the end of the line (`disable-line`) when a comment line above would break the
// block: a table row (a line in the middle of a table ends the table) and a paragraph's
// continuation line (an HTML comment line interrupts the paragraph and splits it).

import type {ListItem, Nodes, Parent} from 'mdast'
import {splitChunks} from './markdown/chunks'
import {parseMarkdown, type Syntax} from './markdown/parse'
import type {Fix} from './types'

export const REASON_PLACEHOLDER = '‹reason›'

interface Located {
  /** The prose block that holds the offset. */
  block: Nodes
  /** Ancestors of the block, outermost first. */
  ancestors: Parent[]
}

/** An edit that silences `ruleId` on the line of `offset`, with a reason to fill in. */
export function disableCommentFix(text: string, offset: number, ruleId: string, syntax: Syntax = 'markdown'): Fix {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  const newline = text.indexOf('\n', offset)
  const lineEnd = newline === -1 ? text.length : newline
  const eol = text[lineEnd - 1] === '\r' ? '\r\n' : '\n'
  const comment = (kind: string): string => {
    const body = `pitchlint-${kind} ${ruleId} -- ${REASON_PLACEHOLDER}`
    return syntax === 'mdx' ? `{/* ${body} */}` : `<!-- ${body} -->`
  }

  const located = locate(text, offset, syntax)
  const blockStart = located?.block.position?.start.offset
  const startsBlock = located !== undefined && blockStart !== undefined && blockStart >= lineStart && located.block.type !== 'tableCell'
  if (!located || !startsBlock) {
    // At the end of the line's content, before trailing spaces or a backslash that
    // make a hard line break.
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '')
    const contentEnd = lineStart + line.replace(/(?:\\|[ \t]+)$/, '').length
    const at = located?.block.type === 'tableCell' ? cellContentEnd(located.block, contentEnd) : contentEnd
    return {range: [at, at], text: ` ${comment('disable-line')}`}
  }

  const prefix = containerPrefix(text, lineStart, blockStart!, located.ancestors)
  return {range: [lineStart, lineStart], text: `${prefix}${comment('disable-next-line')}${eol}`}
}

/** End of a table cell's content (before its closing pipe and padding). */
function cellContentEnd(cell: Nodes, fallback: number): number {
  const children = (cell as Parent).children
  const last = children[children.length - 1]
  return last?.position?.end.offset ?? fallback
}

/**
 * What the new comment line starts with: the finding line's text before its block,
 * up to the outermost list item that opens on this line. Before the first item of a
 * list that is the list's own indent; before a later item it is the previous item's
 * content indent, so the comment ends the previous item instead of the list.
 */
function containerPrefix(text: string, lineStart: number, blockStart: number, ancestors: readonly Parent[]): string {
  const before = text.slice(lineStart, blockStart)
  for (let index = 0; index < ancestors.length; index++) {
    const item = ancestors[index]
    if (item.type !== 'listItem' || (item.position?.start.offset ?? -1) < lineStart) continue
    const markerColumn = item.position!.start.offset! - lineStart
    const list = ancestors[index - 1] as Parent
    const previous = list.children[list.children.indexOf(item as ListItem) - 1] as ListItem | undefined
    const outer = before.slice(0, markerColumn)
    if (!previous) return outer
    return outer + ' '.repeat(Math.max(0, contentColumn(text, previous) - markerColumn))
  }
  return before
}

/** Column of a list item's content on its first line (marker width plus spacing). */
function contentColumn(text: string, item: ListItem): number {
  const start = item.position!.start.offset!
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const newline = text.indexOf('\n', start)
  const firstLineEnd = newline === -1 ? text.length : newline
  const first = item.children[0]?.position?.start.offset
  if (first !== undefined && first <= firstLineEnd) return first - lineStart
  const marker = /^(?:[-*+]|\d{1,9}[.)])[ \t]?/.exec(text.slice(start))
  return start - lineStart + (marker ? marker[0].length : 2)
}

/** The innermost prose block around `offset`, found in the chunk that holds it. */
function locate(text: string, offset: number, syntax: Syntax): Located | undefined {
  const chunk = splitChunks(text, {split: syntax !== 'mdx'}).find((c) => c.kind === 'markdown' && c.start <= offset && offset < c.end)
  if (!chunk) return undefined
  const {tree} = parseMarkdown(text.slice(chunk.start, chunk.end), syntax)
  shiftPositions(tree, chunk.start)
  let found: Located | undefined
  const visit = (node: Nodes, ancestors: Parent[]): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || offset < start || offset > end) return
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      found = {block: node, ancestors}
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, [...ancestors, node])
  }
  visit(tree, [])
  return found
}

function shiftPositions(node: Nodes, base: number): void {
  if (base === 0) return
  const position = node.position
  if (position) {
    if (position.start.offset !== undefined) position.start.offset += base
    if (position.end.offset !== undefined) position.end.offset += base
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child as Nodes, base)
}
