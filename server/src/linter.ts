// When and what to lint. A run lints in slices (`lintAsync`): between slices the
// server answers hovers and code actions, and a run whose document version has moved
// on stops early. Diagnostics are published only for the version that is still current,
// so stale results never overwrite newer ones. Typing in a document that lints fast is
// linted at once; a slow one (a huge document) waits for a pause in typing.
//
// Memory: a lint snapshot keeps only what requests need (findings, notices, coverage),
// and chunk caches, which make a keystroke re-parse only the chunk it touched, are kept
// for the few documents edited most recently.

import {join} from 'node:path'
import {DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {URI} from 'vscode-uri'
import {
  ChunkCache,
  longestChunk,
  syntaxOf,
  type AsyncLintOptions,
  type ConfigError,
  type Finding,
  type LintOptions,
  type Notice,
  type lint as coreLint,
  type LintResult,
  type ResolvedConfig,
  type Syntax,
} from '../../rules/src/index'
import {REGISTRY_FILES, today} from '../../files/src/proof-points'
import {ProofRegistryError, type ProofContext} from '../../rules/src/index'
import {errorRange, type ConfigService} from './configs'
import {failureDiagnostic, noticeDiagnostic, toDiagnostic} from './diagnostics'
import {filePathOf, type Folder, type WorkspaceFolders} from './folders'
import type {ProofIndex} from './proof-index'
import type {Logger} from './log'
import {LINT_DELAY_MS, SOURCE, type Settings} from './protocol'
import {MAX_DIAGNOSTICS, lensCoverage, type LintSummary, type LintWorker} from './lint-worker'
import {collectIfGrown, collectWhenIdle} from './memory'
import type {SettingsStore} from './settings'

export type LintFunction = typeof coreLint
export type AsyncLintFunction = (text: string, options: LintOptions, control: AsyncLintOptions) => Promise<LintResult | undefined>

/** Documents this big lint in the worker thread; smaller ones lint here, in slices. */
const WORKER_MIN_CHARS = 1024 * 1024
/**
 * The engine lints a chunk (a stretch between blank lines that nothing continues across;
 * an MDX file is one) in one step, without a pause for requests, and a hostile chunk
 * (a paragraph of thousands of lexicon terms without a full stop) takes a second per
 * 100 KB. A document with a chunk this long lints in the worker, however short it is.
 */
const WORKER_MIN_CHUNK_CHARS = 16 * 1024
/** A document that lints faster than this is linted as soon as it changes. */
const FAST_LINT_MS = 50
/**
 * A slower one waits for a pause in typing, but never longer than this: typing without a
 * pause still gets diagnostics, and each lint updates how long the document takes, so a
 * document that one slow lint (a garbage collection, a cold JIT) made look slow goes back
 * to linting at once.
 */
const MAX_LINT_WAIT_MS = 1000
/** Documents that keep a chunk cache (the most recently linted). */
const CACHED_DOCUMENTS = 8

export type {LintSummary} from './lint-worker'

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
  result: LintSummary
}

interface DocumentState {
  cache?: ChunkCache
  timer?: NodeJS.Timeout
  snapshot?: LintSnapshot
  /** The lint under way, for one version under one config epoch. */
  running?: {version: number; epoch: number; promise: Promise<LintSnapshot | undefined>}
  /**
   * How long lints of this document take (a moving average), to choose between linting
   * at once and waiting for a pause: one slow lint (a garbage collection) must not
   * switch a small document to waiting.
   */
  typicalDurationMs?: number
  /** When the first change still waiting for a pause in typing came (performance.now()). */
  waitingSince?: number
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
  /** Lints in this thread (tests inject a lint that misbehaves on purpose). */
  lint: AsyncLintFunction
  /** Lints in a worker thread instead, when given (the real server). */
  worker?: LintWorker
  /** Proof-point registries and the figures of open documents. */
  proofs?: ProofIndex
}

export class DocumentLinter {
  private readonly states = new Map<string, DocumentState>()
  private publishedConfigProblems = new Map<string, string>()
  /** Bumped when configs or settings change: lints started before are stale. */
  private epoch = 0
  /** Documents holding a chunk cache, most recent last. */
  private readonly cached: string[] = []

  /** What the last published diagnostics of each document said about other documents' figures. */
  private readonly publishedAcross = new Map<string, string>()
  /** Called after a document is closed (the workspace figure index reads the saved file again). */
  onClosed?: (uri: string) => void

  constructor(private readonly parts: LinterParts) {}

  opened(document: TextDocument): void {
    void this.run(document.uri)
  }

