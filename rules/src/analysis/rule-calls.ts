// The hand-written rules' own calls, kept as evidence for the learned scorer: "a lexicon
// term that sells, with nothing checkable beside it", "a claim of rank with no proof in
// its sentence or list item", "a feature with no outcome anywhere in its bullet". Each
// is a feature the scorer weighs with everything else; none decides alone. The same
// checks tell the rules which words to name when the scorer's judgment holds.

import type {LexiconMatch} from '../lexicon/matcher'
import type {BlockModel} from '../markdown/model'
import {hasLetterBefore, inShortQuote, isMention, isNegated, isOutcomeHeader, isQuestion, isTitleCase, notAClaimReason, sellingReason} from './context'
import type {Cue} from './cue'
import {outcomeCues} from './outcome'
import {proofCues} from './proof'
import type {SentenceView} from './view'

/**
 * A capitalized term inside a sentence is a name ("Adidas Boost", "Premier Support"),
 * not a claim; headings and other lines in Title Case are exempt: there every word has one.
 */
export function isProperName(view: SentenceView, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(view.text.slice(start, end))) return false
  // A capitalized word in quotes is a name: Adidas “Boost”.
  if (start > 0 && '“"‘\''.includes(view.text[start - 1]) && /^[”"’']/u.test(view.text.slice(end))) return true
  if (view.kind === 'heading' || isTitleCase(view) || !hasLetterBefore(view, start)) return false
  // After a label ("Pros: Powerful…") or an opening quote, a capital starts a phrase.
  return !/[:;—–("“'‘]\s*$|[.!?]["”’)]*\s+$/u.test(view.text.slice(phraseOpenerReach(view.text, start), start))
}

/**
 * Where a label or sentence end right before `start` can begin: before the whitespace,
 * the closing quotes and brackets, and one more character. Testing the pattern on that
 * tail, not on everything before the word, keeps the check from growing with the sentence.
 */
function phraseOpenerReach(text: string, start: number): number {
  let at = start
  while (at > 0 && /\s/.test(text[at - 1])) at--
  while (at > 0 && '"”’)'.includes(text[at - 1])) at--
  return Math.max(0, at - 1)
}

/** A capitalized match is a name, not the term, unless the team spelled its own term with capitals ("AT&T"). */
export function isNameNotTerm(view: SentenceView, {entry, start, end}: LexiconMatch): boolean {
  return !entry.spelledWithCapitals && isProperName(view, start, end)
}

const CLAIM_CATEGORIES = new Set(['vague-value', 'superlative', 'hype', 'corporate-idiom'])

/** Lexicon terms that make a value claim about an offering, with nothing in the sentence to check it by. */
export function sellingTerms(view: SentenceView, cues: readonly Cue[], terms: readonly LexiconMatch[]): LexiconMatch[] {
  // A question asks.
  if (terms.length === 0 || isQuestion(view)) return []
  // Praise quoted from a named analyst or award is attributed, not claimed.
  if (cues.some((cue) => cue.kind === 'proof' && (cue.detail === 'analyst' || cue.detail === 'award'))) return []
  // A checkable specific makes the word concrete (a head count measures popularity, not
  // the word); a team's own term that is itself a figure ("$100") does not prove itself.
  const specifics = cues.filter((cue) => cue.kind === 'specific' && cue.detail !== 'people')
  return terms.filter((match) => {
    const {entry, start, end} = match
    if (specifics.some((cue) => !(entry.custom && cue.start >= start && cue.end <= end))) return false
    if (!CLAIM_CATEGORIES.has(entry.category) || isNegated(view, start) || isNameNotTerm(view, match)) return false
    if (notAClaimReason(view, start, end)) return false
    // Idioms and words with plain meanings are claims only when they sell.
    const weak = entry.strength === 'weak' || entry.category === 'corporate-idiom'
    return !weak || sellingReason(view, start, end) !== undefined
  })
}

// Superiority is a claim only about what is being sold: "the best talent", "timing
// beats perfection" and "the only safe bet" are ordinary English. (Rank words such as
// "top-rated" or "industry-leading" are claims wherever they stand.)
const ABOUT_AN_OFFERING = new Set(['superlative', 'uniqueness', 'comparison'])
/** Claim wording the scorer weighs but that never makes a finding on its own: too often plain description. */
const WEIGHED_ONLY = new Set(['implied-comparison'])

/** The words claim (rather than mention, quote or deny a claim). */
export function isClaimWording(view: SentenceView, claim: Cue): boolean {
  return !isMention(view, claim.start, claim.end) && !inShortQuote(view, claim.start, claim.end) && !isNegated(view, claim.start)
}

/** Claims of rank, superiority or impact about an offering with no proof in the sentence (or, for a bullet or cell, in its unit). */
export function unprovenClaims(view: SentenceView, cues: readonly Cue[]): Cue[] {
  // A comparison that gives the figures on both sides carries its own basis.
  const figures = cues.filter((cue) => cue.kind === 'specific').length
  const claims = cues.filter(
    (cue) =>
      cue.kind === 'claim' &&
      !WEIGHED_ONLY.has(cue.detail) &&
      !(cue.detail === 'comparison' && figures >= 2) &&
      isClaimWording(view, cue) &&
      !notAClaimReason(view, cue.start, cue.end) &&
      (!ABOUT_AN_OFFERING.has(cue.detail) || sellingReason(view, cue.start, cue.end, {claim: true}) !== undefined),
  )
  if (claims.length === 0 || cues.some((cue) => cue.kind === 'proof')) return []
  // A list item or table cell may carry its proof in another sentence or sub-bullet.
  if ((view.kind === 'list-item' || view.kind === 'table-cell') && unitHasProof(view)) return []
  return claims
}

/**
 * What a message unit (a list item with its sub-bullets) holds, found once per unit:
 * every sentence of the unit asks, and a list item of thousands of paragraphs would
 * otherwise be scanned whole for each. Keyed by the unit's block list, which the
 * blocks of one list item share.
 */
const unitFacts = new WeakMap<object, {proof?: boolean; outcome?: boolean}>()

function factsOf(view: SentenceView): {proof?: boolean; outcome?: boolean} {
  let facts = unitFacts.get(view.unit.blocks)
  if (!facts) unitFacts.set(view.unit.blocks, (facts = {}))
  return facts
}

/** A link, footnote or proof cue anywhere in the sentence's unit. */
export function unitHasProof(view: SentenceView): boolean {
  const facts = factsOf(view)
  return (facts.proof ??= view.unitHasReference() || proofCues(view.unit.text).length > 0)
}

/** An outcome cue anywhere in the sentence's unit. */
export function unitHasOutcome(view: SentenceView): boolean {
  const facts = factsOf(view)
  return (facts.outcome ??= outcomeCues(view.unit.text).length > 0)
}

/**
 * Per table row, the cells that hold an outcome (under an outcome column, or with an
 * outcome cue), found once per row: every cell of the row asks.
 */
const rowOutcomes = new WeakMap<readonly BlockModel[], ReadonlySet<BlockModel>>()

/** Another cell of the sentence's table row gives the buyer's outcome: the row is one message ("Capability | What it does | Why it matters"). */
export function rowHasOutcome(view: SentenceView): boolean {
  const {row, rowHeaders} = view.unit
  if (!row || !rowHeaders || view.block.table?.header) return false
  let cells = rowOutcomes.get(row)
  if (!cells) {
    cells = new Set(row.filter((cell, index) => !cell.table?.header && /[\p{L}]/u.test(cell.text) && (isOutcomeHeader(rowHeaders[index]) || outcomeCues(cell.text).length > 0)))
    rowOutcomes.set(row, cells)
  }
  for (const cell of cells) if (cell !== view.block) return true
  return false
}

/** A feature cue with no outcome or pain in the sentence, nor an outcome elsewhere in its bullet. */
export function featureWithoutOutcome(view: SentenceView, cues: readonly Cue[]): Cue | undefined {
  const feature = cues.find((cue) => cue.kind === 'feature')
  if (!feature || cues.some((cue) => cue.kind === 'outcome' || cue.kind === 'pain')) return undefined
  if (view.kind === 'list-item' && view.unit.text !== view.text && unitHasOutcome(view)) return undefined
  return feature
}
