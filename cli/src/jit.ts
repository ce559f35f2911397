// Tunes V8 for a lint run: its optimizing compiler, before any code gets hot, and, when
// a file is large, how eagerly its heap grows (see LARGE_FILE_BYTES).
//
// Why: with V8's defaults, a cold run over a large docs repo spends about a fifth of
// its CPU in TurboFan, mostly re-optimizing micromark's big tokenizer closures with
// everything inlined into them, on a background thread that competes with the lint
// threads for the same cores. Capping how much bytecode TurboFan inlines into one
// function, and letting a function run a little longer before it is optimized, cut the
// corpus run (`npm run bench`, 2 cores) from about 7.0 s to about 5.9 s, with
// single-threaded runs unchanged or slightly faster; docs/benchmarks.md keeps the
// figures. These flags only steer when and how much V8 optimizes: what runs, and so
// every finding, is the same.
//
// The flags are process-wide, so the lint worker threads started later get them too.
// A flag the user already passed to node wins, and PITCHLINT_JIT=default keeps V8's
// defaults (to compare, or should a future V8 disagree with these numbers), for these
// and for the heap flags a large file gets (below).

import {setFlagsFromString} from 'node:v8'

/** V8 flags and the value pitchlint runs with; V8's defaults are 920 and 132 KB. */
export const LINT_JIT_FLAGS: ReadonlyArray<readonly [flag: string, value: string]> = [
  ['--max-inlined-bytecode-size-cumulative', '150'],
  ['--interrupt-budget', '300000'],
]

/** Of `flags`, the ones to set: none with PITCHLINT_JIT=default, and never one the user set on the node command line. */
function flagsToSet(flags: ReadonlyArray<readonly [flag: string, value: string]>, execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (env.PITCHLINT_JIT === 'default') return []
  const given = (flag: string) => {
    const bare = flag.slice(2)
    return execArgv.some((argument) => {
      const name = argument.split('=')[0].replace(/^--/, '').replace(/_/g, '-')
      return name === bare || name === `no-${bare}`
    })
  }
  return flags.filter(([flag]) => !given(flag)).map(([flag, value]) => `${flag}=${value}`)
}

/** The JIT flags to set, leaving out any the user set on the node command line. */
export function jitFlagsToSet(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  return flagsToSet(LINT_JIT_FLAGS, execArgv, env)
}

export function tuneJitForLinting(): void {
  for (const flag of jitFlagsToSet(process.execArgv, process.env)) setFlagsFromString(flag)
}

/**
 * A file this long is linted with a heap that grows less eagerly (LARGE_FILE_HEAP_FLAGS).
 * Its whole analysis stays alive until its document-level rules run, and with V8's
 * default growth the old generation reaches about three times that live set before it is
 * compacted: a 5 MiB document peaked at about 560 MB with some 150 MB live.
 */
export const LARGE_FILE_BYTES = 1024 * 1024

/**
 * V8 grows the old generation by up to this percentage of what was live at the last
 * collection (its default lets it grow to several times): more major collections, most of
 * their marking on another core, for a peak near the live set.
 */
export const LARGE_FILE_HEAP_FLAGS: ReadonlyArray<readonly [flag: string, value: string]> = [['--heap-growing-percent', '30']]

/** The heap flags to set before linting files of these sizes (none unless one is large; never one the user set). */
export function heapFlagsToSet(sizes: readonly number[], execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  return sizes.some((size) => size >= LARGE_FILE_BYTES) ? flagsToSet(LARGE_FILE_HEAP_FLAGS, execArgv, env) : []
}

/** Before linting files of these sizes: tunes the heap when one is large. Process-wide, like the JIT flags. */
export function tuneHeapForFileSizes(sizes: readonly number[]): void {
  for (const flag of heapFlagsToSet(sizes, process.execArgv, process.env)) setFlagsFromString(flag)
}
