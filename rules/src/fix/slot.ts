// Which slot of the sentence flagged words fill, so that a rewrite is offered only where
// it fits: "Our seamless integrations" has an adjective before a noun, and replacing it
// with a verb phrase ("Our connects to ‹system›… integrations") breaks the sentence.
// The analysis has no part-of-speech tagger, and this needs none: the words around the
// flagged ones (a determiner before, a noun after, "is" before) and the kinds of rewrite
// the lexicon entry offers decide it. When the position is unclear, nothing is offered
// rather than a rewrite that may not fit.

import {rewriteOf, type LexiconEntry, type RewriteSlot} from '../lexicon/types'

/** Words after which an adjective is a predicate ("it is seamless", "feels intuitive"). */
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'feels', 'feel', 'looks', 'look', 'seems', 'seem', 'becomes', 'become', 'stays', 'stay', 'remains', 'remain', "it's", 'it’s', "that's", 'that’s', "they're", 'they’re', "we're", 'we’re', "you're", 'you’re', "isn't", 'isn’t', "aren't", 'aren’t'])
/** Degree words that may sit between a copula and an adjective ("is so seamless"). */
const DEGREE = new Set(['so', 'very', 'really', 'truly', 'more', 'most', 'too', 'quite', 'fully', 'also', 'always', 'still'])
/** Words before a noun phrase: what follows them is a thing, not a verb. */
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'its', 'his', 'her', 'my', 'this', 'that', 'these', 'those', 'every', 'each', 'any', 'some', 'no', 'more', 'most', 'truly', 'and', 'or', 'of', 'for', 'with', 'from', 'by', 'in', 'on', 'to', 'at'])
/** Words a noun phrase starts with, which a noun-phrase rewrite replaces with its own. */
const ARTICLES = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'its', 'this'])
/** Words that cannot be the noun an adjective modifies: what follows an adjective in a predicate or a clause. */
const NOT_NOUN = new Set([
  'and', 'or', 'but', 'nor', 'so', 'yet', 'than', 'as', 'to', 'for', 'with', 'without', 'in', 'on', 'at', 'by', 'from', 'of', 'into', 'across', 'through', 'that', 'which', 'who', 'when', 'while', 'because', 'if',
  'a', 'an', 'the', 'our', 'your', 'their', 'its', 'this', 'these', 'those', 'every', 'each', 'any', 'is', 'are', 'was', 'were', 'be', 'will', 'can', 'should', 'would', 'may', 'might', 'must', 'you', 'we', 'they', 'it', 'he', 'she', 'i', 'me', 'us', 'them', 'enough', 'too', 'also', 'out', 'up',
])
/** Where a verb's clause ends: what a verb-phrase rewrite replaces runs to here. */
const CLAUSE_END = /[.,;:!?()—–]|\s-\s|\s(?:and|but|so|because|while|which|where|when|if)\s/u

