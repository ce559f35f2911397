// The figures a document quotes in its claims, and what each one measures, so that the
// same metric can be compared across documents and with the registry. A figure is a
// number with a unit inside a claim the analysis found (an impact figure, a multiplier,
// an adoption count); its metric is the content words of the claim around it. The
// units, the direction words and the words that say nothing about the metric are data
// (`metric-words.json`), each group with why.

import type {Cue} from '../analysis/cue'
import {escapeRegExp} from '../matches'
import type {SentenceInput} from '../rule'
import words from './metric-words.json'
import type {Citation, FigureMention, ProofPoint, ProofRegistry} from './types'

/** The claims whose numbers are figures a registry can hold. */
const FIGURE_CLAIMS = new Set(['impact-figure', 'multiplier', 'adoption'])

const UNIT_OF = new Map<string, string>()
for (const {unit, forms} of words.units) for (const form of forms) UNIT_OF.set(form, unit)
const DIRECTION_OF = new Map<string, string>()
for (const {direction, words: list} of words.direction) for (const word of list) DIRECTION_OF.set(word, `(${direction})`)
const IGNORED = new Set(words.ignored.flatMap((group) => group.words))

const unitForms = [...UNIT_OF.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')
// A number with a unit: "40%", "40 percent", "3x", "3×", "12 hours", "$2,000" (a currency).
const FIGURE = new RegExp(String.raw`(?<currency>[$€£])\s?(?<amount>\d[\d,]*(?:\.\d+)?)\s?(?<scale>[kmb])?\b|(?<number>\d[\d,]*(?:\.\d+)?)\s?(?<unit>${unitForms})(?![\p{L}\d])`, 'giu')

export interface ParsedFigure {
  value: number
  unit: string
  /** Indices into the text the figure was found in. */
  start: number
  end: number
}

/** Every figure in a text ("40%", "3x", "12 hours", "$2k"). */
export function parseFigures(text: string): ParsedFigure[] {
  const figures: ParsedFigure[] = []
  for (const match of text.matchAll(FIGURE)) {
    const groups = match.groups!
    const start = match.index
    if (groups.currency) {
      const scale = {k: 1e3, m: 1e6, b: 1e9}[(groups.scale ?? '').toLowerCase() as 'k' | 'm' | 'b'] ?? 1
      figures.push({value: Number(groups.amount.replace(/,/g, '')) * scale, unit: groups.currency, start, end: start + match[0].length})
    } else {
      figures.push({value: Number(groups.number.replace(/,/g, '')), unit: UNIT_OF.get(groups.unit.toLowerCase()) ?? groups.unit, start, end: start + match[0].length})
    }
  }
  return figures
}

/** The metric words of a claim's text: content words, singular, with the direction its verb gives. */
export function metricWords(text: string): string[] {
  const found = new Set<string>()
  // The figures go first, so "40 times" drops out and "review times" stays.
  for (const [word] of text.replace(FIGURE, ' ').toLowerCase().matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const plain = word.replace(/['’]s$/, '')
    if (IGNORED.has(plain)) continue
    found.add(DIRECTION_OF.get(plain) ?? singular(plain))
  }
  return [...found].sort()
}

function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1)
  return word
}

/** Words after a claim cue that may still name its metric ("40% faster onboarding of new reps"). */
const TRAILING_WORDS = 4

/** A registry entry, ready to be matched: its figures parsed and its metric words. */
interface IndexedEntry {
  entry: ProofPoint
  figures: ParsedFigure[]
  metric: string[]
}

const indexes = new WeakMap<ProofRegistry, IndexedEntry[]>()

function indexOf(registry: ProofRegistry): IndexedEntry[] {
  let index = indexes.get(registry)
  if (!index) {
    index = registry.entries.map((entry) => ({entry, figures: entry.figures.flatMap(parseFigures), metric: metricWords(entry.claim)}))
    indexes.set(registry, index)
  }
  return index
}

/** An entry by id. */
export function entryById(registry: ProofRegistry | undefined, id: string): ProofPoint | undefined {
  return registry && indexOf(registry).find((item) => item.entry.id === id)?.entry
}

/** The registry figures of an entry, parsed. */
export function entryFigures(registry: ProofRegistry, id: string): ParsedFigure[] {
  return indexOf(registry).find((item) => item.entry.id === id)?.figures ?? []
}

/**
 * The entry whose claim a figure quotes, by meaning: the same unit, no opposite
 * direction, and most of the entry's metric words (at least two, or its only one).
 */
export function matchEntry(registry: ProofRegistry | undefined, unit: string, metric: readonly string[]): ProofPoint | undefined {
  if (!registry) return undefined
  const mine = new Set(metric)
  let best: {entry: ProofPoint; score: number} | undefined
  for (const item of indexOf(registry)) {
    if (!item.figures.some((figure) => figure.unit === unit)) continue
    const theirs = item.metric.filter((word) => !word.startsWith('('))
    const opposite = item.metric.some((word) => word.startsWith('(') && !mine.has(word) && [...mine].some((m) => m.startsWith('(')))
    if (opposite || theirs.length === 0) continue
    const shared = theirs.filter((word) => mine.has(word)).length
    const score = shared / theirs.length
    if (shared < Math.min(2, theirs.length) || score < 0.6) continue
    if (!best || score > best.score) best = {entry: item.entry, score}
  }
  return best?.entry
}

/** The figures quoted in the claims of these sentences, each with its metric and the entry it cites or matches. */
export function figureMentions(sentences: readonly SentenceInput[], citations: readonly Citation[], registry: ProofRegistry | undefined): FigureMention[] {
  const mentions: FigureMention[] = []
  const citedBySentence = new Map<number, string[]>()
  for (const citation of citations) {
    if (!citation.sentence || !entryById(registry, citation.id)) continue
    const ids = citedBySentence.get(citation.sentence[0]) ?? []
    ids.push(citation.id)
    citedBySentence.set(citation.sentence[0], ids)
  }
  for (const {view, analysis} of sentences) {
    const claims = analysis.cues.filter((cue) => cue.kind === 'claim' && FIGURE_CLAIMS.has(cue.detail))
    if (claims.length === 0) continue
    const sentenceRange = view.range()
    const cited = citedBySentence.get(sentenceRange[0]) ?? []
    // A figure with its own source (a named customer, a study, a link in its sentence, list
    // item or table row: a customer-stories table) is that source's result, not a figure
    // the team quotes everywhere.
    const ownProof =
      analysis.cues.some((cue) => cue.kind === 'proof' && cue.detail !== 'reference') ||
      view.unitHasReference() ||
      (view.unit.row?.some((cell) => cell.links.length > 0 || cell.footnotes.length > 0) ?? false)
    for (const claim of claims) {
      const {metric, figures} = figuresOfClaim(view.text, claim)
      for (const figure of figures) {
        const start = claim.start + figure.start
        const end = claim.start + figure.end
        const citedEntry = cited.find((id) => registry && entryFigures(registry, id).some((f) => f.unit === figure.unit))
        const entry = citedEntry ?? matchEntry(registry, figure.unit, metric)?.id
        mentions.push({
          range: view.rangeOf(start, end),
          text: view.sourceOf(start, end),
          value: figure.value,
          unit: figure.unit,
          metric,
          sentence: view.text,
          sentenceRange,
          ...(entry !== undefined && {entry}),
          ...(citedEntry !== undefined && {cited: true}),
          ...(ownProof && {ownProof}),
        })
      }
    }
  }
  return mentions
}

/**
 * A claim's metric words and figures, by claim. A sentence's analysis, and so its claim
 * cues, is cached with its chunk: a keystroke elsewhere asks again for the same claims,
 * and they are worked out once.
 */
const claimFigures = new WeakMap<Cue, {metric: readonly string[]; figures: readonly ParsedFigure[]}>()

function figuresOfClaim(sentence: string, claim: Cue): {metric: readonly string[]; figures: readonly ParsedFigure[]} {
  let found = claimFigures.get(claim)
  if (!found) {
    found = {metric: metricWords(claimWithTail(sentence, claim)), figures: parseFigures(claim.text)}
    claimFigures.set(claim, found)
  }
  return found
}

/** The claim's words and the few after it, up to the end of its clause. */
function claimWithTail(text: string, claim: Cue): string {
  const rest = text.slice(claim.end)
  const clause = rest.split(/[.;:,!?()—–]/, 1)[0]
  const tail = clause.split(/\s+/).filter(Boolean).slice(0, TRAILING_WORDS).join(' ')
  return `${claim.text} ${tail}`
}

/** Two figures are the same when number and unit are. */
export function sameFigure(a: {value: number; unit: string}, b: {value: number; unit: string}): boolean {
  return a.unit === b.unit && Math.abs(a.value - b.value) < 1e-9
}
