// What the benchmarks share: the corpus's Markdown files, and a child process's peak
// resident memory read from /proc.

import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'

/** The Markdown files under `dir`, in path order. */
export function listMarkdown(dir) {
  const out = []
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listMarkdown(path))
    else if (/\.(md|mdx|markdown)$/.test(entry.name)) out.push(path)
  }
  return out.sort()
}

/** The process's peak resident memory so far (VmHWM) in KB, or 0 once it has exited. */
export function peakKbOf(pid) {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  } catch {
    return 0
  }
}
