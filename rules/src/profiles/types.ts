// The shape of a profile data file (rules/profiles/*.yml): what a kind of sales
// document must hold, how to recognise one, and its limits. Data, not code: changing
// the parts, headings or cues is an edit to a YAML file and `npm run generate`.

export type CueSource = 'title' | 'heading' | 'path' | 'line' | 'frontMatter'

export interface DetectCue {
  /** Where the phrases are looked for: the document's title, any heading, its file path, the start of a line, its front matter values. */
  in: CueSource
  phrases: string[]
  weight: number
  why: string
}

/** What every item of an element's section must carry. */
export type EachCheck = 'outcome' | 'response' | 'pain-question'

export interface ProfileElement {
  id: string
  /** How messages and the checklist name it ("why we win"). */
  name: string
  /** A required element missing is a `missing-element` finding; an optional one is only checked when present. */
  required: boolean
  why: string
  /** Heading texts that mark the element's section, matched as whole words, case-insensitively. */
  headings: string[]
  /** Line openings that hold the element ("Subject:"), for parts that are a line, not a section. */
  lines?: string[]
  /** A front matter key that holds the element (`subject`). */
  frontMatter?: string
  /** The title "Acme vs Globex" already names the rival. */
  titleNamesRival?: boolean
  /** The profile's one-sentence statement (`Profile.statement`), when the document has one, holds it. */
  inStatement?: boolean
  /** A table holds it, wherever it is: a comparison page's differences are often a table under no heading of their own. */
  inTable?: boolean
  each?: EachCheck
  /** Markdown inserted by the quick fix, with ‹placeholders› (so unfilled-placeholder flags it until filled). */
  skeleton: string
}

export interface Profile {
  name: string
  description: string
  detect: {threshold: number; cues: DetectCue[]}
  elements: ProfileElement[]
  limits?: {maxWords?: number; maxGrade?: number; maxLinks?: number; maxSubjectChars?: number}
  /** Words that make a discovery question name a pain. */
  painWords?: {why: string; words: string[]}
  /**
   * A sentence that holds several elements at once, as a positioning statement does ("For
   * ‹target customer› who ‹problem›, ‹product› is a ‹category› that…"): one that opens with
   * one of `openings` and goes on with one of `joiners`. Elements with `inStatement` are
   * found in it.
   */
  statement?: {why: string; openings: string[]; joiners: string[]}
  /** Phrases that ask the reader to act (besides a question or a link). */
  callsToAction?: {why: string; phrases: string[]}
}

export interface AudienceWords {
  buyer: {why: string; words: string[]}
  seller: {why: string; words: string[]}
}

export interface ProfileData {
  profiles: Profile[]
  audience: AudienceWords
}
