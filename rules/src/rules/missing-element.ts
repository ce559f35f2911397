import {cuesOf} from '../analysis/analyze'
import {isQuestion} from '../analysis/context'
import type {Tag} from '../analysis/cue'
import type {Voice} from '../analysis/voice'
import {matcherFor} from '../profiles/data'
import type {ElementPlace} from '../profiles/elements'
import {appendBlock, titlePlace} from '../profiles/place'
import {pointsOf, subsectionPoints} from '../profiles/points'
import type {Profile} from '../profiles/types'
import type {Suggestion} from '../types'
import {defineRule, type SentenceInput} from '../rule'
import {addOutcomeSuggestion} from './edit'
import {quotable} from './quote'

/** Characters of a point quoted in a message (see quote.ts). */
const POINT_CHARS = 40
/** Marks that put an answer on the objection's own line: “Too expensive” → It pays for itself… */
const ANSWER_ARROW = /(?:→|->|=>|—|:)\s*\S/
/** Tags of a point that sells: a feature, a claim or a vague promise; a point with none (a heading, a note) carries nothing to check. */
const SELLING_TAGS: readonly Tag[] = ['feature', 'claim', 'vague']
/**
 * Voices whose words are not our point: what a rival offers, told in a why-we-win section, is
 * theirs (asking for the buyer's gain would ask the writer to sell the rival), and a
 * customer's quote is proof, not a point we make.
 */
const NOT_OUR_POINT: ReadonlySet<Voice> = new Set(['competitor', 'customer'])

/** A sentence that sells our offering: a feature, claim or vague value word, in our voice (or no one's in particular). */
function sellsOurs({analysis}: SentenceInput): boolean {
  return !NOT_OUR_POINT.has(analysis.voice.voice) && SELLING_TAGS.some((tag) => analysis.tags.includes(tag))
}

export default defineRule({
  meta: {
    id: 'missing-element',
    description: 'A part that a document profile requires (a battlecard’s landmines, a call script’s next step, a positioning doc’s proof) is absent, or a point in it lacks what it must carry.',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: true,
    messages: {
      missing: 'Add the “{{element}}” part this {{profile}} is missing',
      pointWithoutOutcome: 'Say what the buyer gets from this “{{element}}” point: “{{point}}”',
      objectionWithoutResponse: 'Write the response to this objection: “{{point}}”',
      questionWithoutPain: 'Ask about what goes wrong and what it costs: “{{point}}” names no pain',
    },
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaultOptions: {},
    examples: {
      valid: [
        '---\npitchlint: {profile: call-script}\n---\n\n# Discovery call\n\n## Opener\n\nThanks for making time today.\n\n## Discovery questions\n\n1. How many days does the close take, and what does a late close cost you?\n\n## Next step\n\nA pilot with two controllers, starting Monday.',
      ],
      invalid: [
        '---\npitchlint: {profile: call-script}\n---\n\n# Discovery call\n\n## Opener\n\nThanks for making time today.\n\n## Discovery questions\n\n1. What are your goals for this year?',
      ],
    },
  },
  create(context) {
    return {
      section(section) {
        const document = context.document
        if (section.kind !== 'document' || !document?.profile) return
        const {profile} = document.profile
        const title = titlePlace(section)
        for (const place of document.elements()) {
          if (place.foundBy === undefined) {
            if (place.element.required && title) reportMissing(place, profile, title.range, document.text)
            continue
          }
          if (place.section && place.element.each) checkPoints(place, profile)
        }
      },
    }

    function reportMissing({element}: ElementPlace, profile: Profile, range: [number, number], text: string): void {
      const heading = /^#+\s+(.+)/.exec(element.skeleton)?.[1] ?? element.name
      context.report({
        messageId: 'missing',
        data: {element: element.name, profile: profile.name},
        range,
        note: `A ${profile.name} needs its ${element.name}: ${element.why} pitchlint looks for a heading such as ${element.headings
          .slice(0, 3)
          .map((h) => `“${h}”`)
          .join(', ')}.`,
        suggestions: [{title: `Add a “${heading}” section`, fix: appendBlock(text, element.skeleton)}],
      })
    }

    function checkPoints({element, section}: ElementPlace, profile: Profile): void {
      if (!section) return
      if (element.each === 'outcome') {
        for (const point of pointsOf(section)) {
          // A comparison table's row is a feature side by side with the rival's, not a point a rep says.
          if (point.sentences[0]!.view.block.table) continue
          if (point.sentences.some(({analysis}) => analysis.tags.includes('outcome') || analysis.tags.includes('pain'))) continue
          if (!point.sentences.some(sellsOurs)) continue
          const first = point.sentences[0]!
          // The same fix as feature-without-outcome's, which this finding replaces on the same words (precedence.ts).
          reportPoint('pointWithoutOutcome', first, element.name, `Every “${element.name}” point in a ${profile.name} needs the result the buyer gets: ${element.why}`, [addOutcomeSuggestion(first.view, first.view.text)])
        }
      } else if (element.each === 'response') {
        const subsections = subsectionPoints(section)
        for (const {heading, sentences} of subsections) {
          if (sentences.length > 0) continue
          context.report({
            messageId: 'objectionWithoutResponse',
            data: {point: quotable(heading.text, POINT_CHARS)},
            range: heading.range,
            note: `Every objection in a ${profile.name} needs its response: ${element.why}`,
          })
        }
        if (subsections.length > 0) return
        for (const point of pointsOf(section)) {
          const [first] = point.sentences
          if (point.sentences.length > 1 || ANSWER_ARROW.test(first!.view.unit.text.slice(1))) continue
          if (first!.view.block.listItems.length === 0 && !first!.view.block.table) continue
          reportPoint('objectionWithoutResponse', first!, element.name, `Every objection in a ${profile.name} needs its response: ${element.why}`)
        }
      } else if (element.each === 'pain-question') {
        const painWords = profile.painWords ? matcherFor(profile.painWords.words) : undefined
        for (const sentence of section.sentences) {
          const {view, analysis} = sentence
          if (!isQuestion(view)) continue
          if (analysis.tags.includes('pain') || cuesOf(analysis, 'pain').length > 0 || painWords?.find(view.text)) continue
          reportPoint('questionWithoutPain', sentence, element.name, profile.painWords?.why ?? element.why)
        }
      }
    }

    function reportPoint(messageId: string, {view}: SentenceInput, element: string, note: string, suggestions?: Suggestion[]): void {
      context.report({messageId, data: {element, point: quotable(view.text, POINT_CHARS)}, range: view.range(), note, ...(suggestions && {suggestions})})
    }
  },
})
