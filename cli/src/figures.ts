// One number per claim across the run: after every file is linted (or taken from the
// cache, whose reports keep their figures), the figures of all files are compared and
// each place that quotes a metric differently from another file gets an
// `inconsistent-figure` finding, with the other places as related locations. These
// findings are never cached: they depend on the other files, so they are made anew on
// every run, from every file's figures.

import {LineIndex} from '../../rules/src/index'
import {figureConflicts, type FigureConflict} from '../../rules/src/proof-points/index'
import {conflictFinding} from '../../rules/src/rules/inconsistent-figure'
import {fingerprintOf, type Identity} from './fingerprint'
import {displayPath} from './formatters/paths'
import {summarize, toMessage, type FileReport, type Message} from './report'

/** `reports` with the findings about figures that differ between files (or places) added. */
export function withFigureConflicts(reports: readonly FileReport[], cwd: string, unreported: readonly FileReport[] = []): FileReport[] {
  // The files of other shards are compared with, never reported on.
  const withoutSeverity = unreported.map((report) => ({...report, figures: report.figures?.map(({severity: _severity, ...figure}) => figure)}))
  const files = [...reports, ...withoutSeverity].flatMap((report) => (report.figures?.length ? [{file: report.filePath, figures: report.figures}] : []))
  if (files.length === 0) return [...reports]
  const conflicts = figureConflicts(files)
  if (conflicts.length === 0) return [...reports]

  const linesByFile = new Map<string, LineIndex>()
  const sources = new Map([...reports, ...unreported].map((report) => [report.filePath, report.source]))
  const linesOf = (file: string): LineIndex | undefined => {
    let lines = linesByFile.get(file)
    const source = sources.get(file)
    if (!lines && source !== undefined) linesByFile.set(file, (lines = new LineIndex(source)))
    return lines
  }
  const where = (file: string, range: [number, number]) => {
    const line = linesOf(file)?.position(range[0]).line
    return `${displayPath(file, cwd)}${line === undefined ? '' : `:${line}`}`
  }
  const byFile = new Map<string, FigureConflict[]>()
  for (const conflict of conflicts) byFile.set(conflict.file, [...(byFile.get(conflict.file) ?? []), conflict])

  return reports.map((report) => {
    const mine = byFile.get(report.filePath)
    const lines = linesOf(report.filePath)
    if (!mine || !lines) return report
    const identities = new Map(report.identities ?? [])
    const added = mine.map((conflict): Message => {
      const finding = conflictFinding(conflict, where)
      const identity: Identity = {text: conflict.figure.text, sentence: conflict.figure.sentence}
      const fingerprint = fingerprintOf(finding.ruleId, identity)
      identities.set(fingerprint, identity)
      return {...toMessage(finding, lines, report.filePath, linesOf), fingerprint}
    })
    // Messages about the file itself stay first; findings go in reading order.
    const aboutFile = report.messages.filter((m) => m.ruleId === null)
    const findings = [...report.messages.filter((m) => m.ruleId !== null), ...added].sort((a, b) => a.line - b.line || a.column - b.column)
    return summarize({...report, messages: [...aboutFile, ...findings], identities})
  })
}
