// Exit codes and error messages as a new user meets them: a run that lints nothing
// fails, a mistyped option gets a suggestion, and `--help` is suggested only where it
// would help.

import assert from 'node:assert/strict'
import {pitchlint, workspace} from '../helpers/cli'

const CLAIM = 'Our seamless sync for your team.\n'
const USAGE_HINT = 'Run `pitchlint --help` for usage.'

describe('exit codes', () => {
  describe('a run that lints no file exits 2, saying why', () => {
    for (const [name, files, args, message] of [
      ['an empty folder', {}, [], /^pitchlint: No files matching the pattern "\." were found: the folder holds no Markdown files \(\.md, \.mdx, \.markdown\)\.\n$/],
      ['a folder with no Markdown', {'site/config.yml': 'a: 1\n', 'site/notes.txt': CLAIM}, ['site'], /No files matching the pattern "site" were found: the folder holds no Markdown files/],
      ['a mistyped path', {'docs/a.md': CLAIM}, ['doc'], /No such file or folder: doc\n/],
      ['a glob matching nothing', {'docs/a.md': CLAIM}, ['docs/*.mdx'], /No files matching the pattern "docs\/\*\.mdx" were found \(quote it so the shell does not expand it, and check the extension\)\./],
      ['a glob matching no Markdown', {'data.json': '{}\n', 'logo.png': 'PNG', 'notes.txt': CLAIM}, ['*'], /No files matching the pattern "\*" were found: it matches only files that are not Markdown \(\.md, \.mdx, \.markdown\)\./],
      ['a folder whose files are all ignored', {'legacy/a.md': CLAIM, '.pitchlintignore': 'legacy/\n'}, ['legacy'], /All files matched by "legacy" are ignored \(by \.pitchlintignore\)\./],
    ] as const) {
      it(name, () => {
        const run = pitchlint([...args], {cwd: workspace(files)})
        assert.equal(run.status, 2, run.stdout + run.stderr)
        assert.match(run.stderr, message)
        assert.ok(!run.stderr.includes(USAGE_HINT), 'not a usage error: --help would not help')
        assert.equal(run.stdout, '')
      })
    }

    it('a glob lints only Markdown files, never .yml, .json, .png or .txt', () => {
      const dir = workspace({'docs/a.md': CLAIM, 'docs/b.mdx': CLAIM, 'docs/c.markdown': CLAIM, 'docs/d.yml': CLAIM, 'docs/e.json': '{}', 'docs/f.png': CLAIM, 'docs/g.txt': CLAIM})
      const run = pitchlint(['--format', 'json', 'docs/*'], {cwd: dir})
      assert.equal(run.status, 0, run.stderr)
      assert.deepEqual(JSON.parse(run.stdout).map((r: {filePath: string}) => r.filePath.slice(dir.length + 1)), ['docs/a.md', 'docs/b.mdx', 'docs/c.markdown'])
    })

    it('--stdin is not "no file": empty input lints and passes', () => {
      const run = pitchlint(['--stdin'], {cwd: workspace({}), input: ''})
      assert.equal(run.status, 0, run.stderr)
    })

    it('an ignored file named on the command line is a note, not an error (pre-commit hooks name files)', () => {
      const run = pitchlint(['draft.md'], {cwd: workspace({'draft.md': CLAIM, '.pitchlintignore': 'draft.md\n'})})
      assert.equal(run.status, 0)
      assert.match(run.stderr, /draft\.md is ignored by \.pitchlintignore, not linted/)
    })
  })

  describe('ESLint conventions', () => {
    it('--max-warnings -1 means no limit', () => {
      const dir = workspace({'doc.md': CLAIM})
      const run = pitchlint(['--max-warnings', '-1', 'doc.md'], {cwd: dir})
      assert.equal(run.status, 0, run.stderr)
      assert.match(run.stdout, /1 problem \(0 errors, 1 warning\)/)
      assert.equal(pitchlint(['--max-warnings=-1', 'doc.md'], {cwd: dir}).status, 0)
      assert.equal(pitchlint(['--max-warnings', '-2', 'doc.md'], {cwd: dir}).status, 2)
    })

    it('an unknown option is answered with the closest valid one', () => {
      const run = pitchlint(['--max-warning', '0', 'examples'])
      assert.equal(run.status, 2)
      assert.equal(run.stderr, `pitchlint: Unknown option '--max-warning'. Did you mean '--max-warnings'?\n${USAGE_HINT}\n`)
      assert.match(pitchlint(['--formatt', 'json']).stderr, /Did you mean '--format'\?/)
      // Nothing near enough: no guess.
      assert.match(pitchlint(['--bogus']).stderr, /^pitchlint: Unknown option '--bogus'\.\n/)
    })

    it('"Run `pitchlint --help`" follows usage errors only, not config or file errors', () => {
      const dir = workspace({'doc.md': CLAIM, 'broken/.pitchlintrc.json': '{', 'broken/doc.md': CLAIM})
      assert.ok(pitchlint(['--format', 'xml', 'doc.md'], {cwd: dir}).stderr.endsWith(`${USAGE_HINT}\n`))
      for (const args of [['broken/doc.md'], ['--config', 'missing.json', 'doc.md'], ['nope.md'], ['--baseline', 'nope.json', 'doc.md'], ['--ignore-path', 'nope', 'doc.md']]) {
        const run = pitchlint(args, {cwd: dir})
        assert.equal(run.status, 2, args.join(' '))
        assert.ok(!run.stderr.includes('--help'), `${args.join(' ')}: ${run.stderr}`)
      }
    })

    it('errors of `inspect` point to `pitchlint inspect --help`', () => {
      const option = pitchlint(['inspect', '--formt', 'json'])
      assert.equal(option.status, 2)
      assert.equal(option.stderr, "pitchlint: Unknown option '--formt'. Did you mean '--format'?\nRun `pitchlint inspect --help` for usage.\n")
      const format = pitchlint(['inspect', '--format', 'xml'])
      assert.match(format.stderr, /Run `pitchlint inspect --help` for usage\.\n$/)
      const nothing = pitchlint(['inspect'], {cwd: workspace({})})
      assert.equal(nothing.status, 2)
      assert.match(nothing.stderr, /^pitchlint: No files matching the pattern "\." were found/)
    })
  })
})
