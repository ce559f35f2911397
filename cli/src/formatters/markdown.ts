// A compact Markdown summary for a pull request: GitHub's job summary
// ($GITHUB_STEP_SUMMARY) or a PR comment. Totals and the messaging score, findings by
// rule, coverage (with --baseline: its changes), then the findings by file (with
// --baseline: only the new ones). GitHub refuses a pull-request comment over 65,536
// characters (and a step summary over 1 MiB), so the output stops adding table rows
// before the smaller limit and says what it left out; the sections come in order of
// importance, so what is cut is the long list at the end.
// It reads the same model as `pitchlint report`, so both count alike.

import {COVERAGE_ELEMENTS} from '../../../rules/src/index'
import type {BaselineEntry} from '../baseline'
import type {FileReport} from '../report'
import {SCORE_EXPLANATION} from '../report-html/messaging'
import {buildReportModel, type DocumentView, type ReportModel} from '../report-html/model'

/** GitHub's limit on a pull-request comment, in characters; UTF-8 bytes are never fewer, so a summary under it in bytes fits (and fits a 1 MiB step summary). */
export const SUMMARY_LIMIT = 65536
/** What the summary may take: the limit less room for the truncation note. */
const BUDGET = SUMMARY_LIMIT - 2048
/** A finding's message is cut to this many characters in the table. */
const MESSAGE_CHARS = 160

/**
 * The rule whose findings say a document lacks each coverage element: with a baseline,
 * a new one means coverage was lost, a fixed one that it was gained.
 */
const COVERAGE_RULES: Readonly<Record<string, string>> = {pain: 'missing-pain', outcome: 'feature-without-outcome', proof: 'unproven-claim'}

export interface MarkdownContext {
  cwd: string
  baseline?: string
  stale?: readonly BaselineEntry[]
}

export function formatMarkdown(reports: readonly FileReport[], {cwd, baseline, stale}: MarkdownContext): string {
  const model = buildReportModel(reports, {cwd, baseline, stale})
  const out = new BoundedText(BUDGET)
  out.block(header(model))
  out.block(ruleTable(model))
  if (model.baseline) coverageChanges(model, out)
  else coverageTable(model, out)
  findingsTable(model, out)
  return out.finish()
}

/** Text that stops taking table rows once it would pass its budget in UTF-8 bytes, counting what it left out. */
class BoundedText {
  private readonly parts: string[] = []
  private bytes = 0
  private readonly omitted: string[] = []

  constructor(private readonly budget: number) {}

  /** A block that is always written (headings, short tables). */
  block(text: string): void {
    this.parts.push(text, '\n')
    this.bytes += Buffer.byteLength(text) + 1
  }

  /** A table: heading line and rows; rows past the budget are dropped and counted as `what`. */
  table(title: string, head: string[], align: Array<'left' | 'right'>, rows: string[][], what: string): void {
    if (rows.length === 0) return
    const lines = [title, '', row(head), row(align.map((side) => (side === 'right' ? '---:' : '---')))]
    this.block(lines.join('\n'))
    let kept = 0
    for (const cells of rows) {
      const line = row(cells)
      const size = Buffer.byteLength(line) + 1
      if (this.bytes + size > this.budget) break
      this.parts.push(line, '\n')
      this.bytes += size
      kept++
    }
    if (kept < rows.length) this.omitted.push(`${rows.length - kept} of ${rows.length} ${what}`)
    this.parts.push('\n')
    this.bytes += 1
  }

  finish(): string {
    if (this.omitted.length > 0) {
      this.parts.push(
        `> **Truncated** to fit a GitHub pull-request comment (65,536 characters): ${this.omitted.join('; ')} not shown. ` +
          'Run `pitchlint report` for the full report as one HTML page.\n',
      )
    }
    return this.parts.join('')
  }
}

function header(model: ReportModel): string {
  const {documents, totalFindings, score, baseline} = model
  const parts = [plural(documents.length, 'document'), plural(totalFindings, 'finding'), `messaging score ${score === null ? '—' : `${score} / 100`}`]
  if (baseline) parts.push(`${baseline.newCount} new and ${baseline.fixedCount} fixed since ${escapeCell(baseline.file)}`)
  return `## pitchlint messaging summary\n\n**${parts.join(' · ')}**\n\n${escapeCell(SCORE_EXPLANATION)}\n`
}

