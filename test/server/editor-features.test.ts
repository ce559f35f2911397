// What a writer sees in the editor, through the built server over JSON-RPC: hovers that
// show the why and the examples as blocks, coverage lenses that agree with the findings,
// the output channel's log lines, and code actions asked for a whole line.

import assert from 'node:assert/strict'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {build} from 'esbuild'
import {
  CodeActionRequest,
  CodeLensRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  LogMessageNotification,
  MessageType,
  type CodeAction,
  type CodeLens,
  type Diagnostic,
  type LogMessageParams,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node'
import {URI} from 'vscode-uri'
import {rules} from '../../rules/src/index'
import {MAX_COVERAGE_ENTRIES} from '../../server/src/lint-worker'
import {serverPerTest, startServer, workspace, type LspClient} from '../helpers/lsp'
import {tempDir} from '../helpers/temp'

const metaOf = (id: string) => rules.find((rule) => rule.meta.id === id)!.meta

/** Sells for four sentences and never states a pain: one `missing-pain`, on the title. */
const NO_PAIN = `# Acme for finance teams

## Why Acme

Acme supports SAML SSO and SCIM provisioning.
Acme exports every approval to S3.
Acme is the fastest way to close the books.

## Next steps

Acme syncs every ledger in real time, so month-end takes an afternoon.
Book a demo today.
`

/** Over 40 sentences: judged section by section, with a how-to section among them. */
const LONG = `# Acme for finance teams

## Why Acme

Acme supports SAML SSO and SCIM provisioning.
Acme exports every approval to S3.
Acme is the fastest way to close the books.
Acme syncs every ledger in real time.

## How it works

Acme connects to your ERP in minutes, so month-end takes an afternoon.
Acme matches receipts as they arrive.

## Rollout notes

${Array.from({length: 36}, (_, i) => `Step ${i + 1} of the rollout is owned by the operations lead.`).join('\n')}
`

/** The log lines with their levels (the helper keeps the text only). */
function recordLevels(target: LspClient): LogMessageParams[] {
  const typed: LogMessageParams[] = []
  target.connection.onNotification(LogMessageNotification.type, (params) => {
    typed.push(params)
    target.logs.push(params.message)
    ;(target as unknown as {wake(): void}).wake()
  })
  return typed
}

describe('editor features over JSON-RPC', function () {
  this.timeout(60000)
  const session = serverPerTest()

  async function hoverText(uri: string, line: number, character: number): Promise<string> {
    const hover = await session.client.connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position: {line, character}})
    assert.ok(hover, `a hover at ${line}:${character}`)
    return (hover.contents as MarkupContent).value
  }

  async function lensesOf(uri: string): Promise<CodeLens[]> {
    return (await session.client.connection.sendRequest(CodeLensRequest.type, {textDocument: {uri}})) ?? []
  }

  describe('hovers', () => {
    it('show a multi-line example as a fenced Markdown block, line for line', async () => {
      const {uri, published} = session.client.open(join(session.dir, 'pitch.md'), NO_PAIN)
      const {diagnostics} = await published
      const missingPain = diagnostics.find((d) => d.code === 'missing-pain')!
      const value = await hoverText(uri, missingPain.range.start.line, 3)
      const meta = metaOf('missing-pain')
      assert.ok(meta.examples.invalid[0].includes('\n') && meta.examples.valid[0].includes('\n'), 'the rule’s examples are whole documents')
      assert.ok(value.includes(`✗ **Weak**\n\n\`\`\`markdown\n${meta.examples.invalid[0]}\n\`\`\``), value)
      assert.ok(value.includes(`✓ **Strong**\n\n\`\`\`markdown\n${meta.examples.valid[0]}\n\`\`\``), value)
      assert.match(value, /\*\*Why it weakens the copy:\*\* .*pain/)
      assert.ok(!value.includes('“# '), 'no example squeezed into quotes')
    })

    it('show a one-line example as a blockquote, with the why and the doc link', async () => {
      const text = 'Our seamless sync keeps your ledgers in step.\n'
      const {uri, published} = session.client.open(join(session.dir, 'line.md'), text)
      const {diagnostics} = await published
      const seamless = diagnostics.find((d) => d.code === 'vague-claim')!
      const value = await hoverText(uri, 0, seamless.range.start.character + 2)
      const meta = metaOf('vague-claim')
      const weak = meta.examples.invalid.find((e) => e.includes('seamless'))!
      assert.ok(value.includes(`✗ **Weak**\n\n> ${weak}\n`), value)
      assert.ok(value.includes(`✓ **Strong**\n\n> ${meta.examples.valid[0]}\n`), value)
      assert.match(value, /\*\*Why it weakens the copy:\*\* \S/)
      assert.ok(value.includes(`(${seamless.codeDescription!.href})`), value)
    })

    it('show the why of a rule whose findings carry no note: its description', async () => {
      const text = '<!-- pitchlint-disable-next-line vauge-claim -->\nWe meet on Tuesdays.\n'
      const {uri, published} = session.client.open(join(session.dir, 'directive.md'), text)
      const {diagnostics} = await published
      assert.ok(diagnostics.some((d) => d.code === 'invalid-disable-comment'), JSON.stringify(diagnostics))
      const value = await hoverText(uri, 0, 10)
      assert.ok(value.includes(`**Why it weakens the copy:** `), value)
      // A comment as an example would render as nothing in a quote: it is fenced.
      assert.ok(value.includes(`\`\`\`markdown\n${metaOf('invalid-disable-comment').examples.invalid[0]}\n\`\`\``), value)
    })
  })

  describe('coverage lenses', () => {
    /**
     * Every "pain ✗" either says "missing" with a `missing-pain` finding on its line or
     * on the line it names, or says in parentheses why there is none; every ✗ has a word
     * beside it; and no line has two lenses.
     */
    function assertAgree(lenses: CodeLens[], diagnostics: Diagnostic[]): void {
      const painLines = new Set(diagnostics.filter((d) => d.code === 'missing-pain').map((d) => d.range.start.line))
      const lines = lenses.map((lens) => lens.range.start.line)
      assert.equal(new Set(lines).size, lines.length, `one lens per line: ${lines.join(', ')}`)
      for (const lens of lenses) {
        // A profiled document's lens ends with the profile's checklist (test/server/profiles.test.ts).
        const title = lens.command!.title.split(' | ')[0]!
        for (const element of title.replace(/^Messaging coverage: /, '').split(' · ')) {
          assert.match(element, /^(?:pain|outcome|proof) (?:✓|✗ missing\b|✗ \(.+\))/, title)
        }
        const pain = /pain ✗ (missing(?: \(reported on line (\d+))?|\((.+?)\))/.exec(title)
        if (!pain) continue
        if (pain[1].startsWith('missing')) {
          const line = pain[2] ? Number(pain[2]) - 1 : lens.range.start.line
          assert.ok(painLines.has(line), `"${title}" on line ${lens.range.start.line + 1}, but no missing-pain finding on line ${line + 1}`)
        } else {
          assert.ok(!painLines.has(lens.range.start.line), `"${title}" explains away a finding on its own line`)
        }
      }
      for (const line of painLines) {
        const lens = lenses.find((l) => l.range.start.line === line)
        if (lens) assert.match(lens.command!.title, /pain ✗ missing/, `the finding on line ${line + 1} and its lens agree`)
      }
    }

    it('say "pain ✗ missing" where the finding is, and point to it from the sections it covers', async () => {
      const {uri, published} = session.client.open(join(session.dir, 'pitch.md'), NO_PAIN)
      const {diagnostics} = await published
      const lenses = await lensesOf(uri)
      assertAgree(lenses, diagnostics)
      assert.deepEqual(
        lenses.map((l) => [l.range.start.line, l.command!.title.replace(/ · outcome.*/, '')]),
        [
          // The title section holds the whole document: its lens would repeat this one.
          [0, 'Messaging coverage: pain ✗ missing'],
          [2, 'pain ✗ missing (reported on line 1 for all of the document)'],
          [8, 'pain ✗ missing (reported on line 1 for all of the document)'],
        ],
      )
    })

    it('say why a section without a pain has no finding: how-to sections, and long documents judged by section', async () => {
      const {uri, published} = session.client.open(join(session.dir, 'long.md'), LONG)
      const {diagnostics} = await published
      const lenses = await lensesOf(uri)
      assertAgree(lenses, diagnostics)
      const titles = new Map(lenses.map((l) => [l.range.start.line, l.command!.title]))
      assert.match(titles.get(0)!, /^Messaging coverage: pain ✗ \(checked section by section\)/)
      assert.match(titles.get(2)!, /^pain ✗ missing · /)
      assert.match(titles.get(9)!, /^pain ✗ \(not a selling section\) · outcome ✓/)
      assert.deepEqual(diagnostics.filter((d) => d.code === 'missing-pain').map((d) => d.range.start.line), [2])
    })

    it('say when missing-pain is off, or disabled by a comment', async () => {
      writeFileSync(join(session.dir, '.pitchlintrc.json'), '{"rules": {"missing-pain": "off"}}\n')
      const off = session.client.open(join(session.dir, 'off.md'), NO_PAIN)
      assertAgree(await lensesOf(off.uri), (await off.published).diagnostics)
      assert.match((await lensesOf(off.uri))[0].command!.title, /^Messaging coverage: pain ✗ \(missing-pain is off\)/)

      const other = workspace()
      const client2 = await startServer({folders: [other]})
      try {
        const text = `<!-- pitchlint-disable-next-line missing-pain -->\n${NO_PAIN}`
        const disabled = client2.open(join(other, 'disabled.md'), text)
        const {diagnostics} = await disabled.published
        const lenses = (await client2.connection.sendRequest(CodeLensRequest.type, {textDocument: {uri: disabled.uri}}))!
        assertAgree(lenses, diagnostics)
        assert.ok(lenses.every((l) => l.command!.title.includes('pain ✗ (missing-pain disabled here)')), lenses.map((l) => l.command!.title).join('\n'))
      } finally {
        await client2.shutdown()
      }
    })

    it('agree with the findings on every bundled example', async () => {
      for (const name of readdirSync('examples').filter((file) => file.endsWith('.md'))) {
        const text = readFileSync(join('examples', name), 'utf8')
        const {uri, published} = session.client.open(join(session.dir, name), text)
        const {diagnostics} = await published
        const lenses = await lensesOf(uri)
        assert.ok(lenses.length > 0, name)
        assertAgree(lenses, diagnostics)
      }
    })

    // A document of thousands of sections gets lenses on its first ones only, whether it
    // lints on the main thread or (with a chunk too long to lint between requests) in the worker.
    for (const where of ['on the main thread', 'in the lint worker']) {
      it(`stop after the first ${MAX_COVERAGE_ENTRIES} coverage entries ${where}`, async () => {
        const sections = Array.from({length: MAX_COVERAGE_ENTRIES + 200}, (_, i) => `## Part ${i + 1}\n\nOur seamless sync keeps your ledgers in step.\n`)
        const longChunk = where === 'in the lint worker' ? `\n${'The team meets on Tuesdays to plan the week. '.repeat(400)}\n` : ''
        const text = sections.join('\n') + longChunk
        const {uri, published} = session.client.open(join(session.dir, `sections-${longChunk ? 'worker' : 'main'}.md`), text)
        await published
        const lenses = await lensesOf(uri)
        const lines = lenses.map((lens) => lens.range.start.line)
        const lineOfPart = (n: number) => text.split('\n').indexOf(`## Part ${n}`)
        assert.ok(lenses.length <= MAX_COVERAGE_ENTRIES && lenses.length >= MAX_COVERAGE_ENTRIES - 1, `${lenses.length} lenses`)
        assert.ok(lines.includes(lineOfPart(2)) && lines.includes(lineOfPart(MAX_COVERAGE_ENTRIES - 1)), 'the first sections have their lenses')
        assert.ok(!lines.includes(lineOfPart(MAX_COVERAGE_ENTRIES + 1)), 'no lens past the limit')
      })
    }
  })

  describe('code actions for a whole line (as Neovim asks)', () => {
    const LINE = 'Our seamless, robust sync is the fastest way to really very quickly close the books.\n'

    async function lineActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
      return (await session.client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: {uri},
        range: {start: {line: 0, character: 0}, end: {line: 0, character: LINE.length - 1}},
        context: {diagnostics},
      })) as CodeAction[]
    }

    it('list each rule’s actions once, and each finding’s fixes once', async () => {
      const {uri, published} = session.client.open(join(session.dir, 'line.md'), LINE)
      const {diagnostics} = await published
      const byRule = (id: string) => diagnostics.filter((d) => d.code === id)
      assert.equal(byRule('vague-claim').length, 2, JSON.stringify(diagnostics))
      assert.ok(byRule('unproven-claim').length >= 1 && byRule('intensifier').length === 2, JSON.stringify(diagnostics))

      // Neovim 0.7 sends every diagnostic of the line; a session.client may even repeat one.
      const actions = await lineActions(uri, [...diagnostics, ...diagnostics])
      const titles = actions.map((a) => a.title)
      assert.equal(new Set(titles).size, titles.length, `no title twice:\n${titles.join('\n')}`)
      for (const rule of new Set(diagnostics.map((d) => String(d.code)))) {
        assert.equal(titles.filter((t) => t === `Disable ${rule} for this line`).length, 1, rule)
        assert.equal(titles.filter((t) => t === `Learn more about ${rule}`).length, 1, rule)
        const disable = actions.find((a) => a.title === `Disable ${rule} for this line`)!
        assert.equal(disable.diagnostics!.length, byRule(rule).length, 'the one comment silences all of the rule’s findings on the line')
      }
      assert.deepEqual(titles.filter((t) => t.startsWith('Allow')).sort(), ['Allow “really” in this workspace', 'Allow “robust” in this workspace', 'Allow “seamless” in this workspace', 'Allow “very” in this workspace'])

      // Each vague-claim finding's rewrites, once each: the same as asking for it alone.
      for (const finding of byRule('vague-claim')) {
        const alone = (await lineActions(uri, [finding])).filter((a) => a.edit && !a.title.startsWith('Disable')).map((a) => a.title)
        assert.ok(alone.length > 0)
        for (const title of alone) assert.equal(titles.filter((t) => t === title).length, 1, title)
      }
      // "really very": one deletion covers the run, so one fix for the two findings.
      const fixes = actions.filter((a) => a.isPreferred)
      assert.equal(fixes.length, 1, titles.join('\n'))
      assert.equal(fixes[0].diagnostics!.length, 2)
    })

    it('name where each one applies when two findings offer the same rewrite', async () => {
      const text = 'Our seamless sync and seamless search.\n'
      const {uri, published} = session.client.open(join(session.dir, 'twice.md'), text)
      const {diagnostics} = await published
      assert.equal(diagnostics.filter((d) => d.code === 'vague-claim').length, 2)
      const actions = (await session.client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: {uri},
        range: {start: {line: 0, character: 0}, end: {line: 0, character: text.length - 1}},
        context: {diagnostics},
      })) as CodeAction[]
      const titles = actions.map((a) => a.title)
      assert.equal(new Set(titles).size, titles.length, titles.join('\n'))
      const rewrites = titles.filter((t) => t.startsWith('Replace'))
      assert.ok(rewrites.some((t) => t.endsWith('(at 1:5)')) && rewrites.some((t) => t.endsWith('(at 1:23)')), rewrites.join('\n'))
      assert.equal(titles.filter((t) => t.startsWith('Allow')).length, 1)
    })
  })

  describe('output channel', () => {
    it('logs the config file each document uses, once, and again when it changes', async () => {
      const logs = recordLevels(session.client)
      const configPath = join(session.dir, '.pitchlintrc.json')
      writeFileSync(configPath, '{"rules": {"intensifier": "off"}}\n')
      const path = join(session.dir, 'pitch.md')
      const {uri, published} = session.client.open(path, 'Our seamless sync.\n')
      await published
      let mark = session.client.diagnostics.length
      const version = session.client.change(uri, 'Our seamless sync keeps you in step.\n')
      await session.client.nextDiagnostics(uri, mark, (p) => p.version === version)
      const uses = (what: RegExp) => logs.filter((l) => l.message.includes(path) && what.test(l.message))
      assert.deepEqual(uses(/uses config/).map((l) => [l.type, l.message]), [[MessageType.Info, `pitchlint: ${path} uses config ${configPath}`]])

      mark = session.client.diagnostics.length
      writeFileSync(configPath, '{"rules": {"intensifier": "warn"}}\n')
      await session.client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {changes: [{uri: URI.file(configPath).toString(), type: FileChangeType.Changed}]})
      await session.client.nextDiagnostics(uri, mark)
      await session.client.until('the new config logged', () => uses(/now uses config/).length > 0)
      assert.equal(uses(/uses config/).length, 2)

      const bare = workspace()
      const elsewhere = join(bare, 'loose.md')
      await session.client.open(elsewhere, 'Our seamless sync.\n').published
      await session.client.until('the defaults logged', () => logs.find((l) => l.message === `pitchlint: ${elsewhere} uses the default rules: no config file found from its folder up`))
    })

    it('names the config from the configPath setting as such', async () => {
      const logs = recordLevels(session.client)
      writeFileSync(join(session.dir, 'team.yaml'), 'rules:\n  vague-claim: error\n')
      session.client.settings = {configPath: 'team.yaml'}
      const path = join(session.dir, 'pitch.md')
      await session.client.open(path, 'Our seamless sync.\n').published
      await session.client.until('the config logged', () => logs.find((l) => l.message === `pitchlint: ${path} uses config ${join(session.dir, 'team.yaml')} (the pitchlint.configPath setting)`))
    })

    it('logs a failing request with its stack', async () => {
      const logs = recordLevels(session.client)
      const answer = await session.client.connection.sendRequest(HoverRequest.type, {textDocument: null, position: {line: 0, character: 0}} as never)
      assert.equal(answer, null)
      const line = await session.client.until('the error logged', () => logs.find((l) => l.message.startsWith('pitchlint: hover failed: ')))
      assert.equal(line.type, MessageType.Error)
      assert.match(line.message, /\n\s+at /, 'with the stack')
    })
  })
})

