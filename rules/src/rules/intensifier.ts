import {isNegated} from '../analysis/context'
import type {SentenceView} from '../analysis/view'
import {defineRule} from '../rule'
import type {LexiconMatch} from '../lexicon/matcher'
import {deletionFix} from '../fix/edits'
import {startsSentence} from './edit'
import {quoteMarksOf, type QuoteMarks} from '../quote-marks'
import {countBefore} from '../sorted'

/**
 * Words after which deleting the intensifier breaks the sentence or the idiom
 * ("very much", "really and truly"). Degree phrases whose size matters ("very few")
 * are data: `ignoreIn` in rules/lexicons/intensifier.yml.
 */
const KEEP_BEFORE = new Set(['much', 'and', 'or', 'but', 'nor', 'than', 'as'])

/**
 * The next word, when the intensifier can go: a word that does not need it ("very
 * much"). After a lowercase intensifier any word or figure ("a very 8-step plan", "an
 * extremely SLA-heavy deal", "a really European team"); after a capitalised one, only
 * a lowercase word: "Very Good Security" is a name.
 */
function modifiedWord(view: SentenceView, start: number, end: number): {start: number} | undefined {
  const after = /^( )([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(view.text.slice(end))
  if (!after || KEEP_BEFORE.has(after[2].toLowerCase())) return undefined
  if (!/^\p{Ll}/u.test(after[2]) && !/^\p{Ll}/u.test(view.text.slice(start, end))) return undefined
  return {start: end + after[1].length}
}

// The safe fix deletes the word with the space after it, through rules/src/fix/edits.ts:
// the article before it is made to agree with the next word ("a very easy" → "an easy"),
// a capital on the intensifier moves to the next word, and markup in the span means no fix.

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
      // Why it is empty is the lexicon entry's `why`, the finding's note (the hover shows it).
      intensifier: 'Delete “{{term}}”, or say how much with a figure the buyer can check',
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
        const candidates = analysis.terms.filter((match) => match.entry.category === 'intensifier' && mayDelete(view, match))
        for (const run of adjacentRuns(view.text, candidates)) {
          const first = run[0]
          const last = run[run.length - 1]
          // The mark and spaces right before the run, then the clause before that mark: what
          // the tests read, rather than all the text before each run (a sentence can hold thousands).
          const marked = /[,;:\-–—]\s*$/.test(view.text.slice(punctuationReach(view.text, first.start), first.start))
          // After a comma or dash, "fast, really fast", "hard - really hard": the repetition
          // is the point. A closing "fast, truly." or an aside ", truly," can still go.
          const deletable = marked ? isAside(view.text.slice(clauseStart(view.text, first.start), first.start), view.text.slice(last.end)) : modifiedWord(view, last.start, last.end) !== undefined
          if (!deletable) continue
          // One edit for the whole run ("very very", "really very"): deleting the words one
          // by one would judge the article before them against a word about to go. Each
          // finding carries the same edit, which is applied once.
          const fix = deletionFix(view, first.start, last.end)
          for (const match of run) {
            const word = view.sourceOf(match.start, match.end)
            context.report({
              messageId: 'intensifier',
              data: {term: word},
              range: view.rangeOf(match.start, match.end),
              actual: word,
              note: match.entry.why,
              ...(fix && {fix}),
            })
          }
        }
      },
    }
  },
})

/** May this intensifier go without changing what the sentence says? */
function mayDelete(view: SentenceView, match: LexiconMatch): boolean {
  const word = view.sourceOf(match.start, match.end)
  if (looksLikeName(view, match.start, word)) return false
  // "not very fast" is a hedge, not emphasis: deleting "very" would flip it.
  if (isNegated(view, match.start)) return false
  return !insideQuotation(view.text, match.start)
}

/** A closing "it is fast, truly." or an aside "it is, truly, the fastest": the intensifier modifies nothing. */
function isAside(before: string, after: string): boolean {
  if (!/,\s+$/.test(before) || !/^(?:[.!]|,\s)/.test(after)) return false
  // What is left must still be a clause: "No, really." keeps its "really".
  const clause = before.split(/[,;:]/).at(-2) ?? ''
  return (clause.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 2
}

/** Intensifiers in a row, one space apart ("very very", "really truly"), as runs. */
function adjacentRuns(text: string, matches: readonly LexiconMatch[]): LexiconMatch[][] {
  const runs: LexiconMatch[][] = []
  for (const match of matches) {
    const current = runs[runs.length - 1]
    if (current && text.slice(current[current.length - 1].end, match.start) === ' ') current.push(match)
    else runs.push([match])
  }
  return runs
}

/** Inside “…” or "…" in the sentence (an odd number of quote marks before the word). */
function insideQuotation(text: string, at: number): boolean {
  const marks = quoteMarksOfSentence(text)
  return countBefore(marks.curlyOpen, at) > countBefore(marks.curlyClose, at) || countBefore(marks.straight, at) % 2 === 1
}

/**
 * The quotation marks of the sentence last asked about: its intensifiers are asked
 * about one after another.
 */
let lastQuoteMarks: {text: string; marks: QuoteMarks} | undefined

function quoteMarksOfSentence(text: string): QuoteMarks {
  if (lastQuoteMarks?.text !== text) lastQuoteMarks = {text, marks: quoteMarksOf(text)}
  return lastQuoteMarks.marks
}

/** Where the whitespace before `start` and the one mark before it begin. */
function punctuationReach(text: string, start: number): number {
  let at = start
  while (at > 0 && /\s/.test(text[at - 1])) at--
  return Math.max(0, at - 1)
}

/**
 * Where the clause ends by the `,`, `;` or `:` right before `start` begins: just after
 * the mark before it, or at the start. `isAside` reads that clause and that mark.
 */
function clauseStart(text: string, start: number): number {
  const mark = punctuationReach(text, start)
  if (!',;:'.includes(text[mark])) return mark
  let at = mark
  while (at > 0 && !',;:'.includes(text[at - 1])) at--
  return at
}
