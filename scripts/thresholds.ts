// How a judgment's threshold is chosen and scored from cross-validated decisions
// (`scripts/train.ts`): the threshold shipped is chosen on every organisation's held-out
// predictions; the score reported judges each organisation at a threshold chosen
// without it.

/** Thresholds tried on the cross-validated probabilities. */
export const THRESHOLD_GRID = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]
/**
 * Each judgment's threshold maximises F-beta with beta = 0.5 on the organisation-held-out
 * predictions: precision counts twice as much as recall, because a noisy linter gets
 * switched off.
 */
const BETA = 0.5
/** F-beta scores closer than this are a tie, settled for the higher threshold: wide enough that a few changed training sentences do not flip a judgment between two near-equal thresholds. */
const THRESHOLD_TIE = 0.005

export interface Score {
  precision: number
  recall: number
  f1: number
  tp: number
  fp: number
  fn: number
}

/**
 * The index of the threshold to use, given the score at each threshold of the grid: the
 * highest threshold within a hair of the best F-beta. Precision first, and a choice that
 * does not flip between two near-equal thresholds when a cue or a label changes.
 */
export function chooseThreshold(scores: readonly Score[]): number {
  const best = Math.max(...scores.map(fBeta))
  return scores.findLastIndex((score) => fBeta(score) >= best - THRESHOLD_TIE)
}

/**
 * Pooled counts over organisations, each decided at the threshold `chooseThreshold` picks
 * from the other organisations' decisions: no organisation's labels choose its own
 * threshold. `decisions[t][i]` is item i's [gold, flagged] at the grid's t-th threshold.
 */
export function heldOutThresholds(groupOf: readonly string[], decisions: ReadonlyArray<ReadonlyArray<[boolean, number]>>): {score: Score; thresholds: [number, number]} {
  let tp = 0
  let fp = 0
  let fn = 0
  const chosen: number[] = []
  for (const group of [...new Set(groupOf)].sort()) {
    const t = chooseThreshold(decisions.map((list) => scoreAt(list.filter((_, index) => groupOf[index] !== group), 0.5)))
    const own = scoreAt(decisions[t]!.filter((_, index) => groupOf[index] === group), 0.5)
    tp += own.tp
    fp += own.fp
    fn += own.fn
    chosen.push(THRESHOLD_GRID[t]!)
  }
  return {score: scoreOf(tp, fp, fn), thresholds: [Math.min(...chosen), Math.max(...chosen)]}
}

function fBeta({precision, recall}: Score): number {
  const b2 = BETA * BETA
  return precision + recall ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0
}

export function scoreAt(list: ReadonlyArray<[boolean, number]>, threshold: number): Score {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [gold, p] of list) {
    const got = p >= threshold
    if (gold && got) tp++
    else if (!gold && got) fp++
    else if (gold && !got) fn++
  }
  return scoreOf(tp, fp, fn)
}

function scoreOf(tp: number, fp: number, fn: number): Score {
  const precision = tp / (tp + fp || 1)
  const recall = tp / (tp + fn || 1)
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return {precision: round3(precision), recall: round3(recall), f1: round3(f1), tp, fp, fn}
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}
