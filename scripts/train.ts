// `npm run train`: fits the judgment scorer on the labeled training sentences and
// writes its weights to rules/src/generated/model.json (shipped in the bundle).
//
//   npx tsx scripts/train.ts            train on everything, write the weights
//   npx tsx scripts/train.ts --check    train, and fail if the result differs from the committed file
//   npx tsx scripts/train.ts --cv       leave-one-organisation-out cross-validation table
//   npx tsx scripts/train.ts --cv --json             the same, as JSON
//   npx tsx scripts/train.ts --cv --thresholds       and precision / recall at every threshold tried
//   npx tsx scripts/train.ts --cv --mistakes FILE    and each cross-validated false positive and negative, as JSON lines
//                                                    (corpus text: write it outside the repository)
//
// Training data: ../shared/eval/train.jsonl and train-claims.jsonl (never dev.jsonl),
// plus any label files under rules/training/ (stored by reference: file, range, hash,
// labels). Each labeled range is matched to the sentences pitchlint itself splits the
// document into, so the model learns from exactly what it sees at run time.

import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {lint, LineIndex} from '../rules/src/index'
import type {AnalyzedSentence} from '../rules/src/engine'
import {decide, JUDGMENTS, type Judgment, type ModelFile} from '../rules/src/model/scorer'
import type {Voice} from '../rules/src/analysis/voice'
import {featuresOf} from '../rules/src/model/features'
import {DEFAULT_LEARN_OPTIONS, learn, probability, type Example, type LearnOptions} from '../rules/src/model/learn'
import {decodeMarkdown} from '../files/src/read'
import type {LabeledRange} from './labeled-range'
import {chooseThreshold, heldOutThresholds, scoreAt, THRESHOLD_GRID, type Score} from './thresholds'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(root, '..', 'shared')
const MODEL_FILE = join(root, 'rules', 'src', 'generated', 'model.json')
const LABEL_SETS = [join(shared, 'eval', 'train.jsonl'), join(shared, 'eval', 'train-claims.jsonl')]
const OWN_LABELS = join(root, 'rules', 'training')

interface LabeledItem extends LabeledRange {
  labels: Record<string, boolean | null>
  /** For labels stored by reference (rules/training): the first 16 hex digits of the labeled text's SHA-256. */
  sha256?: string
}

interface Sample {
  item: LabeledItem
  group: string
  /** Features of each pitchlint sentence the labeled range overlaps (the first is the one that overlaps most). */
  sentences: string[][]
  /** The voice of each of those sentences. */
  voices: Voice[]
}

function main(): void {
  const args = new Set(process.argv.slice(2))
  if (!existsSync(join(shared, 'eval'))) {
    console.error(`pitchlint train: the labeled sets are not there (${join(shared, 'eval')}); they come with the shared data beside the repository.`)
    process.exit(2)
  }
  const samples = loadSamples()
  const mistakes: Mistake[] = []
  const cv = crossValidate(samples, DEFAULT_LEARN_OPTIONS, mistakes)
  if (args.has('--cv')) {
    if (args.has('--json')) console.log(JSON.stringify(cv, null, 2))
    else printTable(cv, samples)
    const mistakesAt = process.argv.indexOf('--mistakes')
    if (mistakesAt > 0) writeMistakes(process.argv[mistakesAt + 1]!, mistakes)
    return
  }
  const model = trainAll(samples, DEFAULT_LEARN_OPTIONS, cv)
  const text = JSON.stringify(model) + '\n'
  if (args.has('--check')) {
    const committed = existsSync(MODEL_FILE) ? readFileSync(MODEL_FILE, 'utf8') : ''
    if (committed !== text) {
      console.error('pitchlint train --check: rules/src/generated/model.json differs from what `npm run train` produces; run it and commit the result.')
      process.exit(1)
    }
    console.log(`model.json reproduced byte for byte (${samples.length} labeled sentences)`)
    return
  }
  writeFileSync(MODEL_FILE, text)
  const sizes = JUDGMENTS.map((j) => `${j} ${Object.keys(model.judgments[j].weights).length} weights, threshold ${model.judgments[j].threshold}`).join('; ')
  console.log(`wrote ${MODEL_FILE.slice(root.length + 1)} from ${samples.length} labeled sentences (${sizes})`)
}

