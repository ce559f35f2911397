// --shard for CI matrices, and the progress line for people at a terminal.

import assert from 'node:assert/strict'
import {pitchlint, pitchlintInTerminal, workspace} from '../helpers/cli'

const files: Record<string, string> = {}
for (let i = 0; i < 23; i++) files[`docs/${String.fromCharCode(97 + (i % 5))}/page-${i}.md`] = `Page ${i}: our seamless sync for your team.\n`

function linted(args: string[], cwd: string): string[] {
  const run = pitchlint(['--format', 'json', ...args], {cwd})
  assert.equal(run.status, 0, run.stderr)
  return JSON.parse(run.stdout).map((r: {filePath: string}) => r.filePath.slice(cwd.length + 1))
}

describe('--shard', () => {
  it('slices are disjoint, complete and the same every time', () => {
    const dir = workspace(files)
    const all = linted(['docs'], dir)
    assert.equal(all.length, 23)
    for (const count of [2, 3, 5]) {
      const slices = Array.from({length: count}, (_, i) => linted(['--shard', `${i + 1}/${count}`, 'docs'], dir))
      const union = slices.flat()
      assert.equal(new Set(union).size, union.length, `n=${count}: a file is in two shards`)
      assert.deepEqual([...union].sort(), [...all].sort(), `n=${count}: the shards together are every file`)
      assert.ok(slices.every((slice) => Math.abs(slice.length - 23 / count) < 1), `n=${count}: balanced`)
    }
    // More shards than files: the extra shards are empty, and that is not an error.
    const few = workspace({'a.md': 'A.\n', 'b.md': 'B.\n'})
    assert.deepEqual([1, 2, 3].map((i) => linted(['--shard', `${i}/3`, '.'], few)), [['a.md'], ['b.md'], []])
    assert.deepEqual(linted(['--shard', '2/3', 'docs'], dir), linted(['--shard', '2/3', 'docs'], dir))
    // Operand order does not change the slice.
    assert.deepEqual(linted(['--shard', '2/3', 'docs/e', 'docs/a', 'docs/c', 'docs/b', 'docs/d'], dir).sort(), linted(['--shard', '2/3', 'docs'], dir).sort())
  })

  it('a bad shard is a usage error', () => {
    for (const shard of ['0/3', '4/3', '1/0', 'two/3', '1']) {
      const run = pitchlint(['--shard', shard, 'examples'])
      assert.equal(run.status, 2, shard)
      assert.match(run.stderr, /--shard expects i\/n with 1 ≤ i ≤ n/)
    }
  })
})

describe('progress line', () => {
  it('is drawn on a terminal\'s stderr (after the delay) and erased at the end', () => {
    const dir = workspace(files)
    const run = pitchlintInTerminal(['--format', 'compact', 'docs'], {cwd: dir, env: {PITCHLINT_PROGRESS_DELAY_MS: '0'}})
    assert.equal(run.status, 0, run.stdout)
    assert.match(run.stdout, /\r\u001b\[2Kpitchlint: \d+\/23 files {2}docs\/[a-e]\/page-\d+\.md/)
    assert.match(run.stdout, /\r\u001b\[2K\S*docs\/a\/page-0\.md:1:/, 'erased before the report')
  })

  it('waits a second by default, so short runs show nothing', () => {
    const dir = workspace({'a.md': 'Our seamless sync.\n'})
    const run = pitchlintInTerminal(['--format', 'compact', 'a.md'], {cwd: dir})
    assert.doesNotMatch(run.stdout, /files {2}/)
  })

  it('never appears when stderr is not a terminal', () => {
    const dir = workspace(files)
    const run = pitchlint(['--format', 'compact', 'docs'], {cwd: dir, env: {PITCHLINT_PROGRESS_DELAY_MS: '0'}})
    assert.equal(run.status, 0)
    assert.equal(run.stderr, '')
    assert.doesNotMatch(run.stdout, /\u001b|files {2}/)
  })
})
