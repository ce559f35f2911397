// Which indefinite article a word takes: "a" before a consonant sound, "an" before a
// vowel sound. The sound is what counts, not the letter ("an hour", "a user", "an FAQ",
// "an 8-step"), so every place where letter and sound part ways is data below, with the
// reason it is one. A fix that deletes or replaces the word after "a"/"an" asks this
// module whether the article still fits the word that now follows.

/** How a word begins when read aloud. `either`: speakers differ, so both articles are right. */
export type Sound = 'vowel' | 'consonant' | 'either'

interface SpellingException {
  /** Lowercase start of the word; the longest matching start wins ("unin" over "uni"). */
  start: string
  sound: Sound
  why: string
}

/** Words whose first letter does not say how they are read. */
const WORD_STARTS: readonly SpellingException[] = [
  {start: 'hour', sound: 'vowel', why: 'silent h: "an hour", "an hourly report"'},
  {start: 'honest', sound: 'vowel', why: 'silent h: "an honest answer"'},
  {start: 'honor', sound: 'vowel', why: 'silent h: "an honor", "an honorary seat"'},
  {start: 'honour', sound: 'vowel', why: 'silent h, British spelling'},
  {start: 'heir', sound: 'vowel', why: 'silent h: "an heir", "an heirloom"'},
  {start: 'herb', sound: 'either', why: 'the h is silent in American English and sounded in British English'},
  {start: 'homage', sound: 'either', why: 'said with and without the h'},
  {start: 'uni', sound: 'consonant', why: 'a "yoo" sound: "a unique", "a unified", "a universal"'},
  {start: 'unin', sound: 'vowel', why: 'the "un-" of negation: "an uninterrupted", "an uninstall"'},
  {start: 'unim', sound: 'vowel', why: 'the "un-" of negation: "an unimportant", "an unimpressive"'},
  {start: 'unident', sound: 'vowel', why: 'the "un-" of negation: "an unidentified"'},
  {start: 'use', sound: 'consonant', why: 'a "yoo" sound: "a user", "a useful"'},
  {start: 'usu', sound: 'consonant', why: 'a "yoo" sound: "a usual", "a usurper"'},
  {start: 'usa', sound: 'consonant', why: 'a "yoo" sound: "a usage-based", "a usable"'},
  {start: 'uti', sound: 'consonant', why: 'a "yoo" sound: "a utility", "a utilization"'},
  {start: 'ute', sound: 'consonant', why: 'a "yoo" sound: "a utensil"'},
  {start: 'uto', sound: 'consonant', why: 'a "yoo" sound: "a utopia"'},
  {start: 'ubi', sound: 'consonant', why: 'a "yoo" sound: "a ubiquitous"'},
  {start: 'ura', sound: 'consonant', why: 'a "yoo" sound: "a uranium"'},
  {start: 'uri', sound: 'consonant', why: 'a "yoo" sound: "a urinal"'},
  {start: 'uku', sound: 'consonant', why: 'a "yoo" sound: "a ukulele"'},
  {start: 'ukr', sound: 'consonant', why: 'a "yoo" sound: "a Ukrainian"'},
  {start: 'uga', sound: 'consonant', why: 'a "yoo" sound: "a Ugandan"'},
  {start: 'eu', sound: 'consonant', why: 'a "yoo" sound: "a European", "a euro"'},
  {start: 'ewe', sound: 'consonant', why: 'a "yoo" sound'},
  {start: 'one', sound: 'consonant', why: 'a "w" sound: "a one-time", "a one-click"'},
  {start: 'oner', sound: 'vowel', why: '"onerous" is read "on-", not "wun-"'},
  {start: 'once', sound: 'consonant', why: 'a "w" sound: "a once-popular"'},
  {start: 'ouija', sound: 'consonant', why: 'a "w" sound'},
  {start: 'mr', sound: 'consonant', why: 'read "mister", not letter by letter'},
  {start: 'mrs', sound: 'consonant', why: 'read "missus", not letter by letter'},
  {start: 'ms', sound: 'consonant', why: 'read "miz", not letter by letter'},
]