  changed(document: TextDocument): void {
    const state = this.state(document.uri)
    clearTimeout(state.timer)
    const version = document.version
    void this.parts.settings.get(document.uri).then((settings) => {
      if (this.parts.documents.get(document.uri)?.version !== version || settings.run !== 'onType') return
      clearTimeout(state.timer)
      // A fast document lints now (a newer keystroke cancels this lint between slices);
      // a slow one waits for a pause in typing, at most MAX_LINT_WAIT_MS. Until a warm lint
      // has been timed, any document that lints on this thread counts as fast: its first
      // lints finish what the opening lint left (cancelled lints keep the chunks they did in
      // the cache), so typing right after opening gets diagnostics as it goes, not after a pause.
      const mdx = document.languageId === 'mdx' || syntaxOf(filePathOf(document.uri)) === 'mdx'
      const fast = state.typicalDurationMs === undefined ? !lintsInWorker(document.getText(), mdx ? 'mdx' : 'markdown') : state.typicalDurationMs < FAST_LINT_MS
      if (fast) return void this.run(document.uri)
      state.waitingSince ??= performance.now()
      if (performance.now() - state.waitingSince >= MAX_LINT_WAIT_MS) void this.run(document.uri)
      else state.timer = setTimeout(() => void this.run(document.uri), LINT_DELAY_MS)
    })
  }

  saved(document: TextDocument): void {
    void this.run(document.uri)
  }

  closed(uri: string): void {
    const state = this.states.get(uri)
    if (state) clearTimeout(state.timer)
    this.states.delete(uri)
    this.publishedAcross.delete(uri)
    this.parts.worker?.forget(uri)
    const at = this.cached.indexOf(uri)
    if (at !== -1) this.cached.splice(at, 1)
    this.parts.configs.forget(uri)
    void this.parts.connection.sendDiagnostics({uri, diagnostics: []})
    // Its figures no longer count against the other open documents' (the saved file's are indexed again, if the workspace is).
    if (this.parts.proofs?.remove(uri)) this.republishFigures(uri)
    this.onClosed?.(uri)
  }

  /** Lint every open document again (a config or a setting changed). */
  relintAll(): void {
    this.epoch++
    for (const state of this.states.values()) state.snapshot = undefined
    for (const document of this.parts.documents.all()) void this.run(document.uri)
  }

  /** The lint of the document's current version, waiting for (or starting) it if needed. */
  async current(document: TextDocument): Promise<LintSnapshot | undefined> {
    const state = this.state(document.uri)
    if (state.snapshot?.version === document.version) return state.snapshot
    if (state.failedVersion === document.version) return undefined
    const settings = await this.parts.settings.get(document.uri)
    const latest = this.parts.documents.get(document.uri)
    if (!settings.enable || !latest || latest.version !== document.version) return undefined
    return this.lintOnce(latest, settings, state)
  }

  /** Lints the current version and publishes, unless a newer version overtakes it. */
  async run(uri: string): Promise<void> {
    // A proof-point registry open in the editor gets lenses, not lint.
    if (isRegistryDocument(uri)) return
    const state = this.state(uri)
    clearTimeout(state.timer)
    state.waitingSince = undefined
    const settings = await this.parts.settings.get(uri)
    const document = this.parts.documents.get(uri)
    if (!document) return
    if (!settings.enable) {
      state.snapshot = undefined
      await this.parts.connection.sendDiagnostics({uri, version: document.version, diagnostics: []})
      return
    }
    const snapshot = await this.lintOnce(document, settings, state)
    // Only the version that is still open and current gets published.
    if (this.parts.documents.get(uri)?.version !== document.version) return
    if (!snapshot && state.failedVersion !== document.version) return // cancelled by a config change
    const figuresChanged = snapshot ? this.indexFigures(document, snapshot) : false
    const diagnostics: Diagnostic[] = snapshot ? this.documentDiagnostics(document, snapshot) : [failureDiagnostic(state.failure)]
    await this.parts.connection.sendDiagnostics({uri, version: document.version, diagnostics})
    this.publishConfigProblems()
    // The other open documents' `inconsistent-figure` findings compare with this one's figures.
    if (figuresChanged) this.republishFigures(uri)
  }

  /** Records the figures of a lint in the workspace index; says whether they changed. */
  private indexFigures(document: TextDocument, snapshot: LintSnapshot): boolean {
    const filePath = filePathOf(document.uri) ?? snapshot.lintPath
    if (!this.parts.proofs || filePath === undefined) return false
    return this.parts.proofs.update(document.uri, filePath, document.getText(), snapshot.result.figures ?? [])
  }

