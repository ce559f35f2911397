// Document profiles in the editor, through the real server: a front matter error is shown
// where it is, and the document lints again as soon as it is fixed.

import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {CodeLensRequest, DidChangeWatchedFilesNotification, FileChangeType, type CodeLens, type Diagnostic} from 'vscode-languageserver-protocol/node'
import {URI} from 'vscode-uri'
import {serverPerTest} from '../helpers/lsp'

describe('language server: document profiles', function () {
  this.timeout(60000)
  const battlecardYaml = readFileSync('rules/profiles/battlecard.yml', 'utf8')
  const rebuttalsCard = '---\npitchlint: {profile: battlecard}\n---\n\n# Globex\n\n## Rebuttals\n\n- “It costs more.”\n  - It replaces two tools you pay for today, so the bill goes down.\n'
  const missesObjections = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.code === 'missing-element' && String(d.message).includes('“objection handling”'))

  const session = serverPerTest({files: {'.pitchlintrc.yaml': 'profiles: [sales/battlecard.yml]\n', 'sales/battlecard.yml': battlecardYaml}})

  it('shows a front matter error on its line and key, then lints once it is fixed', async () => {
    const text = '---\ntitle: Acme vs Globex\npitchlint: {profile: battlecrad}\n---\n# Acme vs Globex\n\nOur seamless sync for your team.\n'
    const {uri, published} = session.client.open(join(session.dir, 'acme.md'), text)
    const failed = await published
    assert.equal(failed.diagnostics.length, 1)
    const [problem] = failed.diagnostics
    assert.equal(problem.range.start.line, 2, 'the front matter line that holds the key')
    assert.match(String(problem.message), /^`pitchlint\.profile`: .*battlecrad/)
    const mark = session.client.diagnostics.length
    const version = session.client.change(uri, text.replace('battlecrad', 'battlecard'))
    const fixed = await session.client.nextDiagnostics(uri, mark, (p) => p.version === version)
    assert.ok(fixed.diagnostics.some((d) => d.code === 'vague-claim'))
    assert.ok(fixed.diagnostics.some((d) => d.code === 'missing-element'), 'checked as a battlecard')
    assert.equal(session.client.exitCode, null)
  })

  it('shows the profile’s checklist in a lens on the first line', async () => {
    const text = '# Acme vs Globex\n\n## Why we win\n\n- Acme closes the books in two days, so controllers stop working weekends.\n\n## Landmines\n\n- Ask how Globex handles a second currency.\n'
    const {uri, published} = session.client.open(join(session.dir, 'acme-vs-globex.md'), text)
    await published
    const lenses = ((await session.client.connection.sendRequest(CodeLensRequest.type, {textDocument: {uri}})) ?? []) as CodeLens[]
    const checklist = lenses.find((lens) => lens.command?.title.includes(' | battlecard: '))
    assert.ok(checklist, lenses.map((lens) => lens.command?.title).join('\n'))
    assert.equal(checklist.range.start.line, 0)
    assert.match(checklist.command!.title, /why-we-win ✓/)
    assert.match(checklist.command!.title, /landmines ✓/)
    assert.match(checklist.command!.title, /objections ✗/)
  })

  it('lints again when a team profile file the config names changes on disk, and shows its errors there', async () => {
    const {uri, published} = session.client.open(join(session.dir, 'card.md'), rebuttalsCard)
    assert.ok(missesObjections((await published).diagnostics), 'the built-in headings for objections do not include “Rebuttals”')

    const profileFile = join(session.dir, 'sales/battlecard.yml')
    const profileUri = URI.file(profileFile).toString()
    const notify = () => session.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: profileUri, type: FileChangeType.Changed}]})
    let mark = session.client.diagnostics.length
    writeFileSync(profileFile, battlecardYaml.replace('headings: [objections,', 'headings: [rebuttals,'))
    await notify()
    const renamed = await session.client.nextDiagnostics(uri, mark)
    assert.ok(!missesObjections(renamed.diagnostics), JSON.stringify(renamed.diagnostics.map((d) => d.message)))

    // A mistake in the profile file: shown on the file, and the document keeps its last good config.
    mark = session.client.diagnostics.length
    writeFileSync(profileFile, battlecardYaml.replace('headings: [objections,', 'headings: 7\n    wrong: [objections,'))
    await notify()
    const broken = await session.client.nextDiagnostics(profileUri, mark)
    assert.equal(broken.diagnostics.length, 1)

    // Fixing it clears the error: the broken file is watched too, though no config loaded it.
    mark = session.client.diagnostics.length
    writeFileSync(profileFile, battlecardYaml)
    await notify()
    const fixed = await session.client.nextDiagnostics(profileUri, mark)
    assert.deepEqual(fixed.diagnostics, [])
    const relinted = await session.client.until('the card linted against the restored profile', () => (missesObjections(session.client.lastDiagnostics(uri)?.diagnostics ?? []) ? true : undefined))
    assert.ok(relinted)
  })
})