/** Fits each judgment on every labeled sentence, with the threshold cross-validation chose. */
export function trainAll(samples: readonly Sample[], options: LearnOptions, cv: CvTable): ModelFile {
  const judgments = {} as ModelFile['judgments']
  for (const judgment of JUDGMENTS) {
    const model = learn(examplesFor(samples, judgment), options)
    judgments[judgment] = {threshold: cv[judgment].threshold, ...model}
  }
  return {version: 1, trainedOn: samples.length, judgments}
}

function examplesFor(samples: readonly Sample[], judgment: Judgment): Example[] {
  return samples.flatMap((s) => {
    const label = s.item.labels[judgment]
    if (label === null || label === undefined || s.sentences.length === 0) return []
    return [{features: s.sentences[0]!, label, group: s.group}]
  })
}

/**
 * Per judgment: the held-out score (each organisation at a threshold chosen without it),
 * the range of those thresholds, the threshold shipped (chosen on every organisation's
 * held-out predictions) and the pooled score at each threshold of the grid.
 */
type CvTable = Record<Judgment, Score & {thresholds: [number, number]; threshold: number; byThreshold: Record<string, Score>}>

/** A cross-validated decision that disagrees with the labelers, at the judgment's chosen threshold. */
interface Mistake {
  judgment: Judgment
  gold: boolean
  /** The highest probability among the sentences the labeled range overlaps. */
  probability: number
  item: LabeledItem
}

/** A sentence's features as the scorer's decision asks for them, made once per sentence. */
const featureSets = new WeakMap<readonly string[], ReadonlySet<string>>()
function featureSet(features: readonly string[]): ReadonlySet<string> {
  let set = featureSets.get(features)
  if (!set) featureSets.set(features, (set = new Set(features)))
  return set
}

/**
 * Leave one organisation out: train on the others, judge its sentences as the scorer does
 * (any overlapping sentence flagged). The decisions that disagree with the labels at the
 * chosen thresholds go to `mistakes`.
 */
export function crossValidate(samples: readonly Sample[], options: LearnOptions, mistakes: Mistake[] = []): CvTable {
  const groups = [...new Set(samples.map((s) => s.group))].sort()
  const predictions = new Map<Judgment, Array<{gold: boolean; probabilities: number[]; sample: Sample}>>(JUDGMENTS.map((j) => [j, []]))
  for (const group of groups) {
    const trainOn = samples.filter((s) => s.group !== group)
    const testOn = samples.filter((s) => s.group === group)
    for (const judgment of JUDGMENTS) {
      const model = learn(examplesFor(trainOn, judgment), options)
      for (const s of testOn) {
        const gold = s.item.labels[judgment]
        if (gold === null || gold === undefined) continue
        predictions.get(judgment)!.push({gold, probabilities: s.sentences.map((f) => probability(model, f)), sample: s})
      }
    }
  }
  const table = {} as CvTable
  for (const judgment of JUDGMENTS) {
    const list = predictions.get(judgment)!
    // As the scorer counts: flagged when any sentence the labeled range overlaps is flagged.
    const at = (t: number) => list.map(({gold, probabilities, sample}) => [gold, probabilities.some((p, i) => decide(judgment, p, t, sample.voices[i]!, featureSet(sample.sentences[i]!))) ? 1 : 0] as [boolean, number])
    const decisions = THRESHOLD_GRID.map(at)
    const scores = decisions.map((list) => scoreAt(list, 0.5))
    const byThreshold = Object.fromEntries(THRESHOLD_GRID.map((t, index) => [t.toFixed(2), scores[index]!]))
    // The threshold shipped: chosen on every organisation's held-out predictions.
    const best = THRESHOLD_GRID[chooseThreshold(scores)]!
    // The score reported: each organisation judged at a threshold chosen on the other
    // organisations' predictions alone, as a company the scorer has never seen would be.
    const heldOut = heldOutThresholds(list.map(({sample}) => sample.group), decisions)
    table[judgment] = {...heldOut.score, thresholds: heldOut.thresholds, threshold: best, byThreshold}
    decisions[THRESHOLD_GRID.indexOf(best)]!.forEach(([gold, flagged], index) => {
      if (gold === (flagged === 1)) return
      const {probabilities, sample} = list[index]!
      mistakes.push({judgment, gold, probability: round3(Math.max(0, ...probabilities)), item: sample.item})
    })
  }
  return table
}

