// A cue is the words that made the analysis tag a sentence: inspect shows them, and
// rules turn them into findings with exact ranges.

import generatedCues from '../generated/cues.json'
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

// The words and patterns behind each kind of cue are data (rules/cues/<kind>.yml, each
// entry with the reason a careful reader takes those words as that cue), compiled by
// `npm run generate` into generated/cues.json; the patterns are built once, here.
interface CompiledPattern {
  source: string
  flags: string
}
interface CompiledKind {
  entries: Array<CompiledPattern & {detail: string}>
  patterns: Record<string, CompiledPattern>
  sets: Record<string, string[]>
}
const compiledCues = generatedCues as unknown as Record<string, CompiledKind>

function compiledKind(kind: string): CompiledKind {
  const compiled = compiledCues[kind]
  if (compiled === undefined) throw new Error(`rules/cues/${kind}.yml is missing from generated/cues.json (run \`npm run generate\`)`)
  return compiled
}

/** A kind's entries as [detail, pattern] rows, in the order of its data file (the first row that matches wins). */
export function cueTable(kind: string): ReadonlyArray<readonly [detail: string, pattern: RegExp]> {
  return compiledKind(kind).entries.map(({detail, source, flags}) => [detail, new RegExp(source, flags)] as const)
}

/** One of a kind's named patterns (a pre-filter or a guard). */
export function cuePattern(kind: string, name: string): RegExp {
  const pattern = compiledKind(kind).patterns[name]
  if (pattern === undefined) throw new Error(`rules/cues/${kind}.yml has no pattern "${name}"`)
  return new RegExp(pattern.source, pattern.flags)
}

/** One of a kind's plain word lists, in order. */
export function cueSet(kind: string, name: string): readonly string[] {
  const set = compiledKind(kind).sets[name]
  if (set === undefined) throw new Error(`rules/cues/${kind}.yml has no set "${name}"`)
  return set
}
