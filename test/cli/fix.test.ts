// --fix and --fix-dry-run, from the real binary.

import assert from 'node:assert/strict'
import {chmodSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pitchlint, workspace} from '../helpers/cli'

const BEFORE = [
  '# Launch email',
  '',
  'Very very fast sync for your team.',
  '',
  'It is really quick to set up and our seamless import keeps every rep in step.',
  '',
  '> It is really easy, said the CTO.',
  '',
].join('\n')

// "Very very" is one run, deleted in one edit, and "fast" takes the capital.
// The vague claim ("seamless") has only suggestions, so it stays; so does the quotation.
const AFTER = [
  '# Launch email',
  '',
  'Fast sync for your team.',
  '',
  'It is quick to set up and our seamless import keeps every rep in step.',
  '',
  '> It is really easy, said the CTO.',
  '',
].join('\n')

describe('--fix', () => {
  it('applies safe fixes until nothing is left to fix, never suggestions', () => {
    const dir = workspace({'email.md': BEFORE})
    const run = pitchlint(['--format', 'json', '--fix', 'email.md'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    assert.equal(readFileSync(join(dir, 'email.md'), 'utf8'), AFTER)
    const [report] = JSON.parse(run.stdout)
    assert.equal(report.output, AFTER)
    // What is left is reported against the fixed text, with suggestions still offered.
    const seamless = report.messages.find((m: {ruleId: string; line: number}) => m.ruleId === 'vague-claim' && m.line === 5)
    assert.equal(AFTER.split('\n')[4].slice(seamless.column - 1, seamless.endColumn - 1), 'seamless')
    assert.ok(seamless.suggestions.length > 0)
    assert.equal(report.messages.filter((m: {fix?: unknown}) => m.fix).length, 0)
  })

  it('is idempotent: a second run changes nothing and does not rewrite the file', () => {
    const dir = workspace({'email.md': BEFORE})
    assert.equal(pitchlint(['--fix', 'email.md'], {cwd: dir}).status, 0)
    const first = statSync(join(dir, 'email.md'))
    const again = pitchlint(['--fix', 'email.md'], {cwd: dir})
    assert.equal(again.status, 0, again.stderr)
    assert.equal(readFileSync(join(dir, 'email.md'), 'utf8'), AFTER)
    const second = statSync(join(dir, 'email.md'))
    assert.equal(second.ino, first.ino, 'the file was not replaced')
    assert.equal(second.mtimeMs, first.mtimeMs, 'the file was not touched')
  })

  it('writes atomically: a new file renamed into place, keeping permissions, no temporary left', () => {
    const dir = workspace({'email.md': BEFORE, 'clean.md': 'Setup takes 5 minutes.\n'})
    chmodSync(join(dir, 'email.md'), 0o640)
    const before = statSync(join(dir, 'email.md'))
    const clean = statSync(join(dir, 'clean.md'))
    assert.equal(pitchlint(['--fix', '.'], {cwd: dir}).status, 0)
    const after = statSync(join(dir, 'email.md'))
    assert.notEqual(after.ino, before.ino, 'replaced by rename, not rewritten in place')
    assert.equal(after.mode & 0o777, 0o640)
    assert.equal(statSync(join(dir, 'clean.md')).mtimeMs, clean.mtimeMs, 'an unchanged file is not written')
    assert.deepEqual(readdirSync(dir).sort(), ['clean.md', 'email.md'])
  })

  it('keeps a byte order mark and CRLF line ends', () => {
    const dir = workspace({'crlf.md': Buffer.from('\uFEFFOur importer is very fast.\r\nSecond line.\r\n')})
    assert.equal(pitchlint(['--fix', 'crlf.md'], {cwd: dir}).status, 0)
    assert.equal(readFileSync(join(dir, 'crlf.md'), 'utf8'), '\uFEFFOur importer is fast.\r\nSecond line.\r\n')
  })

  it('writes through a symbolic link, which stays a link', () => {
    const dir = workspace({'real/email.md': BEFORE})
    symlinkSync(join(dir, 'real/email.md'), join(dir, 'link.md'))
    assert.equal(pitchlint(['--fix', 'link.md'], {cwd: dir}).status, 0)
    assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink())
    assert.equal(readlinkSync(join(dir, 'link.md')), join(dir, 'real/email.md'))
    assert.equal(readFileSync(join(dir, 'real/email.md'), 'utf8'), AFTER)
  })

  it('does not rewrite a file that is not valid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Our importer is very fast. '), Buffer.from([0xff, 0xfe]), Buffer.from('\n')])
    const dir = workspace({'bad.md': bytes})
    const run = pitchlint(['--format', 'json', '--fix', 'bad.md'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    assert.deepEqual(readFileSync(join(dir, 'bad.md')), bytes)
    assert.ok(JSON.parse(run.stdout)[0].messages.some((m: {message: string}) => /Not fixed: the file is not valid UTF-8/.test(m.message)))
  })

  it('exit code follows what is left after fixing', () => {
    const dir = workspace({'email.md': 'Our importer is very fast.\n', '.pitchlintrc.json': '{"rules": {"intensifier": "error", "vague-claim": "off"}}'})
    assert.equal(pitchlint(['email.md'], {cwd: dir}).status, 1)
    assert.equal(pitchlint(['--fix', 'email.md'], {cwd: dir}).status, 0)
  })
})

