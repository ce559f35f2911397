import {cuesOf} from '../analysis/analyze'
import type {Cue} from '../analysis/cue'
import type {SentenceView} from '../analysis/view'
import {inShortQuote, isMention, notAClaimReason, sellingReason} from '../analysis/context'
import {proofCues} from '../analysis/proof'
import {defineRule} from '../rule'
import {isNegated, sentenceEndInsertion} from './edit'

const CLAIM_KINDS = ['superlative', 'rank', 'uniqueness', 'comparison', 'multiplier', 'impact-figure', 'adoption'] as const

interface Options {
  kinds: string[]
}

const ASK: Record<string, string> = {
  superlative: 'name the benchmark or ranking that shows it',
  rank: 'name who ranked it, and when',
  uniqueness: 'name what the alternatives lack, with a source',
  comparison: 'name the benchmark or customer that shows it',
  multiplier: 'say what was measured, against what, and where',
  'impact-figure': 'name the customer, study or data behind the number',
  adoption: 'link the source of the number',
}

// Superiority is a claim only about what is being sold: "the best talent", "timing
// beats perfection" and "the only safe bet" are ordinary English. (Rank words such as
// "top-rated" or "industry-leading" are claims wherever they stand.)
const ABOUT_AN_OFFERING = new Set(['superlative', 'uniqueness', 'comparison'])

function isClaimAboutOffering(view: SentenceView, claim: Cue): boolean {
  if (isMention(view, claim.start, claim.end) || inShortQuote(view, claim.start, claim.end) || isNegated(view, claim.start)) return false
  if (notAClaimReason(view, claim.start, claim.end)) return false
  return !ABOUT_AN_OFFERING.has(claim.detail) || sellingReason(view, claim.start, claim.end, {claim: true}) !== undefined
}

/** "10x" + "faster than" in "10x faster than X" is one claim, reported once. */
function mergeAdjacent(claims: Cue[]): Cue[] {
  const merged: Cue[] = []
  for (const claim of [...claims].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1]
    if (last && claim.start <= last.end + 1) {
      merged[merged.length - 1] = {...last, end: Math.max(last.end, claim.end), text: ''}
    } else merged.push(claim)
  }
  return merged
}

export default defineRule<Options>({
  meta: {
    id: 'unproven-claim',
    description: 'Superlatives, rankings, multipliers and impact figures with no proof in the same sentence or list item.',
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: true,
    messages: {
      unproven: '`{{claim}}` is a claim with no proof: {{ask}} (a link, footnote, named customer, study or analyst) in the same sentence.',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        kinds: {type: 'array', description: 'Kinds of claim to report.', items: {enum: [...CLAIM_KINDS]}, uniqueItems: true},
      },
    },
    defaultOptions: {kinds: [...CLAIM_KINDS]},
    examples: {
      valid: [
        'Northwind cut its review backlog by 40% in one quarter after switching.',
        'Rated the fastest setup in the 2025 G2 Grid for onboarding.',
        'Supports 12 languages and exports to CSV.',
      ],
      invalid: [
        'We are the fastest way to build a pipeline review.',
        'Teams close deals 3x faster with guided plays.',
        'Cuts forecast prep time by 50%.',
      ],
    },
  },
  create(context) {
    const kinds = new Set(context.options.kinds)
    return {
      sentence({view, analysis}) {
        // A comparison that gives the figures on both sides carries its own basis.
        const figures = cuesOf(analysis, 'specific').length
        const claims = cuesOf(analysis, 'claim').filter(
          (cue) => kinds.has(cue.detail) && !(cue.detail === 'comparison' && figures >= 2) && isClaimAboutOffering(view, cue),
        )
        if (claims.length === 0) return
        if (cuesOf(analysis, 'proof').length > 0) return
        // A list item or table cell may carry its proof in another sentence or sub-bullet;
        // a paragraph's other sentences do not count.
        if (view.kind === 'list-item' || view.kind === 'table-cell') {
          if (view.unitHasReference() || proofCues(view.unit.text).length > 0) return
        }
        const at = sentenceEndInsertion(view)
        for (const claim of mergeAdjacent(claims)) {
          const text = view.sourceOf(claim.start, claim.end)
          context.report({
            messageId: 'unproven',
            data: {claim: text, ask: ASK[claim.detail] ?? 'add the proof'},
            range: view.rangeOf(claim.start, claim.end),
            actual: text,
            note: 'Buyers discount claims they cannot check. A source in the same sentence turns a boast into evidence.',
            suggestions: [
              {title: 'Cite the source', fix: {range: view.rangeOf(at, at), text: ' (source: ‹named study, customer or benchmark›)'}},
              {title: 'Name the customer result', fix: {range: view.rangeOf(at, at), text: ', as ‹customer› found when ‹result›'}},
            ],
          })
        }
      },
    }
  },
})
