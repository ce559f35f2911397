// One number per claim across every document of a run: figures of the same metric that
// differ. Pure, over per-file figure lists (the CLI gathers them from every file's
// report, the language server from its workspace index), so each surface compares the
// same way. A figure whose claim matches a registry entry is checked against the
// registry by `inconsistent-figure` itself; this compares the figures no entry holds.

import {sameFigure} from './figures'
import type {FigureMention} from './types'

export interface FileFigures {
  file: string
  figures: readonly FigureMention[]
}

export interface FigureConflict {
  file: string
  figure: FigureMention
  /** The other places that quote the same metric with another figure (at most MAX_OTHERS). */
  others: Array<{file: string; figure: FigureMention}>
}

/** Related places listed per finding: enough to find the drift, short enough to read. */
const MAX_OTHERS = 10

/**
 * A metric named by fewer words ("costs") is too vague to say two documents quote the
 * same thing: two customers' cost savings are different claims.
 */
const MIN_METRIC_WORDS = 2

/** The key two figures of the same metric share, or undefined for a figure not compared across documents. */
export function metricKey(figure: FigureMention): string | undefined {
  if (figure.entry !== undefined || figure.ownProof) return undefined
  const words = figure.metric.filter((word) => !word.startsWith('('))
  if (words.length < MIN_METRIC_WORDS) return undefined
  return `${figure.unit}\0${figure.metric.join(' ')}`
}

/** Every reported figure that differs from another figure of the same metric, with those others. */
export function figureConflicts(files: readonly FileFigures[]): FigureConflict[] {
  const groups = new Map<string, Array<{file: string; figure: FigureMention}>>()
  for (const {file, figures} of files) {
    for (const figure of figures) {
      const key = metricKey(figure)
      if (key === undefined) continue
      const group = groups.get(key) ?? []
      group.push({file, figure})
      groups.set(key, group)
    }
  }
  const conflicts: FigureConflict[] = []
  for (const group of groups.values()) {
    if (group.length < 2) continue
    for (const place of group) {
      if (!place.figure.severity) continue
      const others = group.filter((other) => other !== place && !sameFigure(other.figure, place.figure))
      if (others.length > 0) conflicts.push({...place, others: others.slice(0, MAX_OTHERS)})
    }
  }
  return conflicts
}
