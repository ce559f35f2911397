// "a" or "an" by sound, not by letter: the table a fix consults when it deletes or
// replaces the word after an article.

import assert from 'node:assert/strict'
import {articleFits, articleFor, otherArticle, soundOf} from '../../rules/src/fix/article'
import {CODE_PLACEHOLDER} from '../../rules/src/markdown/flatten'

// [word as written, the article it takes (undefined: both are right), why]
const TABLE: Array<[string, 'a' | 'an' | undefined, string]> = [
  // Ordinary words: the letter is the sound.
  ['easy', 'an', 'vowel letter'],
  ['useful', 'a', '"yoo"'],
  ['simple', 'a', 'consonant letter'],
  ['integrated', 'an', 'vowel letter'],
  ['Important', 'an', 'capitalised word, read as the word'],
  ['"honest"', 'an', 'quotes are read past'],
  ['**open**', 'an', 'emphasis marks are read past'],
  ['élan', 'an', 'accents are read past'],
  // Silent h.
  ['hour', 'an', 'silent h'],
  ['hour-long', 'an', 'silent h, in a compound'],
  ['honest', 'an', 'silent h'],
  ['honorary', 'an', 'silent h'],
  ['heirloom', 'an', 'silent h'],
  ['herb', undefined, 'silent in US English only'],
  ['hosted', 'a', 'a sounded h'],
  // Vowel letters read as consonants.
  ['user', 'a', '"yoo"'],
  ['usage-based', 'a', '"yoo"'],
  ['unique', 'a', '"yoo"'],
  ['unified', 'a', '"yoo"'],
  ['uninterrupted', 'an', 'the "un-" of negation'],
  ['unimportant', 'an', 'the "un-" of negation'],
  ['unlimited', 'an', 'the "un-" of negation'],
  ['upgrade', 'an', '"uh"'],
  ['utility', 'a', '"yoo"'],
  ['European', 'a', '"yoo"'],
  ['euro-denominated', 'a', '"yoo"'],
  ['one-time', 'a', '"wun"'],
  ['one-click', 'a', '"wun"'],
  ['once-a-week', 'a', '"wunce"'],
  ['onerous', 'an', '"on-", not "wun-"'],
  ['online', 'an', '"on-"'],
  // Initialisms read letter by letter: the letter's name decides.
  ['MBA', 'an', '"em"'],
  ['FAQ', 'an', '"eff"'],
  ['SLA', 'an', '"ess"'],
  ['SLAs', 'an', 'a plural initialism'],
  ['HR-approved', 'an', '"aitch"'],
  ['NDA', 'an', '"en"'],
  ['RFP', 'an', '"ar"'],
  ['LLM-based', 'an', '"el"'],
  ['URL', 'a', '"you"'],
  ['UX', 'a', '"you"'],
  ['CRM', 'a', '"cee"'],
  ['API', 'an', '"ay"'],
  ['S3', 'an', 'letters and a digit'],
  ['H-1B', 'an', 'a letter joined by a hyphen'],
  ['X-ray', 'an', 'a letter joined by a hyphen'],
  ['A/B', 'an', 'a letter joined by a slash'],
  ['e-signature', 'an', 'a letter joined by a hyphen'],
  ['U-turn', 'a', 'a letter joined by a hyphen'],
  ['iOS', 'an', 'a lowercase letter before a capital'],
  ['npm', 'an', 'no vowel letter: spelled out'],
  // Short forms said as words.
  ['SaaS', 'a', '"sass"'],
  ['SAML', 'a', '"sam-el"'],
  ['SOC', 'a', '"sock"'],
  ['EULA', 'a', '"yoo-la"'],
  ['SQL', undefined, '"sequel" or "S-Q-L"'],
  ['HIPAA', 'a', 'five letters with vowels: said as a word'],
  ['AMAZING', 'an', 'a shouted word'],
  ['HTTPS', 'an', 'five letters, no vowel: spelled out'],
  // Figures by their spoken name.
  ['8-step', 'an', '"eight"'],
  ['80%', 'an', '"eighty"'],
  ['800-seat', 'an', '"eight hundred"'],
  ['8,000', 'an', '"eight thousand"'],
  ['11-day', 'an', '"eleven"'],
  ['18-month', 'an', '"eighteen"'],
  ['11,000-seat', 'an', '"eleven thousand"'],
  ['1-click', 'a', '"one"'],
  ['3-week', 'a', '"three"'],
  ['110', 'a', '"one hundred ten"'],
  ['2024', 'a', '"twenty twenty-four" or "two thousand…"'],
  ['1800', undefined, '"eighteen hundred" or "one thousand eight hundred"'],
  ['1,800', 'a', 'a comma says "one thousand"'],
  ['$5', 'a', '"dollar"'],
  ['€10', 'a', '"euro"'],
  ['@mention', 'an', '"at"'],
]

describe('article', () => {
  for (const [word, article, why] of TABLE) {
    it(`${article ?? 'a or an'} ${word} (${why})`, () => {
      assert.equal(articleFor(word), article)
      if (article) {
        assert.equal(articleFits(article, word), true)
        assert.equal(articleFits(otherArticle(article), word), false)
      } else {
        assert.equal(soundOf(word), 'either')
        assert.equal(articleFits('a', word), true)
        assert.equal(articleFits('an', word), true)
      }
    })
  }

  it('cannot tell the sound of what is not spelled in Latin letters or figures', () => {
    for (const token of ['日本', '🚀', '‹N›-minute', `${CODE_PLACEHOLDER}-based`]) {
      assert.equal(soundOf(token), undefined, token)
      assert.equal(articleFits('a', token), undefined, token)
    }
  })

  it('swaps an article keeping its case', () => {
    assert.deepEqual(['a', 'an', 'A', 'An', 'AN'].map(otherArticle), ['an', 'a', 'An', 'A', 'A'])
  })
})
