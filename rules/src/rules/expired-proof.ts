import {entryById} from '../proof-points/figures'
import {defineRule} from '../rule'

interface Options {
  warnDays: number
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Days from `today` to `day` (both YYYY-MM-DD): negative once `day` has passed. */
function daysUntil(day: string, today: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS)
}

export default defineRule<Options>({
  meta: {
    id: 'expired-proof',
    description: 'A claim that cites a proof point past its expiry date (an error), or within `warnDays` of it (a warning).',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    messages: {
      expired: 'Renew proof point “{{id}}” or drop the claim: it expired on {{expires}}',
      expiring: 'Renew proof point “{{id}}” before {{expires}}: it expires in {{days}} days',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {warnDays: {type: 'integer', minimum: 0, description: 'Days before expiry that a citing claim gets a warning.'}},
    },
    defaultOptions: {warnDays: 30},
    examples: {
      proofPoints: {
        registry: [
          'proofPoints:',
          '  - {id: review-time, claim: Cuts contract review time by 40%, figures: ["40%"], source: "https://example.com/review-study", owner: Product marketing, approved: 2025-01-15, expires: 2026-01-15}',
          '  - {id: onboarding, claim: New reps ramp 2x faster, figures: ["2x"], source: docs/ramp-study.md, owner: Sales enablement, approved: 2026-01-10, expires: 2027-01-10}',
          '  - {id: renewal-lift, claim: Raises renewal rates by 12%, figures: ["12%"], source: "https://example.com/renewals", owner: Customer success, approved: 2025-06-20, expires: 2026-06-20}',
          '',
        ].join('\n'),
        today: '2026-06-01',
      },
      valid: ['New reps ramp 2x faster with guided plays. <!-- proof: onboarding -->'],
      invalid: ['Cuts contract review time by 40%. <!-- proof: review-time -->', 'Shared playbooks raise renewal rates by 12%. <!-- proof: renewal-lift -->'],
    },
  },
  create(context) {
    return {
      proof({citations, registry, today}) {
        if (!registry || today === undefined) return
        const reported = new Set<string>()
        for (const citation of citations) {
          const entry = entryById(registry, citation.id)
          if (!entry) continue
          // The claim is what must go or be renewed; a reference on its own line marks itself.
          const range = citation.sentence ?? citation.range
          const key = `${range[0]}:${entry.id}`
          if (reported.has(key)) continue
          reported.add(key)
          const days = daysUntil(entry.expires, today)
          const note = `Proof point “${entry.id}” (${entry.source}, owner: ${entry.owner}) was approved on ${entry.approved} until ${entry.expires}. A claim past its approval is one legal no longer stands behind.`
          const related = [{file: registry.file, range: entry.range, message: `proof point “${entry.id}”, expires ${entry.expires}`}]
          if (days < 0) context.report({messageId: 'expired', data: {id: entry.id, expires: entry.expires}, range, actual: entry.id, note, related})
          else if (days <= context.options.warnDays) {
            context.report({messageId: 'expiring', data: {id: entry.id, expires: entry.expires, days: String(days)}, range, actual: entry.id, note, related, severity: 'warning'})
          }
        }
      },
    }
  },
})
