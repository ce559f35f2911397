// `--format markdown`: the summary for GitHub's job summary and PR comments, read back
// as GitHub reads it (CommonMark with GFM tables, parsed by remark).

import assert from 'node:assert/strict'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Root, Table, TableCell} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {SUMMARY_LIMIT} from '../../cli/src/formatters/markdown'
import {pitchlint, workspace} from '../helpers/cli'

const EMAIL = [
  '# Month-end close for finance teams',
  '',
  'Controllers lose three days every month chasing bank lines by hand.',
  '',
  'Our seamless sync is robust.',
  '',
  'Tallyworks cuts the close from ten days to four, as Acme Foods reported in its 2025 review.',
  '',
].join('\n')

const NOTES = ['# Release notes', '', 'The importer now reads CSV files.', ''].join('\n')

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown)
}

function tables(markdown: string): Table[] {
  return parse(markdown).children.filter((node): node is Table => node.type === 'table')
}

/** A table's rows as plain text cells (escapes undone, as GitHub shows them). */
function cells(table: Table): string[][] {
  const text = (cell: TableCell): string => cell.children.map((child) => ('value' in child ? child.value : '')).join('')
  return table.children.map((row) => row.children.map(text))
}

/** The table that follows a heading with this text. */
function tableAfter(markdown: string, heading: string): string[][] {
  const nodes = parse(markdown).children
  const at = nodes.findIndex((node) => node.type === 'heading' && node.children.some((child) => 'value' in child && child.value === heading))
  assert.notEqual(at, -1, `no heading “${heading}” in:\n${markdown}`)
  const table = nodes.slice(at + 1).find((node): node is Table => node.type === 'table')
  assert.ok(table, `no table after “${heading}”`)
  return cells(table)
}

