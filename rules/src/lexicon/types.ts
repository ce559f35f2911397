// The sales lexicon's data shape. Entries live in `rules/lexicons/<category>.yml`,
// are validated by `scripts/check-lexicons.mjs`, and compiled into
// `rules/src/generated/lexicon.json` by `npm run generate`.

export const LEXICON_CATEGORIES = ['vague-value', 'superlative', 'hype', 'corporate-idiom', 'hedge', 'intensifier'] as const
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number]

/**
 * Where in a sentence a rewrite fits, named by the words it can stand in for. A rewrite is
 * offered only where the flagged words fill the same slot (rules/src/fix/slot.ts), so that
 * applying it leaves a grammatical sentence: "Our seamless integrations" takes an
 * adjective ("Our ‹N›-minute, no-code integrations"), not a verb phrase.
 * - `adjective`: before a noun ("‹N›-minute, no-code").
 * - `predicate`: after "is"/"are" ("rated #1 for ‹criterion› by ‹source›").
 * - `post-noun`: after a noun ("that keeps running through ‹failure›", "with ‹SSO›").
 * - `noun-phrase`: a thing ("a choice of ‹option A› or ‹option B›").
 * - `verb-phrase`: a verb with what follows it, written in its base or "-s" form ("cuts ‹process› from ‹N› days").
 * - `adverb`: how or how much ("‹N›x").
 * - `clause`: a clause of its own ("‹customer› found that").
 */
export const REWRITE_SLOTS = ['adjective', 'predicate', 'post-noun', 'noun-phrase', 'verb-phrase', 'adverb', 'clause'] as const
export type RewriteSlot = (typeof REWRITE_SLOTS)[number]

export interface Rewrite {
  text: string
  slot: RewriteSlot
}

export interface LexiconEntry {
  /** Canonical form, lowercase: what messages and the "allow" list name. */
  term: string
  /** Every inflection to match (includes `term`); whole words, case-insensitive; a space and a hyphen match each other. */
  forms: string[]
  category: LexiconCategory
  /** Why the term weakens sales copy, in one or two sentences. */
  why: string
  /**
   * Outcome-oriented rewrites; `‹…›` marks a placeholder the writer must fill. Built-in
   * rewrites name their slot; a team's own rewrite (a plain string from the config) has
   * none and is offered wherever its term is found, as the team wrote it.
   */
  rewrites: Array<Rewrite | string>
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
  /** The team spelled its term with capitals ("AT&T", "C++"): a capitalized occurrence is the term, not some product's name. */
  spelledWithCapitals?: boolean
}

export interface LexiconFile {
  category: LexiconCategory
  description: string
  entries: LexiconEntry[]
}

/** A rewrite's text and slot (undefined: a team's own rewrite, which fits wherever they use the term). */
export function rewriteOf(rewrite: Rewrite | string): {text: string; slot?: RewriteSlot} {
  return typeof rewrite === 'string' ? {text: rewrite} : rewrite
}
