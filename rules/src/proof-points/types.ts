// Proof points as data: the registry a team keeps (`proof-points.yaml`), the citations a
// document makes to it, and the figures it quotes. Everything here is plain data (no
// Maps, no classes), so it crosses worker threads and the CLI cache unchanged.

import type {Severity} from '../types'

export interface ProofPoint {
  id: string
  /** The claim in words, as approved. */
  claim: string
  /** The figures the claim may be quoted with, as written in the registry ("40%"). */
  figures: string[]
  /** A URL or a repository path. */
  source: string
  owner: string
  /** YYYY-MM-DD. */
  approved: string
  /** YYYY-MM-DD: the last day the claim may be made. */
  expires: string
  /** Offsets of the entry's `id` value in the registry text (where related locations point). */
  range: [number, number]
}

export interface ProofRegistry {
  /** Absolute path of the registry file. */
  file: string
  /** Its text without a byte order mark, so a surface can turn an entry's range into a line and column. */
  text: string
  entries: ProofPoint[]
}

/** What the lint core needs to check proof points: the registry (if any) and the day it is. */
export interface ProofContext {
  registry?: ProofRegistry
  /** YYYY-MM-DD. Without it, nothing expires (the core reads no clock). */
  today?: string
}

/** A reference from a document to a registry entry. */
export interface Citation {
  id: string
  /** `<!-- proof: id -->`, or a link whose target is an entry's source. */
  kind: 'comment' | 'link'
  /** Where the reference is written (the comment, or the link). */
  range: [number, number]
  /** The comment as written (for a comment). */
  written?: string
  /** The claim sentence it stands after (its range), if there is one. */
  sentence?: [number, number]
}

/**
 * A figure a document quotes in a claim ("cuts review time by 40%"): what it measures
 * (its metric words) and the number. Kept per file by the CLI and the server, so the
 * figures of every document can be compared.
 */
export interface FigureMention {
  /** The figure's own words ("40%", "up to 3x"), in document offsets. */
  range: [number, number]
  text: string
  /** The number and its unit, normalized: 40 and "%" for "40 percent". */
  value: number
  unit: string
  /** What is measured: content words of the claim around the figure, lower-case, sorted. */
  metric: readonly string[]
  /** The whole claim sentence, for messages and fingerprints. */
  sentence: string
  /** Where that sentence is, in document offsets. */
  sentenceRange: [number, number]
  /** The registry entry the sentence cites, or the one whose claim it matches by meaning. */
  entry?: string
  /** True when the sentence cites `entry` (rather than matching it). */
  cited?: boolean
  /** The sentence carries other proof (a named customer, a study): its own result, not a shared figure. */
  ownProof?: boolean
  /** How `inconsistent-figure` is reported at this place; absent when it is off or silenced here. */
  severity?: Severity
}
