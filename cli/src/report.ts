// The CLI's view of results: ESLint's JSON shape, which every formatter reads.
// Lines and columns are 1-based, columns count UTF-16 code units, ends are exclusive.

import {LineIndex, type AnalyzedSentence, type Finding, type LintResult, type SuppressedFinding} from '../../rules/src/index'
import type {FigureMention} from '../../rules/src/proof-points/index'
import {indexHolding} from '../../rules/src/sorted'
import {fingerprintOf, type Identity} from './fingerprint'
import {messagingSummary, type MessagingSummary} from './report-html/messaging'

export interface Message {
  ruleId: string | null
  severity: 1 | 2
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  messageId?: string
  /** Set on messages about the file itself (unreadable, partly unparsed). */
  fatal?: boolean
  url?: string
  note?: string
  fix?: {range: [number, number]; text: string}
  suggestions?: Array<{desc: string; fix: {range: [number, number]; text: string}}>
  /** Why it is not reported: an inline comment (with its `-- reason`) or the baseline file. */
  suppressions?: Array<{kind: 'directive' | 'baseline'; justification: string}>
  /** Identifies the finding across edits that move it: rule, flagged text, sentence (see fingerprint.ts). */
  fingerprint?: string
  /** Other places the finding is about: a proof-point registry entry, the same figure in another file. */
  relatedLocations?: RelatedMessageLocation[]
}

export interface RelatedMessageLocation {
  filePath: string
  line: number
  column: number
  endLine: number
  endColumn: number
  message: string
}

/** The text of a file a finding points into (the registry, another document), as lines; undefined if unknown. */
export type LinesOf = (file: string) => LineIndex | undefined

export interface FileReport {
  filePath: string
  messages: Message[]
  suppressedMessages: Message[]
  errorCount: number
  warningCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  /** The text after `--fix` or `--fix-dry-run`, when the fixes changed it. */
  output?: string
  /** The linted text, kept for formatters that show context; never serialized. */
  source?: string
  /** What each fingerprint was made from, for baseline files; never serialized. */
  identities?: Map<string, Identity>
  /** With `output`: the text the fixes started from, and whether the file had a byte order mark; never serialized. */
  fixedFrom?: {text: string; bom: boolean}
  /** Selling sentences and pitch coverage, for `pitchlint report` and `--format markdown`; cached, not in the JSON output. */
  messaging?: MessagingSummary
  /** The figures its claims quote, for the check across files (`inconsistent-figure`); cached, not in the JSON output. */
  figures?: FigureMention[]
}

/** The fields of a report that stay in memory only. */
export const UNSERIALIZED: ReadonlyArray<keyof FileReport> = ['source', 'identities', 'fixedFrom', 'messaging', 'figures']

export function toMessage(finding: Finding, lines: LineIndex, filePath?: string, linesOf?: LinesOf): Message {
  const start = lines.position(finding.range[0])
  const end = lines.position(finding.range[1])
  const related = finding.related?.flatMap((place): RelatedMessageLocation[] => {
    const file = place.file ?? filePath
    const placeLines = place.file === undefined ? lines : linesOf?.(place.file)
    if (file === undefined || !placeLines) return []
    const from = placeLines.position(place.range[0])
    const to = placeLines.position(place.range[1])
    return [{filePath: file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, message: place.message}]
  })
  return {
    ruleId: finding.ruleId,
    severity: finding.severity === 'error' ? 2 : 1,
    message: finding.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    messageId: finding.messageId,
    url: finding.url,
    ...(finding.note && {note: finding.note}),
    ...(finding.fix && {fix: finding.fix}),
    ...(finding.suggestions && {suggestions: finding.suggestions.map((s) => ({desc: s.title, fix: s.fix}))}),
    ...(related?.length && {relatedLocations: related}),
  }
}

function toSuppressedMessage(finding: SuppressedFinding, lines: LineIndex): Message {
  return {...toMessage(finding, lines), suppressions: [{kind: 'directive', justification: finding.suppressedBy.reason ?? ''}]}
}

/** A message about the whole file (e.g. it could not be read). */
export function fileMessage(message: string, severity: 1 | 2 = 1): Message {
  return {ruleId: null, severity, message, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true}
}

export function toFileReport(filePath: string, text: string, result: LintResult, extra: Message[] = [], linesOf?: LinesOf): FileReport {
  const lines = new LineIndex(text)
  const notices = result.notices.map((notice): Message => {
    const start = lines.position(notice.range[0])
    const end = lines.position(notice.range[1])
    return {ruleId: null, severity: 1, message: notice.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, fatal: true}
  })
  const identities = new Map<string, Identity>()
  const sentences = [...result.sentences].sort((a, b) => a.range[0] - b.range[0])
  const identify = <M extends Message>(message: M, finding: Finding): M => {
    const identity = {text: text.slice(...finding.range), sentence: sentenceAround(finding.range[0], sentences, text, lines)}
    const fingerprint = fingerprintOf(finding.ruleId, identity)
    identities.set(fingerprint, identity)
    return {...message, fingerprint}
  }
  const messages = [...extra, ...notices, ...result.findings.map((finding) => identify(toMessage(finding, lines, filePath, linesOf), finding))]
  const suppressedMessages = result.suppressed.map((finding) => identify(toSuppressedMessage(finding, lines), finding))
  return summarize({filePath, messages, suppressedMessages, source: text, identities, messaging: messagingSummary(result), ...(result.figures.length > 0 && {figures: result.figures})})
}

/**
 * A sentence longer than this identifies its findings by the source around each one
 * (IDENTITY_REACH on either side) instead of by all of its text: hashing the whole
 * sentence once per finding makes a "sentence" without full stops, holding thousands
 * of findings, quadratic. No prose sentence comes near it (the corpus's longest is
 * under 2,000 characters), so fingerprints of ordinary text do not change.
 */
const IDENTITY_SENTENCE_LIMIT = 4000
const IDENTITY_REACH = 500

/** The plain text of the sentence holding `offset`, or else its source line (directive comments). */
function sentenceAround(offset: number, sentences: readonly AnalyzedSentence[], text: string, lines: LineIndex): string {
  const index = indexHolding(sentences, offset)
  if (index !== -1) {
    const {view, range} = sentences[index]!
    return view.text.length <= IDENTITY_SENTENCE_LIMIT ? view.text : text.slice(Math.max(range[0], offset - IDENTITY_REACH), Math.min(range[1], offset + IDENTITY_REACH))
  }
  const line = lines.lineOf(offset)
  return text.slice(lines.lineStart(line), line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length)
}

export function summarize(report: Omit<FileReport, 'errorCount' | 'warningCount' | 'fixableErrorCount' | 'fixableWarningCount'>): FileReport {
  let errorCount = 0
  let warningCount = 0
  let fixableErrorCount = 0
  let fixableWarningCount = 0
  for (const message of report.messages) {
    if (message.severity === 2) {
      errorCount++
      if (message.fix) fixableErrorCount++
    } else {
      warningCount++
      if (message.fix) fixableWarningCount++
    }
  }
  return {...report, errorCount, warningCount, fixableErrorCount, fixableWarningCount}
}
