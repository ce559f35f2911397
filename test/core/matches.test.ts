// matchesOf stands in for String#matchAll on the hot paths: it must find the same matches.

import assert from 'node:assert/strict'
import {customEntry} from '../../rules/src/config/resolve'
import {LexiconMatcher} from '../../rules/src/lexicon/matcher'
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

// The lexicon matcher reads text as words and single punctuation or symbol characters,
// as retext does, and a term must match that same token sequence: a team's terms such as
// "C++", ".NET", "$100", "24/7" or "AT&T" are found the way "seamless" is.
describe('LexiconMatcher: terms with punctuation', () => {
  const matcher = new LexiconMatcher(['C++', '.NET', '$100', '24/7', 'AT&T', 'best in class'].map((term) => customEntry({term})))
  const found = (text: string) => matcher.match(text).map((m) => `${m.start}:${m.text}`)

  it('finds each as the text spells it, in any case', () => {
    const text = 'We write C++ and .net tools, save $100, answer 24/7 and resell at&t lines.'
    assert.deepEqual(found(text), ['C++', '.net', '$100', '24/7', 'at&t'].map((term) => `${text.indexOf(term)}:${term}`))
  })

  it('finds them next to sentence punctuation, quotes and brackets', () => {
    assert.deepEqual(found('(AT&T) "C++".'), ['1:AT&T', '8:C++'])
    assert.deepEqual(found('Support: 24/7!'), ['9:24/7'])
  })

  it('keeps word boundaries: no match inside a longer word, number or name', () => {
    for (const text of ['C and C# and C+', 'ASP.NET Core', 'NET', '$1000 or $100k', '124/7 and 24/70', 'AT&Tx, XAT&T', 'AT & T']) {
      assert.deepEqual(found(text), [], text)
    }
  })

  it('still treats a space and a hyphen alike between words', () => {
    assert.deepEqual(found('A best-in-class, best in class tool.'), ['2:best-in-class', '17:best in class'])
  })

  it('ignores a term with nothing to match (config validation reports it)', () => {
    assert.deepEqual(new LexiconMatcher([customEntry({term: ' - '})]).match('a - b'), [])
  })
})
