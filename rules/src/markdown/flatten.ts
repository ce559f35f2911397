// Turns the inline content of one block into plain prose plus a map from every
// character of that prose back to its UTF-16 offset in the source.
//
// Why not mdast-util-to-nlcst: it places tokens by counting characters from the start
// of each text node, so ranges drift after `\*` escapes, `&amp;` entities and the
// indentation or `> ` that Markdown strips from continuation lines. We align each
// text node's value against its source slice instead, so every range stays exact.

import type {Nodes, PhrasingContent} from 'mdast'
import {maskContainerMarkers, maskTemplateTags} from './site-markup'

/** Stands in for inline code: a concrete identifier, never a word to lint. */
export const CODE_PLACEHOLDER = '\uFFFC'

/**
 * Where each char of flattened text came from: `at(i)` is the source offset of text[i],
 * `at(text.length)` the end of the last char. Stored as runs of consecutive offsets
 * (8 bytes per run instead of 4 per char): prose maps one to one between markup.
 */
export class OffsetMap {
  private constructor(
    /** Pairs: the flat-text index where a run starts, then its source offset. */
    private readonly runs: readonly number[],
  ) {}

  static fromOffsets(offsets: readonly number[]): OffsetMap {
    const runs: number[] = []
    for (let i = 0; i < offsets.length; i++) {
      if (i > 0 && offsets[i] === offsets[i - 1] + 1) continue
      runs.push(i, offsets[i])
    }
    return new OffsetMap(runs)
  }

  at(index: number): number {
    const runs = this.runs
    let low = 0
    let high = runs.length / 2 - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (runs[middle * 2] <= index) low = middle
      else high = middle - 1
    }
    return runs[low * 2 + 1] + (index - runs[low * 2])
  }
}

/** One shared empty list for the many blocks without links, footnotes or code. */
export const NONE: readonly never[] = Object.freeze([])

export interface FlatText {
  text: string
  offsets: OffsetMap
  links: ReadonlyArray<readonly [number, number]>
  footnotes: ReadonlyArray<readonly [number, number]>
  code: ReadonlyArray<readonly [number, number]>
  /** Inline HTML comments, which may hold pitchlint directives. */
  comments: Array<{value: string; start: number; end: number}>
}

interface Builder {
  source: string
  parts: string[]
  offsets: number[]
  lastEnd: number
  /** Addresses found in text, as flat-text index ranges, resolved to source ranges at the end. */
  pendingLinks: Array<[number, number]>
  flat: {links: Array<[number, number]>; footnotes: Array<[number, number]>; code: Array<[number, number]>; comments: FlatText['comments']}
}

/**
 * `shift` is subtracted from every offset recorded: a block parsed as part of a longer
 * text gets offsets relative to its own chunk.
 */
export function flattenInline(children: readonly Nodes[], source: string, blockStart: number, shift = 0): FlatText {
  const builder: Builder = {source, parts: [], offsets: [], lastEnd: blockStart, pendingLinks: [], flat: {links: [], footnotes: [], code: [], comments: []}}
  for (const child of children) visit(builder, child)
  builder.offsets.push(builder.lastEnd)
  for (const [from, to] of builder.pendingLinks) builder.flat.links.push([builder.offsets[from], builder.offsets[to - 1] + 1])
  const {links, footnotes, code, comments} = builder.flat
  const moved = (ranges: Array<[number, number]>) => (ranges.length === 0 ? NONE : shift === 0 ? ranges : ranges.map(([a, b]): [number, number] => [a - shift, b - shift]))
  return {
    // A container marker takes a whole line, which may span text nodes: masked in the joined text.
    text: maskContainerMarkers(builder.parts.join('')),
    offsets: OffsetMap.fromOffsets(shift === 0 ? builder.offsets : builder.offsets.map((offset) => offset - shift)),
    links: moved(links),
    footnotes: moved(footnotes),
    code: moved(code),
    comments: shift === 0 ? comments : comments.map((comment) => ({...comment, start: comment.start - shift, end: comment.end - shift})),
  }
}

