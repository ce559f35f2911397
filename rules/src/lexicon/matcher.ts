import type {LexiconEntry} from './types'
import {escapeRegExp, matchesOf} from '../matches'

export interface LexiconMatch {
  entry: LexiconEntry
  /** Indices into the searched text. */
  start: number
  end: number
  text: string
}

/**
 * What separates the words of a term: whitespace and hyphens of any kind, so that "best
 * in class" matches "best-in-class". A term made of nothing else has no words to match
 * (the config schema refuses it with `MATCHABLE_TERM`).
 */
const SEPARATOR_CHARS = '\\s\\u2010-\\u2013-'
const HYPHEN = /[\u2010-\u2013-]/
const JOINED_TO_WORD_BEFORE = /[\u2010-\u2013'’-]/
const SEPARATORS = new RegExp(`[${SEPARATOR_CHARS}]+`, 'g')
const JOINER = new RegExp(`^[${SEPARATOR_CHARS}]+$`)

/** A JSON Schema `pattern` that a term with at least one word or symbol to match passes. */
export const MATCHABLE_TERM = `[^${SEPARATOR_CHARS}]`

/**
 * The tokens text and terms are read as, the way retext reads them: a word (letters,
 * digits, inner apostrophes), or one character that is neither a word character nor a
 * separator (punctuation and symbols: "C++" is `c` `+` `+`, "AT&T" is `at` `&` `t`).
 */
const WORD_CHARS = '\\p{L}\\p{N}_'
const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`, 'u')
const WORD = new RegExp(`[${WORD_CHARS}]+(?:['’][${WORD_CHARS}]+)*`, 'gu')
const TOKEN = new RegExp(`${WORD.source}|[^${SEPARATOR_CHARS}${WORD_CHARS}]`, 'gu')

/** Lowercase; runs of spaces and hyphens count as one space. */
export function normalizeTerm(value: string): string {
  return value.toLowerCase().replace(SEPARATORS, ' ').trim()
}

/**
 * The trie keys of a normalized form, one per token: the token itself when it touches the
 * one before ("c++" → `c`, `+`, `+`), or a space and the token after a separator ("best
 * in class" → `best`, ` in`, ` class`). Text is keyed the same way, so a term matches
 * only where the text has the same tokens, joined or separated as the term has them.
 */
function formKeys(form: string): string[] {
  const keys: string[] = []
  let previousEnd = 0
  for (const token of matchesOf(TOKEN, form)) {
    keys.push(keys.length > 0 && token.index > previousEnd ? ` ${token[0]}` : token[0])
    previousEnd = token.index + token[0].length
  }
  return keys
}

interface TrieNode {
  next: Map<string, TrieNode>
  entry?: LexiconEntry
}

/**
 * Finds lexicon terms in prose: whole words, case-insensitive, a space and a hyphen
 * interchangeable, longest form first. Terms are matched token by token in a trie:
 * one pass over the tokens of a sentence, whatever the size of the lexicon (a single
 * regular expression with hundreds of alternatives was the linter's hottest spot).
 */
export class LexiconMatcher {
  readonly entries: readonly LexiconEntry[]
  private readonly root: TrieNode = {next: new Map()}
  private readonly ignoreIn = new Map<LexiconEntry, RegExp[]>()
  /** Terms the config allows (normalized): never reported, by the lexicon or by the scorer. */
  readonly allowed: ReadonlySet<string>
  /**
   * Words only, unless a term holds punctuation or a symbol: the built-in lexicon is all
   * words, and reading every comma and period of every sentence as a token would cost
   * each keystroke for terms that cannot start or continue there.
   */
  private tokenPattern = WORD

  constructor(entries: readonly LexiconEntry[], allow: readonly string[] = []) {
    const allowed = new Set(allow.map(normalizeTerm))
    this.allowed = allowed
    const kept: LexiconEntry[] = []
    for (const entry of entries) {
      if (allowed.has(normalizeTerm(entry.term))) continue
      const forms = entry.forms.filter((form) => !allowed.has(normalizeTerm(form)))
      if (forms.length === 0) continue
      kept.push(entry)
      if (entry.ignoreIn?.length) this.ignoreIn.set(entry, entry.ignoreIn.map(phrasePattern))
      // A later entry (from the user's config) overrides a built-in form.
      for (const form of forms) this.insert(formKeys(normalizeTerm(form)), entry)
    }
    this.entries = kept
  }

  private insert(keys: readonly string[], entry: LexiconEntry): void {
    // Nothing to match: the config's schema reports such a term; data built in code is skipped.
    if (keys.length === 0) return
    let node = this.root
    for (const key of keys) {
      if (!WORD_CHAR.test(key.trimStart()[0]!)) this.tokenPattern = TOKEN
      let child = node.next.get(key)
      if (!child) {
        child = {next: new Map()}
        node.next.set(key, child)
      }
      node = child
    }
    node.entry = entry
  }

  match(text: string): LexiconMatch[] {
    const readsSymbols = this.tokenPattern === TOKEN
    const tokens = matchesOf(this.tokenPattern, text)
    const matches: LexiconMatch[] = []
    const phraseMatches = new Map<RegExp, RegExpExecArray[]>()
    for (let first = 0; first < tokens.length; first++) {
      const start = tokens[first].index
      // A term does not start inside a hyphenated or apostrophized word ("non-seamless"),
      // nor with a symbol stuck to the word before it (".NET" in "ASP.NET").
      if (start > 0 && JOINED_TO_WORD_BEFORE.test(text[start - 1])) continue
      if (readsSymbols && start > 0 && !WORD_CHAR.test(tokens[first][0]) && WORD_CHAR.test(characterBefore(text, start))) continue
      let node: TrieNode | undefined = this.root
      let longest: {entry: LexiconEntry; end: number; last: number} | undefined
      for (let index = first; index < tokens.length; index++) {
        const token = tokens[index]
        let key = token[0].toLowerCase()
        if (index > first) {
          const previous = tokens[index - 1]
          const previousEnd = previous.index + previous[0].length
          if (token.index > previousEnd) {
            // With words-only tokens, punctuation between two words ends the term.
            if (!JOINER.test(text.slice(previousEnd, token.index))) break
            key = ` ${key}`
          }
        }
        node = node.next.get(key)
        if (!node) break
        const end = token.index + token[0].length
        if (node.entry && isTermEnd(text, end, token[0])) longest = {entry: node.entry, end, last: index}
      }
      if (!longest) continue
      const ignoreIn = this.ignoreIn.get(longest.entry)
      if (ignoreIn && withinPhrase(text, start, longest.end, ignoreIn, phraseMatches)) continue
      matches.push({entry: longest.entry, start, end: longest.end, text: text.slice(start, longest.end)})
      first = longest.last
    }
    return matches
  }
}

/**
 * A term ends at a word boundary: not before a hyphen ("seamless-looking" is another
 * word), and, when it ends in a symbol, not right before a word ("C++" in "C++x"). A term
 * that ends in a word needs no check: the word token ends where the word does.
 */
function isTermEnd(text: string, end: number, lastToken: string): boolean {
  const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : ''
  if (HYPHEN.test(after)) return false
  return !(WORD_CHAR.test(after) && !WORD_CHAR.test(lastToken))
}

/** The whole character (code point) that ends at `index` (> 0). */
function characterBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1)
  const pair = index >= 2 && low >= 0xdc00 && low <= 0xdfff
  return text.slice(pair ? index - 2 : index - 1, index)
}

/** True when one of the phrases occurs in `text` around the match [start, end). */
function withinPhrase(text: string, start: number, end: number, phrases: readonly RegExp[], found: Map<RegExp, RegExpExecArray[]>): boolean {
  for (const phrase of phrases) {
    // Found once per text, not once per term: a sentence can hold thousands of terms.
    let occurrences = found.get(phrase)
    if (!occurrences) found.set(phrase, (occurrences = matchesOf(phrase, text)))
    // Occurrences do not overlap, so the last one starting by `start` reaches furthest.
    const last = lastStartingBy(occurrences, start)
    if (last && last.index + last[0].length >= end) return true
  }
  return false
}

function lastStartingBy(occurrences: readonly RegExpExecArray[], start: number): RegExpExecArray | undefined {
  let low = 0
  let high = occurrences.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (occurrences[middle].index <= start) low = middle + 1
    else high = middle
  }
  return occurrences[low - 1]
}

function phrasePattern(phrase: string): RegExp {
  return new RegExp(normalizeTerm(phrase).split(' ').map(escapeRegExp).join(`[${SEPARATOR_CHARS}]+`), 'giu')
}
