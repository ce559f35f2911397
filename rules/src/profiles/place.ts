// Where a document-level finding goes and where a skeleton is inserted: the document's
// title heading (or its first line when it has none), and the end of the document.

import {headingOf} from '../analysis/unit'
import type {SectionView} from '../sections'

export interface TitlePlace {
  range: [number, number]
}

/** The title heading, else the first line of the first prose block; undefined for an empty document. */
export function titlePlace(root: SectionView): TitlePlace | undefined {
  const heading = headingOf(root)
  if (heading) return {range: heading.range}
  const first = root.sentences[0]
  if (!first) return undefined
  const {view} = first
  const [blockStart, blockEnd] = view.block.range
  const newline = view.source.indexOf('\n', blockStart)
  const lineEnd = newline === -1 || newline > blockEnd ? blockEnd : newline
  return {range: [blockStart + view.base, lineEnd + view.base]}
}

const NEWLINE = 10

/** An insertion of `markdown` as a new block at the end of the document. */
export function appendBlock(text: string, markdown: string): {range: [number, number]; text: string} {
  // Counted from the end: a pattern anchored at the end is tried at every position of the document.
  let trailing = 0
  while (trailing < 2 && text.charCodeAt(text.length - 1 - trailing) === NEWLINE) trailing++
  const separator = trailing >= 2 ? '' : trailing === 1 ? '\n' : '\n\n'
  return {range: [text.length, text.length], text: `${separator}${markdown}\n`}
}
