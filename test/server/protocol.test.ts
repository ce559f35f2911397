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
import {serverPerTest, startServer, workspace, type LspClient} from '../helpers/lsp'

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
  const session = serverPerTest()

  it('initializes with the capabilities it implements, and registers its watchers', async () => {
    const {capabilities, serverInfo} = session.client.initializeResult
    assert.equal(serverInfo?.name, 'pitchlint')
    assert.deepEqual(capabilities.codeActionProvider, {codeActionKinds: ['quickfix', 'source.fixAll.pitchlint']})
    assert.equal(capabilities.hoverProvider, true)
    assert.deepEqual(capabilities.codeLensProvider, {resolveProvider: false})
    await session.client.until('registrations', () => session.client.registrations.length >= 2)
    assert.deepEqual(session.client.registrations.sort(), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles'])
    // Configs and registries by name; any YAML (a config's `profiles:` may name any file); Markdown, whose saved figures count.
    assert.deepEqual(session.client.watchedGlobs, [
      '**/{.pitchlintrc.json,.pitchlintrc.yaml,.pitchlintrc.yml,package.json,proof-points.yaml,proof-points.yml}',
      '**/*.{yml,yaml}',
      '**/*.{md,mdx,markdown}',
    ])
    // The editor watches: the server does not watch the same files a second time.
    await session.client.until('the start-up log', () => session.client.logs.find((line) => /server .* started/.test(line)))
    assert.ok(!session.client.logs.some((line) => line.includes('does not watch files')), session.client.logs.join('\n'))
  })

  it('publishes diagnostics with code, doc link, source, data and exact UTF-16 ranges', async () => {
    const {published} = session.client.open(join(session.dir, 'card.md'), CARD)
    const {diagnostics, version} = await published
    assert.equal(version, 1)
    const expected = lint(CARD, {filePath: join(session.dir, 'card.md')}).findings
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
    const {uri, published} = session.client.open(join(session.dir, 'card.md'), CARD)
    const {diagnostics} = await published
    const seamless = diagnostics.filter((d) => d.code === 'vague-claim')
    const actions = await actionsAt(session.client, uri, seamless)
    const titles = actions.map((a) => a.title)
    const document = session.client.document(uri)
    const finding = lint(CARD, {filePath: join(session.dir, 'card.md')}).findings.find((f) => f.ruleId === 'vague-claim' && f.range[0] === document.offsetAt(seamless[0].range.start))!
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
    const mark = session.client.diagnostics.length
    const version = session.client.change(uri, disabled)
    const after = await session.client.nextDiagnostics(uri, mark, (p) => p.version === version)
    assert.ok(!after.diagnostics.some((d) => d.code === 'vague-claim'))
    assert.equal(after.diagnostics.length, diagnostics.length - 1)

    // Learn more opens the rule's page through the session.client.
    const learn = actions.find((a) => a.title.startsWith('Learn more'))!
    await session.client.connection.sendRequest(ExecuteCommandRequest.type, {command: learn.command!.command, arguments: learn.command!.arguments})
    assert.deepEqual(session.client.shownDocuments, [{uri: seamless[0].codeDescription!.href, external: true}])
  })

  it('refuses actions for diagnostics of an older version', async () => {
    const {uri, published} = session.client.open(join(session.dir, 'card.md'), CARD)
    const {diagnostics} = await published
    session.client.change(uri, `${CARD}\nOne more line.\n`)
    assert.deepEqual(await actionsAt(session.client, uri, diagnostics.filter((d) => d.code === 'vague-claim')), [])
  })

  it('"Allow ‹term›" creates the workspace config, and the finding goes away', async () => {
    const {uri, published} = session.client.open(join(session.dir, 'card.md'), CARD)
    const {diagnostics} = await published
    const allow = (await actionsAt(session.client, uri, diagnostics.filter((d) => d.code === 'vague-claim'))).find((a) => a.title.startsWith('Allow'))!
    // unproven-claim does not read the allow list, so it gets no such action.
    const unproven = (await actionsAt(session.client, uri, diagnostics.filter((d) => d.code === 'unproven-claim'))).map((a) => a.title)
    assert.ok(!unproven.some((t) => t.startsWith('Allow')), unproven.join(', '))

    const mark = session.client.diagnostics.length
    assert.equal(await session.client.connection.sendRequest(ExecuteCommandRequest.type, {command: allow.command!.command, arguments: allow.command!.arguments}), true)
    assert.deepEqual(JSON.parse(readFileSync(join(session.dir, '.pitchlintrc.json'), 'utf8')), {allow: ['seamless']})
    const after = await session.client.nextDiagnostics(uri, mark)
    assert.ok(!after.diagnostics.some((d) => d.code === 'vague-claim'))
  })

  it('"Allow ‹term›" edits an existing YAML config and keeps its comments', async () => {
    writeFileSync(join(session.dir, '.pitchlintrc.yaml'), '# team terms\nallow: [robust] # product name\nrules:\n  unproven-claim: off\n')
    const {uri, published} = session.client.open(join(session.dir, 'card.md'), CARD)
    const {diagnostics} = await published
    const allow = (await actionsAt(session.client, uri, diagnostics.filter((d) => d.code === 'vague-claim'))).find((a) => a.title.startsWith('Allow'))!
    await session.client.connection.sendRequest(ExecuteCommandRequest.type, {command: allow.command!.command, arguments: allow.command!.arguments})
    assert.equal(readFileSync(join(session.dir, '.pitchlintrc.yaml'), 'utf8'), '# team terms\nallow: [robust, seamless] # product name\nrules:\n  unproven-claim: off\n')
    // A stale action (the file changed since) writes nothing.
    writeFileSync(join(session.dir, '.pitchlintrc.yaml'), 'allow: []\n')
    assert.equal(await session.client.connection.sendRequest(ExecuteCommandRequest.type, {command: allow.command!.command, arguments: allow.command!.arguments}), false)
    assert.equal(readFileSync(join(session.dir, '.pitchlintrc.yaml'), 'utf8'), 'allow: []\n')
  })

  it('hovers with the why, a weak and a strong example, and the doc link', async () => {
    const {uri, published} = session.client.open(join(session.dir, 'card.md'), CARD)
    await published
    const hover = await session.client.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 4, character: 10}})
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
    assert.equal(await session.client.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line: 0, character: 2}}), null)
  })

  it('shows messaging coverage lenses for the document and each selling section', async () => {
    const {uri, published} = session.client.open(join(session.dir, 'card.md'), CARD)
    await published
    const lenses = (await session.client.connection.sendRequest(CodeLensRequest.type, {textDocument: {uri}}))!
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
    const {uri, published} = session.client.open(join(session.dir, 'card.md'), CARD)
    await published
    const mark = session.client.diagnostics.length
    let version = 1
    for (let i = 0; i < 5; i++) version = session.client.change(uri, CARD.replace('seamless', i % 2 ? 'seamless' : 'instant'))
    const clean = CARD.replace(EMOJI_LINE, '🚀 Our sync keeps your ledgers in step.')
    version = session.client.change(uri, clean)
    const after = await session.client.nextDiagnostics(uri, mark, (p) => p.version === version)
    assert.ok(!after.diagnostics.some((d) => d.code === 'vague-claim'))
    await new Promise((done) => setTimeout(done, 600))
    const published2 = session.client.diagnostics.slice(mark).filter((p) => p.uri === uri)
    // A small document lints at every keystroke, from the first: each publish is of the
    // version current then, so versions only go up and the last is the final one.
    const versions = published2.map((p) => p.version!)
    assert.deepEqual(versions, [...new Set(versions)].sort((a, b) => a - b))
    assert.equal(versions.at(-1), version)
  })

  it('lints only on open and save when `pitchlint.run` is onSave', async () => {
    session.client.settings = {run: 'onSave'}
    const {uri, published} = session.client.open(join(session.dir, 'card.md'), CARD)
    await published
    const mark = session.client.diagnostics.length
    const version = session.client.change(uri, 'We meet on Tuesdays.\n')
    await new Promise((done) => setTimeout(done, 600))
    assert.equal(session.client.diagnostics.slice(mark).filter((p) => p.uri === uri).length, 0)
    await session.client.connection.sendNotification(DidSaveTextDocumentNotification.type, {textDocument: {uri}})
    const saved = await session.client.nextDiagnostics(uri, mark)
    assert.equal(saved.version, version)
    assert.deepEqual(saved.diagnostics, [])
  })

  it('publishes nothing when `pitchlint.enable` is false', async () => {
    session.client.settings = {enable: false}
    const {published} = session.client.open(join(session.dir, 'card.md'), CARD)
    assert.deepEqual((await published).diagnostics, [])
  })

  it('re-lints open documents when a config file changes, and reports a broken config on the file', async () => {
    const {uri, published} = session.client.open(join(session.dir, 'card.md'), CARD)
    const before = await published
    assert.ok(before.diagnostics.some((d) => d.code === 'unproven-claim'))
    const configPath = join(session.dir, '.pitchlintrc.json')
    const configUri = URI.file(configPath).toString()
    const notify = (type: FileChangeType): Promise<void> => session.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: configUri, type}]})

    let mark = session.client.diagnostics.length
    writeFileSync(configPath, '{"rules": {"unproven-claim": "off"}}\n')
    await notify(FileChangeType.Created)
    let after = await session.client.nextDiagnostics(uri, mark)
    assert.ok(!after.diagnostics.some((d) => d.code === 'unproven-claim'))

    // A broken config: a diagnostic on the config file at the error, a log line, and
    // the document keeps the last good config.
    mark = session.client.diagnostics.length
    writeFileSync(configPath, '{\n  "rules": {\n    "unproven-claim": "loud"\n  }\n}\n')
    await notify(FileChangeType.Changed)
    const onConfig = await session.client.nextDiagnostics(configUri, mark)
    assert.equal(onConfig.diagnostics.length, 1)
    assert.deepEqual(onConfig.diagnostics[0].range.start, {line: 2, character: 22})
    assert.match(String(onConfig.diagnostics[0].message), /`rules.unproven-claim`: expected "off", "warn" or "error"/)
    after = await session.client.nextDiagnostics(uri, mark)
    assert.ok(!after.diagnostics.some((d) => d.code === 'unproven-claim'), 'last good config still applies')
    await session.client.until('a log line', () => session.client.logs.find((l) => l.includes('invalid config') && l.includes('.pitchlintrc.json:3:23')))

    // Fixed: the config diagnostic is cleared.
    mark = session.client.diagnostics.length
    writeFileSync(configPath, '{"rules": {"vague-claim": "error"}}\n')
    await notify(FileChangeType.Changed)
    assert.deepEqual((await session.client.nextDiagnostics(configUri, mark)).diagnostics, [])
    after = await session.client.nextDiagnostics(uri, mark)
    assert.equal(after.diagnostics.find((d) => d.code === 'vague-claim')?.severity, 1)
  })

  it('keeps serving bad requests and odd documents', async () => {
    const missing = URI.file(join(session.dir, 'never-opened.md')).toString()
    assert.equal(await session.client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: missing}, position: {line: 0, character: 0}}), null)
    assert.deepEqual(await session.client.connection.sendRequest(CodeLensRequest.type, {textDocument: {uri: missing}}), [])
    assert.deepEqual(await session.client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri: missing}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}}), [])
    assert.equal(await session.client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.server.allowTerm', arguments: [null]}), false)
    // It writes config files only.
    const notes = join(session.dir, 'notes.txt')
    assert.equal(await session.client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.server.allowTerm', arguments: [{term: 'x', configFile: notes}]}), false)
    assert.ok(!existsSync(notes))
    assert.equal(await session.client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.server.noSuchCommand'}), null)
    const odd = '\u0000\uD800 | | |\n```\nunclosed fence\n<!-- unclosed comment\n' + '# '.repeat(5000)
    const {published} = session.client.open(join(session.dir, 'odd.md'), odd)
    await published
    const {published: next} = session.client.open(join(session.dir, 'card.md'), CARD)
    assert.ok((await next).diagnostics.length > 0)
  })

  it('lints MDX and writes MDX disable comments there', async () => {
    const text = '# Pitch\n\nOur seamless sync keeps your ledgers in step.\n'
    const {uri, published} = session.client.open(join(session.dir, 'page.mdx'), text, 'mdx')
    const {diagnostics} = await published
    const disable = (await actionsAt(session.client, uri, diagnostics)).find((a) => a.title.startsWith('Disable'))!
    assert.equal(applyEdits(text, editsOf(disable, uri, 1)), '# Pitch\n\n{/* pitchlint-disable-next-line vague-claim -- ‹reason› */}\nOur seamless sync keeps your ledgers in step.\n')
  })

  it('lints the whole workspace on request, files not open included', async () => {
    writeFileSync(join(session.dir, 'a.md'), 'Our seamless sync for your team.\n')
    writeFileSync(join(session.dir, 'b.md'), 'We meet on Tuesdays.\n')
    const result = await session.client.connection.sendRequest(ExecuteCommandRequest.type, {command: 'pitchlint.server.lintWorkspace'})
    assert.deepEqual(result, {files: 2, findings: 1})
    const a = session.client.diagnostics.find((p) => p.uri === URI.file(join(session.dir, 'a.md')).toString())!
    assert.deepEqual(a.diagnostics.map((d) => d.code), ['vague-claim'])
  })

  it('shuts down and exits cleanly', async () => {
    assert.equal(await session.client.shutdown(), 0)
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
