import {isMention, isNegated} from '../analysis/context'
import {isNameNotTerm, isProperName, sellingTerms} from '../analysis/rule-calls'
import {PROOF_BY_TOPIC, topicOf} from '../analysis/topic'
import {cueSet} from '../analysis/cue'
import {strongestWord} from '../model/explain'
import {LEXICON_CATEGORIES, rewriteOf, type LexiconCategory} from '../lexicon/types'
import {defineRule} from '../rule'
import type {Suggestion} from '../types'
import {removalFix, replaceFix} from './edit'
import {quotable} from './quote'
import {fittingRewrites, slotInSentence} from '../fix/slot'

interface Options {
  categories: LexiconCategory[]
}

/** What to do instead, by the kind of vague word: the first words of the message. */
const ADVICE: Record<LexiconCategory, string> = {
  'vague-value': 'Say what the buyer gets',
  superlative: 'Say what sets it apart, and who says so',
  hype: 'Say what changes for the buyer',
  'corporate-idiom': 'Say it in plain words',
  hedge: 'Commit, or name the condition',
  intensifier: 'Say how much',
}

/** What is wrong with the word, by its kind: the end of the message (the entry's `why` is the note). */
const VERDICT: Record<LexiconCategory, string> = {
  'vague-value': 'is a claim every vendor makes',
  superlative: 'claims a rank nobody checked',
  hype: 'is hype every vendor uses',
  'corporate-idiom': 'is jargon buyers skim past',
  hedge: 'hedges the claim',
  intensifier: 'adds emphasis, not information',
}

/** A team's own reason, in their words, when it fits the message; otherwise it is in the note only. */
function teamReason(why: string): string {
  return why.length <= TEAM_REASON_CHARS ? why : 'your team’s word list flags it'
}
const TEAM_REASON_CHARS = 60

/** Characters of the flagged words, and of a team's rewrite, quoted in a message (see quote.ts). */
const TERM_CHARS = 30

/**
 * Words that assert value by themselves (rules/cues/claim.yml): comparatives, superlatives,
 * adjectives of value. A vague claim the lexicon holds no term of is named by one of these;
 * the word that weighs most may be its topic ("development") or an outcome verb ("helps"),
 * which is not what is vague.
 */
const VALUE_WORDS: ReadonlySet<string> = new Set(cueSet('claim', 'VALUE_WORDS'))

const REWRITE_CHARS = 50
/** Characters of the replaced words quoted in a suggestion's title. */
const TITLE_CHARS = 40

export default defineRule<Options>({
  meta: {
    id: 'vague-claim',
    description: 'Value claims in words that carry no checkable specific ("seamless", "best-in-class", "unlock").',
    type: 'suggestion',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: true,
    reportsLexiconTerms: true,
    // Each message leads with what to do and fits one Problems-panel row; the why (the
    // entry's `why`) is the finding's note, which the hover shows with the examples.
    messages: {
      vague: '{{advice}}: “{{term}}” {{verdict}}',
      vagueNoRewrite: '{{advice}}, with a number they can check: “{{term}}” says nothing checkable',
      // The team's own terms: their config's `why` is the note, in their words.
      custom: 'Say “{{rewrite}}” instead of “{{term}}”',
      customNoRewrite: 'Avoid “{{term}}”: {{why}}',
      vagueUnlisted: 'Say what the buyer gets, with something to check: “{{term}}” reads as vague',
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
        'We moved to the Seamless Payroll plan last May.',
      ],
      invalid: [
        'Our seamless integration keeps every team in sync.',
        'Acme is the best-in-class platform for revenue teams.',
        'Unlock the power of your pipeline data.',
        'Works Seamlessly With Every Cloud Provider',
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
          ? (selling.length > 0 ? selling : analysis.terms).filter((m) => !isNegated(view, m.start) && !isNameNotTerm(view, m) && !isMention(view, m.start, m.end))
          : selling.filter((m) => m.entry.custom)
        let reported = 0
        for (const match of named) {
          const {entry} = match
          if (!categories.has(entry.category)) continue
          const term = view.sourceOf(match.start, match.end)
          // Only rewrites that fit the slot the words fill: an adjective before a noun takes
          // an adjective, a verb and its object take a verb phrase (rules/src/fix/slot.ts).
          const slot = slotInSentence(view.text, match.start, match.end, entry)
          const suggestions: Suggestion[] = fittingRewrites(entry, view.text, match.start, match.end, slot)
            // Words the rewrite moves or takes along (a noun, a verb's object) must be plain text: markup in them would be lost.
            .filter((fit) => view.sourceOf(fit.start, fit.end) === view.text.slice(fit.start, fit.end) || (fit.start === match.start && fit.end === match.end))
            .map((fit) => ({
              title: `Replace “${quotable(view.sourceOf(fit.start, fit.end), TITLE_CHARS)}” with “${fit.text}”`,
              fix: replaceFix(view, fit.start, fit.end, fit.text),
            }))
          const removal = entry.removable ? removalFix(view, match.start, match.end, {adverb: /ly$/i.test(term)}) : undefined
          if (removal) suggestions.push({title: `Remove “${term}”`, fix: removal})
          reported++
          context.report({
            messageId: (entry.custom ? ['custom', 'customNoRewrite'] : ['vague', 'vagueNoRewrite'])[entry.rewrites.length > 0 ? 0 : 1],
            data: {term: quotable(term, TERM_CHARS), rewrite: quotable(rewriteOf(entry.rewrites[0] ?? '').text, REWRITE_CHARS), advice: ADVICE[entry.category], verdict: VERDICT[entry.category], why: teamReason(entry.why)},
            range: view.rangeOf(match.start, match.end),
            actual: term,
            note: entry.why,
            suggestions,
          })
        }
        if (!judged || reported > 0 || analysis.terms.some((t) => categories.has(t.entry.category))) return
        // A vague claim in words the lexicon does not hold: name the word of value that
        // weighed most. With none, there is no word to name or rewrite, so nothing is reported.
        const trigger = strongestWord('vague_claim', view.text, (word) => !allowed.has(word) && VALUE_WORDS.has(word))
        if (!trigger || isNegated(view, trigger.start) || isProperName(view, trigger.start, trigger.end)) return
        const term = view.sourceOf(trigger.start, trigger.end)
        const rewrite = PROOF_BY_TOPIC[topicOf(term, view.text)]
        context.report({
          messageId: 'vagueUnlisted',
          data: {term: quotable(term, TERM_CHARS)},
          range: view.rangeOf(trigger.start, trigger.end),
          actual: term,
          note: 'Read as a value claim with nothing a buyer can check: no number, no named result, no comparison with a basis.',
          suggestions: [{title: `Replace “${term}” with “${rewrite}”`, fix: replaceFix(view, trigger.start, trigger.end, rewrite)}],
        })
      },
    }
  },
})
