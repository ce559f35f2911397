// Reading grade: the Flesch-Kincaid grade level of a text, from its sentences, words
// and syllables (0.39 × words per sentence + 11.8 × syllables per word − 15.59). The
// sentences are the lint's own, so the grade and the findings agree on what a sentence
// is; syllables are counted by vowel groups with the corrections in syllable-data.ts.

import {ADDED_ENDINGS, SILENT_ENDINGS, SPLIT_VOWELS, SYLLABLE_EXCEPTIONS} from './syllable-data'

/** Runs of letters and numbers, with inner apostrophes and hyphens ("don’t", "month-end" are one word each): what Flesch-Kincaid counts as words. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

export interface ReadingStats {
  sentences: number
  words: number
  syllables: number
  /** Flesch-Kincaid grade level; NaN when there are no words. */
  grade: number
}

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? []
}

/**
 * Counts already made, by word: a document repeats a few thousand words, and counting
 * runs a dozen patterns. Emptied when it fills, so a huge document's vocabulary cannot
 * grow it without bound.
 */
const syllablesByWord = new Map<string, number>()
const MAX_REMEMBERED_WORDS = 50_000

export function syllableCount(word: string): number {
  const remembered = syllablesByWord.get(word)
  if (remembered !== undefined) return remembered
  const count = countSyllables(word)
  if (syllablesByWord.size >= MAX_REMEMBERED_WORDS) syllablesByWord.clear()
  syllablesByWord.set(word, count)
  return count
}

function countSyllables(word: string): number {
  const lower = word.toLowerCase().replace(/[’']/g, "'")
  const known = SYLLABLE_EXCEPTIONS[lower]
  if (known !== undefined) return known
  // A number reads as its digits' words; one syllable a digit is close enough for a grade.
  if (/^\d+$/.test(lower)) return Math.min(lower.length, 4)
  // A possessive or contraction adds nothing: "team's", "we're".
  const base = lower.replace(/'(?:s|re|ve|ll|d|t|m)$/, '')
  if (base.length <= 3) return 1
  // Compounds with a hyphen: count each part.
  if (base.includes('-')) return base.split('-').filter(Boolean).reduce((sum, part) => sum + syllableCount(part), 0)
  let count = (base.match(/[aeiouy]+/g) ?? []).length
  count += (base.match(SPLIT_VOWELS) ?? []).length
  if (SILENT_ENDINGS.some(({ending, unless}) => ending.test(base) && !unless?.test(base))) count--
  if (ADDED_ENDINGS.some((ending) => ending.test(base))) count++
  // "y" that starts a word is a consonant: "year", "your".
  if (/^y[aeiou]/.test(base)) count--
  return Math.max(1, count)
}

/**
 * A full stop, question or exclamation mark followed by a capital: a sentence break the
 * Markdown model's sentences sometimes hold inside one sentence (parse-english joins
 * "…in the sun. Some cats…"). Counted, never used for a range.
 */
const INNER_BREAK = /[.?!]["'”’)\]]*\s+(?=[\p{Lu}\p{N}"“])/gu

/** The grade of a text given as its sentences. */
export function readingStats(sentences: readonly string[]): ReadingStats {
  let words = 0
  let syllables = 0
  let counted = 0
  for (const sentence of sentences) {
    const list = wordsOf(sentence)
    if (list.length === 0) continue
    counted += 1 + (sentence.match(INNER_BREAK)?.length ?? 0)
    words += list.length
    for (const word of list) syllables += syllableCount(word)
  }
  const grade = words === 0 ? Number.NaN : 0.39 * (words / counted) + 11.8 * (syllables / words) - 15.59
  return {sentences: counted, words, syllables, grade}
}
