// Input that breaks naive linters: every case ends in a clear message and exit code,
// never a crash or a hang. (Binary, invalid UTF-8, 5 MB and nesting are in cli.test.ts.)

import assert from 'node:assert/strict'
import {chmodSync, existsSync, readdirSync, readFileSync, symlinkSync} from 'node:fs'
import {join, resolve} from 'node:path'
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
    assert.match(run.stdout, /^ok\.md:1:5: warning `seamless`/m)
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
    assert.match(glob.stderr, /No files match the pattern: docs\/\*\*\/\*\.md \(quote it so the shell does not expand it/)
    const missing = pitchlint(['a.md', 'b.md'], {cwd: dir})
    assert.equal(missing.status, 2)
    assert.match(missing.stderr, /No such file or folder: b\.md/)
  })
})

// The real corpus sits beside the repository (../shared, as in CI); the README's claim
// that every file lints is checked on all of it.
const CORPUS = resolve('../shared/corpus/real')

describe('the real corpus', () => {
  it('every file lints, and the run exits 0 or 1', function () {
    this.timeout(240000)
    assert.ok(existsSync(CORPUS), `the corpus must be at ${CORPUS} (../shared beside the repository)`)
    const run = pitchlint(['--format', 'json', CORPUS], {timeout: 230000})
    assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`)
    assert.equal(run.stderr, '')
    const reports = JSON.parse(run.stdout) as Array<{filePath: string; messages: Array<{fatal?: boolean; message: string}>}>
    const markdown = countMarkdown(CORPUS)
    assert.equal(reports.length, markdown)
    const unlinted = reports.filter((r) => r.messages.some((m) => m.fatal && /^File not linted/.test(m.message)))
    assert.deepEqual(unlinted.map((r) => r.filePath), [])
  })
})

function countMarkdown(dir: string): number {
  let count = 0
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (entry.isDirectory()) count += entry.name === 'node_modules' || entry.name === '.git' ? 0 : countMarkdown(join(dir, entry.name))
    else if (entry.isFile() && /\.(md|mdx|markdown)$/.test(entry.name) && !entry.name.startsWith('.')) count++
  }
  return count
}
