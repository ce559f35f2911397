import {isQuestion} from '../analysis/context'
import {matcherFor, profileNamed} from '../profiles/data'
import {emailExample} from '../profiles/email-example'
import {EMAIL_LIMITS} from '../profiles/limits'
import {titlePlace} from '../profiles/place'
import {defineRule, type SentenceInput} from '../rule'
import {quotable} from './quote'

interface Options {
  maxLinks: number
}

const ASKS = profileNamed('email')?.callsToAction
/**
 * A body this long is not one email but a page about emails (a playbook with sample
 * questions): its questions are not asks to one reader, so they are not counted.
 */
const MAX_EMAIL_WORDS = 400
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth']

export default defineRule<Options>({
  meta: {
    id: 'one-cta',
    description: 'An outbound email with no call to action, more than one (a question, a link and a meeting ask each count), or more links than one.',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: false,
    messages: {
      none: 'End the email with one ask: a question or a meeting request the reader can answer',
      extra: 'Keep one call to action: this is the {{nth}} of {{count}} ({{kind}})',
      tooManyLinks: 'Keep to {{max}} link: this is link {{nth}} of {{count}}',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {maxLinks: {type: 'integer', minimum: 0, description: 'Most links in one email.'}},
    },
    defaultOptions: {maxLinks: EMAIL_LIMITS.maxLinks},
    examples: {
      valid: [emailExample()],
      invalid: [
        emailExample({body: 'Your team spends three days matching receipts. Worth a call on Thursday? You can also [book a demo](https://example.com/demo). Or reply with a good time.'}),
      ],
    },
  },
  create(context) {
    let asks: ReturnType<typeof matcherFor> | undefined
    return {
      section(section) {
        const document = context.document
        if (section.kind !== 'document' || !document) return
        // A team's own email profile (`profiles` in config) brings its own asks.
        const phrases = (document.profile?.profile.callsToAction ?? ASKS)?.phrases
        asks = phrases ? matcherFor(phrases) : undefined
        for (const email of document.emails()) {
          if (email.body.reduce((sum, {view}) => sum + view.model.wordCount, 0) > MAX_EMAIL_WORDS) continue
          const calls = email.body.flatMap((sentence) => {
            const kind = callKind(sentence)
            return kind ? [{sentence, kind}] : []
          })
          if (calls.length === 0 && email.body.length > 0) {
            const range = email.subject?.range ?? titlePlace(section)?.range
            if (range) context.report({messageId: 'none', range, note: `${ASKS?.why ?? ''} An email that asks for nothing gets read and archived.`.trim()})
          }
          calls.slice(1).forEach(({sentence, kind}, index) => {
            context.report({
              messageId: 'extra',
              data: {nth: ORDINALS[index + 1] ?? `${index + 2}th`, count: String(calls.length), kind},
              range: sentence.view.range(),
              actual: quotable(sentence.view.text, 60),
              note: `${ASKS?.why ?? ''} Pick the one ask that fits where the reader is (a reply, a call), and cut the others.`.trim(),
            })
          })
          const links = linksOf(email.body)
          const max = context.options.maxLinks
          links.slice(max).forEach((range, index) => {
            context.report({
              messageId: 'tooManyLinks',
              data: {max: String(max), nth: String(max + index + 1), count: String(links.length)},
              range,
              note: 'Every link is a place to go instead of replying, and spam filters count them. Keep the one that proves your point or books the call.',
            })
          })
        }
      },
    }

    function callKind({view, analysis}: SentenceInput): string | undefined {
      if (isQuestion(view)) return 'a question'
      const ask = asks?.find(view.text)
      if (ask) return `“${ask.text}”`
      // A link behind a result ("Northwind went from three days to one (their story)") is proof, not an ask.
      const evidence = analysis.cues.some((cue) => (cue.kind === 'proof' && cue.detail !== 'reference') || cue.kind === 'outcome' || cue.kind === 'specific')
      if (view.hasReference() && !evidence) return 'a link'
      return undefined
    }
  },
})

/** Each link in the email's blocks, once, in order (a block with two sentences is seen twice). */
function linksOf(body: readonly SentenceInput[]): Array<[number, number]> {
  const seen = new Set<unknown>()
  const links: Array<[number, number]> = []
  for (const {view} of body) {
    if (seen.has(view.block)) continue
    seen.add(view.block)
    for (const [start, end] of view.block.links) links.push([start + view.base, end + view.base])
  }
  return links
}
