// When and what to lint. One ChunkCache per open document (a keystroke re-parses only
// the chunk it touched). Typing is debounced; every change bumps the document's
// generation, so a run that was overtaken gives up, and results are published only for
// the version that is still current: stale diagnostics never overwrite newer ones.

import {join} from 'node:path'
import {DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {URI} from 'vscode-uri'
import {ChunkCache, syntaxOf, type ConfigError, type lint as coreLint, type LintResult, type ResolvedConfig, type Syntax} from '../../rules/src/index'
import {errorRange, type ConfigService} from './configs'
import {failureDiagnostic, noticeDiagnostic, toDiagnostic} from './diagnostics'
import {filePathOf, type Folder, type WorkspaceFolders} from './folders'
import type {Logger} from './log'
import {LINT_DELAY_MS, SOURCE, type Settings} from './protocol'
import type {SettingsStore} from './settings'

export type LintFunction = typeof coreLint

/** One lint of one document version, shared by diagnostics, actions, hover and lenses. */
export interface LintSnapshot {
  uri: string
  version: number
  syntax: Syntax
  /** The path the config was looked up for (the file, or a stand-in in its folder). */
  lintPath?: string
  folder?: Folder
  settings: Settings
  config: ResolvedConfig
  result: LintResult
}

interface DocumentState {
  cache: ChunkCache
  generation: number
  timer?: NodeJS.Timeout
  snapshot?: LintSnapshot
  /** The version whose lint threw, and why: not retried until the text changes. */
  failedVersion?: number
  failure?: unknown
}

export interface LinterParts {
  connection: Connection
  documents: TextDocuments<TextDocument>
  settings: SettingsStore
  configs: ConfigService
  folders: WorkspaceFolders
  log: Logger
  lint: LintFunction
}

export class DocumentLinter {
  private readonly states = new Map<string, DocumentState>()
  private publishedConfigProblems = new Map<string, string>()

  constructor(private readonly parts: LinterParts) {}

  opened(document: TextDocument): void {
    void this.run(document.uri)
  }

  changed(document: TextDocument): void {
    const state = this.state(document.uri)
    const generation = ++state.generation
    clearTimeout(state.timer)
    void this.parts.settings.get(document.uri).then((settings) => {
      if (state.generation !== generation || settings.run !== 'onType') return
      clearTimeout(state.timer)
      state.timer = setTimeout(() => void this.run(document.uri), LINT_DELAY_MS)
    })
  }

  saved(document: TextDocument): void {
    void this.run(document.uri)
  }

  closed(uri: string): void {
    const state = this.states.get(uri)
    if (state) clearTimeout(state.timer)
    this.states.delete(uri)
    this.parts.configs.forget(uri)
    void this.parts.connection.sendDiagnostics({uri, diagnostics: []})
  }

  /** Lint every open document again (a config or a setting changed). */
  relintAll(): void {
    for (const state of this.states.values()) state.snapshot = undefined
    for (const document of this.parts.documents.all()) void this.run(document.uri)
  }

  /** The lint of the document's current version, linting now if there is none yet. */
  async current(document: TextDocument): Promise<LintSnapshot | undefined> {
    const state = this.state(document.uri)
    if (state.snapshot?.version === document.version) return state.snapshot
    if (state.failedVersion === document.version) return undefined
    const settings = await this.parts.settings.get(document.uri)
    const latest = this.parts.documents.get(document.uri)
    if (!settings.enable || !latest || latest.version !== document.version) return undefined
    return this.lintDocument(latest, settings, state)
  }

  /** Lints now and publishes, unless a newer change overtakes this run. */
  async run(uri: string): Promise<void> {
    const state = this.state(uri)
    const generation = ++state.generation
    clearTimeout(state.timer)
    const settings = await this.parts.settings.get(uri)
    const document = this.parts.documents.get(uri)
    if (!document || state.generation !== generation) return
    if (!settings.enable) {
      state.snapshot = undefined
      await this.parts.connection.sendDiagnostics({uri, version: document.version, diagnostics: []})
      return
    }
    // A hover or code action may already have linted this version.
    const snapshot = state.snapshot?.version === document.version ? state.snapshot : this.lintDocument(document, settings, state)
    // Only the version that is still open and current gets published.
    if (state.generation !== generation || this.parts.documents.get(uri)?.version !== document.version) return
    const diagnostics: Diagnostic[] = snapshot
      ? [...snapshot.result.notices.map((notice) => noticeDiagnostic(notice, document)), ...snapshot.result.findings.map((f) => toDiagnostic(f, document, document.version))]
      : [failureDiagnostic(state.failure)]
    await this.parts.connection.sendDiagnostics({uri, version: document.version, diagnostics})
    this.publishConfigProblems()
  }

  private lintDocument(document: TextDocument, settings: Settings, state: DocumentState): LintSnapshot | undefined {
    const filePath = filePathOf(document.uri)
    const folder = this.parts.folders.folderFor(filePath)
    const mdx = document.languageId === 'mdx' || syntaxOf(filePath) === 'mdx'
    // Untitled documents take the config of the workspace folder they will likely be saved in.
    const lintPath = filePath ?? (folder ? join(folder.path, mdx ? 'untitled.mdx' : 'untitled.md') : undefined)
    const syntax: Syntax = mdx ? 'mdx' : 'markdown'
    // The core picks MDX by extension: an MDX document under another name gets one.
    const corePath = mdx && syntaxOf(lintPath) !== 'mdx' ? `${lintPath ?? 'untitled'}.mdx` : lintPath
    try {
      const {config, error} = this.parts.configs.configFor(document.uri, lintPath, settings.configPath, folder?.path)
      if (error) this.parts.log.configProblem(error)
      const started = performance.now()
      const result = this.parts.lint(document.getText(), {filePath: corePath, config, cache: state.cache})
      this.parts.log.trace(`linted ${document.uri} v${document.version} in ${(performance.now() - started).toFixed(1)} ms: ${result.findings.length} findings`)
      state.snapshot = {uri: document.uri, version: document.version, syntax, lintPath, folder, settings, config, result}
      state.failedVersion = undefined
      return state.snapshot
    } catch (error) {
      this.parts.log.error(`could not lint ${document.uri} (version ${document.version})`, error)
      state.snapshot = undefined
      state.failedVersion = document.version
      state.failure = error
      return undefined
    }
  }

  /** Config errors as diagnostics on the config files; cleared once a file is fixed. */
  publishConfigProblems(): void {
    const problems = this.parts.configs.currentProblems()
    const next = new Map<string, string>()
    for (const [file, error] of problems) {
      const uri = fileUri(file)
      next.set(uri, error.message)
      if (this.publishedConfigProblems.get(uri) === error.message) continue
      void this.parts.connection.sendDiagnostics({uri, diagnostics: [configDiagnostic(error)]})
    }
    for (const uri of this.publishedConfigProblems.keys()) {
      if (!next.has(uri)) void this.parts.connection.sendDiagnostics({uri, diagnostics: []})
    }
    this.publishedConfigProblems = next
  }

  private state(uri: string): DocumentState {
    let state = this.states.get(uri)
    if (!state) {
      state = {cache: new ChunkCache(2000), generation: 0}
      this.states.set(uri, state)
    }
    return state
  }
}


function fileUri(file: string): string {
  return URI.file(file).toString()
}

function configDiagnostic(error: ConfigError): Diagnostic {
  return {
    range: errorRange(error),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: `${error.key ? `\`${error.key}\`: ` : ''}${error.problem}. pitchlint uses the last good config (or the defaults) until this is fixed.`,
  }
}
