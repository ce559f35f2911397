// `pitchlint inspect`, run as a real process.

import assert from 'node:assert/strict'
import {join} from 'node:path'
import {pitchlint, workspace} from '../helpers/cli'

const DOC = [
  '# Battlecard',
  '',
  '🚀 Acme supports SAML SSO and SCIM provisioning.',
  '',
  '- Teams waste hours stitching dashboards together.',
  '- Acme syncs every ledger nightly, so month-end takes an afternoon.',
  '',
].join('\n')

interface Sentence {
  line: number
  column: number
  endLine: number
  endColumn: number
  text: string
  tags: string[]
  cues: Record<string, string>
  voice: {voice: string; reason: string}
  judgments: Record<string, {probability: number; holds: boolean}>
}

function inspectJson(text: string): Sentence[] {
  const dir = workspace({'doc.md': text})
  const run = pitchlint(['inspect', '--format', 'json', join(dir, 'doc.md')])
  assert.equal(run.status, 0, run.stderr)
  const files = JSON.parse(run.stdout)
  assert.equal(files.length, 1)
  assert.deepEqual(Object.keys(files[0]).sort(), ['filePath', 'profile', 'sentences'])
  assert.equal(files[0].filePath, join(dir, 'doc.md'))
  return files[0].sentences
}

