// The cue vocabularies are data (rules/cues/*.yml): they compile to what the analysis
// runs, every entry's examples give its cue, and the compiler keeps the order and the
// meaning of what is written.

import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {claimCues} from '../../rules/src/analysis/claim'
import {cuePattern, cueSet, cueTable} from '../../rules/src/analysis/cue'
import {outcomeCues} from '../../rules/src/analysis/outcome'
import {painCues} from '../../rules/src/analysis/pain'
import {proofCues} from '../../rules/src/analysis/proof'
import {specificCues} from '../../rules/src/analysis/specific'
import {selfTest, validate} from '../../scripts/check-cues'
import {compileCueFile, compileCues, cuesMarkdown, entrySource, expander, phraseSource, phrasesSource, readCueFiles, type CueFileData} from '../../scripts/cue-data'

const root = join(import.meta.dirname, '../..')
const cuesDir = join(root, 'rules/cues')

describe('cue data', () => {
  it('compiles to the generated JSON the analysis loads', () => {
    const generated = readFileSync(join(root, 'rules/src/generated/cues.json'), 'utf8')
    assert.equal(generated, JSON.stringify(compileCues(cuesDir), null, 1) + '\n', 'run `npm run generate`')
    assert.equal(readFileSync(join(root, 'docs/cues.md'), 'utf8'), cuesMarkdown(cuesDir), 'run `npm run generate`')
  })

  it('has a reason for everything, and every example gives its cue through the analysis', () => {
    const problems = validate(readCueFiles(cuesDir), {claim: claimCues, outcome: outcomeCues, pain: painCues, proof: proofCues, specific: specificCues})
    assert.deepEqual(problems, [])
  })

  it('check-cues catches broken files (its self-test)', () => {
    assert.deepEqual(selfTest(), [])
  })

  it('gives the analysis one row per entry, in the file order', () => {
    for (const {data} of readCueFiles(cuesDir)) {
      assert.deepEqual(
        cueTable(data.kind).map(([detail]) => detail),
        (data.entries ?? []).map((entry) => entry.detail),
      )
    }
    assert.deepEqual(cueSet('claim', 'TIME_UNITS'), ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years'])
    assert.throws(() => cuePattern('claim', 'no-such-pattern'), /has no pattern "no-such-pattern"/)
    assert.throws(() => cueTable('no-such-kind'), /missing from generated\/cues.json/)
  })
})

describe('cue compiler', () => {
  it('escapes literal phrases and lets either apostrophe match', () => {
    assert.equal(phraseSource('no. 1'), 'no\\. 1')
    assert.equal(phraseSource("isn't"), "isn['’]t")
    assert.equal(phraseSource('isn’t'), "isn['’]t")
    assert.equal(phraseSource('c++ (beta)'), 'c\\+\\+ \\(beta\\)')
    assert.ok(new RegExp(phraseSource("don't")).test('don’t'))
  })

  it('keeps /…/ phrases as written and the order of a list', () => {
    assert.equal(phraseSource('/teams?/'), 'teams?')
    // Order is meaning: the first alternative that lets the whole pattern match wins.
    assert.equal(phrasesSource(['speed up', 'speed', '/speeds?/']), '(?:speed up|speed|speeds?)')
  })

  it('splices word lists into a set as their literal words', () => {
    const compiled = compileCueFile(
      {
        kind: 'test',
        description: 'x',
        words: {BASE: {reason: 'x', phrases: ['fast', '/more\\s+quick/', 'quick']}},
        sets: {VALUE: {reason: 'x', phrases: ['{BASE}', 'bold', 'fast']}},
      } as never,
      'test.yml',
    )
    assert.deepEqual(compiled.sets.VALUE, ['fast', 'quick', 'bold'], 'its words, not its patterns, each once')
    assert.throws(() => compileCueFile({kind: 'test', description: 'x', sets: {VALUE: {reason: 'x', phrases: ['{NOPE}']}}} as never, 'test.yml'), /test.yml: sets.VALUE: \{NOPE\} is not a word list/)
    const valueWords = cueSet('claim', 'VALUE_WORDS')
    for (const word of ['faster', 'best', 'modern', 'seamless']) assert.ok(valueWords.includes(word), word)
    assert.ok(valueWords.every((word) => /^[a-z][a-z-]*$/.test(word)), valueWords.join(' '))
  })

  it('expands word lists inside patterns and inside other word lists', () => {
    const expand = expander({
      BASE: {reason: 'x', phrases: ['fast', 'quick']},
      MORE: {reason: 'x', phrases: ['/more\\s+{BASE}/', 'better']},
      NUMBER: {reason: 'x', pattern: '\\d+(?:\\.\\d+)?'},
    })
    assert.equal(expand('\\b{MORE}\\b', 'test'), '\\b(?:more\\s+(?:fast|quick)|better)\\b')
    assert.equal(expand('{NUMBER}x', 'test'), '\\d+(?:\\.\\d+)?x', 'a pattern word list goes in as written')
    assert.equal(expand('\\w{0,3}', 'test'), '\\w{0,3}', 'quantifiers are not placeholders')
    assert.equal(expand('[\\p{L} ]\\P{Lu}', 'test'), '[\\p{L} ]\\P{Lu}', 'nor are Unicode property escapes')
    assert.throws(() => expand('{NOPE}', 'entry 1'), /entry 1: \{NOPE\} is not a word list/)
    // A phrase that is only {NAME} splices that list in, so one list can extend another without a nested group.
    assert.equal(expand.list(['{BASE}', 'slow'], 'test'), '(?:fast|quick|slow)')
    assert.throws(() => expand.list(['{NUMBER}'], 'test'), /cannot be spliced/)
    assert.throws(() => expander({A: {reason: 'x', phrases: ['/{B}/']}, B: {reason: 'x', phrases: ['/{A}/']}})('{A}', 'test'), /use each other/)
  })

  it('wraps an entry’s phrases as whole words, and canonicalizes flags', () => {
    assert.equal(entrySource({phrases: ['fed up', '/tired of/']}, expander(), 'test'), '\\b(?:fed up|tired of)\\b')
    const data: CueFileData = {kind: 'pain', description: 'Pain.', flags: 'ig', entries: [{detail: 'toil', reason: 'Manual work.', phrases: ['by hand'], examples: ['Done by hand.']}, {detail: 'toil', reason: 'Manual work.', flags: 'gdi', pattern: 'x', examples: ['x']}]}
    const compiled = compileCueFile(data, 'pain.yml')
    assert.deepEqual(compiled.entries.map((e) => e.flags), ['gi', 'dgi'])
    assert.throws(() => compileCueFile({...data, entries: [{...data.entries![0], phrases: ['/(unclosed/']}]}, 'pain.yml'), SyntaxError)
  })
})
