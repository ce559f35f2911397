import assert from 'node:assert/strict'
import {lint} from '../../rules/src/index'
import {COVERAGE_ELEMENTS, coverageLabel, coverageTally, messagingCoverage} from '../../rules/src/coverage'

const DOC = `# Battlecard

## Why we win

Acme is the fastest way to reconcile invoices for your team.
Northwind cut close time by 40% ([case study](https://example.com/northwind)).

## Logistics

Bring a laptop.

## Talk track

### Opening

Our seamless sync keeps your ledgers in step.
`

/** Tags of the sentences inside [start, end), straight from the analysis. */
function tagsIn(sentences: ReturnType<typeof lint>['sentences'], range: [number, number]): Set<string> {
  return new Set(sentences.filter((s) => s.range[0] >= range[0] && s.range[1] <= range[1]).flatMap((s) => s.analysis.tags))
}

describe('messaging coverage', () => {
  const result = lint(DOC, {filePath: 'card.md'})
  const coverage = messagingCoverage(result.sections)

  it('covers the document, then each section with selling sentences of its own', () => {
    assert.deepEqual(coverage.map((c) => c.heading?.text ?? c.kind), ['document', 'Why we win', 'Opening'])
    // "Logistics" is an instruction (no tags); "Battlecard" and "Talk track" only group subsections.
  })

  it('marks each element present exactly when a sentence in the section carries its tag', () => {
    for (const section of coverage) {
      const tags = tagsIn(result.sentences, section.range)
      assert.deepEqual(section.elements, COVERAGE_ELEMENTS.map((tag) => ({tag, present: tags.has(tag)})))
    }
    const why = coverage[1]
    assert.equal(why.elements.find((e) => e.tag === 'proof')?.present, true, 'the case study link is proof')
    assert.equal(coverage[2].elements.find((e) => e.tag === 'proof')?.present, false)
  })

  it('labels and tallies', () => {
    const why = coverage[1]
    assert.equal(coverageLabel(why), COVERAGE_ELEMENTS.map((tag) => `${tag} ${tagsIn(result.sentences, why.range).has(tag) ? '✓' : '✗'}`).join(' · '))
    assert.equal(why.sentences, 2)
    assert.match(coverageTally(why), /^2 sentences: .*\b2 claim\b.*\b1 proof\b/)
    assert.equal(coverage[0].sentences, result.sentences.filter((s) => s.view.kind !== 'heading').length)
  })

  it('tallies each sentence once, in document order, nested sections included', () => {
    const expected: Record<string, number> = {}
    for (const sentence of result.sentences) if (sentence.view.kind !== 'heading') for (const tag of sentence.analysis.tags) expected[tag] = (expected[tag] ?? 0) + 1
    assert.ok(Object.keys(expected).length >= 2)
    assert.deepEqual(Object.entries(coverage[0].tags), Object.entries(expected))
  })

  it("gives each section its own sentences apart from its subsections'", () => {
    const battlecard = result.sections.children[0]
    const [why, logistics, talk] = battlecard.children
    assert.deepEqual(battlecard.own, [])
    assert.equal(battlecard.sentences.length, why.sentences.length + logistics.sentences.length + talk.sentences.length)
    assert.deepEqual(why.own, why.sentences)
    assert.deepEqual(talk.own, [])
    assert.deepEqual(talk.children[0].own.map((s) => s.view.text), ['Our seamless sync keeps your ledgers in step.'])
  })
})
