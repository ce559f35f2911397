// Deleting words from a sentence so that what is left still reads as written by a
// person: the article before them agrees with the word that now follows ("a very easy
// setup" → "an easy setup"), a sentence that loses its first word starts with a
// capital, and no space is left doubled or stranded before punctuation ("fast, truly."
// → "fast."). Whether a word may go at all is the rule's call; this is the mechanics.
// Every edit is one range of source offsets from the tree, and an edit that would eat
// markup (emphasis, a link) is not made.

import {hasLetterBefore} from '../analysis/context'
import type {SentenceView} from '../analysis/view'
import type {Fix} from '../types'
import {articleFits, otherArticle} from './article'

/** "a" or "an" as a word, then the space before the next word. */
const ARTICLE_BEFORE = /(?<![\p{L}\p{N}'’_-])(an?)(\s+)$/iu

/** Where the clause ends: closing punctuation, a closing quote or bracket, or the end. */
const CLAUSE_END = /^(?:[.!?;:,)\]}”’"…]|\s*$)/u

/**
 * One edit that deletes the words at sentence-text [start, end), or undefined when no
 * tidy edit exists: nothing would be left of the sentence, markup sits in the span, or
 * an article would be left whose fit to the next word cannot be told.
 */
export function deletionFix(view: SentenceView, start: number, end: number): Fix | undefined {
  const {text} = view
  // What the patterns below read before the words: the spaces and a comma (see `tailStart`).
  const before = text.slice(tailStart(text, start, 1), start)
  const after = text.slice(end)
  const opensSentence = !hasLetterBefore(view, start)

  // A word follows, perhaps after a comma ("Really, it works"; "is, truly, the best").
  const gap = /^(,?)(\s+)(?=[\p{L}\p{N}])/u.exec(after)
  if (gap) {
    const nextWord = end + gap[0].length
    const commaBefore = /,(\s+)$/.exec(before)
    if (gap[1] && commaBefore && !opensSentence) {
      // Parenthetical: drop ", truly," whole and keep the space after it.
      return plainDeletion(view, start - commaBefore[0].length, end + 1)
    }
    if (gap[1] && !opensSentence) return plainDeletion(view, spaceStart(before, start), end)
    if (opensSentence) return deletionOpeningSentence(view, start, nextWord)
    return deletionAfterArticle(view, start, nextWord)
  }

  if (!CLAUSE_END.test(after) || opensSentence) return undefined
  // Nothing follows in the clause: take the space (and a comma) before the word instead,
  // so "syncs seamlessly." → "syncs." and "fast, truly." → "fast.".
  const commaBefore = /,\s+$/.exec(before)
  if (commaBefore && /^(?:[.!?;:,)\]}”’"…]|$)/u.test(after)) return plainDeletion(view, start - commaBefore[0].length, end)
  const from = spaceStart(before, start)
  return from < start ? plainDeletion(view, from, end) : undefined
}

/**
 * Where to start reading the text before `start` for a pattern anchored at `start`:
 * its run of whitespace and `reach` code units before that. Reading the whole text
 * before each edited word instead would make a sentence with thousands of them
 * quadratic.
 */
function tailStart(text: string, start: number, reach: number): number {
  let at = start
  while (at > 0 && /\s/.test(text[at - 1])) at--
  return Math.max(0, at - reach)
}

/** Where the run of spaces that ends at `start` begins. */
function spaceStart(before: string, start: number): number {
  return start - (/\s*$/.exec(before)?.[0].length ?? 0)
}

/** Deletes [from, to) when it holds no markup. */
function plainDeletion(view: SentenceView, from: number, to: number): Fix | undefined {
  if (!isPlain(view, from, to)) return undefined
  return {range: view.rangeOf(from, to), text: ''}
}

/** The source of [from, to) is the sentence text itself: no markup, entity or code in it. */
function isPlain(view: SentenceView, from: number, to: number): boolean {
  return view.sourceOf(from, to) === view.text.slice(from, to)
}

/**
 * Deletes the sentence's first words [start, nextWord): the next word takes their
 * capital ("Very simple setup." → "Simple setup."). Markup between the space and the
 * next word ("Very **simple**") stays where it is.
 */
function deletionOpeningSentence(view: SentenceView, start: number, nextWord: number): Fix | undefined {
  const {text} = view
  const first = text.charAt(start)
  const capital = text.charAt(nextWord).toUpperCase()
  if (first === first.toLowerCase() || capital === text.charAt(nextWord)) return plainDeletion(view, start, nextWord)
  if (!isPlain(view, start, nextWord) || !isPlain(view, nextWord, nextWord + 1)) return undefined
  const [from, markupStart] = view.rangeOf(start, nextWord)
  const [letterStart, letterEnd] = view.rangeOf(nextWord, nextWord + 1)
  const markup = view.source.slice(markupStart - view.base, letterStart - view.base)
  return {range: [from, letterEnd], text: markup + capital}
}

/**
 * Deletes [start, nextWord) mid-sentence. When "a"/"an" comes just before and no
 * longer fits the word that now follows, the edit widens to take the article in and
 * writes the other one ("an extremely useful tool" → "a useful tool"). No edit when
 * the fit cannot be told: a wrong article is worse than an intensifier left in.
 */
function deletionAfterArticle(view: SentenceView, start: number, nextWord: number): Fix | undefined {
  if (!isPlain(view, start, nextWord)) return undefined
  const article = articleBefore(view, start)
  if (!article) return plainDeletion(view, start, nextWord)
  const fits = articleFits(article.word, /^\S+/.exec(view.text.slice(nextWord))![0])
  if (fits === undefined) return undefined
  return fits ? plainDeletion(view, start, nextWord) : withOtherArticle(view, article, start, nextWord, '')
}

/**
 * One edit that replaces sentence-text [start, end) with `replacement`, changing "a"
 * to "an" (or back) before it when the replacement starts with the other sound
 * ("a robust API" → "an API-first…"). A replacement whose sound cannot be told (a
 * ‹placeholder›) leaves the article as written.
 */
export function replacementFix(view: SentenceView, start: number, end: number, replacement: string): Fix {
  const article = articleBefore(view, start)
  if (article && articleFits(article.word, replacement) === false) return withOtherArticle(view, article, start, end, replacement)
  return {range: view.rangeOf(start, end), text: replacement}
}

interface Article {
  word: string
  /** Sentence-text offset of the article. */
  start: number
}

/** The "a"/"an" just before `start`, if it is one ("Plan A very…": a capital "A" mid-sentence is a name). */
function articleBefore(view: SentenceView, start: number): Article | undefined {
  // "an" and the character before it, which may be a surrogate pair.
  const from = tailStart(view.text, start, 4)
  const found = ARTICLE_BEFORE.exec(view.text.slice(from, start))
  if (!found) return undefined
  const word = found[1]
  if (word !== word.toLowerCase() && hasLetterBefore(view, from + found.index)) return undefined
  return {word, start: from + found.index}
}

/** Replaces [start, end) with `replacement` and the article before it with the other one. */
function withOtherArticle(view: SentenceView, article: Article, start: number, end: number, replacement: string): Fix {
  const [from, articleEnd] = view.rangeOf(article.start, article.start + article.word.length)
  const [wordsFrom, to] = view.rangeOf(start, end)
  // What lies between the article and the edited words (a space; a line break and a
  // list indent; an opening link bracket) is kept as written.
  const between = view.source.slice(articleEnd - view.base, wordsFrom - view.base)
  return {range: [from, to], text: otherArticle(article.word) + between + replacement}
}
