// The CLI's view of results: ESLint's JSON shape, which every formatter reads.
// Lines and columns are 1-based, columns count UTF-16 code units, ends are exclusive.

import {LineIndex, type Finding, type LintResult, type SuppressedFinding} from '../../rules/src/index'

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
  suppressions?: Array<{kind: 'directive'; justification: string}>
}

export interface FileReport {
  filePath: string
  messages: Message[]
  suppressedMessages: Message[]
  errorCount: number
  warningCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  /** The linted text, kept for formatters that show context; never serialized. */
  source?: string
}

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
  const messages = [...extra, ...notices, ...result.findings.map((finding) => toMessage(finding, lines))]
  return summarize({filePath, messages, suppressedMessages: result.suppressed.map((f) => toSuppressedMessage(f, lines)), source: text})
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
