// Whose voice is a sentence in? A careful product-marketing reader asks this before
// judging a claim: in a battlecard, "Globex provides an app catalog" is the rival's
// feature, not ours; in a case study, "We needed a tool that made onboarding easy" is
// the customer's need; a quoted sentence is a customer speaking. The call comes from
// where the sentence sits (a competitor's table column, a blockquote, a quotation) and
// from its subject, read off its first words. Pure and cheap: it runs on every
// sentence, so patterns are compiled once, here or once per competitor list. The words
// are data in voice-words.ts; names from a title come from voice-title.ts.

import {PEOPLE_NOUNS, isNameToken} from './subject'
import type {SentenceView} from './view'
import {
  CALLOUTS,
  CUSTOMER_ACTIONS,
  CUSTOMER_HEADERS,
  CUSTOMER_NEEDS,
  GENERIC_HEADERS,
  NAME_VERBS,
  NEWS_VERBS,
  OFFERING_NOUNS,
  OFFERING_VERBS,
  OURS_HEADERS,
  PAST_OPENERS,
  PAST_VERBS,
  PRESENT_PASSIVE_AUXILIARIES,
  READER_OPENERS,
  RIVAL_CLAIM_VERBS,
  RIVAL_HEADER_PREFIXES,
  RIVAL_HEADERS,
  RIVAL_SETTING_OPENERS,
  RIVAL_SUBJECT_PREFIXES,
  RIVAL_SUBJECTS,
  SCENE_OPENERS,
  SWITCH_OPENERS,
  TESTIMONIAL_VERBS,
  alternation,
  normalizePhrase,
  phrasesOf,
  type VoicePhrases,
} from './voice-words'

export {competitorsFromTitle, documentTitle} from './voice-title'

export type Voice = 'ours' | 'competitor' | 'customer' | 'reader' | 'neutral'

export interface VoiceContext {
  /** Competitor names (from config and from the document title), matched case-insensitively on word boundaries. */
  competitors: readonly string[]
  /** Our product/company name when the document says it (e.g. the X of an "X vs Y" title). */
  ours?: string
}

export interface VoiceCall {
  voice: Voice
  reason: string
  /** Indices into `view.text` of the words that decided it (0, 0 when none did: a column, a blockquote). */
  start: number
  end: number
}

// ---------------------------------------------------------------------------
// Word lists compiled once.

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])'
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])'

/** The reason of the group a matched phrase came from. */
function reasonsOf(...lists: ReadonlyArray<readonly VoicePhrases[]>): Map<string, string> {
  const reasons = new Map<string, string>()
  for (const groups of lists) for (const {phrases, reason} of groups) for (const phrase of phrases) if (!reasons.has(normalizePhrase(phrase))) reasons.set(normalizePhrase(phrase), reason)
  return reasons
}

const REASONS = reasonsOf(RIVAL_SUBJECT_PREFIXES, CUSTOMER_NEEDS, CUSTOMER_ACTIONS, PAST_VERBS, RIVAL_CLAIM_VERBS, TESTIMONIAL_VERBS, RIVAL_SUBJECTS, SWITCH_OPENERS, READER_OPENERS, OFFERING_VERBS, NAME_VERBS, OFFERING_NOUNS)

function reasonFor(words: string, fallback: string): string {
  return REASONS.get(normalizePhrase(words)) ?? fallback
}

/** A sticky pattern: matches only at `lastIndex`. */
function sticky(source: string): RegExp {
  return new RegExp(source, 'iuy')
}

function at(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index
  return pattern.exec(text)
}

// ---------------------------------------------------------------------------
// Word guards. Almost every pattern below can only match where one of a few words
// starts ("we", "they", "unlike", "needed"), and most sentences start with none of them.
// One walk over the word at an index gives a bit mask of the patterns that could match
// there, so a regex runs only where its first word allows. A guard only ever skips a
// pattern that could not have matched: every pattern is still what decides.

/** Words a pattern can start with (lowercase ASCII letters; '' for a pattern that can start with an ASCII non-letter); null when no word rules the pattern out. */
type Keys = ReadonlySet<string> | null

// Bits of the patterns the word at an index could start (see `WordTable`).
const B_READER = 1 << 0
const B_CONJUNCTION = 1 << 1
const B_OPENER = 1 << 2
const B_SWITCH_OPENER = 1 << 3
const B_SETTING_OPENER = 1 << 4
const B_PAST_OPENER = 1 << 5
const B_DETERMINER = 1 << 6
const B_YOU = 1 << 7
const B_WE = 1 << 8
const B_OUR = 1 << 9
const B_I = 1 << 10
const B_THEY = 1 << 11
const B_IT = 1 << 12
const B_DUMMY_IT = 1 << 13
/** A word a rival subject of two or more words starts with ("most", "the"), before a space. */
const B_RIVAL_SUBJECT = 1 << 14
/** A word people (`PEOPLE`) can start with: "the", "sales", a number… */
const B_PEOPLE_PREFIX = 1 << 15
const B_OFFERING_SUBJECT = 1 << 16
const B_VERB_FIRST = 1 << 17
const B_NEED = 1 << 18
const B_CUSTOMER_VERB = 1 << 19
const B_PAST = 1 << 20
const B_CLAIM = 1 << 21
const B_NAME_PAST = 1 << 22
const B_NAME_PRESENT = 1 << 23
const B_NAME_VERB = 1 << 24
/** A word ending in "ed": a past tense by its ending (`ED_VERB`). */
const B_ENDS_ED = 1 << 25
/** A word ending in "s": a third-person verb by its ending (`NAME_PRESENT`). */
const B_ENDS_S = 1 << 26
/** A people noun ("teams", "customers"). */
const B_PEOPLE_NOUN = 1 << 27
/** A word an offering noun starts with ("platform", "free tier"). */
const B_OFFERING_NOUN = 1 << 28
/** A word that starts a rival subject on its own ("competitors", "legacy …", "old-school …"). */
const B_RIVAL_ANY = 1 << 29
/** One of the names of a `WordTable` of names. */
const B_NAME = 1

const A = 0x61
const Z = 0x7a

/**
 * Words (lowercase ASCII letters), each with the bits of the patterns it can start, in a
 * table indexed by a hash of the word. `maskAt` reads the run of ASCII letters at an index,
 * case-insensitively and with no allocation, and gives the bits of every word with the
 * same hash: two words sharing a slot only make a pattern run where it cannot match,
 * never skip one that could.
 */
class WordTable {
  private readonly bits: Int32Array
  private readonly slots: number
  /** Bits for a run of no letters: an ASCII non-letter, or the end of the text. */
  private empty = 0
  /** Bits that no word rules out. */
  private always = 0
  /** Where the run of letters read by the last `maskAt` ends (unless it gave -1). */
  end = 0

  constructor(size: number) {
    this.bits = new Int32Array(size)
    this.slots = size - 1
  }

  add(keys: Keys, bits: number): this {
    if (keys === null) {
      this.always |= bits
      return this
    }
    for (const key of keys) {
      if (!/^[a-z]*$/.test(key)) this.always |= bits
      else if (key === '') this.empty |= bits
      else {
        let hash = 0
        for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0
        this.bits[(hash ^ (hash >>> 15)) & this.slots] |= bits
      }
    }
    return this
  }

  /**
   * The bits of the patterns that could start at `index`, from the run of ASCII letters
   * there (plus `B_ENDS_ED`/`B_ENDS_S` by its ending). Every bit (-1) when "ſ" or the
   * Kelvin sign starts the run, is in it or follows it: case-insensitive Unicode matching
   * folds them (and no other character outside ASCII) to ASCII letters, so then no word
   * can be ruled out.
   */
  maskAt(text: string, index: number): number {
    let hash = 0
    let end = index
    let last = 0
    let previous = 0
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end)
      if (code >= 0x80) {
        if (code === 0x17f || code === 0x212a) return -1
        break
      }
      const lower = code | 0x20
      if (lower < A || lower > Z) break
      hash = (Math.imul(hash, 31) + lower) | 0
      previous = last
      last = lower
    }
    this.end = end
    if (end === index) return this.empty | this.always
    let mask = this.bits[(hash ^ (hash >>> 15)) & this.slots]! | this.always
    if (last === 0x73) mask |= B_ENDS_S
    else if (last === 0x64 && previous === 0x65) mask |= B_ENDS_ED
    return mask
  }
}

/**
 * The first word of each phrase (its leading ASCII letters, '' for none), for a pattern
 * in which each phrase is followed by something that matches no ASCII letter (a
 * boundary, a space): where the pattern matches, the run of ASCII letters is that word.
 * null when a phrase has a non-ASCII character where its first word could end.
 */
