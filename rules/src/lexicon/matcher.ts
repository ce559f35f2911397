import type {LexiconEntry} from './types'
import {matchesOf} from '../matches'

export interface LexiconMatch {
  entry: LexiconEntry
  /** Indices into the searched text. */
  start: number
  end: number
  text: string
}

/** Lowercase; runs of spaces and hyphens count as one space. */
export function normalizeTerm(value: string): string {
  return value.toLowerCase().replace(/[\s\u2010-\u2013-]+/g, ' ').trim()
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A space or a hyphen (of any kind) between the words of a term. */
const SEPARATOR = '[\\s\\u2010-\\u2013-]+'
const JOINER = /^[\s\u2010-\u2013-]+$/
const WORD = /[\p{L}\p{N}_]+(?:['’][\p{L}\p{N}_]+)*/gu

interface TrieNode {
  next: Map<string, TrieNode>
  entry?: LexiconEntry
}

/**
 * Finds lexicon terms in prose: whole words, case-insensitive, a space and a hyphen
 * interchangeable, longest form first. Terms are matched word by word in a trie:
 * one pass over the words of a sentence, whatever the size of the lexicon (a single
 * regular expression with hundreds of alternatives was the linter's hottest spot).
 */
export class LexiconMatcher {
  readonly entries: readonly LexiconEntry[]
  private readonly root: TrieNode = {next: new Map()}
  private readonly ignoreIn = new Map<LexiconEntry, RegExp[]>()
  /** Terms the config allows (normalized): never reported, by the lexicon or by the scorer. */
  readonly allowed: ReadonlySet<string>

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
      for (const form of forms) this.insert(normalizeTerm(form), entry)
    }
    this.entries = kept
  }

  private insert(form: string, entry: LexiconEntry): void {
    let node = this.root
    for (const word of form.split(' ')) {
      let child = node.next.get(word)
      if (!child) {
        child = {next: new Map()}
        node.next.set(word, child)
      }
      node = child
    }
    node.entry = entry
  }

  match(text: string): LexiconMatch[] {
    const words = matchesOf(WORD, text)
    const matches: LexiconMatch[] = []
    for (let first = 0; first < words.length; first++) {
      const start = words[first].index
      // A term does not start inside a hyphenated or apostrophized word ("non-seamless").
      if (start > 0 && /[\u2010-\u2013'’-]/.test(text[start - 1])) continue
      let node: TrieNode | undefined = this.root
      let longest: {entry: LexiconEntry; end: number; last: number} | undefined
      for (let index = first; index < words.length; index++) {
        const word = words[index]
        if (index > first && !JOINER.test(text.slice(words[index - 1].index + words[index - 1][0].length, word.index))) break
        node = node.next.get(word[0].toLowerCase())
        if (!node) break
        const end = word.index + word[0].length
        if (node.entry && !/[\u2010-\u2013-]/.test(text[end] ?? '')) longest = {entry: node.entry, end, last: index}
      }
      if (!longest) continue
      const ignoreIn = this.ignoreIn.get(longest.entry)
      if (ignoreIn && withinPhrase(text, start, longest.end, ignoreIn)) continue
      matches.push({entry: longest.entry, start, end: longest.end, text: text.slice(start, longest.end)})
      first = longest.last
    }
    return matches
  }
}

/** True when one of the phrases occurs in `text` around the match [start, end). */
function withinPhrase(text: string, start: number, end: number, phrases: readonly RegExp[]): boolean {
  for (const phrase of phrases) {
    for (const found of matchesOf(phrase, text)) {
      if (found.index <= start && found.index + found[0].length >= end) return true
    }
  }
  return false
}

function phrasePattern(phrase: string): RegExp {
  return new RegExp(normalizeTerm(phrase).split(' ').map(escapeRegExp).join(SEPARATOR), 'giu')
}
