// Safe fixes, fix-all and fix-on-save, and a lint that throws, through the real server
// code built around a test lint (test/server/fixtures/test-server.ts).

import assert from 'node:assert/strict'
import {join} from 'node:path'
import {build} from 'esbuild'
import {CodeActionRequest, ExecuteCommandRequest, HoverRequest, type CodeAction, type Diagnostic, type TextDocumentEdit, type TextEdit} from 'vscode-languageserver-protocol/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {serverPerTest} from '../helpers/lsp'
import {tempDir} from '../helpers/temp'

const TEXT = 'Our seamless sync and powerful search help your team.\nWe truly deliver a robust platform for you.\n'

function apply(text: string, action: CodeAction | TextEdit[]): string {
  const edits = Array.isArray(action) ? action : ((action.edit!.documentChanges as TextDocumentEdit[])[0].edits as TextEdit[])
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 0, text), edits)
}

describe('language server: safe fixes and a failing lint', function () {
  this.timeout(60000)
  let server: string
  // A function: the bundle is built in `before`, after this line runs.
  const session = serverPerTest(() => ({server}))

  before(async () => {
    server = join(tempDir('pitchlint-test-server-'), 'test-server.js')
    await build({entryPoints: ['test/server/fixtures/test-server.ts'], outfile: server, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', define: {'import.meta.url': '__importMetaUrl'}, banner: {js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;"}})
  })

  async function actions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return (await session.client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range: diagnostics[0]?.range ?? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics, ...(only && {only})}})) as CodeAction[]
  }

  it('offers the safe fix first and preferred, then fix-all for the rule', async () => {
    const {uri, published} = session.client.open(join(session.dir, 'pitch.md'), TEXT)
    const {diagnostics} = await published
    const fixable = diagnostics.filter((d) => (d.data as {fix?: TextEdit}).fix)
    assert.ok(fixable.length >= 3, `expected several fixable findings, got ${fixable.length}`)
    const list = await actions(uri, [fixable[0]])
    assert.equal(list[0].title, 'Fix this vague-claim problem')
    assert.equal(list[0].isPreferred, true)
    assert.equal(list.filter((a) => a.isPreferred).length, 1)
    assert.equal(apply(TEXT, list[0]), TEXT.replace('seamless ', ''))
    const fixAllRule = list.find((a) => a.title === 'Fix all vague-claim problems')!
    assert.equal((fixAllRule.edit!.documentChanges as TextDocumentEdit[])[0].edits.length, fixable.length)
  })

  it('answers source.fixAll.pitchlint (fix on save) with every safe fix at once', async () => {
    const {uri, published} = session.client.open(join(session.dir, 'pitch.md'), TEXT)
    const {diagnostics} = await published
    const list = await actions(uri, [], ['source.fixAll'])
    assert.deepEqual(list.map((a) => [a.kind, a.title]), [['source.fixAll.pitchlint', 'Fix all auto-fixable pitchlint problems']])
    const fixed = apply(TEXT, list[0])
    assert.equal(fixed, 'Our sync and search help your team.\nWe deliver a platform for you.\n')
    // Re-lint the fixed text: no fixable finding is left.
    const mark = session.client.diagnostics.length
    const version = session.client.change(uri, fixed)
    const after = await session.client.nextDiagnostics(uri, mark, (p) => p.version === version)
    assert.ok(after.diagnostics.length < diagnostics.length)
    assert.ok(!after.diagnostics.some((d) => (d.data as {fix?: TextEdit}).fix))
    // Quick-fix requests do not get the source action.
    assert.ok(!(await actions(uri, [], ['quickfix'])).some((a) => a.kind === 'source.fixAll.pitchlint'))
  })

  it('applies all fixes through workspace/applyEdit, pinned to the version', async () => {
    const {uri, published} = session.client.open(join(session.dir, 'pitch.md'), TEXT)
    await published
    const result = await session.client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.server.applyAllFixes', arguments: [{uri, version: 1}]})
    assert.equal((result as {applied: boolean}).applied, true)
    const [applied] = session.client.appliedEdits
    const change = applied.edit.documentChanges![0] as TextDocumentEdit
    assert.deepEqual(change.textDocument, {uri, version: 1})
    assert.equal(apply(TEXT, change.edits as TextEdit[]), 'Our sync and search help your team.\nWe deliver a platform for you.\n')
    // A stale version is refused.
    assert.deepEqual(await session.client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.server.applyAllFixes', arguments: [{uri, version: 7}]}), {applied: false, edits: 0})
  })

  it('survives a lint that throws: one diagnostic, a log line with the stack, and it keeps serving', async () => {
    const {uri, published} = session.client.open(join(session.dir, 'broken.md'), 'Our seamless sync. THROW-IN-RULE\n')
    const failed = await published
    assert.equal(failed.diagnostics.length, 1)
    assert.match(String(failed.diagnostics[0].message), /could not lint this document: a rule threw on purpose/)
    await session.client.until('the stack in the log', () => session.client.logs.find((l) => l.includes('a rule threw on purpose') && l.includes('at ')))
    assert.equal(await session.client.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 0, character: 5}}), null)
    // Other documents, and this one once it changes, lint as usual.
    const other = await session.client.open(join(session.dir, 'ok.md'), TEXT).published
    assert.ok(other.diagnostics.length > 0)
    const mark = session.client.diagnostics.length
    const version = session.client.change(uri, 'Our seamless sync for your team.\n')
    const recovered = await session.client.nextDiagnostics(uri, mark, (p) => p.version === version)
    assert.deepEqual(recovered.diagnostics.map((d) => d.code), ['vague-claim'])
    assert.equal(session.client.exitCode, null)
  })
})
