// The server re-lints only the chunks an edit touched and reuses the rest. Whatever
// the edits, its diagnostics must equal a cold lint of the final text.

import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Diagnostic} from 'vscode-languageserver-protocol'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {lint} from '../../rules/src/index'
import {startServer, workspace, type LspClient} from '../helpers/lsp'

function coldDiagnostics(text: string): string[] {
  const document = TextDocument.create('file:///cold.md', 'markdown', 1, text)
  return lint(text, {filePath: '/cold.md'})
    .findings.map((f) => `${document.positionAt(f.range[0]).line}:${document.positionAt(f.range[0]).character}-${document.positionAt(f.range[1]).line}:${document.positionAt(f.range[1]).character} ${f.ruleId} ${f.message}`)
    .sort()
}

function published(diagnostics: Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => d.code !== undefined)
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`)
    .sort()
}

/** A small deterministic random generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

describe('incremental linting in the server', function () {
  this.timeout(120000)
  let client: LspClient
  const dir = workspace()

  before(async () => {
    client = await startServer({folders: [dir]})
  })
  after(async () => {
    await client.shutdown()
  })

  it('ends with the diagnostics of a cold lint after many edits', async () => {
    const base = ['battlecard.md', 'positioning.md', 'outbound-email.md', 'call-script.md'].map((name) => readFileSync(join('examples', name), 'utf8')).join('\n\n')
    const {uri, published: first} = client.open(join(dir, 'doc.md'), base)
    await first
    const next = random(7)
    // Typing, deleting words, splitting and joining paragraphs (which moves chunk
    // boundaries), and inserting claims: each edit waits for its diagnostics.
    const edits = ['x', ' seamless', '\n\n', ' the fastest way to close', '', '\n\n- Real-time dashboards\n', '', '#', ' robust']
    let version = 1
    for (let i = 0; i < 60; i++) {
      const text = client.text(uri)
      const start = Math.floor(next() * text.length)
      const insert = edits[Math.floor(next() * edits.length)]
      const end = insert === '' ? Math.min(text.length, start + 1 + Math.floor(next() * 12)) : start
      const mark = client.diagnostics.length
      version = client.edit(uri, start, end, insert)
      await client.nextDiagnostics(uri, mark, (p) => p.version === version)
    }
    const last = client.diagnostics.filter((p) => p.uri === uri && p.version === version).pop()!
    assert.deepEqual(published(last.diagnostics), coldDiagnostics(client.text(uri)))
  })
})
