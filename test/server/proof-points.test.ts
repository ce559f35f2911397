// Proof points over JSON-RPC to the real server: figures compared across open
// documents (an edit in one updates the others' findings), related information, and a
// broken registry shown on its file while the last good one stays in use.

import assert from 'node:assert/strict'
import {readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {CodeLensRequest, CompletionRequest, DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, type CompletionItem, type Diagnostic, type MarkupContent} from 'vscode-languageserver-protocol'
import {URI} from 'vscode-uri'
import {serverPerSuite} from '../helpers/lsp'

const FIXTURE = resolve('test/fixtures/proof-points')

const figureFindings = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === 'inconsistent-figure')

describe('proof points in the server', function () {
  this.timeout(120000)
  // "Today" for expiry, fixed so that the fixture's dates give the same findings on any day.
  const session = serverPerSuite({copyOf: FIXTURE, env: {PITCHLINT_TODAY: '2026-12-06'}})

  it('updates inconsistent-figure on another open document when one is edited (its latency is in npm run bench)', async () => {
    const battlecard = join(session.dir, 'battlecards/acme.md')
    const email = join(session.dir, 'emails/renewal.md')
    const a = session.client.open(battlecard, readFileSync(battlecard, 'utf8'))
    await a.published
    const b = session.client.open(email, readFileSync(email, 'utf8'))
    await b.published
    // Opening the email made the battlecard's "30%" differ from its "25%": both say so, each pointing at the other.
    const onEmail = await session.client.until('the email to report the differing figure', () => {
      const found = figureFindings(session.client.lastDiagnostics(b.uri)?.diagnostics ?? []).filter((d) => d.range.start.line === 6)
      return found.length > 0 && found
    })
    assert.deepEqual(onEmail[0].relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.location.range.start.character]), [[a.uri, 10, 41]])
    const onBattlecard = await session.client.until('the battlecard to report it too', () => {
      const found = figureFindings(session.client.lastDiagnostics(a.uri)?.diagnostics ?? []).filter((d) => d.range.start.line === 10)
      return found.length > 0 && found
    })
    assert.match(String(onBattlecard[0].message), /“30%” here, “25%” in renewal\.md:7/)

    // The battlecard now quotes 25% too: the email's finding goes, without the email changing.
    const text = session.client.text(a.uri)
    const at = text.indexOf('by 30%') + 3
    const mark = session.client.diagnostics.length
    session.client.edit(a.uri, at, at + 2, '25')
    const updated = await session.client.nextDiagnostics(b.uri, mark, (p) => figureFindings(p.diagnostics).every((d) => d.range.start.line !== 6))
    assert.equal(updated.version, 1, 'the email itself did not change')
    // The registry mismatch on line 5 stays: it is about the registry, not the battlecard.
    assert.deepEqual(figureFindings(updated.diagnostics).map((d) => d.range.start.line), [4])
    const registryRelated = figureFindings(updated.diagnostics)[0].relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line])
    assert.deepEqual(registryRelated, [[URI.file(join(session.dir, 'proof-points.yaml')).toString(), 2]])
  })

  it('shows a broken registry on its file and keeps linting with the last good one', async () => {
    const registryPath = join(session.dir, 'proof-points.yaml')
    const registryUri = URI.file(registryPath).toString()
    const good = readFileSync(registryPath, 'utf8')
    const battlecard = URI.file(join(session.dir, 'battlecards/acme.md')).toString()
    const mark = session.client.diagnostics.length
    writeFileSync(registryPath, good.replace('    owner: Sales enablement\n', ''))
    // A later modification time, even on a coarse clock.
    utimesSync(registryPath, new Date(), new Date(Date.now() + 5000))
    await session.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: registryUri, type: FileChangeType.Changed}]})
    const problem = await session.client.nextDiagnostics(registryUri, mark)
    assert.equal(problem.diagnostics.length, 1)
    assert.deepEqual([problem.diagnostics[0].range.start.line, problem.diagnostics[0].range.start.character], [9, 4])
    assert.match(String(problem.diagnostics[0].message), /`proofPoints\.1\.owner`: missing `owner`.*last good registry/)
    // The battlecard was linted again, still against the last good registry: ramp-speed has expired.
    const relinted = await session.client.nextDiagnostics(battlecard, mark)
    assert.ok(relinted.diagnostics.some((d) => d.code === 'expired-proof' && d.range.start.line === 8), JSON.stringify(relinted.diagnostics.map((d) => d.code)))

    const fixedMark = session.client.diagnostics.length
    writeFileSync(registryPath, good)
    utimesSync(registryPath, new Date(), new Date(Date.now() + 10000))
    await session.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: registryUri, type: FileChangeType.Changed}]})
    const cleared = await session.client.nextDiagnostics(registryUri, fixedMark)
    assert.deepEqual(cleared.diagnostics, [])
  })

  it('shows the registry entry on hover, lists entries in a proof reference, and counts citations on the registry', async () => {
    const battlecard = URI.file(join(session.dir, 'battlecards/acme.md')).toString()
    const text = session.client.text(battlecard)
    const hover = await session.client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: battlecard}, position: session.client.document(battlecard).positionAt(text.indexOf('40%') + 1)})
    const shown = (hover?.contents as MarkupContent).value
    for (const part of ['**Proof point** `review-time`', 'Cuts contract review time by 40%', 'https://example.com/studies/contract-review-2026', 'Owner: Product marketing', 'expires 2027-01-15']) assert.ok(shown.includes(part), `${part} in ${shown}`)

    // Typing a reference: the ids of the registry, replacing what is typed so far.
    const at = text.length
    session.client.edit(battlecard, at, at, '\nShared plays lift win rates. <!-- proof: re')
    const position = session.client.document(battlecard).positionAt(session.client.text(battlecard).length)
    const completion = await session.client.connection.sendRequest(CompletionRequest.type, {textDocument: {uri: battlecard}, position})
    const items = (Array.isArray(completion) ? completion : (completion?.items ?? [])) as CompletionItem[]
    assert.deepEqual(items.map((item) => item.label).sort(), ['ramp-speed', 'renewal-lift', 'review-time'])
    const edit = items[0].textEdit as {range: {start: {character: number}}}
    assert.equal(edit.range.start.character, position.character - 2)

    // The registry itself: how many documents cite each entry; one that nothing cites says so.
    const registryPath = join(session.dir, 'proof-points.yaml')
    const unused = '  - {id: onboarding-nps, claim: Onboarding NPS of 62, figures: ["62"], source: docs/nps.md, owner: Customer success, approved: 2026-01-01, expires: 2027-01-01}\n'
    const registry = session.client.open(registryPath, readFileSync(registryPath, 'utf8') + unused, 'yaml')
    const lenses = await session.client.connection.sendRequest(CodeLensRequest.type, {textDocument: {uri: registry.uri}})
    assert.deepEqual(
      (lenses ?? []).map((lens) => [lens.range.start.line, lens.command?.title]),
      [[2, 'Cited by 1 document'], [9, 'Cited by 1 document'], [16, 'Cited by 1 document'], [23, 'Nothing cites this proof point']],
    )
  })
})

