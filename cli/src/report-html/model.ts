// The messaging report's data: one pass over the lint reports (report.ts) that both the
// HTML page and the Markdown summary read, so the two cannot count differently.

import {dirname} from 'node:path/posix'
import {COVERAGE_ELEMENTS, type Tag} from '../../../rules/src/index'
import type {BaselineEntry} from '../baseline'
import {displayPath} from '../formatters/paths'
import type {FileReport, Message} from '../report'
import {documentCoverage, messagingScore, type DocumentProfile, type MessagingSummary} from './messaging'

/** The rule whose flagged words are the "vague terms" the team leans on. */
const VAGUE_TERM_RULE = 'vague-claim'
/** How much of a finding's line the page shows on either side of it. */
const CONTEXT_REACH = 110

export interface FindingView {
  ruleId: string
  severity: 1 | 2
  message: string
  line: number
  column: number
  url?: string
  /** The source line around the finding: before, the flagged text, after. */
  context?: {before: string; flagged: string; after: string}
  /** With a baseline: not in it. Without one, every finding is new. */
  isNew: boolean
}

export interface DocumentView {
  /** The fragment id of the document's section on the page. */
  id: string
  path: string
  folder: string
  /** The profile's name, or else the folder: what "coverage by document kind" groups by. */
  kind: string
  profile?: DocumentProfile
  messaging?: MessagingSummary
  score: number | null
  coverage?: Array<{tag: Tag; present: boolean}>
  findings: FindingView[]
  countsByRule: Map<string, number>
  newCount: number
  /** Messages about the file itself (not read, partly parsed). */
  notes: string[]
}

export interface BaselineView {
  file: string
  newByRule: Map<string, number>
  fixedByRule: Map<string, number>
  /** Baseline entries that no longer occur, by file. */
  fixedByFile: Map<string, BaselineEntry[]>
  newCount: number
  fixedCount: number
}

export interface ReportModel {
  documents: DocumentView[]
  /** Rule ids with at least one finding, most findings first. */
  rules: string[]
  findingsByRule: Map<string, number>
  findingsByFolder: Map<string, number>
  vagueTerms: Array<[term: string, count: number]>
  coverageByKind: Array<{kind: string; documents: number; present: Record<string, number>}>
  totalFindings: number
  score: number | null
  baseline?: BaselineView
}

export interface ModelOptions {
  cwd: string
  /** The baseline file as given, when the run used one. */
  baseline?: string
  /** Baseline entries that matched no finding in the files linted. */
  stale?: readonly BaselineEntry[]
}

export function buildReportModel(reports: readonly FileReport[], {cwd, baseline, stale = []}: ModelOptions): ReportModel {
  const paths = reports.map((report) => displayPath(report.filePath, cwd))
  const base = commonFolder(paths)
  const documents = reports.map((report, index) => documentView(report, paths[index], base, index))
  documents.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  const findingsByRule = new Map<string, number>()
  const findingsByFolder = new Map<string, number>()
  const vagueTerms = new Map<string, number>()
  let totalFindings = 0
  for (const document of documents) {
    for (const finding of document.findings) {
      totalFindings++
      increment(findingsByRule, finding.ruleId)
      increment(findingsByFolder, document.folder)
      if (finding.ruleId === VAGUE_TERM_RULE && finding.context) increment(vagueTerms, finding.context.flagged.toLowerCase().replace(/\s+/g, ' ').trim())
    }
  }
  return {
    documents,
    rules: byCount(findingsByRule).map(([rule]) => rule),
    findingsByRule,
    findingsByFolder,
    vagueTerms: byCount(vagueTerms),
    coverageByKind: coverageByKind(documents),
    totalFindings,
    score: messagingScore(documents.flatMap((document) => (document.messaging ? [document.messaging] : []))),
    baseline: baseline === undefined ? undefined : baselineView(baseline, documents, stale),
  }
}

