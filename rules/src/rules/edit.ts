// Shared helpers for building safe edits and rewrite suggestions on a sentence.

import {hasLetterBefore} from '../analysis/context'
import {OUTCOME_BY_TOPIC, topicOf} from '../analysis/topic'
import type {SentenceView} from '../analysis/view'
import {deletionFix, replacementFix} from '../fix/edits'
import type {Fix, Suggestion} from '../types'

const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'feels', 'feel', 'looks', 'look', 'seems', 'seem', 'becomes', 'become', 'stays', 'remains', "it's", 'it’s', "that's", 'that’s', "they're", 'they’re', "we're", 'we’re', "you're", 'you’re'])
const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor', 'yet', 'than', 'as'])

/** Is [start, end) the first words of its sentence (markup aside)? */
export function startsSentence(view: SentenceView, start: number): boolean {
  return !hasLetterBefore(view, start)
}

/** The rewrite with its first letter raised when it opens the sentence. */
export function matchCase(view: SentenceView, start: number, text: string): string {
  return startsSentence(view, start) ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

/** A fix that replaces the sentence-text span [start, end) with `text` ("a"/"an" before it made to agree). */
export function replaceFix(view: SentenceView, start: number, end: number, text: string): Fix {
  return replacementFix(view, start, end, matchCase(view, start, text))
}

/**
 * A fix that deletes the words [start, end) when what is left still reads as a
 * sentence: attributive adjectives ("our seamless sync" → "our sync") and adverbs
 * ("seamlessly syncs" → "syncs"). Undefined when deleting would break the grammar
 * ("it is seamless." → "it is .").
 */
export function removalFix(view: SentenceView, start: number, end: number, {adverb}: {adverb: boolean}): Fix | undefined {
  const before = /([\p{L}'’]+)\s*$/u.exec(view.text.slice(lastWordStart(view.text, start), start))?.[1]?.toLowerCase()
  const after = /^(\s+)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(view.text.slice(end))
  if (after && !CONJUNCTIONS.has(after[2].toLowerCase()) && (adverb || !before || !COPULAS.has(before))) {
    // "Seamless sync for…" → "Sync for…"; "a seamless integration" → "an integration"
    return deletionFix(view, start, end)
  }
  if (adverb && !after && start > 0 && /\s/.test(view.text[start - 1]) && before && !COPULAS.has(before)) {
    // "…syncs seamlessly." → "…syncs."
    return deletionFix(view, start, end)
  }
  return undefined
}

/**
 * Where the word before `start` begins, whitespace after it included: the pattern that
 * reads that word runs on this tail rather than on the whole text before `start`, which
 * would make each fix cost the length of the sentence.
 */
function lastWordStart(text: string, start: number): number {
  let at = start
  while (at > 0 && /\s/.test(text[at - 1])) at--
  for (;;) {
    const pair = at >= 2 && /[\uDC00-\uDFFF]/.test(text[at - 1]) && /[\uD800-\uDBFF]/.test(text[at - 2]) ? 2 : 1
    if (at < pair || !/^[\p{L}'’]$/u.test(text.slice(at - pair, at))) return at
    at -= pair
  }
}

/** Where a clause can be added: before the sentence's closing punctuation. */
export function sentenceEndInsertion(view: SentenceView): number {
  const trailing = /[\s.!?:;"”’)*_]*$/.exec(view.text)
  return view.text.length - (trailing ? trailing[0].length : 0)
}

/** "Add what the buyer gets" at `at` (where the sentence ends): the outcome template for the topic of `about`, words of the sentence. */
export function addOutcomeSuggestion(view: SentenceView, about: string, at = sentenceEndInsertion(view)): Suggestion {
  return {title: 'Add what the buyer gets', fix: {range: view.rangeOf(at, at), text: OUTCOME_BY_TOPIC[topicOf(about, view.text)]}}
}