function leadKeys(...lists: ReadonlyArray<readonly string[]>): Keys {
  const keys = new Set<string>()
  for (const phrases of lists) {
    for (const phrase of phrases) {
      const normalized = normalizePhrase(phrase)
      const lead = /^[a-z]*/.exec(normalized)![0]
      if (normalized.charCodeAt(lead.length) >= 0x80) return null
      keys.add(lead)
    }
  }
  return keys
}

/**
 * The words a regex source such as `(?:people|teams?|organi[sz]ations?)` matches, when it
 * is only a list of words of letters, optional letters and letter classes; null otherwise.
 */
function wordsOf(source: string): string[] | null {
  const body = /^\(\?:([^()]*)\)$/.exec(source)?.[1] ?? source
  const words: string[] = []
  for (const alternative of body.split('|')) {
    if (!/^(?:(?:[a-z]|\[[a-z]+\])\??)+$/.test(alternative)) return null
    let forms = ['']
    for (const [, token, optional] of alternative.matchAll(/([a-z]|\[[a-z]+\])(\?)?/g)) {
      const chars = token!.length === 1 ? [token!] : [...token!.slice(1, -1)]
      forms = forms.flatMap((form) => [...(optional ? [form] : []), ...chars.map((char) => form + char)])
    }
    words.push(...forms)
  }
  return words
}

function union(...lists: Keys[]): Keys {
  const keys = new Set<string>()
  for (const list of lists) {
    if (list === null) return null
    for (const key of list) keys.add(key)
  }
  return keys
}

