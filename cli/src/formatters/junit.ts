// JUnit XML, which GitLab, Jenkins, Azure DevOps and most CI dashboards read: one
// <testsuite> per file, one <testcase> per finding with a <failure> (an <error> when the
// file could not be read), and one passing <testcase> for a clean file, so the file
// still shows up as checked.

import type {FileReport, Message} from '../report'
import {displayPath} from './paths'

/** XML 1.0 forbids most control characters and lone surrogates, even escaped. */
function xmlText(value: string): string {
  return value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[^\u0009\u000A\u000D\u0020-\uFFFD]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

function testcase(file: string, m: Message): string {
  const severity = m.severity === 2 ? 'error' : 'warning'
  const name = `${m.line}:${m.column} ${m.ruleId ?? 'file'}`
  const element = m.fatal && m.severity === 2 ? 'error' : 'failure'
  const details = `${file}:${m.line}:${m.column}: ${severity} ${m.message}${m.ruleId ? ` [${m.ruleId}]` : ''}${m.url ? `\n${m.url}` : ''}`
  return [
    `    <testcase name="${xmlText(name)}" classname="${xmlText(file)}" file="${xmlText(file)}" time="0">`,
    `      <${element} message="${xmlText(m.message)}" type="${m.ruleId ?? severity}">${xmlText(details)}</${element}>`,
    '    </testcase>',
  ].join('\n')
}

export function formatJunit(reports: readonly FileReport[], {cwd}: {cwd: string}): string {
  const suites: string[] = []
  let tests = 0
  let failures = 0
  let errors = 0
  for (const report of reports) {
    const file = displayPath(report.filePath, cwd)
    const errored = report.messages.filter((m) => m.fatal && m.severity === 2).length
    const failed = report.messages.length - errored
    const cases = report.messages.length > 0 ? report.messages.map((m) => testcase(file, m)) : [`    <testcase name="pitchlint" classname="${xmlText(file)}" file="${xmlText(file)}" time="0"/>`]
    const count = Math.max(report.messages.length, 1)
    tests += count
    failures += failed
    errors += errored
    suites.push(`  <testsuite name="${xmlText(file)}" tests="${count}" failures="${failed}" errors="${errored}" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`)
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pitchlint" tests="${tests}" failures="${failures}" errors="${errors}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n')
}
