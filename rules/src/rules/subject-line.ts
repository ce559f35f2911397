import {emailExample} from '../profiles/email-example'
import {EMAIL_LIMITS} from '../profiles/limits'
import {defineRule} from '../rule'
import {quotable} from './quote'

interface Options {
  maxChars: number
  /** All-caps words that are names, not shouting (acronyms). */
  allowCaps: string[]
}

/** Lexicon categories that are hype in a subject line: the words spam filters and buyers both skip. */
const HYPE_CATEGORIES: ReadonlySet<string> = new Set(['hype', 'superlative', 'vague-value', 'intensifier'])
/** A word of this many capital letters or more is shouting, unless it is a known acronym. */
const SHOUT_LETTERS = 4
const CAPS_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])\p{Lu}{${SHOUT_LETTERS},}(?![\p{L}\p{N}])`, 'gu')

export default defineRule<Options>({
  meta: {
    id: 'subject-line',
    description: 'An outbound email’s subject line that is too long, sells with hype words, or shouts in capitals.',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: false,
    messages: {
      tooLong: 'Cut the subject to {{max}} characters: it has {{length}} and gets cut off on a phone',
      hype: 'Name the reader’s problem in the subject, not “{{words}}”: hype reads as a mass mailing',
      shouting: 'Write the subject in sentence case: “{{words}}” in capitals reads as spam',
      empty: 'Write a subject line: the one after “Subject:” is empty',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxChars: {type: 'integer', minimum: 10, description: 'Longest subject line, in characters (most phones show 30 to 60).'},
        allowCaps: {type: 'array', items: {type: 'string'}, description: 'All-caps words that are acronyms, not shouting.'},
      },
    },
    defaultOptions: {maxChars: EMAIL_LIMITS.maxSubjectChars, allowCaps: ['GDPR', 'HIPAA', 'SAML', 'SCIM', 'HTTP', 'HTTPS', 'JSON', 'REST', 'SOC2', 'ISO', 'CRM', 'ERP', 'NASA', 'SaaS']},
    examples: {
      valid: [emailExample()],
      invalid: [
        emailExample({subject: 'The REVOLUTIONARY platform that will transform how your whole finance team works'}),
      ],
    },
  },
  create(context) {
    const allowed = new Set(context.options.allowCaps.map((word) => word.toUpperCase()))
    return {
      section(section) {
        if (section.kind !== 'document' || !context.document) return
        for (const {subject} of context.document.emails()) {
          if (!subject) continue
          const {text, range} = subject
          if (!text.trim()) {
            context.report({messageId: 'empty', range, note: 'The subject decides whether the email is opened at all.'})
            continue
          }
          if (text.length > context.options.maxChars) {
            context.report({
              messageId: 'tooLong',
              data: {max: String(context.options.maxChars), length: String(text.length)},
              range,
              note: 'Phones show the first 30 to 60 characters of a subject. Put the reader’s problem or their company’s name first, and cut the rest.',
            })
          }
          const hype = context.lexicon.match(text).filter((match) => HYPE_CATEGORIES.has(match.entry.category))
          if (hype.length > 0) {
            context.report({
              messageId: 'hype',
              data: {words: quotable(hype.map((match) => match.text).join('”, “'), 40)},
              range,
              actual: text,
              note: `${hype[0]!.entry.why} In a subject line it also reads as a mass mailing: buyers open emails that name their own situation.`,
            })
          }
          const shouting = [...text.matchAll(CAPS_WORD)].map((match) => match[0]).filter((word) => !allowed.has(word.toUpperCase()))
          if (shouting.length > 0) {
            context.report({
              messageId: 'shouting',
              data: {words: quotable(shouting.join(' '), 30)},
              range,
              note: 'Capitals in a subject line read as a promotion or spam, and spam filters score them so. A colleague would write in sentence case.',
            })
          }
        }
      },
    }
  },
})
