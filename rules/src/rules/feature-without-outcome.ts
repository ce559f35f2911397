import {cuesOf} from '../analysis/analyze'
import {outcomeCues} from '../analysis/outcome'
import {defineRule} from '../rule'
import type {Suggestion} from '../types'
import {sentenceEndInsertion} from './edit'

const FEATURE_KINDS = ['offering-does', 'buyer-can', 'feature-label', 'implied-subject', 'bare-feature'] as const

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
      noOutcome: '`{{feature}}` is a feature with no outcome: a feature is what it has, an outcome is what the buyer gets. Say what changes for the customer (time or money saved, a risk removed, a job done).',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        kinds: {
          type: 'array',
          description: 'Kinds of feature statement to report: the offering as subject, "you can…", labelled bullets, bullets with an implied subject, bare feature names.',
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
        const features = cuesOf(analysis, 'feature').filter((cue) => kinds.has(cue.detail))
        if (features.length === 0 || cuesOf(analysis, 'outcome').length > 0) return
        // A limitation that hurts ("only in the paid plan, so you'll need to upgrade") states a pain, not a feature pitch.
        if (cuesOf(analysis, 'pain').length > 0) return
        // A bullet may carry its outcome in another sentence or in a sub-bullet.
        if (view.kind === 'list-item' && view.unit.text !== view.text && outcomeCues(view.unit.text).length > 0) return
        const [feature] = features
        const at = sentenceEndInsertion(view)
        const suggestions: Suggestion[] = [{title: 'Add what the buyer gets', fix: {range: view.rangeOf(at, at), text: ' so you can ‹outcome›'}}]
        if (feature.detail === 'bare-feature') {
          suggestions.unshift({title: 'Turn the feature into `Feature: what the buyer gets`', fix: {range: view.rangeOf(at, at), text: ': ‹what the buyer gets›'}})
        }
        const flagged = view.sourceOf(feature.start, feature.end)
        context.report({
          messageId: 'noOutcome',
          data: {feature: flagged},
          range: view.rangeOf(feature.start, feature.end),
          actual: flagged,
          note: 'Buyers do not buy features; they buy what the feature does for them. Pair each feature with its outcome ("so you can…", "without…", "in minutes instead of days").',
          suggestions,
        })
      },
    }
  },
})
