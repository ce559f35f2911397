import {isMention} from '../analysis/context'
import {isProperName, sellingTerms} from '../analysis/rule-calls'
import {PROOF_BY_TOPIC, topicOf} from '../analysis/topic'
import {strongestWord} from '../model/explain'
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
    reportsLexiconTerms: true,
    messages: {
      vague: '`{{term}}` is a vague claim: every vendor says it. Say what the buyer gets instead, e.g. “{{rewrite}}”.',
      vagueNoRewrite: '`{{term}}` is a vague claim: every vendor says it. Say what the buyer gets, with a number they can check.',
      vagueUnlisted: '`{{term}}` reads as a vague claim: nothing in the sentence can be checked. Say what the buyer gets, e.g. “{{rewrite}}”.',
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
    const allowed = context.lexicon.allowed
    return {
      sentence({view, analysis}) {
        const judged = analysis.judgments.vague_claim.holds
        // The scorer decides whether the sentence makes a vague claim; the words named are
        // the terms that sell, else any lexicon term used as a claim. The team's own terms
        // are reported wherever they sell, as the config asks.
        const selling = sellingTerms(view, analysis.cues, analysis.terms)
        const named = judged
          ? (selling.length > 0 ? selling : analysis.terms).filter((m) => !isNegated(view, m.start) && !isProperName(view, m.start, m.end) && !isMention(view, m.start, m.end))
          : selling.filter((m) => m.entry.custom)
        let reported = 0
        for (const match of named) {
          const {entry} = match
          if (!categories.has(entry.category)) continue
          const term = view.sourceOf(match.start, match.end)
          const suggestions: Suggestion[] = entry.rewrites.map((rewrite) => ({
            title: `Replace \`${term}\` with “${rewrite}”`,
            fix: replaceFix(view, match.start, match.end, rewrite),
          }))
          const removal = entry.removable ? removalFix(view, match.start, match.end, {adverb: /ly$/i.test(term)}) : undefined
          if (removal) suggestions.push({title: `Remove \`${term}\``, fix: removal})
          reported++
          context.report({
            messageId: entry.rewrites.length > 0 ? 'vague' : 'vagueNoRewrite',
            data: {term, rewrite: entry.rewrites[0] ?? ''},
            range: view.rangeOf(match.start, match.end),
            actual: term,
            note: entry.why,
            suggestions,
          })
        }
        if (!judged || reported > 0 || analysis.terms.some((t) => categories.has(t.entry.category))) return
        // A vague claim in words the lexicon does not hold: name the word that weighed most.
        const trigger = strongestWord('vague_claim', view.text, (word) => allowed.has(word))
        if (!trigger || isNegated(view, trigger.start) || isProperName(view, trigger.start, trigger.end)) return
        const term = view.sourceOf(trigger.start, trigger.end)
        const rewrite = PROOF_BY_TOPIC[topicOf(term, view.text)]
        context.report({
          messageId: 'vagueUnlisted',
          data: {term, rewrite},
          range: view.rangeOf(trigger.start, trigger.end),
          actual: term,
          note: 'Read as a value claim with nothing a buyer can check: no number, no named result, no comparison with a basis.',
          suggestions: [{title: `Replace \`${term}\` with “${rewrite}”`, fix: replaceFix(view, trigger.start, trigger.end, rewrite)}],
        })
      },
    }
  },
})
