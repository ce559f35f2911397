// The built server stays responsive while it lints a hostile document: a 1 MB
// paragraph without a full stop, holding 100,000 lexicon terms, is one chunk, which the
// engine lints in one step, so it must lint off the main thread (server/src/linter.ts
// sends any document with a long chunk to the worker, not only documents of 1 MiB).
//
// No timing is asserted (a shared machine makes timed tests flaky). The order is: the
// hover on another document is answered before the hostile document's diagnostics
// arrive, which cannot happen if the lint blocks the thread that answers requests, since
// that lint takes seconds and the hover a few milliseconds.

import assert from 'node:assert/strict'
import {join} from 'node:path'
import {HoverRequest, type MarkupContent} from 'vscode-languageserver-protocol/node'
import {serverPerSuite} from '../helpers/lsp'

const TERMS = ['seamless', 'robust', 'best-in-class', 'cutting-edge', 'world-class', 'game-changing', 'next-generation', 'powerful', 'revolutionary', 'blazing fast']

/** One sentence of lexicon terms, just under a million characters (below the 1 MiB that sends any document to the worker). */
function hostileParagraph(): string {
  const words: string[] = []
  for (let i = 0, size = 0; size < 1_000_000 - 100; i++) size += (words[i] = `${TERMS[i % TERMS.length]}, `).length
  return `Our ${words.join('')}platform.\n`
}

describe('server: a hostile document', function () {
  this.timeout(180000)
  const session = serverPerSuite()

  it('does not delay a hover on another document; its own diagnostics follow', async () => {
    const hostile = session.client.open(join(session.dir, 'hostile.md'), hostileParagraph())
    // Waited for below with a longer timeout than `published` has.
    hostile.published.catch(() => undefined)
    const hostileArrived = session.client.until('the hostile document\'s diagnostics', () => session.client.diagnostics.some((p) => p.uri === hostile.uri) && performance.now(), 150000)
    const small = session.client.open(join(session.dir, 'small.md'), '# Pitch\n\nOur seamless sync keeps your ledgers in step.\n')
    await small.published
    const hover = await session.client.connection.sendRequest(HoverRequest.type, {textDocument: {uri: small.uri}, position: {line: 2, character: 6}})
    const hoverAnswered = performance.now()
    assert.match((hover?.contents as MarkupContent).value, /`vague-claim`/)
    assert.equal(
      session.client.diagnostics.some((p) => p.uri === hostile.uri),
      false,
      'the hover was answered while the hostile document was still linting',
    )
    // The hostile lint completes, and says what it found.
    const done = await hostileArrived
    assert.ok(done > hoverAnswered)
    const diagnostics = session.client.diagnostics.find((p) => p.uri === hostile.uri)!.diagnostics
    assert.ok(diagnostics.some((d) => d.code === 'vague-claim'), JSON.stringify(diagnostics.slice(0, 2)))
  })
})
