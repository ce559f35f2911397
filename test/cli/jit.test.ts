// The V8 tuning the CLI applies at start-up (cli/src/jit.ts): which flags, when the
// user's own node flags win, and that tuning changes no finding.

import assert from 'node:assert/strict'
import {LARGE_FILE_BYTES, LINT_JIT_FLAGS, heapFlagsToSet, jitFlagsToSet} from '../../cli/src/jit'
import {pitchlint, workspace} from '../helpers/cli'

const ALL = LINT_JIT_FLAGS.map(([flag, value]) => `${flag}=${value}`)

describe('V8 tuning for lint runs', () => {
  it('caps inlining and delays optimization by default', () => {
    assert.deepEqual(jitFlagsToSet([], {}), ['--max-inlined-bytecode-size-cumulative=150', '--interrupt-budget=300000'])
  })

  it('leaves a flag the user gave node alone, in any spelling', () => {
    assert.deepEqual(jitFlagsToSet(['--interrupt-budget=99999'], {}), [ALL[0]])
    assert.deepEqual(jitFlagsToSet(['--max_inlined_bytecode_size_cumulative=10', '--inspect'], {}), [ALL[1]])
    assert.deepEqual(jitFlagsToSet(['--no-interrupt-budget'], {}), [ALL[0]])
  })

  it('keeps V8 defaults with PITCHLINT_JIT=default', () => {
    assert.deepEqual(jitFlagsToSet([], {PITCHLINT_JIT: 'default'}), [])
    assert.deepEqual(jitFlagsToSet([], {PITCHLINT_JIT: 'tuned'}), ALL)
  })

  it('slows the heap’s growth only for a run with a large file, unless the user set it or asked for defaults', () => {
    assert.deepEqual(heapFlagsToSet([1_000, LARGE_FILE_BYTES], [], {}), ['--heap-growing-percent=30'])
    assert.deepEqual(heapFlagsToSet([1_000, LARGE_FILE_BYTES - 1], [], {}), [])
    assert.deepEqual(heapFlagsToSet([], [], {}), [])
    assert.deepEqual(heapFlagsToSet([5 * LARGE_FILE_BYTES], ['--heap_growing_percent=50'], {}), [])
    assert.deepEqual(heapFlagsToSet([5 * LARGE_FILE_BYTES], [], {PITCHLINT_JIT: 'default'}), [])
  })

  it('finds the same in a large file with the heap tuned as with V8’s defaults', () => {
    const paragraph = 'Our seamless, robust sync is the fastest way to close the books. Teams waste hours on spreadsheets.\n\n'
    const dir = workspace({'big.md': `# Playbook\n\n${paragraph.repeat(Math.ceil(LARGE_FILE_BYTES / paragraph.length))}`})
    const tuned = pitchlint(['--format', 'json', 'big.md'], {cwd: dir})
    const plain = pitchlint(['--format', 'json', 'big.md'], {cwd: dir, env: {PITCHLINT_JIT: 'default'}})
    assert.equal(tuned.status, 0, tuned.stderr)
    assert.ok((JSON.parse(tuned.stdout) as Array<{messages: unknown[]}>)[0]!.messages.length > 1000)
    assert.equal(tuned.stdout, plain.stdout)
  })

  it('finds the same, on worker threads too, with or without the tuning', () => {
    const doc = (n: number) =>
      [`# Plan ${n}`, '', 'Our seamless, robust sync is the fastest way to close.', '', '- Real-time dashboards', '- SAML SSO', ''].join('\n').repeat(40)
    // --concurrency 2 lints on a worker thread as well as the main thread.
    const files = Object.fromEntries(Array.from({length: 24}, (_, n) => [`doc-${n}.md`, doc(n)]))
    const dir = workspace(files)
    const tuned = pitchlint(['--format', 'json', '--concurrency', '2', '.'], {cwd: dir})
    const plain = pitchlint(['--format', 'json', '--concurrency', '2', '.'], {cwd: dir, env: {PITCHLINT_JIT: 'default'}})
    assert.equal(tuned.status, 0, tuned.stderr)
    assert.equal(plain.status, 0, plain.stderr)
    const count = (stdout: string) => (JSON.parse(stdout) as Array<{messages: unknown[]}>).reduce((sum, report) => sum + report.messages.length, 0)
    assert.ok(count(tuned.stdout) > 24 * 40, `expected findings in every file, got ${count(tuned.stdout)}`)
    assert.equal(tuned.stdout, plain.stdout)
  })
})
