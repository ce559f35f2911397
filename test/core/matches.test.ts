// matchesOf stands in for String#matchAll on the hot paths: it must find the same matches.

import assert from 'node:assert/strict'
import {matchesOf} from '../../rules/src/matches'

function spans(matches: Iterable<RegExpMatchArray>): string[] {
  return [...matches].map((m) => `${m.index}:${m[0]}`)
}

describe('matchesOf', () => {
  const cases: Array<[RegExp, string]> = [
    [/\bseamless(?:ly)?\b/gi, 'Seamless sync, seamlessly done; not non-seamless? seamless.'],
    [/(?<cue>\d+)x/dg, '10x faster, 3x cheaper, x alone'],
    [/a*/g, 'baaac'], // empty matches step forward instead of looping
    [/(?:)/gu, '🚀ok'], // an empty match never splits a surrogate pair
    [/$/gm, 'one\ntwo'],
  ]
  for (const [pattern, text] of cases) {
    it(`finds what matchAll finds for ${pattern}`, () => {
      assert.deepEqual(spans(matchesOf(pattern, text)), spans(text.matchAll(pattern)))
    })
  }

  it('keeps named groups and indices, and leaves the pattern reusable', () => {
    const pattern = /(?<cue>\d+)x/dg
    const [first, second] = matchesOf(pattern, 'a 10x b 3x')
    assert.deepEqual(first.indices!.groups!.cue, [2, 4])
    assert.equal(second.groups!.cue, '3')
    assert.equal(pattern.lastIndex, 0)
    assert.equal(matchesOf(pattern, 'a 10x b 3x').length, 2, 'a second call starts from the beginning')
  })

  it('refuses a pattern without the g flag, as matchAll does', () => {
    assert.throws(() => matchesOf(/x/, 'x'), TypeError)
  })
})
