// Is a sentence selling an offering, or is it process, instruction or plain talk?
// Words like "simple", "fast" or "leverage" are value claims only when they describe
// what is being sold ("a simple setup", "it is fast"); in "keep the agenda simple" or
// "leverage your network" they are ordinary English.

import type {SentenceModel} from '../markdown/model'
import {cuePattern} from './cue'
import {blockRange, type SentenceView} from './view'
import {quoteMarksOf, type QuoteMarks} from '../quote-marks'
import {countBefore} from '../sorted'

// The words below, and why each marks selling or not, are in rules/cues/context.yml.
const pattern = (name: string) => cuePattern('context', name)

/** `term` describes an offering noun right after it: "powerful search", "easy setup". */
const modifiesOffering = pattern('modifiesOffering')
/** A claim that names its offering noun: "the only revenue platform", "the most popular CRM". */
const claimNamesOffering = pattern('claimNamesOffering')
/** The offering (or the writer's company) is the subject: "It is fast", "Acme makes it simple". */
const offeringSubject = pattern('offeringSubject')
// A bullet or cell that opens with a present-tense verb has the offering as its
// implied subject: "Provides flexibility to scale", "Runs on minimal resources".
const verbFirst = pattern('verbFirst')
// Verbs that make whatever does them an offering: "Code search enables…", "X delivers…".
// Third-person forms only: a sentence-initial "Provide…" is an instruction.
const sellingVerb = pattern('sellingVerb')
// A benefit label or purpose: "**Result:** …", "… for easy containerization".
const benefitFrame = pattern('benefitFrame')
/** Copy that promises the buyer something: "lets you", "giving you", "your team gets". */
const promisesBuyer = pattern('promisesBuyer')
const promisesEverywhere = new RegExp(promisesBuyer.source, 'gi')
/** Planning and instructions: what someone will or should do, not what the offering is. */
const planningText = pattern('planningText')
/** Advice about what good looks like in general: "A good status page loads instantly". */
const genericCriteria = pattern('genericCriteria')
/** The word describes a limit, usually a competitor's: "limited to simple A/B tests". */
const limitation = pattern('limitation')
/** The word is denied: "not seamless", "isn't the fastest", "we are not going to be the first". */
const negation = pattern('negation')
/** How far before a word `negation` looks: "absence of" or "never" and three long words. */
const NEGATION_REACH = 60
/** Internal process and instructions to staff. */
const processText = pattern('processText')
const staffWords = pattern('staffWords')
// A sales role giving or taking instructions: "The AE should…", "SA: For the largest…".
// (Copy for a product sold to sales teams mentions reps too: "keeps every rep in step".)
const staffInstruction = pattern('staffInstruction')
/** A table cell that is only a price, a year or a mark: "$49", "2019", "Yes". */
const valueOnly = pattern('valueOnly')
/** A label and a one-word value: "Sales segment: Enterprise", "License: Proprietary". */
const fieldValue = pattern('fieldValue')
/** A column of outcomes: "Why it matters", "Benefit", "What you get". */
const outcomeHeader = pattern('outcomeHeader')
/** Heads the names in a record of values or a glossary ("Metadata", "Term"). */
const keyColumnHeader = pattern('keyColumnHeader')
/** A column that says whom each row suits or what kind it is ("Best for", "Type"). */
const audienceHeader = pattern('audienceHeader')

/**
 * What is true of a sentence as a whole, worked out on first asking. The checks below
 * are asked once per lexicon term or cue, and a sentence without full stops can hold
 * thousands of them: scanning the whole sentence for each would make the lint
 * quadratic in the sentence's length. Keyed by the sentence model, which the views of
 * one sentence (as linted, and as placed in the document) share.
 */
interface SentenceTraits {
  process?: boolean
  planning?: boolean
  genericCriteria?: boolean
  offeringIsSubject?: boolean
  benefitFrame?: boolean
  /** Where each buyer promise in the sentence ends (see `promisesBuyerBefore`). */
  promiseEnds?: number[]
  /** Where the sentence's first letter or digit starts and ends (Infinity for both when it has none). */
  firstLetter?: readonly [start: number, end: number]
  quoteMarks?: QuoteMarks
  titleCase?: boolean
}