const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’.&+-]*`
/** A past-tense verb by its ending ("migrated", "needed"), not "need", "speed" or "embed". */
const ED_VERB = String.raw`[a-z]{2,}(?<![e])ed`

const SKIP_NON_WORDS = /[^\p{L}\p{N}]*/uy
/** "Pricing: …", "Globex: …": a label before the sentence proper. */
const LABEL = /([\p{L}\p{N}][\p{L}\p{N}.&/+'’()-]*(?: [\p{L}\p{N}.&/+'’()-]+){0,2})\s*:\s+(?=\S)/uy
const CONJUNCTIONS = ['and', 'but', 'so', 'yet', 'plus', 'also', 'still', 'even', 'only', 'now', 'today', 'then', 'instead', 'meanwhile', 'sadly', 'unfortunately']
const LEADING_CONJUNCTION = sticky(String.raw`(?:${CONJUNCTIONS.join('|')})\s+(?=[\p{L}\p{N}])`)
const OPENER_WORDS = alternation(phrasesOf(SCENE_OPENERS))
/** An opening phrase ended by a comma: "Unlike Acme, …", "Before Acme, …", "On Globex's free plan, …". */
const OPENER = sticky(String.raw`${OPENER_WORDS}${BOUNDARY_AFTER}[^,;:.!?]{0,80}?,\s+`)
const PAST_OPENER = sticky(alternation(phrasesOf(PAST_OPENERS)) + BOUNDARY_AFTER)
const SWITCH_OPENER = sticky(alternation(phrasesOf(SWITCH_OPENERS)) + BOUNDARY_AFTER)
const SETTING_OPENER = sticky(String.raw`${alternation(phrasesOf(RIVAL_SETTING_OPENERS))}\s+(?:(?:the|a|an|its|their)\s+)?`)
const DETERMINERS = ['the', 'a', 'an', 'even', 'both', 'only', 'every', 'all', 'each']
const DETERMINER = sticky(String.raw`(?:${DETERMINERS.join('|')})\s+`)

const YOU = sticky(String.raw`(?:you|your|yours|yourself|yourselves|you['’](?:re|ll|ve|d))${BOUNDARY_AFTER}`)
const WE = sticky(String.raw`(?:we|we['’](?:re|ve|d|ll)|us)${BOUNDARY_AFTER}`)
const OUR = sticky(String.raw`(?:our|ours)${BOUNDARY_AFTER}`)
const I = sticky(String.raw`(?:i|i['’](?:m|ve|d|ll)|my)${BOUNDARY_AFTER}`)
const THEY = sticky(String.raw`(?:they|their|theirs|them|they['’](?:re|ve|d|ll))${BOUNDARY_AFTER}`)
const IT = sticky(String.raw`(?:it|its|it['’]s)${BOUNDARY_AFTER}`)
/** "It takes…", "It's worth…": "it" stands for nothing. */
const DUMMY_IT = sticky(String.raw`it(?:['’]s|\s+is|\s+was)?\s+(?:takes|took|worth|seems|seemed|turns out|turned out|no secret|time|not just|not about|depends|happens|pays|makes sense|goes without)${BOUNDARY_AFTER}`)
const PEOPLE_PREFIXES = ['the', 'many', 'most', 'some', 'all', 'each', 'every', 'new', 'existing', 'these', 'those', 'enterprise', 'small', 'large', 'security', 'engineering', 'product', 'sales', 'marketing', 'support', 'devops', 'platform', 'it', 'ops', 'finance', 'data']
const PEOPLE = sticky(String.raw`(?:(?:${PEOPLE_PREFIXES.join('|')}|\d[\d,]*\+?)\s+){0,2}${PEOPLE_NOUNS}${BOUNDARY_AFTER}(?:['’]s?)?`)
const PEOPLE_ON = sticky(String.raw`\s+(?:on|using|with|of|at|in|stuck on|stuck with|still on)\s+(?:(?:the|a|an)\s+)?`)
const RIVAL_SUBJECT = sticky(String.raw`(?:${alternation(phrasesOf(RIVAL_SUBJECTS))}|${alternation(phrasesOf(RIVAL_SUBJECT_PREFIXES))}\s+(?:[\p{L}\p{N}-]+\s+)?[\p{L}\p{N}-]+s)${BOUNDARY_AFTER}`)
const OFFERING_DETERMINERS = ['the', 'this', 'these', 'its']
const OFFERING_SUBJECT = sticky(String.raw`(?:${OFFERING_DETERMINERS.join('|')})\s+(?:${WORD}\s+){0,2}?${alternation(phrasesOf(OFFERING_NOUNS))}${BOUNDARY_AFTER}`)
// A verb alone ("Exports", "Integrates") is a row label, not a bullet with an implied subject.
const VERB_ADVERBS = ['easily', 'quickly', 'instantly', 'automatically', 'natively', 'securely', 'also', 'now', 'fully', 'still', 'only']
const VERB_FIRST = sticky(String.raw`(?:(?:${VERB_ADVERBS.join('|')})\s+)?${alternation(phrasesOf(OFFERING_VERBS))}${BOUNDARY_AFTER}(?=[^\p{L}\p{N}]*[\p{L}\p{N}])`)
const READER_OPENER = sticky(alternation(phrasesOf(READER_OPENERS)) + BOUNDARY_AFTER)
/** A capitalized name with up to two more capitalized words, and a possessive: "Initech's", "Globex Cloud". */
const NAME = /(\p{Lu}[\p{L}\p{N}.&+-]*)(?:\s+\p{Lu}[\p{L}\p{N}.&+-]*){0,2}(['’]s?)?(?![\p{L}\p{N}])/uy

const NEEDS = alternation(phrasesOf(CUSTOMER_NEEDS))
const ACTIONS = alternation(phrasesOf(CUSTOMER_ACTIONS))
const PASTS = alternation(phrasesOf(PAST_VERBS))
/** The words between a name and an "-ed" word end in a present auxiliary: the "-ed" word is a passive participle. */
const ENDS_IN_PRESENT_PASSIVE = new RegExp(String.raw`${BOUNDARY_BEFORE}(?:${alternation(phrasesOf(PRESENT_PASSIVE_AUXILIARIES))})\s*$`, 'iu')
const CLAIMS = alternation(phrasesOf(RIVAL_CLAIM_VERBS))
// The verb after a subject, as sticky patterns tried at each of the next few word starts
// (see `verbAfter`): a bounded quantifier over words in front of a long alternation
// makes V8 compile the alternation once per repetition, which cost milliseconds at start-up.
const verbAt = (alternatives: string) => sticky(String.raw`(?<verb>${alternatives})${BOUNDARY_AFTER}`)
/** "We needed…", "Our engineers were spending…": a customer's need. */
const NEED = verbAt(NEEDS)
/** "Initech was looking for…", "Initech's engineers spent…", "Initech chose…". */
const CUSTOMER_VERB = verbAt(`${NEEDS}|${ACTIONS}`)
/** "They ran into…", "The team migrated…": needs, or any past tense. */
const PAST = verbAt(`${NEEDS}|${ACTIONS}|${PASTS}|${ED_VERB}`)
const CLAIM = verbAt(CLAIMS)
/** "Northwind Foods cut its close…": what a named customer did (not news such as "named" or "launched"). */
const NAME_PAST = sticky(String.raw`(?!${alternation(phrasesOf(NEWS_VERBS))}${BOUNDARY_AFTER})(?<verb>${PASTS}|${ED_VERB})${BOUNDARY_AFTER}`)
/** "Acme matches card lines…": a third-person verb right after a name (not a plural noun such as "users"). */
const PRESENT_ADVERBS = ['also', 'now', 'automatically', 'then', 'still', 'only', 'already', 'even', 'instantly', 'quickly', 'simply', 'just']
const NAME_PRESENT = sticky(String.raw`(?:(?:${PRESENT_ADVERBS.join('|')})\s+)?(?!${PEOPLE_NOUNS}${BOUNDARY_AFTER}|(?:was|its|this|ops|devops|analytics|sales|news|series|always|perhaps|sometimes|whereas|towards|afterwards|yes)${BOUNDARY_AFTER})(?<verb>[a-z]+(?<![su]s|is)s)${BOUNDARY_AFTER}`)
const NAME_VERB = verbAt(alternation(phrasesOf(NAME_VERBS)))
/** Any past tense anywhere (after a "Before…," or "Previously," opener). */
const ANY_PAST = new RegExp(String.raw`${BOUNDARY_BEFORE}(?:${NEEDS}|${ACTIONS}|${PASTS}|${ED_VERB})${BOUNDARY_AFTER}`, 'giu')
const SEPARATORS = /[\s,]*/y
const ONE_WORD = new RegExp(WORD, 'uy')

const PEOPLE_NOUN_WORDS = wordsOf(PEOPLE_NOUNS)

/**
 * The words of phrases (normalized) split for a guard on their first two words: `any`,
 * the first words of phrases that are one word or go on with something other than a
 * space (and of `prefixes`, which any words may follow); `first` and `second`, the first
 * two words of the others. null throughout when a character outside ASCII is in the way.
 */
function firstTwoWords(phrases: readonly string[], prefixes: readonly string[]): {any: Keys; first: Keys; second: Keys} {
  const any = new Set<string>()
  const first = new Set<string>()
  const second = new Set<string>()
  for (const prefix of prefixes) {
    const lead = /^[a-z]*/.exec(normalizePhrase(prefix))![0]
    if (normalizePhrase(prefix).charCodeAt(lead.length) >= 0x80) return {any: null, first: null, second: null}
    any.add(lead)
  }
  for (const phrase of phrases) {
    const normalized = normalizePhrase(phrase)
    const lead = /^[a-z]*/.exec(normalized)![0]
    const rest = normalized.slice(lead.length)
    if (/^ [a-z]/.test(rest)) {
      const next = /^[a-z]*/.exec(rest.slice(1))![0]
      if (rest.charCodeAt(1 + next.length) >= 0x80) return {any: null, first: null, second: null}
      first.add(lead)
      second.add(next)
    } else {
      if (rest.charCodeAt(0) >= 0x80) return {any: null, first: null, second: null}
      any.add(lead)
    }
  }
  return {any, first, second}
}
const RIVAL_WORDS = firstTwoWords(phrasesOf(RIVAL_SUBJECTS), phrasesOf(RIVAL_SUBJECT_PREFIXES))
const READER_WORDS = firstTwoWords(phrasesOf(READER_OPENERS), [])
const PAST_OPENER_WORDS = firstTwoWords(phrasesOf(PAST_OPENERS), [])
// `VERB_FIRST`: a verb, or an adverb and then a verb.
const VERB_LEADS = leadKeys(phrasesOf(OFFERING_VERBS))
const VERB_WORDS = {any: VERB_LEADS, first: new Set(VERB_ADVERBS), second: VERB_LEADS}

// Words that start a pattern with no second word to check (see `mayStartPhrase`): their bits, in a table of their own.
const A_READER = 1 << 0
const A_PAST_OPENER = 1 << 1
const A_VERB = 1 << 2
const ANY_WORDS = new WordTable(1024)
  .add(READER_WORDS.any, A_READER)
  .add(PAST_OPENER_WORDS.any, A_PAST_OPENER)
  .add(VERB_WORDS.any, A_VERB)

// The word after the first (after spaces): its bits, in a table of its own.
const S_RIVAL = 1 << 0
const S_PEOPLE_ON = 1 << 1
const S_READER = 1 << 2
const S_PAST_OPENER = 1 << 3
const S_VERB = 1 << 4
/** The word after "it" in `DUMMY_IT`: "is", "was", "takes", "turns"… */
const S_DUMMY = 1 << 5
/** A verb after a quotation (`TESTIMONIAL_AFTER`). */
const S_TESTIMONIAL = 1 << 6
const SECOND_WORDS = new WordTable(1024)
  .add(RIVAL_WORDS.second, S_RIVAL)
  .add(new Set(['on', 'using', 'with', 'of', 'at', 'in', 'stuck', 'still']), S_PEOPLE_ON)
  .add(READER_WORDS.second, S_READER)
  .add(PAST_OPENER_WORDS.second, S_PAST_OPENER)
  .add(VERB_WORDS.second, S_VERB)
  .add(new Set(['is', 'was', 'takes', 'took', 'worth', 'seems', 'seemed', 'turns', 'turned', 'no', 'time', 'not', 'depends', 'happens', 'pays', 'makes', 'goes']), S_DUMMY)
  .add(leadKeys(phrasesOf(TESTIMONIAL_VERBS)), S_TESTIMONIAL)

/**
 * Can a phrase pattern start at `p`, where the word has the bits `mask`? `bit` says the
 * word starts one of its phrases; then either it starts one that needs no second word
 * (`anyBit`), or the word after it (after spaces) starts the second word of one (`secondBit`).
 */
function mayStartPhrase(text: string, p: number, mask: number, bit: number, anyBit: number, secondBit: number): boolean {
  if ((mask & bit) === 0) return false
  if (mask === -1 || ANY_WORDS.maskAt(text, p) & anyBit) return true
  return (wordAfterSpaces(text, lettersEnd(text, p)) & secondBit) !== 0
}

/** Can `DUMMY_IT` match at `p` (where the word has the bits `mask`)? "It" and an apostrophe, or "it" and one of its next words. */
function mayBeDummyIt(text: string, p: number, mask: number): boolean {
  if ((mask & B_DUMMY_IT) === 0) return false
  if (mask === -1) return true
  const end = lettersEnd(text, p)
  const next = text.charCodeAt(end)
  return next === 0x27 || next === 0x2019 || (wordAfterSpaces(text, end) & S_DUMMY) !== 0
}

/** Can `TESTIMONIAL_AFTER` match at `index`: a verb after spaces and punctuation? */
function mayBeTestimonialAfter(text: string, index: number): boolean {
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // Spaces and , . ; : ! ?
    if (isAsciiSpace(code) || code === 0x2c || code === 0x2e || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f) continue
    if (code >= 0x80 && !isPunctuationMark(code)) return true
    break
  }
  return (SECOND_WORDS.maskAt(text, index) & S_TESTIMONIAL) !== 0
}

/** The bits (in `SECOND_WORDS`) of the word after the spaces at `index`: 0 when no space is there, -1 when a character outside ASCII is. */
function wordAfterSpaces(text: string, index: number): number {
  const start = spacesEnd(text, index)
  if (start === -1) return -1
  return start === index ? 0 : SECOND_WORDS.maskAt(text, start)
}

/** Which patterns each word can start (each pattern's words as written above). */
const WORDS = new WordTable(8192)
  .add(leadKeys(phrasesOf(READER_OPENERS)), B_READER)
  .add(new Set(CONJUNCTIONS), B_CONJUNCTION)
  .add(leadKeys(phrasesOf(SCENE_OPENERS)), B_OPENER)
  .add(leadKeys(phrasesOf(SWITCH_OPENERS)), B_SWITCH_OPENER)
  .add(leadKeys(phrasesOf(RIVAL_SETTING_OPENERS)), B_SETTING_OPENER)
  .add(leadKeys(phrasesOf(PAST_OPENERS)), B_PAST_OPENER)
  .add(new Set(DETERMINERS), B_DETERMINER)
  // A contraction ("you're", "it's") starts with its pronoun.
  .add(new Set(['you', 'your', 'yours', 'yourself', 'yourselves']), B_YOU)
  .add(new Set(['we', 'us']), B_WE)
  .add(new Set(['our', 'ours']), B_OUR)
  .add(new Set(['i', 'my']), B_I)
  .add(new Set(['they', 'their', 'theirs', 'them']), B_THEY)
  .add(new Set(['it', 'its']), B_IT)
  .add(new Set(['it']), B_DUMMY_IT)
  .add(RIVAL_WORDS.first, B_RIVAL_SUBJECT)
  .add(RIVAL_WORDS.any, B_RIVAL_ANY)
  // '' for a number ("200 teams"); no guard unless the people nouns are a plain list of words.
  .add(new Set(['', ...PEOPLE_PREFIXES]), B_PEOPLE_PREFIX)
  .add(PEOPLE_NOUN_WORDS && leadKeys(PEOPLE_NOUN_WORDS), B_PEOPLE_NOUN)
  .add(leadKeys(phrasesOf(OFFERING_NOUNS)), B_OFFERING_NOUN)
  .add(new Set(OFFERING_DETERMINERS), B_OFFERING_SUBJECT)
  .add(union(new Set(VERB_ADVERBS), leadKeys(phrasesOf(OFFERING_VERBS))), B_VERB_FIRST)
  .add(leadKeys(phrasesOf(CUSTOMER_NEEDS)), B_NEED)
  .add(leadKeys(phrasesOf(CUSTOMER_NEEDS), phrasesOf(CUSTOMER_ACTIONS)), B_CUSTOMER_VERB)
  .add(leadKeys(phrasesOf(CUSTOMER_NEEDS), phrasesOf(CUSTOMER_ACTIONS), phrasesOf(PAST_VERBS)), B_PAST)
  .add(leadKeys(phrasesOf(RIVAL_CLAIM_VERBS)), B_CLAIM)
  .add(leadKeys(phrasesOf(PAST_VERBS)), B_NAME_PAST)
  .add(new Set(PRESENT_ADVERBS), B_NAME_PRESENT)
  .add(leadKeys(phrasesOf(NAME_VERBS)), B_NAME_VERB)

const ASK_NAME = -2
/** Where the first word of the last `nameEnd` match ends. */
let nameFirstEnd = 0

/**
 * Where `NAME` matched at `index` ends (its first word ends at `nameFirstEnd`), read
 * character by character; -1 when it does not match; `ASK_NAME` when a character outside
 * ASCII is in the way, and then the pattern decides.
 */
function nameEnd(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0x80) return ASK_NAME
  if (!(code >= 0x41 && code <= 0x5a)) return -1
  let end = nameWordEnd(text, index + 1)
  if (end === ASK_NAME) return ASK_NAME
  nameFirstEnd = end
  // Up to two more capitalized words after spaces.
  for (let words = 0; words < 2; words++) {
    let next = end
    for (; next < text.length; next++) {
      const space = text.charCodeAt(next)
      if (!(space === 0x20 || (space >= 0x09 && space <= 0x0d))) break
    }
    if (next === end || next === text.length) break
    const capital = text.charCodeAt(next)
    if (capital >= 0x80) {
      if (isPunctuationMark(capital)) break
      return ASK_NAME
    }
    if (!(capital >= 0x41 && capital <= 0x5a)) break
    const wordEnd = nameWordEnd(text, next + 1)
    if (wordEnd === ASK_NAME) return ASK_NAME
    end = wordEnd
  }
  // A possessive, when no letter or digit follows it; the name alone is followed by neither.
  const after = text.charCodeAt(end)
  if (after !== 0x27 && after !== 0x2019) return after >= 0x80 && !isPunctuationMark(after) ? ASK_NAME : end
  if (text.charCodeAt(end + 1) === 0x73) {
    const next = wordCharAt(text, end + 2)
    if (next === ASK_NAME) return ASK_NAME
    if (next === 0) return end + 2
  }
  const s = wordCharAt(text, end + 1)
  return s === ASK_NAME ? ASK_NAME : s === 1 ? end : end + 1
}

/** Past the letters, digits and `.&+-` at `index` (`ASK_NAME` at a character outside ASCII). */
function nameWordEnd(text: string, index: number): number {
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80) {
      if (isPunctuationMark(code)) break
      return ASK_NAME
    }
    if (!(isAsciiWordChar(code) || code === 0x2e || code === 0x26 || code === 0x2b || code === 0x2d)) break
  }
  return index
}