function writeMistakes(file: string, mistakes: readonly Mistake[]): void {
  const documents = new Map<string, {text: string; lines: LineIndex}>()
  const lines = mistakes.map(({judgment, gold, probability, item}) => {
    let document = documents.get(item.file)
    if (document === undefined) {
      const read = decodeMarkdown(readFileSync(join(shared, 'corpus', item.file)))
      const text = read.ok ? read.text : ''
      documents.set(item.file, (document = {text, lines: new LineIndex(text)}))
    }
    const labeled = document.text.slice(...offsetsOf(document.lines, item))
    return JSON.stringify({judgment, kind: gold ? 'false-negative' : 'false-positive', probability, id: item.id, text: labeled})
  })
  writeFileSync(file, lines.join('\n') + '\n')
  console.error(`${mistakes.length} mistakes written to ${file}`)
}

function printTable(table: CvTable, samples: readonly Sample[]): void {
  const groups = new Set(samples.map((s) => s.group)).size
  console.log(`leave-one-organisation-out cross-validation: ${samples.length} labeled sentences, ${groups} organisations`)
  console.log('each organisation judged by a model trained without it, at a threshold chosen without it\n')
  console.log('label               precision  recall   f1     tp   fp   fn    thresholds  shipped')
  for (const judgment of JUDGMENTS) {
    const v = table[judgment]
    const [low, high] = v.thresholds
    const range = low === high ? String(low) : `${low}–${high}`
    console.log(`${judgment.padEnd(20)}${String(v.precision).padEnd(11)}${String(v.recall).padEnd(9)}${String(v.f1).padEnd(7)}${String(v.tp).padEnd(5)}${String(v.fp).padEnd(5)}${String(v.fn).padEnd(6)}${range.padEnd(12)}${v.threshold}`)
  }
  if (process.argv.includes('--thresholds')) {
    for (const judgment of JUDGMENTS) {
      console.log(`\n${judgment} (every organisation pooled)`)
      for (const [t, v] of Object.entries(table[judgment].byThreshold)) console.log(`  ${t}  P ${v.precision}  R ${v.recall}  F1 ${v.f1}`)
    }
  }
}

function loadSamples(): Sample[] {
  const items = [...LABEL_SETS, ...ownLabelFiles()].flatMap((file) =>
    readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as LabeledItem),
  )
  const byFile = new Map<string, LabeledItem[]>()
  for (const item of items) {
    const list = byFile.get(item.file) ?? []
    list.push(item)
    byFile.set(item.file, list)
  }
  const samples: Sample[] = []
  for (const file of [...byFile.keys()].sort()) {
    const read = decodeMarkdown(readFileSync(join(shared, 'corpus', file)))
    if (!read.ok) continue
    const result = lint(read.text, {filePath: file})
    const lines = new LineIndex(read.text)
    const sentences = [...result.sentences].sort((a, b) => a.range[0] - b.range[0])
    for (const item of byFile.get(file)!) {
      const [start, end] = offsetsOf(lines, item)
      // Labels stored by reference carry a hash of the labeled text: a changed corpus file is noticed, not trained on.
      if (item.sha256 && hashOf(read.text.slice(start, end)) !== item.sha256) {
        console.error(`pitchlint train: ${item.id}: the text changed since it was labeled; skipped`)
        continue
      }
      const overlapping = sentences
        .filter((s) => s.range[0] < end && s.range[1] > start)
        .map((s) => ({s, overlap: Math.min(end, s.range[1]) - Math.max(start, s.range[0])}))
        .sort((a, b) => b.overlap - a.overlap)
      samples.push({item, group: organisationOf(file), sentences: overlapping.map(({s}) => featuresOfSentence(s)), voices: overlapping.map(({s}) => s.analysis.voice.voice)})
    }
  }
  return samples
}

export function featuresOfSentence(sentence: AnalyzedSentence): string[] {
  const {view, analysis} = sentence
  return featuresOf({view, cues: analysis.cues, terms: analysis.terms, voice: analysis.voice.voice})
}

/** A labeled range's offsets in its document's text (lines and columns are 1-based; the end is exclusive). */
function offsetsOf(lines: LineIndex, item: LabeledRange): [number, number] {
  return [lines.lineStart(item.line - 1) + item.column - 1, lines.lineStart(item.endLine - 1) + item.endColumn - 1]
}

/** `more/acme__website/…` → `acme`: the organisation, whichever of its repositories the file is from. */
function organisationOf(file: string): string {
  return file.split('/')[1]!.split('__')[0]!
}

function ownLabelFiles(): string[] {
  if (!existsSync(OWN_LABELS)) return []
  return readdirSync(OWN_LABELS).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(OWN_LABELS, f))
}

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16)
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000
}

main()
