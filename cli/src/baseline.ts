// Baselines for legacy docs: `--write-baseline FILE` records today's findings, and
// `--baseline FILE` reports only findings that are not in it.
//
// An entry is a finding's fingerprint (rule, flagged text, sentence: see fingerprint.ts)
// plus its file, relative to the baseline file, and an occurrence index that tells
// identical findings in one file apart. Line numbers are not part of it, so findings
// survive lines moving. The file is JSON with one entry per line, sorted, so a diff of
// it reads as "these findings were accepted / went away":
//
//   {
//     "pitchlintBaseline": 1,
//     "entries": [
//       {"file": "docs/email.md", "rule": "vague-claim", "text": "seamless", "sentence": "Our seamless sync…", "occurrence": 0, "fingerprint": "3f9c0a1b2c3d4e5f"}
//     ]
//   }

import {readFileSync} from 'node:fs'
import {dirname, isAbsolute, relative, sep} from 'node:path'
import {InputError} from '../../files/src/errors'
import type {FileReport, Message} from './report'
import {summarize} from './report'

export const BASELINE_VERSION = 1

export interface BaselineEntry {
  file: string
  rule: string
  text: string
  sentence: string
  occurrence: number
  fingerprint: string
}

/** How a report's path is written in a baseline next to `baselineFile`. */
export function baselinePath(filePath: string, baselineFile: string): string {
  if (!isAbsolute(filePath)) return filePath.split(sep).join('/') // `<stdin>`
  return relative(dirname(baselineFile), filePath).split(sep).join('/')
}

/** Each finding with its occurrence index among findings with the same fingerprint in its file. */
export function withOccurrences(messages: readonly Message[]): Array<{message: Message; occurrence: number}> {
  const seen = new Map<string, number>()
  const out: Array<{message: Message; occurrence: number}> = []
  for (const message of messages) {
    if (!message.fingerprint) continue
    const occurrence = seen.get(message.fingerprint) ?? 0
    seen.set(message.fingerprint, occurrence + 1)
    out.push({message, occurrence})
  }
  return out
}

export function baselineEntries(reports: readonly FileReport[], baselineFile: string): BaselineEntry[] {
  const entries: BaselineEntry[] = []
  for (const report of reports) {
    const file = baselinePath(report.filePath, baselineFile)
    for (const {message, occurrence} of withOccurrences(report.messages)) {
      const identity = report.identities?.get(message.fingerprint!)
      entries.push({file, rule: message.ruleId!, text: identity?.text ?? '', sentence: identity?.sentence.trim() ?? '', occurrence, fingerprint: message.fingerprint!})
    }
  }
  return entries.sort(byEntry)
}

function byEntry(a: BaselineEntry, b: BaselineEntry): number {
  const keys: Array<keyof BaselineEntry> = ['file', 'rule', 'text', 'sentence', 'fingerprint']
  for (const key of keys) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1
  }
  return a.occurrence - b.occurrence
}

export function serializeBaseline(entries: readonly BaselineEntry[]): string {
  const lines = [...entries].sort(byEntry).map((entry) => {
    const {file, rule, text, sentence, occurrence, fingerprint} = entry
    return `    ${JSON.stringify({file, rule, text, sentence, occurrence, fingerprint})}`
  })
  return `{\n  "pitchlintBaseline": ${BASELINE_VERSION},\n  "entries": [${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`
}

/** Reads and checks a baseline file; a missing or malformed one is an input error naming it. */
export function readBaseline(file: string, shownAs: string): BaselineEntry[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(code === 'ENOENT' ? `No such baseline file: ${shownAs} (create it with --write-baseline ${shownAs})` : `Cannot read baseline file ${shownAs}: ${code ?? String(error)}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new InputError(`Invalid baseline file ${shownAs}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const root = data as {pitchlintBaseline?: unknown; entries?: unknown}
  if (!root || typeof root !== 'object' || root.pitchlintBaseline !== BASELINE_VERSION || !Array.isArray(root.entries)) {
    throw new InputError(`Invalid baseline file ${shownAs}: expected {"pitchlintBaseline": ${BASELINE_VERSION}, "entries": [...]}`)
  }
  root.entries.forEach((entry: unknown, index: number) => {
    const e = entry as Partial<BaselineEntry> | null
    const ok = e && typeof e.file === 'string' && typeof e.rule === 'string' && typeof e.fingerprint === 'string' && Number.isInteger(e.occurrence)
    if (!ok) throw new InputError(`Invalid baseline file ${shownAs}: \`entries.${index}\` needs file, rule, fingerprint and occurrence`)
  })
  return root.entries as BaselineEntry[]
}

export interface BaselineResult {
  reports: FileReport[]
  /** Entries for files linted in this run that matched no finding: fixed, reworded or removed. */
  stale: BaselineEntry[]
}

/** Moves findings found in the baseline to `suppressedMessages`; counts change accordingly. */
export function applyBaseline(reports: readonly FileReport[], entries: readonly BaselineEntry[], baselineFile: string, shownAs: string): BaselineResult {
  const key = (file: string, fingerprint: string, occurrence: number) => `${file}\0${fingerprint}\0${occurrence}`
  const unmatched = new Map(entries.map((entry) => [key(entry.file, entry.fingerprint, entry.occurrence), entry]))
  const linted = new Set<string>()
  const out = reports.map((report) => {
    const file = baselinePath(report.filePath, baselineFile)
    linted.add(file)
    const known = new Set<Message>()
    for (const {message, occurrence} of withOccurrences(report.messages)) {
      if (unmatched.delete(key(file, message.fingerprint!, occurrence))) known.add(message)
    }
    if (known.size === 0) return report
    const accepted = [...known].map((message) => ({...message, suppressions: [{kind: 'baseline' as const, justification: `in baseline ${shownAs}`}]}))
    return summarize({...report, messages: report.messages.filter((m) => !known.has(m)), suppressedMessages: [...report.suppressedMessages, ...accepted]})
  })
  const stale = [...unmatched.values()].filter((entry) => linted.has(entry.file)).sort(byEntry)
  return {reports: out, stale}
}
