// --cache and --concurrency, from the real binary.

import assert from 'node:assert/strict'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pitchlint, workspace} from '../helpers/cli'

const DOC = 'Our seamless sync for your team is the fastest way to close.\n'

function lintJson(dir: string, args: string[] = []): Array<{filePath: string; messages: Array<{ruleId: string; message: string}>}> {
  const run = pitchlint(['--format', 'json', ...args, '.'], {cwd: dir})
  assert.ok(run.status === 0 || run.status === 1, run.stderr)
  return JSON.parse(run.stdout)
}

/** Marks the cached report of `file` so a later cache hit is visible in the output. */
function tamper(cacheFile: string, file: string): void {
  const cache = JSON.parse(readFileSync(cacheFile, 'utf8'))
  cache.files[file].report.messages[0].message = 'FROM THE CACHE'
  writeFileSync(cacheFile, JSON.stringify(cache))
}

describe('--cache', () => {
  it('reuses a report while the text, config and build are unchanged', () => {
    const dir = workspace({'a.md': DOC, 'b.md': DOC})
    const cold = lintJson(dir, ['--cache'])
    const cacheFile = join(dir, '.pitchlintcache')
    assert.ok(existsSync(cacheFile))
    tamper(cacheFile, join(dir, 'a.md'))
    const warm = lintJson(dir, ['--cache'])
    assert.equal(warm[0].messages[0].message, 'FROM THE CACHE')
    assert.deepEqual(warm[1], cold[1])
  })

  it('re-lints a file whose text changed', () => {
    const dir = workspace({'a.md': DOC})
    lintJson(dir, ['--cache'])
    tamper(join(dir, '.pitchlintcache'), join(dir, 'a.md'))
    writeFileSync(join(dir, 'a.md'), `${DOC}\nA best-in-class platform for you.\n`)
    const report = lintJson(dir, ['--cache'])[0]
    assert.ok(report.messages.every((m) => m.message !== 'FROM THE CACHE'))
    assert.ok(report.messages.some((m) => m.message.includes('“best-in-class”')))
  })

  it('is invalidated by a changed config', () => {
    const dir = workspace({'a.md': DOC})
    lintJson(dir, ['--cache'])
    tamper(join(dir, '.pitchlintcache'), join(dir, 'a.md'))
    writeFileSync(join(dir, '.pitchlintrc.json'), '{"rules": {"unproven-claim": "off"}}')
    const report = lintJson(dir, ['--cache'])[0]
    assert.deepEqual(report.messages.map((m) => m.ruleId), ['vague-claim'])
  })

  it('is invalidated by another pitchlint build or version', () => {
    const dir = workspace({'a.md': DOC})
    lintJson(dir, ['--cache'])
    const cacheFile = join(dir, '.pitchlintcache')
    tamper(cacheFile, join(dir, 'a.md'))
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'))
    cache.engine = '0.0.1+0000000000000000'
    writeFileSync(cacheFile, JSON.stringify(cache))
    assert.ok(lintJson(dir, ['--cache'])[0].messages.every((m) => m.message !== 'FROM THE CACHE'))
  })

  it('ignores and rewrites a corrupt cache file', () => {
    const dir = workspace({'a.md': DOC, '.pitchlintcache': '{"format": 1, "files": [trunc'})
    const report = lintJson(dir, ['--cache'])[0]
    assert.equal(report.messages.length, 2)
    assert.equal(JSON.parse(readFileSync(join(dir, '.pitchlintcache'), 'utf8')).format, 1)
  })

  it('--cache-location takes a file or a folder; --no-cache and --fix bypass it', () => {
    const dir = workspace({'a.md': DOC, 'cache/keep': ''})
    lintJson(dir, ['--cache', '--cache-location', 'cache'])
    assert.ok(existsSync(join(dir, 'cache', '.pitchlintcache')))
    lintJson(dir, ['--cache', '--cache-location', 'my.cache'])
    assert.ok(existsSync(join(dir, 'my.cache')))
    tamper(join(dir, 'my.cache'), join(dir, 'a.md'))
    assert.ok(lintJson(dir, ['--cache', '--no-cache', '--cache-location', 'my.cache'])[0].messages.every((m) => m.message !== 'FROM THE CACHE'))
  })
})

describe('--concurrency', () => {
  it('gives the same reports, in the same order, on several threads as on one', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 12; i++) files[`doc-${String(i).padStart(2, '0')}.md`] = `# Doc ${i}\n\n${DOC.repeat(i + 1)}\nA best-in-class platform for you. ${'x '.repeat(i * 200)}\n`
    const dir = workspace(files)
    const one = lintJson(dir, ['--concurrency', '1'])
    const three = lintJson(dir, ['--concurrency', '3'])
    assert.equal(one.length, 12)
    assert.deepEqual(three, one)
  })

  it('reports a config error from a worker like any other (exit 2)', () => {
    const dir = workspace({'a.md': DOC, 'b.md': DOC, 'sub/.pitchlintrc.json': '{"rules": {"vague-claim": "loud"}}', 'sub/c.md': DOC})
    const run = pitchlint(['--concurrency', '3', '.'], {cwd: dir})
    assert.equal(run.status, 2)
    assert.match(run.stderr, /invalid config .*\.pitchlintrc\.json:1:27: `rules\.vague-claim`/)
  })

  it('rejects a bad value', () => {
    const run = pitchlint(['--concurrency', 'many', '.'])
    assert.equal(run.status, 2)
    assert.match(run.stderr, /--concurrency expects a whole number of threads or `auto`/)
  })
})
