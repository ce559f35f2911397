// Document profiles in the editor, through the real server: a front matter error is shown
// where it is, and the document lints again as soon as it is fixed.

import assert from 'node:assert/strict'
import {join} from 'node:path'
import {CodeLensRequest, type CodeLens} from 'vscode-languageserver-protocol/node'
import {startServer, workspace, type LspClient} from '../helpers/lsp'

describe('language server: document profiles', function () {
  this.timeout(60000)
  let client: LspClient
  let dir: string

  beforeEach(async () => {
    dir = workspace()
    client = await startServer({folders: [dir]})
  })

  afterEach(async () => {
    if (client.exitCode === null) await client.shutdown()
  })

  it('shows a front matter error on its line and key, then lints once it is fixed', async () => {
    const text = '---\ntitle: Acme vs Globex\npitchlint: {profile: battlecrad}\n---\n# Acme vs Globex\n\nOur seamless sync for your team.\n'
    const {uri, published} = client.open(join(dir, 'acme.md'), text)
    const failed = await published
    assert.equal(failed.diagnostics.length, 1)
    const [problem] = failed.diagnostics
    assert.equal(problem.range.start.line, 2, 'the front matter line that holds the key')
    assert.match(String(problem.message), /^`pitchlint\.profile`: .*battlecrad/)
    const mark = client.diagnostics.length
    const version = client.change(uri, text.replace('battlecrad', 'battlecard'))
    const fixed = await client.nextDiagnostics(uri, mark, (p) => p.version === version)
    assert.ok(fixed.diagnostics.some((d) => d.code === 'vague-claim'))
    assert.ok(fixed.diagnostics.some((d) => d.code === 'missing-element'), 'checked as a battlecard')
    assert.equal(client.exitCode, null)
  })

  it('shows the profile’s checklist in a lens on the first line', async () => {
    const text = '# Acme vs Globex\n\n## Why we win\n\n- Acme closes the books in two days, so controllers stop working weekends.\n\n## Landmines\n\n- Ask how Globex handles a second currency.\n'
    const {uri, published} = client.open(join(dir, 'acme-vs-globex.md'), text)
    await published
    const lenses = ((await client.connection.sendRequest(CodeLensRequest.type, {textDocument: {uri}})) ?? []) as CodeLens[]
    const checklist = lenses.find((lens) => lens.command?.title.includes(' | battlecard: '))
    assert.ok(checklist, lenses.map((lens) => lens.command?.title).join('\n'))
    assert.equal(checklist.range.start.line, 0)
    assert.match(checklist.command!.title, /why-we-win ✓/)
    assert.match(checklist.command!.title, /landmines ✓/)
    assert.match(checklist.command!.title, /objections ✗/)
  })
})
