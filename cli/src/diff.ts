// A unified diff of two texts, for `--fix-dry-run`, in the shape `git diff` prints:
// `---`/`+++` names, then hunks with three lines of context. jsdiff computes the hunks;
// its own formatter adds an `Index:`/`====` preamble that patch tools do not need.

import {structuredPatch} from 'diff'

const CONTEXT = 3

export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string): string {
  if (oldText === newText) return ''
  const {hunks} = structuredPatch(oldName, newName, oldText, newText, undefined, undefined, {context: CONTEXT})
  const out = [`--- ${oldName}`, `+++ ${newName}`]
  for (const hunk of hunks) out.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`, ...hunk.lines)
  return out.join('\n') + '\n'
}
