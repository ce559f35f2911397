// The learned half of the judgments: per sentence, the probability that a careful
// reader would call it a vague claim, an unproven claim, a feature without an outcome,
// or a statement of the buyer's pain. The weights are trained by `npm run train` on
// labeled sentences from many organisations and shipped in the bundle; scoring is a sum
// of weights, offline and deterministic.

import modelFile from '../generated/model.json'
import type {Voice} from '../analysis/voice'
import {isStronglyNegative, sentenceFeatures, tokensOf, wordFeatures, type FeatureInput} from './features'
import type {LinearModel} from './learn'

export const JUDGMENTS = ['vague_claim', 'unproven_claim', 'feature_no_outcome', 'states_pain'] as const
export type Judgment = (typeof JUDGMENTS)[number]

export interface JudgmentModel extends LinearModel {
  /** The probability from which the judgment is made. */
  threshold: number
}

export interface ModelFile {
  version: 1
  /** How many labeled sentences the weights were fitted on. */
  trainedOn: number
  judgments: Record<Judgment, JudgmentModel>
}

export interface JudgmentScore {
  probability: number
  /** probability ≥ the judgment's threshold. */
  holds: boolean
}

export type Judgments = Record<Judgment, JudgmentScore>

const shipped = modelFile as unknown as ModelFile
const weightMaps = Object.fromEntries(JUDGMENTS.map((j) => [j, new Map(Object.entries(shipped.judgments[j]?.weights ?? {}))])) as Record<Judgment, Map<string, number>>
const J = JUDGMENTS.length
/** Every feature the model weighs, numbered; its four weights sit side by side in WEIGHTS. */
const FEATURE_ID = new Map<string, number>()
for (const map of Object.values(weightMaps)) for (const feature of map.keys()) if (!FEATURE_ID.has(feature)) FEATURE_ID.set(feature, FEATURE_ID.size)
const WEIGHTS = new Float64Array(FEATURE_ID.size * J)
JUDGMENTS.forEach((judgment, index) => {
  for (const [feature, weight] of weightMaps[judgment]) WEIGHTS[FEATURE_ID.get(feature)! * J + index] = weight
})
const BIASES = JUDGMENTS.map((j) => shipped.judgments[j]?.bias ?? -Infinity)

/** What the scorer needs of a word: the ids of its features that the model weighs, and whether it is strongly negative. */
interface WordEntry {
  ids: Int32Array
  stronglyNegative: boolean
}

/**
 * Per word, its `WordEntry`. Words recur across sentences, so a sentence costs one lookup
 * per word instead of a string per feature. Bounded: cleared when it grows past what any
 * document needs.
 */
const wordEntries = new Map<string, WordEntry>()
const MAX_WORDS = 100_000
function entryOf(token: string): WordEntry {
  let entry = wordEntries.get(token)
  if (entry) return entry
  if (wordEntries.size >= MAX_WORDS) wordEntries.clear()
  const ids = Int32Array.from(wordFeatures(token).flatMap((feature) => (FEATURE_ID.has(feature) ? [FEATURE_ID.get(feature)!] : [])))
  entry = {ids, stronglyNegative: isStronglyNegative(token)}
  wordEntries.set(token, entry)
  return entry
}
/** Features counted once per sentence: marks set while summing, cleared after. */
const seen = new Uint8Array(FEATURE_ID.size)
/** The features marked in `seen` so far, the first `touchedCount` of them (a typed array: no allocation per sentence). */
const touched = new Int32Array(FEATURE_ID.size)
let touchedCount = 0
/** The sentence's sum per judgment, in the order of JUDGMENTS. */
const sums = new Float64Array(J)

/** Adds the weights of feature `id` to `sums`, unless the sentence counted it already. */
function addWeightsOf(id: number): void {
  if (seen[id]) return
  seen[id] = 1
  touched[touchedCount++] = id
  const base = id * J
  for (let i = 0; i < J; i++) sums[i] += WEIGHTS[base + i]!
}

/**
 * Judgments that are never ours to make in a voice, whatever the words: a competitor's
 * features and adjectives are not our copy to fix, nor is what a customer says or needs.
 * (A claim about a competitor with no source is still ours to prove.)
 */
export const NOT_OURS: Readonly<Record<Voice, readonly Judgment[]>> = {
  competitor: ['vague_claim', 'feature_no_outcome'],
  customer: ['vague_claim', 'unproven_claim', 'feature_no_outcome'],
  ours: [],
  reader: [],
  neutral: [],
}

/**
 * What the guidelines rule out whatever the words, as features that veto a judgment:
 * the scorer weighs evidence, these are the definitions' own exceptions.
 */
