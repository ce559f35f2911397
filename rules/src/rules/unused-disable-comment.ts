import {defineRule} from '../rule'

/**
 * Reported by the engine after it applies directive comments (see `unusedDirectives`
 * in `directives.ts`): a disable comment that silences nothing hides nothing today but
 * will silently swallow a real finding tomorrow, so teams that gate on pitchlint want
 * to see it. Off by default; `--report-unused-disables` turns it on as an error. It has
 * no visitors of its own.
 */
export default defineRule({
  meta: {
    id: 'unused-disable-comment',
    description: 'pitchlint disable comments that silence nothing (reported with `--report-unused-disables`, or when turned on in config).',
    type: 'problem',
    defaultSeverity: 'off',
    fixable: false,
    hasSuggestions: false,
    messages: {
      unused: 'Remove this “pitchlint-{{kind}}” comment: it silences nothing',
      unusedRules: 'Remove {{rules}} from this “pitchlint-{{kind}}” comment: it silences nothing',
    },
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaultOptions: {},
    examples: {
      valid: ['<!-- pitchlint-disable-next-line vague-claim -- the analyst\'s own words -->\nOur seamless sync for your team.'],
      invalid: ['<!-- pitchlint-disable-next-line vague-claim -->\nSupports 12 languages and exports to CSV.'],
    },
  },
  create() {
    return {}
  },
})
