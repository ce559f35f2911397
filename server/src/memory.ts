// Gives memory back after a burst of work. Opening many documents at once (a workspace
// restore) makes V8 grow its heap for the garbage of every lint, and it keeps those
// pages long after: the server sat at 230 MB with 35 MB live. Two collections return
// them: one once the server has been idle for a moment, and one during a burst as soon
// as the heap has grown well past what was live at the last collection, so the peak
// stays low too (RSS right after opening all 408 corpus files: 265 MB before, about
// 160 MB with it; see docs/benchmarks.md).
// Collections are incremental (`execution: 'async'`): V8 marks in small steps between
// requests, so a hover never waits for a full collection of a large heap (a synchronous
// one of a large heap would hold requests for hundreds of milliseconds). The growth
// rule cannot fire again until the heap has grown by that much more, so a large live
// heap never makes it loop.

import {getHeapStatistics, setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'

const IDLE_MS = 1500
/** Collect during a burst once the heap holds this much more than was live after the last collection. */
const GROWTH_BYTES = 32 * 1024 * 1024
/** …and at most this often. */
const MIN_INTERVAL_MS = 500

type Collect = (options?: {type: 'major'; execution: 'async'}) => unknown

let collect: Collect | undefined
let timer: NodeJS.Timeout | undefined
let liveAfterCollect = 0
let lastCollect = 0
let collecting = false

function collector(): Collect | undefined {
  if (collect) return collect
  try {
    // The one way to reach V8's collector without a command-line flag, which editors
    // other than VS Code would have to pass themselves.
    setFlagsFromString('--expose-gc')
    collect = runInNewContext('gc') as Collect
  } catch {
    collect = undefined
  }
  return collect
}

function collectNow(): void {
  const gc = collector()
  if (!gc || collecting) return
  collecting = true
  void Promise.resolve(gc({type: 'major', execution: 'async'})).finally(() => {
    collecting = false
    liveAfterCollect = getHeapStatistics().used_heap_size
    lastCollect = performance.now()
  })
}

/** Call after work that allocated: collects once nothing else has happened for a while. */
export function collectWhenIdle(): void {
  clearTimeout(timer)
  timer = setTimeout(collectNow, IDLE_MS)
  timer.unref()
}

/**
 * Call after the first lint of a document: collects now if the heap grew a lot. Only
 * first lints: a workspace restore is a burst of them, while a keystroke's lint makes
 * short-lived garbage that the young generation handles (collecting during typing cost
 * 2–3 ms a keystroke), and the lint worker takes one huge document at a time (a
 * collection there competed with the main thread and held a hover for 400 ms).
 */
export function collectIfGrown(): void {
  if (collectionDue(getHeapStatistics().total_heap_size, liveAfterCollect, performance.now() - lastCollect)) collectNow()
}

/** Whether a burst has grown the heap enough past the last collection's live size to collect now. */
export function collectionDue(heapBytes: number, liveAfterLastCollect: number, msSinceLastCollect: number): boolean {
  return heapBytes - liveAfterLastCollect > GROWTH_BYTES && msSinceLastCollect > MIN_INTERVAL_MS
}
