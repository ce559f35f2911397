// The scorer's words: a hand-written scan (it runs on every sentence of every keystroke)
// that must split text exactly as the pattern that defines a word does, since the shipped
// weights were learned on those words.

import assert from 'node:assert/strict'
import {tokenSpans, tokensOf} from '../../rules/src/model/features'

/** The definition the scan implements. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[$€£%?!]/gu

function byPattern(text: string): Array<{token: string; start: number; end: number}> {
  const lower = text.toLowerCase()
  return [...lower.matchAll(WORD)].map((match) => {
    const word = match[0]
    const token = /^[0-9]/.test(word) ? '<num>' : word.replace(/’/g, "'")
    return {token, start: match.index, end: match.index + word.length}
  })
}

/** Letters, digits, joiners, symbols and spaces of several scripts, lone and paired surrogates, and case that changes length when lowered (İ). */
const ALPHABET = ['a', 'b', 'c', 'Z', 'é', 'İ', 'ß', 'Ω', 'я', '中', '٣', '7', '0', "'", '’', '.', '-', '$', '€', '£', '%', '?', '!', ' ', '\n', ',', '“', '😀', '𝐀', '\ud800', '\udc00', '_', '_', '#', '\u00a0']

/** A small deterministic generator, so that a failure reproduces. */
function* randomTexts(count: number): Generator<string> {
  let seed = 12345
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff)
  for (let i = 0; i < count; i++) {
    let text = ''
    const length = next() % 24
    for (let j = 0; j < length; j++) text += ALPHABET[next() % ALPHABET.length]
    yield text
  }
}

describe('scorer words', () => {
  it('splits like the pattern that defines a word, on 20,000 random texts', () => {
    for (const text of randomTexts(20000)) {
      const expected = byPattern(text)
      assert.deepEqual(tokenSpans(text), expected, JSON.stringify(text))
      assert.deepEqual(tokensOf(text), expected.map((span) => span.token), JSON.stringify(text))
    }
  })

  it('keeps joiners inside a word, not at its ends, and folds numbers', () => {
    assert.deepEqual(tokensOf("Don’t re-run v2.1 -- it's 10x... 'Real-time'!"), ["don't", 're-run', 'v2.1', "it's", '<num>', 'real-time', '!'])
    assert.deepEqual(tokensOf('Save $40 (20%) — naïve 中文 test?'), ['save', '$', '<num>', '<num>', '%', 'naïve', '中文', 'test', '?'])
  })

  it('reads a long text in one pass, past its first buffer', () => {
    const text = 'word '.repeat(5000)
    assert.equal(tokensOf(text).length, 5000)
    assert.deepEqual(tokenSpans(text).at(-1), {token: 'word', start: 24995, end: 24999})
  })
})