/** Is `code` (or the end of the text) a letter or digit (1), not one (0), or a character only the pattern can tell (`ASK_NAME`)? */
function wordCharAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code < 0x80) return isAsciiWordChar(code) ? 1 : 0
  return isPunctuationMark(code) ? 0 : index < text.length ? ASK_NAME : 0
}

// `isNameToken` of the words sentences start with, remembered by a hash of the word.
const NAME_SLOTS = 4096
const slotWords: string[] = new Array<string>(NAME_SLOTS).fill('')
const slotNames = new Uint8Array(NAME_SLOTS)

/** `isNameToken` of `text.slice(start, end)`. */
function isNameAt(text: string, start: number, end: number): boolean {
  let hash = end - start
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0
  const slot = hash & (NAME_SLOTS - 1)
  const known = slotWords[slot]!
  if (known.length === end - start && text.startsWith(known, start)) return slotNames[slot] === 1
  const word = text.slice(start, end)
  const name = isNameToken(word)
  slotWords[slot] = word
  slotNames[slot] = name ? 1 : 0
  return name
}

/**
 * A character of the General Punctuation block other than a space ("’", "—", "“", "…"):
 * neither a letter nor a digit nor a space, and no case-insensitive pattern letter matches it.
 */
function isPunctuationMark(code: number): boolean {
  return code >= 0x200b && code <= 0x206f && code !== 0x2028 && code !== 0x2029 && code !== 0x202f && code !== 0x205f
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= A && (code | 0x20) <= Z)
}

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= A && (code | 0x20) <= Z
}

function isAsciiSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d)
}

/** Past the ASCII letters at `index`. */
function lettersEnd(text: string, index: number): number {
  while (index < text.length && isAsciiLetter(text.charCodeAt(index))) index++
  return index
}

/** Past the ASCII spaces at `index`; -1 at a character outside ASCII (a space or not: the pattern decides). */
function spacesEnd(text: string, index: number): number {
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80) return -1
    if (!isAsciiSpace(code)) break
  }
  return index
}

/** Is `text.slice(start, end)`, all ASCII letters, one of `words` (lowercase), in any case? */
function isWordAt(words: readonly string[], text: string, start: number, end: number): boolean {
  next: for (const word of words) {
    if (word.length !== end - start) continue
    for (let i = 0; i < word.length; i++) if ((text.charCodeAt(start + i) | 0x20) !== word.charCodeAt(i)) continue next
    return true
  }
  return false
}

/** Where `DETERMINER` (tried where the word has the bits `mask`) ends at `p`; `p` when it does not match. */
function determinerEnd(text: string, p: number, mask: number): number {
  if ((mask & B_DETERMINER) === 0) return p
  if (mask !== -1) {
    // A determiner and the spaces after it.
    const word = lettersEnd(text, p)
    if (!isWordAt(DETERMINERS, text, p, word)) return p
    const end = spacesEnd(text, word)
    if (end !== -1) return end === word ? p : end
  }
  const determiner = at(DETERMINER, text, p)
  return determiner ? p + determiner[0].length : p
}

/**
 * Can `PEOPLE` match at `p` (where the word has the bits `mask`)? A people noun, after up
 * to two of its prefix words ("the sales team"), each followed by spaces.
 */
function mayBePeople(text: string, p: number, mask: number): boolean {
  let index = p
  for (let words = 0; ; words++) {
    if (mask & B_PEOPLE_NOUN) return true
    if ((mask & B_PEOPLE_PREFIX) === 0 || words === 2) return false
    // A number ("200+ teams"): the pattern decides.
    if (!isAsciiLetter(text.charCodeAt(index))) return true
    const word = lettersEnd(text, index)
    index = spacesEnd(text, word)
    if (index === -1) return true
    if (index === word) return false
    mask = WORDS.maskAt(text, index)
  }
}

/**
 * Can `OFFERING_SUBJECT` match at `p` (where the word has the bits `mask`)? An offering
 * noun at one of the next three words after the determiner, each word followed by spaces.
 */
function mayBeOffering(text: string, p: number, mask: number): boolean {
  if ((mask & B_OFFERING_SUBJECT) === 0) return false
  if (mask === -1) return true
  let index = lettersEnd(text, p)
  for (let words = 0; words < 3; words++) {
    const start = spacesEnd(text, index)
    if (start === -1) return true
    if (start === index) return false
    const noun = WORDS.maskAt(text, start)
    if (noun & B_OFFERING_NOUN) return true
    index = wordEnd(text, start)
    if (index === -1) return false
  }
  return false
}

/** Can `RIVAL_SUBJECT` match at `p` (where the word has the bits `mask`)? By its first word, or its first two. */
function mayBeRivals(text: string, p: number, mask: number): boolean {
  if (mask & B_RIVAL_ANY) return true
  if ((mask & B_RIVAL_SUBJECT) === 0) return false
  return (wordAfterSpaces(text, lettersEnd(text, p)) & S_RIVAL) !== 0
}

/** No opener phrase has a comma, colon or stop of its own (see `mayBeOpener`). */
const OPENERS_PLAIN = phrasesOf(SCENE_OPENERS).every((phrase) => !/[,;:.!?]/.test(phrase))

/**
 * Can `OPENER` match at `p`? Its phrase ends at the first comma, colon or stop after `p`,
 * which must be a comma followed by a space.
 */
