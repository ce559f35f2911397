// Level 3: another editor. Debian’s Neovim (0.7.2) runs headless with the Neovim
// snippet from README.md as its config, attaches the built server to Markdown buffers
// over stdio, and reports the diagnostics it stored; then a config written on disk must
// reach the server, which watches files itself for an editor that cannot. The snippet is
// read from the README itself, so the documented setup is the tested one.

import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {workspace} from '../helpers/lsp'

const NVIM = '/usr/bin/nvim'
/** Where the README's snippet says the server is; the test puts the built one there. */
const PLACEHOLDER_SERVER = '/path/to/pitchlint/dist/server.js'

/** The one Lua block of the README's Editor section. */
function readmeNeovimSnippet(readme: string): string {
  const editor = /^## Editor\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1]
  assert.ok(editor, 'README.md has an "## Editor" section')
  const blocks = [...editor.matchAll(/^```lua\n([\s\S]*?)^```$/gm)].map((match) => match[1])
  assert.equal(blocks.length, 1, 'the Editor section has one Lua block: the Neovim snippet')
  assert.ok(blocks[0].includes(PLACEHOLDER_SERVER), `the snippet points at ${PLACEHOLDER_SERVER}`)
  return blocks[0]
}

describe('Neovim (headless) with the language server', function () {
  this.timeout(60000)

  it('runs the README’s snippet on Neovim 0.7: one server for every Markdown buffer, diagnostics with columns in bytes, a new config noticed', () => {
    if (!existsSync(NVIM)) throw new Error('The Neovim test needs Debian\'s Neovim: run `apt-get install -y --no-install-recommends neovim` (.ci/run installs it).')
    const dir = workspace({
      'pitch.md': '# Pitch\n\n🚀 Our seamless sync keeps your ledgers in step.\n',
      'notes.md': '# Notes\n\nWe meet on Tuesdays.\n',
    })
    const snippet = join(dir, 'pitchlint.lua')
    writeFileSync(snippet, readmeNeovimSnippet(readFileSync('README.md', 'utf8')).replaceAll(PLACEHOLDER_SERVER, resolve('dist/server.js')))
    const out = join(dir, 'result.json')
    const run = spawnSync(NVIM, ['--headless', '-n', '-i', 'NONE', '-u', resolve('test/e2e/neovim.lua')], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 45000,
      env: {
        ...process.env,
        PITCHLINT_SNIPPET: snippet,
        PITCHLINT_FILE: join(dir, 'pitch.md'),
        PITCHLINT_SECOND_FILE: join(dir, 'notes.md'),
        PITCHLINT_OUT: out,
        PITCHLINT_CONFIG: join(dir, '.pitchlintrc.yml'),
        PITCHLINT_CONFIG_TEXT: 'rules:\n  vague-claim: "off"\n',
      },
    })
    assert.ok(existsSync(out), `Neovim wrote no result (status ${run.status}):\n${run.stdout}\n${run.stderr}`)
    const result = JSON.parse(readFileSync(out, 'utf8'))
    assert.equal(result.error, undefined, `${result.error} ${JSON.stringify(result.published ?? {})}`)
    assert.equal(result.version, 'older', 'Debian’s Neovim takes the snippet’s 0.7 branch')
    assert.equal(result.filetype, 'markdown')
    // 🚀 is 2 UTF-16 units and 4 bytes: the server says character 7, Neovim stores byte 9.
    assert.deepEqual(result.diagnostics.map((d: Record<string, unknown>) => [d.lnum, d.col, d.end_col, d.source, d.code]), [[2, 9, 17, 'pitchlint', 'vague-claim']])
    assert.match(result.diagnostics[0].message, /“seamless”|`seamless`/)
    const [firstClients, secondClients] = result.clients as number[][]
    assert.equal(firstClients.length, 1, 'one pitchlint client on the first buffer')
    assert.deepEqual(secondClients, firstClients, 'the second buffer shares it: one server, not one per buffer')
    // Neovim 0.7 cannot watch files for the server: it noticed the config itself, and lints again.
    assert.equal(result.after_config, 0, 'with vague-claim off, the pitch has no diagnostics')
  })
})
