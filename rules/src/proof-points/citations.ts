// How a document cites a registry entry: `<!-- proof: id -->` (in MDX `{/* proof: id */}`)
// after the claim, read from the comments of the Markdown tree like the pitchlint-*
// directives, or a link whose target is the entry's source.

import type {SentenceView} from '../analysis/view'
import type {Citation, ProofRegistry} from './types'

const PROOF_COMMENT = /^(?:<!--|\/\*)\s*proof\s*:\s*([\s\S]*?)\s*(?:-->|\*\/)$/

/** The ids a comment cites, or undefined for a comment that is not a proof reference. */
export function proofIdsOf(comment: string): string[] | undefined {
  const match = PROOF_COMMENT.exec(comment.trim())
  if (!match) return undefined
  return match[1].split(/[\s,]+/).filter(Boolean)
}

// Between a claim and the reference after it: spaces, one line break, closing emphasis,
// a block quote marker or a table pipe. A blank line means the comment stands alone.
const SAME_PLACE = /^[ \t*_)\]|>]*(?:\r?\n[ \t>]*)?$/

/**
 * The citations that comments make, each tied to the sentence it stands in or right
 * after. `sentences` are sorted by start; ranges are in the same offsets as `text`.
 */
export function commentCitations(
  comments: ReadonlyArray<{value: string; range: [number, number]}>,
  sentences: ReadonlyArray<{range: [number, number]}>,
  text: string,
): Citation[] {
  const citations: Citation[] = []
  for (const comment of comments) {
    const ids = proofIdsOf(comment.value)
    if (!ids) continue
    const sentence = sentenceBefore(sentences, comment.range[0], text)
    for (const id of ids) citations.push({id, kind: 'comment', range: comment.range, written: comment.value, ...(sentence && {sentence})})
  }
  return citations
}

function sentenceBefore(sentences: ReadonlyArray<{range: [number, number]}>, at: number, text: string): [number, number] | undefined {
  let low = 0
  let high = sentences.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sentences[middle].range[0] < at) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  if (found === -1) return undefined
  const range = sentences[found].range
  if (at < range[1] || SAME_PLACE.test(text.slice(range[1], at))) return range
  return undefined
}

/** Citations by link: a link in a sentence whose target is a registry entry's source. */
export function linkCitations(views: readonly SentenceView[], registry: ProofRegistry | undefined): Citation[] {
  if (!registry || registry.entries.length === 0) return []
  const bySource = new Map(registry.entries.map((entry) => [normalizeTarget(entry.source), entry.id]))
  const citations: Citation[] = []
  for (const view of views) {
    if (!view.hasReference()) continue
    const sentence = view.range()
    for (const [start, end] of view.block.links) {
      const range: [number, number] = [start + view.base, end + view.base]
      if (range[1] <= sentence[0] || range[0] >= sentence[1]) continue
      const target = linkTarget(view.source.slice(start, end))
      const id = target && bySource.get(normalizeTarget(target))
      if (id) citations.push({id, kind: 'link', range, sentence})
    }
  }
  return citations
}

/** The destination of a link's source text: `[words](target "title")`, `<target>` or a bare URL. */
function linkTarget(source: string): string | undefined {
  const inline = /\]\(\s*<?([^)\s>]+)>?/.exec(source)
  if (inline) return inline[1]
  const bare = /^<?((?:https?:\/\/|mailto:)[^\s>]+)>?$/.exec(source.trim())
  return bare?.[1]
}

function normalizeTarget(target: string): string {
  return target.trim().replace(/^\.\//, '').replace(/\/+$/, '').toLowerCase()
}
