// Proof points through the real CLI, on test/fixtures/proof-points (our own words):
// the registry, its errors, and the figures compared across the files of a run, with
// the cache and with shards.

import assert from 'node:assert/strict'
import {cpSync, readFileSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pitchlint, workspace} from '../helpers/cli'
import {multitoolProblems, schemaProblems} from '../helpers/sarif'
import {tempDir} from '../helpers/temp'

const FIXTURE = resolve('test/fixtures/proof-points')
const TODAY = {PITCHLINT_TODAY: '2026-12-06'}

interface JsonMessage {
  ruleId: string | null
  severity: number
  message: string
  line: number
  column: number
  relatedLocations?: Array<{filePath: string; line: number; column: number; message: string}>
}
interface JsonReport {
  filePath: string
  messages: JsonMessage[]
}

/** A copy of the fixture folder to lint (and change). */
function fixtureCopy(): string {
  const dir = tempDir('pitchlint-proof-')
  cpSync(FIXTURE, dir, {recursive: true})
  return dir
}

function lintJson(dir: string, args: string[] = ['.']): {status: number | null; reports: Map<string, JsonMessage[]>; stderr: string} {
  const run = pitchlint(['--format', 'json', ...args], {cwd: dir, env: TODAY})
  assert.ok(run.stdout, run.stderr)
  const reports = new Map((JSON.parse(run.stdout) as JsonReport[]).map((report) => [report.filePath.slice(dir.length + 1), report.messages]))
  return {status: run.status, reports, stderr: run.stderr}
}

const of = (messages: JsonMessage[] | undefined, ruleId: string) => (messages ?? []).filter((m) => m.ruleId === ruleId)