const traitsByModel = new WeakMap<SentenceModel, SentenceTraits>()

function traitsOf(view: SentenceView): SentenceTraits {
  let traits = traitsByModel.get(view.model)
  if (!traits) traitsByModel.set(view.model, (traits = {}))
  return traits
}

export function isProcessText(view: SentenceView): boolean {
  const traits = traitsOf(view)
  return (traits.process ??= processText.test(view.text) || staffWords.test(view.text) || staffInstruction.test(view.text))
}

/** Is there a letter or digit in the sentence before `start`? */
export function hasLetterBefore(view: SentenceView, start: number): boolean {
  return firstLetterOf(view)[1] <= start
}

/** Where the sentence's first letter or digit is, found once per sentence. */
function firstLetterOf(view: SentenceView): readonly [number, number] {
  const traits = traitsOf(view)
  if (traits.firstLetter === undefined) {
    const first = /[\p{L}\p{N}]/u.exec(view.text)
    traits.firstLetter = first ? [first.index, first.index + first[0].length] : [Infinity, Infinity]
  }
  return traits.firstLetter
}

/**
 * Is the sentence written in Title Case, as headlines, feature bullets and card titles
 * are ("Works Seamlessly With Every Cloud")? There a capital marks the style, not a name.
 * Counted over words of four letters or more, so that short function words, which
 * headline style leaves in lower case, do not decide it.
 */