function mayBeOpener(text: string, p: number): boolean {
  if (!OPENERS_PLAIN) return true
  for (let index = p; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x2c) {
      const next = text.charCodeAt(index + 1)
      return next >= 0x80 || isAsciiSpace(next)
    }
    // ; : . ! ?
    if (code === 0x3b || code === 0x3a || code === 0x2e || code === 0x21 || code === 0x3f) return false
  }
  return false
}

/** Past the characters at `index` that are neither letters nor digits (as `SKIP_NON_WORDS`). */
function skipNonWords(text: string, index: number): number {
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 0x80) {
      SKIP_NON_WORDS.lastIndex = index
      SKIP_NON_WORDS.exec(text)
      return SKIP_NON_WORDS.lastIndex
    }
    if (isAsciiWordChar(code)) return index
  }
  return index
}

/**
 * Can `LABEL` match at `index`? Only where a colon follows with nothing before it but
 * letters, digits, `.&/+'()-` and at most three runs of spaces (two between words, one
 * before the colon). Past a character outside ASCII, the pattern decides.
 */
function mayBeLabel(text: string, index: number): boolean {
  const colon = text.indexOf(':', index)
  if (colon === -1) return false
  let spaces = 0
  for (let i = index; i < colon; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x80) return true
    if (isAsciiWordChar(code)) continue
    if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
      const previous = text.charCodeAt(i - 1)
      if (!(previous === 0x20 || (previous >= 0x09 && previous <= 0x0d)) && ++spaces > 3) return false
      continue
    }
    // . & / + ' ( ) -
    if (code === 0x2e || code === 0x26 || code === 0x2f || code === 0x2b || code === 0x27 || code === 0x28 || code === 0x29 || code === 0x2d) continue
    return false
  }
  return true
}

/** Past the spaces and commas at `index` (as `SEPARATORS`). */
function skipSeparators(text: string, index: number): number {
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x20 || code === 0x2c || (code >= 0x09 && code <= 0x0d)) continue
    if (code < 0x80) return index
    SEPARATORS.lastIndex = index
    SEPARATORS.exec(text)
    return SEPARATORS.lastIndex
  }
  return index
}

/** The end of the word at `index` (as `ONE_WORD`), or -1 when no word starts there; `from` (≥ `index`) is where its ASCII letters, if any, end. */
function wordEnd(text: string, index: number, from = index): number {
  let end = from
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end)
    if (code >= 0x80) {
      // "’" inside a word; other punctuation ends it; a letter or digit outside ASCII is the pattern's to tell.
      if (code === 0x2019 && end > index) continue
      if (isPunctuationMark(code)) break
      const word = at(ONE_WORD, text, index)
      return word ? index + word[0].length : -1
    }
    if (isAsciiWordChar(code)) continue
    // ' . & + - inside a word.
    if (end > index && (code === 0x27 || code === 0x2e || code === 0x26 || code === 0x2b || code === 0x2d)) continue
    break
  }
  return end === index ? -1 : end
}

// The words after a subject, read once for every `verbAfter` from the same place (a
// name's verb is tried as a claim, a present tense, a past tense…): where each starts and
// its bits (see `WordTable`), up to the most words any `verbAfter` tries.
const SCAN_WORDS = 5
let scanText = ''
let scanFrom = -1
let scanCount = 0
const scanStarts = new Int32Array(SCAN_WORDS)
const scanMasks = new Int32Array(SCAN_WORDS)

/** Reads the words after `from` (up to `SCAN_WORDS`, separated by spaces and commas) into `scanStarts`, `scanMasks` and `scanCount`. */
function scanWords(text: string, from: number): void {
  if (text === scanText && from === scanFrom) return
  scanText = text
  scanFrom = from
  let index = from
  let count = 0
  while (count < SCAN_WORDS) {
    index = skipSeparators(text, index)
    scanStarts[count] = index
    const mask = WORDS.maskAt(text, index)
    scanMasks[count] = mask
    count++
    // The word goes on past its letters (`WORDS.end`, when they were all ASCII).
    index = wordEnd(text, index, mask === -1 ? index : WORDS.end)
    if (index === -1) break
  }
  scanCount = count
}

/**
 * `verb` (a sticky pattern, tried only where a word with one of `bits` starts) at the
 * start of one of the next `maxWords + 1` words after `from` (`maxWords` < `SCAN_WORDS`),
 * with only words and commas in between: "Initech, a fintech, was looking for…".
 */
function verbAfter(verb: RegExp, bits: number, text: string, from: number, maxWords: number): RegExpExecArray | null {
  scanWords(text, from)
  for (let words = 0; words < scanCount; words++) {
    const match = (scanMasks[words]! & bits) !== 0 ? at(verb, text, scanStarts[words]!) : null
    if (match || words === maxWords) return match
  }
  return null
}

/** Short words in quotation marks: sarcasm, 'their "seamless" sync'. */
const SCARE_QUOTES = /[“"‘](?:[\p{L}\p{N}'’-]+\s?){1,3}[”"’]/u
const SO_CALLED = /(?<![\p{L}])so[- ]called(?![\p{L}])/iu
/** In every "so-called": a plain pattern V8 finds fast (no character outside ASCII folds to these letters). */
const CALLED = /called/i