function ruleTable(model: ReportModel): string {
  const {baseline} = model
  const rules = [...new Set([...model.rules, ...(baseline ? baseline.fixedByRule.keys() : [])])]
  if (rules.length === 0) return 'No findings.\n'
  const head = ['Rule', 'Findings', ...(baseline ? ['New', 'Fixed'] : [])]
  const lines = [row(head), row(head.map((_, index) => (index === 0 ? '---' : '---:')))]
  for (const rule of rules) {
    const counts = [model.findingsByRule.get(rule) ?? 0, ...(baseline ? [baseline.newByRule.get(rule) ?? 0, baseline.fixedByRule.get(rule) ?? 0] : [])]
    lines.push(row([escapeCell(rule), ...counts.map(String)]))
  }
  return `${lines.join('\n')}\n`
}

/** Without a baseline: every selling document's coverage, those missing the most first. */
function coverageTable(model: ReportModel, out: BoundedText): void {
  const selling = model.documents.filter((document) => document.coverage && document.messaging?.selling)
  const missing = (document: DocumentView) => document.coverage!.filter((element) => !element.present).length
  selling.sort((a, b) => missing(b) - missing(a) || (a.score ?? 100) - (b.score ?? 100) || (a.path < b.path ? -1 : 1))
  const rows = selling.map((document) => [
    escapeCell(document.path),
    document.score === null ? '—' : String(document.score),
    ...document.coverage!.map(({present}) => (present ? '✓' : '✗ missing')),
    String(document.findings.length),
  ])
  out.table('### Coverage', ['Document', 'Score', ...COVERAGE_ELEMENTS.map(capitalize), 'Findings'], ['left', 'right', 'left', 'left', 'left', 'right'], rows, 'coverage rows')
}

/**
 * With a baseline: documents where a coverage rule's findings came or went. The
 * baseline records findings, not coverage, so a change is read from the rule that
 * reports each missing element (COVERAGE_RULES).
 */
function coverageChanges(model: ReportModel, out: BoundedText): void {
  const fixedByFile = model.baseline!.fixedByFile
  const rows: string[][] = []
  const byPath = new Map(model.documents.map((document) => [document.path, document]))
  const paths = [...new Set([...model.documents.filter((document) => document.newCount > 0).map((document) => document.path), ...fixedByFile.keys()])].sort()
  for (const path of paths) {
    const document = byPath.get(path)
    const changes = COVERAGE_ELEMENTS.map((tag) => {
      const rule = COVERAGE_RULES[tag]
      const added = document?.findings.filter((finding) => finding.isNew && finding.ruleId === rule).length ?? 0
      const fixed = (fixedByFile.get(path) ?? []).filter((entry) => entry.rule === rule).length
      const now = document?.coverage && document.messaging?.selling ? (document.coverage.find((element) => element.tag === tag)?.present ? '✓' : '✗') : '—'
      const delta = [added > 0 ? `+${added} ${rule}` : '', fixed > 0 ? `−${fixed} ${rule}` : ''].filter(Boolean).join(', ')
      return {now, delta}
    })
    if (changes.every((change) => change.delta === '')) continue
    rows.push([escapeCell(path), ...changes.map(({now, delta}) => escapeCell(delta ? `${now} (${delta})` : now))])
  }
  if (rows.length === 0) {
    out.block('### Coverage changes\n\nNo coverage finding was added or fixed.\n')
    return
  }
  out.table('### Coverage changes', ['Document', ...COVERAGE_ELEMENTS.map(capitalize)], ['left', 'left', 'left', 'left'], rows, 'coverage rows')
}

function findingsTable(model: ReportModel, out: BoundedText): void {
  const withBaseline = Boolean(model.baseline)
  const rows: string[][] = []
  for (const document of model.documents) {
    for (const finding of document.findings) {
      if (withBaseline && !finding.isNew) continue
      const message = finding.message.replace(/\s+/g, ' ')
      rows.push([escapeCell(document.path), String(finding.line), escapeCell(finding.ruleId), escapeCell(message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS - 1)}…` : message)])
    }
  }
  if (rows.length === 0) {
    if (withBaseline) out.block('### New findings by file\n\nNo new findings.\n')
    return
  }
  out.table(withBaseline ? '### New findings by file' : '### Findings by file', ['File', 'Line', 'Rule', 'Finding'], ['left', 'right', 'left', 'left'], rows, 'finding rows')
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`
}

/**
 * Text as the inline content of a table cell: every character CommonMark could read as
 * markup is backslash-escaped (a `|` would end the cell, a `*` start emphasis, a `<`
 * raw HTML), and line breaks, which would end the row, become spaces.
 */
export function escapeCell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>|~&!#]/g, (char) => `\\${char}`)
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
