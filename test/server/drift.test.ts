// Diagnostics never drift: whatever edits arrive, however fast and across however many
// open documents, each document ends with the diagnostics (and quick fixes) of a cold
// lint of its final text. The server re-lints only what an edit touched and reuses the
// rest, so this is a property over generated edit sequences (fast-check), driven through
// the real built server over JSON-RPC, as an editor would: pastes, multi-cursor edits,
// deletions across lines, list markers, inline code and emphasis inserted anywhere.
//
// The sequences share one server and its five open documents, as an editor session
// would. A failure prints the seed and the shrunk sequence; `DRIFT_SEED=<seed>` replays
// the run from its first sequence (a race in the server may need a few tries to show
// again), and `DRIFT_RUNS=<n>` changes how many sequences a run makes (1,000).

import assert from 'node:assert/strict'
import {join} from 'node:path'
import fc from 'fast-check'
import {CodeActionRequest, type CodeAction, type Diagnostic, type PublishDiagnosticsParams} from 'vscode-languageserver-protocol'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {ChunkCache, lint, type Finding} from '../../rules/src/index'
import {codeActions} from '../../server/src/code-actions'
import {toDiagnostic} from '../../server/src/diagnostics'
import type {LintSnapshot} from '../../server/src/linter'
import {serverPerSuite} from '../helpers/lsp'

const DOCUMENTS = 5
const RUNS = Number(process.env.DRIFT_RUNS ?? 1000)
const SEED = process.env.DRIFT_SEED === undefined ? undefined : Number(process.env.DRIFT_SEED)

/** Blocks of our own sales copy that documents are made of: every construct the chunker and the rules care about. */
const BLOCKS = [
  '# Acme vs Globex',
  '## Why teams switch',
  '### Objections',
  'Our platform is a seamless way to sync invoices.',
  'Acme is the best-in-class tool for very busy finance teams.',
  'Teams close the books 3x faster[^1].',
  '[^1]: Survey of 40 customers, 2025.',
  'See the [benchmark][bench] before the call.',
  '[bench]: https://example.com/bench',
  'It is really robust and extremely easy to use.',
  'Controllers lose two days a month chasing receipts.',
  'Run `acme sync --all` to remove *very* slow exports and **really** manual steps.',
  '- Real-time dashboards\n- Seamless sync with `NetSuite`\n  - very fast exports',
  '1. Import your ledger.\n2. It is the fastest way to reconcile.',
  '> “It saved us hours,” says a controller.',
  '| | Acme | Globex |\n| --- | --- | --- |\n| Setup | seamless, best-in-class | days of work |',
  '```\nseamless code stays code\n```',
  '<!-- pitchlint-disable-next-line vague-claim -->\nA seamless, robust engine.',
  'Globex is a very flexible, powerful suite.',
]

/** What a typist inserts, a key at a time. */
const KEYS = ['x', 'e', ' ', '.', ',', '\n', '\n', '-', '*', '`', '_', '#', '>', '|', '[', ']']
/** What a paste, a snippet or a multi-cursor edit inserts. */
const PASTES = [
  '\n\n', '- ', '* ', '1. ', '  - ', '> ', '# ', '`sync`', '**', '_very_', '*seamless*', '```',
  ' seamless', ' best-in-class', ' very', ' really', ' the fastest', '[^1]', ' [benchmark][bench]',
  '\n\nOur seamless, best-in-class engine is very fast.\n\n',
  '\n- Seamless onboarding\n- Very robust exports\n',
  'It is the most powerful, very seamless suite. ',
  '\n\n[^1]: Survey of 40 customers, 2025.\n',
]

const documentText = fc.array(fc.constantFrom(...BLOCKS), {minLength: 2, maxLength: 7}).map((blocks) => blocks.join('\n\n') + '\n')

/**
 * One place in a document, as a fraction of its length (documents change length as edits
 * arrive): anywhere alike, and now and then its very start or end. (fast-check's own
 * bias would put most edits at the start.)
 */
const at = fc.oneof({weight: 9, arbitrary: fc.noBias(fc.integer({min: 0, max: 9999})).map((n) => n / 10000)}, {weight: 1, arbitrary: fc.constantFrom(0, 0.9999)})

interface Change {
  at: number
  remove: number
  insert: string
  /**
   * Rewrapping: the next line break from `at` becomes a space (join), or the next space a
   * line break (split). The text keeps its length; the lines below it move.
   */
  rewrap?: 'join' | 'split'
}