/**
 * What each letter is called when a word is spelled out ("an MBA", "a URL", "an X-ray",
 * "an iOS"): the name, not the letter, decides the article.
 */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'ay', b: 'bee', c: 'cee', d: 'dee', e: 'ee', f: 'eff', g: 'gee', h: 'aitch', i: 'eye',
  j: 'jay', k: 'kay', l: 'el', m: 'em', n: 'en', o: 'oh', p: 'pee', q: 'cue', r: 'ar',
  s: 'ess', t: 'tee', u: 'you', v: 'vee', w: 'double-u', x: 'ex', y: 'wye', z: 'zee',
}

interface WordReading {
  sound: Sound
  why: string
}

/**
 * Capitalised short forms said as a word, not letter by letter. Only those whose
 * letter name and word reading start differently need to be here (an "S" is "ess",
 * a vowel sound; "SAML" is "sam-el", a consonant sound).
 */
const SAID_AS_WORDS: Readonly<Record<string, WordReading>> = {
  SAAS: {sound: 'consonant', why: 'said "sass"'},
  SAML: {sound: 'consonant', why: 'said "sam-el"'},
  SCIM: {sound: 'consonant', why: 'said "skim"'},
  SOC: {sound: 'consonant', why: 'said "sock", as in "a SOC 2 report"'},
  SASE: {sound: 'consonant', why: 'said "sassy"'},
  SIEM: {sound: 'consonant', why: 'said "seem"'},
  SOAP: {sound: 'consonant', why: 'said as the word'},
  SOAR: {sound: 'consonant', why: 'said as the word'},
  SWOT: {sound: 'consonant', why: 'said "swot"'},
  SPIN: {sound: 'consonant', why: 'the SPIN selling method, said as the word'},
  SIM: {sound: 'consonant', why: 'said "sim"'},
  REST: {sound: 'consonant', why: 'said as the word'},
  RAM: {sound: 'consonant', why: 'said as the word'},
  RAID: {sound: 'consonant', why: 'said as the word'},
  RACI: {sound: 'consonant', why: 'said "racy"'},
  NASA: {sound: 'consonant', why: 'said "nassa"'},
  NATO: {sound: 'consonant', why: 'said "nay-toe"'},
  LAN: {sound: 'consonant', why: 'said "lan"'},
  FOMO: {sound: 'consonant', why: 'said "foe-moe"'},
  FIFO: {sound: 'consonant', why: 'said "fye-foe"'},
  LIFO: {sound: 'consonant', why: 'said "lye-foe"'},
  FIDO: {sound: 'consonant', why: 'said "fye-doe"'},
  MOOC: {sound: 'consonant', why: 'said "mook"'},
  EULA: {sound: 'consonant', why: 'said "yoo-la"'},
  SQL: {sound: 'either', why: '"sequel" and "S-Q-L" are both common'},
  SKU: {sound: 'either', why: '"skew" and "S-K-U" are both common'},
  SPA: {sound: 'either', why: 'a single-page app is said "spa" and "S-P-A"'},
}

/** Spoken names of numbers, enough to know how a figure starts when read aloud. */
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']

/** Symbols that open a figure or a handle, by the word they are read as. */
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  $: 'dollar',
  '€': 'euro',
  '£': 'pound',
  '¥': 'yen',
  '#': 'number',
  '@': 'at',
  '+': 'plus',
  '.': 'point', // ".5x" is "point five"; ".NET" is "dot net": a consonant sound either way
}

