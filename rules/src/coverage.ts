// Messaging coverage: which elements of a pitch (the buyer's pain, the outcome, the
// proof) each selling section carries, read from the same sentence analysis the rules
// use. The editor's code lens shows it per section and for the whole document.
//
// The labels show every element in COVERAGE_ELEMENTS whether or not the analysis can
// tag it yet, and the tally lists whatever tags the analysis gave: new tags show up
// without a change here.

import type {Tag} from './analysis/cue'
import {painVerdicts, type PainVerdict} from './analysis/unit'
import type {SectionHeading, SectionView} from './sections'

/** What a selling section should carry, in the order a pitch tells it. */
export const COVERAGE_ELEMENTS: readonly Tag[] = Object.freeze(['pain', 'outcome', 'proof'])

export interface SectionCoverage {
  kind: 'document' | 'section'
  heading?: SectionHeading
  range: [number, number]
  /** Sentences in the section, nested sections included. */
  sentences: number
  /** How many of those sentences carry each tag. */
  tags: Partial<Record<Tag, number>>
  /** Each coverage element and whether some sentence carries it. */
  elements: Array<{tag: Tag; present: boolean}>
  /** Why `missing-pain` does or does not report it (the lens explains a missing pain with it). */
  painVerdict?: PainVerdict
}

/**
 * The document's coverage, then each selling section's, in document order. A section
 * is selling when a sentence of its own (not of a subsection) carries any tag: a
 * heading that only groups subsections, or a section of plain instructions, gets none.
 */
export function messagingCoverage(root: SectionView): SectionCoverage[] {
  // One pass, bottom up: a section's tally is its own sentences' plus its children's,
  // so no sentence is counted more than once per lint (this runs on every keystroke).
  // Selling sections are listed in document order; their tallies fill in as the walk returns.
  const selling: Array<{section: SectionView; tags: Partial<Record<Tag, number>>}> = []
  const walk = (section: SectionView, isSelling: boolean): Partial<Record<Tag, number>> => {
    const tags: Partial<Record<Tag, number>> = {}
    if (isSelling) selling.push({section, tags})
    for (const {analysis} of section.own) for (const tag of analysis.tags) tags[tag] = (tags[tag] ?? 0) + 1
    for (const child of section.children) {
      const childTags = walk(child, child.own.some((sentence) => sentence.analysis.tags.length > 0))
      for (const tag in childTags) tags[tag as Tag] = (tags[tag as Tag] ?? 0) + childTags[tag as Tag]!
    }
    return tags
  }
  walk(root, true)
  const verdicts = painVerdicts(root)
  return selling.map(({section, tags}) => coverageOf(section, tags, verdicts.get(section)))
}

/** `pain ✓ · outcome ✗ · proof ✓` */
export function coverageLabel(coverage: SectionCoverage): string {
  return coverage.elements.map(({tag, present}) => `${tag} ${present ? '✓' : '✗'}`).join(' · ')
}

/** `5 sentences: 2 claim, 1 proof, 3 vague` */
export function coverageTally(coverage: SectionCoverage): string {
  const tags = Object.entries(coverage.tags).map(([tag, count]) => `${count} ${tag}`)
  const sentences = `${coverage.sentences} sentence${coverage.sentences === 1 ? '' : 's'}`
  return tags.length > 0 ? `${sentences}: ${tags.join(', ')}` : sentences
}

function coverageOf(section: SectionView, tags: Partial<Record<Tag, number>>, painVerdict: PainVerdict | undefined): SectionCoverage {
  return {
    kind: section.kind,
    ...(section.heading && {heading: section.heading}),
    range: section.range,
    sentences: section.sentences.length,
    tags,
    elements: COVERAGE_ELEMENTS.map((tag) => ({tag, present: (tags[tag] ?? 0) > 0})),
    ...(painVerdict && {painVerdict}),
  }
}