describe('--fix-dry-run', () => {
  it('prints a unified diff and writes nothing', () => {
    const dir = workspace({'email.md': BEFORE})
    const run = pitchlint(['--fix-dry-run', '--format', 'compact', 'email.md'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    assert.equal(readFileSync(join(dir, 'email.md'), 'utf8'), BEFORE)
    assert.ok(
      run.stdout.startsWith(
        [
          '--- a/email.md',
          '+++ b/email.md',
          '@@ -1,7 +1,7 @@',
          ' # Launch email',
          ' ',
          '-Very very fast sync for your team.',
          '+Fast sync for your team.',
          ' ',
          '-It is really quick to set up and our seamless import keeps every rep in step.',
          '+It is quick to set up and our seamless import keeps every rep in step.',
          ' ',
          ' > It is really easy, said the CTO.',
          '',
        ].join('\n'),
      ),
      run.stdout,
    )
    assert.match(run.stdout, /email\.md:5:\d+: warning Say what the buyer gets: “seamless”/, 'then the findings that would remain')
  })

  it('with a machine format, the diff goes to stderr and the report stays parseable', () => {
    const dir = workspace({'email.md': BEFORE})
    const run = pitchlint(['--fix-dry-run', '--format', 'json', 'email.md'], {cwd: dir})
    assert.equal(run.status, 0)
    assert.equal(JSON.parse(run.stdout)[0].output, AFTER)
    assert.match(run.stderr, /^--- a\/email\.md\n\+\+\+ b\/email\.md\n/)
    assert.equal(readFileSync(join(dir, 'email.md'), 'utf8'), BEFORE)
  })

  it('works on standard input', () => {
    const run = pitchlint(['--stdin', '--stdin-filename', 'draft.md', '--fix-dry-run', '--format', 'compact'], {input: 'Our importer is very fast.\n', cwd: workspace({})})
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stdout, /^--- a\/draft\.md\n\+\+\+ b\/draft\.md\n@@ -1,1 \+1,1 @@\n-Our importer is very fast\.\n\+Our importer is fast\.\n/)
  })

  it('--fix and --fix-dry-run together, or --fix on stdin, are usage errors', () => {
    assert.equal(pitchlint(['--fix', '--fix-dry-run', 'x.md']).status, 2)
    const run = pitchlint(['--stdin', '--fix'], {input: 'x'})
    assert.equal(run.status, 2)
    assert.match(run.stderr, /--fix cannot write to standard input; use --fix-dry-run/)
  })
})

// Keep the fixtures honest: the test above relies on "seamless" having no safe fix.
describe('--fix touches only fixable rules', () => {
  it('leaves vague-claim and unproven-claim text alone', () => {
    const text = 'Our seamless sync is the fastest way to close.\n'
    const dir = workspace({'doc.md': text})
    writeFileSync(join(dir, '.pitchlintrc.json'), '{"rules": {"vague-claim": "error"}}')
    assert.equal(pitchlint(['--fix', 'doc.md'], {cwd: dir}).status, 1)
    assert.equal(readFileSync(join(dir, 'doc.md'), 'utf8'), text)
  })
})

// Our own sentences, one paragraph each: [before, after --fix, what it shows].
const GRAMMAR_CASES: Array<[string, string, string]> = [
  ['Setup is a very easy process.', 'Setup is an easy process.', '"a" becomes "an" before a vowel sound'],
  ['It is an extremely useful report.', 'It is a useful report.', '"an" becomes "a" before "yoo"'],
  ['We give you a very honest answer.', 'We give you an honest answer.', 'silent h'],
  ['We book an extremely hour-long review.', 'We book an hour-long review.', 'silent h: "an" stays'],
  ['It is an extremely unique workflow.', 'It is a unique workflow.', '"uni-" is read "yoo"'],
  ['Pick an extremely one-sided deal.', 'Pick a one-sided deal.', '"one" is read "wun"'],
  ['It is a really European rollout.', 'It is a European rollout.', '"eu-" is read "yoo": "a" stays'],
  ['We run a very 8-step onboarding.', 'We run an 8-step onboarding.', 'a figure by its spoken name'],
  ['Hire a very MBA-heavy team.', 'Hire an MBA-heavy team.', 'an initialism by its letter names'],
  ['It is a very FAQ-driven page.', 'It is an FAQ-driven page.', '"eff"'],
  ['Build an extremely URL-friendly path.', 'Build a URL-friendly path.', '"you"'],
  ['Sign a very SLA-backed contract.', 'Sign an SLA-backed contract.', '"ess"'],
  ['A very easy start for every team.', 'An easy start for every team.', 'a capital article keeps its capital'],
  ['Setup is a very very easy process.', 'Setup is an easy process.', 'two intensifiers in a row go in one edit'],
  ['It is an\nextremely useful report.', 'It is a\nuseful report.', 'the line break after the article stays'],
  ['- Setup is a very easy process.\n  And an extremely useful report.', '- Setup is an easy process.\n  And a useful report.', 'in a list item'],
  ['| Plan | Note |\n| --- | --- |\n| Pro | a very easy setup |', '| Plan | Note |\n| --- | --- |\n| Pro | an easy setup |', 'in a table cell'],
  ['Very simple setup for every team.', 'Simple setup for every team.', 'the next word takes the capital'],
  ['Really **clear** pricing for every plan.', '**Clear** pricing for every plan.', 'the capital goes inside the emphasis'],
  ['It is fast, really.', 'It is fast.', 'a closing intensifier goes with its comma'],
  ['It is, really, the quickest way to close.', 'It is the quickest way to close.', 'an aside goes with both commas'],
  ['No, really.', 'No, really.', 'nothing would be left of the clause'],
  ['Ship a very 日本-ready build.', 'Ship a very 日本-ready build.', 'no fix when the sound of the next word cannot be told'],
]

describe('--fix keeps the grammar', () => {
  it('fixes the article, the capital and the spacing around a deleted intensifier', () => {
    const dir = workspace({'doc.md': GRAMMAR_CASES.map(([before]) => before).join('\n\n') + '\n'})
    const run = pitchlint(['--format', 'json', '--fix', 'doc.md'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    const paragraphs = readFileSync(join(dir, 'doc.md'), 'utf8').trimEnd().split('\n\n')
    assert.equal(paragraphs.length, GRAMMAR_CASES.length)
    GRAMMAR_CASES.forEach(([before, after, why], index) => assert.equal(paragraphs[index], after, `${why}: ${JSON.stringify(before)}`))
    // The fixed text is linted again: nothing is left to fix.
    assert.equal(JSON.parse(run.stdout)[0].messages.filter((m: {fix?: unknown}) => m.fix).length, 0)
  })

  it('with a team term, deletes "truly" and leaves no space before punctuation', () => {
    const config = {rules: {'vague-claim': 'off'}, terms: [{term: 'truly', category: 'intensifier', removable: true}]}
    const before = ['Sync is fast, truly.', 'It is, truly, the quickest way to close.', 'It is truly, fast.', 'Truly simple setup for every team.', 'It is a truly honest report.'].join('\n\n')
    const dir = workspace({'doc.md': `${before}\n`, '.pitchlintrc.json': JSON.stringify(config)})
    assert.equal(pitchlint(['--fix', 'doc.md'], {cwd: dir}).status, 0)
    const after = readFileSync(join(dir, 'doc.md'), 'utf8')
    assert.equal(after, ['Sync is fast.', 'It is the quickest way to close.', 'It is truly, fast.', 'Simple setup for every team.', 'It is an honest report.'].join('\n\n') + '\n')
    assert.doesNotMatch(after, / [,.;:!?]|\S {2}\S/)
  })
})
