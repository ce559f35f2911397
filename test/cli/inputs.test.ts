// Inputs and configuration from the command line: stdin, ignore files, --rule,
// --print-config, --quiet, --cache-location.

import assert from 'node:assert/strict'
import {existsSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {rules} from '../../rules/src/index'
import {pitchlint, workspace} from '../helpers/cli'

const CLAIM = 'Our seamless sync for your team.\n'
const filesOf = (stdout: string, dir: string) => JSON.parse(stdout).map((r: {filePath: string}) => r.filePath.slice(dir.length + 1))

describe('inputs', () => {
  describe('--stdin', () => {
    it('lints standard input under --stdin-filename, with that file\'s config', () => {
      const dir = workspace({'emails/.pitchlintrc.json': '{"rules": {"vague-claim": "error"}}'})
      const run = pitchlint(['--stdin', '--stdin-filename', 'emails/draft.md', '--format', 'json'], {cwd: dir, input: CLAIM})
      assert.equal(run.status, 1, run.stderr)
      const [report] = JSON.parse(run.stdout)
      assert.equal(report.filePath, join(dir, 'emails/draft.md'))
      assert.equal(report.messages[0].ruleId, 'vague-claim')
      assert.equal(report.messages[0].severity, 2)
    })

    it('without a file name it is `<stdin>`; binary input is skipped with a warning', () => {
      const run = pitchlint(['--stdin', '--format', 'compact'], {input: CLAIM, cwd: workspace({})})
      assert.equal(run.status, 0)
      assert.match(run.stdout, /^<stdin>:1:5: warning Say what the buyer gets: “seamless”/)
      const binary = pitchlint(['--stdin', '--format', 'compact'], {input: '\0\0\0', cwd: workspace({})})
      assert.equal(binary.status, 0)
      assert.match(binary.stdout, /^<stdin>:1:1: warning File not linted: binary file/)
    })

    it('operands with --stdin, or --stdin-filename without it, are usage errors', () => {
      assert.equal(pitchlint(['--stdin', 'a.md'], {input: ''}).status, 2)
      const run = pitchlint(['--stdin-filename', 'a.md', 'examples'])
      assert.equal(run.status, 2)
      assert.match(run.stderr, /--stdin-filename needs --stdin/)
    })
  })

  describe('ignore files', () => {
    const tree = {
      'docs/a.md': CLAIM,
      'docs/legacy/old.md': CLAIM,
      'docs/draft.md': CLAIM,
      'node_modules/pkg/readme.md': CLAIM,
      '.git/notes.md': CLAIM,
      'vendor/x.md': CLAIM,
    }

    it('.pitchlintignore in the working folder skips what it lists; node_modules and .git are always skipped', () => {
      const dir = workspace({...tree, '.pitchlintignore': '# legacy copy\ndocs/legacy/\n*draft*\n'})
      const run = pitchlint(['--format', 'json', '.'], {cwd: dir})
      assert.equal(run.status, 0, run.stderr)
      assert.deepEqual(filesOf(run.stdout, dir), ['docs/a.md', 'vendor/x.md'])
      // Globs go through it too.
      assert.deepEqual(filesOf(pitchlint(['--format', 'json', 'docs/**/*.md'], {cwd: dir}).stdout, dir), ['docs/a.md'])
    })

    it('--ignore-path uses another file; an ignored file named on the command line is skipped with a note', () => {
      const dir = workspace({...tree, 'ci/lint-ignore': 'vendor/\n'})
      // Patterns are relative to the ignore file's folder: ci/, so `vendor/` matches nothing under it…
      assert.deepEqual(filesOf(pitchlint(['--format', 'json', '--ignore-path', 'ci/lint-ignore', '.'], {cwd: dir}).stdout, dir), ['docs/a.md', 'docs/draft.md', 'docs/legacy/old.md', 'vendor/x.md'])
      const rootIgnore = workspace({...tree, 'team.ignore': 'vendor/\n'})
      assert.deepEqual(filesOf(pitchlint(['--format', 'json', '--ignore-path', 'team.ignore', '.'], {cwd: rootIgnore}).stdout, rootIgnore), ['docs/a.md', 'docs/draft.md', 'docs/legacy/old.md'])
      const named = pitchlint(['--ignore-path', 'team.ignore', 'vendor/x.md'], {cwd: rootIgnore})
      assert.equal(named.status, 0)
      assert.equal(named.stdout, '')
      assert.match(named.stderr, /vendor\/x\.md is ignored by team\.ignore, not linted/)
      const missing = pitchlint(['--ignore-path', 'nope.ignore', '.'], {cwd: rootIgnore})
      assert.equal(missing.status, 2)
      assert.match(missing.stderr, /No such ignore file: nope\.ignore/)
    })

    it('.pitchlintignore files are found from the working folder up to the repository root, not beyond', () => {
      const layout = {
        '.pitchlintignore': '*.md\n', // above the repository: never read
        'repo/.pitchlintignore': 'site/legacy/\n',
        'repo/site/.pitchlintignore': '*draft*\n',
        'repo/site/docs/a.md': CLAIM,
        'repo/site/docs/draft.md': CLAIM,
        'repo/site/legacy/old.md': CLAIM,
      }
      const dir = workspace({...layout, 'repo/.git/HEAD': 'ref: refs/heads/main\n'})
      const site = join(dir, 'repo/site')
      const run = pitchlint(['--format', 'json', '.'], {cwd: site})
      assert.equal(run.status, 0, run.stderr)
      assert.deepEqual(filesOf(run.stdout, site), ['docs/a.md'])
      // With no .git the lookup goes on up, and the outer file ignores every Markdown file.
      const noRepository = workspace(layout)
      const all = pitchlint(['.'], {cwd: join(noRepository, 'repo/site')})
      assert.equal(all.status, 2)
      assert.match(all.stderr, /All files matched by "\." are ignored \(by \.\.\/\.\.\/\.pitchlintignore\)\./)
    })

    it('a nested .pitchlintignore applies to its own folder, and `!` re-includes as in gitignore', () => {
      const dir = workspace({
        '.pitchlintignore': '*.draft.md\nlegacy/\n',
        'docs/.pitchlintignore': '!keep.draft.md\ninternal.md\n',
        'docs/a.md': CLAIM,
        'docs/x.draft.md': CLAIM,
        'docs/keep.draft.md': CLAIM,
        'docs/internal.md': CLAIM,
        'docs/team/internal.md': CLAIM,
        'internal.md': CLAIM,
        // As in git, nothing inside an excluded folder can be re-included.
        'legacy/.pitchlintignore': '!*.md\n',
        'legacy/old.md': CLAIM,
      })
      const run = pitchlint(['--format', 'json'], {cwd: dir})
      assert.equal(run.status, 0, run.stderr)
      assert.deepEqual(filesOf(run.stdout, dir), ['docs/a.md', 'docs/keep.draft.md', 'internal.md'])
      const fromInside = pitchlint(['--format', 'json', '.'], {cwd: join(dir, 'docs')})
      assert.deepEqual(filesOf(fromInside.stdout, join(dir, 'docs')), ['a.md', 'keep.draft.md'])
      const named = pitchlint(['docs/team/internal.md'], {cwd: dir})
      assert.equal(named.status, 0)
      assert.match(named.stderr, /docs\/team\/internal\.md is ignored by docs\/\.pitchlintignore, not linted/)
    })
  })

  describe('--rule', () => {
    it('sets a severity over the config, keeping the config\'s options', () => {
      const dir = workspace({'doc.md': 'We are the fastest way to close. Teams close 3x faster with plays.\n', '.pitchlintrc.json': '{"rules": {"unproven-claim": ["warn", {"kinds": ["multiplier"]}]}}'})
      assert.equal(pitchlint(['doc.md'], {cwd: dir}).status, 0)
      const run = pitchlint(['--rule', 'unproven-claim:error', '--format', 'json', 'doc.md'], {cwd: dir})
      assert.equal(run.status, 1)
      const messages = JSON.parse(run.stdout)[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'unproven-claim')
      assert.deepEqual(messages.map((m: {severity: number; message: string}) => [m.severity, m.message.slice(0, 16)]), [[2, 'Say what was mea']])
      assert.equal(pitchlint(['--rule', 'unproven-claim:off', '--rule', 'vague-claim:off', 'doc.md', '--max-warnings', '0'], {cwd: dir}).status, 0)
    })

    it('an unknown rule or severity is a usage error listing the choices', () => {
      const unknown = pitchlint(['--rule', 'vauge-claim:error', 'examples'])
      assert.equal(unknown.status, 2)
      assert.ok(unknown.stderr.includes(`Unknown rule \`vauge-claim\` in --rule vauge-claim:error, expected one of: ${rules.map((r) => r.meta.id).join(', ')}`), unknown.stderr)
      const severity = pitchlint(['--rule', 'vague-claim:loud', 'examples'])
      assert.equal(severity.status, 2)
      assert.match(severity.stderr, /expected vague-claim:off, vague-claim:warn or vague-claim:error/)
    })
  })

  it('--print-config prints the config that applies to a file, overrides and --rule included', () => {
    const dir = workspace({
      '.pitchlintrc.yaml': 'rules:\n  vague-claim: error\nallow: [robust]\noverrides:\n  - files: "emails/**"\n    rules: {unproven-claim: off}\n',
    })
    const run = pitchlint(['--print-config', 'emails/intro.md', '--rule', 'intensifier:error'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    const printed = JSON.parse(run.stdout)
    assert.equal(printed.configFile, join(dir, '.pitchlintrc.yaml'))
    assert.deepEqual(printed.rules['vague-claim'][0], 'error')
    assert.deepEqual(printed.rules['unproven-claim'][0], 'off')
    assert.deepEqual(printed.rules.intensifier, ['error', {}])
    assert.deepEqual(printed.allow, ['robust'])
    assert.equal(JSON.parse(pitchlint(['--print-config', 'docs/a.md'], {cwd: dir}).stdout).rules['unproven-claim'][0], 'warn')
  })

  it('--quiet reports errors only; warnings are neither shown nor counted', () => {
    const dir = workspace({'doc.md': 'Our seamless sync is the fastest way to close.\n'})
    const quiet = pitchlint(['--quiet', '--rule', 'unproven-claim:error', '--format', 'compact', 'doc.md'], {cwd: dir})
    assert.equal(quiet.status, 1)
    assert.deepEqual(quiet.stdout.trimEnd().split('\n').map((line) => line.replace(/^doc\.md:\d+:\d+: (\w+) .*\[(.+)\]$/, '$1 $2')), ['error unproven-claim'])
    assert.equal(pitchlint(['--quiet', '--max-warnings', '0', 'doc.md'], {cwd: dir}).status, 0)
    assert.equal(pitchlint(['--max-warnings', '0', 'doc.md'], {cwd: dir}).status, 1)
  })

  describe('--cache-location', () => {
    it('creates missing folders, for a folder (trailing slash) or a file', () => {
      const dir = workspace({'doc.md': CLAIM})
      for (const [location, cacheFile] of [
        ['some/missing/dir/', 'some/missing/dir/.pitchlintcache'],
        ['other/missing/cache.json', 'other/missing/cache.json'],
      ]) {
        const run = pitchlint(['--cache', '--cache-location', location, 'doc.md'], {cwd: dir})
        assert.equal(run.status, 0, run.stderr)
        assert.equal(run.stderr, '', 'the cache was written')
        assert.ok(existsSync(join(dir, cacheFile)), cacheFile)
        assert.ok(JSON.parse(readFileSync(join(dir, cacheFile), 'utf8')).files[join(dir, 'doc.md')])
      }
    })
  })
})
