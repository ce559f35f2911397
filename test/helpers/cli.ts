// Runs the built `pitchlint` binary as a real process.

import {spawnSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {tempDir} from './temp'

export const CLI = resolve('dist/cli.js')

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function pitchlint(args: string[], options: {cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeout?: number} = {}): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...options.env},
    timeout: options.timeout ?? 60000,
    maxBuffer: 1 << 28,
  })
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A temporary folder with the given files (Buffers are written as bytes). */
export function workspace(files: Record<string, string | Buffer>): string {
  const dir = tempDir('pitchlint-cli-')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), content)
  }
  return dir
}

/**
 * Runs the binary with a pseudo-terminal on stdin, stdout and stderr (util-linux
 * `script`), as a person at a terminal would. stdout and stderr arrive merged, with
 * CRLF line ends.
 */
export function pitchlintInTerminal(args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}): Run {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`
  const command = [process.execPath, CLI, ...args].map(quote).join(' ')
  const result = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
    cwd: options.cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '', TERM: 'xterm', ...options.env},
    timeout: 60000,
  })
  if (result.error) throw result.error
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}
