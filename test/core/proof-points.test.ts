// The proof-point registry as data: parsing with positions, figures and metrics,
// matching a claim to an entry, and the comparison across documents.

import assert from 'node:assert/strict'
import {applyFix, figureConflicts, lint, parseProofRegistry, ProofRegistryError, type FigureMention, type ProofRegistry} from '../../rules/src/index'
import {matchEntry, metricWords, parseFigures, proofIdsOf} from '../../rules/src/proof-points/index'
import {thrownBy} from '../helpers/errors'

const ENTRY = (fields: string) => `proofPoints:\n  - id: review-time\n${fields}`
const FULL = `    claim: Cuts contract review time by 40%\n    figures: ["40%"]\n    source: https://example.com/review\n    owner: Product marketing\n    approved: 2026-01-15\n    expires: 2027-01-15\n`

function registryError(text: string): ProofRegistryError {
  return thrownBy(ProofRegistryError, () => parseProofRegistry(text, '/repo/proof-points.yaml'))
}

describe('proof-point registry', () => {
  it('keeps the text its entries’ ranges count in when the file starts with a byte order mark', () => {
    const registry = parseProofRegistry(`\uFEFF${ENTRY(FULL)}`, '/repo/proof-points.yaml')
    const [start, end] = registry.entries[0].range
    assert.equal(registry.text.slice(start, end), 'review-time')
  })

  it('places a problem where an editor shows it when the file starts with a byte order mark', () => {
    const plain = registryError(ENTRY(FULL.replace('owner: Product marketing', 'owner: 7')))
    const marked = registryError(`\uFEFF${ENTRY(FULL.replace('owner: Product marketing', 'owner: 7'))}`)
    assert.deepEqual([marked.line, marked.column, marked.key], [plain.line, plain.column, plain.key])
    assert.equal(plain.line, 6)
  })

  it('parses entries with the position of each id', () => {
    const registry = parseProofRegistry(ENTRY(FULL), '/repo/proof-points.yaml')
    assert.equal(registry.entries.length, 1)
    const [entry] = registry.entries
    assert.deepEqual({id: entry.id, figures: entry.figures, expires: entry.expires}, {id: 'review-time', figures: ['40%'], expires: '2027-01-15'})
    assert.equal(registry.text.slice(...entry.range), 'review-time')
  })

  it('names file, line, column and key for invalid YAML', () => {
    const error = registryError('proofPoints:\n  - id: a\n    claim: [unclosed\n')
    assert.equal(error.file, '/repo/proof-points.yaml')
    assert.match(error.problem, /invalid YAML/)
    assert.ok(error.line >= 3)
  })

  it('names the missing field of an entry', () => {
    const error = registryError(ENTRY(FULL.replace('    owner: Product marketing\n', '')))
    assert.deepEqual([error.line, error.key], [2, 'proofPoints.0.owner'])
    assert.match(error.problem, /missing `owner`/)
  })

  it('refuses a duplicate id at the second one', () => {
    const error = registryError(`${ENTRY(FULL)}  - id: review-time\n${FULL}`)
    assert.deepEqual([error.line, error.column, error.key], [9, 9, 'proofPoints.1.id'])
    assert.match(error.problem, /duplicate id `review-time`/)
  })

  it('refuses a date that is not a date', () => {
    const wrongFormat = registryError(ENTRY(FULL.replace('expires: 2027-01-15', 'expires: next quarter')))
    assert.deepEqual([wrongFormat.line, wrongFormat.column, wrongFormat.key], [8, 14, 'proofPoints.0.expires'])
    assert.match(wrongFormat.problem, /YYYY-MM-DD.*got "next quarter"/)
    const noSuchDay = registryError(ENTRY(FULL.replace('approved: 2026-01-15', 'approved: 2026-02-30')))
    assert.deepEqual([noSuchDay.line, noSuchDay.key], [7, 'proofPoints.0.approved'])
    assert.match(noSuchDay.problem, /not a date/)
  })

  it('refuses an unknown key and a registry without proofPoints', () => {
    assert.match(registryError(ENTRY(`${FULL}    reviewer: Legal\n`)).problem, /unknown key `reviewer`/)
    assert.match(registryError('claims: []\n').problem, /unknown key `claims`|missing `proofPoints:`/)
  })
})

describe('figures and metrics', () => {
  it('reads numbers with units, normalized', () => {
    assert.deepEqual(
      parseFigures('by 40%, 40 percent, 3x, 3 times, 12 hours and $2k').map(({value, unit}) => [value, unit]),
      [[40, '%'], [40, '%'], [3, 'x'], [3, 'x'], [12, 'hour'], [2000, '$']],
    )
  })

  it('keeps what is measured and the direction, not who gains', () => {
    assert.deepEqual(metricWords('cuts your contract review time by 40%'), metricWords('reduces contract review times by 40%'))
    assert.notDeepEqual(metricWords('cuts contract review time'), metricWords('increases contract review time'))
  })

  it('matches a claim to an entry by metric and unit', () => {
    const registry = parseProofRegistry(ENTRY(FULL), '/repo/proof-points.yaml')
    assert.equal(matchEntry(registry, '%', metricWords('legal teams cut contract review time by 35%'))?.id, 'review-time')
    assert.equal(matchEntry(registry, 'x', metricWords('cut contract review time 3x')), undefined)
    assert.equal(matchEntry(registry, '%', metricWords('cuts onboarding time by 35%')), undefined)
  })

  it('reads the ids of a proof comment', () => {
    assert.deepEqual(proofIdsOf('<!-- proof: review-time -->'), ['review-time'])
    assert.deepEqual(proofIdsOf('/* proof: a, b */'), ['a', 'b'])
    assert.equal(proofIdsOf('<!-- proofread by legal -->'), undefined)
  })

  it('ties a reference to the claim before it, in the lint result', () => {
    const text = 'Intro line.\n\nCuts contract review time by 40%. <!-- proof: review-time -->\n'
    const {citations, figures} = lint(text, {proofPoints: {registry: parseProofRegistry(ENTRY(FULL), '/repo/proof-points.yaml'), today: '2026-06-01'}})
    assert.deepEqual(citations.map((c) => [c.id, c.kind, text.slice(...c.sentence!)]), [['review-time', 'comment', 'Cuts contract review time by 40%.']])
    assert.deepEqual(figures.map((f) => [f.text, f.entry, f.cited]), [['40%', 'review-time', true]])
  })
})

