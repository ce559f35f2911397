// Accountability for inline suppressions: unused disable comments are findings, and a
// comment's reason travels with what it silenced.

import assert from 'node:assert/strict'
import {pitchlint, workspace} from '../helpers/cli'
import {multitoolProblems, schemaProblems} from '../helpers/sarif'

const DOC = [
  '<!-- pitchlint-disable-next-line vague-claim -- the customer’s own words -->',
  'Our seamless sync for your team.',
  '',
  '<!-- pitchlint-disable-next-line vague-claim -- left over from an old draft -->',
  'Setup takes 5 minutes.',
  '',
  '<!-- pitchlint-disable-next-line vague-claim, unproven-claim -->',
  'A best-in-class platform for your team.',
  '',
].join('\n')

describe('suppression accountability', () => {
  it('--report-unused-disables reports each comment (or listed rule) that silences nothing, as an error', () => {
    const dir = workspace({'doc.md': DOC})
    assert.equal(pitchlint(['doc.md'], {cwd: dir}).status, 0, 'off by default')
    const run = pitchlint(['--report-unused-disables', '--format', 'json', 'doc.md'], {cwd: dir})
    assert.equal(run.status, 1)
    const unused = JSON.parse(run.stdout)[0].messages.filter((m: {ruleId: string}) => m.ruleId === 'unused-disable-comment')
    assert.deepEqual(
      unused.map((m: {line: number; severity: number; message: string; note?: string}) => [m.line, m.severity, m.message, m.note]),
      [
        [4, 2, 'Remove “vague-claim” from this “pitchlint-disable-next-line” comment: it silences nothing', 'Reason given: left over from an old draft'],
        [7, 2, 'Remove “unproven-claim” from this “pitchlint-disable-next-line” comment: it silences nothing', undefined],
      ],
    )
    // --rule can make it a warning instead.
    assert.equal(pitchlint(['--report-unused-disables', '--rule', 'unused-disable-comment:warn', 'doc.md'], {cwd: dir}).status, 0)
  })

  it('the reason is shown with the silenced finding in json and sarif', () => {
    const dir = workspace({'doc.md': DOC})
    const json = JSON.parse(pitchlint(['--format', 'json', 'doc.md'], {cwd: dir}).stdout)[0]
    assert.deepEqual(
      json.suppressedMessages.map((m: {line: number; ruleId: string; suppressions: unknown}) => [m.line, m.ruleId, m.suppressions]),
      [
        [2, 'vague-claim', [{kind: 'directive', justification: 'the customer’s own words'}]],
        [8, 'vague-claim', [{kind: 'directive', justification: ''}]],
      ],
    )
    const sarif = pitchlint(['--format', 'sarif', '--report-unused-disables', 'doc.md'], {cwd: dir})
    const log = JSON.parse(sarif.stdout)
    assert.deepEqual(schemaProblems(log), [])
    assert.deepEqual(multitoolProblems(sarif.stdout), [])
    const results = log.runs[0].results
    const silenced = results.filter((r: {suppressions?: unknown}) => r.suppressions)
    assert.deepEqual(silenced.map((r: {suppressions: unknown}) => r.suppressions), [[{kind: 'inSource', status: 'accepted', justification: 'the customer’s own words'}], [{kind: 'inSource', status: 'accepted'}]])
    const unused = results.filter((r: {ruleId: string}) => r.ruleId === 'unused-disable-comment')
    assert.deepEqual(unused.map((r: {level: string; properties?: {note: string}}) => [r.level, r.properties?.note]), [['error', 'Reason given: left over from an old draft'], ['error', undefined]])
  })
})
