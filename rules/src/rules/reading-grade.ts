import {emailExample} from '../profiles/email-example'
import {EMAIL_LIMITS} from '../profiles/limits'
import {readingStats} from '../profiles/readability'
import {defineRule} from '../rule'

interface Options {
  maxGrade: number
}

/** Sentences shorter than this are greetings and sign-offs ("Hi Ana,"): they would pull the grade down for nothing. */
const MIN_WORDS = 3

export default defineRule<Options>({
  meta: {
    id: 'reading-grade',
    description: 'An outbound email that reads above a school grade (Flesch-Kincaid, 8 by default); the finding points at the sentence that pushes the grade up most.',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: false,
    messages: {
      tooHard: 'Simplify this sentence: the email reads at grade {{grade}}, above {{max}}, and this one is hardest ({{sentenceGrade}})',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {maxGrade: {type: 'number', minimum: 1, maximum: 20, description: 'Highest Flesch-Kincaid grade level for an email body.'}},
    },
    defaultOptions: {maxGrade: EMAIL_LIMITS.maxGrade},
    examples: {
      valid: [emailExample()],
      invalid: [
        emailExample({body: 'Organizations implementing automated reconciliation methodologies consistently experience substantially accelerated financial consolidation. Worth a call on Thursday?'}),
      ],
    },
  },
  create(context) {
    return {
      section(section) {
        if (section.kind !== 'document' || !context.document) return
        const max = context.options.maxGrade
        for (const email of context.document.emails()) {
          const sentences = email.body.filter(({view}) => view.model.wordCount >= MIN_WORDS)
          const overall = readingStats(sentences.map(({view}) => view.text))
          if (!(overall.grade > max)) continue
          // The sentence with the highest grade of its own is the one to rewrite first.
          let hardest: {sentence: (typeof sentences)[number]; grade: number} | undefined
          for (const sentence of sentences) {
            const {grade} = readingStats([sentence.view.text])
            if (!hardest || grade > hardest.grade) hardest = {sentence, grade}
          }
          if (!hardest) continue
          context.report({
            messageId: 'tooHard',
            data: {grade: overall.grade.toFixed(1), max: String(max), sentenceGrade: hardest.grade.toFixed(1)},
            range: hardest.sentence.view.range(),
            note: 'A buyer reads a cold email in seconds, on a phone, between meetings. Long sentences and long words slow that down: split the sentence, and say it the way you would on a call.',
          })
        }
      },
    }
  },
})