describe('figures across documents', () => {
  const figure = (text: string, value: number, sentence = `Cuts manual triage time by ${text}.`): FigureMention => {
    const [found] = lint(sentence).figures
    assert.ok(found, `no figure in ${sentence}`)
    return {...found, value}
  }

  it('reports each place that differs, with the others', () => {
    const a = figure('30%', 30)
    const b = figure('25%', 25)
    const conflicts = figureConflicts([
      {file: 'a.md', figures: [a]},
      {file: 'b.md', figures: [b]},
      {file: 'c.md', figures: [figure('30%', 30)]},
    ])
    assert.deepEqual(
      conflicts.map((c) => [c.file, c.others.map((o) => o.file)]),
      [['a.md', ['b.md']], ['b.md', ['a.md', 'c.md']], ['c.md', ['b.md']]],
    )
  })

  it('leaves alone figures that agree, that the registry holds, that name their own proof, or whose metric is one word', () => {
    const registry: ProofRegistry = parseProofRegistry(ENTRY(FULL), '/repo/proof-points.yaml')
    const inRegistry = lint('Cuts contract review time by 35%.', {proofPoints: {registry}}).figures
    assert.equal(inRegistry[0].entry, 'review-time')
    assert.deepEqual(
      figureConflicts([
        {file: 'a.md', figures: [figure('30%', 30), ...inRegistry]},
        {file: 'b.md', figures: [figure('30%', 30), ...lint('Cuts contract review time by 45%.', {proofPoints: {registry}}).figures]},
        {file: 'c.md', figures: lint('Northwind cut manual triage time by 20% in one quarter.').figures},
        {file: 'd.md', figures: [...lint('Cuts costs by 20%.').figures, ...lint('Cuts costs by 10%.').figures]},
      ]),
      [],
    )
  })

  it('does not report a place where the rule is silenced, but compares with it', () => {
    const silenced = lint('<!-- pitchlint-disable-next-line inconsistent-figure -- older study -->\nCuts manual triage time by 20%.').figures
    assert.equal(silenced[0].severity, undefined)
    const conflicts = figureConflicts([{file: 'a.md', figures: silenced}, {file: 'b.md', figures: [figure('30%', 30)]}])
    assert.deepEqual(conflicts.map((c) => c.file), ['b.md'])
  })
})

describe('unproven-claim and the registry', () => {
  const registry = () => parseProofRegistry(ENTRY(FULL), '/repo/proof-points.yaml')

  it('offers to cite the entry whose claim and figure a sentence quotes, and the cited claim is accepted', () => {
    const text = '# Acme\n\nCuts contract review time by 40%.\n'
    const [finding] = lint(text, {proofPoints: {registry: registry()}}).findings.filter((f) => f.ruleId === 'unproven-claim')
    assert.ok(finding, 'the claim is unproven')
    const cite = finding.suggestions![0]
    assert.equal(cite.title, 'Cite proof point “review-time”')
    const fixed = applyFix(text, cite.fix)
    assert.equal(fixed, '# Acme\n\nCuts contract review time by 40%. <!-- proof: review-time -->\n')
    const after = lint(fixed, {proofPoints: {registry: registry(), today: '2026-06-01'}}).findings.map((f) => f.ruleId)
    assert.ok(!after.includes('unproven-claim') && !after.includes('unknown-proof') && !after.includes('inconsistent-figure'), after.join())
  })

  it('offers no citation for another figure, or in MDX writes it as an MDX comment', () => {
    const other = lint('Cuts contract review time by 35%.', {proofPoints: {registry: registry()}}).findings.find((f) => f.ruleId === 'unproven-claim')
    assert.ok(other && !other.suggestions!.some((s) => s.title.startsWith('Cite proof point')))
    const mdx = lint('Cuts contract review time by 40%.', {filePath: '/repo/page.mdx', proofPoints: {registry: registry()}}).findings.find((f) => f.ruleId === 'unproven-claim')
    assert.equal(mdx!.suggestions![0].fix.text, ' {/* proof: review-time */}')
  })

  it('reads an MDX reference, in the sentence or on the line below', () => {
    for (const text of ['Cuts contract review time by 40%. {/* proof: review-time */}\n', 'Cuts contract review time by 40%.\n{/* proof: review-time */}\n']) {
      const result = lint(text, {filePath: '/repo/page.mdx', proofPoints: {registry: registry(), today: '2026-06-01'}})
      assert.deepEqual(result.findings.map((f) => f.ruleId), [], text)
      assert.deepEqual(result.citations.map((c) => [c.id, text.slice(...c.sentence!)]), [['review-time', 'Cuts contract review time by 40%.']])
    }
  })
})
