// The threshold a judgment ships with, and the score reported for it, as train.ts computes them.

import assert from 'node:assert/strict'
import {chooseThreshold, heldOutThresholds, scoreAt, THRESHOLD_GRID} from '../../scripts/thresholds'

/** Each item's [gold, flagged] at every threshold of the grid, from its probability. */
function decisionsOf(items: ReadonlyArray<[gold: boolean, probability: number]>): Array<Array<[boolean, number]>> {
  return THRESHOLD_GRID.map((t) => items.map(([gold, p]): [boolean, number] => [gold, p >= t ? 1 : 0]))
}

describe('thresholds', () => {
  it('chooses the highest threshold within a hair of the best F0.5', () => {
    const items: Array<[boolean, number]> = [[true, 0.9], [false, 0.2]]
    const scores = decisionsOf(items).map((list) => scoreAt(list, 0.5))
    // Every threshold above 0.2 is perfect: the highest of them wins.
    assert.equal(THRESHOLD_GRID[chooseThreshold(scores)], 0.7)
  })

  it('settles near-equal thresholds for the higher one, so that a small change in the data does not flip the choice', () => {
    // Precision against recall, at each threshold of the grid: one threshold's F0.5 is best, another's a few thousandths below.
    const at = (precision: number, recall: number) => ({precision, recall, f1: 0, tp: 0, fp: 0, fn: 0})
    const worse = at(0.1, 0.1)
    const scores = (lower: [number, number], higher: [number, number]) => THRESHOLD_GRID.map((t) => (t === 0.35 ? at(...lower) : t === 0.4 ? at(...higher) : worse))
    // F0.5 0.5750 at 0.35 against 0.5729 at 0.40 (the corpus's feature-without-outcome at one point): the higher wins.
    assert.equal(THRESHOLD_GRID[chooseThreshold(scores([0.616, 0.454], [0.645, 0.396]))], 0.4)
    // A clear difference (0.5750 against 0.5568) is no tie.
    assert.equal(THRESHOLD_GRID[chooseThreshold(scores([0.616, 0.454], [0.645, 0.36]))], 0.35)
  })

  it('judges each organisation at a threshold chosen on the others alone', () => {
    // A is perfect above 0.2; B ranks its negative above its positive. A's labels would pick
    // 0.7, which misses B's positive; B's would pick 0.5, which keeps A's.
    const groups = ['a', 'a', 'b', 'b']
    const items: Array<[boolean, number]> = [[true, 0.9], [false, 0.2], [true, 0.5], [false, 0.6]]
    const {score, thresholds} = heldOutThresholds(groups, decisionsOf(items))
    assert.deepEqual(thresholds, [0.5, 0.7])
    assert.deepEqual({tp: score.tp, fp: score.fp, fn: score.fn}, {tp: 1, fp: 0, fn: 1})
  })

  it('scores one organisation like the pooled choice when every organisation is alike', () => {
    const one: Array<[boolean, number]> = [[true, 0.8], [true, 0.45], [false, 0.4], [false, 0.1]]
    const items = [...one, ...one, ...one]
    const groups = items.map((_, index) => ['a', 'b', 'c'][Math.floor(index / one.length)]!)
    const decisions = decisionsOf(items)
    const scores = decisions.map((list) => scoreAt(list, 0.5))
    const pooled = scores[chooseThreshold(scores)]!
    assert.deepEqual(heldOutThresholds(groups, decisions).score, pooled)
  })
})
