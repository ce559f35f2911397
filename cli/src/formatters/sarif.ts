// SARIF 2.1.0, for GitHub code scanning and other security dashboards: every rule with
// its description and help URI, each finding with its exact region (UTF-16 columns,
// exclusive ends), a fingerprint that survives lines moving, its safe fix, and, for
// findings that were silenced, the suppression: an inline comment with its `-- reason`
// (inSource) or the baseline (external). Messages about files (unreadable, binary)
// are tool notifications, not results.

import {pathToFileURL} from 'node:url'
import {LineIndex, ruleUrl, rules, VERSION, type RuleMeta} from '../../../rules/src/index'
import {withOccurrences} from '../baseline'
import type {FileReport, Message} from '../report'
import type {FormatContext} from './index'
import {displayPath} from './paths'

const SRCROOT = '%SRCROOT%'
const INFORMATION_URI = 'https://github.com/pitchlint/pitchlint'
const FINGERPRINT_KEY = 'pitchlint/v1'

type Json = Record<string, unknown>

function level(severity: 1 | 2): 'warning' | 'error' {
  return severity === 2 ? 'error' : 'warning'
}

function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())
}

function ruleDescriptor(meta: RuleMeta, url: string): Json {
  const name = ruleName(meta.id)
  return {
    id: meta.id,
    // SARIF validators reject a name that equals the id but for case.
    ...(name.toLowerCase() !== meta.id.toLowerCase() && {name}),
    shortDescription: {text: meta.description},
    fullDescription: {text: meta.description},
    helpUri: url,
    help: {text: `${meta.description} Documentation: ${url}`, markdown: `${meta.description} [Documentation](${url})`},
    defaultConfiguration: meta.defaultSeverity === 'off' ? {enabled: false, level: 'warning'} : {level: meta.defaultSeverity === 'error' ? 'error' : 'warning'},
    properties: {tags: ['pitchlint', meta.type], fixable: meta.fixable},
  }
}

function artifactLocation(filePath: string, cwd: string): Json {
  const shown = displayPath(filePath, cwd)
  if (shown.startsWith('/') || /^[A-Za-z]:/.test(shown)) return {uri: pathToFileURL(filePath).href}
  if (shown.startsWith('<')) return {uri: encodeURIComponent(shown)}
  return {uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT}
}

function region(m: Pick<Message, 'line' | 'column' | 'endLine' | 'endColumn'>): Json {
  return {startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn}
}

function offsetRegion(lines: LineIndex, [start, end]: [number, number]): Json {
  const from = lines.position(start)
  const to = lines.position(end)
  return {startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column}
}

export function formatSarif(reports: readonly FileReport[], context: FormatContext): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]))
  const descriptors = rules.map((rule) => ruleDescriptor(rule.meta, ruleUrl(rule.meta.id)))
  const results: Json[] = []
  const notifications: Json[] = []
  let failedToRead = false

  for (const report of reports) {
    const location = artifactLocation(report.filePath, context.cwd)
    const lines = report.source === undefined ? undefined : new LineIndex(report.source)
    const occurrences = new Map(withOccurrences([...report.messages, ...report.suppressedMessages]).map(({message, occurrence}) => [message, occurrence]))
    const result = (m: Message): Json => {
      const physicalLocation = {artifactLocation: location, region: region(m)}
      const entry: Json = {
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId!),
        level: level(m.severity),
        message: {text: m.message},
        locations: [{physicalLocation}],
      }
      if (m.fingerprint) {
        const id = `${m.fingerprint}:${occurrences.get(m) ?? 0}`
        entry.fingerprints = {[FINGERPRINT_KEY]: id}
        entry.partialFingerprints = {[FINGERPRINT_KEY]: id}
      }
      if (m.fix && lines) {
        entry.fixes = [
          {
            description: {text: m.fix.text === '' ? 'Delete the flagged words' : `Replace with “${m.fix.text}”`},
            artifactChanges: [{artifactLocation: location, replacements: [{deletedRegion: offsetRegion(lines, m.fix.range), insertedContent: {text: m.fix.text}}]}],
          },
        ]
      }
      if (m.note) entry.properties = {note: m.note}
      // The other places a finding is about: the registry entry, the same figure in another file.
      if (m.relatedLocations?.length) {
        entry.relatedLocations = m.relatedLocations.map((place, id) => ({
          id,
          physicalLocation: {artifactLocation: artifactLocation(place.filePath, context.cwd), region: region(place)},
          message: {text: place.message},
        }))
      }
      return entry
    }
    for (const m of report.messages) {
      if (m.ruleId === null) {
        if (m.severity === 2) failedToRead = true
        notifications.push({level: level(m.severity), message: {text: m.message}, locations: [{physicalLocation: {artifactLocation: location, region: region(m)}}]})
        continue
      }
      results.push({...result(m), ...(context.baseline && {baselineState: 'new'})})
    }
    for (const m of report.suppressedMessages) {
      const suppressions = (m.suppressions ?? []).map((s) => ({
        kind: s.kind === 'baseline' ? 'external' : 'inSource',
        status: 'accepted',
        ...(s.justification && {justification: s.justification}),
      }))
      // Only findings the baseline matched are "unchanged"; an inline comment's are outside the comparison.
      const inBaseline = m.suppressions?.some((s) => s.kind === 'baseline')
      results.push({...result(m), suppressions, ...(context.baseline && inBaseline && {baselineState: 'unchanged'})})
    }
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'pitchlint', version: VERSION, semanticVersion: VERSION, informationUri: INFORMATION_URI, rules: descriptors}},
        invocations: [{executionSuccessful: !failedToRead, ...(notifications.length > 0 && {toolExecutionNotifications: notifications})}],
        originalUriBaseIds: {[SRCROOT]: {uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}`}},
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
  return JSON.stringify(log, null, 2) + '\n'
}