  /** A snapshot's diagnostics, with the findings that compare its figures with the other open documents'. */
  private documentDiagnostics(document: TextDocument, snapshot: LintSnapshot, across = this.parts.proofs?.conflictsFor(document.uri) ?? []): Diagnostic[] {
    this.publishedAcross.set(document.uri, acrossKey(across))
    const findings = across.length > 0 ? [...snapshot.result.findings, ...across].sort((a, b) => a.range[0] - b.range[0]) : snapshot.result.findings
    const diagnostics = this.diagnosticsFor(document, findings, snapshot.result.notices, snapshot.result.total + across.length)
    const related = new Map(findings.filter((f) => f.related?.length).map((f) => [f, f.related!]))
    if (related.size === 0) return diagnostics
    // Diagnostics come out in the order of the notices, then the findings.
    const offset = snapshot.result.notices.length
    findings.forEach((finding, index) => {
      const places = related.get(finding)
      const diagnostic = diagnostics[offset + index]
      if (!places || !diagnostic) return
      diagnostic.relatedInformation = places.flatMap((place) => {
        const file = place.file ?? filePathOf(document.uri)
        const positions = place.file === undefined ? document : file && this.parts.proofs?.positionsOf(file)
        if (!file || !positions) return []
        return [{location: {uri: fileUri(file), range: {start: positions.positionAt(place.range[0]), end: positions.positionAt(place.range[1])}}, message: place.message}]
      })
    })
    return diagnostics
  }

  /** Publishes again the diagnostics of every other open document that quotes figures, from their current lints. */
  republishFigures(changedUri = ''): void {
    for (const uri of this.parts.proofs?.documentsWithFigures() ?? []) {
      if (uri === changedUri) continue
      const document = this.parts.documents.get(uri)
      const snapshot = this.states.get(uri)?.snapshot
      if (!document || !snapshot || snapshot.version !== document.version) continue
      // Only a document whose findings about other documents changed is published again.
      const across = this.parts.proofs?.conflictsFor(uri) ?? []
      if (acrossKey(across) === (this.publishedAcross.get(uri) ?? acrossKey([]))) continue
      void this.parts.connection.sendDiagnostics({uri, version: document.version, diagnostics: this.documentDiagnostics(document, snapshot, across)})
    }
  }

  private diagnosticsFor(document: TextDocument, findings: readonly Finding[], notices: readonly Notice[], total = findings.length): Diagnostic[] {
    const shown = findings.length > MAX_DIAGNOSTICS ? findings.slice(0, MAX_DIAGNOSTICS) : findings
    // Every finding is converted on every publish: one that kept its offsets can still sit
    // on another line (a line joined above it, one split below), and only converting tells.
    const diagnostics = [...notices.map((notice) => noticeDiagnostic(notice, document)), ...shown.map((f) => toDiagnostic(f, document, document.version))]
    if (shown.length < total) {
      diagnostics.push({
        range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
        severity: DiagnosticSeverity.Information,
        source: SOURCE,
        message: `pitchlint shows the first ${MAX_DIAGNOSTICS} of ${total} findings in this document; run \`npx pitchlint\` on it for all of them.`,
      })
    }
    return diagnostics
  }

  /** The snapshot of this version: the one in hand, the one under way, or a new lint. */
  private lintOnce(document: TextDocument, settings: Settings, state: DocumentState): Promise<LintSnapshot | undefined> {
    if (state.snapshot?.version === document.version) return Promise.resolve(state.snapshot)
    const running = state.running
    if (running && running.version === document.version && running.epoch === this.epoch) return running.promise
    const epoch = this.epoch
    const promise = this.lintDocument(document, settings, state, epoch).finally(() => {
      if (state.running?.promise === promise) state.running = undefined
    })
    state.running = {version: document.version, epoch, promise}
    return promise
  }

