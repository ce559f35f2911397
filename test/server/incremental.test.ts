// The server re-lints only the chunks an edit touched and reuses the rest. Whatever
// the edits, its diagnostics must equal a cold lint of the final text.

import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Diagnostic} from 'vscode-languageserver-protocol'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {lint} from '../../rules/src/index'
import {serverPerSuite} from '../helpers/lsp'

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
  const session = serverPerSuite()

  it('ends with the diagnostics of a cold lint after many edits', async () => {
    const base = ['battlecard.md', 'positioning.md', 'outbound-email.md', 'call-script.md'].map((name) => readFileSync(join('examples', name), 'utf8')).join('\n\n')
    const {uri, published: first} = session.client.open(join(session.dir, 'doc.md'), base)
    await first
    const next = random(7)
    // Typing, deleting words, splitting and joining paragraphs (which moves chunk
    // boundaries), and inserting claims: each edit waits for its diagnostics.
    const edits = ['x', ' seamless', '\n\n', ' the fastest way to close', '', '\n\n- Real-time dashboards\n', '', '#', ' robust']
    let version = 1
    for (let i = 0; i < 60; i++) {
      const text = session.client.text(uri)
      const start = Math.floor(next() * text.length)
      const insert = edits[Math.floor(next() * edits.length)]
      const end = insert === '' ? Math.min(text.length, start + 1 + Math.floor(next() * 12)) : start
      const mark = session.client.diagnostics.length
      version = session.client.edit(uri, start, end, insert)
      await session.client.nextDiagnostics(uri, mark, (p) => p.version === version)
    }
    const last = session.client.diagnostics.filter((p) => p.uri === uri && p.version === version).pop()!
    assert.deepEqual(published(last.diagnostics), coldDiagnostics(session.client.text(uri)))
  })

  it('updates diagnostics while typing starts right after opening a 100 KB document', async () => {
    const examples = ['battlecard.md', 'positioning.md', 'outbound-email.md', 'call-script.md'].map((name) => readFileSync(join('examples', name), 'utf8'))
    const parts: string[] = []
    for (let n = 1, size = 0; size < 100 * 1024; n++) {
      // Numbered headings keep every chunk distinct, as in a real battlecard.
      const part = examples[n % examples.length].replace(/^(#+ .*)$/gm, `$1 (part ${n})`)
      parts.push(part)
      size += part.length + 2
    }
    const {uri} = session.client.open(join(session.dir, 'battlecard.md'), parts.join('\n\n'))
    // A key every 120 ms from the moment the document opens, never waiting for the opening lint.
    const KEYS = 20
    let at = session.client.text(uri).indexOf('\n\n', session.client.text(uri).length / 2)
    let version = 1
    let publishedBeforeLastKey: number[] = []
    for (let key = 0; key < KEYS; key++) {
      if (key === KEYS - 1) publishedBeforeLastKey = session.client.diagnostics.filter((p) => p.uri === uri).map((p) => p.version!)
      version = session.client.edit(uri, at, at, 'x')
      at++
      await new Promise((resolve) => setTimeout(resolve, 120))
    }
    const intermediate = publishedBeforeLastKey.filter((v) => v > 1)
    assert.ok(intermediate.length > 0, `diagnostics arrived while typing: versions ${publishedBeforeLastKey.join(', ') || 'none'} before the last of ${KEYS} keys`)
    const last = await session.client.nextDiagnostics(uri, 0, (p) => p.version === version)
    assert.deepEqual(published(last.diagnostics), coldDiagnostics(session.client.text(uri)))
  })
})
