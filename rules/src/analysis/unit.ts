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
  return judge(document).units
}

/** A unit as the coverage lens names it: where it is, and its heading's text. */
export interface UnitPlace {
  range: [number, number]
  heading?: string
}

/**
 * Why a section does or does not get a `missing-pain` finding, so the coverage lens can
 * say "pain ✗" and agree with the findings. `unit` is the message unit the section was
 * judged in: itself, or the enclosing section it was judged as part of. Plain data: it
 * crosses from the lint worker to the server's main thread.
 */
export type PainVerdict =
  /** Reported: the finding is on the unit's heading (or its first line). */
  | {kind: 'missing'; unit: UnitPlace}
  /** The unit states a pain: in a sentence or heading elsewhere in it, or in its own heading. */
  | {kind: 'stated'; unit: UnitPlace}
  /** A pain stated before it (an introduction, an earlier "## The problem") frames it. */
  | {kind: 'stated-before'; unit: UnitPlace}
  /** It (or a section it is in) instructs, documents or lists: `heading` says so. */
  | {kind: 'not-selling'; heading: string}
  | {kind: 'too-short'; unit: UnitPlace}
  | {kind: 'sells-little'; unit: UnitPlace}
  | {kind: 'instructions'; unit: UnitPlace}
  /** Too long to be one message: its sub-sections are judged one by one. */
  | {kind: 'split'}

/** The verdict on every section of the document (the walk `missing-pain` makes). */
export function painVerdicts(document: SectionView): Map<SectionView, PainVerdict> {
  return judge(document).verdicts
}

interface Judged {
  units: Unit[]
  verdicts: Map<SectionView, PainVerdict>
}

/** One walk decides both the findings and the verdicts, so the two cannot disagree. */
function judge(document: SectionView): Judged {
  const judged: Judged = {units: [], verdicts: new Map()}
  visit(document, false, judged)
  return judged
}

function visit(section: SectionView, painAbove: boolean, judged: Judged): void {
  const heading = headingOf(section)
  if (heading && NON_SELLING_HEADING.test(heading.text)) {
    giveAll(section, {kind: 'not-selling', heading: heading.text.trim()}, judged.verdicts)
    return
  }
  // Table labels and one-word cells ("Setup", "None", "Yes") neither sell, nor dilute a pitch, nor make it long.
  const substantive = section.sentences.filter((s) => s.view.model.wordCount >= 3)
  const isUnit = substantive.length <= MAX_UNIT_SENTENCES || section.children.length === 0
  if (isUnit) {
    const unit: UnitPlace = {range: section.range, ...(heading && {heading: heading.text.trim()})}
    // The sub-sections of a unit are judged with it: they share its verdict.
    const give = (verdict: PainVerdict): void => giveAll(section, verdict, judged.verdicts)
    if (painAbove) return give({kind: 'stated-before', unit})
    if (statesPain(section)) return give({kind: 'stated', unit})
    if (substantive.length < MIN_UNIT_SENTENCES) return give({kind: 'too-short', unit})
    const selling = sellingSentences(section.sentences)
    if (selling.length < MIN_SELLING_SENTENCES || selling.length < MIN_SELLING_SHARE * substantive.length) return give({kind: 'sells-little', unit})
    if (section.sentences.filter((s) => isProcessText(s.view)).length >= MAX_PROCESS_SHARE * section.sentences.length) return give({kind: 'instructions', unit})
    judged.units.push({section, selling})
    return give({kind: 'missing', unit})
  }
  judged.verdicts.set(section, {kind: 'split'})
  // Problem, then solution: a pain stated in a long section's introduction, or in an
  // earlier sub-section ("## The problem"), frames the sub-sections that follow it.
  let painBefore = painAbove || section.own.some((s) => s.analysis.tags.includes('pain')) || headingPain(section.heading)
  for (const child of section.children) {
    visit(child, painBefore, judged)
    painBefore ||= statesPain(child)
  }
}

function giveAll(section: SectionView, verdict: PainVerdict, verdicts: Map<SectionView, PainVerdict>): void {
  verdicts.set(section, verdict)
  for (const child of section.children) giveAll(child, verdict, verdicts)
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