const change: fc.Arbitrary<Change> = fc.oneof(
  {weight: 6, arbitrary: fc.record({at, remove: fc.constant(0), insert: fc.constantFrom(...KEYS)})},
  {weight: 2, arbitrary: fc.record({at, remove: fc.integer({min: 1, max: 3}), insert: fc.constant('')})},
  // Deleting a selection across lines, or pasting over one.
  {weight: 2, arbitrary: fc.record({at, remove: fc.integer({min: 0, max: 60}), insert: fc.oneof(fc.constant(''), fc.constantFrom(...PASTES))})},
  // Overtyping: the length stays.
  {weight: 1, arbitrary: fc.string({unit: fc.constantFrom(' ', '\n', 'x', '-', '*', '`'), minLength: 1, maxLength: 3}).chain((insert) => fc.record({at, remove: fc.constant(insert.length), insert: fc.constant(insert)}))},
  {weight: 1, arbitrary: fc.record({at, remove: fc.constant(0), insert: fc.constant(''), rewrap: fc.constantFrom('join' as const, 'split' as const)})},
)

type Step =
  | {kind: 'edit'; document: number; changes: Change[]}
  | {kind: 'settle'; document: number}
  | {kind: 'sleep'; ms: number}

const rewrap = fc.record({at, remove: fc.constant(0), insert: fc.constant(''), rewrap: fc.constantFrom('join' as const, 'split' as const)})
const documentIndex = fc.nat(DOCUMENTS - 1)

const step: fc.Arbitrary<Step> = fc.oneof(
  {weight: 8, arbitrary: fc.record({kind: fc.constant('edit' as const), document: documentIndex, changes: fc.array(change, {minLength: 1, maxLength: 1})})},
  // Multi-cursor typing, or a paste over several selections: several changes in one notification.
  {weight: 3, arbitrary: fc.record({kind: fc.constant('edit' as const), document: documentIndex, changes: fc.array(change, {minLength: 2, maxLength: 4})})},
  // A formatter that wraps prose: the editor sends its line breaks moved as small edits, in one notification.
  {weight: 1, arbitrary: fc.record({kind: fc.constant('edit' as const), document: documentIndex, changes: fc.array(rewrap, {minLength: 2, maxLength: 6})})},
  // A pause long enough for that document's lint to complete: caches fill and are reused after.
  {weight: 2, arbitrary: fc.record({kind: fc.constant('settle' as const), document: documentIndex})},
  {weight: 1, arbitrary: fc.record({kind: fc.constant('sleep' as const), ms: fc.integer({min: 0, max: 15})})},
)

const scenario = fc.record({
  texts: fc.array(documentText, {minLength: DOCUMENTS, maxLength: DOCUMENTS}),
  steps: fc.array(step, {minLength: 1, maxLength: 20}),
})

/** Offsets of one change in `text` (which holds no surrogate pairs an edit could split). */
function placed(text: string, {at, remove, insert, rewrap}: Change): {start: number; end: number; insert: string} {
  const start = Math.floor(at * (text.length + 1))
  if (rewrap) {
    const found = text.indexOf(rewrap === 'join' ? '\n' : ' ', start)
    return found === -1 ? {start, end: start, insert: ''} : {start: found, end: found + 1, insert: rewrap === 'join' ? ' ' : '\n'}
  }
  return {start, end: Math.min(text.length, start + remove), insert}
}

function key(diagnostic: Pick<Diagnostic, 'range' | 'code' | 'message' | 'severity' | 'data'>): string {
  const {start, end} = diagnostic.range
  return `${start.line}:${start.character}-${end.line}:${end.character} ${diagnostic.code ?? ''} ${diagnostic.severity} ${diagnostic.message} ${JSON.stringify(diagnostic.data ?? null)}`
}

/** Cold findings by text: a document is checked at every pause, mostly unchanged since the last. */
const coldFindings = new Map<string, Finding[]>()

function coldLint(text: string, version: number): {document: TextDocument; findings: Finding[]; diagnostics: Diagnostic[]} {
  const document = TextDocument.create('file:///cold.md', 'markdown', version, text)
  if (coldFindings.size > 1000) coldFindings.clear()
  let findings = coldFindings.get(text)
  if (!findings) {
    findings = lint(text, {filePath: '/cold.md'}).findings
    coldFindings.set(text, findings)
  }
  return {document, findings, diagnostics: findings.map((finding) => toDiagnostic(finding, document, version))}
}

/** The quick fixes that edit the document, as the server would offer them from a cold lint's findings. */
function coldActions(document: TextDocument, findings: Finding[], diagnostics: Diagnostic[]): CodeAction[] {
  const snapshot = {syntax: 'markdown', result: {findings, total: findings.length, notices: [], coverage: []}} as unknown as LintSnapshot
  const range = {start: {line: 0, character: 0}, end: document.positionAt(document.getText().length)}
  return codeActions({textDocument: {uri: document.uri}, range, context: {diagnostics}}, {document, snapshot, documentChanges: false, allowTerm: () => undefined})
}

/** Actions compared by what they do to the text (commands, such as "Allow" and "Learn more", depend on the workspace). */
function editsOf(actions: readonly CodeAction[], uri: string): string[] {
  return actions.filter((action) => action.edit).map((action) => `${action.title} ${JSON.stringify(action.edit!.changes?.[uri] ?? action.edit!.documentChanges)}`)
}