describe('--format markdown', () => {
  it('totals, findings by rule, coverage and findings by file, as valid GFM tables', () => {
    const dir = workspace({'docs/email.md': EMAIL, 'docs/notes|draft.md': NOTES})
    const run = pitchlint(['--format', 'markdown', 'docs'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    const json = JSON.parse(pitchlint(['--format', 'json', 'docs'], {cwd: dir}).stdout) as Array<{filePath: string; messages: Array<{ruleId: string; line: number; message: string}>}>
    const findings = json.flatMap((report) => report.messages.map((m) => ({...m, file: report.filePath.slice(dir.length + 1)})))
    assert.ok(findings.length >= 2, JSON.stringify(findings))

    assert.match(run.stdout, /^## pitchlint messaging summary\n\n\*\*2 documents · (\d+) findings · messaging score (\d+) \/ 100\*\*\n/)
    assert.equal(Number(/· (\d+) findings ·/.exec(run.stdout)![1]), findings.length)
    assert.match(run.stdout, /share of selling sentences/)

    // Every line that starts a table row belongs to a table remark found: none is broken.
    const parsedRows = tables(run.stdout).reduce((count, table) => count + table.children.length + 1, 0)
    assert.equal(parsedRows, run.stdout.split('\n').filter((line) => line.startsWith('| ')).length)

    const byRule = tables(run.stdout)[0]
    const ruleRows = cells(byRule)
    assert.deepEqual(ruleRows[0], ['Rule', 'Findings'])
    const counted = new Map<string, number>()
    for (const finding of findings) counted.set(finding.ruleId, (counted.get(finding.ruleId) ?? 0) + 1)
    assert.deepEqual(new Map(ruleRows.slice(1).map(([rule, count]) => [rule, Number(count)])), counted)

    const coverage = tableAfter(run.stdout, 'Coverage')
    assert.deepEqual(coverage[0], ['Document', 'Score', 'Pain', 'Outcome', 'Proof', 'Findings'])
    const emailRow = coverage.find((row) => row[0] === 'docs/email.md')
    assert.ok(emailRow, JSON.stringify(coverage))
    assert.equal(emailRow[2], '✓', 'the email states a pain')

    const byFile = tableAfter(run.stdout, 'Findings by file')
    assert.deepEqual(byFile[0], ['File', 'Line', 'Rule', 'Finding'])
    assert.deepEqual(
      byFile.slice(1).map(([file, line, rule, message]) => ({file, line: Number(line), rule, message})),
      findings.map((f) => ({file: f.file, line: f.line, rule: f.ruleId, message: f.message})),
    )
  })

  it('a file name with a pipe and markup stays in its cell', () => {
    const dir = workspace({'docs/a|b_*c*.md': 'Our seamless sync is robust.\n'})
    const run = pitchlint(['--format', 'markdown', 'docs'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    const rows = tableAfter(run.stdout, 'Findings by file')
    assert.ok(rows.length >= 2)
    for (const row of rows.slice(1)) {
      assert.equal(row.length, 4)
      assert.equal(row[0], 'docs/a|b_*c*.md')
    }
  })

  it('with --baseline: new findings by file, new and fixed by rule, coverage changes', () => {
    const dir = workspace({'docs/email.md': EMAIL, 'docs/notes.md': NOTES})
    assert.equal(pitchlint(['--write-baseline', 'baseline.json', 'docs'], {cwd: dir}).status, 0)
    const email = join(dir, 'docs/email.md')
    // Two vague claims fixed; an unproven claim added (proof coverage: a new unproven-claim).
    writeFileSync(email, readFileSync(email, 'utf8').replace('Our seamless sync is robust.', 'Our sync posts bank lines every night.') + '\nWe are the fastest way to close the quarter.\n')
    const run = pitchlint(['--format', 'markdown', '--baseline', 'baseline.json', 'docs'], {cwd: dir})
    assert.equal(run.status, 1, 'a new finding fails the run, as with every format')
    assert.match(run.stdout, /\*\*2 documents · 1 finding · messaging score \d+ \/ 100 · 1 new and 2 fixed since baseline\.json\*\*/)

    const byRule = cells(tables(run.stdout)[0])
    assert.deepEqual(byRule[0], ['Rule', 'Findings', 'New', 'Fixed'])
    const row = (rule: string) => byRule.find((cells) => cells[0] === rule)
    assert.deepEqual(row('unproven-claim')?.slice(2), ['1', '0'])
    assert.deepEqual(row('vague-claim')?.slice(1), ['0', '0', '2'])

    const newFindings = tableAfter(run.stdout, 'New findings by file')
    assert.deepEqual(
      newFindings.slice(1).map(([file, line, rule]) => [file, line, rule]),
      [['docs/email.md', '9', 'unproven-claim']],
    )
    const changes = tableAfter(run.stdout, 'Coverage changes')
    assert.deepEqual(changes[0], ['Document', 'Pain', 'Outcome', 'Proof'])
    assert.equal(changes.length, 2, JSON.stringify(changes))
    assert.equal(changes[1][0], 'docs/email.md')
    assert.match(changes[1][3], /^✓ \(\+1 unproven-claim\)$/)
  })

  it('with a baseline and nothing new, says so', () => {
    const dir = workspace({'docs/email.md': EMAIL})
    assert.equal(pitchlint(['--write-baseline', 'baseline.json', 'docs'], {cwd: dir}).status, 0)
    const run = pitchlint(['--format', 'markdown', '--baseline', 'baseline.json', 'docs'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stdout, /### New findings by file\n\nNo new findings\./)
    assert.match(run.stdout, /### Coverage changes\n\nNo coverage finding was added or fixed\./)
  })

  it('stays under a pull-request comment’s 65,536 characters, truncating with a note, and its tables still parse', function () {
    this.timeout(120000)
    // About 2,400 findings: a summary of every one would be near 400 KB.
    const line = 'Our seamless, robust, powerful sync revolutionizes reconciliation for your team.'
    const files: Record<string, string> = {}
    for (let f = 0; f < 3; f++) files[`docs/page-${f}.md`] = `# Page ${f}\n\n${Array.from({length: 200}, () => line).join('\n\n')}\n`
    const dir = workspace(files)
    const run = pitchlint(['--format', 'markdown', 'docs'], {cwd: dir, timeout: 110000})
    assert.equal(run.status, 0, run.stderr)
    const bytes = Buffer.byteLength(run.stdout)
    assert.ok(bytes <= SUMMARY_LIMIT, `${bytes} bytes`)
    assert.ok(bytes > SUMMARY_LIMIT / 2, `only ${bytes} bytes: the budget is not used`)
    assert.match(run.stdout, /\n> \*\*Truncated\*\* to fit a GitHub pull-request comment \(65,536 characters\): \d+ of \d+ finding rows not shown\. Run `pitchlint report`/)
    const findings = tableAfter(run.stdout, 'Findings by file')
    assert.ok(findings.length > 200, `${findings.length} rows`)
    for (const row of findings) assert.equal(row.length, 4)
    assert.ok(run.stdout.endsWith('\n'))
  })
})
