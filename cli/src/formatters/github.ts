// GitHub Actions workflow commands, so findings annotate the pull request's diff:
//   ::warning file=docs/email.md,line=8,col=30,endLine=8,endColumn=38,title=pitchlint(vague-claim)::`seamless` is…
// followed by a plain summary line for the log. Paths are relative to the working folder,
// which in a workflow is the repository root.

import type {FileReport, Message} from '../report'
import {displayPath} from './paths'

/** Escaping from @actions/core: data escapes %, CR, LF; properties also `:` and `,`. */
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

function annotation(file: string, m: Message): string {
  const command = m.severity === 2 ? 'error' : 'warning'
  const properties: Array<[string, string | number]> = [
    ['file', file],
    ['line', m.line],
    ['col', m.column],
    ['endLine', m.endLine],
    ['endColumn', m.endColumn],
    ['title', m.ruleId ? `pitchlint(${m.ruleId})` : 'pitchlint'],
  ]
  const text = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')
  return `::${command} ${text}::${escapeData(m.message)}`
}

export function formatGithub(reports: readonly FileReport[], {cwd}: {cwd: string}): string {
  const lines: string[] = []
  let errors = 0
  let warnings = 0
  for (const report of reports) {
    const file = displayPath(report.filePath, cwd)
    for (const m of report.messages) lines.push(annotation(file, m))
    errors += report.errorCount
    warnings += report.warningCount
  }
  const files = reports.length
  lines.push(`pitchlint: ${errors + warnings} problem${errors + warnings === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${files} file${files === 1 ? '' : 's'}`)
  return lines.join('\n') + '\n'
}
