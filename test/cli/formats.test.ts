// Every output format, from the real binary, read back the way its consumers read it.

import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {rules as builtInRules} from '../../rules/src/index'
import {pitchlint, pitchlintInTerminal, workspace} from '../helpers/cli'
import {brokenLogProblems, multitoolProblems, schemaProblems} from '../helpers/sarif'

// Line 1: an intensifier (fixable) and a weak vague word; line 3: silenced, with a reason;
// line 5: an unproven claim.
const DOC = [
  'Our importer is very easy for your team.',
  '<!-- pitchlint-disable-next-line vague-claim -- the analyst’s own words -->',
  'Our seamless sync keeps your team in step.',
  '',
  'We are the fastest way to close the quarter.',
  '',
].join('\n')

const EXPECTED = [
  {ruleId: 'intensifier', line: 1, column: 17, endColumn: 21},
  {ruleId: 'vague-claim', line: 1, column: 22, endColumn: 26},
  {ruleId: 'unproven-claim', line: 5, column: 8, endColumn: 19},
]

function docWorkspace(extra: Record<string, string> = {}): string {
  return workspace({'docs/email.md': DOC, ...extra})
}

const ALL_RULE_IDS = builtInRules.map((rule) => rule.meta.id).sort()

describe('output formats', () => {
  it('stylish: no colour when stdout is not a terminal, colour when it is', () => {
    const dir = docWorkspace()
    const piped = pitchlint(['docs/email.md'], {cwd: dir})
    assert.equal(piped.status, 0, piped.stderr)
    assert.doesNotMatch(piped.stdout, /\u001b\[/)
    assert.match(piped.stdout, /\n {2}1:17 {2}warning {2}Delete “very”, or say how much[^\n]* {2}intensifier\n/)
    assert.match(piped.stdout, /1 problem fixable with the `--fix` option/)
    const terminal = pitchlintInTerminal(['docs/email.md'], {cwd: dir})
    assert.equal(terminal.status, 0, terminal.stdout)
    assert.match(terminal.stdout, /\u001b\[33mwarning\u001b\[39m/, 'warnings in yellow on a terminal')
    assert.match(pitchlintInTerminal(['docs/email.md'], {cwd: dir, env: {NO_COLOR: '1'}}).stdout, /^[^\u001b]*$/, 'NO_COLOR wins')
  })

  it('json: ESLint shape, with the suppressed finding and its reason', () => {
    const dir = docWorkspace()
    const run = pitchlint(['--format', 'json', 'docs/email.md'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    const [file] = JSON.parse(run.stdout)
    assert.equal(file.filePath, join(dir, 'docs/email.md'))
    assert.deepEqual(
      file.messages.map((m: {ruleId: string; line: number; column: number; endColumn: number}) => ({ruleId: m.ruleId, line: m.line, column: m.column, endColumn: m.endColumn})),
      EXPECTED,
    )
    assert.equal(file.fixableWarningCount, 1)
    assert.deepEqual(file.messages[0].fix, {range: [16, 21], text: ''})
    assert.match(file.messages[0].fingerprint, /^[0-9a-f]{16}$/)
    const [suppressed] = file.suppressedMessages
    assert.equal(suppressed.ruleId, 'vague-claim')
    assert.equal(suppressed.line, 3)
    assert.deepEqual(suppressed.suppressions, [{kind: 'directive', justification: 'the analyst’s own words'}])
  })

  describe('sarif', () => {
    it('the validators catch a broken log (so a pass means something)', () => {
      const {multitool, schema} = brokenLogProblems()
      assert.ok(multitool.some((p) => p.startsWith('JSON1002')), `Multitool: ${multitool.join('; ')}`)
      assert.ok(schema.some((p) => /level must be equal to one of the allowed values/.test(p)), `schema: ${schema.join('; ')}`)
    })

    it('is valid SARIF 2.1.0, with rules, help URIs, fingerprints, fixes and suppressions', () => {
      const dir = docWorkspace({'docs/R&D "plan" #2.md': 'Our seamless sync for you.\n', 'docs/logo.md': Buffer.from([0x89, 0x50, 0, 0]) as unknown as string})
      const run = pitchlint(['--format', 'sarif', 'docs'], {cwd: dir})
      assert.equal(run.status, 0, run.stderr)
      assert.deepEqual(multitoolProblems(run.stdout), [])
      const log = JSON.parse(run.stdout)
      assert.deepEqual(schemaProblems(log), [])

      const [sarifRun] = log.runs
      assert.equal(log.version, '2.1.0')
      const rules = sarifRun.tool.driver.rules
      assert.deepEqual(rules.map((r: {id: string}) => r.id), ALL_RULE_IDS)
      for (const rule of rules) {
        assert.equal(new URL(rule.helpUri).pathname.endsWith(`/docs/rules/${rule.id}.md`), true)
        assert.ok(rule.shortDescription.text.length > 10)
      }
      assert.equal(sarifRun.columnKind, 'utf16CodeUnits')
      assert.ok(sarifRun.originalUriBaseIds['%SRCROOT%'].uri.startsWith('file:///'))

      const inEmail = sarifRun.results.filter((r: {locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) => r.locations[0].physicalLocation.artifactLocation.uri === 'docs/email.md')
      const reported = inEmail.filter((r: {suppressions?: unknown}) => !r.suppressions)
      assert.deepEqual(
        reported.map((r: {ruleId: string; locations: Array<{physicalLocation: {region: {startLine: number; startColumn: number; endColumn: number}}}>}) => {
          const {startLine, startColumn, endColumn} = r.locations[0].physicalLocation.region
          return {ruleId: r.ruleId, line: startLine, column: startColumn, endColumn}
        }),
        EXPECTED,
      )
      for (const result of inEmail) {
        assert.equal(rules[result.ruleIndex].id, result.ruleId)
        assert.match(result.partialFingerprints['pitchlint/v1'], /^[0-9a-f]{16}:\d+$/)
      }
      const [intensifier] = reported
      assert.deepEqual(intensifier.fixes[0].artifactChanges[0].replacements[0], {
        deletedRegion: {startLine: 1, startColumn: 17, endLine: 1, endColumn: 22},
        insertedContent: {text: ''},
      })
      const silenced = inEmail.find((r: {suppressions?: unknown}) => r.suppressions)
      assert.deepEqual(silenced.suppressions, [{kind: 'inSource', status: 'accepted', justification: 'the analyst’s own words'}])

      // Paths are URI-encoded; the binary file is a notification, not a result.
      assert.ok(sarifRun.results.some((r: {locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) => r.locations[0].physicalLocation.artifactLocation.uri === 'docs/R%26D%20%22plan%22%20%232.md'))
      const [notification] = sarifRun.invocations[0].toolExecutionNotifications
      assert.match(notification.message.text, /binary file/)
      assert.equal(sarifRun.invocations[0].executionSuccessful, true)
    })
  })

  it('github: workflow commands with file, line, col, endLine, endColumn and title', () => {
    // Commas and colons in a path, and % in a message, are escaped as @actions/core does.
    const dir = docWorkspace({'docs/a,b: c.md': 'It cuts forecast prep time by 50%.\n'})
    const run = pitchlint(['--format', 'github', 'docs', '--rule', 'unproven-claim:error'], {cwd: dir})
    assert.equal(run.status, 1)
    const lines = run.stdout.trimEnd().split('\n')
    assert.deepEqual(lines.slice(1, 3), [
      '::warning file=docs/email.md,line=1,col=17,endLine=1,endColumn=21,title=pitchlint(intensifier)::Delete “very”, or say how much with a figure the buyer can check',
      '::warning file=docs/email.md,line=1,col=22,endLine=1,endColumn=26,title=pitchlint(vague-claim)::Say what the buyer gets: “easy” is a claim every vendor makes',
    ])
    assert.match(lines[0], /^::error file=docs\/a%2Cb%3A c\.md,line=1,col=4,endLine=1,endColumn=34,title=pitchlint\(unproven-claim\)::Name the customer, study or data behind it: “cuts forecast prep time by 50%25” is unproven$/)
    assert.match(lines[3], /^::error file=docs\/email\.md,line=5,col=8,endLine=5,endColumn=19,title=pitchlint\(unproven-claim\)::Name the benchmark or ranking that shows it: “the fastest” is unproven$/)
    assert.equal(lines[4], 'pitchlint: 4 problems (2 errors, 2 warnings) in 2 files')
  })

  it('junit: testsuites, a testsuite per file, a failing testcase per finding, a passing one per clean file', () => {
    const dir = docWorkspace({'docs/clean.md': 'Setup takes 5 minutes.\n', 'docs/R&D <plan>.md': 'Our seamless sync for you.\n', 'docs/z\u0001bell.md': 'Setup takes 5 minutes.\n'})
    const run = pitchlint(['--format', 'junit', 'docs'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    // Well-formed XML 1.0: escaped markup, and no control characters even in file names.
    assert.equal(XMLValidator.validate(run.stdout), true)
    assert.ok(run.stdout.includes('docs/z\uFFFDbell.md'))
    const xml = new XMLParser({ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name)}).parse(run.stdout)
    const suites = xml.testsuites.testsuite
    assert.equal(xml.testsuites.tests, '6')
    assert.equal(xml.testsuites.failures, '4')
    assert.deepEqual(suites.map((s: {name: string}) => s.name), ['docs/R&D <plan>.md', 'docs/clean.md', 'docs/email.md', 'docs/z\uFFFDbell.md'])
    const [odd, clean, email] = suites
    assert.equal(clean.failures, '0')
    assert.equal(clean.testcase.length, 1)
    assert.equal(clean.testcase[0].failure, undefined)
    assert.equal(email.failures, '3')
    assert.deepEqual(email.testcase.map((t: {name: string}) => t.name), ['1:17 intensifier', '1:22 vague-claim', '5:8 unproven-claim'])
    assert.equal(email.testcase[0].failure.type, 'intensifier')
    assert.match(email.testcase[0].failure.message, /^Delete “very”/)
    assert.match(email.testcase[0].failure['#text'], /^docs\/email\.md:1:17: warning Delete “very”/)
    assert.equal(odd.testcase[0].classname, 'docs/R&D <plan>.md')
  })

  it('compact: file:line:col: severity message [rule]', () => {
    const dir = docWorkspace()
    const run = pitchlint(['--format', 'compact', 'docs/email.md'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    const lines = run.stdout.trimEnd().split('\n')
    assert.equal(lines.length, 3)
    assert.equal(lines[0], 'docs/email.md:1:17: warning Delete “very”, or say how much with a figure the buyer can check [intensifier]')
    assert.match(lines[2], /^docs\/email\.md:5:8: warning Name the benchmark or ranking that shows it: “the fastest” is unproven \[unproven-claim\]$/)
  })

  it('--output-file writes the report there and nothing to stdout', () => {
    const dir = docWorkspace()
    const run = pitchlint(['--format', 'sarif', '--output-file', 'reports/pitchlint.sarif', 'docs'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    assert.equal(run.stdout, '')
    const log = JSON.parse(readFileSync(join(dir, 'reports/pitchlint.sarif'), 'utf8'))
    assert.equal(log.runs[0].results.length, 4)
  })

  it('an empty run is still a valid document in every format', () => {
    const dir = workspace({'docs/clean.md': 'Setup takes 5 minutes.\n'})
    for (const format of ['json', 'sarif', 'junit', 'github', 'compact', 'stylish']) {
      const run = pitchlint(['--format', format, 'docs'], {cwd: dir})
      assert.equal(run.status, 0, `${format}: ${run.stderr}`)
    }
    assert.deepEqual(schemaProblems(JSON.parse(pitchlint(['--format', 'sarif', 'docs'], {cwd: dir}).stdout)), [])
  })
})