describe('proof points in the server: files that are not open', function () {
  this.timeout(120000)
  const session = serverPerSuite({copyOf: FIXTURE})

  /**
   * Opens the email, whose line 7 quotes triage time at 25%, and watches the finding that
   * compares it with the battlecard (30% on line 11, saved and closed unless a test opens it).
   */
  function openEmail() {
    const email = join(session.dir, 'emails/renewal.md')
    const {uri} = session.client.open(email, readFileSync(email, 'utf8'))
    const battlecardPath = join(session.dir, 'battlecards/acme.md')
    const battlecard = URI.file(battlecardPath).toString()
    const conflict = () => figureFindings(session.client.lastDiagnostics(uri)?.diagnostics ?? []).find((d) => d.range.start.line === 6 && d.relatedInformation?.some((r) => r.location.uri === battlecard))
    const noConflict = () => (conflict() ? undefined : true)
    return {uri, battlecardPath, battlecard, conflict, noConflict}
  }

  it('compares an open document with the saved files of a workspace that keeps a registry', async () => {
    const {uri, battlecard} = openEmail()
    const found = await session.client.until('the email to be compared with the closed battlecard', () => {
      const diagnostic = figureFindings(session.client.lastDiagnostics(uri)?.diagnostics ?? []).find((d) => d.range.start.line === 6)
      return diagnostic?.relatedInformation?.length ? diagnostic : undefined
    })
    assert.deepEqual(found.relatedInformation!.map((r) => [r.location.uri, r.location.range.start.line]), [[battlecard, 10]])
  })

  it('counts a document’s saved figures again once it closes', async () => {
    const {uri, battlecardPath, conflict, noConflict} = openEmail()
    // Open, and edited to agree with the email: its open text counts, and there is no conflict.
    const open = session.client.open(battlecardPath, readFileSync(battlecardPath, 'utf8').replace('triage time by 30%', 'triage time by 25%'))
    await open.published
    await session.client.until('no conflict while the open battlecard agrees', noConflict)
    // Closed without saving: the saved file's 30% counts again.
    session.client.close(open.uri)
    await session.client.until('the saved battlecard to be compared once it closes', conflict)
    session.client.close(uri)
  })

  it('reads a closed file’s figures again when it changes on disk, and forgets them when it is deleted', async () => {
    const {battlecardPath, battlecard, conflict, noConflict} = openEmail()
    await session.client.until('the email to be compared with the closed battlecard', conflict)
    const original = readFileSync(battlecardPath, 'utf8')
    const notify = (type: FileChangeType) => session.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: battlecard, type}]})

    // A pull brings the battlecard in line with the email: the conflict goes.
    writeFileSync(battlecardPath, original.replace('triage time by 30%', 'triage time by 25%'))
    await notify(FileChangeType.Changed)
    await session.client.until('the conflict to go once the saved battlecard agrees', noConflict)

    // And back: it returns.
    writeFileSync(battlecardPath, original)
    await notify(FileChangeType.Changed)
    await session.client.until('the conflict to come back', conflict)

    // Deleted: its figures no longer count.
    rmSync(battlecardPath)
    await notify(FileChangeType.Deleted)
    await session.client.until('the conflict to go with the deleted battlecard', noConflict)
  })
})