const TESTIMONIAL_AFTER = sticky(String.raw`[\s,.;:!?]*(?<verb>${alternation(phrasesOf(TESTIMONIAL_VERBS))})${BOUNDARY_AFTER}`)
const TESTIMONIAL_BEFORE = new RegExp(String.raw`${BOUNDARY_BEFORE}(?:${alternation(phrasesOf(TESTIMONIAL_VERBS))})(?:\s+(?:it\s+)?(?:simply|best|plainly|bluntly|well|this way|like this))?[\s,:]*$`, 'iu')
/** "— Jane Doe, CTO at Initech": who said the quotation. */
const ATTRIBUTION = /^[\s*_]*(?:[—–―]|--)\s*(?=\p{Lu})/u
const PAREN_ATTRIBUTION = /^[\s*_]*\(\s*\p{Lu}[\p{L}.'’ -]*,\s*[^():]*\)[\s.]*$/u
const DASH_ATTRIBUTION = /(?:^|\s)(?:[—–―]|--)\s*(?=[\p{Lu}])/u
const CALLOUT = new RegExp(String.raw`^[\s*_>]*${alternation(phrasesOf(CALLOUTS))}(?:[\s*_]*[:!—–-]|\s*$|\s*\n)`, 'iu')

function headerPattern(groups: readonly VoicePhrases[], prefix: boolean): RegExp {
  return new RegExp(String.raw`^[^\p{L}\p{N}]*${alternation(phrasesOf(groups))}${prefix ? BOUNDARY_AFTER : String.raw`[^\p{L}\p{N}]*$`}`, 'iu')
}
const RIVAL_HEADER = headerPattern(RIVAL_HEADERS, false)
const RIVAL_HEADER_PREFIX = headerPattern(RIVAL_HEADER_PREFIXES, true)
const CUSTOMER_HEADER = headerPattern(CUSTOMER_HEADERS, true)
const OURS_HEADER = headerPattern(OURS_HEADERS, false)
const WITH_HEADER = /^[^\p{L}\p{N}]*with\s+\p{Lu}/u
const GENERIC_HEADER = headerPattern(GENERIC_HEADERS, false)

// A header pattern's phrase starts at the header's first letter or digit: its bits there
// (see `WordTable`). No guard for a list with a phrase that starts with anything else.
function headerKeys(groups: readonly VoicePhrases[]): Keys {
  const phrases = phrasesOf(groups)
  return phrases.every((phrase) => /^[a-z]/.test(normalizePhrase(phrase))) ? leadKeys(phrases) : null
}
const H_RIVAL = 1 << 0
const H_RIVAL_PREFIX = 1 << 1
const H_CUSTOMER = 1 << 2
const H_OURS = 1 << 3
const H_WITH = 1 << 4
const H_GENERIC = 1 << 5
const HEADER_WORDS = new WordTable(2048)
  .add(headerKeys(RIVAL_HEADERS), H_RIVAL)
  .add(headerKeys(RIVAL_HEADER_PREFIXES), H_RIVAL_PREFIX)
  .add(headerKeys(CUSTOMER_HEADERS), H_CUSTOMER)
  .add(headerKeys(OURS_HEADERS), H_OURS)
  .add(new Set(['with']), H_WITH)
  .add(headerKeys(GENERIC_HEADERS), H_GENERIC)

// ---------------------------------------------------------------------------
// Names from the context, compiled once per list.

interface NamePatterns {
  /** The name anywhere. */
  anywhere: RegExp
  /** The name at `lastIndex` (sticky), with a possessive. */
  here: RegExp
  /** The words `here` can start with (`B_NAME`). */
  words: WordTable
}

const namePatterns = new WeakMap<readonly string[], NamePatterns | null>()
const oursPatterns = new Map<string, NamePatterns | null>()

function compileNames(names: readonly string[]): NamePatterns | null {
  const usable = names.map((name) => name.trim()).filter((name) => /[\p{L}\p{N}]/u.test(name))
  if (usable.length === 0) return null
  const source = BOUNDARY_BEFORE + alternation(usable) + BOUNDARY_AFTER
  return {anywhere: new RegExp(source, 'iu'), here: new RegExp(`${source}(?:['’]s?)?`, 'iuy'), words: new WordTable(256).add(leadKeys(usable), B_NAME)}
}

/** The name at `index` (sticky), with a possessive: tried only where the word there can start it. */
function nameAt(patterns: NamePatterns, text: string, index: number): RegExpExecArray | null {
  return (patterns.words.maskAt(text, index) & B_NAME) !== 0 ? at(patterns.here, text, index) : null
}

function rivalsOf(context: VoiceContext): NamePatterns | null {
  let patterns = namePatterns.get(context.competitors)
  if (patterns === undefined) {
    patterns = compileNames(context.competitors)
    namePatterns.set(context.competitors, patterns)
  }
  return patterns
}

function oursOf(context: VoiceContext): NamePatterns | null {
  if (!context.ours) return null
  let patterns = oursPatterns.get(context.ours)
  if (patterns === undefined) {
    if (oursPatterns.size > 100) oursPatterns.clear()
    patterns = compileNames([context.ours])
    oursPatterns.set(context.ours, patterns)
  }
  return patterns
}

interface Names {
  rivals: NamePatterns | null
  ours: NamePatterns | null
  /** `headerVoice` of column headers with these names: every cell of a column asks. */
  columns: Map<string, VoiceCall | undefined>
  /** `headerVoice` of labels ("Pricing:") with these names. */
  labels: Map<string, VoiceCall | undefined>
}

// The names of a context, kept by what they say (documents linted with the same
// competitors share them, and what they worked out for headers and labels); a document's
// sentences come one after another with the same context.
const namesByContent = new Map<string, Names>()
let lastCompetitors: readonly string[] | undefined
let lastOurs: string | undefined
let lastNames: Names | undefined

function namesOf(context: VoiceContext): Names {
  if (lastNames !== undefined && context.competitors === lastCompetitors && context.ours === lastOurs) return lastNames
  const key = JSON.stringify([context.ours || '', context.competitors])
  let names = namesByContent.get(key)
  if (names === undefined) {
    if (namesByContent.size >= 200) namesByContent.clear()
    names = {rivals: rivalsOf(context), ours: oursOf(context), columns: new Map(), labels: new Map()}
    namesByContent.set(key, names)
  }
  lastCompetitors = context.competitors
  lastOurs = context.ours
  lastNames = names
  return names
}

// ---------------------------------------------------------------------------

const NO_SUBJECT: VoiceCall = Object.freeze({voice: 'neutral', reason: 'nothing says whose voice it is', start: 0, end: 0})

function call(voice: Voice, reason: string, start = 0, end = 0): VoiceCall {
  return {voice, reason, start, end}
}

/** Whose voice a sentence is in, and the words (or the place) that say so. */
export function voiceOf(view: SentenceView, context: VoiceContext): VoiceCall {
  const names = namesOf(context)
  const table = view.block.table
  let column: VoiceCall | undefined
  if (table) {
    column = columnVoice(view, names)
    if (column && column.voice !== 'ours') return column
  }
  const quoted = quotedVoice(view, names)
  if (quoted) return quoted
  const clause = clauseVoice(view.text, names)
  if (column && (clause.voice === 'neutral' || clause.reason === IMPLIED)) return column
  return clause
}

/** A table cell speaks for its column: a competitor's column, the "Before" column, ours. */
function columnVoice(view: SentenceView, names: Names): VoiceCall | undefined {
  const header = view.unit.columnHeader
  const byHeader = header === undefined ? undefined : columnHeaderVoice(header, names)
  if (byHeader && byHeader.voice !== 'ours') return byHeader
  // A table with a row per vendor: `| Globex | $49/seat | SSO costs extra |`.
  const label = view.unit.row?.[0]
  if (label && label !== view.block) {
    const text = label.text.trim()
    if (isOnly(names.rivals, text)) return call('competitor', `in the row of "${text}", a competitor`)
    if (isOnly(names.ours, text)) return call('ours', `in the row of "${text}", ours`)
  }
  return byHeader
}

/** `headerVoice` of a column header, worked out once per header (a fresh copy each time). */
function columnHeaderVoice(header: string, names: Names): VoiceCall | undefined {
  return knownHeaderVoice(names.columns, header, names, 'column')
}

function knownHeaderVoice(known: Map<string, VoiceCall | undefined>, header: string, names: Names, where: 'column' | 'label'): VoiceCall | undefined {
  let byHeader = known.get(header)
  if (byHeader === undefined && !known.has(header)) {
    byHeader = headerVoice(header, names, where)
    if (known.size >= 5000) known.clear()
    known.set(header, byHeader)
  }
  return byHeader && {...byHeader}
}

/** Is the text just the name (with trailing punctuation)? */
function isOnly(patterns: NamePatterns | null, text: string): boolean {
  if (!patterns) return false
  const match = at(patterns.here, text, 0)
  return match !== null && match[0].length >= text.replace(/[^\p{L}\p{N}]+$/u, '').length
}

function headerVoice(header: string, names: Names, where: 'column' | 'label'): VoiceCall | undefined {
  const text = header.trim()
  const place = where === 'column' ? `in the "${text}" column` : `labelled "${text}"`
  // Each header pattern is tried only where the first word can start it.
  const mask = HEADER_WORDS.maskAt(text, skipNonWords(text, 0))
  if (names.rivals?.anywhere.test(text)) return call('competitor', `${place}, a competitor`)
  if ((mask & H_RIVAL && RIVAL_HEADER.test(text)) || (mask & H_RIVAL_PREFIX && RIVAL_HEADER_PREFIX.test(text))) return call('competitor', `${place}, the rivals`)
  if (names.ours?.anywhere.test(text)) return call('ours', `${place}, ours`)
  if (mask & H_CUSTOMER && CUSTOMER_HEADER.test(text)) return call('customer', `${place}, the customer's situation before`)
  if ((mask & H_OURS && OURS_HEADER.test(text)) || (mask & H_WITH && WITH_HEADER.test(text))) return call('ours', `${place}, ours`)
  // A product or plan name heads the column ("Acme", "Enterprise"); labels and details do not.
  if (where === 'column' && !(mask & H_GENERIC && GENERIC_HEADER.test(text))) {
    const first = /^[^\p{L}\p{N}]*([\p{L}\p{N}][\p{L}\p{N}.&+-]*)/u.exec(text)?.[1]
    // Acronyms ("SSO", "API") head capability columns more often than products.
    if (first && isNameToken(first) && /\p{Ll}/u.test(first) && text.split(/\s+/).length <= 3) return call('ours', `${place}, a product that is not a competitor`)
  }
  return undefined
}

// --- Quotations -------------------------------------------------------------

const NO_SPANS: readonly number[] = Object.freeze([])
// A block's sentences come one after another: what is known of its quotation marks so far.
let spanBlock: object | undefined
/** `spanBlock.text` has no quotation mark before this index. */
let spanChecked = 0
/** The block's spans, once a quotation mark was found in it. */
let spanList: readonly number[] | null = null

/**
 * Quotation spans of a block's text, [open, close, open, close, …], as far as the sentence
 * `text`, the block's text from `start`, needs them: none while no quotation mark comes
 * before the sentence's end, since every span then opens at or after it.
 */
function spansBefore(block: {text: string}, start: number, text: string): readonly number[] {
  if (block !== spanBlock) {
    spanBlock = block
    spanChecked = 0
    spanList = null
  }
  if (spanList !== null) return spanList
  const blockText = block.text
  // Between what was checked and the sentence (the spaces between sentences), then the sentence.
  for (let i = spanChecked; i < start; i++) {
    const code = blockText.charCodeAt(i)
    // " and “
    if (code === 0x22 || code === 0x201c) return (spanList = findSpans(blockText))
  }
  if (text.indexOf('"') !== -1 || text.indexOf('“') !== -1) return (spanList = findSpans(blockText))
  spanChecked = Math.max(spanChecked, start + text.length)
  return NO_SPANS
}

function findSpans(text: string): readonly number[] {
  const found: number[] = []
  let curly = -1
  let straight = -1
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i)
    if (char === 0x201c) curly = i
    else if (char === 0x201d && curly !== -1) {
      found.push(curly, i)
      curly = -1
    } else if (char === 0x22) {
      if (straight === -1) straight = i
      else {
        found.push(straight, i)
        straight = -1
      }
    }
  }
  // An unclosed quotation runs to the end of the block: a quote split over paragraphs.
  if (curly !== -1) found.push(curly, text.length)
  return found
}

const WORD_CHAR = /[\p{L}\p{N}]/uy