function documentView(report: FileReport, path: string, base: string, index: number): DocumentView {
  const profile = report.messaging?.profile
  const folder = folderOf(path, base)
  const lines = report.source === undefined ? undefined : lineStarts(report.source)
  const toView = (message: Message, isNew: boolean): FindingView => ({
    ruleId: message.ruleId!,
    severity: message.severity,
    message: message.message,
    line: message.line,
    column: message.column,
    ...(message.url && {url: message.url}),
    ...(lines && {context: contextOf(report.source!, lines, message)}),
    isNew,
  })
  const current = report.messages.filter((m) => m.ruleId !== null).map((m) => toView(m, true))
  // Findings the baseline accepted are still in the document: listed, not counted as new.
  const accepted = report.suppressedMessages.filter((m) => m.ruleId !== null && m.suppressions?.some((s) => s.kind === 'baseline')).map((m) => toView(m, false))
  const findings = [...current, ...accepted].sort((a, b) => a.line - b.line || a.column - b.column)
  const countsByRule = new Map<string, number>()
  for (const finding of findings) increment(countsByRule, finding.ruleId)
  return {
    id: `doc-${index + 1}`,
    path,
    folder,
    kind: profile?.name ?? folder,
    ...(profile && {profile}),
    ...(report.messaging && {messaging: report.messaging, coverage: documentCoverage(report.messaging)}),
    score: report.messaging ? messagingScore([report.messaging]) : null,
    findings,
    countsByRule,
    newCount: current.length,
    notes: report.messages.filter((m) => m.ruleId === null).map((m) => m.message),
  }
}

function baselineView(file: string, documents: readonly DocumentView[], stale: readonly BaselineEntry[]): BaselineView {
  const newByRule = new Map<string, number>()
  for (const document of documents) for (const finding of document.findings) if (finding.isNew) increment(newByRule, finding.ruleId)
  const fixedByRule = new Map<string, number>()
  const fixedByFile = new Map<string, BaselineEntry[]>()
  for (const entry of stale) {
    increment(fixedByRule, entry.rule)
    fixedByFile.set(entry.file, [...(fixedByFile.get(entry.file) ?? []), entry])
  }
  const sum = (counts: Map<string, number>) => [...counts.values()].reduce((total, n) => total + n, 0)
  return {file, newByRule, fixedByRule, fixedByFile, newCount: sum(newByRule), fixedCount: stale.length}
}

function coverageByKind(documents: readonly DocumentView[]): ReportModel['coverageByKind'] {
  const kinds = new Map<string, {kind: string; documents: number; present: Record<string, number>}>()
  for (const document of documents) {
    if (!document.coverage || !document.messaging?.selling) continue
    let entry = kinds.get(document.kind)
    if (!entry) kinds.set(document.kind, (entry = {kind: document.kind, documents: 0, present: Object.fromEntries(COVERAGE_ELEMENTS.map((tag) => [tag, 0]))}))
    entry.documents++
    for (const {tag, present} of document.coverage) if (present) entry.present[tag]++
  }
  return [...kinds.values()].sort((a, b) => b.documents - a.documents || (a.kind < b.kind ? -1 : 1))
}

/** The flagged text and the rest of its source line, cut to CONTEXT_REACH on either side. */
function contextOf(source: string, lines: number[], message: Message): FindingView['context'] {
  const lineStart = lines[message.line - 1] ?? 0
  const lineEnd = message.line < lines.length ? lines[message.line] - 1 : source.length
  const start = Math.min(lineStart + message.column - 1, lineEnd)
  const endOnLine = message.endLine === message.line ? lineStart + message.endColumn - 1 : lineEnd
  const end = Math.max(start, Math.min(endOnLine, lineEnd))
  const from = Math.max(lineStart, start - CONTEXT_REACH)
  const to = Math.min(lineEnd, end + CONTEXT_REACH)
  const before = (from > lineStart ? '…' : '') + source.slice(from, start).trimStart()
  const after = source.slice(end, to).replace(/\r$/, '').trimEnd() + (to < lineEnd ? '…' : '')
  return {before, flagged: source.slice(start, end), after}
}

/** The offset each line starts at. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return starts
}

/** The folder all documents share, so folders are shown below it. */
function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return ''
  let common = dirname(paths[0]).split('/')
  for (const path of paths) {
    const parts = dirname(path).split('/')
    let shared = 0
    while (shared < common.length && shared < parts.length && common[shared] === parts[shared]) shared++
    common = common.slice(0, shared)
  }
  return common.join('/')
}

/**
 * The top folder below the common one, which is how a team splits its docs (one folder
 * per product, region or funnel stage); documents right in the common folder are in it.
 */
function folderOf(path: string, base: string): string {
  const folder = dirname(path)
  if (folder === base) return base === '' ? '.' : base
  const below = base === '' || base === '.' ? folder : folder.slice(base.length + 1)
  return below.split('/').find(Boolean) ?? '.'
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1)
}

function byCount(counts: Map<string, number>): Array<[string, number]> {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}
