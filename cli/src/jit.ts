// Tunes V8's optimizing compiler for a lint run, before any code gets hot.
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
// defaults (to compare, or should a future V8 disagree with these numbers).

import {setFlagsFromString} from 'node:v8'

/** V8 flags and the value pitchlint runs with; V8's defaults are 920 and 132 KB. */
export const LINT_JIT_FLAGS: ReadonlyArray<readonly [flag: string, value: string]> = [
  ['--max-inlined-bytecode-size-cumulative', '150'],
  ['--interrupt-budget', '300000'],
]

/** The flags to set, leaving out any the user set on the node command line. */
export function jitFlagsToSet(execArgv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  if (env.PITCHLINT_JIT === 'default') return []
  const given = (flag: string) => {
    const bare = flag.slice(2)
    return execArgv.some((argument) => {
      const name = argument.split('=')[0].replace(/^--/, '').replace(/_/g, '-')
      return name === bare || name === `no-${bare}`
    })
  }
  return LINT_JIT_FLAGS.filter(([flag]) => !given(flag)).map(([flag, value]) => `${flag}=${value}`)
}

export function tuneJitForLinting(): void {
  for (const flag of jitFlagsToSet(process.execArgv, process.env)) setFlagsFromString(flag)
}
