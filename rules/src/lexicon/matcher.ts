import type {LexiconEntry} from './types'

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

/** A space or a hyphen (of any kind) between the words of a term. */
const SEPARATOR = '[\\s\\u2010-\\u2013-]+'

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Finds lexicon terms in prose: whole words, case-insensitive, a space and a hyphen
 * interchangeable, longest form first. One regular expression for the whole lexicon:
 * V8 compiles the alternation once, which is far cheaper than a loop per entry.
 */
export class LexiconMatcher {
  readonly entries: readonly LexiconEntry[]
  private readonly byForm = new Map<string, LexiconEntry>()
  private readonly pattern: RegExp | undefined
  private readonly ignoreIn = new Map<LexiconEntry, RegExp[]>()

  constructor(entries: readonly LexiconEntry[], allow: readonly string[] = []) {
    const allowed = new Set(allow.map(normalizeTerm))
    const kept: LexiconEntry[] = []
    for (const entry of entries) {
      if (allowed.has(normalizeTerm(entry.term))) continue
      const forms = entry.forms.filter((form) => !allowed.has(normalizeTerm(form)))
      if (forms.length === 0) continue
      kept.push(entry)
      if (entry.ignoreIn?.length) this.ignoreIn.set(entry, entry.ignoreIn.map(phrasePattern))
      // A later entry (from the user's config) overrides a built-in form.
      for (const form of forms) this.byForm.set(normalizeTerm(form), entry)
    }
    this.entries = kept
    const forms = [...this.byForm.keys()].sort((a, b) => b.length - a.length)
    if (forms.length > 0) {
      const alternatives = forms.map((form) => form.split(' ').map(escapeRegExp).join(SEPARATOR))
      this.pattern = new RegExp(`(?<![\\p{L}\\p{N}_'’-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_-])`, 'giu')
    }
  }

  match(text: string): LexiconMatch[] {
    if (!this.pattern) return []
    const matches: LexiconMatch[] = []
    for (const found of text.matchAll(this.pattern)) {
      const entry = this.byForm.get(normalizeTerm(found[0]))
      if (!entry) continue
      const start = found.index
      const end = start + found[0].length
      const ignoreIn = this.ignoreIn.get(entry)
      if (ignoreIn && withinPhrase(text, start, end, ignoreIn)) continue
      matches.push({entry, start, end, text: found[0]})
    }
    return matches
  }
}

/** True when one of the phrases occurs in `text` around the match [start, end). */
function withinPhrase(text: string, start: number, end: number, phrases: readonly RegExp[]): boolean {
  for (const phrase of phrases) {
    for (const found of text.matchAll(phrase)) {
      if (found.index <= start && found.index + found[0].length >= end) return true
    }
  }
  return false
}

function phrasePattern(phrase: string): RegExp {
  return new RegExp(normalizeTerm(phrase).split(' ').map(escapeRegExp).join(SEPARATOR), 'giu')
}
