// `pitchlint report`: the messaging report as one HTML page, from the real binary. The
// page in a browser (sorting, axe-core) is checked in test/e2e/report.test.ts.

import assert from 'node:assert/strict'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {messagingScore} from '../../cli/src/report-html/messaging'
import {escapeHtml} from '../../cli/src/report-html/escape'
import {pitchlint, pitchlintInTerminal, workspace} from '../helpers/cli'

const EMAIL = [
  '# Month-end close for finance teams',
  '',
  'Controllers lose three days every month chasing bank lines by hand.',
  '',
  'Our seamless sync is robust, and it is really fast.',
  '',
  'Tallyworks cuts the close from ten days to four, as Acme Foods reported in its 2025 review.',
  '',
].join('\n')
const PITCH = ['# Why Tallyworks', '', 'We are the fastest way to close the quarter.', '', 'Our seamless importer reads every bank.', ''].join('\n')
const NOTES = ['# Release notes', '', 'The importer now reads CSV files.', ''].join('\n')

interface JsonReport {
  filePath: string
  messages: Array<{ruleId: string | null; line: number; column: number; endLine: number; endColumn: number}>
}

/** Tags that load something: a script, stylesheet, image, frame or media source. */
function externalResources(html: string): string[] {
  const loads = [...html.matchAll(/<(script|link|img|iframe|source|image|use|embed|object|video|audio)\b[^>]*>/gi)].map((m) => m[0])
  const external = loads.filter((tag) => /\b(src|href|data|xlink:href)\s*=\s*["']?(https?:|\/\/)/i.test(tag))
  const cssUrls = [...html.matchAll(/url\(\s*["']?(https?:|\/\/)[^)]*\)|@import/gi)].map((m) => m[0])
  return [...external, ...cssUrls]
}

/** The documents table's rows, each as its cells' texts (tags stripped). */
function tableRows(html: string): string[][] {
  const body = /<table id="documents-table">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? ''
  return [...body.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1].matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => cell[1].replace(/<[^>]+>/g, '').trim()))
}

function tableHeadings(html: string): string[] {
  const head = /<table id="documents-table">[\s\S]*?<thead>([\s\S]*?)<\/thead>/.exec(html)?.[1] ?? ''
  return [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((cell) => cell[1].replace(/<span[^>]*>.*?<\/span>/g, '').replace(/<[^>]+>/g, '').trim())
}

function unescape(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
}

describe('pitchlint report', () => {
  it('--help shows its options; pitchlint --help mentions it', () => {
    const help = pitchlint(['report', '--help'])
    assert.equal(help.status, 0)
    assert.match(help.stdout, /^Usage: pitchlint report \[options\]/)
    for (const option of ['--output-file', '--baseline', '--config', '--cache', '--concurrency']) assert.ok(help.stdout.includes(option), option)
    assert.match(pitchlint(['--help']).stdout, /pitchlint report \[-o report\.html\]/)
  })

  it('writes one self-contained page: totals, a row per document with counts that match the lint, findings in context', () => {
    const dir = workspace({'docs/email.md': EMAIL, 'docs/pitch/why.md': PITCH, 'docs/notes.md': NOTES})
    const run = pitchlint(['report', 'docs'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    assert.match(run.stderr, /^pitchlint: wrote the report on 3 documents \(\d+ findings, messaging score \d+\) to pitchlint-report\.html\n$/)
    assert.equal(run.stdout, '')
    const html = readFileSync(join(dir, 'pitchlint-report.html'), 'utf8')

    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/)
    assert.deepEqual(externalResources(html), [])
    assert.match(html, /<style>[\s\S]+<\/style>/)
    assert.match(html, /<script>[\s\S]+<\/script>/)
    assert.match(html, /The messaging score is the share of selling sentences/)
    for (const chart of ['chart-rules', 'chart-folders', 'chart-vague', 'chart-coverage']) assert.match(html, new RegExp(`<figure class="chart" id="${chart}">`), chart)

    const json = JSON.parse(pitchlint(['--format', 'json', 'docs'], {cwd: dir}).stdout) as JsonReport[]
    const total = json.reduce((n, report) => n + report.messages.length, 0)
    assert.match(html, new RegExp(`<dt>Findings</dt><dd>${total}</dd>`))

    const headings = tableHeadings(html)
    assert.deepEqual(headings.slice(0, 7), ['Document', 'Profile', 'Score', 'Pain', 'Outcome', 'Proof', 'Findings'])
    const rows = tableRows(html)
    assert.deepEqual(rows.map((row) => row[0]), ['docs/email.md', 'docs/notes.md', 'docs/pitch/why.md'])
    for (const report of json) {
      const path = report.filePath.slice(dir.length + 1)
      const row = rows.find((cells) => cells[0] === path)!
      assert.equal(Number(row[6]), report.messages.length, path)
      for (const rule of headings.slice(7)) assert.equal(Number(row[headings.indexOf(rule)]), report.messages.filter((m) => m.ruleId === rule).length, `${path} ${rule}`)
    }
    const email = rows.find((cells) => cells[0] === 'docs/email.md')!
    assert.match(email[3], /^✓ yes/, 'the email states a pain')
    assert.equal(rows.find((cells) => cells[0] === 'docs/notes.md')![1], '—', 'no profile: a dash')

    // Each finding is shown in its line, the flagged words marked: the very range the lint reported.
    const emailText = EMAIL.split('\n')
    const marks = [...html.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => unescape(m[1]))
    for (const m of json.find((report) => report.filePath.endsWith('email.md'))!.messages) {
      if (m.line !== m.endLine) continue
      assert.ok(marks.includes(emailText[m.line - 1].slice(m.column - 1, m.endColumn - 1)), `${m.ruleId} at ${m.line}:${m.column}`)
    }
    // Every document links to its own section.
    for (const [, id] of html.matchAll(/<th scope="row"[^>]*><a href="#(doc-\d+)">/g)) assert.match(html, new RegExp(`<section class="document" id="${id}"`))
  })

  it('the score the page shows is the pooled share of selling sentences without a finding', () => {
    const dir = workspace({'docs/email.md': EMAIL, 'docs/why.md': PITCH, 'docs/notes.md': NOTES})
    const run = pitchlint(['report', 'docs', '-o', 'r.html'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    const html = readFileSync(join(dir, 'r.html'), 'utf8')
    const parts = [...html.matchAll(/<dt>Score<\/dt><dd>(\d+) \/ 100<\/dd><dt>Coverage<\/dt><dd>[^<]*<\/dd><dt>Selling sentences<\/dt><dd>(\d+) of \d+, (\d+) with a finding<\/dd>/g)].map((m) => ({
      score: Number(m[1]),
      selling: Number(m[2]),
      sellingWithFinding: Number(m[3]),
    }))
    assert.ok(parts.length >= 2, 'two documents sell')
    for (const part of parts) assert.equal(part.score, Math.round((100 * (part.selling - part.sellingWithFinding)) / part.selling))
    assert.ok(parts.some((part) => part.sellingWithFinding > 0) && parts.some((part) => part.score < 100))
    assert.match(html, new RegExp(`<dt>Messaging score</dt><dd>${messagingScore(parts)} / 100</dd>`))
    assert.equal(messagingScore([]), null)
    assert.equal(messagingScore([{selling: 4, sellingWithFinding: 1}, {selling: 0, sellingWithFinding: 0}]), 75)
  })

  it('--baseline marks new findings and lists fixed ones; the report itself does not fail on them', () => {
    const dir = workspace({'docs/email.md': EMAIL, 'docs/notes.md': NOTES})
    assert.equal(pitchlint(['--write-baseline', 'baseline.json', 'docs'], {cwd: dir}).status, 0)
    const email = join(dir, 'docs/email.md')
    writeFileSync(email, readFileSync(email, 'utf8').replace('Our seamless sync is robust, and it is really fast.', 'Our sync posts bank lines every night.') + '\nWe are the fastest way to close the quarter.\n')
    const run = pitchlint(['report', 'docs', '--baseline', 'baseline.json', '-o', 'out/deep/report.html'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    const html = readFileSync(join(dir, 'out/deep/report.html'), 'utf8')
    assert.match(html, /<dt>New since baseline<\/dt><dd>1<\/dd>/)
    // Every accepted finding was in the sentence that was rewritten.
    const accepted = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).entries as Array<{sentence: string}>
    assert.ok(accepted.length >= 2 && accepted.every((entry) => entry.sentence.startsWith('Our seamless sync')), JSON.stringify(accepted))
    assert.match(html, new RegExp(`<dt>Fixed since baseline</dt><dd>${accepted.length}</dd>`))
    assert.match(html, /<figure class="chart" id="chart-baseline">/)
    assert.equal([...html.matchAll(/<span class="badge-new">new<\/span>/g)].length, 2, 'the new finding, and the legend that explains the mark')
    assert.match(html, /<span class="rule">vague-claim<\/span> “seamless”/)
    assert.deepEqual(tableHeadings(html).slice(6, 8), ['Findings', 'New'])
  })

  it('reuses the cache: the messaging summary is cached with the findings', () => {
    const dir = workspace({'docs/email.md': EMAIL, 'docs/why.md': PITCH})
    const first = pitchlint(['report', 'docs', '--cache', '-o', 'a.html'], {cwd: dir})
    assert.equal(first.status, 0, first.stderr)
    assert.doesNotMatch(readFileSync(join(dir, 'a.html'), 'utf8'), /<dt>Messaging score<\/dt><dd>100 \/ 100<\/dd>/)
    // Editing the cached summaries proves the second run takes them from the cache, not from a new lint.
    const cachePath = join(dir, '.pitchlintcache')
    const cache = JSON.parse(readFileSync(cachePath, 'utf8'))
    const entries = Object.values(cache.files as Record<string, {report: {messaging: {selling: number; sellingWithFinding: number}}}>)
    assert.equal(entries.length, 2)
    for (const entry of entries) {
      assert.ok(entry.report.messaging.selling > 0, 'the cache keeps the messaging summary')
      entry.report.messaging.sellingWithFinding = 0
    }
    writeFileSync(cachePath, JSON.stringify(cache))
    const second = pitchlint(['report', 'docs', '--cache', '-o', 'b.html'], {cwd: dir})
    assert.equal(second.status, 0, second.stderr)
    assert.match(readFileSync(join(dir, 'b.html'), 'utf8'), /<dt>Messaging score<\/dt><dd>100 \/ 100<\/dd>/)
  })

  it('the JSON format is unchanged: the messaging summary is not in it', () => {
    const dir = workspace({'docs/email.md': EMAIL})
    const json = JSON.parse(pitchlint(['--format', 'json', 'docs'], {cwd: dir}).stdout) as Array<Record<string, unknown>>
    assert.deepEqual(Object.keys(json[0]).sort(), ['errorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'suppressedMessages', 'warningCount'])
  })

  it('usage and input errors exit 2 and point to the report help', () => {
    const dir = workspace({'docs/email.md': EMAIL})
    const typo = pitchlint(['report', '--ouput-file', 'x.html', 'docs'], {cwd: dir})
    assert.equal(typo.status, 2)
    assert.match(typo.stderr, /Unknown option '--ouput-file'\. Did you mean '--output-file'\?\nRun `pitchlint report --help` for usage\./)
    const baseline = pitchlint(['report', '--baseline', 'missing.json', 'docs'], {cwd: dir})
    assert.equal(baseline.status, 2)
    assert.match(baseline.stderr, /No such baseline file: missing\.json/)
    const nothing = pitchlint(['report', 'nowhere'], {cwd: dir})
    assert.equal(nothing.status, 2)
    assert.equal(existsSync(join(dir, 'pitchlint-report.html')), false)
  })

  it('shows progress on a terminal’s stderr, as a lint run does', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 12; i++) files[`docs/page-${i}.md`] = `# Page ${i}\n\nOur seamless sync for your team.\n`
    const dir = workspace(files)
    const run = pitchlintInTerminal(['report', 'docs'], {cwd: dir, env: {PITCHLINT_PROGRESS_DELAY_MS: '0'}})
    assert.equal(run.status, 0, run.stdout)
    assert.match(run.stdout, /\r\u001b\[2Kpitchlint: \d+\/12 files {2}docs\/page-\d+\.md/)
    const piped = pitchlint(['report', 'docs'], {cwd: dir, env: {PITCHLINT_PROGRESS_DELAY_MS: '0'}})
    assert.doesNotMatch(piped.stderr, /files {2}/)
  })
})

describe('the report’s profiles', () => {
  it('shows each document’s profile, why, and its checklist; a dash where none applies', () => {
    const battlecard = ['---', 'pitchlint: {profile: battlecard}', '---', '# Acme vs Globex', '', '## Why we win', '', '- Acme closes the books in two days, so controllers stop working weekends.', ''].join('\n')
    const dir = workspace({'docs/acme.md': battlecard, 'docs/notes.md': NOTES})
    const run = pitchlint(['report', '-o', 'r.html', 'docs'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    const html = readFileSync(join(dir, 'r.html'), 'utf8')
    const inspected = JSON.parse(pitchlint(['inspect', '--format', 'json', 'docs/acme.md'], {cwd: dir}).stdout) as Array<{profile: {name: string; reason: string}}>
    const headings = tableHeadings(html)
    assert.deepEqual(headings.slice(0, 8), ['Document', 'Profile', 'Score', 'Pain', 'Outcome', 'Proof', 'Checklist', 'Findings'])
    const rows = tableRows(html)
    const acme = rows.find((cells) => cells[0] === 'docs/acme.md')!
    assert.equal(acme[1], 'battlecard')
    // The checklist counts the profile's parts the document has: "why we win" of all the required ones.
    const [met, of] = /^(\d+) of (\d+)$/.exec(acme[6])!.slice(1).map(Number)
    assert.ok(met >= 1 && met < of, acme[6])
    assert.deepEqual(rows.find((cells) => cells[0] === 'docs/notes.md')!.slice(1, 2), ['—'])
    assert.ok(html.includes(`<dt>Profile</dt><dd>battlecard (${escapeHtml(inspected[0].profile.reason)})</dd>`), 'the reason inspect gives')
    assert.match(html, /<li>✗ no: [^<]+<\/li>/)
  })
})
