// The files a run lints: its operands (the current folder when there are none)
// expanded under the ignore rules. An operand that yields no file stops the run
// (exit 2), as in ESLint, since a CI job that lints nothing would pass forever; an
// ignored file named on the command line gets a note instead (pre-commit hooks name
// files one by one).

import {relative, sep} from 'node:path'
import {describeUnmatched, expandOperands} from '../../files/src/discover'
import {InputError} from '../../files/src/errors'
import {IgnoreRules} from '../../files/src/ignore'
import type {Io} from './main'

export async function discoverFiles(operands: readonly string[], io: Pick<Io, 'cwd' | 'stderr'>, ignorePath?: string): Promise<string[]> {
  const discovered = await expandOperands(operands.length > 0 ? operands : ['.'], io.cwd, IgnoreRules.forRun(io.cwd, ignorePath))
  const shownPath = (path: string) => relative(io.cwd, path).split(sep).join('/') || path
  for (const {operand, ignoreFile} of discovered.ignored) io.stderr(`pitchlint: ${operand} is ignored by ${shownPath(ignoreFile)}, not linted\n`)
  if (discovered.unmatched.length > 0) throw new InputError(describeUnmatched(discovered.unmatched[0], shownPath))
  return discovered.files
}
