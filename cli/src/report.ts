// The CLI's view of results: ESLint's JSON shape, which every formatter reads.
// Lines and columns are 1-based, columns count UTF-16 code units, ends are exclusive.

import {LineIndex, type AnalyzedSentence, type Finding, type LintResult, type SuppressedFinding} from '../../rules/src/index'
import {fingerprintOf, type Identity} from './fingerprint'

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
}

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
}

/** The fields of a report that stay in memory only. */
export const UNSERIALIZED: ReadonlyArray<keyof FileReport> = ['source', 'identities', 'fixedFrom']

export function toMessage(finding: Finding, lines: LineIndex): Message {
  const start = lines.position(finding.range[0])
  const end = lines.position(finding.range[1])
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
  }
}

function toSuppressedMessage(finding: SuppressedFinding, lines: LineIndex): Message {
  return {...toMessage(finding, lines), suppressions: [{kind: 'directive', justification: finding.suppressedBy.reason ?? ''}]}
}

/** A message about the whole file (e.g. it could not be read). */
export function fileMessage(message: string, severity: 1 | 2 = 1): Message {
  return {ruleId: null, severity, message, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true}
}

export function toFileReport(filePath: string, text: string, result: LintResult, extra: Message[] = []): FileReport {
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
  const messages = [...extra, ...notices, ...result.findings.map((finding) => identify(toMessage(finding, lines), finding))]
  const suppressedMessages = result.suppressed.map((finding) => identify(toSuppressedMessage(finding, lines), finding))
  return summarize({filePath, messages, suppressedMessages, source: text, identities})
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
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [start, end] = sentences[middle].range
    if (offset < start) high = middle - 1
    else if (offset >= end) low = middle + 1
    else if (sentences[middle].view.text.length <= IDENTITY_SENTENCE_LIMIT) return sentences[middle].view.text
    else return text.slice(Math.max(start, offset - IDENTITY_REACH), Math.min(end, offset + IDENTITY_REACH))
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
