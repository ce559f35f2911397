import {headingOf, unitsWithoutPain, type Unit} from '../analysis/unit'
import {defineRule} from '../rule'
import type {SectionView} from '../sections'
import {quotable} from './quote'

const PAIN_LINE = '‹Who› struggle with ‹problem›, which costs them ‹impact›.'

/** Characters of the heading quoted in the message (see quote.ts). */
const HEADING_CHARS = 30

export default defineRule({
  meta: {
    id: 'missing-pain',
    description: 'Message units that sell (a section, an email, a battlecard, a short document) but never state the buyer’s pain.',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: true,
    messages: {
      missingPain: 'Say who struggles with what, and what it costs them: {{unit}} states no pain',
    },
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaultOptions: {},
    examples: {
      valid: [
        '# Follow-up\n\nYour team loses two days every month to matching receipts by hand.\nAcme matches them as they arrive, so month-end takes an afternoon.\nAcme exports every approval to S3.\nWorth a call on Thursday?',
        '# Setup\n\nAcme supports SAML SSO. Acme exports to S3.',
      ],
      invalid: ['# Why Acme\n\nAcme supports SAML SSO and SCIM provisioning.\nAcme exports every approval to S3.\nAcme is the fastest way to close the books.\nBook a demo today.'],
    },
  },
  create(context) {
    return {
      section(section) {
        // The whole document is split into units once, so a parent and its sub-sections are never both reported.
        if (section.kind !== 'document') return
        for (const unit of unitsWithoutPain(section)) report(unit)
      },
    }

    function report({section, selling}: Unit): void {
      const place = placeOf(section)
      if (!place) return
      context.report({
        messageId: 'missingPain',
        data: {unit: place.name},
        range: place.range,
        note: `It sells (${selling.length} sentences with claims, features or outcomes) but never states the buyer’s pain. A pitch lands when the buyer recognizes their own problem first; features and claims without a stated pain read as a product tour.`,
        suggestions: [{title: 'Add a pain line', fix: place.insert}],
      })
    }
  },
})

interface Place {
  name: string
  range: [number, number]
  insert: {range: [number, number]; text: string}
}

/** Where to report a unit: its heading, or the first line of a document without one. */
function placeOf(section: SectionView): Place | undefined {
  const heading = headingOf(section)
  if (heading) {
    return {name: `“${quotable(heading.text, HEADING_CHARS)}”`, range: heading.range, insert: {range: [heading.range[1], heading.range[1]], text: `\n\n${PAIN_LINE}`}}
  }
  const first = section.sentences[0]
  if (!first) return undefined
  const {view} = first
  const [blockStart, blockEnd] = view.block.range
  const lineStart = view.source.lastIndexOf('\n', blockStart - 1) + 1
  const newline = view.source.indexOf('\n', blockStart)
  const lineEnd = newline === -1 || newline > blockEnd ? blockEnd : newline
  return {
    name: 'this document',
    range: [blockStart + view.base, lineEnd + view.base],
    insert: {range: [lineStart + view.base, lineStart + view.base], text: `${PAIN_LINE}\n\n`},
  }
}