describe('proof points in the CLI', () => {
  it('reports one inconsistent-figure per differing place, each with the other place related', () => {
    const dir = fixtureCopy()
    const {reports} = lintJson(dir)
    const acme = of(reports.get('battlecards/acme.md'), 'inconsistent-figure')
    const renewal = of(reports.get('emails/renewal.md'), 'inconsistent-figure').filter((m) => m.line === 7)
    assert.deepEqual(acme.map((m) => [m.line, m.column]), [[11, 42]])
    assert.match(acme[0].message, /“30%” here, “25%” in emails\/renewal\.md:7/)
    assert.deepEqual(acme[0].relatedLocations?.map((r) => [r.filePath, r.line, r.column]), [[join(dir, 'emails/renewal.md'), 7, 42]])
    assert.deepEqual(renewal.map((m) => [m.line, m.column]), [[7, 42]])
    assert.deepEqual(renewal[0].relatedLocations?.map((r) => [r.filePath, r.line]), [[join(dir, 'battlecards/acme.md'), 11]])
  })

  it('reports a figure that differs from its registry entry, with the entry related', () => {
    const {reports} = lintJson(fixtureCopy())
    const [differs] = of(reports.get('emails/renewal.md'), 'inconsistent-figure').filter((m) => m.line === 5)
    assert.match(differs.message, /Quote “40%” as proof point “review-time” has it: “35%” differs/)
    assert.deepEqual(differs.relatedLocations?.map((r) => [r.filePath.split('/').pop(), r.line, r.column]), [['proof-points.yaml', 3, 9]])
  })

  it('reports an expired entry as an error and one about to expire as a warning', () => {
    const {status, reports} = lintJson(fixtureCopy())
    assert.equal(status, 1)
    assert.deepEqual(of(reports.get('battlecards/acme.md'), 'expired-proof').map((m) => [m.line, m.severity]), [[9, 2]])
    const [soon] = of(reports.get('emails/renewal.md'), 'expired-proof')
    assert.deepEqual([soon.line, soon.severity], [9, 1])
    assert.match(soon.message, /expires in 14 days/)
    // Another day, another answer: "today" comes from PITCHLINT_TODAY.
    const earlier = pitchlint(['--format', 'json', '.'], {cwd: fixtureCopy(), env: {PITCHLINT_TODAY: '2026-01-01'}})
    assert.equal((JSON.parse(earlier.stdout) as JsonReport[]).flatMap((r) => of(r.messages, 'expired-proof')).length, 0)
  })

  it('reports a reference to an id the registry lacks', () => {
    const {reports} = lintJson(fixtureCopy())
    const [unknown] = of(reports.get('emails/renewal.md'), 'unknown-proof')
    assert.deepEqual([unknown.line, unknown.severity], [11, 2])
    assert.match(unknown.message, /“approval-flow” is not one/)
  })

  it('clears unproven-claim for a claim that cites an entry', () => {
    const dir = fixtureCopy()
    const cited = of(lintJson(dir).reports.get('battlecards/acme.md'), 'unproven-claim').map((m) => m.line)
    assert.ok(!cited.includes(7), `line 7 cites review-time: ${cited}`)
    const file = join(dir, 'battlecards/acme.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace(' <!-- proof: review-time -->', ''))
    assert.ok(of(lintJson(dir).reports.get('battlecards/acme.md'), 'unproven-claim').some((m) => m.line === 7))
  })

  it('puts the related places in SARIF relatedLocations, valid for the SARIF Multitool', function () {
    this.timeout(240000)
    const run = pitchlint(['--format', 'sarif', '.'], {cwd: fixtureCopy(), env: TODAY})
    const log = JSON.parse(run.stdout)
    const results = log.runs[0].results as Array<{ruleId: string; relatedLocations?: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {startLine: number}}}>}>
    const related = results.filter((r) => r.ruleId === 'inconsistent-figure').map((r) => r.relatedLocations?.map((l) => `${l.physicalLocation.artifactLocation.uri}:${l.physicalLocation.region.startLine}`))
    assert.deepEqual(related, [['emails/renewal.md:7'], ['proof-points.yaml:3'], ['battlecards/acme.md:11']])
    assert.deepEqual(schemaProblems(log), [])
    assert.deepEqual(multitoolProblems(run.stdout), [])
  })

  it('does not serve a finding about other files from the cache', () => {
    const dir = fixtureCopy()
    const cache = join(dir, 'cache.json')
    assert.equal(of(lintJson(dir, ['--cache', '--cache-location', cache, '.']).reports.get('battlecards/acme.md'), 'inconsistent-figure').length, 1)
    // Only the email changes: the battlecard's report comes from the cache, its finding must go.
    const email = join(dir, 'emails/renewal.md')
    writeFileSync(email, readFileSync(email, 'utf8').replace('by 25%', 'by 30%'))
    const after = lintJson(dir, ['--cache', '--cache-location', cache, '.']).reports
    assert.deepEqual(of(after.get('battlecards/acme.md'), 'inconsistent-figure'), [])
    assert.deepEqual(of(after.get('emails/renewal.md'), 'inconsistent-figure').map((m) => m.line), [5])
    // A changed registry changes the cached files' findings too.
    const registry = join(dir, 'proof-points.yaml')
    writeFileSync(registry, readFileSync(registry, 'utf8').replace('expires: 2026-03-01', 'expires: 2027-03-01'))
    assert.deepEqual(of(lintJson(dir, ['--cache', '--cache-location', cache, '.']).reports.get('battlecards/acme.md'), 'expired-proof'), [])
  })

  it('compares the figures of every shard, each shard reporting its own files', () => {
    const dir = fixtureCopy()
    const found: Array<[string, number, string[]]> = []
    for (const shard of ['1/2', '2/2']) {
      const {reports} = lintJson(dir, ['--shard', shard, '.'])
      for (const [file, messages] of reports) {
        for (const m of of(messages, 'inconsistent-figure')) if (m.line !== 5) found.push([file, m.line, (m.relatedLocations ?? []).map((r) => r.filePath.slice(dir.length + 1))])
      }
    }
    assert.deepEqual(found.sort(), [['battlecards/acme.md', 11, ['emails/renewal.md']], ['emails/renewal.md', 7, ['battlecards/acme.md']]])
  })

  it('gives the same findings on worker threads', () => {
    const dir = fixtureCopy()
    const single = lintJson(dir, ['--concurrency', '1', '.']).reports
    const threaded = lintJson(dir, ['--concurrency', '2', '.']).reports
    assert.deepEqual(threaded, single)
  })

  it('uses the registry the config names', () => {
    const dir = workspace({
      '.pitchlintrc.yaml': 'proofPoints: legal/approved-claims.yaml\n',
      'legal/approved-claims.yaml': readFileSync(join(FIXTURE, 'proof-points.yaml'), 'utf8'),
      'docs/one-pager.md': '# Acme\n\nCuts contract review time by 40%. <!-- proof: review-tim -->\n',
    })
    const run = pitchlint(['--format', 'compact', 'docs'], {cwd: dir, env: TODAY})
    assert.match(run.stdout, /docs\/one-pager\.md:3:35: error Cite an entry of approved-claims\.yaml: “review-tim” is not one \[unknown-proof\]/)
  })

  describe('a bad registry stops the run with exit 2, naming file, line and key', () => {
    const entry = (fields: string) => `proofPoints:\n  - id: review-time\n${fields}`
    const good = '    claim: Cuts contract review time by 40%\n    figures: ["40%"]\n    source: https://example.com/review\n    owner: Product marketing\n    approved: 2026-01-15\n    expires: 2027-01-15\n'
    const cases: Array<[string, string, RegExp]> = [
      ['invalid YAML', entry('    claim: [unclosed\n'), /proof-points\.yaml:4:1: invalid YAML/],
      ['a missing field', entry(good.replace('    owner: Product marketing\n', '')), /proof-points\.yaml:2:5: `proofPoints\.0\.owner`: missing `owner`/],
      ['a duplicate id', `${entry(good)}  - id: review-time\n${good}`, /proof-points\.yaml:9:9: `proofPoints\.1\.id`: duplicate id `review-time`/],
      ['a date that is not a date', entry(good.replace('2027-01-15', '2027-02-30')), /proof-points\.yaml:8:14: `proofPoints\.0\.expires`: not a date/],
    ]
    for (const [name, registry, expected] of cases) {
      it(name, () => {
        const dir = workspace({'proof-points.yaml': registry, 'doc.md': 'Cuts contract review time by 40%. <!-- proof: review-time -->\n'})
        const run = pitchlint(['doc.md'], {cwd: dir, env: TODAY})
        assert.equal(run.status, 2, run.stdout + run.stderr)
        assert.match(run.stderr, /^pitchlint: invalid proof-point registry /)
        assert.match(run.stderr, expected)
        assert.equal(run.stdout, '')
      })
    }
  })
})
