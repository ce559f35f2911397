// The server's view of proof points: the registry each document uses (re-read when the
// file changes; a broken one is a problem on the registry file while the last good one
// stays in use), and an index of the figures every open document quotes, so that a
// figure edited in one battlecard updates `inconsistent-figure` on the others.

import {statSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {findRegistryFile, readRegistry} from '../../files/src/proof-points'
import {figureConflicts, ProofRegistryError, type FigureMention, type Finding, type ProofRegistry} from '../../rules/src/index'
import {conflictFinding} from '../../rules/src/rules/inconsistent-figure'

interface RegistryState {
  /** The file's modification time when it was last read. */
  mtimeMs: number
  /** The last registry that parsed. */
  registry?: ProofRegistry
  problem?: ProofRegistryError
}

interface IndexedDocument {
  filePath: string
  figures: readonly FigureMention[]
  /** The text the figures' offsets point into. */
  positions: TextDocument
}

export class ProofIndex {
  private readonly registries = new Map<string, RegistryState>()
  private nearest = new Map<string, string | undefined>()
  private readonly documents = new Map<string, IndexedDocument>()

  /** The registry for a file: the one its config names (relative to the config file), else the nearest proof-points.yaml. */
  registryFor(filePath: string | undefined, configured: string | undefined, configFile: string | undefined): ProofRegistry | undefined {
    const file = this.registryFileFor(filePath, configured, configFile)
    if (file === undefined) return undefined
    let mtimeMs: number
    try {
      mtimeMs = statSync(file).mtimeMs
    } catch {
      const state = this.registries.get(file)
      if (state) this.registries.set(file, {...state, problem: new ProofRegistryError(file, 1, 1, '', 'the proof-point registry cannot be read')})
      return state?.registry
    }
    let state = this.registries.get(file)
    if (!state || state.mtimeMs !== mtimeMs) {
      try {
        state = {mtimeMs, registry: readRegistry(file)}
      } catch (error) {
        if (!(error instanceof ProofRegistryError)) throw error
        // Keep linting with the last good registry until this one is fixed.
        state = {mtimeMs, registry: state?.registry, problem: error}
      }
      this.registries.set(file, state)
    }
    return state.registry
  }

  registryFileFor(filePath: string | undefined, configured: string | undefined, configFile: string | undefined): string | undefined {
    if (configured !== undefined) return resolve(configFile ? dirname(configFile) : process.cwd(), configured)
    if (filePath === undefined) return undefined
    const directory = dirname(filePath)
    if (!this.nearest.has(directory)) this.nearest.set(directory, findRegistryFile(directory))
    return this.nearest.get(directory)
  }

  /** Broken registry files, by path, with why. */
  problems(): Map<string, ProofRegistryError> {
    const problems = new Map<string, ProofRegistryError>()
    for (const [file, state] of this.registries) if (state.problem) problems.set(file, state.problem)
    return problems
  }

  /** A registry file may have appeared, moved or changed: look them up again (last good registries are kept). */
  reset(): void {
    this.nearest = new Map()
  }

  /** Records a document's figures; says whether they changed (then the other documents' findings may have). */
  update(uri: string, filePath: string, text: string, figures: readonly FigureMention[]): boolean {
    const before = this.documents.get(uri)
    // Most documents quote no figure: they take no room in the index (a workspace can have thousands open).
    if (figures.length === 0) {
      this.documents.delete(uri)
      return before !== undefined
    }
    this.documents.set(uri, {filePath, figures, positions: TextDocument.create(uri, 'markdown', 0, text)})
    return !before || figureKey(before.figures) !== figureKey(figures)
  }

  /** Forgets a closed document; says whether it quoted any figure. */
  remove(uri: string): boolean {
    const before = this.documents.get(uri)
    this.documents.delete(uri)
    return (before?.figures.length ?? 0) > 0
  }

  /** `inconsistent-figure` findings of one document against every indexed document. */
  conflictsFor(uri: string): Finding[] {
    const mine = this.documents.get(uri)
    if (!mine || mine.figures.length === 0) return []
    const byPath = new Map([...this.documents.values()].map((document) => [document.filePath, document]))
    const conflicts = figureConflicts([...byPath.values()].map((document) => ({file: document.filePath, figures: document.figures}))).filter((conflict) => conflict.file === mine.filePath)
    const where = (file: string, range: [number, number]) => `${file.split(/[\\/]/).pop()}:${(byPath.get(file)?.positions.positionAt(range[0]).line ?? 0) + 1}`
    return conflicts.map((conflict) => conflictFinding(conflict, where))
  }

  /** The text of an indexed document or a registry, for turning related ranges into positions. */
  positionsOf(filePath: string): TextDocument | undefined {
    for (const document of this.documents.values()) if (document.filePath === filePath) return document.positions
    const registry = this.registries.get(filePath)?.registry
    return registry ? TextDocument.create(filePath, 'yaml', 0, registry.text) : undefined
  }

  /** Open documents that quote a figure (their findings may depend on the others). */
  documentsWithFigures(): string[] {
    return [...this.documents].filter(([, document]) => document.figures.length > 0).map(([uri]) => uri)
  }
}

/** What of a document's figures other documents' findings depend on. */
function figureKey(figures: readonly FigureMention[]): string {
  return JSON.stringify(figures.map((figure) => [figure.range, figure.value, figure.unit, figure.metric, figure.entry, figure.ownProof, figure.severity, figure.text]))
}
