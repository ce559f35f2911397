import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pitchlint, workspace} from '../helpers/cli'

const SAMPLE = 'Our seamless sync for you is the fastest way to close.\n'

describe('pitchlint CLI', () => {
  describe('formats', () => {
    it('stylish: file, line:col, severity, message, rule, and a summary', () => {
      const run = pitchlint(['examples/outbound-email.md'])
      assert.equal(run.status, 0, run.stderr)
      assert.match(run.stdout, /examples\/outbound-email\.md\n/)
      assert.match(run.stdout, /\n {2}8:30 {2}warning {2}Say what the buyer gets: “seamless” is a claim every vendor makes {2}vague-claim\n/)
      assert.match(run.stdout, /✖ \d+ problems \(0 errors, \d+ warnings\)/)
      assert.doesNotMatch(run.stdout, /\u001b\[/, 'no colour when not a terminal')
    })

    it('`pitchlint examples` names files relative to the working folder, as the README shows', () => {
      const examples = readdirSync('examples').filter((name) => name.endsWith('.md')).map((name) => `examples/${name}`)
      const stylish = pitchlint(['examples'])
      assert.ok(stylish.status === 0 || stylish.status === 1, stylish.stderr)
      const fileHeaders = stylish.stdout.split('\n').filter((line) => /^\S/.test(line) && !line.startsWith('✖'))
      assert.ok(fileHeaders.includes('examples/battlecard.md'), stylish.stdout)
      assert.ok(fileHeaders.every((header) => examples.includes(header)), fileHeaders.join('\n'))
      assert.ok(!stylish.stdout.includes(resolve('examples')), 'no absolute paths')
      const compact = pitchlint(['--format', 'compact', 'examples'])
      assert.ok(compact.stdout.trimEnd().split('\n').every((line) => line.startsWith('examples/')), compact.stdout)
      const inspect = pitchlint(['inspect', 'examples/battlecard.md'])
      assert.equal(inspect.stdout.split('\n')[0], 'examples/battlecard.md')
    })

    it('--color and --no-color force colour on and off; the last one wins', () => {
      const dir = workspace({'doc.md': SAMPLE})
      assert.match(pitchlint(['--color', 'doc.md'], {cwd: dir}).stdout, /\u001b\[33mwarning\u001b\[39m/)
      assert.doesNotMatch(pitchlint(['--no-color', 'doc.md'], {cwd: dir, env: {NO_COLOR: '', FORCE_COLOR: '1'}}).stdout, /\u001b\[/)
      assert.match(pitchlint(['--no-color', '--color', 'doc.md'], {cwd: dir}).stdout, /\u001b\[/)
      assert.doesNotMatch(pitchlint(['--color', '--no-color', 'doc.md'], {cwd: dir}).stdout, /\u001b\[/)
    })

    it('-o / --output-file never writes colour codes, even with FORCE_COLOR or --color', () => {
      const dir = workspace({'doc.md': SAMPLE})
      for (const args of [['-o', 'report.txt'], ['--output-file', 'out/report.txt', '--color']]) {
        const run = pitchlint([...args, 'doc.md'], {cwd: dir, env: {NO_COLOR: '', FORCE_COLOR: '1'}})
        assert.equal(run.status, 0, run.stderr)
        const report = readFileSync(join(dir, args[1]), 'utf8')
        assert.match(report, /^\ndoc\.md\n {2}1:5 +warning/)
        assert.doesNotMatch(report, /\u001b\[/)
      }
    })

    it('json: ESLint shape, 1-based lines, UTF-16 columns, exclusive ends', () => {
      const dir = workspace({'doc.md': '# Title\n\n🚀 日本 seamless sync for you.\n'})
      const run = pitchlint(['--format', 'json', join(dir, 'doc.md')])
      assert.equal(run.status, 0, run.stderr)
      const [file] = JSON.parse(run.stdout)
      assert.equal(file.filePath, join(dir, 'doc.md'))
      assert.deepEqual(Object.keys(file).sort(), ['errorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'suppressedMessages', 'warningCount'])
      const [message] = file.messages
      assert.equal(message.ruleId, 'vague-claim')
      assert.equal(message.severity, 1)
      // 🚀 is two UTF-16 code units: "🚀 日本 " is 6 units, so `seamless` starts in column 7.
      assert.deepEqual([message.line, message.column, message.endLine, message.endColumn], [3, 7, 3, 15])
      assert.ok(Array.isArray(message.suggestions) && message.suggestions[0].desc && message.suggestions[0].fix.range)
      assert.equal(file.warningCount, 1)
    })
  })

  describe('exit codes', () => {
    it('0 with warnings only, 1 with an error-level finding', () => {
      const dir = workspace({'doc.md': SAMPLE})
      assert.equal(pitchlint([join(dir, 'doc.md')]).status, 0)
      const strict = workspace({'doc.md': SAMPLE, '.pitchlintrc.json': '{"rules": {"vague-claim": "error"}}'})
      const run = pitchlint([join(strict, 'doc.md')])
      assert.equal(run.status, 1)
      assert.match(run.stdout, /\(1 error, 1 warning\)/)
    })

    it('--max-warnings turns too many warnings into failure', () => {
      const dir = workspace({'doc.md': SAMPLE})
      assert.equal(pitchlint(['--max-warnings', '0', join(dir, 'doc.md')]).status, 1)
      assert.equal(pitchlint(['--max-warnings', '2', join(dir, 'doc.md')]).status, 0)
      assert.equal(pitchlint(['--max-warnings', 'many', join(dir, 'doc.md')]).status, 2)
    })

    it('2 on an unknown option or format, listing the valid formats', () => {
      assert.equal(pitchlint(['--bogus']).status, 2)
      const run = pitchlint(['--format', 'xml', 'examples'])
      assert.equal(run.status, 2)
      assert.match(run.stderr, /Unknown format `xml`, expected one of: .*stylish.*json/)
    })

    it('2 on a missing path, naming it', () => {
      const run = pitchlint(['no/such/file.md'])
      assert.equal(run.status, 2)
      assert.match(run.stderr, /No such file or folder: no\/such\/file\.md/)
    })

    it('2 on an invalid config, naming file, line and key', () => {
      const dir = workspace({'doc.md': SAMPLE, '.pitchlintrc.yaml': 'rules:\n  vague-claim: loud\n'})
      const run = pitchlint([join(dir, 'doc.md')])
      assert.equal(run.status, 2)
      assert.match(run.stderr, /invalid config .*\.pitchlintrc\.yaml:2:16: `rules\.vague-claim`: expected "off", "warn" or "error"/)
    })

    it('--config uses the given file', () => {
      const dir = workspace({'doc.md': SAMPLE, 'strict.json': '{"rules": {"unproven-claim": "error"}}'})
      assert.equal(pitchlint(['--config', join(dir, 'strict.json'), join(dir, 'doc.md')]).status, 1)
      assert.equal(pitchlint(['--config', join(dir, 'missing.json'), join(dir, 'doc.md')]).status, 2)
    })
  })

  describe('operands', () => {
    it('a folder means its Markdown files, without node_modules', () => {
      const dir = workspace({'a.md': SAMPLE, 'b.mdx': SAMPLE, 'c.markdown': SAMPLE, 'notes.txt': SAMPLE, 'node_modules/x/readme.md': SAMPLE, 'sub/d.md': SAMPLE})
      const files = JSON.parse(pitchlint(['--format', 'json', dir]).stdout).map((r: {filePath: string}) => r.filePath.slice(dir.length + 1))
      assert.deepEqual(files, ['a.md', 'b.mdx', 'c.markdown', 'sub/d.md'])
    })

    it('globs expand; an empty glob is a clear error (exit 2)', () => {
      const dir = workspace({'a.md': SAMPLE, 'b.md': SAMPLE})
      const files = JSON.parse(pitchlint(['--format', 'json', '*.md'], {cwd: dir}).stdout)
      assert.equal(files.length, 2)
      const run = pitchlint(['*.mdx'], {cwd: dir})
      assert.equal(run.status, 2)
      assert.match(run.stderr, /No files matching the pattern "\*\.mdx" were found/)
    })
  })

  describe('bad input never crashes or hangs', () => {
    const lintOne = (content: string | Buffer, name = 'doc.md') => {
      const dir = workspace({[name]: content})
      const run = pitchlint(['--format', 'json', join(dir, name)])
      assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`)
      return JSON.parse(run.stdout)[0]
    }

    it('an empty file', () => assert.deepEqual(lintOne('').messages, []))

    it('a binary file is skipped with a message', () => {
      const report = lintOne(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]), 'logo.md')
      assert.match(report.messages[0].message, /binary file/)
    })

    it('invalid UTF-8 is read with replacement characters and still linted', () => {
      const report = lintOne(Buffer.concat([Buffer.from('Bad \xff\xfe bytes. '), Buffer.from([0xc3, 0x28]), Buffer.from(' Our seamless sync for you.\n')]))
      assert.match(report.messages[0].message, /not valid UTF-8/)
      assert.ok(report.messages.some((m: {ruleId: string}) => m.ruleId === 'vague-claim'))
    })

    it('a 5 MB file', function () {
      this.timeout(180000) // a cold lint of 5 MB on one core, with the suite running beside it
      const block = readFileSync(resolve('examples/battlecard.md'), 'utf8')
      const big = block.repeat(Math.ceil((5 * 1024 * 1024) / block.length))
      const report = lintOne(big)
      assert.ok(report.messages.length > 1000)
    })

    it('deeply nested lists: linted up to 100 levels, reported beyond', () => {
      const nest = (levels: number) => Array.from({length: levels}, (_, depth) => `${'  '.repeat(depth)}- level ${depth} seamless sync for you`).join('\n') + '\n'
      const shallow = lintOne(nest(60))
      assert.equal(shallow.messages.filter((m: {ruleId: string}) => m.ruleId === 'vague-claim').length, 60)
      const deep = lintOne(`Our robust platform for you.\n\n${nest(2000)}`)
      assert.match(deep.messages[0].message, /nested more than 100 levels deep; this part was not linted/)
      assert.ok(deep.messages.some((m: {ruleId: string}) => m.ruleId === 'vague-claim'), 'the rest of the file is still linted')
    })

    it('deeply nested block quotes', () => {
      lintOne(`${'>'.repeat(20000)} seamless for you\n`)
    })

    it('unterminated front matter', () => {
      const report = lintOne('---\ntitle: never closed\n\nOur seamless sync for you.\n')
      assert.ok(report.messages.some((m: {ruleId: string}) => m.ruleId === 'vague-claim'))
    })

    it('broken Markdown and MDX', () => {
      lintOne('[unclosed link(\n\n**bold never closed\n\n| a | b\n|--\n<div>\n')
      lintOne('<Component prop={unclosed\n\n# Heading\n\nOur seamless sync for you.\n', 'page.mdx')
    })
  })

  it('--help and --version', () => {
    const help = pitchlint(['--help'])
    assert.equal(help.status, 0)
    assert.match(help.stdout, /Usage: pitchlint/)
    assert.match(pitchlint(['--version']).stdout, /^\d+\.\d+\.\d+\n$/)
  })
})
