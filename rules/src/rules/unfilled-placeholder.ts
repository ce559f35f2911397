import {placeholdersIn} from '../fix/placeholder'
import {defineRule} from '../rule'

/** Longest placeholder quoted whole in the message; a longer one is cut, so the message fits a Problems-panel row. */
const QUOTE_CHARS = 40

export default defineRule({
  meta: {
    id: 'unfilled-placeholder',
    description: 'A ‹…› placeholder left in the text by a rewrite suggestion, the "Add a pain line" fix or a skeleton: it must be filled in before the copy ships.',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: false,
    messages: {
      unfilled: 'Fill in or delete the placeholder “{{placeholder}}” before this ships',
    },
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaultOptions: {},
    examples: {
      valid: [
        'Finance teams lose two days every month matching receipts by hand.',
        'Type `‹name›` where the template asks for the customer.',
      ],
      invalid: [
        '‹Who› struggle with ‹problem›, which costs them ‹impact›.',
        'Our ‹N›-minute, no-code integrations keep every team in sync.',
      ],
    },
  },
  create(context) {
    return {
      sentence({view}) {
        // A sentence's text holds inline code as a stand-in character, so a placeholder
        // shown in `code` (a template's documentation) is not reported.
        for (const placeholder of placeholdersIn(view.text)) {
          const written = view.sourceOf(placeholder.start, placeholder.end)
          context.report({
            messageId: 'unfilled',
            data: {placeholder: written.length <= QUOTE_CHARS ? written : `${written.slice(0, QUOTE_CHARS - 2).trimEnd()}…›`},
            range: view.rangeOf(placeholder.start, placeholder.end),
            actual: written,
            note: 'A ‹…› placeholder marks a gap a suggestion or a template left for you to fill. Shipped, it tells the buyer nobody finished the copy, and it counts for no pain, outcome or proof in the coverage lens.',
          })
        }
      },
    }
  },
})
