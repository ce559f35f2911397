// Which profile a document is checked as, and why: its front matter says so
// (`pitchlint: {profile: battlecard}`), else its config (`overrides: [{files, profile}]`),
// else what it is: the cues of each profile's data (its title, its headings, the start
// of its lines, its file name) are weighed and the strongest profile over its threshold
// wins. Runs once per document, on the sections the lint already built.

import {documentTitle} from '../analysis/voice-title'
import {allSections, type SectionView} from '../sections'
import {BUILT_IN_PROFILES, matcherFor, NO_PROFILE, profileNamed} from './data'
import type {FrontMatter} from './front-matter'
import type {DetectCue, Profile} from './types'

export interface AppliedProfile {
  name: string
  /** Why it applies, in words (`pitchlint inspect` shows it). */
  reason: string
  profile: Profile
}

export interface DetectInput {
  text: string
  filePath?: string
  /** The profile the config gives the file (`profile` in an override), if any. */
  configProfile?: string
  frontMatter?: FrontMatter
  sections: SectionView
  /** The profiles to choose from: the built-in ones, or the config's (see `profilesWith`). */
  profiles?: readonly Profile[]
}

/** A heading cue counts once per matching heading, up to this many: stage names add up, a long handbook does not. */
const MAX_HEADING_MATCHES = 3

export function resolveProfile(input: DetectInput): AppliedProfile | undefined {
  const declared = input.frontMatter?.profile?.text
  if (declared !== undefined) return declared === NO_PROFILE ? undefined : applied(declared, 'front matter `pitchlint.profile`', input.profiles)
  if (input.configProfile !== undefined) return input.configProfile === NO_PROFILE ? undefined : applied(input.configProfile, 'config `profile`', input.profiles)
  return detectProfile(input)
}

function applied(name: string, reason: string, profiles: readonly Profile[] = BUILT_IN_PROFILES): AppliedProfile | undefined {
  const profile = profileNamed(name, profiles)
  return profile && {name, reason, profile}
}

/** What a document reads as, from its cues alone. */
export function detectProfile(input: DetectInput): AppliedProfile | undefined {
  const evidence = documentEvidence(input)
  let best: {profile: Profile; score: number; said: string[]} | undefined
  for (const profile of input.profiles ?? BUILT_IN_PROFILES) {
    let score = 0
    const said: string[] = []
    // A file is usually named after its title: a word the title already counted ("Pitch" in pitch.md) is not counted again from the name.
    const inTitle = new Set(profile.detect.cues.filter((cue) => cue.in === 'title').flatMap((cue) => cueMatches(cue, evidence).map(normalized)))
    for (const cue of profile.detect.cues) {
      let found = cueMatches(cue, evidence)
      if (cue.in === 'path') found = found.filter((phrase) => !inTitle.has(normalized(phrase)))
      if (found.length === 0) continue
      const count = cue.in === 'heading' ? Math.min(found.length, MAX_HEADING_MATCHES) : 1
      score += cue.weight * count
      said.push(`${SOURCE_NAMES[cue.in]} ${found.slice(0, count).map((f) => `“${f}”`).join(', ')}`)
    }
    if (score >= profile.detect.threshold && (!best || score > best.score)) best = {profile, score, said}
  }
  return best && {name: best.profile.name, reason: `detected: ${best.said.join('; ')}`, profile: best.profile}
}

function normalized(phrase: string): string {
  return phrase.toLowerCase().split(/[\s_-]+/).join(' ')
}

const SOURCE_NAMES: Record<DetectCue['in'], string> = {title: 'title says', heading: 'headings', path: 'file name says', line: 'a line starts', frontMatter: 'front matter says'}

interface Evidence {
  title?: string
  headings: string[]
  /** The first words of every paragraph (where "Subject:" or "Hi {{first_name}}" are). */
  lineStarts: string[]
  path?: string
  frontMatter: string[]
}

/** Characters of a paragraph's start that line cues look at. */
const LINE_START_CHARS = 40

function documentEvidence({text, filePath, frontMatter, sections}: DetectInput): Evidence {
  const title = documentTitle(text)
  // The title is weighed as the title, not again as a heading.
  const headings: string[] = []
  for (const section of allSections(sections)) if (section.heading && section.heading.text !== title) headings.push(section.heading.text)
  const lineStarts: string[] = []
  for (const {view} of sections.sentences) if (view.index === 0 && view.kind === 'paragraph') lineStarts.push(view.block.text.slice(0, LINE_START_CHARS))
  // The file's own name and its folder's: a user's home folder says nothing about the document.
  const path = filePath?.split(/[\\/]/).slice(-2).join('/').replace(/\.(?:mdx?|markdown)$/i, '')
  return {title, headings, lineStarts, path, frontMatter: [...(frontMatter?.values.values() ?? [])].map((value) => value.text)}
}

function cueMatches(cue: DetectCue, evidence: Evidence): string[] {
  const matcher = matcherFor(cue.phrases)
  const first = (texts: readonly string[]) => texts.map((value) => matcher.find(value)?.text).filter((found): found is string => found !== undefined)
  switch (cue.in) {
    case 'title':
      return evidence.title === undefined ? [] : first([evidence.title])
    case 'heading':
      return first(evidence.headings)
    case 'path':
      return evidence.path === undefined ? [] : first([evidence.path])
    case 'frontMatter':
      return first(evidence.frontMatter).slice(0, 1)
    case 'line':
      // Only at the very start of a paragraph: "Subject:" mid-sentence is not a subject line.
      return evidence.lineStarts.map((start) => matcher.start(start)).filter((found): found is string => found !== undefined).slice(0, 1)
  }
}
