// Offsets ↔ 1-based line/column, both counted in UTF-16 code units (what LSP and
// ESLint-style JSON use). Built once per document, on first use (a lint with no
// disable comments never needs it); lookups are a binary search.

import {lastAtOrBefore} from './sorted'

export class LineIndex {
  private lineStarts: number[] | undefined

  constructor(readonly text: string) {}

  private get starts(): number[] {
    if (this.lineStarts) return this.lineStarts
    const starts = [0]
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1)
    return (this.lineStarts = starts)
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    return lastAtOrBefore(this.starts, offset)
  }

  /** 1-based line and column of an offset. */
  position(offset: number): {line: number; column: number} {
    const line = this.lineOf(offset)
    return {line: line + 1, column: offset - this.starts[line] + 1}
  }

  /** Offset of a 0-based line's first char. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 0), this.starts.length - 1)]
  }

  get lineCount(): number {
    return this.starts.length
  }
}
