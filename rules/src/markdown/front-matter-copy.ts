// The copy a page keeps in its front matter. Site generators (Hugo, Jekyll, Astro,
// Docusaurus) take a page's meta description, subtitle or excerpt from front matter: it
// is what a search result, a social card or a blog index shows, often the most-read copy
// of the page. Those values are linted as paragraphs of the page; the rest of the front
// matter (dates, slugs, layout, tags, the title, which the page's first heading usually
// repeats) is data.

import type {FrontMatter} from '../profiles/front-matter'
import {NONE, OffsetMap} from './flatten'
import {splitSentences, type BlockModel, type ChunkModel} from './model'

/** Front matter keys whose text value is copy a reader sees, at any depth, each with where it shows (a config's `frontMatterCopy` replaces the list). */
export const COPY_KEYS: ReadonlyArray<{key: string; why: string}> = [
  {key: 'description', why: 'the meta description: the snippet under the page in search results and on social cards'},
  {key: 'summary', why: 'Hugo’s summary: the blurb on list pages and in feeds'},
  {key: 'excerpt', why: 'the excerpt a blog index or feed shows in place of the post'},
  {key: 'subtitle', why: 'the line under the title, on the page itself'},
  {key: 'headline', why: 'the hero headline of a landing page kept in front matter'},
  {key: 'subheadline', why: 'the line under a landing page’s hero headline'},
  {key: 'tagline', why: 'the product’s tagline, shown on the page'},
]

/** The keys of COPY_KEYS: what a config without `frontMatterCopy` lints. */
export const DEFAULT_COPY_KEYS: readonly string[] = Object.freeze(COPY_KEYS.map(({key}) => key))

/**
 * Does a value at `path` hold copy by `key`? A key names the value's own key at any
 * depth (`description` is also `seo.description` and each of a feature list's
 * descriptions); a dotted key names the end of the path (`hero.deck`, `faq.answer`).
 */
export function isCopyKey(path: readonly string[], key: string): boolean {
  const parts = key.split('.')
  if (parts.length > path.length) return false
  const offset = path.length - parts.length
  return parts.every((part, index) => path[offset + index] === part)
}

/**
 * The copy values of the front matter as paragraph blocks, each mapped character by
 * character to where it is written (inside quotes, across the lines of a folded value),
 * or undefined when the front matter holds none.
 */
export function frontMatterCopy(frontMatter: FrontMatter | undefined, text: string, keys: readonly string[]): ChunkModel | undefined {
  if (!frontMatter || keys.length === 0) return undefined
  const blocks: BlockModel[] = []
  for (const {path, value} of frontMatter.strings) {
    if (!keys.some((key) => isCopyKey(path, key)) || !/\p{L}/u.test(value.text)) continue
    const offsets = alignValue(value.text, text, value.range)
    if (!offsets) continue
    blocks.push({
      kind: 'paragraph',
      quote: false,
      listItems: [],
      range: [offsets[0]!, offsets[offsets.length - 1]!],
      text: value.text,
      offsets: OffsetMap.fromOffsets(offsets),
      links: NONE,
      footnotes: NONE,
      code: NONE,
      sentences: splitSentences(value.text),
    })
  }
  // In the order they are written.
  blocks.sort((a, b) => a.range[0] - b.range[0])
  return blocks.length > 0 ? {blocks, comments: []} : undefined
}

/**
 * Where each character of a YAML value is in the source, and after the last one its end:
 * a greedy walk over the value's source range that skips what YAML dropped (quotes, the
 * backslash of an escape, a block scalar's indicator and indentation) and lets a run of
 * whitespace stand for the one space a folded line break becomes. Undefined when the two
 * do not line up (an escape that decodes to another character).
 */
export function alignValue(value: string, text: string, [start, end]: readonly [number, number]): number[] | undefined {
  const offsets: number[] = []
  let at = start
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!
    if (isSpace(char)) {
      while (at < end && text[at] !== char && !isSpace(text[at]!)) at++
      if (at >= end) return undefined
      offsets.push(at)
      at++
      // A line break folded to a space: the rest of the whitespace run (the next line's indentation) was dropped.
      while (at < end && isSpace(text[at]!) && !(i + 1 < value.length && text[at] === value[i + 1])) at++
      continue
    }
    while (at < end && text[at] !== char) at++
    if (at >= end) return undefined
    offsets.push(at)
    at++
  }
  offsets.push(offsets.length > 0 ? offsets[offsets.length - 1]! + 1 : start)
  return offsets
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r'
}
