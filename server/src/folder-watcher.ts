// For editors that cannot watch files for the server (Debian's Neovim 0.7, and any client
// that does not offer `workspace/didChangeWatchedFiles` registration): the server watches
// the folders that decide how a document is linted itself, as the LSP allows.
//
// Which folders: each open document's folder and every folder above it (config and
// registry discovery walk up to the root, so a config can appear in any of them), and the
// folder of each file a config reads (a `profiles:` entry or a `configPath` anywhere).
// One non-recursive watch per folder: a handful, however large the workspace, where a
// recursive watch would add one per subfolder (node_modules included).

import {existsSync, watch, type FSWatcher} from 'node:fs'
import {dirname, join, resolve} from 'node:path'

export interface ChangedFile {
  file: string
  /** False when the file is gone (deleted, or renamed away). */
  exists: boolean
}

/** Folders watched at most: far more than the ancestors of any set of open documents. */
const MAX_FOLDERS = 512
/** Editors write a file in several steps (a temporary file, a rename): one report for all of them. */
const SETTLE_MS = 50

export class FolderWatcher {
  private readonly watchers = new Map<string, FSWatcher>()
  private readonly pending = new Set<string>()
  private timer: NodeJS.Timeout | undefined
  private closed = false

  /**
   * `onChange` gets the files that changed in a watched folder (a file name the platform
   * did not give becomes every one of `namesWhenUnknown` in that folder); `onError`, why a
   * folder could not be watched (the rest still are).
   */
  constructor(
    private readonly onChange: (files: ChangedFile[]) => void,
    private readonly namesWhenUnknown: readonly string[],
    private readonly onError: (folder: string, error: unknown) => void,
  ) {}

  /**
   * Watches `folder` and every folder above it. A watched folder says nothing of those
   * above it (a profile file's folder is watched alone), so the walk goes to the root.
   */
  watchFolderAndAbove(folder: string): void {
    folder = resolve(folder)
    while (this.watchFolder(folder)) {
      const parent = dirname(folder)
      if (parent === folder) return
      folder = parent
    }
  }

  close(): void {
    this.closed = true
    clearTimeout(this.timer)
    for (const watcher of this.watchers.values()) watcher.close()
    this.watchers.clear()
  }

  /** Watches one folder; false when no more can be (closed, or at the limit). */
  watchFolder(folder: string): boolean {
    folder = resolve(folder)
    if (this.closed || this.watchers.has(folder)) return !this.closed
    if (this.watchers.size >= MAX_FOLDERS) return false
    try {
      // Not persistent: a watch never keeps the server alive after the editor leaves.
      const watcher = watch(folder, {persistent: false}, (_event, name) => this.noticed(folder, name))
      watcher.on('error', (error) => {
        // The folder went away (or the platform gave up on it): stop watching it.
        watcher.close()
        this.watchers.delete(folder)
        this.onError(folder, error)
      })
      this.watchers.set(folder, watcher)
      return true
    } catch (error) {
      // Missing, unreadable, or out of watches (ENOSPC): the folders above may still do.
      this.onError(folder, error)
      return true
    }
  }

  private noticed(folder: string, name: string | Buffer | null): void {
    if (this.closed) return
    if (name) this.pending.add(join(folder, name.toString()))
    else for (const known of this.namesWhenUnknown) this.pending.add(join(folder, known))
    clearTimeout(this.timer)
    this.timer = setTimeout(() => this.flush(), SETTLE_MS)
  }

  private flush(): void {
    const files = [...this.pending].sort()
    this.pending.clear()
    if (files.length === 0 || this.closed) return
    this.onChange(files.map((file) => ({file, exists: existsSync(file)})))
  }
}
