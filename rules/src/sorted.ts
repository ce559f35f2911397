// Binary search over ascending offsets (line starts, chunk starts, sentence ranges).

/** Index of the last value at or before `offset` in ascending `sorted` (0 if none is). */
export function lastAtOrBefore(sorted: readonly number[], offset: number): number {
  let low = 0
  let high = sorted.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (sorted[middle] <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** How many of the ascending `sorted` are below `value`. */
export function countBefore(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle] < value) low = middle + 1
    else high = middle
  }
  return low
}

/** Index of the range that holds `offset` among ascending, non-overlapping `ranged` (end exclusive), or -1. */
export function indexHolding(ranged: ReadonlyArray<{readonly range: readonly [number, number]}>, offset: number): number {
  let low = 0
  let high = ranged.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [start, end] = ranged[middle]!.range
    if (offset < start) high = middle - 1
    else if (offset >= end) low = middle + 1
    else return middle
  }
  return -1
}
