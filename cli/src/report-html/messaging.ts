// What the messaging report needs from a lint beyond its findings: how many sentences
// sell, how many of those carry a finding, and which pitch elements (pain, outcome,
// proof) the document and its selling sections carry. It is computed where the lint
// result is still in hand (toFileReport), so `pitchlint report` reuses the ordinary
// lint run, its worker threads and its cache, instead of analyzing every file again.

import {COVERAGE_ELEMENTS, messagingCoverage, type LintResult, type Tag} from '../../../rules/src/index'
import {indexHolding} from '../../../rules/src/sorted'

export interface MessagingSummary {
  /** Sentences, bullets and table cells analyzed. */
  sentences: number
  /** Of those, the ones that sell: they carry any tag (feature, outcome, pain, claim, proof, vague). */
  selling: number
  /** Selling sentences in which a reported finding starts. */
  sellingWithFinding: number
  /** Sentences carrying each tag, in the whole document. */
  tags: Partial<Record<Tag, number>>
  /** Selling sections (the document itself included), as the editor's coverage lens counts them. */
  sellingSections: number
  /** Of those, how many lack each coverage element (pain, outcome, proof). */
  sectionsMissing: Partial<Record<Tag, number>>
  /** The document profile it was checked as, why, and its required elements with whether each is there. */
  profile?: DocumentProfile
}

export interface DocumentProfile {
  name: string
  reason: string
  /** The profile's required elements (and optional ones the document has), as the editor's checklist lens shows them. */
  checklist: Array<{item: string; present: boolean}>
}

/**
 * The messaging score, 0–100, or null when nothing sells. It is defined here and only
 * here, because the page, the Markdown summary and the tests must all mean the same
 * number by it. It is deliberately plain, so a PMM lead can check it by hand: the share
 * of selling sentences with no finding in them. Pooling sentences (not averaging
 * documents) makes the overall score weigh each document by how much it sells, so a
 * two-line stub cannot swing it.
 */
export function messagingScore(parts: ReadonlyArray<Pick<MessagingSummary, 'selling' | 'sellingWithFinding'>>): number | null {
  let selling = 0
  let flagged = 0
  for (const part of parts) {
    selling += part.selling
    flagged += part.sellingWithFinding
  }
  return selling === 0 ? null : Math.round((100 * (selling - flagged)) / selling)
}

/** The score's definition in one sentence, as the page and the summary print it. */
export const SCORE_EXPLANATION =
  'The messaging score is the share of selling sentences (those that state a feature, outcome, pain, claim or proof) that carry no finding, from 0 to 100; the overall score pools every document’s sentences.'

export function messagingSummary(result: LintResult): MessagingSummary {
  const sentences = [...result.sentences].sort((a, b) => a.range[0] - b.range[0])
  const tags: Partial<Record<Tag, number>> = {}
  const sellingIndexes: boolean[] = new Array(sentences.length)
  let selling = 0
  sentences.forEach(({analysis}, index) => {
    if (analysis.tags.length === 0) return
    selling++
    sellingIndexes[index] = true
    for (const tag of analysis.tags) tags[tag] = (tags[tag] ?? 0) + 1
  })
  // A finding belongs to the sentence its range starts in (binary search: a file can
  // hold tens of thousands of sentences); a section-level finding on a heading has none.
  const flagged = new Set<number>()
  for (const finding of result.findings) {
    const index = indexHolding(sentences, finding.range[0])
    if (index !== -1 && sellingIndexes[index]) flagged.add(index)
  }
  const sections = messagingCoverage(result.sections)
  const sectionsMissing: Partial<Record<Tag, number>> = {}
  for (const section of sections) {
    for (const {tag, present} of section.elements) if (!present) sectionsMissing[tag] = (sectionsMissing[tag] ?? 0) + 1
  }
  return {sentences: sentences.length, selling, sellingWithFinding: flagged.size, tags, sellingSections: sections.length, sectionsMissing, ...(result.profile && {profile: profileOf(result)})}
}

function profileOf(result: LintResult): DocumentProfile | undefined {
  if (!result.profile) return undefined
  const elements = result.profileChecklist?.elements.filter((element) => element.required || element.present) ?? []
  return {name: result.profile.name, reason: result.profile.reason, checklist: elements.map((element) => ({item: element.name, present: element.present}))}
}

/** Whether the document carries each coverage element somewhere. */
export function documentCoverage(summary: MessagingSummary): Array<{tag: Tag; present: boolean}> {
  return COVERAGE_ELEMENTS.map((tag) => ({tag, present: (summary.tags[tag] ?? 0) > 0}))
}

