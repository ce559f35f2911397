// Sections: a heading and everything up to the next heading of the same or a higher
// level, nested. The document itself is the root section. Section-level rules
// (missing-pain) and the coverage lens reason about these units.

import type {Tag} from './analysis/cue'
import {hasPlaceholder} from './fix/placeholder'
import type {SentenceInput} from './rule'

export interface SectionHeading {
  text: string
  depth: number
  range: [number, number]
}

export interface SectionView {
  kind: 'document' | 'section'
  /** Absent for the document and for text before its first heading. */
  heading?: SectionHeading
  /** 0 for the document; the heading depth otherwise. */
  depth: number
  range: [number, number]
  /** Every sentence in the section, nested ones included, in order (not the heading's). */
  sentences: SentenceInput[]
  /** The sentences of the section itself, before its first subsection: `sentences` minus the children's. */
  own: SentenceInput[]
  children: SectionView[]
}

export interface SectionBlock {
  kind: string
  depth?: number
  range: [number, number]
  text: string
  sentences: SentenceInput[]
}

export function buildSections(blocks: readonly SectionBlock[], documentRange: [number, number]): SectionView {
  const root: SectionView = {kind: 'document', depth: 0, range: documentRange, sentences: [], own: [], children: []}
  const open: SectionView[] = [root]
  for (const block of blocks) {
    if (block.kind === 'heading' && block.depth !== undefined) {
      while (open.length > 1 && open[open.length - 1].depth >= block.depth) close(open.pop()!, block.range[0])
      const section: SectionView = {
        kind: 'section',
        heading: {text: block.text, depth: block.depth, range: block.range},
        depth: block.depth,
        range: [block.range[0], documentRange[1]],
        sentences: [],
        own: [],
        children: [],
      }
      open[open.length - 1].children.push(section)
      open.push(section)
      continue
    }
    // Drafts are rare: a block without one shares its sentences as they are.
    const sentences = block.sentences.some(isDraft) ? block.sentences.map(asDrafted) : block.sentences
    // A loop, not push(...spread): this runs on every keystroke, for every open section.
    for (const section of open) for (const sentence of sentences) section.sentences.push(sentence)
    for (const sentence of sentences) open[open.length - 1].own.push(sentence)
  }
  while (open.length > 1) close(open.pop()!, documentRange[1])
  return root
}

/** What a pitch must carry: the coverage lens and missing-pain look for these. */
const COVERED_ELEMENTS: ReadonlySet<Tag> = new Set(['pain', 'outcome', 'proof'])

/**
 * A sentence with an unfilled ‹placeholder› is a draft ("‹Who› struggle with ‹problem›,
 * which costs them ‹impact›."; "… (source: ‹named study›)"): the words around the gaps
 * are a template's, not the writer's, so it carries no pain, outcome or proof until it
 * is filled in. Otherwise applying "Add a pain line" would tick "pain" and silence
 * missing-pain with a sentence that says nothing. Its other tags (claim, feature) stand:
 * a drafted claim still sells. Sections see the draft's tags; `inspect` still shows what
 * the analysis found.
 */
function asDrafted<T extends SentenceInput>(sentence: T): T {
  if (!isDraft(sentence)) return sentence
  const tags = sentence.analysis.tags.filter((tag) => !COVERED_ELEMENTS.has(tag))
  return tags.length === sentence.analysis.tags.length ? sentence : {...sentence, analysis: {...sentence.analysis, tags}}
}

function isDraft(sentence: SentenceInput): boolean {
  return hasPlaceholder(sentence.view.text)
}

function close(section: SectionView, end: number): void {
  section.range = [section.range[0], end]
}

/** The document and every section below it, depth first. */
export function allSections(root: SectionView, into: SectionView[] = []): SectionView[] {
  into.push(root)
  for (const child of root.children) allSections(child, into)
  return into
}
