// Builds the message units the rules reason about from one parsed chunk: prose
// blocks (paragraph, heading, list item, table cell), their sentences, the
// list items and table rows that group them, and pitchlint directive comments.
// Every offset here is relative to the chunk, so a chunk's model can be cached by its
// text and reused wherever that text moves in the document.

import type {Nodes, Parent, Root, Table} from 'mdast'
import {ParseEnglish} from 'parse-english'
import {flattenInline, type FlatText, type OffsetMap} from './flatten'
import {containerNesting, crowdedParagraph} from './limits'
import {parseMarkdown, type Syntax} from './parse'
import {matchesOf} from '../matches'
import {lastAtOrBefore} from '../sorted'

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-cell'

export interface SentenceModel {
  /** Indices into the block's text. */
  start: number
  end: number
  text: string
  /** Words in the sentence (a count is all the rules need; word objects cost memory). */
  wordCount: number
}

export interface BlockModel {
  kind: BlockKind
  /** Heading depth (1–6) for headings. */
  depth?: number
  quote: boolean
  /** Ids of the list items around this block, outermost first. */
  listItems: number[]
  /** For a table cell: its row and column (0-based), whether it is in the header row, and an id its row's cells share. */
  table?: {row: number; column: number; header: boolean; rowId: number}
  range: [number, number]
  text: string
  offsets: OffsetMap
  links: ReadonlyArray<readonly [number, number]>
  footnotes: ReadonlyArray<readonly [number, number]>
  code: ReadonlyArray<readonly [number, number]>
  sentences: SentenceModel[]
}

export interface DirectiveComment {
  value: string
  range: [number, number]
}

export interface ChunkModel {
  blocks: BlockModel[]
  comments: DirectiveComment[]
  /** Set when part of the chunk could not be parsed or walked. */
  problem?: string
}

const parser = new ParseEnglish()
const MAX_DEPTH = 1000
/**
 * micromark's cost grows faster than linearly with container nesting (300 nested
 * lists take a second, 1,000 take thirty), so a chunk nested deeper than this is
 * reported instead of parsed.
 */
const MAX_NESTING = 100
/**
 * And with the square of the emphasis and link markers in one paragraph, so a chunk
 * with a paragraph holding more than this is reported too. Prose holds a few dozen at
 * most; the whole corpus, under a hundred.
 */
const MAX_PARAGRAPH_MARKERS = 1000

/** Why micromark would take too long over a chunk (see ./limits), or undefined. */
function tooCostlyToParse(text: string): string | undefined {
  const depth = containerNesting(text)
  if (depth > MAX_NESTING) return `lists or quotes nested more than ${MAX_NESTING} levels deep; this part was not linted (they reach ${count(depth)} levels)`
  const markers = crowdedParagraph(text)
  if (markers > MAX_PARAGRAPH_MARKERS) return `a paragraph with more than ${count(MAX_PARAGRAPH_MARKERS)} emphasis and link markers (it has ${count(markers)}); this part was not linted`
  return undefined
}

function count(value: number): string {
  return value.toLocaleString('en-US')
}

/**
 * `definitions` are the document's link reference definitions that this chunk uses:
 * they sit in other chunks, and `[text][ref]` is only a link when its definition is
 * parsed with it. They are appended after the chunk, so offsets do not move.
 */
export function buildChunkModel(text: string, syntax: Syntax, definitions = ''): ChunkModel {
  return buildChunkModels(text, [0], syntax, definitions)[0]
}

/**
 * Models for consecutive chunks of one text, parsed together: a remark parse has a set-up
 * cost that thousands of small chunks would pay one by one. `starts` are the chunks'
 * offsets in `text` (the first is 0); each block and comment goes to the chunk it starts
 * in, with offsets relative to that chunk, exactly as if the chunk were parsed alone
 * (chunk boundaries are where no Markdown construct continues). `definitions` are each
 * chunk's (see `definitionsFor`), or one text for all.
 *
 * A chunk's model must not depend on the chunks parsed with it: a cache keeps it by its
 * text, an edit re-parses it alone, and a cold lint parses it with its neighbours. Where
 * the parse together may differ, the chunk is parsed alone: when a block runs across a
 * chunk start (the splitter missed a construct), and when a chunk holds a reference that
 * resolved (a neighbour's definition may have resolved it).
 */