/** Where the last letter or digit of the text starts (as `text.search(/[\p{L}\p{N}][^\p{L}\p{N}]*$/u)`), or -1. */
function lastWordChar(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if (isAsciiWordChar(code)) return i
      continue
    }
    // A surrogate pair is one character, from its high half.
    if (code >= 0xdc00 && code <= 0xdfff && i > 0) {
      const high = text.charCodeAt(i - 1)
      if (high >= 0xd800 && high <= 0xdbff) i--
    }
    WORD_CHAR.lastIndex = i
    if (WORD_CHAR.test(text)) return i
  }
  return -1
}

/** The first character at the start of `text` that is not a space, `*` or `_`: where an attribution's dash or parenthesis must be. */
function attributionMark(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20 || code === 0x2a || code === 0x5f || (code >= 0x09 && code <= 0x0d)) continue
    return code
  }
  return -1
}

/** The blockquote's source from this block to its last `>` line (where an attribution stands). */
function blockquoteFrom(view: SentenceView): string {
  const {source, block} = view
  let end = block.range[1]
  for (;;) {
    const lineEnd = source.indexOf('\n', end)
    if (lineEnd === -1) break
    const next = source.indexOf('\n', lineEnd + 1)
    const line = source.slice(lineEnd + 1, next === -1 ? source.length : next)
    if (!/^\s{0,3}>/.test(line)) break
    end = next === -1 ? source.length : next
  }
  return source.slice(block.range[0], end)
}

