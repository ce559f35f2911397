// What a sentence-level rule sees: one sentence, the block and the message unit it
// sits in (list item with its sub-bullets, or table cell), and the way back from
// sentence-text indices to source offsets.

import type {BlockKind, BlockModel, SentenceModel} from '../markdown/model'
import {CODE_PLACEHOLDER} from '../markdown/flatten'

export interface UnitView {
  kind: 'paragraph' | 'heading' | 'list-item' | 'table-cell'
  /** Plain text of the whole unit (a list item includes its sub-bullets). */
  text: string
  blocks: readonly BlockModel[]
  /** For a table cell: every cell of its row, in order (a battlecard row is a message unit). */
  row?: readonly BlockModel[]
  /** For a table cell: the text of its column's header cell ("Acme", "Competitor"). */
  columnHeader?: string
  /** For a table cell: the header text of each cell of `row`, in the same order. */
  rowHeaders?: ReadonlyArray<string | undefined>
}

export class SentenceView {
  readonly text: string

  constructor(
    readonly block: BlockModel,
    readonly model: SentenceModel,
    /** The text the block's offsets point into. */
    readonly source: string,
    readonly unit: UnitView,
    /** Index of the sentence in its block. */
    readonly index: number,
    /** Added to every offset: the chunk's start when the view is used document-wide. */
    readonly base = 0,
  ) {
    this.text = model.text
  }

  get kind(): BlockKind {
    return this.block.kind
  }

  /** Source range of the whole sentence. */
  range(): [number, number] {
    return this.rangeOf(0, this.text.length)
  }

  /** Source range of the sentence-text span [start, end). */
  rangeOf(start: number, end: number): [number, number] {
    const [from, to] = blockRange(this.block, this.source, this.model.start + start, this.model.start + end)
    return [from + this.base, to + this.base]
  }

  /** The source text of a sentence-text span, exactly as written. */
  sourceOf(start: number, end: number): string {
    const [from, to] = this.rangeOf(start, end)
    return this.source.slice(from - this.base, to - this.base)
  }

  /** The same sentence, with offsets shifted by `base`. */
  rebased(base: number): SentenceView {
    return new SentenceView(this.block, this.model, this.source, this.unit, this.index, base)
  }

  /** A link or footnote reference inside this sentence. */
  hasReference(): boolean {
    const {links, footnotes} = this.block
    // Most blocks have neither; asked of every sentence, more than once.
    if (links.length === 0 && footnotes.length === 0) return false
    const [start, end] = blockRange(this.block, this.source, this.model.start, this.model.end)
    const overlaps = ([a, b]: readonly [number, number]) => a < end && b > start
    return links.some(overlaps) || footnotes.some(overlaps)
  }

  /** A link or footnote anywhere in the sentence's unit (list item, cell). */
  unitHasReference(): boolean {
    return this.unit.blocks.some((block) => block.links.length > 0 || block.footnotes.length > 0)
  }
}

/** Source range of block-text indices [start, end). */
export function blockRange(block: BlockModel, source: string, start: number, end: number): [number, number] {
  const {offsets, text} = block
  if (end <= start) {
    const at = offsets.at(Math.min(start, text.length))
    return [at, at]
  }
  return [offsets.at(start), sourceEnd(block, source, end)]
}

/** Source offset just after block-text char `end - 1`. */
function sourceEnd(block: BlockModel, source: string, end: number): number {
  const last = block.offsets.at(end - 1)
  if (block.text[end - 1] === CODE_PLACEHOLDER) {
    const code = block.code.find(([start]) => start === last)
    if (code) return code[1]
  }
  if (source[last] === '&' && block.text[end - 1] !== '&') {
    const semicolon = source.indexOf(';', last)
    if (semicolon !== -1) return semicolon + 1
  }
  return last + 1
}
