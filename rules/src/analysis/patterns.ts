// One scan instead of one per pattern: a table of [detail, pattern] rows becomes a single
// alternation with a named group per row, so a sentence with no cue costs one pass.
// Where rows overlap, the first row that matches at a position wins; the tag is the same.

import type {Cue} from './cue'

export type CueFinder = (text: string) => Cue[]

export function combinePatterns(kind: Cue['kind'], rows: ReadonlyArray<readonly [detail: string, pattern: RegExp]>): CueFinder {
  const flags = new Set(rows.flatMap(([, pattern]) => [...pattern.flags]))
  if (rows.some(([, pattern]) => pattern.flags !== rows[0]![1].flags)) throw new Error(`${kind} patterns must share their flags`)
  const details = rows.map(([detail]) => detail)
  const combined = new RegExp(rows.map(([, pattern], index) => `(?<r${index}>${pattern.source})`).join('|'), [...flags].join(''))
  return (text) => {
    const cues: Cue[] = []
    for (const match of text.matchAll(combined)) {
      const row = Object.entries(match.groups!).find(([, value]) => value !== undefined)![0]
      const start = match.index
      const end = start + match[0].length
      cues.push({kind, detail: details[Number(row.slice(1))]!, start, end, text: match[0]})
    }
    return cues
  }
}
