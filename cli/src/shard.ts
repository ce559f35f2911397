// `--shard i/n` for CI matrices: job i of n lints every n-th file of the sorted list,
// starting at the i-th. The slices are disjoint, together complete, and the same on
// every machine because files are ordered by their path relative to the working folder.

import {relative, sep} from 'node:path'
import {UsageError} from './usage'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  const index = match ? Number(match[1]) : NaN
  const count = match ? Number(match[2]) : NaN
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard expects i/n with 1 ≤ i ≤ n (e.g. 2/4), got \`${text}\``)
  }
  return {index, count}
}

/** The files of one shard, in the order given. */
export function shardFiles(files: readonly string[], shard: Shard, cwd: string): string[] {
  const key = (file: string) => relative(cwd, file).split(sep).join('/')
  const ordered = [...files].sort((a, b) => compare(key(a), key(b)))
  const mine = new Set(ordered.filter((_, position) => position % shard.count === shard.index - 1))
  return files.filter((file) => mine.has(file))
}

/** Code-unit order, not locale order: the same everywhere. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
