// `.pitchlintignore`: gitignore syntax, patterns relative to the ignore file's folder.
// The CLI reads ./.pitchlintignore, or the file given with --ignore-path (which must
// exist). Files outside the ignore file's folder are never ignored by it.

import {existsSync, readFileSync} from 'node:fs'
import {dirname, isAbsolute, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {UsageError} from './files'

export const IGNORE_FILE = '.pitchlintignore'

export class IgnoreFile {
  private constructor(
    readonly file: string,
    private readonly matcher: Ignore,
  ) {}

  /** The ignore file for a run: `--ignore-path`, else ./.pitchlintignore if there is one. */
  static load(cwd: string, ignorePath?: string): IgnoreFile | undefined {
    const file = resolve(cwd, ignorePath ?? IGNORE_FILE)
    if (!existsSync(file)) {
      if (ignorePath !== undefined) throw new UsageError(`No such ignore file: ${ignorePath}`)
      return undefined
    }
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      throw new UsageError(`Cannot read ignore file ${ignorePath ?? IGNORE_FILE}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
    }
    return new IgnoreFile(file, ignore().add(text))
  }

  ignores(path: string): boolean {
    const rel = relative(dirname(this.file), path)
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false
    return this.matcher.ignores(rel.split(sep).join('/'))
  }
}