function visit(builder: Builder, node: Nodes): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  switch (node.type) {
    case 'text':
      if (start !== undefined && end !== undefined) {
        const at = builder.offsets.length
        // Aligned by the value as written: the masked one no longer matches its source.
        appendAligned(builder, node.value, start, end, maskAddresses(builder, maskTemplateTags(node.value), at))
        // `[^1]` whose definition sits in another chunk (or is not written yet) and
        // superscript markers (¹) still mark a footnote.
        for (const marker of node.value.matchAll(/\[\^[^\]\s]+\]|[¹²³⁴⁵⁶⁷⁸⁹]+/g)) {
          builder.flat.footnotes.push([builder.offsets[at + marker.index], builder.offsets[at + marker.index + marker[0].length - 1] + 1])
        }
      }
      return
    case 'inlineCode':
      if (start !== undefined && end !== undefined) {
        builder.flat.code.push([start, end])
        append(builder, CODE_PLACEHOLDER, start, end)
      }
      return
    case 'break':
      if (start !== undefined && end !== undefined) append(builder, '\n', start, end)
      return
    case 'html':
      if (start === undefined || end === undefined) return
      if (/^<br\s*\/?>$/i.test(node.value)) append(builder, '\n', start, end)
      else if (node.value.startsWith('<!--')) builder.flat.comments.push({value: node.value, start, end})
      return
    case 'footnoteReference':
      if (start !== undefined && end !== undefined) builder.flat.footnotes.push([start, end])
      return
    case 'link':
    case 'linkReference':
      if (start !== undefined && end !== undefined) {
        builder.flat.links.push([start, end])
        // A bare URL (GFM autolink, `<https://…>`) is an address, not prose.
        if (node.type === 'link' && isUrlText(node)) {
          builder.flat.code.push([start, end])
          append(builder, CODE_PLACEHOLDER, start, end)
          return
        }
      }
      break
    case 'image':
    case 'imageReference':
      return
    case 'mdxTextExpression':
      // `{/* proof: id */}` after a claim in MDX: a proof reference, kept like an HTML comment.
      if (start !== undefined && end !== undefined && /^\s*\/\*\s*proof\s*:/.test(node.value)) builder.flat.comments.push({value: node.value, start, end})
      return
    default:
      break
  }
  if ('children' in node) for (const child of node.children as PhrasingContent[]) visit(builder, child)
}

// Bare URLs and e-mail addresses in text (what GFM calls autolink literals).
const ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'"”’)\]]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi

/**
 * Replaces each address in a text value with placeholders of the same length (so the
 * char-by-char alignment still holds) and records it as a link: an address is a
 * reference, not prose.
 */
function maskAddresses(builder: Builder, value: string, at: number): string {
  if (!value.includes('www.') && !value.includes('://') && !value.includes('@')) return value
  return value.replace(ADDRESS, (address, index: number) => {
    builder.pendingLinks.push([at + index, at + index + address.length])
    return CODE_PLACEHOLDER.repeat(address.length)
  })
}

function isUrlText(link: Nodes & {type: 'link'}): boolean {
  const only = link.children.length === 1 ? link.children[0] : undefined
  if (!only || only.type !== 'text') return false
  const text = only.value.replace(/^mailto:/, '')
  return text === link.url || text === link.url.replace(/^mailto:/, '') || /^(?:https?:\/\/|www\.)\S+$/.test(text)
}

function append(builder: Builder, value: string, start: number, end: number): void {
  builder.parts.push(value)
  for (let i = 0; i < value.length; i++) builder.offsets.push(start)
  builder.lastEnd = end
}

/**
 * Maps each char of a text node's value to its place in the source. The value is the
 * source minus escapes' backslashes and continuation prefixes, with entities decoded,
 * so a greedy walk that skips unmatched source chars lines them up. `shown` is the text
 * kept for the value: the value itself, or the same length with its addresses masked.
 */
function appendAligned(builder: Builder, value: string, start: number, end: number, shown = value): void {
  builder.parts.push(shown)
  const {source, offsets} = builder
  if (end - start === value.length && source.startsWith(value, start)) {
    for (let i = 0; i < value.length; i++) offsets.push(start + i)
    builder.lastEnd = end
    return
  }
  let at = start
  for (let i = 0; i < value.length; ) {
    if (at >= end) {
      offsets.push(end)
      i++
      continue
    }
    if (source[at] === value[i]) {
      offsets.push(at++)
      i++
      continue
    }
    if (source[at] === '&') {
      const semicolon = source.indexOf(';', at)
      if (semicolon !== -1 && semicolon - at <= 32 && semicolon < end) {
        const decodedLength = decodedEntityLength(value, i, source.slice(at, semicolon + 1))
        if (decodedLength > 0) {
          for (let k = 0; k < decodedLength; k++) offsets.push(at)
          i += decodedLength
          at = semicolon + 1
          continue
        }
      }
    }
    at++ // a backslash, an entity we could not decode, or a stripped line prefix
  }
  builder.lastEnd = end
}

/** How many chars of `value` at `index` the entity stands for (0 if it does not fit). */
function decodedEntityLength(value: string, index: number, entity: string): number {
  const numeric = /^&#(x[0-9a-f]+|\d+);$/i.exec(entity)
  if (numeric) {
    const code = numeric[1][0].toLowerCase() === 'x' ? parseInt(numeric[1].slice(1), 16) : parseInt(numeric[1], 10)
    const char = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD'
    return value.startsWith(char, index) ? char.length : 0
  }
  // Named entity: the decoded text is one char (rarely two) that the source lacks here.
  const next = value.codePointAt(index)
  if (next === undefined) return 0
  return next > 0xffff ? 2 : 1
}