  private async lintDocument(document: TextDocument, settings: Settings, state: DocumentState, epoch: number): Promise<LintSnapshot | undefined> {
    const filePath = filePathOf(document.uri)
    const folder = this.parts.folders.folderFor(filePath)
    const mdx = document.languageId === 'mdx' || syntaxOf(filePath) === 'mdx'
    // Untitled documents take the config of the workspace folder they will likely be saved in.
    const lintPath = filePath ?? (folder ? join(folder.path, mdx ? 'untitled.mdx' : 'untitled.md') : undefined)
    const syntax: Syntax = mdx ? 'mdx' : 'markdown'
    // The core picks MDX by extension: an MDX document under another name gets one.
    const corePath = mdx && syntaxOf(lintPath) !== 'mdx' ? `${lintPath ?? 'untitled'}.mdx` : lintPath
    const {uri, version} = document
    try {
      const {config, error} = this.parts.configs.configFor(uri, lintPath, settings.configPath, folder?.path)
      if (error) this.parts.log.configProblem(error)
      const registry = this.parts.proofs?.registryFor(lintPath, config.data.proofPoints, config.source)
      const proofPoints: ProofContext = registry ? {registry, today: today()} : {today: today()}
      this.parts.log.configUsed(uri, config, settings.configPath)
      const started = performance.now()
      const warm = state.snapshot !== undefined
      const cancelled = () => this.epoch !== epoch || this.parts.documents.get(uri)?.version !== version
      // A long lint shows what it has found so far, until the complete result lands.
      const partial = (findings: Finding[]) => {
        if (cancelled() || state.snapshot?.version === version) return
        void this.parts.connection.sendDiagnostics({uri, version, diagnostics: this.diagnosticsFor(document, findings, [])})
      }
      const text = document.getText()
      const summary =
        this.parts.worker && lintsInWorker(text, syntax)
          ? await this.parts.worker.lint(uri, text, corePath, config, cancelled, partial, proofPoints)
          : await this.lintHere(text, corePath, config, uri, state, cancelled, partial, proofPoints)
      if (!summary) return undefined
      const duration = performance.now() - started
      // A cold lint (nothing cached yet) says little about the next keystroke's lint.
      if (warm) state.typicalDurationMs = state.typicalDurationMs === undefined ? duration : 0.8 * state.typicalDurationMs + 0.2 * duration
      this.parts.log.linted(uri, version, duration, summary.total, text.length)
      state.snapshot = {uri, version, syntax, lintPath, folder, settings, config, result: summary}
      state.failedVersion = undefined
      collectWhenIdle()
      if (!warm) collectIfGrown()
      return state.snapshot
    } catch (error) {
      this.parts.log.error(`could not lint ${uri} (version ${version})`, error)
      state.snapshot = undefined
      state.failedVersion = version
      state.failure = error
      return undefined
    }
  }

  private async lintHere(
    text: string,
    filePath: string | undefined,
    config: ResolvedConfig,
    uri: string,
    state: DocumentState,
    cancelled: () => boolean,
    partial: (findings: Finding[]) => void,
    proofPoints?: ProofContext,
  ): Promise<LintSummary | undefined> {
    const result = await this.parts.lint(text, {filePath, config, cache: this.cacheFor(uri, state), onPartial: ({findings}) => partial(findings), ...(proofPoints && {proofPoints})}, {
      cancelled,
      yieldToEventLoop: () => new Promise<void>((resolve) => setImmediate(resolve)),
    })
    if (!result) return undefined
    return {
      findings: result.findings,
      total: result.findings.length,
      notices: result.notices,
      coverage: lensCoverage(result),
      ...(result.figures?.length && {figures: result.figures}),
      ...(result.citations?.length && {citations: result.citations}),
      ...(result.profileChecklist && {profileChecklist: result.profileChecklist}),
    }
  }

  /** This document's chunk cache; the least recently linted document gives its cache up. */
  private cacheFor(uri: string, state: DocumentState): ChunkCache {
    const at = this.cached.indexOf(uri)
    if (at !== -1) this.cached.splice(at, 1)
    this.cached.push(uri)
    if (this.cached.length > CACHED_DOCUMENTS) {
      const evicted = this.states.get(this.cached.shift()!)
      if (evicted) evicted.cache = undefined
    }
    state.cache ??= new ChunkCache()
    return state.cache
  }

  /** Config errors as diagnostics on the config files; cleared once a file is fixed. */
  publishConfigProblems(): void {
    // A broken proof-point registry is shown on its file, like a broken config.
    const problems = [...this.parts.configs.currentProblems(), ...(this.parts.proofs?.problems() ?? [])]
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
      state = {}
      this.states.set(uri, state)
    }
    return state
  }
}


/** What findings about other documents say, to tell whether they changed. */
function acrossKey(findings: readonly Finding[]): string {
  return JSON.stringify(findings.map((f) => [f.range, f.message, f.severity, f.related?.map((r) => [r.file, r.range])]))
}

/** A proof-point registry file (`proof-points.yaml`), which is data, not copy. */
export function isRegistryDocument(uri: string): boolean {
  const name = filePathOf(uri)?.split(/[\\/]/).pop()
  return name !== undefined && (REGISTRY_FILES as readonly string[]).includes(name)
}

/** Whether a document is big or hostile enough to lint in the worker thread. */
function lintsInWorker(text: string, syntax: Syntax): boolean {
  return text.length >= WORKER_MIN_CHARS || (text.length >= WORKER_MIN_CHUNK_CHARS && longestChunk(text, {split: syntax !== 'mdx'}) >= WORKER_MIN_CHUNK_CHARS)
}

function fileUri(file: string): string {
  return URI.file(file).toString()
}

function configDiagnostic(error: ConfigError): Diagnostic {
  return {
    range: errorRange(error),
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: `${error.key ? `\`${error.key}\`: ` : ''}${error.problem}. pitchlint uses the last good ${error instanceof ProofRegistryError ? 'registry' : 'config (or the defaults)'} until this is fixed.`,
  }
}
