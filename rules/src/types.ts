// The shapes every surface (CLI, language server, tests) shares.
// All ranges are [start, end) UTF-16 offsets into the linted text, taken from the
// unist tree: that is what LSP positions and JavaScript strings both count in.

export type Severity = 'error' | 'warning'
export type SeveritySetting = 'off' | 'warn' | 'error'

export interface Fix {
  range: [start: number, end: number]
  text: string
}

export interface Suggestion {
  title: string
  fix: Fix
}

export interface Finding {
  ruleId: string
  messageId: string
  severity: Severity
  message: string
  range: [number, number]
  url: string
  /** The flagged words, as written. */
  actual?: string
  /** Why this weakens the copy (shown in hovers and `--format json`). */
  note?: string
  fix?: Fix
  suggestions?: Suggestion[]
  /** Other places the finding is about: in another file (`file`), or in this one. */
  related?: RelatedLocation[]
}

export interface RelatedLocation {
  /** Absolute path; absent for a place in the same document. */
  file?: string
  /** Offsets in that file's text. */
  range: [number, number]
  message: string
}

/** A finding that an inline comment silenced, with the comment's reason. */
export interface SuppressedFinding extends Finding {
  suppressedBy: {kind: DirectiveKind; reason?: string; range: [number, number]}
}

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file'

export type RuleType = 'suggestion' | 'problem'

/** JSON Schema, kept loose on purpose: it is data for ajv and for the docs table. */
export type JsonSchema = Record<string, unknown>

export interface RuleExamples {
  /** Lines the rule accepts. */
  valid: string[]
  /** Lines the rule flags. */
  invalid: string[]
  /** For rules about proof points: the registry (YAML) and the day the examples are linted on. */
  proofPoints?: {registry: string; today: string}
}

export interface RuleMeta {
  id: string
  description: string
  type: RuleType
  defaultSeverity: SeveritySetting
  fixable: boolean
  hasSuggestions: boolean
  /**
   * Each finding is a match of a lexicon term (its `actual`), so adding the term to the
   * config's `allow` list silences it: editors offer "Allow ‹term›" for these rules.
   */
  reportsLexiconTerms?: boolean
  /** messageId → template with {{placeholders}}. */
  messages: Record<string, string>
  /** JSON Schema of the options object. */
  schema: JsonSchema
  defaultOptions: Readonly<Record<string, unknown>>
  examples: RuleExamples
}
