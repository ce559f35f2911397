// ESLint's "stylish" layout: the file, then `line:col  severity  message  rule`, then
// a summary. Paths are relative to the working folder, as people typed them. Colour as
// the caller decides (see useColor in main.ts).

import type {FileReport} from '../report'
import {displayPath} from './paths'

export interface StylishOptions {
  color: boolean
  cwd: string
}

export function formatStylish(reports: readonly FileReport[], {color, cwd}: StylishOptions): string {
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[39m` : text)
  const dim = (text: string) => (color ? `\u001b[2m${text}\u001b[22m` : text)
  const bold = (text: string) => (color ? `\u001b[1m${text}\u001b[22m` : text)
  let errors = 0
  let warnings = 0
  let fixable = 0
  const out: string[] = []
  for (const report of reports) {
    if (report.messages.length === 0) continue
    errors += report.errorCount
    warnings += report.warningCount
    fixable += report.fixableErrorCount + report.fixableWarningCount
    out.push('', bold(displayPath(report.filePath, cwd)))
    const rows = report.messages.map((m) => [`${m.line}:${m.column}`, m.severity === 2 ? 'error' : 'warning', m.message.replace(/\n/g, ' '), m.ruleId ?? ''])
    const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)))
    for (const [position, severity, message, rule] of rows) {
      const label = severity === 'error' ? paint(31, severity.padEnd(widths[1])) : paint(33, severity.padEnd(widths[1]))
      out.push(`  ${dim(position.padEnd(widths[0]))}  ${label}  ${message}  ${dim(rule)}`)
    }
  }
  const total = errors + warnings
  if (total === 0) return ''
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`
  out.push('', bold(paint(errors > 0 ? 31 : 33, summary)))
  if (fixable > 0) out.push(paint(errors > 0 ? 31 : 33, `  ${plural(fixable, 'problem')} fixable with the \`--fix\` option.`))
  return out.join('\n') + '\n'
}
