import {AUDIENCE_WORDS, matcherFor} from '../profiles/data'
import {titlePlace} from '../profiles/place'
import {defineRule, type SentenceInput} from '../rule'
import type {SectionView} from '../sections'
import {quotable} from './quote'

interface Options {
  minSentences: number
  everywhere: boolean
}

type Side = 'buyer' | 'seller' | undefined

/** Characters of the heading quoted in the message (see quote.ts). */
const HEADING_CHARS = 30

export default defineRule<Options>({
  meta: {
    id: 'seller-centred',
    description: 'A section (or an email) whose sentences all talk about us (“we”, “our”, the product as subject) and never about the buyer (“you”, “your team”); in an email, “we” before any “you”.',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: false,
    messages: {
      sellerCentred: 'Talk about the buyer: all {{count}} sentences in {{unit}} are about us, none about “you”',
      weFirst: 'Open with the reader, not with us: this email says “{{words}}” before any “you”',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minSentences: {type: 'integer', minimum: 1, description: 'Sentences about us, with none about the buyer, before a section is reported.'},
        everywhere: {type: 'boolean', description: 'Check every document, not only those with a profile (battlecard, email, call script, positioning).'},
      },
    },
    defaultOptions: {minSentences: 3, everywhere: false},
    examples: {
      valid: [
        '---\npitchlint: {profile: positioning}\n---\n\n## Why it matters\n\nYour team closes the books in nine days.\nWe cut that to three.\nOur matching runs as receipts arrive.',
      ],
      invalid: [
        '---\npitchlint: {profile: positioning}\n---\n\n## About us\n\nWe founded Tallyworks in 2019.\nOur platform matches receipts to card lines.\nWe integrate with forty banks.\nOur team supports customers around the clock.',
      ],
    },
  },
  create(context) {
    const buyerWords = matcherFor(AUDIENCE_WORDS.buyer.words)
    const sellerWords = matcherFor(AUDIENCE_WORDS.seller.words)
    return {
      section(section) {
        const document = context.document
        if (!document || (!document.profile && !context.options.everywhere)) return
        checkBalance(section)
        if (section.kind === 'document' && document.profile?.name === 'email') for (const email of document.emails()) checkOrder(email.body)
      },
    }

    function sideOf({view, analysis}: SentenceInput): Side {
      if (analysis.voice.voice === 'reader' || buyerWords.find(view.text)) return 'buyer'
      if (analysis.voice.voice === 'ours' || sellerWords.find(view.text)) return 'seller'
      return undefined
    }

    function checkBalance(section: SectionView): void {
      let seller = 0
      for (const sentence of section.own) {
        // A comparison table's cells are labels side by side, not sentences to the reader.
        if (sentence.view.block.table) continue
        const side = sideOf(sentence)
        if (side === 'buyer') return
        if (side === 'seller') seller++
      }
      if (seller < context.options.minSentences) return
      const range = section.heading?.range ?? (section.kind === 'document' ? titlePlace(section)?.range : undefined)
      if (!range) return
      context.report({
        messageId: 'sellerCentred',
        data: {count: String(seller), unit: section.heading ? `“${quotable(section.heading.text, HEADING_CHARS)}”` : 'this text'},
        range,
        note: `${AUDIENCE_WORDS.seller.why} Turn at least one sentence around to what the reader gets or faces: “We integrate with forty banks” becomes “Your bank is one of the forty we connect to”.`,
      })
    }

    function checkOrder(body: readonly SentenceInput[]): void {
      for (const sentence of body) {
        const side = sideOf(sentence)
        if (side === 'buyer') return
        if (side !== 'seller') continue
        const words = sellerWords.find(sentence.view.text)?.text ?? quotable(sentence.view.text, 20)
        context.report({
          messageId: 'weFirst',
          data: {words},
          range: sentence.view.range(),
          note: `${AUDIENCE_WORDS.buyer.why} An email that opens with the sender reads as an advertisement; one that opens with the reader’s situation reads as a note from someone who looked.`,
        })
        return
      }
    }
  },
})