export function isTitleCase(view: SentenceView): boolean {
  const traits = traitsOf(view)
  if (traits.titleCase === undefined) {
    let long = 0
    let capitalized = 0
    for (const [word] of view.text.matchAll(/\p{L}[\p{L}'’-]{3,}/gu)) {
      long++
      if (/^\p{Lu}/u.test(word)) capitalized++
    }
    traits.titleCase = long >= 3 && capitalized === long
  }
  return traits.titleCase
}

/** The word in quotation marks is talked about, not used: terms such as “best-of-breed”. */
export function isMention(view: SentenceView, start: number, end: number): boolean {
  // The character before the word, not a `…$` pattern over everything before it.
  return start > 0 && '“"‘\'`'.includes(view.text[start - 1]) && /^[”"’'`]/u.test(view.text.slice(end))
}

/**
 * Inside a short quotation within a longer sentence: an example being discussed
 * ('turns vague talk into concrete "cut detection from 12 to 2 minutes" items'), not
 * the writer's claim. A fully quoted sentence (a testimonial) is still a claim.
 */
export function inShortQuote(view: SentenceView, start: number, end: number): boolean {
  const text = view.text
  // Quotation marks are looked up among the sentence's, found once: a sentence can hold
  // thousands of claims, and scanning it for each would be quadratic.
  const marks = (traitsOf(view).quoteMarks ??= quoteMarksOf(text))
  const curlyOpen = marks.curlyOpen[countBefore(marks.curlyOpen, start + 1) - 1] ?? -1
  const straightBefore = countBefore(marks.straight, start)
  const open = Math.max(curlyOpen, straightBefore % 2 === 1 ? marks.straight[straightBefore - 1] : -1)
  if (open === -1) return false
  const closers = text[open] === '“' ? marks.curlyClose : marks.straight
  const close = closers[countBefore(closers, end)] ?? -1
  if (close === -1 || countBefore(closers, start) > countBefore(closers, open + 1)) return false
  return atLeastWords(text, 0, open, 3) + atLeastWords(text, close + 1, text.length, 3) >= 3
}

/** The words (runs of letters and digits) in text[from, to), counted up to `enough`. */
function atLeastWords(text: string, from: number, to: number, enough: number): number {
  const words = /[\p{L}\p{N}]+/gu
  words.lastIndex = from
  let count = 0
  while (count < enough) {
    const word = words.exec(text)
    if (!word || word.index >= to) break
    // A word cut by the bound still counts, as it would in the cut text.
    count++
  }
  return count
}

/**
 * A comparison or pricing table's cell that holds only a price, a year, a mark or a single
 * word ("$49", "2019", "Yes", "AGPL-3.0", "12", "Private"): the row and the column name
 * what it is the value of, so the cell states no feature of its own. (A plan limit in
 * words, "50 GB" or "Up to 1M", is a feature.)
 */
export function isValueCell(view: SentenceView): boolean {
  const table = view.block.table
  if (table === undefined || table.header || table.column === 0) return false
  return view.model.wordCount === 1 || (view.text.length <= VALUE_CELL_CHARS && valueOnly.test(view.text))
}

/** Longer than any price with its period ("from $1,250 per user per month"). */
const VALUE_CELL_CHARS = 48

/**
 * A label with a one-word value ("Sales segment: Enterprise", "**License:** Proprietary"):
 * a field filled in, as a key–value table row is, not a capability. A value with a digit
 * is a plan limit ("Requests: 40,000/month"), a feature by the guidelines.
 */
export function isFieldValue(view: SentenceView): boolean {
  return view.model.wordCount <= FIELD_VALUE_WORDS && fieldValue.test(view.text)
}

/** More words than a label of a few words and its value. */
const FIELD_VALUE_WORDS = 10

/**
 * A sentence that is only a link from `from` on ("[Q3 roadmap](…)", a cell "[Data team](…)"):
 * a reference to another page, which states nothing of its own. `from` defaults to the
 * first letter or digit, past list marks and emoji.
 */
export function isLinkOnly(view: SentenceView, from?: number): boolean {
  if (view.block.links.length === 0) return false
  const first = from ?? Math.min(firstLetterOf(view)[0], view.text.length)
  // Block offsets, as the links are (a placed view's ranges are shifted by its chunk's start).
  const [start, end] = blockRange(view.block, view.source, view.model.start + first, view.model.end)
  // Two characters of slack each side: the brackets, or a trailing mark outside the link.
  return view.block.links.some(([a, b]) => a <= start + 2 && b >= end - 2)
}

/** Does a column header name the buyer's gain ("Why it matters", "Benefit")? */
export function isOutcomeHeader(header: string | undefined): boolean {
  return header !== undefined && header.length <= OUTCOME_HEADER_CHARS && outcomeHeader.test(header)
}

/** Longer than any outcome column's header ("What it means for the buyer"). */
const OUTCOME_HEADER_CHARS = 40

/** A table cell under an outcome column: the outcome of its row, not a feature. */
export function isOutcomeCell(view: SentenceView): boolean {
  return view.block.table !== undefined && !view.block.table.header && isOutcomeHeader(view.unit.columnHeader)
}

/** Longer than any key column's header ("**Abbreviations**"). */
const KEY_HEADER_CHARS = 30

/**
 * A cell beside a name in a record or a glossary (first column headed "Metadata",
 * "Term", "Acronym"…): the name's value ("Available for | All agents") or meaning, not a
 * feature. (A "Field" or "Setting" table's descriptions do state capabilities.)
 */
export function isKeyValueCell(view: SentenceView): boolean {
  const table = view.block.table
  if (table === undefined || table.header || table.column === 0) return false
  const {row, rowHeaders} = view.unit
  // The row's first cell is in the first column, so the first of its headers is that column's.
  const keyHeader = row?.[0]?.table?.column === 0 ? rowHeaders?.[0] : undefined
  return keyHeader !== undefined && keyHeader.length <= KEY_HEADER_CHARS && keyColumnHeader.test(keyHeader)
}

/** Longer than any audience or category column's header ("Who it's for"). */
const AUDIENCE_HEADER_CHARS = 30

/**
 * A cell under a column that says whom each row suits or what kind of product it is
 * ("Best for | Growing finance teams", "Type | Accounting software"): an audience or a
 * category, not a capability.
 */
export function isAudienceCell(view: SentenceView): boolean {
  const header = view.unit.columnHeader
  return view.block.table !== undefined && !view.block.table.header && header !== undefined && header.length <= AUDIENCE_HEADER_CHARS && audienceHeader.test(header)
}

/** A question asks; it does not claim. */
export function isQuestion(view: SentenceView): boolean {
  return /\?\s*["'”’)*_]*\s*$/.test(view.text)
}

/** Internal planning or instructions to staff. */
export function isPlanningText(view: SentenceView): boolean {
  const traits = traitsOf(view)
  return (traits.planning ??= planningText.test(view.text))
}

/** Why the words at [start, end) are not a value claim: the sentence plans, instructs or limits. */
export function notAClaimReason(view: SentenceView, start: number, end = start): string | undefined {
  if (isMention(view, start, end)) return 'mentions the word rather than using it'
  if (isProcessText(view)) return 'process or instruction text'
  if (isPlanningText(view)) return 'planning text'
  if (limitation.test(view.text.slice(limitationReach(view.text, start), start))) return 'describes a limitation'
  const traits = traitsOf(view)
  if ((traits.genericCriteria ??= genericCriteria.test(view.text))) return 'describes what good looks like in general'
  return undefined
}

/** Is the word at `start` negated ("not seamless", "isn't robust", "never easy")? */
export function isNegated(view: SentenceView, start: number): boolean {
  return negation.test(view.text.slice(Math.max(0, start - NEGATION_REACH), start))
}

/** The longest of the `limitation` words ("restricted to"), plus one character for its `\b`. */
const LIMITATION_WORDS_REACH = 'restricted to'.length + 1

/**
 * Where a `limitation` match ending at `start` can begin: the words, then whitespace,
 * at most one word and whitespace. The pattern is tested on that tail only, which gives
 * the answer a test of the whole text before the term would give, in time that does not
 * grow with the sentence.
 */
function limitationReach(text: string, start: number): number {
  let at = start
  while (at > 0 && /\s/.test(text[at - 1])) at--
  while (at > 0 && /\w/.test(text[at - 1])) at--
  while (at > 0 && /\s/.test(text[at - 1])) at--
  return Math.max(0, at - LIMITATION_WORDS_REACH)
}

/**
 * Whether the sentence promises the buyer something before `start`. The promises are
 * found once per sentence, scanning from every position (a promise may begin inside
 * another), and each query compares offsets: testing `promisesBuyer` on the text before
 * each term would rescan the sentence for every term. Each position has at most one way
 * to match (no alternative is a prefix of another that also ends at a word boundary),
 * so the end found from a position is the only one. A promise ending right at `start`
 * ends a word in the text cut there too, unless `start` falls inside an ASCII word,
 * where the cut makes a boundary the text does not have: that case tests the cut text.
 */
function promisesBuyerBefore(view: SentenceView, start: number): boolean {
  const text = view.text
  if (start > 0 && start < text.length && /\w/.test(text[start - 1]) && /\w/.test(text[start])) return promisesBuyer.test(text.slice(0, start))
  const traits = traitsOf(view)
  if (!traits.promiseEnds) {
    const ends: number[] = []
    promisesEverywhere.lastIndex = 0
    for (let match = promisesEverywhere.exec(text); match; match = promisesEverywhere.exec(text)) {
      ends.push(match.index + match[0].length)
      promisesEverywhere.lastIndex = match.index + 1
    }
    promisesEverywhere.lastIndex = 0
    traits.promiseEnds = ends
  }
  return traits.promiseEnds.some((end) => end <= start)
}

/**
 * Why the lexicon term at [start, end) sells an offering, or undefined when nothing
 * says so: it modifies an offering noun, the offering is the subject, or the sentence
 * promises the buyer something.
 */
export function sellingReason(view: SentenceView, start: number, end: number, {claim = false} = {}): string | undefined {
  if (modifiesOffering.test(view.text.slice(end))) return 'describes an offering noun'
  if (claim && claimNamesOffering.test(view.text.slice(start))) return 'describes an offering noun'
  const traits = traitsOf(view)
  if ((traits.offeringIsSubject ??= offeringSubject.test(view.text) || verbFirst.test(view.text) || sellingVerb.test(view.text))) return 'the offering is the subject'
  if ((traits.benefitFrame ??= benefitFrame.test(view.text))) return 'a benefit statement'
  if (promisesBuyerBefore(view, start)) return 'promises the buyer something'
  return undefined
}

/** Does the lexicon term at [start, end) make a value claim about an offering? */
export function isSellingContext(view: SentenceView, start: number, end: number): boolean {
  return notAClaimReason(view, start) === undefined && sellingReason(view, start, end) !== undefined
}