describe('pitchlint inspect', () => {
  it('json: every sentence with its position, tags and the words behind each tag', () => {
    const sentences = inspectJson(DOC)
    assert.deepEqual(sentences.map((s) => s.text), [
      'Battlecard',
      '🚀 Acme supports SAML SSO and SCIM provisioning.',
      'Teams waste hours stitching dashboards together.',
      'Acme syncs every ledger nightly, so month-end takes an afternoon.',
    ])
    for (const sentence of sentences) assert.deepEqual(Object.keys(sentence).sort(), ['column', 'cues', 'endColumn', 'endLine', 'judgments', 'line', 'tags', 'text', 'voice'])
    const [heading, feature, pain, outcome] = sentences
    assert.deepEqual(heading.tags, [])
    assert.deepEqual(feature.tags, ['feature'])
    assert.equal(feature.cues.feature, 'Acme supports')
    assert.deepEqual(pain.tags, ['pain'])
    assert.match(pain.cues.pain, /waste/)
    assert.deepEqual(outcome.tags, ['feature', 'outcome'])
    assert.match(outcome.cues.outcome, /so month-end/)
    // The scorer's verdicts: the bare feature is one, the feature with its outcome is not.
    const judged = (s: Sentence) => Object.entries(s.judgments).filter(([, j]) => j.holds).map(([name]) => name)
    assert.deepEqual(judged(feature), ['feature_no_outcome'])
    assert.deepEqual(judged(pain), ['states_pain'])
    assert.deepEqual(judged(outcome), [])
    assert.ok(outcome.judgments.feature_no_outcome.probability < feature.judgments.feature_no_outcome.probability)
    assert.equal(feature.voice.voice, 'ours')
  })

  it('json: positions are 1-based lines and UTF-16 columns with exclusive ends, as in the lint JSON', () => {
    const [, feature, pain] = inspectJson(DOC)
    // The sentence starts at the emoji in column 1; 🚀 is two UTF-16 code units, so the
    // 48-character sentence of 47 code points ends before column 49.
    assert.deepEqual([feature.line, feature.column, feature.endLine, feature.endColumn], [3, 1, 3, 49])
    assert.deepEqual([pain.line, pain.column, pain.endLine, pain.endColumn], [5, 3, 5, 51])
  })

  it('the pain tag matches what missing-pain sees: a section stating a pain is not reported', () => {
    const dir = workspace({'doc.md': DOC})
    const lint = JSON.parse(pitchlint(['--format', 'json', join(dir, 'doc.md')]).stdout)
    assert.ok(!lint[0].messages.some((m: {ruleId: string}) => m.ruleId === 'missing-pain'))
    const painless = workspace({'doc.md': DOC.replace('- Teams waste hours stitching dashboards together.\n', '- Acme exports every approval to S3.\n- Acme is the fastest ledger sync.\n')})
    const tags = JSON.parse(pitchlint(['inspect', '--format', 'json', join(painless, 'doc.md')]).stdout)[0].sentences.flatMap((s: Sentence) => s.tags)
    assert.ok(!tags.includes('pain'))
    const report = JSON.parse(pitchlint(['--format', 'json', join(painless, 'doc.md')]).stdout)
    assert.ok(report[0].messages.some((m: {ruleId: string; line: number}) => m.ruleId === 'missing-pain' && m.line === 1))
  })

  it('text: file, then position, tags and sentence, then the cue words per tag', () => {
    const dir = workspace({'doc.md': DOC})
    const run = pitchlint(['inspect', join(dir, 'doc.md')])
    assert.equal(run.status, 0, run.stderr)
    const lines = run.stdout.split('\n')
    assert.equal(lines[0], join(dir, 'doc.md'))
    assert.ok(lines.some((line) => /^ {2}3:1 +feature +🚀 Acme supports SAML SSO and SCIM provisioning\.$/.test(line)), run.stdout)
    assert.ok(lines.some((line) => /^ +feature: Acme supports$/.test(line)), run.stdout)
    assert.ok(lines.some((line) => /^ {2}5:3 +pain +Teams waste hours/.test(line)), run.stdout)
    assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colour when not a terminal')
  })

  it('folders and several files: one entry per Markdown file, in order', () => {
    const dir = workspace({'a.md': 'Acme exports to S3.\n', 'b/c.md': 'Teams lose deals to slow quotes.\n', 'notes.txt': 'not markdown'})
    const run = pitchlint(['inspect', '--format', 'json', dir])
    assert.equal(run.status, 0, run.stderr)
    assert.deepEqual(JSON.parse(run.stdout).map((f: {filePath: string}) => f.filePath), [join(dir, 'a.md'), join(dir, 'b/c.md')])
  })

  describe('exit codes', () => {
    it('0 when every file was analyzed, whatever it found', () => {
      const dir = workspace({'doc.md': DOC})
      assert.equal(pitchlint(['inspect', join(dir, 'doc.md')]).status, 0)
    })

    it('1 when a file could not be read, with the reason on stderr and in the JSON', () => {
      const dir = workspace({'doc.md': DOC, 'binary.md': Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02])})
      const run = pitchlint(['inspect', '--format', 'json', join(dir, 'binary.md'), join(dir, 'doc.md')])
      assert.equal(run.status, 1)
      assert.match(run.stderr, /binary\.md: not analyzed: binary file/)
      const [binary, doc] = JSON.parse(run.stdout)
      assert.deepEqual(binary.sentences, [])
      assert.match(binary.error, /binary file/)
      assert.ok(doc.sentences.length > 0, 'the other files are still analyzed')
    })

    for (const [name, args, message] of [
      ['an unknown format', ['--format', 'xml'], /Unknown format `xml` for inspect, expected one of: text, json/],
      ['an unknown option', ['--fix'], /Unknown option '--fix'/],
      ['a missing file', ['no-such-file.md'], /No such file or folder: no-such-file\.md/],
      ['a bad config', ['--config', 'missing.json', 'README.md'], /invalid config|cannot read|no such file/i],
    ] as const) {
      it(`2 on ${name}`, () => {
        const run = pitchlint(['inspect', ...args])
        assert.equal(run.status, 2, run.stdout + run.stderr)
        assert.match(run.stderr, message)
        assert.equal(run.stdout, '')
      })
    }

    it('--help prints the usage and exits 0', () => {
      const run = pitchlint(['inspect', '--help'])
      assert.equal(run.status, 0)
      assert.match(run.stdout, /^Usage: pitchlint inspect/)
    })
  })
})