export function buildChunkModels(text: string, starts: readonly number[], syntax: Syntax, definitions: string | readonly string[] = ''): ChunkModel[] {
  const models: ChunkModel[] = starts.map(() => ({blocks: [], comments: []}))
  const ownDefinitions = (index: number): string => (typeof definitions === 'string' ? definitions : (definitions[index] ?? ''))
  const allDefinitions = typeof definitions === 'string' ? definitions : [...new Set(definitions.flatMap((lines) => (lines ? lines.split('\n') : [])))].join('\n')
  if (starts.length === 1) {
    const problem = tooCostlyToParse(text)
    if (problem) {
      models[0].problem = problem
      return models
    }
  } else if (starts.some((start, index) => tooCostlyToParse(text.slice(start, starts[index + 1] ?? text.length)))) {
    return buildSeparately(text, starts, syntax, ownDefinitions)
  }
  let tree: Root
  try {
    tree = parseMarkdown(allDefinitions ? `${text}\n\n${allDefinitions}` : text, syntax).tree
  } catch (error) {
    if (starts.length > 1) return buildSeparately(text, starts, syntax, ownDefinitions)
    models[0].problem = `could not parse this part (${error instanceof Error ? error.message : String(error)}); it was not linted`
    return models
  }
  if (starts.length > 1 && spansAChunkStart(tree, starts, text.length)) return buildSeparately(text, starts, syntax, ownDefinitions)
  const state: WalkState = {text, starts, models, listItemIds: 0, rowIds: 0, tooDeep: new Map()}
  walk(state, tree, {listItems: [], quote: false}, 0)
  for (const [index, depth] of state.tooDeep) models[index].problem = `content nested more than ${MAX_DEPTH} levels deep was not linted (it reaches ${count(depth)} levels)`
  if (starts.length > 1) {
    for (const index of chunksWithResolvedReferences(tree, starts, text.length)) {
      models[index] = buildChunkModels(text.slice(starts[index], starts[index + 1] ?? text.length), [0], syntax, ownDefinitions(index))[0]
    }
  }
  return models
}

/**
 * Whether a top-level block starts in one chunk and runs into the next, or into the
 * definitions appended after the last (an unclosed fence takes them). A list may: its
 * items on either side of a blank line make the same blocks and units as two lists would.
 */
function spansAChunkStart(tree: Root, starts: readonly number[], textLength: number): boolean {
  const spans = (node: Nodes): boolean => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined || start >= textLength) return false
    return end > (starts[lastAtOrBefore(starts, start) + 1] ?? textLength)
  }
  return tree.children.some((node) => (node.type === 'list' ? node.children.some(spans) : spans(node)))
}

/**
 * The chunks holding a link, image or footnote reference that resolved to a definition.
 * (One that did not resolve here, with every neighbour's definitions, does not alone.)
 */
function chunksWithResolvedReferences(tree: Root, starts: readonly number[], textLength: number): Set<number> {
  const found = new Set<number>()
  const pending: Nodes[] = [tree]
  while (pending.length > 0) {
    const node = pending.pop()!
    if (node.type === 'linkReference' || node.type === 'imageReference' || node.type === 'footnoteReference') {
      const start = node.position?.start.offset
      if (start !== undefined && start < textLength) found.add(lastAtOrBefore(starts, start))
    }
    if ('children' in node) for (const child of (node as Parent).children) pending.push(child as Nodes)
  }
  return found
}

/** One parse per chunk: when the chunks parsed together fail, only the bad one is lost. */
function buildSeparately(text: string, starts: readonly number[], syntax: Syntax, definitionsOf: (index: number) => string): ChunkModel[] {
  return starts.map((start, index) => buildChunkModels(text.slice(start, starts[index + 1] ?? text.length), [0], syntax, definitionsOf(index))[0])
}

interface WalkState {
  text: string
  starts: readonly number[]
  models: ChunkModel[]
  listItemIds: number
  rowIds: number
  /** Chunks where content was nested too deep to walk, with the depth it reaches. */
  tooDeep: Map<number, number>
}

/** The chunk an offset falls in. */
function chunkAt(state: WalkState, offset: number): number {
  return lastAtOrBefore(state.starts, offset)
}

interface Context {
  listItems: number[]
  quote: boolean
}

function walk(state: WalkState, node: Nodes, context: Context, depth: number): void {
  if (depth > MAX_DEPTH) {
    const chunk = chunkAt(state, node.position?.start.offset ?? 0)
    state.tooDeep.set(chunk, Math.max(state.tooDeep.get(chunk) ?? 0, depth + subtreeDepth(node)))
    return
  }
  switch (node.type) {
    case 'paragraph':
      addBlock(state, node, context.listItems.length > 0 ? 'list-item' : 'paragraph', context)
      return
    case 'heading':
      addBlock(state, node, 'heading', context, {depth: node.depth})
      return
    case 'table':
      addTable(state, node, context)
      return
    case 'html':
      addComments(state, node.value, node.position?.start.offset)
      return
    case 'mdxFlowExpression':
      addComments(state, node.value, node.position?.start.offset)
      return
    case 'listItem': {
      const inner = {...context, listItems: [...context.listItems, state.listItemIds++]}
      for (const child of node.children) walk(state, child, inner, depth + 1)
      return
    }
    case 'blockquote': {
      const inner = {...context, quote: true}
      for (const child of node.children) walk(state, child, inner, depth + 1)
      return
    }
    // Never prose: code, front matter, link definitions, ESM, math.
    case 'code':
    case 'yaml':
    case 'definition':
    case 'mdxjsEsm':
    case 'thematicBreak':
      return
    default:
      if ('children' in node) for (const child of (node as Parent).children) walk(state, child as Nodes, context, depth + 1)
  }
}

