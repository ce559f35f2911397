// Expands operands (a CLI's arguments, a workspace folder) into Markdown files: a file
// is taken as given, a folder means its Markdown files, anything else is a glob, of
// which only the Markdown files count. node_modules and .git are always skipped, and
// so is whatever the ignore files exclude (see ignore.ts).
// Symbolic links inside folders are not followed (so a link loop cannot trap the walk);
// a link named as an operand is.
// An operand that yields no file is reported, not thrown: a CLI run fails on it, a
// workspace scan does not.

import {existsSync, lstatSync, statSync} from 'node:fs'
import {extname, resolve} from 'node:path'
import {glob, isDynamicPattern} from 'tinyglobby'
import {InputError} from './errors'
import type {IgnoreRules} from './ignore'

export const MARKDOWN_EXTENSIONS: readonly string[] = ['md', 'mdx', 'markdown']
const SKIPPED = ['**/node_modules/**', '**/.git/**']

/** Why an operand yielded no file to lint. */
export type NoFilesReason = 'glob-matches-nothing' | 'glob-matches-no-markdown' | 'folder-has-no-markdown' | 'all-ignored'

export interface Unmatched {
  operand: string
  reason: NoFilesReason
  /** With `all-ignored`: the ignore file that excluded the first of them, in path order. */
  ignoreFile?: string
}

export interface Discovered {
  files: string[]
  /** Files named as operands that an ignore file excludes (worth a note, not an error). */
  ignored: Array<{operand: string; ignoreFile: string}>
  /** Folders and globs that yielded no file to lint. */
  unmatched: Unmatched[]
}

export async function expandOperands(operands: readonly string[], cwd: string, ignoreRules?: IgnoreRules): Promise<Discovered> {
  const files = new Set<string>()
  const discovered: Discovered = {files: [], ignored: [], unmatched: []}
  for (const operand of operands) {
    const absolute = resolve(cwd, operand)
    if (existsSync(absolute) && !statSync(absolute).isDirectory()) {
      const ignoreFile = ignoreRules?.ignoredBy(absolute)
      if (ignoreFile) discovered.ignored.push({operand, ignoreFile})
      else files.add(absolute)
      continue
    }
    const candidates = await candidatesOf(operand, absolute, cwd)
    const markdown = candidates.filter(isMarkdown)
    const linted = markdown.filter((file) => !ignoreRules?.ignoredBy(file))
    for (const file of linted) files.add(file)
    if (linted.length > 0) continue
    if (markdown.length > 0) discovered.unmatched.push({operand, reason: 'all-ignored', ignoreFile: ignoreRules?.ignoredBy(markdown[0])})
    else if (existsSync(absolute)) discovered.unmatched.push({operand, reason: 'folder-has-no-markdown'})
    else discovered.unmatched.push({operand, reason: candidates.length > 0 ? 'glob-matches-no-markdown' : 'glob-matches-nothing'})
  }
  discovered.files = [...files].sort()
  return discovered
}

/** The files under a folder operand, or matched by a glob operand (absolute paths, in path order: the glob's own order varies from run to run). */
async function candidatesOf(operand: string, absolute: string, cwd: string): Promise<string[]> {
  if (existsSync(absolute)) {
    const found = await glob(`**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`, {cwd: absolute, absolute: true, ignore: SKIPPED, dot: false, followSymbolicLinks: false})
    return found.map((file) => resolve(file)).sort()
  }
  const broken = brokenLink(absolute)
  if (broken) throw new InputError(`${broken}: ${operand}`)
  if (!isDynamicPattern(operand)) throw new InputError(`No such file or folder: ${operand}`)
  const found = await glob(operand, {cwd, absolute: true, ignore: SKIPPED, followSymbolicLinks: false})
  return found.map((file) => resolve(file)).sort()
}

export function isMarkdown(file: string): boolean {
  return MARKDOWN_EXTENSIONS.includes(extname(file).slice(1))
}

const EXTENSION_LIST = MARKDOWN_EXTENSIONS.map((extension) => `.${extension}`).join(', ')

/** What to tell the user about an operand that yielded nothing; `shownPath` makes a path readable. */
export function describeUnmatched({operand, reason, ignoreFile}: Unmatched, shownPath: (path: string) => string): string {
  const noFiles = `No files matching the pattern "${operand}" were found`
  switch (reason) {
    case 'glob-matches-nothing':
      return `${noFiles} (quote it so the shell does not expand it, and check the extension).`
    case 'glob-matches-no-markdown':
      return `${noFiles}: it matches only files that are not Markdown (${EXTENSION_LIST}).`
    case 'folder-has-no-markdown':
      return `${noFiles}: the folder holds no Markdown files (${EXTENSION_LIST}).`
    case 'all-ignored':
      return `All files matched by "${operand}" are ignored${ignoreFile ? ` (by ${shownPath(ignoreFile)})` : ''}.`
  }
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
