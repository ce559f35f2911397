// A cue is the words that made the analysis tag a sentence: inspect shows them, and
// rules turn them into findings with exact ranges.

import {matchesOf} from '../matches'

export type Tag = 'feature' | 'outcome' | 'pain' | 'claim' | 'proof' | 'vague'

export interface Cue {
  /** What the words are evidence of: a tag, or `specific` (a checkable number). */
  kind: Tag | 'specific'
  /** A finer label for messages, e.g. `superlative`, `multiplier`, `impact-figure`. */
  detail: string
  /** Indices into the sentence text. */
  start: number
  end: number
  text: string
}

/** Every match of each pattern as a cue; patterns must carry the `g` flag. */
export function findCues(text: string, kind: Cue['kind'], patterns: ReadonlyArray<readonly [detail: string, pattern: RegExp]>): Cue[] {
  const cues: Cue[] = []
  for (const [detail, pattern] of patterns) {
    for (const match of matchesOf(pattern, text)) {
      // A named group `cue` narrows the cue to the words that matter.
      const group = match.indices?.groups?.cue
      const [start, end] = group ?? [match.index, match.index + match[0].length]
      cues.push({kind, detail, start, end, text: text.slice(start, end)})
    }
  }
  return cues.sort((a, b) => a.start - b.start)
}

/** Drops cues contained in a longer cue of the same kind. */
export function dedupeCues(cues: Cue[]): Cue[] {
  const sorted = [...cues].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Cue[] = []
  // Every cue kept so far starts at or before this one, so this one lies inside one of
  // them exactly when it ends by the furthest end kept for its kind.
  const furthestEnd = new Map<Cue['kind'], number>()
  for (const cue of sorted) {
    const end = furthestEnd.get(cue.kind)
    if (end !== undefined && cue.end <= end) continue
    kept.push(cue)
    furthestEnd.set(cue.kind, cue.end)
  }
  return kept
}
