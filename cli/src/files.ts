// Expands the CLI's operands into Markdown files: a file is taken as given, a folder
// means its *.md, *.mdx and *.markdown files, anything else is a glob.
// node_modules and .git are always skipped, and so is whatever the ignore file lists.
// Symbolic links inside folders are not followed (so a link loop cannot trap the walk);
// a link named on the command line is.

import {existsSync, lstatSync, statSync} from 'node:fs'
import {resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import type {IgnoreFile} from './ignore'

export const MARKDOWN_EXTENSIONS = ['md', 'mdx', 'markdown']
const SKIPPED = ['**/node_modules/**', '**/.git/**']

export class UsageError extends Error {}

export interface Expanded {
  files: string[]
  /** Files named on the command line that the ignore file skips (worth a note). */
  ignored: string[]
}

export async function expandOperands(operands: readonly string[], cwd = process.cwd(), ignore?: IgnoreFile): Promise<Expanded> {
  const files = new Set<string>()
  const ignored: string[] = []
  const keep = (file: string) => !ignore?.ignores(file)
  for (const operand of operands) {
    const absolute = resolve(cwd, operand)
    if (existsSync(absolute)) {
      if (statSync(absolute).isDirectory()) {
        const found = await glob(`**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`, {cwd: absolute, absolute: true, ignore: SKIPPED, dot: false, followSymbolicLinks: false})
        for (const file of found) if (keep(resolve(file))) files.add(resolve(file))
      } else if (keep(absolute)) files.add(absolute)
      else ignored.push(operand)
      continue
    }
    const broken = brokenLink(absolute)
    if (broken) throw new UsageError(`${broken}: ${operand}`)
    if (!isDynamicPattern(operand)) throw new UsageError(`No such file or folder: ${operand}`)
    const found = await glob(operand, {cwd, absolute: true, ignore: SKIPPED, followSymbolicLinks: false})
    if (found.length === 0) throw new UsageError(`No files match the pattern: ${operand} (quote it so the shell does not expand it, and check the extension)`)
    for (const file of found) if (keep(resolve(file))) files.add(resolve(file))
  }
  return {files: [...files].sort(), ignored}
}

/** Why a path that does not resolve is still there as a link, if it is one. */
function brokenLink(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined
  } catch {
    return undefined
  }
  try {
    statSync(path)
    return undefined
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'Symbolic link loop' : 'Broken symbolic link'
  }
}
