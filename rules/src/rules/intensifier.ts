import type {SentenceView} from '../analysis/view'
import {defineRule} from '../rule'
import type {Fix} from '../types'
import {isNegated, startsSentence} from './edit'

/**
 * Words after which deleting the intensifier breaks the sentence or the idiom
 * ("very much", "really and truly"). Degree phrases whose size matters ("very few")
 * are data: `ignoreIn` in rules/lexicons/intensifier.yml.
 */
const KEEP_BEFORE = new Set(['much', 'and', 'or', 'but', 'nor', 'than', 'as'])

/** The next word, when the intensifier can go: a lowercase word that does not need it ("very much"). */
function modifiedWord(view: SentenceView, end: number): {start: number} | undefined {
  const after = /^( )([\p{Ll}][\p{L}'’-]*)/u.exec(view.text.slice(end))
  if (!after || KEEP_BEFORE.has(after[2].toLowerCase())) return undefined
  return {start: end + after[1].length}
}

/**
 * The safe fix: delete the word and the space after it; a capital on the intensifier
 * ("Really good onboarding") moves to the next word. Undefined when markup or an entity
 * sits inside that span: the edit would eat it.
 */
function deletion(view: SentenceView, start: number, nextWord: number): Fix | undefined {
  const first = view.text.charAt(start)
  const opening = first !== first.toLowerCase()
  const spanEnd = opening ? nextWord + 1 : nextWord
  if (view.sourceOf(start, spanEnd) !== view.text.slice(start, spanEnd)) return undefined
  return {range: view.rangeOf(start, spanEnd), text: opening ? view.text.charAt(nextWord).toUpperCase() : ''}
}

/** Any "n't" form, "cannot", "barely" (edit.ts's `isNegated` lists the common ones). */
const NEGATION_BEFORE = /(?:\b\w+n['’]t|\bcannot|\bbarely|\bscarcely)\s+(?:\w+\s+)?$/i

/** Capitalized mid-sentence ("Very Good Security", a Title Case heading): a name, not an adverb. */
function looksLikeName(view: SentenceView, start: number, word: string): boolean {
  return word !== word.toLowerCase() && !startsSentence(view, start)
}

export default defineRule({
  meta: {
    id: 'intensifier',
    description: 'Empty intensifiers ("very", "really", "extremely") that add emphasis but no information; `--fix` deletes them.',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: true,
    hasSuggestions: false,
    reportsLexiconTerms: true,
    messages: {
      intensifier: '`{{term}}` is an empty intensifier: it adds emphasis, not information. Delete it, or say how much with a figure the buyer can check.',
    },
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaultOptions: {},
    examples: {
      valid: [
        'Setup takes 5 minutes and needs no admin rights.',
        'Very few teams review every call.',
        'We are not very strict about the template.',
      ],
      invalid: ['Our importer is very fast.', 'Really good onboarding keeps new reps selling.', 'The report is extremely easy to share.'],
    },
  },
  create(context) {
    return {
      sentence({view, analysis}) {
        // Quoted words belong to the person quoted: never edit a testimonial.
        if (view.block.quote) return
        for (const match of analysis.terms) {
          if (match.entry.category !== 'intensifier') continue
          const word = view.sourceOf(match.start, match.end)
          if (looksLikeName(view, match.start, word)) continue
          // "not very fast" is a hedge, not emphasis: deleting "very" would flip it.
          if (isNegated(view, match.start) || NEGATION_BEFORE.test(view.text.slice(Math.max(0, match.start - 30), match.start))) continue
          // "fast, really fast", "hard - really hard": the repetition is the point.
          if (/[,;:\-–—]\s*$/.test(view.text.slice(0, match.start))) continue
          if (insideQuotation(view.text, match.start)) continue
          const next = modifiedWord(view, match.end)
          if (!next) continue
          const fix = deletion(view, match.start, next.start)
          context.report({
            messageId: 'intensifier',
            data: {term: word},
            range: view.rangeOf(match.start, match.end),
            actual: word,
            note: match.entry.why,
            ...(fix && {fix}),
          })
        }
      },
    }
  },
})

/** Inside “…” or "…" in the sentence (an odd number of quote marks before the word). */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at)
  const curlyOpen = (before.match(/“/g) ?? []).length
  const curlyClose = (before.match(/”/g) ?? []).length
  const straight = (before.match(/"/g) ?? []).length
  return curlyOpen > curlyClose || straight % 2 === 1
}
