// The items of an element's section that each must carry something: the points of
// "Why we win" (an outcome each), the objections (a response each), the discovery
// questions (a pain each). A point is a list item (with its sub-bullets), a table row,
// or, in a section without either, a sentence.

import type {SentenceInput} from '../rule'
import type {SectionView} from '../sections'

export interface Point {
  sentences: SentenceInput[]
  range: [number, number]
}

/** The list items and table rows of a section, outermost items, in order; its sentences when it has neither. */
export function pointsOf(section: SectionView): Point[] {
  const points: Point[] = []
  const byKey = new Map<string, Point>()
  const loose: SentenceInput[] = []
  for (const sentence of section.sentences) {
    const {block, base} = sentence.view
    // List item and row ids are numbered per parse, which can be per chunk: the chunk's start makes them unique in the document.
    const key = block.listItems.length > 0 ? `${base}:item:${block.listItems[0]}` : block.table && !block.table.header ? `${base}:row:${block.table.rowId}` : undefined
    if (key === undefined) {
      loose.push(sentence)
      continue
    }
    let point = byKey.get(key)
    if (!point) {
      point = {sentences: [], range: sentence.view.range()}
      byKey.set(key, point)
      points.push(point)
    }
    point.sentences.push(sentence)
    point.range = [point.range[0], Math.max(point.range[1], sentence.view.range()[1])]
  }
  if (points.length > 0) return points
  for (const sentence of loose) points.push({sentences: [sentence], range: sentence.view.range()})
  return points
}

/** The subsections of a section, each a point (an objection as a heading, its answer below it). */
export function subsectionPoints(section: SectionView): Array<{heading: NonNullable<SectionView['heading']>; sentences: SentenceInput[]}> {
  return section.children.filter((child) => child.heading).map((child) => ({heading: child.heading!, sentences: child.sentences}))
}
