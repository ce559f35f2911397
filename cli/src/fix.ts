// `--fix`: apply the safe fixes (a finding's `fix`, never its suggestions), lint the new
// text, and repeat until nothing is left to fix, as ESLint does. Overlapping fixes are
// left for the next pass. Files are written atomically (a temporary file beside the
// target, then a rename) and only when the text changed.

import {chmodSync, lstatSync, realpathSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {applyFixes, type LintResult} from '../../rules/src/index'

/** Enough for any chain of fixes the rules make; a guard against two fixes undoing each other. */
export const MAX_FIX_PASSES = 10

export interface FixedText {
  /** The text after the last pass. */
  output: string
  /** The lint result of `output`. */
  result: LintResult
  /** How many edits were applied over all passes. */
  applied: number
}

export function fixUntilStable(text: string, lintText: (text: string) => LintResult): FixedText {
  let output = text
  let result = lintText(output)
  let applied = 0
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixed = applyFixes(output, result.findings)
    if (fixed.applied.length === 0 || fixed.output === output) break
    applied += fixed.applied.length
    output = fixed.output
    result = lintText(output)
  }
  return {output, result, applied}
}

/**
 * Replaces a file's content atomically: readers see the old or the new text, never
 * half of it. A symbolic link is written through (its target changes, the link stays),
 * and the file keeps its permissions.
 */
export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  const target = lstatSync(file).isSymbolicLink() ? realpathSync(file) : file
  const mode = statSync(target).mode & 0o7777
  const temporary = join(dirname(target), `.${basename(target)}.pitchlint-${process.pid}-${Date.now().toString(36)}.tmp`)
  try {
    writeFileSync(temporary, content, {mode})
    chmodSync(temporary, mode)
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
}
