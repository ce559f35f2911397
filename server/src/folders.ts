// The workspace folders the client has open (multi-root aware): which folder a file
// belongs to decides where a relative `configPath` points and where a new config goes.

import {isAbsolute, relative, sep} from 'node:path'
import {URI} from 'vscode-uri'
import type {WorkspaceFolder} from 'vscode-languageserver'

export interface Folder {
  uri: string
  path: string
}

export class WorkspaceFolders {
  private folders: Folder[] = []

  set(folders: readonly WorkspaceFolder[] | null | undefined): void {
    this.folders = (folders ?? []).flatMap(toFolder)
  }

  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((folder) => folder.uri))
    this.folders = [...this.folders.filter((folder) => !gone.has(folder.uri)), ...added.flatMap(toFolder)]
  }

  all(): readonly Folder[] {
    return this.folders
  }

  /** The innermost folder holding `path`. */
  folderFor(path: string | undefined): Folder | undefined {
    if (!path) return this.folders[0]
    let best: Folder | undefined
    for (const folder of this.folders) {
      const rel = relative(folder.path, path)
      const inside = rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
      if (inside && (!best || folder.path.length > best.path.length)) best = folder
    }
    return best
  }
}

function toFolder(folder: WorkspaceFolder): Folder[] {
  const uri = URI.parse(folder.uri)
  return uri.scheme === 'file' ? [{uri: folder.uri, path: uri.fsPath}] : []
}

/** The file path of a document URI, for `file:` URIs only. */
export function filePathOf(uri: string): string | undefined {
  const parsed = URI.parse(uri)
  return parsed.scheme === 'file' ? parsed.fsPath : undefined
}
