import {cuesOf} from '../analysis/analyze'
import {rowHasOutcome, unitHasOutcome} from '../analysis/rule-calls'
import {defineRule} from '../rule'
import type {Suggestion} from '../types'
import {addOutcomeSuggestion, sentenceEndInsertion} from './edit'
import {quotableSource} from './quote'

/** What the rule recognised as the feature ('statement': a sentence the scorer reads as one, in words no pattern holds). */
const FEATURE_KINDS = ['offering-does', 'buyer-can', 'feature-label', 'implied-subject', 'bare-feature', 'statement'] as const

interface Options {
  kinds: string[]
}

export default defineRule<Options>({
  meta: {
    id: 'feature-without-outcome',
    description: 'Sentences, bullets and table cells that state a feature of the offering but not what the buyer gets from it.',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: true,
    messages: {
      noOutcome: 'Say what the buyer gets from “{{feature}}”: it is a feature with no outcome',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        kinds: {
          type: 'array',
          description: 'Kinds of feature statement to report: the offering as subject, "you can…", labelled bullets, bullets with an implied subject, bare feature names, other statements the scorer reads as features.',
          items: {enum: [...FEATURE_KINDS]},
          uniqueItems: true,
        },
      },
    },
    defaultOptions: {kinds: [...FEATURE_KINDS]},
    examples: {
      valid: [
        'Acme exports every approval to S3, so auditors get the trail without filing a ticket.',
        '- SAML SSO\n  - New hires get access on day one instead of waiting for IT.',
        'Review the pricing page before the call.',
        // A cell of only a number is the value of what its row names (the row label is the feature).
        '| | Starter | Growth |\n| --- | --- | --- |\n| Monthly active users | 1,000 | ~10,000 |\n| Uptime change | +2% | +4% |',
      ],
      invalid: [
        'Acme supports SAML SSO and SCIM provisioning.',
        '- Real-time dashboards\n- Scheduled PDF reports',
        'The free plan includes three projects and 10,000 events a month.',
      ],
    },
  },
  create(context) {
    const kinds = new Set(context.options.kinds)
    return {
      sentence({view, analysis}) {
        // The scorer decides whether the sentence states a feature and no outcome (and
        // whether it is ours: a competitor's column or a customer's need is not).
        if (!analysis.judgments.feature_no_outcome.holds) return
        // A bullet may carry its outcome in another sentence or in a sub-bullet, a table
        // row in another cell ("| Audit log | Records every approval | Auditors get the trail |").
        if (view.kind === 'list-item' && view.unit.text !== view.text && unitHasOutcome(view)) return
        if (view.kind === 'table-cell' && rowHasOutcome(view)) return
        const cue = cuesOf(analysis, 'feature')[0]
        const kind = cue?.detail ?? 'statement'
        if (!kinds.has(kind)) return
        const [start, end] = featurePhrase(view.text, cue?.start ?? 0)
        if (end <= start) return
        const at = sentenceEndInsertion(view)
        const flagged = view.sourceOf(start, end)
        const suggestions: Suggestion[] = [addOutcomeSuggestion(view, flagged, at)]
        if (kind === 'bare-feature') {
          suggestions.unshift({title: 'Turn the feature into “Feature: what the buyer gets”', fix: {range: view.rangeOf(at, at), text: ': ‹what the buyer gets›'}})
        }
        context.report({
          messageId: 'noOutcome',
          data: {feature: quotableSource(flagged, FEATURE_CHARS)},
          range: view.rangeOf(start, end),
          actual: flagged,
          note: 'A feature is what the product has; an outcome is what the buyer gets (time or money saved, a risk removed, a job done). Buyers buy the outcome: pair each feature with one ("so you can…", "without…", "in minutes instead of days").',
          suggestions,
        })
      },
    }
  },
})

/** Characters of the feature quoted in the message: a long feature statement is cut at a word boundary (see quote.ts). */
const FEATURE_CHARS = 32

/**
 * The feature statement: from where the feature starts (its subject, or the start of the
 * bullet) to the end of its clause, leading marks and closing punctuation left out, so the
 * finding names "supports SAML SSO and SCIM provisioning", not just "Acme supports".
 */
export function featurePhrase(text: string, from: number): [number, number] {
  let start = from
  while (start < text.length && !/[\p{L}\p{N}]/u.test(text[start]!)) start++
  // An item's number ("**5. Policy automation**", "1) Audit log") is not the feature: quote what follows it.
  const number = ITEM_NUMBER.exec(text.slice(start))
  if (number) start += number[0].length
  const rest = text.slice(start)
  const clauseEnd = CLAUSE_END.exec(rest)
  let end = start + (clauseEnd ? clauseEnd.index : rest.length)
  while (end > start && /[\s.!,;:)*_\]]/.test(text[end - 1]!) && !closesWithin(text, start, end - 1)) end--
  return [start, end]
}

/** Whether the bracket at `at` closes one opened in [start, at): "Yes (AGPL-3.0)" keeps its ")", "[Q3 roadmap]" its "]". */
function closesWithin(text: string, start: number, at: number): boolean {
  const close = text[at]
  const open = close === ')' ? '(' : close === ']' ? '[' : undefined
  if (open === undefined) return false
  let depth = 0
  for (let i = start; i < at; i++) {
    if (text[i] === open) depth++
    else if (text[i] === close && depth > 0) depth--
  }
  return depth > 0
}

/** A number that numbers a list item written as text, with what it numbers after it. */
const ITEM_NUMBER = /^\d{1,3}[.)]\s+(?=[\p{L}\p{N}])/u

/** A clause ends at a sentence mark, a semicolon or a dash between words (not at a comma: "SSO, SCIM and audit logs" is one feature list). */
const CLAUSE_END = /[.;!?](?=\s|$)|\s[—–]\s|\s-\s/

