// One line per finding, for grep, editors' problem matchers and quick reading:
//   docs/email.md:8:30: warning `seamless` is a vague claim: … [vague-claim]

import type {FileReport} from '../report'
import {displayPath} from './paths'

export function formatCompact(reports: readonly FileReport[], {cwd}: {cwd: string}): string {
  const lines: string[] = []
  for (const report of reports) {
    const file = displayPath(report.filePath, cwd)
    for (const m of report.messages) {
      const severity = m.severity === 2 ? 'error' : 'warning'
      lines.push(`${file}:${m.line}:${m.column}: ${severity} ${m.message.replace(/\s*\n\s*/g, ' ')}${m.ruleId ? ` [${m.ruleId}]` : ''}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
