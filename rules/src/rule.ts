// The rule API. A rule is one file: `defineRule({meta, create})`. `create` gets a
// context and returns visitors for the levels it reasons about: each sentence (with
// its analysis and unit), or each section of the document.

import type {SentenceAnalysis} from './analysis/analyze'
import type {SentenceView} from './analysis/view'
import type {LexiconMatcher} from './lexicon/matcher'
import type {DocumentContext} from './profiles/context'
import type {SectionView} from './sections'
import type {ProofInput} from './proof-points/input'
import type {Fix, RelatedLocation, RuleMeta, Suggestion} from './types'

export interface Report {
  messageId: string
  data?: Record<string, string>
  range: [number, number]
  actual?: string
  note?: string
  fix?: Fix
  suggestions?: Suggestion[]
  /** Other places the finding is about (the registry entry, the same figure in another document). */
  related?: RelatedLocation[]
  /** Only `warning`: reports below the configured severity (an entry that expires soon, not yet expired). */
  severity?: 'warning'
}

export interface RuleContext<Options> {
  readonly options: Options
  readonly lexicon: LexiconMatcher
  /** The whole document and its profile: given to section visitors only (sentence results are cached per chunk). */
  readonly document?: DocumentContext
  report(report: Report): void
}

export interface SentenceInput {
  view: SentenceView
  analysis: SentenceAnalysis
  /** Registry ids that `<!-- proof: id -->` comments in or right after the sentence cite. */
  proofIds?: readonly string[]
}

export interface Visitors {
  /** Called for every sentence of every prose block. */
  sentence?(input: SentenceInput): void
  /** Called for the document and for every section (a heading and what follows it). */
  section?(section: SectionView): void
  /** Called once per document with its proof references, its figures and the proof-point registry. */
  proof?(input: ProofInput): void
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta
  create(context: RuleContext<Options>): Visitors
}

export const DOCS_BASE = 'https://github.com/pitchlint/pitchlint/blob/main/docs/rules/'

export function ruleUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`
}

const placeholder = /\{\{\s*(\w+)\s*\}\}/g

/** Checks a rule's metadata once, when its module loads (as ESLint's rule tester does). */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  const {meta} = rule
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(meta.id)) throw new Error(`rule id \`${meta.id}\` must be kebab-case`)
  if (Object.keys(meta.messages).length === 0) throw new Error(`rule \`${meta.id}\` has no messages`)
  if (meta.examples.valid.length === 0 || meta.examples.invalid.length === 0) {
    throw new Error(`rule \`${meta.id}\` needs valid and invalid examples`)
  }
  return rule
}

/** Fills a message template; every placeholder must have a value. */
export function formatMessage(meta: RuleMeta, messageId: string, data: Record<string, string> = {}): string {
  const template = meta.messages[messageId]
  if (template === undefined) throw new Error(`rule \`${meta.id}\` reported unknown messageId \`${messageId}\``)
  return template.replace(placeholder, (_, key: string) => {
    if (!(key in data)) throw new Error(`rule \`${meta.id}\` message \`${messageId}\` is missing data \`${key}\``)
    return data[key]
  })
}

/** Enforces the fix/suggestion policy of a report against its rule's meta. */
export function checkReport(meta: RuleMeta, report: Report): void {
  if (report.fix && !meta.fixable) throw new Error(`rule \`${meta.id}\` reported a fix but is not fixable`)
  if (report.suggestions?.length && !meta.hasSuggestions) {
    throw new Error(`rule \`${meta.id}\` reported suggestions but hasSuggestions is false`)
  }
  if (!(report.range[0] <= report.range[1])) throw new Error(`rule \`${meta.id}\` reported an empty or reversed range`)
}
