// Input that breaks naive linters: every case ends in a clear message and exit code,
// never a crash or a hang. (Binary, invalid UTF-8, 5 MB and nesting are in cli.test.ts.)

import assert from 'node:assert/strict'
import {chmodSync, readFileSync, symlinkSync} from 'node:fs'
import {join} from 'node:path'
import {rules} from '../../rules/src/index'
import {pitchlint, workspace} from '../helpers/cli'

const CLAIM = 'Our seamless sync for your team.\n'

/** A path this process can see but not read: mode 000, or (as root, who reads anything) /proc/self/mem. */
function unreadableFile(dir: string): string {
  const file = join(dir, 'locked.md')
  chmodSync(file, 0o000)
  try {
    readFileSync(file)
  } catch {
    return file
  }
  return '/proc/self/mem'
}

describe('hard input', () => {
  it('an unreadable file: exit 2, named on stderr and in the report; the other files are still linted', () => {
    const dir = workspace({'locked.md': CLAIM, 'ok.md': CLAIM})
    const locked = unreadableFile(dir)
    const run = pitchlint(['--format', 'compact', locked, 'ok.md'], {cwd: dir})
    assert.equal(run.status, 2)
    assert.match(run.stderr, /pitchlint: \S+: File not linted: (permission denied|cannot read \(EIO\))/)
    assert.match(run.stdout, /: error File not linted:/)
    assert.match(run.stdout, /^ok\.md:1:5: warning Say what the buyer gets: “seamless”/m)
  })

  it('a symbolic link loop named on the command line: exit 2, named', () => {
    const dir = workspace({'docs/a.md': CLAIM})
    symlinkSync('loop-b.md', join(dir, 'docs/loop-a.md'))
    symlinkSync('loop-a.md', join(dir, 'docs/loop-b.md'))
    symlinkSync('..', join(dir, 'docs/up'))
    symlinkSync('missing.md', join(dir, 'docs/dangling.md'))
    const loop = pitchlint(['docs/loop-a.md'], {cwd: dir})
    assert.equal(loop.status, 2)
    assert.match(loop.stderr, /Symbolic link loop: docs\/loop-a\.md/)
    const dangling = pitchlint(['docs/dangling.md'], {cwd: dir})
    assert.equal(dangling.status, 2)
    assert.match(dangling.stderr, /Broken symbolic link: docs\/dangling\.md/)
    // Inside a folder, links are not followed: the loops and the link to the parent are skipped.
    const folder = pitchlint(['--format', 'json', 'docs'], {cwd: dir, timeout: 20000})
    assert.equal(folder.status, 0, folder.stderr)
    assert.deepEqual(JSON.parse(folder.stdout).map((r: {filePath: string}) => r.filePath), [join(dir, 'docs/a.md')])
  })

  it('a malformed config: exit 2, naming the file, line and key', () => {
    const json = workspace({'doc.md': CLAIM, '.pitchlintrc.json': '{\n  "rules": {"vague-claim": "warn",}\n}\n'})
    const syntax = pitchlint(['doc.md'], {cwd: json})
    assert.equal(syntax.status, 2)
    assert.match(syntax.stderr, /invalid config .*\.pitchlintrc\.json:2:\d+: invalid JSON/)
    const yaml = workspace({'doc.md': CLAIM, '.pitchlintrc.yaml': 'rules:\n  vauge-claim: error\n'})
    const key = pitchlint(['doc.md'], {cwd: yaml})
    assert.equal(key.status, 2)
    assert.ok(key.stderr.includes(`.pitchlintrc.yaml:2:3: \`rules.vauge-claim\`: unknown rule \`vauge-claim\`, expected one of ${rules.map((r) => `\`${r.meta.id}\``).sort().join(', ')}`), key.stderr)
  })

  it('a report or baseline that cannot be written: exit 2, naming it', () => {
    const dir = workspace({'doc.md': CLAIM})
    const report = pitchlint(['--output-file', 'doc.md/report.json', 'doc.md'], {cwd: dir})
    assert.equal(report.status, 2)
    assert.match(report.stderr, /Cannot write doc\.md\/report\.json: ENOTDIR/)
    const baseline = pitchlint(['--write-baseline', 'doc.md/baseline.json', 'doc.md'], {cwd: dir})
    assert.equal(baseline.status, 2)
    assert.match(baseline.stderr, /Cannot write doc\.md\/baseline\.json: ENOTDIR/)
  })

  it('an unknown format lists the valid ones', () => {
    const run = pitchlint(['--format', 'checkstyle', 'examples'])
    assert.equal(run.status, 2)
    assert.match(run.stderr, /Unknown format `checkstyle`, expected one of: stylish, json, sarif, github, junit, compact/)
  })

  it('an empty glob and a missing path are clear usage errors', () => {
    const dir = workspace({'a.md': CLAIM})
    const glob = pitchlint(['docs/**/*.md'], {cwd: dir})
    assert.equal(glob.status, 2)
    assert.match(glob.stderr, /No files matching the pattern "docs\/\*\*\/\*\.md" were found \(quote it so the shell does not expand it/)
    const missing = pitchlint(['a.md', 'b.md'], {cwd: dir})
    assert.equal(missing.status, 2)
    assert.match(missing.stderr, /No such file or folder: b\.md/)
  })
})

// Input built to make a linter super-linear, at sizes that keep the suite quick; each
// must end in findings or a notice, never a hang. (How long each takes at 100 KB to
// 5 MiB is measured by `npm run bench -- --hostile`, not asserted here: timings on a
// shared machine make flaky tests.)
describe('hostile input', () => {
  type Message = {ruleId: string | null; message: string; line: number; column: number; fatal?: boolean}
  const lintText = (content: string): Message[] => {
    const dir = workspace({'doc.md': content})
    const run = pitchlint(['--format', 'json', 'doc.md'], {cwd: dir, timeout: 120000})
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`)
    return JSON.parse(run.stdout)[0].messages
  }
  const vague = (messages: Message[]) => messages.filter((m) => m.ruleId === 'vague-claim')
  const notices = (messages: Message[]) => messages.filter((m) => m.ruleId === null)

  it('one 20 KB sentence of 2,000 lexicon terms: every term is named, in order', () => {
    const messages = lintText(`Our ${'seamless, '.repeat(2000)}platform.\n`)
    const columns = vague(messages).map((m) => m.column)
    assert.equal(columns.length, 2000)
    assert.deepEqual(columns, Array.from({length: 2000}, (_, i) => 5 + i * 10))
  })

  it('one 100 KB sentence of mixed lexicon terms', function () {
    this.timeout(120000)
    const forms = ['robust', 'best-in-class', 'cutting-edge', 'world-class', 'game-changing', 'next-generation', 'powerful', 'seamless', 'blazing fast', 'revolutionary']
    const words: string[] = []
    for (let i = 0, size = 0; size < 100 * 1024; i++) size += (words[i] = `${forms[i % forms.length]}, `).length
    const messages = lintText(`Our ${words.join('')}platform.\n`)
    assert.ok(vague(messages).length > 5000, `${vague(messages).length} findings`)
    assert.deepEqual(notices(messages), [])
  })

  it('a 100 KB paragraph of prose without full stops, and with them', function () {
    this.timeout(120000)
    const words = 'our seamless platform syncs the ledger for finance teams who close the books every month'.split(' ')
    const prose = (stop: number) => Array.from({length: 18000}, (_, i) => words[i % words.length] + (i % stop === stop - 1 ? '.' : '')).join(' ').replace(/(.{1,78})(?: |$)/g, '$1\n')
    for (const text of [prose(Infinity), prose(15)]) {
      const messages = lintText(text)
      assert.ok(vague(messages).length >= 1000, `${vague(messages).length} findings`)
      assert.deepEqual(notices(messages), [])
    }
  })

  it('a table of 2,000 rows: the cells of the last row are linted', function () {
    this.timeout(120000)
    const rows = Array.from({length: 2000}, (_, row) => `| Our seamless sync ${row} for you | Their platform ${row} |\n`).join('')
    const messages = lintText(`| Us | Them |\n| --- | --- |\n${rows}`)
    assert.equal(vague(messages).length, 2000)
    assert.equal(vague(messages).at(-1)!.line, 2002)
  })

  it('nesting 20,000 deep on one line is reported with its true depth, and the rest still linted', () => {
    for (const [nested, depth] of [
      ['- '.repeat(20000), '20,000'],
      ['> '.repeat(20000), '20,000'],
      ['> - '.repeat(10000), '20,000'],
      ['1. '.repeat(5000), '5,000'],
    ]) {
      const messages = lintText(`Our seamless sync for you.\n\n${nested}seamless sync for you\n\nOur robust platform for you.\n`)
      assert.deepEqual(
        notices(messages).map((m) => [m.line, m.message]),
        [[3, `lists or quotes nested more than 100 levels deep; this part was not linted (they reach ${depth} levels)`]],
        nested.slice(0, 8),
      )
      assert.deepEqual(vague(messages).map((m) => m.line), [1, 5])
    }
  })

  it('emphasis and link brackets nested 20,000 deep are reported, not parsed for minutes', () => {
    for (const nested of [`${'*_'.repeat(10000)}seamless${'_*'.repeat(10000)}`, `${'['.repeat(20000)}seamless${']'.repeat(20000)}(https://example.com)`, `${'[a '.repeat(10000)}seamless${'](u)'.repeat(10000)}`]) {
      const messages = lintText(`Our seamless sync for you.\n\nOur ${nested} sync.\n\nOur robust platform for you.\n`)
      assert.equal(notices(messages).length, 1)
      assert.match(notices(messages)[0].message, /^a paragraph with more than 1,000 emphasis and link markers \(it has [\d,]+\); this part was not linted$/)
      assert.deepEqual(vague(messages).map((m) => m.line), [1, 5])
    }
  })

  it('nesting notices name each part\'s true depth, in document order', () => {
    const indented = (levels: number) => Array.from({length: levels}, (_, depth) => `${'  '.repeat(depth)}- level ${depth} seamless sync for you`).join('\n')
    const doc = [
      'Our seamless sync for you.',
      indented(300),
      'Our robust platform for you.',
      `${'> '.repeat(150)}seamless`,
      'Our seamless sync for you.',
      indented(120),
      'Our robust platform for you.',
    ].join('\n\n')
    const messages = lintText(`${doc}\n`)
    assert.deepEqual(
      notices(messages).map((m) => [m.line, /reach ([\d,]+) levels/.exec(m.message)?.[1]]),
      [
        [3, '300'],
        [306, '150'],
        [310, '120'],
      ],
    )
    assert.deepEqual(vague(messages).map((m) => m.line), [1, 304, 308, 431])
  })

  it('a disable comment before each of 2,000 paragraphs: each silences what it should', () => {
    const blocks = Array.from({length: 1000}, (_, i) => `${i % 2 ? '<!-- pitchlint-disable vague-claim -->' : '<!-- pitchlint-enable vague-claim -->'}\nOur seamless sync ${i} for you.\n\n<!-- pitchlint-disable-next-line -->\nOur robust platform ${i} for you.\n`)
    const messages = lintText(blocks.join('\n'))
    assert.deepEqual(
      vague(messages).map((m) => m.line),
      Array.from({length: 500}, (_, i) => 2 + i * 12),
    )
  })

  it('one list item of 1,500 paragraphs: each paragraph is linted', function () {
    this.timeout(120000)
    const messages = lintText(`- Our platform syncs ledgers.\n\n${Array.from({length: 1500}, (_, i) => `  Our seamless sync exports invoice ${i} to your ledger every night.\n`).join('\n')}`)
    assert.deepEqual(
      vague(messages).map((m) => m.line),
      Array.from({length: 1500}, (_, i) => 3 + i * 2),
    )
  })

  it('a list nested 100 levels deep is still linted', () => {
    const messages = lintText(`${Array.from({length: 100}, (_, depth) => `${'  '.repeat(depth)}- level ${depth} seamless sync for you`).join('\n')}\n`)
    assert.deepEqual(notices(messages), [])
    assert.equal(vague(messages).length, 100)
  })
})