const WORD_BEFORE = /([\p{L}\p{N}'’]+)[\s"“*_]*$/u
const WORD_AFTER = /^[\s"”*_]*([\p{L}\p{N}‹][\p{L}\p{N}'’‹›-]*)/u

export interface SlotInSentence {
  slot: RewriteSlot
  /** Where the replaced words start: a noun phrase takes its article with it ("a game changer" → "the reason ‹customer›…"). */
  start?: number
  /** Where the replaced words end: a verb phrase takes its object with it ("supercharge your close"). */
  end: number
  /**
   * For an adjective: the noun it modifies, when it can be told (one or two words, then a
   * preposition, a conjunction or punctuation: "a robust platform for…"). A rewrite that
   * goes after a noun ("that keeps running through ‹failure›") then takes the adjective's
   * place behind the noun: "a platform that keeps running through ‹failure› for…".
   */
  noun?: {start: number; end: number}
}

/** What may follow a noun phrase, so the words before it are the whole noun (a verb would take an object: "engine reviews every"). */
const AFTER_NOUN = new Set(['for', 'with', 'without', 'in', 'on', 'at', 'by', 'from', 'of', 'to', 'across', 'into', 'through', 'and', 'or', 'but', 'so', 'that', 'which', 'who', 'than', 'as'])
const NOUN_RUN = /^ ([\p{L}][\p{L}\p{N}'’-]*)(?: ([\p{L}][\p{L}\p{N}'’-]*))?(?=([\s\S]*))/u

/** The noun right after an adjective ending at `end`, if it is one or two words and then a noun phrase's end. */
function nounAfter(text: string, end: number): SlotInSentence['noun'] {
  const run = NOUN_RUN.exec(text.slice(end))
  if (!run) return undefined
  const words = [run[1]!, run[2]].filter((word): word is string => word !== undefined)
  // Try the longer run first: "a robust data platform for…".
  for (let count = words.length; count >= 1; count--) {
    const taken = words.slice(0, count)
    if (taken.some((word) => NOT_NOUN.has(word.toLowerCase()))) continue
    const nounEnd = end + 1 + taken.join(' ').length
    const rest = text.slice(nounEnd)
    const following = /^\s+([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase()
    if (/^(?:[.,;:!?)]|\s*$)/u.test(rest) || (following !== undefined && AFTER_NOUN.has(following))) return {start: end + 1, end: nounEnd}
  }
  return undefined
}

/** The slot the words [start, end) of `text` fill, or undefined when it cannot be told. */
export function slotInSentence(text: string, start: number, end: number, entry: LexiconEntry): SlotInSentence | undefined {
  const flagged = text.slice(start, end).toLowerCase()
  // The two words before: all the patterns below read of the text before the flagged words.
  const before = text.slice(twoWordsBefore(text, start), start)
  const after = text.slice(end)
  const previous = WORD_BEFORE.exec(before)?.[1]?.toLowerCase()
  const next = WORD_AFTER.exec(after)?.[1]?.toLowerCase()
  const kinds = new Set(entry.rewrites.map((rewrite) => rewriteOf(rewrite).slot))

  // "seamlessly" (an adverb form of an adjective term; "user-friendly" is an adjective)
  if (/ly$/.test(flagged) && !/ly$/.test(entry.term)) return {slot: 'adverb', end}
  // A term whose every rewrite is a verb phrase is a verb ("supercharge", "unlock the power of").
  if (kinds.has('verb-phrase') && ![...kinds].some((kind) => kind === 'adjective' || kind === 'predicate' || kind === 'post-noun')) {
    // "supercharged", "transforming": a participle is not the verb of the clause.
    if (/(?:ed|ing)$/.test(flagged.split(' ')[0]!)) return undefined
    const clause = CLAUSE_END.exec(after)
    let verbEnd = end + (clause ? clause.index : after.length)
    while (verbEnd > end && /\s/.test(text[verbEnd - 1]!)) verbEnd--
    return {slot: 'verb-phrase', end: verbEnd}
  }
  const copula = previous !== undefined && (COPULAS.has(previous) || (DEGREE.has(previous) && COPULAS.has(wordBefore(before, previous.length) ?? '')))
  if (copula) return {slot: 'predicate', end}
  // "robust, scalable platform": a list of adjectives before the noun.
  const nextIsNoun = next !== undefined && !NOT_NOUN.has(next) && !/^[,;:.!?]/.test(after)
  const inAdjectiveList = /^,\s+[\p{L}-]+\s+[\p{L}]/u.test(after) && (previous === undefined || DETERMINERS.has(previous))
  if (nextIsNoun) {
    const noun = nounAfter(text, end)
    return noun ? {slot: 'adjective', end, noun} : {slot: 'adjective', end}
  }
  if (inAdjectiveList) return {slot: 'adjective', end}
  if (kinds.has('noun-phrase') && (previous === undefined || DETERMINERS.has(previous))) {
    // The rewrite brings its own article ("the option to…", "a choice of…"): the old one goes.
    const article = previous !== undefined && ARTICLES.has(previous) ? new RegExp(`(?<![\\p{L}\\p{N}])${previous}[\\s"“*_]*$`, 'iu').exec(before) : null
    return article ? {slot: 'noun-phrase', start: start - article[0].length, end} : {slot: 'noun-phrase', end}
  }
  return undefined
}

/**
 * Where the two words before `start` begin, with what lies between them: reading only
 * that much keeps a sentence of thousands of flagged words from costing its length each.
 */
function twoWordsBefore(text: string, start: number): number {
  let at = start
  for (let word = 0; word < 2; word++) {
    while (at > 0 && /[\s"“*_]/u.test(text[at - 1]!)) at--
    for (;;) {
      const pair = at >= 2 && /[\uDC00-\uDFFF]/.test(text[at - 1]!) && /[\uD800-\uDBFF]/.test(text[at - 2]!) ? 2 : 1
      if (at < pair || !/^[\p{L}\p{N}'’]$/u.test(text.slice(at - pair, at))) break
      at -= pair
    }
  }
  return at
}

/** The word before the last word of `before` (`lastLength` long). */
function wordBefore(before: string, lastLength: number): string | undefined {
  const trimmed = before.replace(/[\s"“*_]*$/u, '')
  return WORD_BEFORE.exec(trimmed.slice(0, trimmed.length - lastLength))?.[1]?.toLowerCase()
}

/** A rewrite that fits: `text` replaces the flagged words up to `end`. */
export interface FittingRewrite {
  /** The rewrite as the lexicon has it (for the suggestion's title). */
  rewrite: string
  /** What replaces [start, end): the rewrite, made to agree, or the noun then the rewrite. */
  text: string
  start: number
  end: number
}

/**
 * The rewrites that fit the slot, in the lexicon's order: verb phrases made to agree with
 * the flagged verb, and post-noun rewrites of an adjective placed behind its noun.
 */
export function fittingRewrites(entry: LexiconEntry, text: string, start: number, end: number, slot: SlotInSentence | undefined): FittingRewrite[] {
  const flagged = text.slice(start, end)
  const fitting: FittingRewrite[] = []
  for (const item of entry.rewrites) {
    const {text: rewrite, slot: fits} = rewriteOf(item)
    // A team's own rewrite (no slot) replaces the term wherever it is found, as the team wrote it.
    if (fits === undefined) fitting.push({rewrite, text: rewrite, start, end})
    if (fits === undefined || !slot) continue
    if (fits === slot.slot) fitting.push({rewrite, text: fits === 'verb-phrase' ? agreeWith(flagged, rewrite) : rewrite, start: slot.start ?? start, end: slot.end})
    else if (fits === 'post-noun' && slot.slot === 'adjective' && slot.noun) {
      fitting.push({rewrite, text: `${text.slice(slot.noun.start, slot.noun.end)} ${rewrite}`, start, end: slot.noun.end})
    }
  }
  return fitting
}

/** "cut ‹process›…" after "Acme revolutionizes" becomes "cuts ‹process›…", and "connects…" after "to unlock" becomes "connect…". */
export function agreeWith(flaggedVerb: string, rewrite: string): string {
  const first = /^\S+/.exec(rewrite)![0]
  const rest = rewrite.slice(first.length)
  const bare = first.replace(/,$/, '')
  const comma = first.endsWith(',') ? ',' : ''
  const thirdPerson = /[^s]s$/i.test(flaggedVerb.split(' ')[0]!)
  const isThird = /[^s]s$/.test(bare) || bare.endsWith('›s')
  if (thirdPerson === isThird) return rewrite
  return (thirdPerson ? withS(bare) : withoutS(bare)) + comma + rest
}

function withS(verb: string): string {
  if (verb.endsWith('›')) return `${verb}s`
  if (/(?:s|x|z|ch|sh)$/.test(verb)) return `${verb}es`
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`
  return `${verb}s`
}

function withoutS(verb: string): string {
  if (/[^aeiou]ies$/.test(verb)) return `${verb.slice(0, -3)}y`
  if (/(?:ss|x|z|ch|sh)es$/.test(verb)) return verb.slice(0, -2)
  return verb.slice(0, -1)
}

