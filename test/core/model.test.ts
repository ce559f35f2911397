// The learned scorer: training is deterministic and learns what the labels say, the
// shipped weights are what the engine scores with, and the decision honours whose voice
// a sentence is in and the definitions' own exceptions.

import assert from 'node:assert/strict'
import {lint} from '../../rules/src/index'
import {featuresOf} from '../../rules/src/model/features'
import {DEFAULT_LEARN_OPTIONS, learn, probability, vocabularyOf, type Example} from '../../rules/src/model/learn'
import {decide, JUDGMENTS} from '../../rules/src/model/scorer'
import modelFile from '../../rules/src/generated/model.json'

/** A small labeled set of our own: value words are vague claims, numbers are not. */
function examples(): Example[] {
  const out: Example[] = []
  const groups = ['acme', 'globex', 'initech', 'umbrella']
  groups.forEach((group, g) => {
    for (let i = 0; i < 10; i++) {
      out.push({group, label: true, features: ['w:seamless', `w:word${i % 3}`, 'k:paragraph']})
      out.push({group, label: true, features: ['w:effortless', 'k:list-item']})
      out.push({group, label: false, features: ['w:minutes', '<num>', `w:word${i % 3}`, 'k:paragraph']})
      out.push({group, label: false, features: ['w:export', 'k:list-item', `w:only-${group}`]})
    }
    out.push({group, label: g % 2 === 0, features: ['w:rare']})
  })
  return out
}

describe('learned scorer', () => {
  it('trains the same weights from the same examples, bit for bit', () => {
    assert.deepEqual(learn(examples()), learn(examples()))
    assert.equal(JSON.stringify(learn(examples())), JSON.stringify(learn(examples())))
  })

  it('learns what the labels say', () => {
    const model = learn(examples())
    assert.ok(model.weights['w:seamless']! > 0.5, JSON.stringify(model.weights))
    assert.ok(model.weights['w:minutes']! < -0.5, JSON.stringify(model.weights))
    assert.ok(probability(model, ['w:seamless', 'k:paragraph']) > 0.8)
    assert.ok(probability(model, ['w:minutes', 'k:paragraph']) < 0.2)
  })

  it('keeps only features that recur across organisations', () => {
    const vocabulary = vocabularyOf(examples(), DEFAULT_LEARN_OPTIONS)
    assert.ok(vocabulary.includes('w:seamless'))
    // Each organisation's own word occurs ten times, but in one organisation only.
    assert.ok(!vocabulary.some((feature) => feature.startsWith('w:only-')))
    // Four sentences from four organisations pass the minimum count of three; a minimum of five drops them.
    assert.ok(vocabulary.includes('w:rare'))
    assert.ok(!vocabularyOf(examples(), {minCount: 5, minGroups: 2}).includes('w:rare'))
  })

  it('scores each sentence in the engine exactly as over its training features', () => {
    const text = [
      '# Acme vs Globex',
      '',
      'Acme supports SAML SSO, so IT revokes access in one place.',
      'Our seamless sync keeps every team in step.',
      '',
      '- Real-time dashboards',
      '- Teams waste hours stitching reports together',
      '',
      '| Capability | Acme | Globex |',
      '| --- | --- | --- |',
      '| Audit | Every change is logged | An audit log add-on |',
      '',
      // Links, in chunks past the first: a placed view's offsets are shifted, its block's are not.
      '- [Q3 roadmap review](https://example.com/roadmap)',
      '- See www.example.com for the seamless sync',
    ].join('\n')
    const {sentences} = lint(text)
    assert.ok(sentences.length >= 8)
    const shipped = modelFile as unknown as {judgments: Record<string, {bias: number; weights: Record<string, number>}>}
    for (const {view, analysis} of sentences) {
      const features = featuresOf({view, cues: analysis.cues, terms: analysis.terms, voice: analysis.voice.voice})
      for (const judgment of JUDGMENTS) {
        const expected = probability(shipped.judgments[judgment]!, features)
        assert.ok(Math.abs(analysis.judgments[judgment].probability - expected) < 1e-12, `${judgment} on ${JSON.stringify(view.text)}`)
      }
    }
  })

  it('marks a sentence that leads in to a list, and the labels weigh it against a feature', () => {
    const text = '# Plans\n\nEvery Growth plan includes:\n\n- **Key reporting features:**\n- Nightly bank sync for every account\n\nTallyworks syncs every bank feed nightly.\n'
    const leadIns = lint(text).sentences.map(({view, analysis}) => [view.text, featuresOf({view, cues: analysis.cues, terms: analysis.terms, voice: analysis.voice.voice}).includes('lead-in')])
    assert.deepEqual(leadIns, [
      ['Plans', false],
      ['Every Growth plan includes:', true],
      ['Key reporting features:', true],
      ['Nightly bank sync for every account', false],
      ['Tallyworks syncs every bank feed nightly.', false],
    ])
    const shipped = modelFile as unknown as {judgments: Record<string, {weights: Record<string, number>}>}
    assert.ok(shipped.judgments.feature_no_outcome!.weights['lead-in']! < 0, 'one labeled lead-in in fifteen is a feature')
  })

  describe('decide', () => {
    it('never makes a competitor’s features and adjectives, or a customer’s words, our findings', () => {
      assert.equal(decide('vague_claim', 0.99, 0.5, 'competitor', new Set()), false)
      assert.equal(decide('feature_no_outcome', 0.99, 0.5, 'competitor', new Set()), false)
      // A claim about a competitor with no source is still ours to prove.
      assert.equal(decide('unproven_claim', 0.99, 0.5, 'competitor', new Set()), true)
      for (const judgment of ['vague_claim', 'unproven_claim', 'feature_no_outcome'] as const) assert.equal(decide(judgment, 0.99, 0.5, 'customer', new Set()), false)
      // A customer's pain is a pain.
      assert.equal(decide('states_pain', 0.99, 0.5, 'customer', new Set()), true)
    })

    it('applies the definitions’ exceptions and the words they name outright', () => {
      assert.equal(decide('unproven_claim', 0.99, 0.5, 'ours', new Set(['c:proof'])), false)
      assert.equal(decide('unproven_claim', 0.99, 0.5, 'ours', new Set(['unit-proof'])), false)
      assert.equal(decide('feature_no_outcome', 0.99, 0.5, 'ours', new Set(['k:heading'])), false)
      // A bare link and a filled-in field are no feature, however the words score.
      assert.equal(decide('feature_no_outcome', 0.99, 0.5, 'ours', new Set(['link-only'])), false)
      assert.equal(decide('feature_no_outcome', 0.99, 0.5, 'ours', new Set(['field-value'])), false)
      assert.equal(decide('vague_claim', 0.99, 0.5, 'ours', new Set(['question'])), false)
      assert.equal(decide('vague_claim', 0.1, 0.5, 'ours', new Set(['r:vague-strong'])), true)
      assert.equal(decide('vague_claim', 0.1, 0.5, 'ours', new Set()), false)
      assert.equal(decide('vague_claim', 0.5, 0.5, 'ours', new Set()), true)
    })
  })
})
