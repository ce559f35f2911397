// One scan instead of one per pattern: a table of [detail, pattern] rows becomes a single
// alternation with a named group per row, so a sentence with no cue costs one pass.
// Where rows overlap, the first row that matches at a position wins; the tag is the same.

import type {Cue} from './cue'
import {matchesOf} from '../matches'

export type CueFinder = (text: string) => Cue[]

export function combinePatterns(kind: Cue['kind'], rows: ReadonlyArray<readonly [detail: string, pattern: RegExp]>): CueFinder {
  const flags = new Set(rows.flatMap(([, pattern]) => [...pattern.flags]))
  if (rows.some(([, pattern]) => pattern.flags !== rows[0]![1].flags)) throw new Error(`${kind} patterns must share their flags`)
  const details = rows.map(([detail]) => detail)
  const names = rows.map((_, index) => `r${index}`)
  const combined = new RegExp(rows.map(([, pattern], index) => `(?<${names[index]}>${pattern.source})`).join('|'), [...flags].join(''))
  return (text) => {
    const cues: Cue[] = []
    for (const match of matchesOf(combined, text)) {
      // The row that matched is the one named group with a value (no per-match arrays: this runs on every sentence).
      const groups = match.groups!
      let row = 0
      while (groups[names[row]] === undefined) row++
      const start = match.index
      cues.push({kind, detail: details[row]!, start, end: start + match[0].length, text: match[0]})
    }
    return cues
  }
}
