// `--cache`: a file's report is reused when its content, its resolved config and the
// pitchlint build are all unchanged. The cache is one JSON file; a missing, corrupt or
// foreign one is ignored and rewritten, never an error.

import {createHash} from 'node:crypto'
import {existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {makeFolder} from '../../files/src/make-folder'
import {VERSION} from '../../rules/src/index'
import type {FileReport} from './report'
import type {Identity} from './fingerprint'

export const DEFAULT_CACHE_FILE = '.pitchlintcache'
const FORMAT = 1

interface Entry {
  /** SHA-1 of the file's bytes. */
  hash: string
  /** SHA-1 of the resolved config's fingerprint. */
  config: string
  report: Omit<FileReport, 'source' | 'identities' | 'fixedFrom'> & {identities: Array<[string, Identity]>}
}

interface CacheFile {
  format: number
  engine: string
  files: Record<string, Entry>
}

/** `--cache-location`: a folder (existing, or written with a trailing slash) holds `.pitchlintcache`. */
export function cachePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_FILE)
  const absolute = resolve(cwd, location)
  const isFolder = /[\\/]$/.test(location) || (existsSync(absolute) && statSync(absolute).isDirectory())
  return isFolder ? join(absolute, DEFAULT_CACHE_FILE) : absolute
}

let engineId: string | undefined

/** pitchlint's version plus a hash of the running build: any code change invalidates. */
export function currentEngine(): string {
  if (engineId === undefined) {
    let build = ''
    try {
      if (typeof __filename === 'string') build = createHash('sha1').update(readFileSync(__filename)).digest('hex').slice(0, 16)
    } catch {
      // no readable build: the version alone keys the cache
    }
    engineId = `${VERSION}+${build}`
  }
  return engineId
}

export function hashText(text: string | Uint8Array): string {
  return createHash('sha1').update(text).digest('hex')
}

export class ResultCache {
  private readonly files: Record<string, Entry>
  private dirty = false

  private constructor(
    readonly path: string,
    files: Record<string, Entry>,
    /** Why the cache on disk was not used, if it was not (for tests and debugging). */
    readonly discarded?: string,
  ) {
    this.files = files
  }

  static load(path: string, engine = currentEngine()): ResultCache {
    if (!existsSync(path)) return new ResultCache(path, {})
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile
      if (data?.format !== FORMAT || typeof data.files !== 'object' || data.files === null) return new ResultCache(path, {}, 'unknown format')
      if (data.engine !== engine) return new ResultCache(path, {}, 'another pitchlint build')
      return new ResultCache(path, data.files)
    } catch {
      return new ResultCache(path, {}, 'unreadable')
    }
  }

  /** The cached report for this file's text and config, with its source restored. */
  get(file: string, text: string, contentHash: string, configFingerprint: string): FileReport | undefined {
    const entry = this.files[file]
    if (!entry || entry.hash !== contentHash || entry.config !== hashText(configFingerprint)) return undefined
    const {identities, ...report} = entry.report
    return {...report, source: text, identities: new Map(identities)}
  }

  set(file: string, contentHash: string, configFingerprint: string, report: FileReport): void {
    const {source: _source, identities, fixedFrom: _fixedFrom, ...rest} = report
    this.files[file] = {hash: contentHash, config: hashText(configFingerprint), report: {...rest, identities: [...(identities ?? [])]}}
    this.dirty = true
  }

  /** Writes the cache atomically (a temporary file, then a rename), creating its folder, dropping deleted files. */
  save(): void {
    for (const file of Object.keys(this.files)) {
      if (!existsSync(file)) {
        delete this.files[file]
        this.dirty = true
      }
    }
    if (!this.dirty && existsSync(this.path)) return
    const temporary = `${this.path}.${process.pid}.tmp`
    makeFolder(dirname(this.path))
    try {
      writeFileSync(temporary, JSON.stringify({format: FORMAT, engine: currentEngine(), files: this.files} satisfies CacheFile))
      renameSync(temporary, this.path)
    } catch (error) {
      try {
        unlinkSync(temporary)
      } catch {
        // nothing to clean up
      }
      throw error
    }
  }
}