describe('diagnostics never drift from a cold lint', function () {
  this.timeout(600000)
  const session = serverPerSuite({capabilities: {textDocument: {publishDiagnostics: {versionSupport: true}}}})
  /** The open documents: they stay open from one sequence to the next, as in an editor, caches and all. */
  let uris: string[] = []

  before(() => {
    uris = Array.from({length: DOCUMENTS}, (_, index) => session.client.open(join(session.dir, `doc-${index}.md`), BLOCKS[index]).uri)
  })

  async function settle(uri: string): Promise<void> {
    await session.client.until(`diagnostics for ${uri} v${session.client.document(uri).version}`, () => isPublished(uri), 30000)
  }

  function isPublished(uri: string): boolean {
    const version = session.client.document(uri).version
    return session.client.diagnostics.some((p) => p.uri === uri && p.version === version)
  }

  /** The diagnostics published for the document's current version equal a cold lint's. */
  function assertDiagnosticsOf(uri: string): {cold: ReturnType<typeof coldLint>; published: PublishDiagnosticsParams} {
    const document = session.client.document(uri)
    const cold = coldLint(document.getText(), document.version)
    const published = session.client.diagnostics.filter((p) => p.uri === uri && p.version === document.version).pop()!
    assert.deepEqual(published.diagnostics.map(key).sort(), cold.diagnostics.map(key).sort(), `diagnostics of ${uri} v${document.version}:\n${document.getText()}`)
    return {cold, published}
  }

  async function runScenario({texts, steps}: {texts: string[]; steps: Step[]}): Promise<void> {
    session.client.diagnostics.length = 0
    // Each sequence starts from its own texts (a whole-text change, as a checkout or a
    // formatter sends), with whatever the server kept from the sequences before.
    texts.forEach((text, index) => session.client.change(uris[index], text))
    for (const current of steps) {
      if (current.kind === 'sleep') await new Promise((resolve) => setTimeout(resolve, current.ms))
      else if (current.kind === 'settle') {
        // What the writer sees in a pause must already be right, not only at the end: in
        // this document, and in every other whose current version has been published.
        await settle(uris[current.document])
        for (const uri of uris) if (isPublished(uri)) assertDiagnosticsOf(uri)
      }
      else {
        const uri = uris[current.document]
        let text = session.client.text(uri)
        const edits = current.changes.map((c) => {
          const edit = placed(text, c)
          text = text.slice(0, edit.start) + edit.insert + text.slice(edit.end)
          return edit
        })
        session.client.editMany(uri, edits)
      }
    }
    for (const uri of uris) await settle(uri)
    for (const uri of uris) {
      const document = session.client.document(uri)
      const {cold, published} = assertDiagnosticsOf(uri)
      const range = {start: {line: 0, character: 0}, end: document.positionAt(document.getText().length)}
      const actions = (await session.client.connection.sendRequest(CodeActionRequest.type, {textDocument: {uri}, range, context: {diagnostics: published.diagnostics}})) as CodeAction[]
      const expected = coldActions(TextDocument.create(uri, 'markdown', document.version, document.getText()), cold.findings, published.diagnostics)
      assert.deepEqual(editsOf(actions, uri).sort(), editsOf(expected, uri).sort(), `quick fixes of ${uri} v${document.version}`)
    }
    // Nothing stale arrives after the final version's diagnostics.
    for (const uri of uris) assert.equal(session.client.lastDiagnostics(uri)?.version, session.client.document(uri).version, `the last diagnostics published for ${uri}`)
  }

  it('in the server, over many documents edited quickly', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, (value) => runScenario(value)),
      {numRuns: RUNS, ...(SEED !== undefined && {seed: SEED})},
    )
  })

  it('in the core, with a chunk cache kept across versions', () => {
    // The same sequences through `lint` with one cache per document, every version
    // linted: a drift here is in the core's caches, not in the server.
    fc.assert(
      fc.property(scenario, ({texts, steps}) => {
        const caches = texts.map(() => new ChunkCache())
        const current = [...texts]
        current.forEach((text, index) => lint(text, {filePath: '/doc.md', cache: caches[index]}))
        for (const s of steps) {
          if (s.kind !== 'edit') continue
          for (const c of s.changes) {
            const {start, end, insert} = placed(current[s.document], c)
            current[s.document] = current[s.document].slice(0, start) + insert + current[s.document].slice(end)
          }
          lint(current[s.document], {filePath: '/doc.md', cache: caches[s.document]})
        }
        current.forEach((text, index) => {
          const warm = lint(text, {filePath: '/doc.md', cache: caches[index]}).findings
          assert.deepEqual(JSON.parse(JSON.stringify(warm)), JSON.parse(JSON.stringify(lint(text, {filePath: '/doc.md'}).findings)), text)
        })
      }),
      // A quarter of the server's runs: each lints every version, and the server's runs cover these paths too.
      {numRuns: Math.ceil(RUNS / 4), ...(SEED !== undefined && {seed: SEED})},
    )
  })
})
