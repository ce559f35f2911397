// The server's memory release (server/src/memory.ts), in this process: the collector
// is reached without a command-line flag, and a burst that grew the heap is collected
// at once, not only after the server goes idle.

import assert from 'node:assert/strict'
import {getHeapStatistics} from 'node:v8'
import {collectIfGrown, collectionDue} from '../../server/src/memory'

const MB = 1024 * 1024

describe('memory release', () => {
  it('collects when the heap grew well past the last live size, at most twice a second', () => {
    assert.equal(collectionDue(100 * MB, 40 * MB, 10_000), true)
    assert.equal(collectionDue(60 * MB, 40 * MB, 10_000), false, 'grew too little')
    assert.equal(collectionDue(100 * MB, 40 * MB, 100), false, 'collected a moment ago')
    // A large live heap alone never triggers it: only growth past it does.
    assert.equal(collectionDue(400 * MB, 390 * MB, 10_000), false)
  })

  it('frees a burst’s garbage during the burst', async () => {
    let garbage: string[] | undefined = Array.from({length: 400_000}, (_, index) => `lint result ${index} `.repeat(4))
    const before = getHeapStatistics().used_heap_size
    assert.ok(garbage.length > 0 && before > 64 * MB, `a heap of ${(before / MB).toFixed(0)} MB`)
    garbage = undefined
    collectIfGrown()
    // The collection is incremental: it completes within moments, well before the idle timer (1.5 s).
    let after = getHeapStatistics().used_heap_size
    for (let waited = 0; before - after <= 32 * MB && waited < 1000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      after = getHeapStatistics().used_heap_size
    }
    assert.ok(before - after > 32 * MB, `used heap went from ${(before / MB).toFixed(0)} MB to ${(after / MB).toFixed(0)} MB`)
  })
})