/** Opening quotes, brackets and emphasis marks: read past them to the word. */
const LEADING_MARKS = /^["'“‘«(\[{*_~]+/u

/**
 * How `token` (a word as written, possibly with quotes, hyphens or a plural "s")
 * begins when read aloud; undefined when that cannot be told from the spelling
 * (an emoji, a code span, a script without Latin letters).
 */
export function soundOf(token: string): Sound | undefined {
  // "élan" is read as "elan": accents do not change which sound a word opens with.
  const word = token.replace(LEADING_MARKS, '').normalize('NFD').replace(/\p{M}/gu, '')
  const first = word.charAt(0)
  if (/\d/.test(first)) return soundOfNumber(word)
  if (first in SYMBOL_WORDS) return soundOfWord(SYMBOL_WORDS[first])
  if (!/\p{L}/u.test(first)) return undefined
  if (!/[a-z]/i.test(first)) return undefined // not a Latin letter: the spelling says nothing of the sound
  const shortForm = /^[\p{L}\p{N}]+/u.exec(word)![0]
  const reading = SAID_AS_WORDS[shortForm.toUpperCase()]
  if (reading && shortForm !== shortForm.toLowerCase()) return reading.sound
  if (isSpelledOut(word)) return soundOfWord(LETTER_NAMES[first.toLowerCase()])
  return soundOfWord(word.toLowerCase())
}

/** "a" or "an" for `token`; undefined when either is right or the sound cannot be told. */
export function articleFor(token: string): 'a' | 'an' | undefined {
  const sound = soundOf(token)
  return sound === 'vowel' ? 'an' : sound === 'consonant' ? 'a' : undefined
}

/** Does the article ("a"/"an", any case) fit `token`? Undefined when the sound cannot be told. */
export function articleFits(article: string, token: string): boolean | undefined {
  const sound = soundOf(token)
  if (sound === undefined) return undefined
  if (sound === 'either') return true
  return (article.toLowerCase() === 'an') === (sound === 'vowel')
}

/** `article` turned into the other one, keeping its case: "a" → "an", "An" → "A", "AN" → "A". */
export function otherArticle(article: string): string {
  if (article.toLowerCase() === 'an') return article.charAt(0)
  return article === 'A' ? 'An' : 'an'
}

/**
 * Is the word read letter by letter? Initialisms in capitals ("MBA", "SLAs", "S3",
 * "H-1B"), a lone letter or one joined by a hyphen or slash ("X-ray", "A/B",
 * "e-signature"), a lowercase letter before a capital ("iOS", "eBook"), and lowercase
 * words with no vowel letter at all ("npm", "nth").
 */
function isSpelledOut(word: string): boolean {
  const letters = /^[\p{L}\p{N}]+/u.exec(word)![0]
  if (letters.length === 1) return true
  if (/^\p{Ll}\p{Lu}/u.test(letters)) return true
  const capitals = letters.replace(/s$/, '') // "SLAs", "APIs"
  if (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(capitals)) {
    // Long all-capital words with vowels are shouted words ("AMAZING"), not initialisms.
    return capitals.replace(/\d/g, '').length <= 4 || !/[AEIOU]/.test(capitals)
  }
  return /^[a-z]+$/.test(letters) && !/[aeiouy]/.test(letters)
}

/** The sound of an ordinary word, read the way it is spelled unless listed above. */
function soundOfWord(word: string): Sound {
  let longest: SpellingException | undefined
  for (const exception of WORD_STARTS) {
    if (word.startsWith(exception.start) && (!longest || exception.start.length > longest.start.length)) longest = exception
  }
  if (longest) return longest.sound
  return /^[aeiou]/.test(word) ? 'vowel' : 'consonant'
}

/**
 * How a figure starts when read aloud: "8-step" → "eight", "11,000" → "eleven",
 * "80%" → "eighty", "1.5x" → "one". A four-digit figure without separators may be
 * read in pairs ("1800" as "eighteen hundred") or whole ("one thousand eight hundred");
 * when the two readings start differently, both articles are right.
 */
function soundOfNumber(figure: string): Sound {
  const written = /^\d+(?:,\d{3})*/.exec(figure)![0]
  const digits = written.replace(/,/g, '')
  const whole = soundOfWord(spokenStartOfGroup(digits.slice(0, ((digits.length - 1) % 3) + 1)))
  if (digits.length === 4 && written === digits && soundOfWord(spokenStartOfGroup(digits.slice(0, 2))) !== whole) return 'either'
  return whole
}

/** The first spoken word of a group of one to three digits. */
function spokenStartOfGroup(group: string): string {
  const value = Number(group)
  if (group.length === 3 || value < 10) return ONES[Number(group[0])]
  if (value < 20) return TEENS[value - 10]
  return TENS[Number(group[0])]
}
