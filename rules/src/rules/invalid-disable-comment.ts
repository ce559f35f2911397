import {defineRule} from '../rule'

/**
 * Reported by the engine while it reads directive comments (see `directives.ts`): a
 * disable comment that names an unknown rule would otherwise silence nothing and
 * nobody would notice. It has no visitors of its own.
 */
export default defineRule({
  meta: {
    id: 'invalid-disable-comment',
    description: 'pitchlint directive comments that name an unknown rule or directive.',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    messages: {invalid: '{{message}}'},
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaultOptions: {},
    examples: {
      valid: ['<!-- pitchlint-disable-next-line vague-claim -- the analyst\'s own words -->'],
      invalid: ['<!-- pitchlint-disable-next-line vauge-claim -->'],
    },
  },
  create() {
    return {}
  },
})
