// The CLI's pure parts, where a fake clock or random input says more than a process run.

import assert from 'node:assert/strict'
import {unifiedDiff} from '../../cli/src/diff'
import {fingerprintOf} from '../../cli/src/fingerprint'
import {Progress, progressDelay} from '../../cli/src/progress'
import {parseShard, shardFiles} from '../../cli/src/shard'
import {withRuleSettings} from '../../rules/src/index'

/** Applies a unified diff (as `patch` would), to check the diff round-trips. */
function applyDiff(oldText: string, diff: string): string {
  const oldLines = oldText.match(/[^\n]*\n|[^\n]+$/g) ?? []
  const out: string[] = []
  let cursor = 0
  const lines = diff.split('\n').slice(2)
  for (let i = 0; i < lines.length; i++) {
    const header = /^@@ -(\d+),(\d+) \+\d+,\d+ @@$/.exec(lines[i])
    if (!header) continue
    const start = Number(header[1]) - (Number(header[2]) === 0 ? 0 : 1)
    out.push(...oldLines.slice(cursor, start))
    cursor = start
    for (i++; i < lines.length && !lines[i].startsWith('@@'); i++) {
      const line = lines[i]
      const noNewline = lines[i + 1] === '\\ No newline at end of file'
      const text = line.slice(1) + (noNewline ? '' : '\n')
      if (line.startsWith(' ')) out.push(oldLines[cursor++])
      else if (line.startsWith('-')) cursor++
      else if (line.startsWith('+')) out.push(text)
      if (noNewline) i++
    }
    i--
  }
  out.push(...oldLines.slice(cursor))
  return out.join('')
}

describe('cli units', () => {
  describe('unifiedDiff', () => {
    it('shows changed lines with three lines of context, in hunks', () => {
      const before = Array.from({length: 20}, (_, i) => `line ${i + 1}`).join('\n') + '\n'
      const after = before.replace('line 2\n', 'line two\n').replace('line 18\n', 'line eighteen\n')
      assert.equal(
        unifiedDiff(before, after, 'a/x.md', 'b/x.md'),
        [
          '--- a/x.md',
          '+++ b/x.md',
          '@@ -1,5 +1,5 @@',
          ' line 1',
          '-line 2',
          '+line two',
          ' line 3',
          ' line 4',
          ' line 5',
          '@@ -15,6 +15,6 @@',
          ' line 15',
          ' line 16',
          ' line 17',
          '-line 18',
          '+line eighteen',
          ' line 19',
          ' line 20',
          '',
        ].join('\n'),
      )
      assert.equal(unifiedDiff(before, before, 'a', 'b'), '')
    })

    it('round-trips on random edits, final newlines included', () => {
      let seed = 7
      const random = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        return seed % n
      }
      for (let t = 0; t < 300; t++) {
        const a = Array.from({length: random(25)}, () => `w${random(4)}`)
        const b = a.filter(() => random(5) > 0).map((line) => (random(7) === 0 ? `${line}x` : line))
        if (random(2)) b.splice(random(b.length + 1), 0, 'inserted')
        const before = a.join('\n') + (random(3) ? '\n' : '')
        const after = b.join('\n') + (random(3) ? '\n' : '')
        assert.equal(applyDiff(before, unifiedDiff(before, after, 'a', 'b')), after, JSON.stringify({before, after}))
      }
    })
  })

  describe('shards', () => {
    it('parses i/n and rejects the rest', () => {
      assert.deepEqual(parseShard('2/4'), {index: 2, count: 4})
      for (const bad of ['0/4', '5/4', '2/0', '2', 'a/b', '-1/2', '1.5/3']) assert.throws(() => parseShard(bad), /--shard expects i\/n/)
    })

    it('splits by position in path order, whatever the input order', () => {
      const files = ['/w/c.md', '/w/a.md', '/w/b/z.md', '/w/b/a.md', '/w/d.md']
      const slices = [1, 2].map((index) => shardFiles(files, {index, count: 2}, '/w'))
      // Path order: a.md, b/a.md, b/z.md, c.md, d.md; slice 1 takes positions 0, 2, 4.
      assert.deepEqual(slices, [['/w/a.md', '/w/b/z.md', '/w/d.md'], ['/w/c.md', '/w/b/a.md']])
      assert.deepEqual(shardFiles([...files].reverse(), {index: 1, count: 2}, '/w').sort(), slices[0].sort())
    })
  })

  describe('progress', () => {
    it('draws nothing in the first second, then at most every 100 ms, and erases itself', () => {
      let clock = 0
      const written: string[] = []
      const progress = new Progress((text) => written.push(text), true, 1000, () => clock)
      progress.update(1, 10, 'a.md')
      clock = 999
      progress.update(2, 10, 'b.md')
      assert.deepEqual(written, [])
      clock = 1000
      progress.update(3, 10, 'c.md')
      clock = 1050
      progress.update(4, 10, 'd.md')
      clock = 1100
      progress.update(5, 10, 'e.md')
      progress.finish()
      assert.deepEqual(written, ['\r\u001b[2Kpitchlint: 3/10 files  c.md', '\r\u001b[2Kpitchlint: 5/10 files  e.md', '\r\u001b[2K'])
    })

    it('draws nothing when disabled (not a terminal), and a short run erases nothing', () => {
      let clock = 0
      const written: string[] = []
      const off = new Progress((text) => written.push(text), false, 0, () => clock)
      clock = 5000
      off.update(1, 1, 'a.md')
      off.finish()
      const quick = new Progress((text) => written.push(text), true, 1000, () => clock)
      quick.update(1, 1, 'a.md')
      quick.finish()
      assert.deepEqual(written, [])
      assert.equal(progressDelay({}), 1000)
      assert.equal(progressDelay({PITCHLINT_PROGRESS_DELAY_MS: '0'}), 0)
      assert.equal(progressDelay({PITCHLINT_PROGRESS_DELAY_MS: 'soon'}), 1000)
    })
  })

  describe('fingerprints', () => {
    it('depend on rule, flagged text and sentence, not on case, spacing or position', () => {
      const base = fingerprintOf('vague-claim', {text: 'seamless', sentence: 'Our seamless sync.'})
      assert.match(base, /^[0-9a-f]{16}$/)
      assert.equal(fingerprintOf('vague-claim', {text: 'Seamless', sentence: '  our   seamless\nsync. '}), base)
      assert.notEqual(fingerprintOf('unproven-claim', {text: 'seamless', sentence: 'Our seamless sync.'}), base)
      assert.notEqual(fingerprintOf('vague-claim', {text: 'seamless', sentence: 'Our seamless import.'}), base)
    })
  })

  it('--rule settings keep the options a config gave the rule', () => {
    const data = {rules: {'unproven-claim': ['warn', {kinds: ['rank']}] as ['warn', Record<string, unknown>], 'vague-claim': 'error' as const}}
    assert.deepEqual(withRuleSettings(data, {'unproven-claim': 'error', 'vague-claim': 'off', intensifier: 'error'}).rules, {
      'unproven-claim': ['error', {kinds: ['rank']}],
      'vague-claim': 'off',
      intensifier: 'error',
    })
  })
})
