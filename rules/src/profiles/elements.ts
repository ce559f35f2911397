// Where each of a profile's elements is in a document: a section under one of its
// accepted headings, a line that opens with its cue ("Subject:"), the profile's
// one-sentence statement ("For ‹target› who ‹problem›, …"), a table (a comparison page's
// differences), a front matter key, or (for a battlecard's rival) the title that names
// it. Shared by `missing-element` and the editor's checklist lens, so both agree on what
// is there.

import {competitorsFromTitle, documentTitle} from '../analysis/voice-title'
import type {SentenceInput} from '../rule'
import {allSections, type SectionView} from '../sections'
import {matcherFor} from './data'
import type {FrontMatter} from './front-matter'
import type {Profile, ProfileElement} from './types'

export interface ElementPlace {
  element: ProfileElement
  /** The section that holds it, when it is a section. */
  section?: SectionView
  /** The sentence that holds it, when it is a line ("Subject: …"). */
  sentence?: SentenceInput
  /** How it was found ("heading “Landmines”"), or undefined when it is missing. */
  foundBy?: string
}

export function findElements(profile: Profile, root: SectionView, text: string, frontMatter: FrontMatter | undefined): ElementPlace[] {
  const sections = allSections(root).filter((section) => section.heading)
  const statement = profile.elements.some((element) => element.inStatement) ? statementSentence(profile, root) : undefined
  return profile.elements.map((element) => placeOf(element, sections, root, text, frontMatter, statement))
}

/** The first sentence that opens with one of the profile's statement openings ("For") and goes on with a joiner ("who"). */
function statementSentence(profile: Profile, root: SectionView): SentenceInput | undefined {
  if (!profile.statement) return undefined
  const openings = matcherFor(profile.statement.openings)
  const joiners = matcherFor(profile.statement.joiners)
  return root.sentences.find(({view}) => {
    const opening = openings.find(view.text)
    return opening?.index === 0 && joiners.find(view.text.slice(opening.text.length)) !== undefined
  })
}

function placeOf(element: ProfileElement, sections: readonly SectionView[], root: SectionView, text: string, frontMatter: FrontMatter | undefined, statement: SentenceInput | undefined): ElementPlace {
  const headings = matcherFor(element.headings)
  // The shallowest matching section: "## Objections" rather than its "### Price" child.
  const section = sections.filter((s) => headings.find(s.heading!.text)).sort((a, b) => a.depth - b.depth)[0]
  if (section) return {element, section, foundBy: `heading “${section.heading!.text}”`}
  if (element.lines?.length) {
    const opening = matcherFor(element.lines)
    const sentence = root.sentences.find(({view}) => view.index === 0 && opening.find(view.block.text)?.index === 0)
    if (sentence) return {element, sentence, foundBy: `line “${sentence.view.text.slice(0, 40)}”`}
  }
  if (element.inStatement && statement) return {element, sentence: statement, foundBy: `statement “${statement.view.text.slice(0, 40)}”`}
  if (element.inTable) {
    const cell = root.sentences.find(({view}) => view.block.table)
    if (cell) return {element, sentence: cell, foundBy: `table “${cell.view.unit.row!.map((block) => block.text).join(' | ').slice(0, 40)}”`}
  }
  if (element.frontMatter && frontMatter?.values.has(element.frontMatter)) return {element, foundBy: `front matter \`${element.frontMatter}\``}
  if (element.titleNamesRival) {
    const title = documentTitle(text)
    const rival = title === undefined ? undefined : competitorsFromTitle(title, text).competitors[0]
    if (rival) return {element, foundBy: `title names “${rival}”`}
  }
  return {element}
}
