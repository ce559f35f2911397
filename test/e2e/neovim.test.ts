// Level 3: another editor. Debian's Neovim (0.7.2) runs headless, attaches the built
// server to a Markdown buffer over stdio, and reports the diagnostics it stored.

import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {workspace} from '../helpers/lsp'

const NVIM = '/usr/bin/nvim'

describe('Neovim (headless) with the language server', function () {
  this.timeout(60000)

  it('attaches to a Markdown buffer and receives the diagnostics, columns in bytes', () => {
    if (!existsSync(NVIM)) throw new Error('The Neovim test needs Debian\'s Neovim: run `apt-get install -y --no-install-recommends neovim` (.ci/run installs it).')
    const dir = workspace({'pitch.md': '# Pitch\n\n🚀 Our seamless sync keeps your ledgers in step.\n'})
    const out = join(dir, 'result.json')
    const run = spawnSync(NVIM, ['--headless', '-n', '-i', 'NONE', '-u', resolve('test/e2e/neovim.lua')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 45000,
      env: {...process.env, PITCHLINT_SERVER: resolve('dist/server.js'), PITCHLINT_FILE: join(dir, 'pitch.md'), PITCHLINT_OUT: out},
    })
    assert.ok(existsSync(out), `Neovim wrote no result (status ${run.status}):\n${run.stdout}\n${run.stderr}`)
    const result = JSON.parse(readFileSync(out, 'utf8'))
    assert.equal(result.error, undefined, result.error)
    assert.equal(result.filetype, 'markdown')
    // 🚀 is 2 UTF-16 units and 4 bytes: the server says character 7, Neovim stores byte 9.
    assert.deepEqual(result.diagnostics.map((d: Record<string, unknown>) => [d.lnum, d.col, d.end_col, d.source, d.code]), [[2, 9, 17, 'pitchlint', 'vague-claim']])
    assert.match(result.diagnostics[0].message, /`seamless` is a vague claim/)
  })
})
