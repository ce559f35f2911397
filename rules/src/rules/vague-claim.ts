import {cuesOf} from '../analysis/analyze'
import {isSellingContext} from '../analysis/context'
import {LEXICON_CATEGORIES, type LexiconCategory} from '../lexicon/types'
import {defineRule} from '../rule'
import type {Suggestion} from '../types'
import {isNegated, removalFix, replaceFix} from './edit'

interface Options {
  categories: LexiconCategory[]
}

export default defineRule<Options>({
  meta: {
    id: 'vague-claim',
    description: 'Value claims in words that carry no checkable specific ("seamless", "best-in-class", "unlock").',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: true,
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
        // A checkable specific in the same sentence makes the word concrete.
        if (cuesOf(analysis, 'specific').length > 0) return
        for (const match of analysis.terms) {
          const {entry} = match
          if (!categories.has(entry.category)) continue
          if (isNegated(view, match.start)) continue
          if (entry.strength === 'weak' && !isSellingContext(view, match.start, match.end)) continue
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