/** How many levels lie below `node`, counted without recursion (the tree is too deep for it). */
function subtreeDepth(node: Nodes): number {
  let deepest = 0
  const pending: Array<[Nodes, number]> = [[node, 0]]
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!
    deepest = Math.max(deepest, depth)
    if ('children' in current) for (const child of (current as Parent).children) pending.push([child as Nodes, depth + 1])
  }
  return deepest
}

function addTable(state: WalkState, table: Table, context: Context): void {
  table.children.forEach((row, rowIndex) => {
    const rowId = state.rowIds++
    row.children.forEach((cell, column) => {
      addBlock(state, cell, 'table-cell', context, {table: {row: rowIndex, column, header: rowIndex === 0, rowId}})
    })
  })
}

function addBlock(state: WalkState, node: Parent & Nodes, kind: BlockKind, context: Context, extra: Partial<BlockModel> = {}): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined || end > state.text.length) return
  const chunk = chunkAt(state, start)
  const shift = state.starts[chunk]
  const flat = flattenInline(node.children as Nodes[], state.text, start, shift)
  for (const comment of flat.comments) addComments(state, comment.value, comment.start + shift)
  if (!/[\p{L}\p{N}]/u.test(flat.text)) return
  state.models[chunk].blocks.push({
    kind,
    quote: context.quote,
    listItems: context.listItems,
    range: [start - shift, end - shift],
    ...extra,
    ...withoutComments(flat),
    sentences: splitSentences(flat.text),
  })
}

function withoutComments({comments: _comments, ...rest}: FlatText): Omit<FlatText, 'comments'> {
  return rest
}

// pitchlint-* directives, and `proof: id` references to the proof-point registry.
const directivePattern = /<!--\s*(?:pitchlint-|proof\s*:)[\s\S]*?-->|\/\*\s*(?:pitchlint-|proof\s*:)[\s\S]*?\*\//g

function addComments(state: WalkState, value: string, start: number | undefined): void {
  if (start === undefined || !(value.includes('pitchlint-') || value.includes('proof'))) return
  const chunk = chunkAt(state, start)
  for (const match of matchesOf(directivePattern, value)) {
    const at = start - state.starts[chunk] + match.index
    // A copy: the comment must not keep the whole parsed text alive in the cache.
    state.models[chunk].comments.push({value: ` ${match[0]}`.slice(1), range: [at, at + match[0].length]})
  }
}

const definitionLine = /^ {0,3}\[([^\]][^\]]*)\]:[ \t]*\S.*$/gm

/** Link reference and footnote definitions (`[^1]: …`, label `^1`) of a document, by lowercase label. */
export function findDefinitions(text: string): Map<string, string> {
  const definitions = new Map<string, string>()
  if (!text.includes(']:')) return definitions
  for (const match of matchesOf(definitionLine, text)) definitions.set(match[1].toLowerCase(), match[0].trim())
  return definitions
}

/** The definitions a chunk refers to (`[label]`), as text to parse with it. */
export function definitionsFor(chunk: string, definitions: ReadonlyMap<string, string>): string {
  if (definitions.size === 0 || !chunk.includes('[')) return ''
  const lower = chunk.toLowerCase()
  // The chunk's own definitions, as lines: the same text inside a line is no definition.
  const own = new Set(findDefinitions(chunk).values())
  const used: string[] = []
  for (const [label, line] of definitions) if (lower.includes(`[${label}]`) && !own.has(line)) used.push(line)
  return used.join('\n')
}

/**
 * The longest stretch of text, in characters, with no full stop, question or exclamation
 * mark that parse-english reads in one piece. Longer ones are read in pieces cut at
 * whitespace: parse-english splices each hyphenated word into its sentence's list of
 * words, which makes a sentence cost the square of its length ("best-in-class, " 70,000
 * times). No prose runs this long between two stops, so only such input is cut.
 */
const LONGEST_UNSTOPPED = 20_000

