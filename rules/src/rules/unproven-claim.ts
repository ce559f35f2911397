import {cuesOf} from '../analysis/analyze'
import type {Cue} from '../analysis/cue'
import {isClaimWording, unprovenClaims} from '../analysis/rule-calls'
import {claimTopics, PROOF_BY_TOPIC} from '../analysis/topic'
import {strongestWord} from '../model/explain'
import {entryFigures, sameFigure} from '../proof-points/figures'
import type {FigureMention, ProofRegistry} from '../proof-points/types'
import {defineRule} from '../rule'
import type {Finding} from '../types'
import {sentenceEndInsertion} from './edit'
import {quotableSource} from './quote'

const CLAIM_KINDS = ['superlative', 'rank', 'uniqueness', 'comparison', 'multiplier', 'impact-figure', 'adoption'] as const

interface Options {
  kinds: string[]
}

/** What to do, by kind of claim: the first words of the message (at most 47 characters, so the message fits one row). */
const ASK: Record<string, string> = {
  superlative: 'Name the benchmark or ranking that shows it',
  rank: 'Name who ranked it, and when',
  uniqueness: 'Name what the alternatives lack, with a source',
  comparison: 'Name the benchmark or customer that shows it',
  multiplier: 'Say what was measured, against what, and where',
  'impact-figure': 'Name the customer, study or data behind it',
  adoption: 'Link the source of the number',
}
const ASK_ANY = 'Add the proof'

/** The kind a claim cue is reported (and configured) as: an implied comparison is a comparison. */
function kindOf(cue: Cue): string {
  return cue.detail === 'implied-comparison' ? 'comparison' : cue.detail
}

/** Characters of the claim quoted in the message (see quote.ts). */
const CLAIM_CHARS = 36


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
      unproven: '{{ask}}: “{{claim}}” is unproven',
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
        'The red banner stands out on the page.',
      ],
      invalid: [
        'We are the fastest way to build a pipeline review.',
        'Teams close deals 3x faster with guided plays.',
        'Cuts forecast prep time by 50%.',
        'Our sync stands out from every other payroll app.',
        'Acme leads the pack on uptime.',
      ],
    },
  },
  create(context) {
    const kinds = new Set(context.options.kinds)
    const allowed = context.lexicon.allowed
    return {
      sentence({view, analysis, proofIds}) {
        // A claim that cites the proof-point registry is proven there; whether the id
        // exists and is still approved is `unknown-proof`'s and `expired-proof`'s call.
        if (proofIds?.length) return
        // The scorer decides whether the sentence claims without proof (proof, links and
        // named customers are among what it weighs); the cues say which words claim.
        if (!analysis.judgments.unproven_claim.holds) return
        const cues = cuesOf(analysis, 'claim')
        // The words named: the claims the rule itself finds unproven, else any claim wording.
        const unproven = unprovenClaims(view, analysis.cues)
        const claims = (unproven.length > 0 ? unproven : cues.filter((cue) => isClaimWording(view, cue))).filter((cue) => kinds.has(kindOf(cue)))
        const at = sentenceEndInsertion(view)
        const topicOf = claimTopics(view.text)
        const report = (start: number, end: number, ask: string) => {
          const text = view.sourceOf(start, end)
          const proof = PROOF_BY_TOPIC[topicOf(text)]
          context.report({
            messageId: 'unproven',
            data: {claim: quotableSource(text, CLAIM_CHARS), ask},
            range: view.rangeOf(start, end),
            actual: text,
            note: 'Buyers discount claims they cannot check. Proof in the same sentence (a link, a footnote, a named customer, a study or an analyst) turns a boast into evidence.',
            suggestions: [
              {title: 'Cite the source', fix: {range: view.rangeOf(at, at), text: ' (source: ‹named study, customer or benchmark›)'}},
              {title: 'Say what was measured', fix: {range: view.rangeOf(at, at), text: `: ${proof}`}},
              {title: 'Name the customer result', fix: {range: view.rangeOf(at, at), text: ', as ‹customer› found when ‹result›'}},
            ],
          })
        }
        for (const claim of mergeAdjacent(claims)) report(claim.start, claim.end, ASK[kindOf(claim)] ?? ASK_ANY)
        // A claim in words no pattern holds ("nothing else comes close"): name the word that weighed most.
        if (claims.length > 0 || cues.length > 0) return
        const trigger = strongestWord('unproven_claim', view.text, (word) => !allowed.has(word))
        if (trigger) report(trigger.start, trigger.end, ASK_ANY)
      },
    }
  },
})

/**
 * Adds "Cite proof point ‹id›" to each finding of this rule whose sentence quotes a
 * registry entry's claim with the entry's own figure (the same metric and number): the
 * reference after the sentence is all the proof it needs. Called by the engine once the
 * registry is known (sentence findings are cached per chunk, without it); findings are
 * replaced by copies, never changed.
 */
export function addCiteSuggestions(findings: Finding[], figures: readonly FigureMention[], registry: ProofRegistry | undefined, mdx: boolean): void {
  if (!registry) return
  const citable = figures.filter((figure) => figure.entry !== undefined && !figure.cited && entryFigures(registry, figure.entry).some((approved) => sameFigure(approved, figure)))
  if (citable.length === 0) return
  findings.forEach((finding, index) => {
    if (finding.ruleId !== 'unproven-claim') return
    const figure = citable.find((f) => f.sentenceRange[0] <= finding.range[0] && finding.range[1] <= f.sentenceRange[1])
    if (!figure) return
    const at = figure.sentenceRange[1]
    const reference = mdx ? `{/* proof: ${figure.entry} */}` : `<!-- proof: ${figure.entry} -->`
    const cite = {title: `Cite proof point “${figure.entry}”`, fix: {range: [at, at] as [number, number], text: ` ${reference}`}}
    findings[index] = {...finding, suggestions: [cite, ...(finding.suggestions ?? [])]}
  })
}
