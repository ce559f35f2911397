// Message units for `missing-pain`: the parts of a document that a buyer reads as one
// message (an email, a battlecard, a landing-page section). A short document is one
// unit; a long one is split at its headings until each part is short. A unit "sells"
// when it makes claims, states features or promises outcomes; process, instructions
// and reference sections do not sell, so they need no pain line.

import type {SentenceInput} from '../rule'
import type {SectionView} from '../sections'
import {isProcessText, sellingReason} from './context'
import {painCues} from './pain'

/** A section this long or shorter (in sentences of 3 words or more) is read as one message; a longer one is split at its sub-headings. */
export const MAX_UNIT_SENTENCES = 40
/** Fewer selling sentences than this is not a pitch (a stray "it's fast" in a how-to, a two-line aside). */
const MIN_SELLING_SENTENCES = 3
/** Fewer sentences than this ("### Pros" with two bullets, a one-line snippet) is a fragment, not a message. */
const MIN_UNIT_SENTENCES = 4
/** Below this share of selling sentences the unit is mostly something else (process, reference). */
const MIN_SELLING_SHARE = 0.25
/** From this share of process sentences (instructions to staff) on, the unit is a playbook, not a pitch. */
const MAX_PROCESS_SHARE = 0.3

/** Headings of sections that instruct, document or list rather than sell. */
const NON_SELLING_HEADING = /\b(?:how to|how it works|how we|steps?|step-by-step|setup|set up|install\w*|configur\w*|getting started|quick ?start|faqs?|frequently asked|q&a|reference|resources|links|further reading|read more|learn more|appendix|glossary|definitions?|changelog|release notes|agenda|checklist|process|procedures?|instructions|guidelines?|prerequisites|requirements|migrat\w+|import\w*|troubleshoot\w*|contact|about us|careers|legal|terms|privacy policy|pricing|plans|table of contents|toc|comparison|compared|references|sources|footnotes|notes|credits|acknowledg\w+|roadmap|timeline|owners?|responsibilit\w+|training|onboarding|handbook|welcome|purpose|mission|values|culture|hiring|sessions?|meetings?|workshops?|objectives?|okrs?|(?:^|\s)team$)\b/i

export interface Unit {
  section: SectionView
  /** Sentences that sell (claims, features, outcomes), in order. */
  selling: SentenceInput[]
}

/** The units of a document that sell and state no buyer pain anywhere, parents before children. */
export function unitsWithoutPain(document: SectionView): Unit[] {
  const found: Unit[] = []
  visit(document, false, found)
  return found
}

function visit(section: SectionView, painAbove: boolean, found: Unit[]): void {
  const heading = headingOf(section)
  if (heading && NON_SELLING_HEADING.test(heading.text)) return
  // Table labels and one-word cells ("Setup", "None", "Yes") neither sell, nor dilute a pitch, nor make it long.
  const substantive = section.sentences.filter((s) => s.view.model.wordCount >= 3)
  const isUnit = substantive.length <= MAX_UNIT_SENTENCES || section.children.length === 0
  if (isUnit) {
    if (painAbove || statesPain(section)) return
    if (substantive.length < MIN_UNIT_SENTENCES) return
    const selling = sellingSentences(section.sentences)
    if (selling.length < MIN_SELLING_SENTENCES || selling.length < MIN_SELLING_SHARE * substantive.length) return
    if (section.sentences.filter((s) => isProcessText(s.view)).length >= MAX_PROCESS_SHARE * section.sentences.length) return
    found.push({section, selling})
    return
  }
  // Problem, then solution: a pain stated in a long section's introduction, or in an
  // earlier sub-section ("## The problem"), frames the sub-sections that follow it.
  let painBefore = painAbove || section.own.some((s) => s.analysis.tags.includes('pain')) || headingPain(section.heading)
  for (const child of section.children) {
    visit(child, painBefore, found)
    painBefore ||= statesPain(child)
  }
}

function statesPain(section: SectionView): boolean {
  return section.sentences.some((s) => s.analysis.tags.includes('pain')) || [section.heading, ...allHeadings(section.children)].some(headingPain)
}

/** "## The cost of manual reconciliation": a heading can state the pain for its section. */
function headingPain(heading: SectionView['heading']): boolean {
  return heading !== undefined && painCues(heading.text).length > 0
}

function allHeadings(sections: readonly SectionView[]): Array<SectionView['heading']> {
  return sections.flatMap((s) => [s.heading, ...allHeadings(s.children)])
}

function sellingSentences(sentences: readonly SentenceInput[]): SentenceInput[] {
  return sentences.filter(({view, analysis}) => {
    // A value claim in sales words ("we help teams supercharge…") pitches too, when the
    // sentence sells: vision statements in planning docs use the same words.
    const pitches =
      analysis.tags.some((tag) => tag === 'feature' || tag === 'outcome' || tag === 'claim') ||
      analysis.terms.some((term) => term.entry.strength === 'strong' && sellingReason(view, term.start, term.end) !== undefined)
    return pitches && !isProcessText(view)
  })
}

/** A unit's heading; for a document, its title heading when one comes before any prose. */
export function headingOf(section: SectionView): SectionView['heading'] {
  if (section.heading || section.kind !== 'document') return section.heading
  const title = section.children[0]?.heading
  const first = section.sentences[0]
  return title && (!first || first.view.range()[0] >= title.range[1]) ? title : undefined
}