/** Where to cut `text` before handing it to parse-english: whitespace inside very long stretches without a stop. */
function cutsOf(text: string): number[] {
  const cuts: number[] = []
  if (text.length <= LONGEST_UNSTOPPED) return cuts
  let since = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 46 || code === 33 || code === 63) since = i + 1
    else if (i - since >= LONGEST_UNSTOPPED && (code === 32 || code === 10 || code === 9)) {
      cuts.push(i)
      since = i
    }
  }
  return cuts
}

/** Sentences via parse-english, the parser behind retext-english. */
export function splitSentences(text: string): SentenceModel[] {
  const sentences: SentenceModel[] = []
  const cuts = cutsOf(text)
  for (let piece = 0; piece <= cuts.length; piece++) {
    const base = piece === 0 ? 0 : cuts[piece - 1]!
    addSentences(sentences, text, base, piece === cuts.length ? text.length : cuts[piece]!)
  }
  return sentences
}

/** The sentences of `text` from `from` to `to`, appended to `sentences` (offsets in `text`). */
function addSentences(sentences: SentenceModel[], text: string, from: number, to: number): void {
  const root = parser.parse(text.slice(from, to))
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode' || !sentence.position) continue
      const start = from + (sentence.position.start.offset ?? 0)
      const end = sentence.position.end.offset === undefined ? start : from + sentence.position.end.offset
      let wordCount = 0
      for (const child of sentence.children) if (child.type === 'WordNode') wordCount++
      const previous = sentences[sentences.length - 1]
      // A footnote marker after the full stop ("…category.[^1]") belongs to the sentence
      // before; so does what follows a dot that starts a word (parse-english ends "We ship
      // .NET SDKs" at the dot: a full stop has no space before it and one after).
      const startsWithDot = previous !== undefined && previous.end === start && /\s\.$/.test(previous.text)
      if (previous && (startsWithDot || /^(?:\[\^[^\]\s]+\]|[^\p{L}])+$/u.test(text.slice(start, end)))) {
        previous.end = end
        previous.text = text.slice(previous.start, end)
        previous.wordCount += wordCount
        continue
      }
      const sentenceText = text.slice(start, end)
      const cuts = questionCuts(sentenceText)
      if (cuts.length === 0) {
        sentences.push({start, end, text: sentenceText, wordCount})
        continue
      }
      const bounds = [start, ...cuts.map((cut) => start + cut), end]
      for (let piece = 0; piece < bounds.length - 1; piece++) {
        const pieceStart = bounds[piece]!
        const pieceEnd = bounds[piece + 1]!
        // A sentence ends at its question mark, not at the space after it.
        let trimmed = pieceEnd
        while (trimmed > pieceStart && /\s/.test(text[trimmed - 1]!)) trimmed--
        let words = 0
        for (const child of sentence.children) {
          const at = from + (child.position?.start.offset ?? -1)
          if (child.type === 'WordNode' && at >= pieceStart && at < pieceEnd) words++
        }
        sentences.push({start: pieceStart, end: trimmed, text: text.slice(pieceStart, trimmed), wordCount: words})
      }
    }
  }
}

/** Brackets and quotes that open a stretch a question mark inside of does not end the sentence. */
const OPENERS = new Map([['(', ')'], ['[', ']'], ['“', '”'], ['«', '»']])

/**
 * Where, inside a sentence parse-english found, it ran two sentences together (offsets
 * in the sentence): a question mark, then a space and a lowercase letter. It takes the
 * lowercase letter for the rest of one sentence, as after "e.g."; in copy it is a new
 * sentence more often than not, led by a brand that writes itself in lowercase ("Still
 * closing the books by hand? tallyworks matches every bank line overnight") or written
 * casually ("Where is it linked from? how do people find it?"). Not inside brackets or
 * quotes ("the “is it down?” question", "(a partner? a new hire?)"), where the question
 * is part of the sentence around it, and not after "!", which ends brand names ("Yay!
 * cut its release time").
 */
function questionCuts(sentence: string): number[] {
  const cuts: number[] = []
  // Most sentences have no question mark before their last character: no scan for them.
  const first = sentence.indexOf('?')
  if (first === -1 || first >= sentence.length - 1) return cuts
  const closing: string[] = []
  let straightQuote = false
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i]!
    const closer = OPENERS.get(char)
    if (closer) closing.push(closer)
    else if (char === closing[closing.length - 1]) closing.pop()
    else if (char === '"') straightQuote = !straightQuote
    else if (char === '?' && closing.length === 0 && !straightQuote) {
      let next = i + 1
      while (next < sentence.length && /[ \t\n]/.test(sentence[next]!)) next++
      if (next > i + 1 && next < sentence.length && /\p{Ll}/u.test(sentence[next]!)) cuts.push(next)
    }
  }
  return cuts
}
