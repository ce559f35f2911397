// Expands the CLI's operands into Markdown files: a file is taken as given, a folder
// means its *.md, *.mdx and *.markdown files, anything else is a glob.
// node_modules and .git are always skipped.

import {existsSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'

export const MARKDOWN_EXTENSIONS = ['md', 'mdx', 'markdown']
const SKIPPED = ['**/node_modules/**', '**/.git/**']

export class UsageError extends Error {}

export async function expandOperands(operands: readonly string[], cwd = process.cwd()): Promise<string[]> {
  const files = new Set<string>()
  for (const operand of operands) {
    const absolute = resolve(cwd, operand)
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const found = await glob(`**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`, {cwd: absolute, absolute: true, ignore: SKIPPED, dot: false, followSymbolicLinks: false})
        for (const file of found) files.add(resolve(file))
      } else files.add(absolute)
      continue
    }
    if (!isDynamicPattern(operand)) throw new UsageError(`No such file or folder: ${operand}`)
    const found = await glob(operand, {cwd, absolute: true, ignore: SKIPPED, followSymbolicLinks: false})
    if (found.length === 0) throw new UsageError(`No files match the pattern: ${operand}`)
    for (const file of found) files.add(resolve(file))
  }
  return [...files].sort()
}