function quotedVoice(view: SentenceView, names: Names): VoiceCall | undefined {
  const text = view.text
  const block = view.block
  // "(Dana Lee, VP Sales at Initech)" right after a quotation. Both patterns need a dash or
  // a parenthesis after the leading spaces and emphasis marks (or something outside ASCII).
  const mark = attributionMark(text)
  if (
    (mark === 0x2d || mark >= 0x80 ? ATTRIBUTION.test(text) : false) ||
    ((mark === 0x28 || mark >= 0x80) && PAREN_ATTRIBUTION.test(text) && /[”"]\s*$/.test(block.text.slice(Math.max(0, view.model.start - 4), view.model.start)))
  ) {
    if (names.rivals?.anywhere.test(text)) return call('competitor', 'a quotation attributed to a competitor', 0, text.length)
    return call('customer', 'the attribution of a testimonial', 0, text.length)
  }
  // A blockquote is someone speaking when it says who ("— Jane Doe, CTO at Initech");
  // without an attribution it is quoted copy (a talk track, a sample email), read as prose.
  if (block.quote && !CALLOUT.test(block.text)) {
    const quoteText = blockquoteFrom(view)
    const attribution = DASH_ATTRIBUTION.exec(quoteText)
    if (attribution) {
      if (names.rivals?.anywhere.test(quoteText.slice(attribution.index))) return call('competitor', 'a blockquote attributed to a competitor')
      return call('customer', 'in a blockquote with its speaker: a quoted customer')
    }
  }
  const spans = spansBefore(block, view.model.start, text)
  if (spans.length === 0) return undefined
  const offset = view.model.start
  // 'Objection: "We already pay for Globex"': a label, then the buyer's words.
  const start = skipNonWords(text, 0)
  const label = mayBeLabel(text, start) ? at(LABEL, text, start) : null
  const first = label ? skipNonWords(text, start + label[0].length) : start < text.length ? start : -1
  if (first === -1) return undefined
  const last = lastWordChar(text)
  for (let i = 0; i < spans.length; i += 2) {
    const open = spans[i]! - offset
    const close = spans[i + 1]! - offset
    // The whole sentence is inside the quotation marks.
    if (open < first && close > last) {
      if (label && names.rivals?.anywhere.test(label[1]!)) return call('competitor', `labelled "${label[1]}", a competitor`, start, start + label[1]!.length)
      const after = close + offset + 1 < block.text.length ? block.text.slice(close + offset + 1, close + offset + 160) : ''
      if (names.rivals && (at(TESTIMONIAL_AFTER, after, 0) || DASH_ATTRIBUTION.test(after)) && names.rivals.anywhere.test(after)) {
        return call('competitor', 'a quotation attributed to a competitor', Math.max(open, 0), Math.min(close + 1, text.length))
      }
      return call('customer', 'a quoted sentence: a customer speaking', Math.max(open, 0), Math.min(close + 1, text.length))
    }
    // A quotation with its speaker: '"We cut onboarding to a day," says Jane Park.'
    if (open >= 0 && close <= text.length && close - open > 12) {
      const verbAfter = mayBeTestimonialAfter(text, close + 1) ? at(TESTIMONIAL_AFTER, text, close + 1) : null
      const verbBefore = verbAfter ? null : TESTIMONIAL_BEFORE.exec(text.slice(0, open))
      if (verbAfter || verbBefore) {
        const outside = text.slice(0, open) + ' ' + text.slice(close + 1)
        if (names.rivals?.anywhere.test(outside)) return call('competitor', 'a quotation attributed to a competitor', open, close + 1)
        return call('customer', `${reasonFor(verbAfter?.groups!.verb ?? '', 'a quotation with its speaker')}: a customer speaking`, open, close + 1)
      }
    }
  }
  return undefined
}

// --- The clause and its subject ----------------------------------------------

const IMPLIED = 'a bullet or cell whose subject is implied: the offering'

function clauseVoice(text: string, names: Names): VoiceCall {
  let p = skipNonWords(text, 0)
  const label = mayBeLabel(text, p) ? at(LABEL, text, p) : null
  if (label) {
    const byLabel = knownHeaderVoice(names.labels, label[1]!, names, 'label')
    if (byLabel) return {...byLabel, start: p, end: p + label[1]!.length}
    p = skipNonWords(text, p + label[0].length)
  }
  // Each pattern is tried only where the word at `p` can start it (`mask`).
  let mask = WORDS.maskAt(text, p)
  const reader = mayStartPhrase(text, p, mask, B_READER, A_READER, S_READER) ? at(READER_OPENER, text, p) : null
  if (reader) return call('reader', reasonFor(reader[0], 'addressed to the buyer'), p, p + reader[0].length)
  const conjunction = mask & B_CONJUNCTION ? at(LEADING_CONJUNCTION, text, p) : null
  if (conjunction) {
    p += conjunction[0].length
    mask = WORDS.maskAt(text, p)
  }
  // The scene-setting opener: "Before Acme, …", "With Globex, …", "Unlike Acme, …".
  let past = false
  const opener = mask & B_OPENER && mayBeOpener(text, p) ? at(OPENER, text, p) : null
  if (opener) {
    const start = p
    const switched = mask & B_SWITCH_OPENER ? at(SWITCH_OPENER, text, start) : null
    if (switched && !at(YOU, text, start + opener[0].length)) return call('customer', reasonFor(switched[0], 'after switching'), start, start + switched[0].length)
    const setting = names.rivals && mask & B_SETTING_OPENER ? at(SETTING_OPENER, text, start) : null
    if (setting && at(names.rivals!.here, text, start + setting[0].length)) {
      return call('competitor', 'describes what a competitor does', start, start + opener[0].replace(/,\s*$/, '').length)
    }
    past = mayStartPhrase(text, start, mask, B_PAST_OPENER, A_PAST_OPENER, S_PAST_OPENER) && at(PAST_OPENER, text, start) !== null
    p = start + opener[0].length
    mask = WORDS.maskAt(text, p)
    const again = mask & B_CONJUNCTION ? at(LEADING_CONJUNCTION, text, p) : null
    if (again) {
      p += again[0].length
      mask = WORDS.maskAt(text, p)
    }
  }
  const subject = subjectVoice(text, p, mask, names)
  if (past && subject.voice !== 'competitor' && subject.voice !== 'reader' && subject.reason !== OURS_BY_NAME) {
    ANY_PAST.lastIndex = p
    const verb = ANY_PAST.exec(text)
    ANY_PAST.lastIndex = 0
    if (verb) return call('customer', 'the customer’s situation before', verb.index, verb.index + verb[0].length)
  }
  if (subject.voice === 'neutral' && CALLED.test(text) && SO_CALLED.test(text)) {
    const match = SO_CALLED.exec(text)!
    return call('competitor', 'sarcasm ("so-called"): about a rival', match.index, match.index + match[0].length)
  }
  return subject
}

const OURS_BY_NAME = 'our name is the subject'

/** The voice of the clause whose subject starts at `p`, where the word has the bits `mask` (see `WordTable`). */
function subjectVoice(text: string, p: number, mask: number, names: Names): VoiceCall {
  const q = determinerEnd(text, p, mask)
  // A competitor, or us, by name: "Globex's free tier…", "The Globex app…".
  if (names.rivals) {
    const rival = nameAt(names.rivals, text, q)
    if (rival) return call('competitor', `"${rival[0]}" is the subject: a competitor`, q, q + rival[0].length)
  }
  if (names.ours) {
    const ours = nameAt(names.ours, text, q)
    if (ours) return call('ours', OURS_BY_NAME, q, q + ours[0].length)
  }
  let match: RegExpExecArray | null
  if (mask & B_YOU && (match = at(YOU, text, p))) return call('reader', `"${match[0]}" is the subject: addressed to the buyer`, p, p + match[0].length)
  if (mayStartPhrase(text, p, mask, B_READER, A_READER, S_READER) && (match = at(READER_OPENER, text, p))) return call('reader', reasonFor(match[0], 'addressed to the buyer'), p, p + match[0].length)
  const we = mask & B_WE ? at(WE, text, p) : null
  if (we || (mask & B_OUR && (match = at(OUR, text, p)))) {
    match = we ?? match!
    // "We (really) needed…"; "Our (finance) team needed…".
    const need = verbAfter(NEED, B_NEED, text, p + match[0].length, we ? 1 : 3)
    if (need) return call('customer', `${reasonFor(need.groups!.verb!, 'a need the customer had')}: a customer speaking`, p, need.index + need[0].length)
    return call('ours', `"${match[0]}" is the subject: the writer's company`, p, p + match[0].length)
  }
  if (mask & B_I && (match = at(I, text, p))) {
    const need = verbAfter(PAST, B_PAST | B_ENDS_ED, text, p + match[0].length, 1)
    if (need) return call('customer', `${reasonFor(need.groups!.verb!, 'the customer’s situation before')}: a customer speaking`, p, need.index + need[0].length)
    return NO_SUBJECT
  }
  if (mask & B_THEY && (match = at(THEY, text, p))) return theyVoice(text, p, match[0].length)
  if (mayBeDummyIt(text, p, mask) && at(DUMMY_IT, text, p)) return NO_SUBJECT
  if (mask & B_IT && (match = at(IT, text, p))) return call('ours', `"${match[0]}" is the subject: the offering`, p, p + match[0].length)
  // "Every vendor claims…" and "The alternatives…": with or without the determiner.
  let rivalAt = p
  let rivals = mayBeRivals(text, p, mask) ? at(RIVAL_SUBJECT, text, p) : null
  if (!rivals && q !== p && mayBeRivals(text, q, WORDS.maskAt(text, q))) rivals = at(RIVAL_SUBJECT, text, (rivalAt = q))
  if (rivals) return call('competitor', `"${rivals[0]}": ${reasonFor(rivals[0], 'rivals are the subject')}`, rivalAt, rivalAt + rivals[0].length)
  if (mayBePeople(text, p, mask) && (match = at(PEOPLE, text, p))) return peopleVoice(text, p, match[0].length, names)
  if (mayBeOffering(text, p, mask) && (match = at(OFFERING_SUBJECT, text, p))) return call('ours', `"${match[0]}" is the subject: the offering`, p, p + match[0].length)
  if (mayStartPhrase(text, p, mask, B_VERB_FIRST, A_VERB, S_VERB) && (match = at(VERB_FIRST, text, p))) return call('ours', IMPLIED, p, p + match[0].length)
  let end = nameEnd(text, q)
  let firstEnd = nameFirstEnd
  if (end === ASK_NAME) {
    match = at(NAME, text, q)
    end = match ? q + match[0].length : -1
    firstEnd = match ? q + match[1]!.length : -1
  }
  // A name with none of the verbs `nameVoice` looks for after it says nothing, whether it is a name or not.
  if (end !== -1 && mayHaveNameVerb(text, end, names) && isNameAt(text, q, firstEnd)) return nameVoice(text, q, end, firstEnd, names)
  return NO_SUBJECT
}

/** "They ran into…" is a customer; "they claim…" and 'their "seamless" sync' are a rival. */
function theyVoice(text: string, p: number, length: number): VoiceCall {
  const claim = verbAfter(CLAIM, B_CLAIM, text, p + length, 2)
  if (claim) return call('competitor', reasonFor(claim.groups!.verb!, 'a claim attributed to a rival'), p, claim.index + claim[0].length)
  const past = pastAccountAfter(PAST, B_PAST | B_ENDS_ED, text, p + length, 3)
  if (past) return call('customer', reasonFor(past.groups!.verb!, 'a past-tense account of a customer'), p, past.index + past[0].length)
  const scare = SCARE_QUOTES.exec(text)
  if (scare) return call('competitor', 'scare quotes: sarcasm about a rival', scare.index, scare.index + scare[0].length)
  return NO_SUBJECT
}

/** People in general are neutral; a team's past need is a customer's; "teams on Globex" are a rival's. */
function peopleVoice(text: string, p: number, length: number, names: Names): VoiceCall {
  const end = p + length
  // "on", "using", "stuck with"… after spaces.
  const on = wordAfterSpaces(text, end) & S_PEOPLE_ON ? at(PEOPLE_ON, text, end) : null
  if (names.rivals) {
    const rival = on && at(names.rivals.here, text, end + on[0].length)
    if (rival) return call('competitor', `people on "${rival[0]}": what a competitor does to them`, p, end + on![0].length + rival[0].length)
  }
  const onRival = on
  const genericRival = onRival && at(RIVAL_SUBJECT, text, end + onRival[0].length)
  if (genericRival) return call('competitor', 'people on the rivals’ tools', p, end + onRival![0].length + genericRival[0].length)
  const past = pastAccountAfter(PAST, B_PAST | B_ENDS_ED, text, end, 3)
  if (past) return call('customer', reasonFor(past.groups!.verb!, 'a past-tense account of a customer'), p, past.index + past[0].length)
  return NO_SUBJECT
}

/** A name that is neither ours nor a known rival: a customer's story, a rival describing itself, or (with no name of ours known) our product. */
/** Can one of the verbs `nameVoice` looks for follow a name that ends at `end`? */
function mayHaveNameVerb(text: string, end: number, names: Names): boolean {
  scanWords(text, end)
  // A claim, a present tense or a past tense in the next three words; a customer's verb in the next five.
  let near = 0
  let far = 0
  for (let words = 0; words < scanCount; words++) {
    if (words <= 2) near |= scanMasks[words]!
    else far |= scanMasks[words]!
  }
  if (near & (B_CLAIM | B_NAME_VERB | B_NAME_PAST | B_ENDS_ED | B_CUSTOMER_VERB) || far & B_CUSTOMER_VERB) return true
  return !names.ours && (scanMasks[0]! & (B_NAME_PRESENT | B_ENDS_S)) !== 0
}

function nameVoice(text: string, p: number, end: number, firstEnd: number, names: Names): VoiceCall {
  const claim = verbAfter(CLAIM, B_CLAIM, text, end, 2)
  if (claim) return call('competitor', `${reasonFor(claim.groups!.verb!, 'a claim attributed to a rival')}: "${text.slice(p, firstEnd)}" is a rival`, p, claim.index + claim[0].length)
  const verb = verbAfter(NAME_VERB, B_NAME_VERB, text, end, 2)
  // A name that is neither ours nor a known rival is only taken for our product when no name of ours is known.
  if (!names.ours && (verb || verbAfter(NAME_PRESENT, B_NAME_PRESENT | B_ENDS_S, text, end, 0))) return call('ours', `"${text.slice(p, end)}" is the subject: a product`, p, end)
  const need = verbAfter(CUSTOMER_VERB, B_CUSTOMER_VERB, text, end, 4) ?? pastAfterName(text, end)
  if (need) return call('customer', `${reasonFor(need.groups!.verb!, 'a past-tense account of the customer')}: "${text.slice(p, end)}" is a customer`, p, need.index + need[0].length)
  return NO_SUBJECT
}

/**
 * A participle with its agent or purpose right after it ("Acme, trusted by 500 teams",
 * "built for finance teams", "powered by live bank data") describes the offering, as a
 * headline does; it is no past-tense account of a customer.
 */
const AGENT_OR_PURPOSE = /^\s+(?:by|for)(?![\p{L}\p{N}])/iu

/** `verbAfter` for a past tense that tells a customer's story: none when the verb is a participle with its agent or purpose. */
function pastAccountAfter(verb: RegExp, bits: number, text: string, from: number, maxWords: number): RegExpExecArray | null {
  const past = verbAfter(verb, bits, text, from, maxWords)
  if (!past) return null
  const end = past.index + past[0].length
  return AGENT_OR_PURPOSE.test(text.slice(end, end + 5)) ? null : past
}

/** A past tense within two words of a name ("Initech switched…"), unless it is a present passive ("SSO is included"). */
function pastAfterName(text: string, end: number): RegExpExecArray | null {
  const past = pastAccountAfter(NAME_PAST, B_NAME_PAST | B_ENDS_ED, text, end, 2)
  return past && !ENDS_IN_PRESENT_PASSIVE.test(text.slice(end, past.index)) ? past : null
}
