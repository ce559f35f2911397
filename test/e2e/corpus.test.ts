// Checks on the real corpus beside the repository (`../shared/corpus`, as in CI). Part of
// `npm run test:e2e`, which needs what a fresh clone alone does not have.

import assert from 'node:assert/strict'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {pitchlint} from '../helpers/cli'
import {CORPUS, countMarkdown} from '../helpers/corpus'
import {proseRanges} from '../helpers/prose-ranges'


describe('the real corpus', () => {
  before(() => {
    assert.ok(existsSync(CORPUS), `the corpus must be at ${CORPUS} (../shared beside the repository)`)
  })

  it('every file lints, and the run exits 0 or 1', function () {
    this.timeout(240000)
    const run = pitchlint(['--format', 'json', CORPUS], {timeout: 230000})
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`)
    assert.equal(run.stderr, '')
    const reports = JSON.parse(run.stdout) as Array<{filePath: string; messages: Array<{fatal?: boolean; message: string}>}>
    const markdown = countMarkdown(CORPUS)
    assert.equal(reports.length, markdown)
    const unlinted = reports.filter((r) => r.messages.some((m) => m.fatal && /^File not linted/.test(m.message)))
    assert.deepEqual(unlinted.map((r) => r.filePath), [])
  })

  it('chunked parsing sees the same prose as parsing each document whole', () => {
    const files = readdirSync(CORPUS).filter((d) => !d.includes('.')).flatMap((d) => readdirSync(join(CORPUS, d)).map((f) => join(CORPUS, d, f)))
    assert.ok(files.length > 100, `only ${files.length} files under ${CORPUS}`)
    // Every 8th file keeps this quick; the whole corpus runs in `npm run bench`.
    for (const file of files.filter((_, i) => i % 8 === 0)) {
      const text = readFileSync(file, 'utf8')
      assert.deepEqual(proseRanges(text, true), proseRanges(text, false), file)
    }
  })
})