export const RULED_OUT: Readonly<Record<Judgment, ReadonlyArray<{feature: string; why: string}>>> = {
  vague_claim: [
    {feature: 'question', why: 'a question asks; it claims nothing'},
    {feature: 'planning', why: 'plans and instructions to staff sell nothing'},
  ],
  unproven_claim: [
    {feature: 'c:proof', why: 'a source, study, analyst or named customer in the sentence supports the claim'},
    {feature: 'ref', why: 'a link or footnote in the sentence is its source'},
    {feature: 'unit-proof', why: 'the bullet or cell gives its source in another sentence or a sub-bullet'},
  ],
  feature_no_outcome: [
    {feature: 'k:heading', why: 'a heading names a topic; the sentences under it make the pitch'},
    {feature: 'k:table-header', why: 'a table’s header cell names a column'},
    {feature: 'k:row-label', why: 'a table’s first column names the row; the cells beside it make the claim'},
    {feature: 'value-cell', why: 'a cell that holds only a price, a year, a mark or a single word (“$49”, “2019”, “Yes”, “AGPL-3.0”) is the value of what its row and column name'},
    {feature: 'field-value', why: 'a label with a one-word value (“Sales segment: Enterprise”, “License: Proprietary”) fills in a field; it states no capability'},
    {feature: 'link-only', why: 'a bullet, cell or line that is only a link (“[Q3 roadmap](…)”) points to another page; it states no capability'},
    {feature: 'key-value-cell', why: 'a cell beside a name in a record or a glossary (“Metadata | Description”, “Term | Definition”) is that name’s value or meaning'},
    {feature: 'audience-cell', why: 'a cell under a “Best for”, “Who it’s for”, “Type” or “Category” column names whom its row suits or what kind it is, not a capability'},
    {feature: 'outcome-cell', why: 'a cell under an outcome column (“Why it matters”, “Benefit”) is the outcome of its row'},
    {feature: 'c:outcome', why: 'the sentence says what the buyer gets ("so you can…", "without…", "in one afternoon")'},
    {feature: 'question', why: 'a question asks; it states no feature'},
  ],
  states_pain: [],
}

/**
 * What the definitions name outright, decided whatever the scorer's probability: the
 * lexicon's strong terms ("best-in-class", "unlock the power of") are value claims
 * wherever they describe an offering, and a superlative, rank, multiplier or impact
 * figure about an offering with no proof beside it is an unproven claim. (The pain cues
 * were measured as such a rule too: they cost more precision than they add recall.)
 */
export const NAMED_OUTRIGHT: Readonly<Record<Judgment, ReadonlyArray<{feature: string; why: string}>>> = {
  vague_claim: [{feature: 'r:vague-strong', why: 'a strong lexicon term used as a claim about an offering, with nothing checkable beside it'}],
  unproven_claim: [{feature: 'r:unproven', why: 'a claim of rank, superiority or impact about an offering, with no proof in its sentence or item'}],
  feature_no_outcome: [],
  states_pain: [],
}

const VETOES = Object.fromEntries(JUDGMENTS.map((j) => [j, RULED_OUT[j].map((r) => r.feature)])) as Record<Judgment, string[]>
const OUTRIGHT = Object.fromEntries(JUDGMENTS.map((j) => [j, NAMED_OUTRIGHT[j].map((r) => r.feature)])) as Record<Judgment, string[]>

/**
 * The decision: ours to make in this voice, not ruled out by the definitions, and either
 * named outright by them or over the threshold.
 */
export function decide(judgment: Judgment, probability: number, threshold: number, voice: Voice, features: ReadonlySet<string>): boolean {
  if (NOT_OURS[voice].includes(judgment) || VETOES[judgment].some((veto) => features.has(veto))) return false
  return probability >= threshold || OUTRIGHT[judgment].some((feature) => features.has(feature))
}

/**
 * The judgments for a sentence, from its words and its sentence-level features
 * (`sentenceFeatures`): the same sum as over `featuresOf`, each feature counted once.
 * (The definitions' vetoes are all sentence-level features.)
 */
export function judgeSentence(input: FeatureInput & {voice: Voice}): Judgments {
  const tokens = tokensOf(input.view.text)
  sums.set(BIASES)
  // Words first, then the sentence's own features: the order the sum has always been taken in.
  let stronglyNegative = 0
  for (let t = 0; t < tokens.length; t++) {
    const {ids, stronglyNegative: negative} = entryOf(tokens[t]!)
    if (negative) stronglyNegative++
    for (let i = 0; i < ids.length; i++) addWeightsOf(ids[i]!)
  }
  const features = sentenceFeatures(input, tokens, stronglyNegative)
  for (const feature of features) {
    const id = FEATURE_ID.get(feature)
    if (id !== undefined) addWeightsOf(id)
  }
  for (let i = 0; i < touchedCount; i++) seen[touched[i]!] = 0
  touchedCount = 0
  const out = {} as Judgments
  for (let i = 0; i < J; i++) {
    const judgment = JUDGMENTS[i]!
    const model = shipped.judgments[judgment]
    const probability = 1 / (1 + Math.exp(-sums[i]!))
    out[judgment] = {probability, holds: model !== undefined && decide(judgment, probability, model.threshold, input.voice, features)}
  }
  return out
}

/** The features that pushed a judgment up most, strongest first (what `inspect` and hovers show as "why"). */
export function strongestFeatures(judgment: Judgment, features: readonly string[], count = 3): Array<{feature: string; weight: number}> {
  const weights = weightMaps[judgment]
  return features
    .map((feature) => ({feature, weight: weights.get(feature) ?? 0}))
    .filter((f) => f.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.feature.localeCompare(b.feature))
    .slice(0, count)
}

/** The weight of one feature for a judgment (0 when the model does not use it). */
export function weightOf(judgment: Judgment, feature: string): number {
  return weightMaps[judgment].get(feature) ?? 0
}