describe('output channel: slow lints', function () {
  this.timeout(60000)
  let server: string
  // A function: the bundle is built in `before`, after this line runs.
  const session = serverPerTest(() => ({server}))

  before(async () => {
    // The real server around a lint that sleeps 300 ms on request: slow on any machine.
    server = join(tempDir('pitchlint-slow-server-'), 'slow-server.js')
    const contents = `
      import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
      import {lint} from './rules/src/index'
      import {startServer} from './server/src/start'
      startServer(createConnection(ProposedFeatures.all), {
        lint(text, options) {
          if (text.includes('SLOW-LINT')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300)
          if (text.includes('SLOWISH-LINT')) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60)
          return lint(text, options)
        },
      })`
    await build({
      stdin: {contents, resolveDir: resolve('.'), sourcefile: 'slow-server.ts', loader: 'ts'},
      outfile: server,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'warning',
      define: {'import.meta.url': '__importMetaUrl'},
      banner: {js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;"},
    })
  })

  it('still lints a document that waits for pauses while typing goes on without one', async () => {
    // Every lint of this document takes over 60 ms (slow: it waits for a pause in typing) and
    // finishes before the next key, 150 ms later. Keys come for 4.5 s without a 200 ms pause.
    const {uri, published} = session.client.open(join(session.dir, 'typing.md'), 'Our seamless sync. SLOWISH-LINT\n')
    await published
    let at = session.client.text(uri).length
    let version = 1
    const KEYS = 30
    for (let key = 0; key < KEYS; key++) {
      version = session.client.edit(uri, at, at, 'x')
      at++
      await new Promise((resolve) => setTimeout(resolve, 150))
    }
    // The versions published while the keys came, besides the opening's and the last key's.
    const whileTyping = session.client.diagnostics.filter((p) => p.uri === uri && p.version! > 2 && p.version! < version).map((p) => p.version)
    assert.ok(whileTyping.length >= 2, `diagnostics while typing: versions ${whileTyping.join(', ') || 'none'} of ${version}`)
  })

  it('logs a lint over 200 ms at info level, with the time, the findings and the size', async () => {
    const logs = recordLevels(session.client)
    const path = join(session.dir, 'slow.md')
    const text = 'Our seamless sync. SLOW-LINT\n'
    await session.client.open(path, text).published
    const line = await session.client.until('the slow lint logged', () => session.client.logs.find((l) => l.startsWith('pitchlint: slow lint')))
    const match = /^pitchlint: slow lint \(over 200 ms\): linted (.+) v1 in (\d+) ms: (\d+) findings, (\d+) characters$/.exec(line)
    assert.ok(match, line)
    assert.equal(match[1], path)
    assert.ok(Number(match[2]) >= 300)
    assert.equal(Number(match[4]), text.length)
    assert.equal(logs.find((l) => l.message === line)?.type, MessageType.Info)
  })
})
