// A unified diff of two texts, for `--fix-dry-run`. Myers' O(ND) algorithm over lines:
// fixes touch few lines, so D is small even in a large file.

const CONTEXT = 3

type Edit = {kind: ' ' | '-' | '+'; line: string}

export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string): string {
  if (oldText === newText) return ''
  const a = splitLines(oldText)
  const b = splitLines(newText)
  const edits = diffLines(a, b)
  const out = [`--- ${oldName}`, `+++ ${newName}`]
  for (const hunk of hunks(edits)) out.push(...hunk)
  return out.join('\n') + '\n'
}

/** Lines with their terminators, so a change to a final newline shows. */
function splitLines(text: string): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? []
  return lines
}

function diffLines(a: readonly string[], b: readonly string[]): Edit[] {
  // Common prefix and suffix first: the usual case is a few changed lines.
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB))
  return [...a.slice(0, start).map((line): Edit => ({kind: ' ', line})), ...middle, ...a.slice(endA).map((line): Edit => ({kind: ' ', line}))]
}

function myers(a: readonly string[], b: readonly string[]): Edit[] {
  const n = a.length
  const m = b.length
  const max = n + m
  const offset = max + 1
  const frontier = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  let found = false
  for (let d = 0; d <= max && !found; d++) {
    trace.push(frontier.slice())
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]) ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      frontier[offset + k] = x
      if (x >= n && y >= m) {
        found = true
        break
      }
    }
  }
  // Walk the trace back from (n, m): each step is a run of equal lines, then one edit.
  const edits: Edit[] = []
  let x = n
  let y = m
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]
    const k = x - y
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1
    const prevX = v[offset + prevK]
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      x--
      y--
      edits.push({kind: ' ', line: a[x]})
    }
    if (d > 0) {
      if (x === prevX) edits.push({kind: '+', line: b[prevY]})
      else edits.push({kind: '-', line: a[prevX]})
    }
    x = prevX
    y = prevY
  }
  return edits.reverse()
}

function hunks(edits: readonly Edit[]): string[][] {
  const out: string[][] = []
  let i = 0
  let oldLine = 1
  let newLine = 1
  while (i < edits.length) {
    if (edits[i].kind === ' ') {
      i++
      oldLine++
      newLine++
      continue
    }
    // A hunk: up to CONTEXT lines before, changes, and gaps of at most 2*CONTEXT unchanged lines.
    const before = Math.min(CONTEXT, countBack(edits, i))
    const start = i - before
    let end = i
    while (end < edits.length) {
      if (edits[end].kind !== ' ') {
        end++
        continue
      }
      let run = 0
      while (end + run < edits.length && edits[end + run].kind === ' ') run++
      if (end + run >= edits.length || run > 2 * CONTEXT) {
        end += Math.min(run, CONTEXT)
        break
      }
      end += run
    }
    const slice = edits.slice(start, end)
    const oldStart = oldLine - before
    const newStart = newLine - before
    const oldCount = slice.filter((e) => e.kind !== '+').length
    const newCount = slice.filter((e) => e.kind !== '-').length
    // An empty side names the line before it, as diff(1) does ("-0,0" for an empty file).
    const lines = [`@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`]
    for (const edit of slice) {
      const text = edit.line.endsWith('\n') ? edit.line.slice(0, -1) : edit.line
      lines.push(`${edit.kind}${text}`)
      if (!edit.line.endsWith('\n')) lines.push('\\ No newline at end of file')
    }
    out.push(lines)
    for (const edit of edits.slice(i, end)) {
      if (edit.kind !== '+') oldLine++
      if (edit.kind !== '-') newLine++
    }
    i = end
  }
  return out
}

function countBack(edits: readonly Edit[], at: number): number {
  let n = 0
  while (at - n - 1 >= 0 && edits[at - n - 1].kind === ' ') n++
  return n
}
