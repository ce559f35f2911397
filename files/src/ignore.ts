// `.pitchlintignore` works like `.gitignore`: every `.pitchlintignore` from the
// repository root (the nearest folder above holding `.git`, else the file system root)
// down to a file's own folder applies to it, each with patterns relative to its own
// folder. A deeper file's match wins over a shallower one's, so `!keep.md` in a
// subfolder re-includes what the root excludes; as in git, nothing inside an excluded
// folder can be re-included. `--ignore-path FILE` replaces the lookup: only that file
// applies, to the files under its folder.

import {existsSync, readFileSync} from 'node:fs'
import {dirname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {InputError} from './errors'

export const IGNORE_FILE = '.pitchlintignore'

interface LoadedIgnoreFile {
  file: string
  folder: string
  matcher: Ignore
}

export class IgnoreRules {
  private readonly applyingIn = new Map<string, LoadedIgnoreFile[]>()
  private readonly repositoryRootOf = new Map<string, string>()
  private readonly folderIgnoredBy = new Map<string, string | undefined>()

  private constructor(
    /** With `--ignore-path`: the one file that applies. */
    private readonly only?: LoadedIgnoreFile,
  ) {}

  /** The rules for a run: the `--ignore-path` file (which must exist), else the `.pitchlintignore` lookup. */
  static forRun(cwd: string, ignorePath?: string): IgnoreRules {
    if (ignorePath === undefined) return new IgnoreRules()
    const file = resolve(cwd, ignorePath)
    if (!existsSync(file)) throw new InputError(`No such ignore file: ${ignorePath}`)
    return new IgnoreRules(readIgnoreFile(file, ignorePath))
  }

  /** The ignore file that excludes this absolute path, or undefined when it is linted. */
  ignoredBy(path: string, isFolder = false): string | undefined {
    const folder = dirname(path)
    return this.ignoredFolder(folder) ?? matchingIgnoreFile(path, isFolder, this.filesApplyingIn(folder))
  }

  /** As in git, an excluded folder excludes everything under it, whatever deeper files say. */
  private ignoredFolder(folder: string): string | undefined {
    if (this.isTop(folder)) return undefined
    if (!this.folderIgnoredBy.has(folder)) this.folderIgnoredBy.set(folder, this.ignoredBy(folder, true))
    return this.folderIgnoredBy.get(folder)
  }

  /** Where the walk up for excluded folders stops: the repository root, or the --ignore-path file's folder. */
  private isTop(folder: string): boolean {
    if (this.only) return !isInside(folder, this.only.folder) || folder === this.only.folder
    return this.repositoryRoot(folder) === folder
  }

  /** The ignore files that apply to entries of `folder`, shallowest first. */
  private filesApplyingIn(folder: string): LoadedIgnoreFile[] {
    if (this.only) return isInside(folder, this.only.folder) ? [this.only] : []
    let chain = this.applyingIn.get(folder)
    if (!chain) {
      const above = this.repositoryRoot(folder) === folder ? [] : this.filesApplyingIn(dirname(folder))
      const file = join(folder, IGNORE_FILE)
      const own = existsSync(file) ? readIgnoreFile(file, file) : undefined
      chain = own ? [...above, own] : above
      this.applyingIn.set(folder, chain)
    }
    return chain
  }

  private repositoryRoot(folder: string): string {
    let root = this.repositoryRootOf.get(folder)
    if (root === undefined) {
      const parent = dirname(folder)
      root = parent === folder || existsSync(join(folder, '.git')) ? folder : this.repositoryRoot(parent)
      this.repositoryRootOf.set(folder, root)
    }
    return root
  }
}

/** Git's precedence: the last file with a matching pattern decides, an ignoring or a `!` one. */
function matchingIgnoreFile(path: string, isFolder: boolean, files: readonly LoadedIgnoreFile[]): string | undefined {
  let decidedBy: string | undefined
  for (const {file, folder, matcher} of files) {
    const verdict = matcher.test(relative(folder, path).split(sep).join('/') + (isFolder ? '/' : ''))
    if (verdict.ignored) decidedBy = file
    else if (verdict.unignored) decidedBy = undefined
  }
  return decidedBy
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

function readIgnoreFile(file: string, shownAs: string): LoadedIgnoreFile {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new InputError(`Cannot read ignore file ${shownAs}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  return {file, folder: dirname(file), matcher: ignore().add(text)}
}
