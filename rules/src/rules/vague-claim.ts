import {cuesOf} from '../analysis/analyze'
import {isQuestion, notAClaimReason, sellingReason} from '../analysis/context'
import {LEXICON_CATEGORIES, type LexiconCategory} from '../lexicon/types'
import {defineRule} from '../rule'
import type {Suggestion} from '../types'
import type {SentenceView} from '../analysis/view'
import {isNegated, removalFix, replaceFix, startsSentence} from './edit'

interface Options {
  categories: LexiconCategory[]
}

/**
 * A capitalized term inside a sentence is a name ("Adidas Boost", "Premier Support"),
 * not a claim; headings are exempt because they are often in Title Case.
 */
function isProperName(view: SentenceView, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(view.text.slice(start, end))) return false
  // A capitalized word in quotes is a name: Adidas “Boost”.
  if (/[“"‘']$/u.test(view.text.slice(0, start)) && /^[”"’']/u.test(view.text.slice(end))) return true
  if (view.kind === 'heading' || startsSentence(view, start)) return false
  // After a label ("Pros: Powerful…") or an opening quote, a capital starts a phrase.
  return !/[:;—–("“'‘]\s*$|[.!?]["”’)]*\s+$/u.test(view.text.slice(0, start))
}

export default defineRule<Options>({
  meta: {
    id: 'vague-claim',
    description: 'Value claims in words that carry no checkable specific ("seamless", "best-in-class", "unlock").',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: true,
    reportsLexiconTerms: true,
    messages: {
      vague: '`{{term}}` is a vague claim: every vendor says it. Say what the buyer gets instead, e.g. “{{rewrite}}”.',
      vagueNoRewrite: '`{{term}}` is a vague claim: every vendor says it. Say what the buyer gets, with a number they can check.',
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        categories: {
          type: 'array',
          description: 'Lexicon categories to report.',
          items: {enum: [...LEXICON_CATEGORIES]},
          uniqueItems: true,
        },
      },
    },
    defaultOptions: {categories: ['vague-value', 'superlative', 'hype', 'corporate-idiom']},
    examples: {
      valid: [
        'Connects to Salesforce in 5 minutes, with no CSV exports.',
        'A robust test plan is required before every launch.',
        'Keep the first email simple: one question, one link.',
      ],
      invalid: [
        'Our seamless integration keeps every team in sync.',
        'Acme is the best-in-class platform for revenue teams.',
        'Unlock the power of your pipeline data.',
      ],
    },
  },
  create(context) {
    const categories = new Set(context.options.categories)
    return {
      sentence({view, analysis}) {
        // A checkable specific in the same sentence makes the word concrete; a question
        // asks rather than claims.
        // (A head count of users measures popularity, not the word, so it does not count.)
        if (cuesOf(analysis, 'specific').some((cue) => cue.detail !== 'people') || isQuestion(view)) return
        // Praise quoted from a named analyst or award is attributed, not claimed.
        if (cuesOf(analysis, 'proof').some((cue) => cue.detail === 'analyst' || cue.detail === 'award')) return
        for (const match of analysis.terms) {
          const {entry} = match
          if (!categories.has(entry.category)) continue
          if (isNegated(view, match.start) || isProperName(view, match.start, match.end)) continue
          if (notAClaimReason(view, match.start, match.end)) continue
          // Idioms are ordinary speech in planning docs: a claim only when they sell.
          const weak = entry.strength === 'weak' || entry.category === 'corporate-idiom'
          if (weak && !sellingReason(view, match.start, match.end)) continue
          const term = view.sourceOf(match.start, match.end)
          const suggestions: Suggestion[] = entry.rewrites.map((rewrite) => ({
            title: `Replace \`${term}\` with “${rewrite}”`,
            fix: replaceFix(view, match.start, match.end, rewrite),
          }))
          const removal = entry.removable ? removalFix(view, match.start, match.end, {adverb: /ly$/i.test(term)}) : undefined
          if (removal) suggestions.push({title: `Remove \`${term}\``, fix: removal})
          context.report({
            messageId: entry.rewrites.length > 0 ? 'vague' : 'vagueNoRewrite',
            data: {term, rewrite: entry.rewrites[0] ?? ''},
            range: view.rangeOf(match.start, match.end),
            actual: term,
            note: entry.why,
            suggestions,
          })
        }
      },
    }
  },
})
