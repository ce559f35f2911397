// The built language server, spawned over stdio and driven with JSON-RPC the way an
// editor drives it. Every assertion is on the protocol's JSON.

import assert from 'node:assert/strict'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {
  CodeActionRequest,
  CodeLensRequest,
  DidChangeWatchedFilesNotification,
  DidSaveTextDocumentNotification,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {URI} from 'vscode-uri'
import {lint, rules} from '../../rules/src/index'
import {startServer, workspace, type LspClient} from '../helpers/lsp'

const EMOJI_LINE = '🚀 Our seamless sync keeps your ledgers in step.'
const CARD = `# Acme for finance teams

## Why we win

${EMOJI_LINE}
Acme is the fastest way to reconcile invoices for your team.

## Proof

Northwind cut close time by 40% ([case study](https://example.com/northwind)).
`

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'markdown', 0, text), [...edits])
}

/** The edits of a code action for one document (checked to be pinned to `version`). */
function editsOf(action: CodeAction, uri: string, version: number): TextEdit[] {
  const changes = action.edit?.documentChanges as TextDocumentEdit[] | undefined
  assert.ok(changes, `${action.title} has no documentChanges`)
  assert.equal(changes.length, 1)
  assert.deepEqual(changes[0].textDocument, {uri, version})
  return changes[0].edits as TextEdit[]
}

async function actionsAt(client: LspClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  const range = diagnostics[0]?.range ?? {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  return (await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range, context: {diagnostics, ...(only && {only})}})) as CodeAction[]
}

