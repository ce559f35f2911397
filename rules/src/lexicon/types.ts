// The sales lexicon's data shape. Entries live in `rules/lexicons/<category>.yml`,
// are validated by `scripts/check-lexicons.mjs`, and compiled into
// `rules/src/generated/lexicon.json` by `npm run generate`.

export const LEXICON_CATEGORIES = ['vague-value', 'superlative', 'hype', 'corporate-idiom', 'hedge', 'intensifier'] as const
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number]

export interface LexiconEntry {
  /** Canonical form, lowercase: what messages and the "allow" list name. */
  term: string
  /** Every inflection to match (includes `term`); whole words, case-insensitive; a space and a hyphen match each other. */
  forms: string[]
  category: LexiconCategory
  /** Why the term weakens sales copy, in one or two sentences. */
  why: string
  /** Outcome-oriented rewrites; `‹…›` marks a placeholder the writer must fill. */
  rewrites: string[]
  /** Deleting the matched words leaves a grammatical sentence (adjectives, adverbs, filler). */
  removable?: boolean
  /**
   * `strong`: a value claim wherever it describes something ("best-in-class").
   * `weak`: also has plain meanings ("simple", "fast"); flagged only in selling context.
   */
  strength: 'strong' | 'weak'
  /** Phrases, lowercase, in which a form is not a claim ("robust test plan"). */
  ignoreIn?: string[]
  /** The team's own term from the config's `terms`: reported wherever it sells, whatever the scorer says. */
  custom?: boolean
}

export interface LexiconFile {
  category: LexiconCategory
  description: string
  entries: LexiconEntry[]
}
