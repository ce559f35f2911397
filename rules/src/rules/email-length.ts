import {emailExample} from '../profiles/email-example'
import {EMAIL_LIMITS} from '../profiles/limits'
import {wordsOf} from '../profiles/readability'
import {defineRule} from '../rule'

interface Options {
  maxWords: number
}

export default defineRule<Options>({
  meta: {
    id: 'email-length',
    description: 'An outbound email whose body is longer than a buyer reads on a phone (125 words by default).',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: false,
    messages: {
      tooLong: 'Cut the email to {{max}} words: it has {{count}}; this sentence goes past the limit',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {maxWords: {type: 'integer', minimum: 10, description: 'Most words in an email’s body (greeting and sign-off included).'}},
    },
    defaultOptions: {maxWords: EMAIL_LIMITS.maxWords},
    examples: {
      valid: [emailExample()],
      invalid: [
        emailExample({
          body:
            'Your team spends three days every month matching card receipts to statements by hand. ' +
            'When a receipt is missing, someone emails the card holder, waits, and chases again. ' +
            'Tallyworks reads each receipt as it arrives, matches it to the card line, and asks the card holder only for the ones it cannot find. ' +
            'Teams like yours close the card accounts on the first working day instead of the fourth. ' +
            'It connects to your bank and your ERP in a day, with no exports and no new process for your approvers to learn. ' +
            'Your auditors get the same trail they get today, with every match and every change logged. ' +
            'Setup takes an afternoon: we import last quarter’s statements, match them, and show you every line we could not match and why. ' +
            'Most teams find a handful of duplicate charges in that first run, which often pays for the first year on its own. ' +
            'Worth a 20-minute call on Thursday to see it on your own statements?',
        }),
      ],
    },
  },
  create(context) {
    return {
      section(section) {
        if (section.kind !== 'document' || !context.document) return
        const max = context.options.maxWords
        for (const email of context.document.emails()) {
          let count = 0
          let over: (typeof email.body)[number] | undefined
          for (const sentence of email.body) {
            count += wordsOf(sentence.view.text).length
            if (count > max && !over) over = sentence
          }
          if (!over) continue
          context.report({
            messageId: 'tooLong',
            data: {max: String(max), count: String(count)},
            range: over.view.range(),
            note: `Outbound emails of 50 to 125 words get the most replies: the reader decides on a phone screen whether to answer. Keep the reader’s problem, one proof point and one ask; move the rest to the call.`,
          })
        }
      },
    }
  },
})