describe('language server (JSON-RPC over stdio)', function () {
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

  it('initializes with the capabilities it implements, and registers its watchers', async () => {
    const {capabilities, serverInfo} = client.initializeResult
    assert.equal(serverInfo?.name, 'pitchlint')
    assert.deepEqual(capabilities.codeActionProvider, {codeActionKinds: ['quickfix', 'source.fixAll.pitchlint']})
    assert.equal(capabilities.hoverProvider, true)
    assert.deepEqual(capabilities.codeLensProvider, {resolveProvider: false})
    await client.until('registrations', () => client.registrations.length >= 2)
    assert.deepEqual(client.registrations.sort(), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles'])
  })

  it('publishes diagnostics with code, doc link, source, data and exact UTF-16 ranges', async () => {
    const {published} = client.open(join(dir, 'card.md'), CARD)
    const {diagnostics, version} = await published
    assert.equal(version, 1)
    const expected = lint(CARD, {filePath: join(dir, 'card.md')}).findings
    assert.equal(diagnostics.length, expected.length)
    const seamless = diagnostics.find((d) => d.code === 'vague-claim')!
    // Line 4 is the emoji line: 🚀 is two UTF-16 code units, so `seamless` starts at 7.
    assert.deepEqual(seamless.range, {start: {line: 4, character: 7}, end: {line: 4, character: 15}})
    assert.equal(EMOJI_LINE.slice(7, 15), 'seamless')
    assert.equal(seamless.source, 'pitchlint')
    assert.equal(seamless.severity, 2)
    assert.equal(seamless.codeDescription?.href, expected.find((f) => f.ruleId === 'vague-claim')!.url)
    assert.match(String(seamless.message), /“seamless”/)
    const data = seamless.data as {version: number; actual: string; suggestions?: unknown}
    assert.equal(data.version, 1)
    assert.equal(data.actual, 'seamless')
    // Rewrites stay on the server (code actions look them up): every keystroke republishes
    // every diagnostic, so they must stay light.
    assert.equal(data.suggestions, undefined)
    assert.ok(JSON.stringify(diagnostics).length < 900 * diagnostics.length, 'about half a kilobyte a diagnostic')
    assert.ok(diagnostics.some((d) => d.code === 'unproven-claim' && d.range.start.line === 5))
  })

  it('offers suggestions, disable, allow and learn-more actions whose edits do what they say', async () => {
    const {uri, published} = client.open(join(dir, 'card.md'), CARD)
    const {diagnostics} = await published
    const seamless = diagnostics.filter((d) => d.code === 'vague-claim')
    const actions = await actionsAt(client, uri, seamless)
    const titles = actions.map((a) => a.title)
    const document = client.document(uri)
    const finding = lint(CARD, {filePath: join(dir, 'card.md')}).findings.find((f) => f.ruleId === 'vague-claim' && f.range[0] === document.offsetAt(seamless[0].range.start))!
    const suggestions = finding.suggestions!
    assert.ok(suggestions.length > 0)
    assert.deepEqual(titles, [...suggestions.map((s) => s.title), 'Disable vague-claim for this line', 'Allow “seamless” in this workspace', 'Learn more about vague-claim'])
    assert.ok(actions.every((a) => a.kind === 'quickfix' && !a.isPreferred), 'suggestions are never preferred: only safe fixes are')

    // The first suggestion rewrites the word, placeholders and all.
    const rewritten = applyEdits(CARD, editsOf(actions[0], uri, 1))
    assert.match(suggestions[0].fix.text, /‹[^›]+›/, 'placeholders stay visible')
    assert.ok(rewritten.includes(`🚀 Our ${suggestions[0].fix.text} sync`))

    // Disable: a comment line above, and the finding is gone after the edit.
    const disable = actions.find((a) => a.title.startsWith('Disable'))!
    const disabled = applyEdits(CARD, editsOf(disable, uri, 1))
    assert.ok(disabled.includes(`<!-- pitchlint-disable-next-line vague-claim -- ‹reason› -->\n${EMOJI_LINE}`))
    const mark = client.diagnostics.length
    const version = client.change(uri, disabled)
    const after = await client.nextDiagnostics(uri, mark, (p) => p.version === version)
    assert.ok(!after.diagnostics.some((d) => d.code === 'vague-claim'))
    assert.equal(after.diagnostics.length, diagnostics.length - 1)

    // Learn more opens the rule's page through the client.
    const learn = actions.find((a) => a.title.startsWith('Learn more'))!
    await client.connection.sendRequest(ExecuteCommandRequest.type, {command: learn.command!.command, arguments: learn.command!.arguments})
    assert.deepEqual(client.shownDocuments, [{uri: seamless[0].codeDescription!.href, external: true}])
  })

  it('refuses actions for diagnostics of an older version', async () => {
    const {uri, published} = client.open(join(dir, 'card.md'), CARD)
    const {diagnostics} = await published
    client.change(uri, `${CARD}\nOne more line.\n`)
    assert.deepEqual(await actionsAt(client, uri, diagnostics.filter((d) => d.code === 'vague-claim')), [])
  })

  it('"Allow ‹term›" creates the workspace config, and the finding goes away', async () => {
    const {uri, published} = client.open(join(dir, 'card.md'), CARD)
    const {diagnostics} = await published
    const allow = (await actionsAt(client, uri, diagnostics.filter((d) => d.code === 'vague-claim'))).find((a) => a.title.startsWith('Allow'))!
    // unproven-claim does not read the allow list, so it gets no such action.
    const unproven = (await actionsAt(client, uri, diagnostics.filter((d) => d.code === 'unproven-claim'))).map((a) => a.title)
    assert.ok(!unproven.some((t) => t.startsWith('Allow')), unproven.join(', '))

    const mark = client.diagnostics.length
    assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, {command: allow.command!.command, arguments: allow.command!.arguments}), true)
    assert.deepEqual(JSON.parse(readFileSync(join(dir, '.pitchlintrc.json'), 'utf8')), {allow: ['seamless']})
    const after = await client.nextDiagnostics(uri, mark)
    assert.ok(!after.diagnostics.some((d) => d.code === 'vague-claim'))
  })

  it('"Allow ‹term›" edits an existing YAML config and keeps its comments', async () => {
    writeFileSync(join(dir, '.pitchlintrc.yaml'), '# team terms\nallow: [robust] # product name\nrules:\n  unproven-claim: off\n')
    const {uri, published} = client.open(join(dir, 'card.md'), CARD)
    const {diagnostics} = await published
    const allow = (await actionsAt(client, uri, diagnostics.filter((d) => d.code === 'vague-claim'))).find((a) => a.title.startsWith('Allow'))!
    await client.connection.sendRequest(ExecuteCommandRequest.type, {command: allow.command!.command, arguments: allow.command!.arguments})
    assert.equal(readFileSync(join(dir, '.pitchlintrc.yaml'), 'utf8'), '# team terms\nallow: [robust, seamless] # product name\nrules:\n  unproven-claim: off\n')
    // A stale action (the file changed since) writes nothing.
    writeFileSync(join(dir, '.pitchlintrc.yaml'), 'allow: []\n')
    assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, {command: allow.command!.command, arguments: allow.command!.arguments}), false)
    assert.equal(readFileSync(join(dir, '.pitchlintrc.yaml'), 'utf8'), 'allow: []\n')
  })

  it('hovers with the why, a weak and a strong example, and the doc link', async () => {
    const {uri, published} = client.open(join(dir, 'card.md'), CARD)
    await published
    const hover = await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 4, character: 10}})
    const value = (hover?.contents as MarkupContent).value
    const finding = lint(CARD).findings.find((f) => f.ruleId === 'vague-claim')!
    const meta = rules.find((r) => r.meta.id === 'vague-claim')!.meta
    assert.match(value, /`vague-claim`/)
    assert.ok(value.includes(finding.note!.slice(0, 30)), value)
    // Each example a block of its own (test/server/editor-features.test.ts has the multi-line ones).
    assert.ok(value.includes(`✗ **Weak**\n\n> ${meta.examples.invalid.find((e) => e.includes('seamless'))}\n`), value)
    assert.ok(value.includes(`✓ **Strong**\n\n> ${meta.examples.valid[0]}\n`), value)
    assert.ok(value.includes(`(${finding.url})`))
    assert.deepEqual(hover?.range, {start: {line: 4, character: 7}, end: {line: 4, character: 15}})
    assert.equal(await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 0, character: 2}}), null)
  })

  it('shows messaging coverage lenses for the document and each selling section', async () => {
    const {uri, published} = client.open(join(dir, 'card.md'), CARD)
    await published
    const lenses = (await client.connection.sendRequest(CodeLensRequest.type, {textDocument: {uri}}))!
    const result = lint(CARD)
    const tags = (from: number, to: number): Set<string> => new Set(result.sentences.filter((s) => s.range[0] >= from && s.range[1] <= to).flatMap((s) => s.analysis.tags))
    // ✓ alone, ✗ with a word: "missing", or for pain why missing-pain says nothing: the
    // card is one message unit, too short to need a pain line.
    const painWhy = (section: boolean): string => `(too short to need one${section ? ', as part of the document' : ''})`
    const label = (set: Set<string>, section = true): string =>
      ['pain', 'outcome', 'proof'].map((t) => (set.has(t) ? `${t} ✓` : `${t} ✗ ${t === 'pain' ? painWhy(section) : 'missing'}`)).join(' · ')
    const why = CARD.indexOf('## Why')
    const proof = CARD.indexOf('## Proof')
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title]),
      [
        [0, `Messaging coverage: ${label(tags(0, CARD.length), false)}`],
        [2, label(tags(why, proof))],
        [7, label(tags(proof, CARD.length))],
      ],
    )
    assert.match(lenses[2].command!.title, /proof ✓/)
    assert.match(lenses[1].command!.title, /proof ✗ missing/)
  })

  it('re-lints after a change, and never publishes a stale version', async () => {
    const {uri, published} = client.open(join(dir, 'card.md'), CARD)
    await published
    const mark = client.diagnostics.length
    let version = 1
    for (let i = 0; i < 5; i++) version = client.change(uri, CARD.replace('seamless', i % 2 ? 'seamless' : 'instant'))
    const clean = CARD.replace(EMOJI_LINE, '🚀 Our sync keeps your ledgers in step.')
    version = client.change(uri, clean)
    const after = await client.nextDiagnostics(uri, mark, (p) => p.version === version)
    assert.ok(!after.diagnostics.some((d) => d.code === 'vague-claim'))
    await new Promise((done) => setTimeout(done, 600))
    const published2 = client.diagnostics.slice(mark).filter((p) => p.uri === uri)
    // A small document lints at every keystroke, from the first: each publish is of the
    // version current then, so versions only go up and the last is the final one.
    const versions = published2.map((p) => p.version!)
    assert.deepEqual(versions, [...new Set(versions)].sort((a, b) => a - b))
    assert.equal(versions.at(-1), version)
  })

  it('lints only on open and save when `pitchlint.run` is onSave', async () => {
    client.settings = {run: 'onSave'}
    const {uri, published} = client.open(join(dir, 'card.md'), CARD)
    await published
    const mark = client.diagnostics.length
    const version = client.change(uri, 'We meet on Tuesdays.\n')
    await new Promise((done) => setTimeout(done, 600))
    assert.equal(client.diagnostics.slice(mark).filter((p) => p.uri === uri).length, 0)
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, {textDocument: {uri}})
    const saved = await client.nextDiagnostics(uri, mark)
    assert.equal(saved.version, version)
    assert.deepEqual(saved.diagnostics, [])
  })

  it('publishes nothing when `pitchlint.enable` is false', async () => {
    client.settings = {enable: false}
    const {published} = client.open(join(dir, 'card.md'), CARD)
    assert.deepEqual((await published).diagnostics, [])
  })

  it('re-lints open documents when a config file changes, and reports a broken config on the file', async () => {
    const {uri, published} = client.open(join(dir, 'card.md'), CARD)
    const before = await published
    assert.ok(before.diagnostics.some((d) => d.code === 'unproven-claim'))
    const configPath = join(dir, '.pitchlintrc.json')
    const configUri = URI.file(configPath).toString()
    const notify = (type: FileChangeType): Promise<void> => client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: configUri, type}]})

    let mark = client.diagnostics.length
    writeFileSync(configPath, '{"rules": {"unproven-claim": "off"}}\n')
    await notify(FileChangeType.Created)
    let after = await client.nextDiagnostics(uri, mark)
    assert.ok(!after.diagnostics.some((d) => d.code === 'unproven-claim'))

    // A broken config: a diagnostic on the config file at the error, a log line, and
    // the document keeps the last good config.
    mark = client.diagnostics.length
    writeFileSync(configPath, '{\n  "rules": {\n    "unproven-claim": "loud"\n  }\n}\n')
    await notify(FileChangeType.Changed)
    const onConfig = await client.nextDiagnostics(configUri, mark)
    assert.equal(onConfig.diagnostics.length, 1)
    assert.deepEqual(onConfig.diagnostics[0].range.start, {line: 2, character: 22})
    assert.match(String(onConfig.diagnostics[0].message), /`rules.unproven-claim`: expected "off", "warn" or "error"/)
    after = await client.nextDiagnostics(uri, mark)
    assert.ok(!after.diagnostics.some((d) => d.code === 'unproven-claim'), 'last good config still applies')
    await client.until('a log line', () => client.logs.find((l) => l.includes('invalid config') && l.includes('.pitchlintrc.json:3:23')))

    // Fixed: the config diagnostic is cleared.
    mark = client.diagnostics.length
    writeFileSync(configPath, '{"rules": {"vague-claim": "error"}}\n')
    await notify(FileChangeType.Changed)
    assert.deepEqual((await client.nextDiagnostics(configUri, mark)).diagnostics, [])
    after = await client.nextDiagnostics(uri, mark)
    assert.equal(after.diagnostics.find((d) => d.code === 'vague-claim')?.severity, 1)
  })

  it('keeps serving bad requests and odd documents', async () => {
    const missing = URI.file(join(dir, 'never-opened.md')).toString()
    assert.equal(await client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: missing}, position: {line: 0, character: 0}}), null)
    assert.deepEqual(await client.connection.sendRequest(CodeLensRequest.type, {textDocument: {uri: missing}}), [])
    assert.deepEqual(await client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri: missing}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}}), [])
    assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.server.allowTerm', arguments: [null]}), false)
    // It writes config files only.
    const notes = join(dir, 'notes.txt')
    assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.server.allowTerm', arguments: [{term: 'x', configFile: notes}]}), false)
    assert.ok(!existsSync(notes))
    assert.equal(await client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.server.noSuchCommand'}), null)
    const odd = '\u0000\uD800 | | |\n```\nunclosed fence\n<!-- unclosed comment\n' + '# '.repeat(5000)
    const {published} = client.open(join(dir, 'odd.md'), odd)
    await published
    const {published: next} = client.open(join(dir, 'card.md'), CARD)
    assert.ok((await next).diagnostics.length > 0)
  })

  it('lints MDX and writes MDX disable comments there', async () => {
    const text = '# Pitch\n\nOur seamless sync keeps your ledgers in step.\n'
    const {uri, published} = client.open(join(dir, 'page.mdx'), text, 'mdx')
    const {diagnostics} = await published
    const disable = (await actionsAt(client, uri, diagnostics)).find((a) => a.title.startsWith('Disable'))!
    assert.equal(applyEdits(text, editsOf(disable, uri, 1)), '# Pitch\n\n{/* pitchlint-disable-next-line vague-claim -- ‹reason› */}\nOur seamless sync keeps your ledgers in step.\n')
  })

  it('lints the whole workspace on request, files not open included', async () => {
    writeFileSync(join(dir, 'a.md'), 'Our seamless sync for your team.\n')
    writeFileSync(join(dir, 'b.md'), 'We meet on Tuesdays.\n')
    const result = await client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.server.lintWorkspace'})
    assert.deepEqual(result, {files: 2, findings: 1})
    const a = client.diagnostics.find((p) => p.uri === URI.file(join(dir, 'a.md')).toString())!
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['vague-claim'])
  })

  it('shuts down and exits cleanly', async () => {
    assert.equal(await client.shutdown(), 0)
  })
})

