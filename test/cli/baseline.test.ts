// Baselines: record today's findings, then fail only on new ones, across edits that
// move lines.

import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {BaselineEntry} from '../../cli/src/baseline'
import {pitchlint, workspace} from '../helpers/cli'

const LEGACY = [
  '# Positioning',
  '',
  'Our seamless sync keeps every rep in step.',
  '',
  'We are the fastest way to close the quarter.',
  '',
  '- A best-in-class platform for your team.',
  '- A best-in-class platform for your team.',
  '',
].join('\n')

function writeBaseline(dir: string): {entries: BaselineEntry[]; text: string} {
  const run = pitchlint(['--write-baseline', '.pitchlint-baseline.json', 'docs'], {cwd: dir})
  assert.equal(run.status, 0, run.stderr)
  assert.match(run.stderr, /wrote 4 findings to \.pitchlint-baseline\.json/)
  const text = readFileSync(join(dir, '.pitchlint-baseline.json'), 'utf8')
  return {entries: JSON.parse(text).entries, text}
}

describe('baseline', () => {
  it('--write-baseline records every finding, stable-sorted, one entry per line', () => {
    // Sentence-level findings only: the document's missing pain is not what this is about.
    const dir = workspace({'docs/positioning.md': LEGACY, '.pitchlintrc.json': '{"profile": "none", "rules": {"missing-pain": "off"}}'})
    const {entries, text} = writeBaseline(dir)
    assert.deepEqual(
      entries.map((e) => [e.file, e.rule, e.text, e.occurrence]),
      [
        ['docs/positioning.md', 'unproven-claim', 'the fastest', 0],
        ['docs/positioning.md', 'vague-claim', 'best-in-class', 0],
        ['docs/positioning.md', 'vague-claim', 'best-in-class', 1],
        ['docs/positioning.md', 'vague-claim', 'seamless', 0],
      ],
    )
    assert.equal(entries[1].fingerprint, entries[2].fingerprint, 'duplicates share a fingerprint and differ by occurrence')
    assert.equal(entries.find((e) => e.text === 'seamless')!.sentence, 'Our seamless sync keeps every rep in step.')
    assert.equal(text.split('\n').filter((line) => line.trimStart().startsWith('{"file"')).length, 4, 'one line per entry')
    // The same findings give the same bytes: diffs of the file show only real changes.
    writeBaseline(dir)
    assert.equal(readFileSync(join(dir, '.pitchlint-baseline.json'), 'utf8'), text)
    // And the run that wrote it passes: everything in it is accepted.
    assert.equal(pitchlint(['--write-baseline', '.pitchlint-baseline.json', '--max-warnings', '0', 'docs'], {cwd: dir}).status, 0)
  })

  it('round trip: lines moved and added above still match; only new findings fail', () => {
    // missing-pain judges the whole unit, and the paragraph added below changes the unit;
    // this test is about findings that move, so that rule is off.
    const dir = workspace({'docs/positioning.md': LEGACY, '.pitchlintrc.json': '{"profile": "none", "rules": {"missing-pain": "off"}}'})
    writeBaseline(dir)
    // Move the paragraphs around and push everything down.
    const moved = ['# Positioning', '', 'A new intro paragraph with no claims in it.', '', '- A best-in-class platform for your team.', '- A best-in-class platform for your team.', '', 'We are the fastest way to close the quarter.', '', 'Our seamless sync keeps every rep in step.', ''].join('\n')
    writeFileSync(join(dir, 'docs/positioning.md'), moved)
    const clean = pitchlint(['--baseline', '.pitchlint-baseline.json', '--max-warnings', '0', '--format', 'json', 'docs'], {cwd: dir})
    assert.equal(clean.status, 0, clean.stdout)
    const [report] = JSON.parse(clean.stdout)
    assert.deepEqual(report.messages, [])
    assert.equal(report.suppressedMessages.length, 4)
    assert.deepEqual(report.suppressedMessages[0].suppressions, [{kind: 'baseline', justification: 'in baseline .pitchlint-baseline.json'}])
    assert.equal(clean.stderr, '', 'nothing went stale')

    // A new finding, a third copy of a duplicate, and an edited sentence.
    const edited = moved
      .replace('A new intro paragraph with no claims in it.', 'A new intro with a best-in-class promise.')
      .replace('- A best-in-class platform for your team.\n- A best-in-class platform for your team.\n', '- A best-in-class platform for your team.\n- A best-in-class platform for your team.\n- A best-in-class platform for your team.\n')
      .replace('Our seamless sync keeps every rep in step.', 'Our seamless sync keeps all reps in step.')
    writeFileSync(join(dir, 'docs/positioning.md'), edited)
    const run = pitchlint(['--baseline', '.pitchlint-baseline.json', '--rule', 'vague-claim:error', '--format', 'compact', 'docs'], {cwd: dir})
    assert.equal(run.status, 1)
    assert.deepEqual(
      run.stdout.trimEnd().split('\n').map((line) => line.replace(/: (warning|error) .*?“([^”]+)”.*\[(.+)\]$/, ' $3 $2')),
      ['docs/positioning.md:3:20 vague-claim best-in-class', 'docs/positioning.md:7:5 vague-claim best-in-class', 'docs/positioning.md:11:5 vague-claim seamless'],
    )
    // The reworded sentence's entry no longer occurs, and is reported as such.
    assert.match(run.stderr, /1 baseline entry no longer occurs \(fixed, reworded or removed\); run --write-baseline \.pitchlint-baseline\.json to drop it:\n {2}docs\/positioning\.md: vague-claim `seamless` in “Our seamless sync keeps every rep in step\.”/)
  })

  it('the README\'s CI recipe fails on a new finding, though every default rule only warns; an unchanged file passes', () => {
    const dir = workspace({'docs/positioning.md': LEGACY, '.pitchlintrc.json': '{"profile": "none", "rules": {"missing-pain": "off"}}'})
    writeBaseline(dir)
    const ci = ['--baseline', '.pitchlint-baseline.json', '--report-unused-disables', '--format', 'compact', 'docs']
    const unchanged = pitchlint(ci, {cwd: dir})
    assert.equal(unchanged.status, 0, unchanged.stdout + unchanged.stderr)
    assert.equal(unchanged.stdout, '')

    writeFileSync(join(dir, 'docs/positioning.md'), `${LEGACY}\nOur seamless importer brings every deal in.\n`)
    const added = pitchlint(ci, {cwd: dir})
    assert.equal(added.status, 1, added.stdout + added.stderr)
    assert.deepEqual(
      added.stdout.trimEnd().split('\n').map((line) => line.replace(/: (warning|error) .*?“([^”]+)”.*\[(.+)\]$/, ' $1 $3 $2')),
      ['docs/positioning.md:10:5 warning vague-claim seamless'],
    )
    assert.match(added.stderr, /1 finding is not in the baseline \.pitchlint-baseline\.json, so the run fails; fix or reword it, or accept it with --write-baseline \.pitchlint-baseline\.json/)
    assert.match(pitchlint(['--help']).stdout, /--baseline <file> +Report only findings that are not in the baseline; any of\s+them fails the run \(exit 1\), warnings included/)
    // --quiet drops warnings from the count, as it does without a baseline.
    assert.equal(pitchlint(['--quiet', ...ci], {cwd: dir}).status, 0)
  })

  it('entries of files not linted in this run are not reported as gone', () => {
    const dir = workspace({'docs/positioning.md': LEGACY, 'docs/email.md': 'Our importer is very fast.\n'})
    const write = pitchlint(['--write-baseline', 'baseline.json', 'docs'], {cwd: dir})
    assert.equal(write.status, 0)
    const run = pitchlint(['--baseline', 'baseline.json', 'docs/email.md'], {cwd: dir})
    assert.equal(run.status, 0)
    assert.equal(run.stderr, '')
    assert.equal(run.stdout, '')
  })

  it('paths are relative to the baseline file, so it works from any folder', () => {
    const dir = workspace({'site/docs/positioning.md': LEGACY})
    assert.equal(pitchlint(['--write-baseline', 'site/baseline.json', 'site/docs'], {cwd: dir}).status, 0)
    const entries = JSON.parse(readFileSync(join(dir, 'site/baseline.json'), 'utf8')).entries
    assert.equal(entries[0].file, 'docs/positioning.md')
    const fromInside = pitchlint(['--baseline', '../baseline.json', '--max-warnings', '0', '.'], {cwd: join(dir, 'site/docs')})
    assert.equal(fromInside.status, 0, fromInside.stdout + fromInside.stderr)
  })

  it('a missing or malformed baseline is an error naming the file (exit 2)', () => {
    const dir = workspace({'docs/a.md': LEGACY, 'bad.json': '{"entries": 3}', 'broken.json': '{'})
    const missing = pitchlint(['--baseline', 'nope.json', 'docs'], {cwd: dir})
    assert.equal(missing.status, 2)
    assert.match(missing.stderr, /No such baseline file: nope\.json \(create it with --write-baseline nope\.json\)/)
    assert.match(pitchlint(['--baseline', 'bad.json', 'docs'], {cwd: dir}).stderr, /Invalid baseline file bad\.json: expected \{"pitchlintBaseline": 1/)
    assert.match(pitchlint(['--baseline', 'broken.json', 'docs'], {cwd: dir}).stderr, /Invalid baseline file broken\.json: /)
    assert.equal(pitchlint(['--baseline', 'a.json', '--write-baseline', 'a.json', 'docs'], {cwd: dir}).status, 2)
  })
})
