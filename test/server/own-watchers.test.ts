// Editors that cannot watch files for the server (Debian's Neovim 0.7 among them): the
// server notices a config, registry or profile file changing on disk by itself, in the
// open documents' folders and above them, and in the folders of the files a config names.

import assert from 'node:assert/strict'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {ClientCapabilities, Diagnostic} from 'vscode-languageserver-protocol/node'
import {CAPABILITIES, serverPerTest} from '../helpers/lsp'

/** The test client's capabilities without `workspace.didChangeWatchedFiles`. */
function withoutFileWatching(): ClientCapabilities {
  const {didChangeWatchedFiles: _, ...workspace} = CAPABILITIES.workspace!
  return {...CAPABILITIES, workspace}
}

const STARTED = /server .* started/
const WATCHING_ITSELF = /the editor does not watch files for pitchlint/

describe('language server: an editor that cannot watch files', function () {
  this.timeout(60000)
  const battlecardYaml = readFileSync('rules/profiles/battlecard.yml', 'utf8')
  const severityOf = (diagnostics: readonly Diagnostic[], code: string) => diagnostics.find((d) => d.code === code)?.severity

  describe('with no watchers to register', () => {
    const session = serverPerTest({capabilities: withoutFileWatching(), files: {'docs/cards/acme.md': 'placeholder\n'}})

    it('registers none, and says in the log that it watches folders itself', async () => {
      await session.client.until('the start-up log', () => session.client.logs.find((line) => STARTED.test(line)))
      assert.deepEqual(session.client.registrations.filter((method) => method === 'workspace/didChangeWatchedFiles'), [])
      assert.ok(session.client.logs.some((line) => WATCHING_ITSELF.test(line)), session.client.logs.join('\n'))
    })

    it('lints again when a config appears, changes and goes away in a folder above the document', async () => {
      const {uri, published} = session.client.open(join(session.dir, 'docs/cards/acme.md'), '# Acme\n\nOur seamless sync keeps your ledgers in step.\n')
      assert.equal(severityOf((await published).diagnostics, 'vague-claim'), 2)
      const config = join(session.dir, 'docs/.pitchlintrc.yml')

      let mark = session.client.diagnostics.length
      writeFileSync(config, 'rules:\n  vague-claim: "off"\n')
      assert.equal(severityOf((await session.client.nextDiagnostics(uri, mark)).diagnostics, 'vague-claim'), undefined)

      mark = session.client.diagnostics.length
      writeFileSync(config, 'rules:\n  vague-claim: error\n')
      assert.equal(severityOf((await session.client.nextDiagnostics(uri, mark)).diagnostics, 'vague-claim'), 1)

      mark = session.client.diagnostics.length
      rmSync(config)
      assert.equal(severityOf((await session.client.nextDiagnostics(uri, mark)).diagnostics, 'vague-claim'), 2)
    })
  })

  describe('with a config that names a profile file elsewhere', () => {
    const rebuttalsCard = '---\npitchlint: {profile: battlecard}\n---\n\n# Globex\n\n## Rebuttals\n\n- “It costs more.”\n  - It replaces two tools you pay for today, so the bill goes down.\n'
    const missesObjections = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.code === 'missing-element' && String(d.message).includes('“objection handling”'))
    const session = serverPerTest({
      capabilities: withoutFileWatching(),
      files: {'cards/.pitchlintrc.yaml': 'profiles: [../team/profiles/battlecard.yml]\n', 'team/profiles/battlecard.yml': battlecardYaml},
    })

    it('lints again when the profile file changes in its own folder', async () => {
      const {uri, published} = session.client.open(join(session.dir, 'cards/globex.md'), rebuttalsCard)
      assert.ok(missesObjections((await published).diagnostics), 'the built-in headings for objections do not include “Rebuttals”')
      const mark = session.client.diagnostics.length
      writeFileSync(join(session.dir, 'team/profiles/battlecard.yml'), battlecardYaml.replace('headings: [objections,', 'headings: [rebuttals,'))
      const relinted = await session.client.nextDiagnostics(uri, mark)
      assert.ok(!missesObjections(relinted.diagnostics), JSON.stringify(relinted.diagnostics.map((d) => d.message)))
    })

    it('watches the folders above a document opened in the profile file’s folder too', async () => {
      // The card's config names the profile file: its folder is watched first, on its own.
      await session.client.open(join(session.dir, 'cards/globex.md'), rebuttalsCard).published
      const {uri, published} = session.client.open(join(session.dir, 'team/profiles/notes.md'), '# Notes\n\nOur seamless sync keeps your ledgers in step.\n')
      assert.equal(severityOf((await published).diagnostics, 'vague-claim'), 2)
      const mark = session.client.diagnostics.length
      writeFileSync(join(session.dir, 'team/.pitchlintrc.yml'), 'rules:\n  vague-claim: "off"\n')
      assert.equal(severityOf((await session.client.nextDiagnostics(uri, mark, (p) => severityOf(p.diagnostics, 'vague-claim') === undefined)).diagnostics, 'vague-claim'), undefined)
    })
  })
})