describe('language server in a multi-root workspace', function () {
  this.timeout(60000)

  it('uses each folder’s own config, and `configPath` relative to the folder', async () => {
    const loud = workspace({'.pitchlintrc.json': '{"rules": {"vague-claim": "error"}}'})
    const quiet = workspace({'team.yaml': 'rules:\n  vague-claim: off\n'})
    const client = await startServer({folders: [loud, quiet]})
    try {
      const text = 'Our seamless sync for your team.\n'
      const a = await client.open(join(loud, 'a.md'), text).published
      assert.deepEqual(a.diagnostics.map((d) => [d.code, d.severity]), [['vague-claim', 1]])
      client.settings = {configPath: 'team.yaml'}
      const b = await client.open(join(quiet, 'b.md'), text).published
      assert.deepEqual(b.diagnostics, [])
      // The allow action targets the folder the document is in.
      client.settings = null
      const c = client.open(join(quiet, 'c.md'), text)
      const {diagnostics} = await c.published
      const allow = (await actionsAt(client, c.uri, diagnostics)).find((x) => x.title.startsWith('Allow'))!
      assert.equal((allow.command!.arguments![0] as {configFile: string}).configFile, join(quiet, '.pitchlintrc.json'))
      assert.ok(!existsSync(join(quiet, '.pitchlintrc.json')))
    } finally {
      await client.shutdown()
    }
  })
})
