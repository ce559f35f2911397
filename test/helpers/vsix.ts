// Builds the .vsix once per test run with `npm run package` (vsce, production bundle)
// and lists or extracts it with Python's zipfile (a .vsix is a zip).

import {spawnSync} from 'node:child_process'
import {join} from 'node:path'
import {tempDir} from './temp'

export interface Vsix {
  file: string
  /** Paths inside the archive. */
  entries: string[]
  /** Extracts it; returns the folder holding the extension (`extension/`). */
  extract(): string
}

let built: Vsix | undefined

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, {encoding: 'utf8', maxBuffer: 1 << 26, timeout: 180000, env: {...process.env, npm_config_update_notifier: 'false'}})
  if (result.error) throw result.error
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

export function buildVsix(): Vsix {
  if (built) return built
  const file = join(tempDir('pitchlint-vsix-'), 'pitchlint.vsix')
  run('npm', ['run', 'package', '--', '--out', file])
  const script = 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))'
  const entries = run('python3', ['-c', script, file]).split('\n').filter(Boolean)
  built = {
    file,
    entries,
    extract() {
      const target = tempDir('pitchlint-vsix-extracted-')
      run('python3', ['-m', 'zipfile', '-e', file, target])
      return join(target, 'extension')
    },
  }
  return built
}
