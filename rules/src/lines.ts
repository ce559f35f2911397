// Offsets ↔ 1-based line/column, both counted in UTF-16 code units (what LSP and
// ESLint-style JSON use). Built once per document; lookups are a binary search.

export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.starts[middle] <= offset) low = middle
      else high = middle - 1
    }
    return low
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
