// Runs a built language server as a real process over stdio and speaks JSON-RPC to it,
// playing the editor: it answers the server's requests (settings, registrations,
// edits to apply, documents to show) and records what the server publishes.

import {spawn, type ChildProcess} from 'node:child_process'
import {cpSync, mkdirSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {
  ApplyWorkspaceEditRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ApplyWorkspaceEditParams,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowDocumentParams,
} from 'vscode-languageserver-protocol/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {URI} from 'vscode-uri'
import {tempDir} from './temp'

export const SERVER = resolve('dist/server.js')

export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    workspaceEdit: {documentChanges: true},
    didChangeWatchedFiles: {dynamicRegistration: true},
    didChangeConfiguration: {dynamicRegistration: true},
  },
  window: {showDocument: {support: true}},
  textDocument: {
    publishDiagnostics: {versionSupport: true, codeDescriptionSupport: true, dataSupport: true},
    codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix', 'source.fixAll']}}, isPreferredSupport: true, dataSupport: true},
    hover: {contentFormat: ['markdown', 'plaintext']},
  },
}

export interface StartOptions {
  server?: string
  /** Node flags for the server process (the extension's are in SERVER_EXEC_ARGV). */
  execArgv?: string[]
  folders?: string[]
  /** What `workspace/configuration` answers for `pitchlint` (null: nothing set). */
  settings?: unknown
  capabilities?: ClientCapabilities
  initializationOptions?: unknown
  /** Environment variables for the server process, over this process's own. */
  env?: Record<string, string>
}

export class LspClient {
  readonly connection: ProtocolConnection
  readonly diagnostics: PublishDiagnosticsParams[] = []
  readonly logs: string[] = []
  readonly messages: string[] = []
  readonly shownDocuments: ShowDocumentParams[] = []
  readonly appliedEdits: ApplyWorkspaceEditParams[] = []
  readonly registrations: string[] = []
  /** The glob patterns of the file watchers the server registered. */
  readonly watchedGlobs: string[] = []
  settings: unknown
  initializeResult!: InitializeResult
  private readonly documents = new Map<string, TextDocument>()
  private readonly waiters = new Set<() => void>()
  exitCode: number | null = null
  readonly exited: Promise<number | null>

  constructor(readonly process: ChildProcess, settings: unknown) {
    this.settings = settings
    this.connection = createProtocolConnection(new StreamMessageReader(process.stdout!), new StreamMessageWriter(process.stdin!))
    this.exited = new Promise((done) => process.on('exit', (code) => done((this.exitCode = code))))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.push(params)
      this.wake()
    })
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message)
      this.wake()
    })
    this.connection.onNotification(ShowMessageNotification.method, (params: {message: string}) => {
      this.messages.push(params.message)
    })
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings))
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations.map((r) => r.method))
      for (const r of params.registrations) {
        const watchers = (r.registerOptions as {watchers?: Array<{globPattern: unknown}>} | undefined)?.watchers ?? []
        this.watchedGlobs.push(...watchers.map((w) => String(w.globPattern)))
      }
    })
    this.connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params)
      return {success: true}
    })
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => {
      this.appliedEdits.push(params)
      return {applied: true}
    })
    this.connection.listen()
  }

  private wake(): void {
    for (const waiter of this.waiters) waiter()
  }

  /** Resolves once `check` returns a value; fails after `timeout` ms. */
  async until<T>(what: string, check: () => T | undefined | false, timeout = 15000): Promise<T> {
    const first = check()
    if (first) return first
    return new Promise((resolvePromise, reject) => {
      const waiter = (): void => {
        const value = check()
        if (!value) return
        cleanup()
        resolvePromise(value)
      }
      const timer = setTimeout(() => {
        cleanup()
        reject(new Error(`timed out waiting for ${what}; logs:\n${this.logs.join('\n')}`))
      }, timeout)
      const cleanup = (): void => {
        clearTimeout(timer)
        this.waiters.delete(waiter)
      }
      this.waiters.add(waiter)
    })
  }

  /** The next diagnostics published for `uri` after `after` (an index into `diagnostics`). */
  nextDiagnostics(uri: string, after = this.diagnostics.length, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return this.until(`diagnostics for ${uri}`, () => this.diagnostics.slice(after).find((p) => p.uri === uri && accept(p)))
  }

  open(path: string, text: string, languageId = 'markdown'): {uri: string; published: Promise<PublishDiagnosticsParams>} {
    const uri = URI.file(path).toString()
    const mark = this.diagnostics.length
    this.documents.set(uri, TextDocument.create(uri, languageId, 1, text))
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId, version: 1, text}})
    return {uri, published: this.nextDiagnostics(uri, mark, (p) => p.version === 1)}
  }

  /** Closes a document, as an editor does when its tab closes. */
  close(uri: string): void {
    this.documents.delete(uri)
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, {textDocument: {uri}})
  }

  /** Replaces the whole text; returns the new version. */
  change(uri: string, text: string): number {
    const document = this.documents.get(uri)!
    const version = document.version + 1
    this.documents.set(uri, TextDocument.create(uri, document.languageId, version, text))
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text}]})
    return version
  }

  /** One incremental edit, as an editor sends a keystroke: replace [start, end) with `insert`. */
  edit(uri: string, start: number, end: number, insert: string): number {
    const document = this.documents.get(uri)!
    const range = {start: document.positionAt(start), end: document.positionAt(end)}
    const version = document.version + 1
    const text = document.getText()
    this.documents.set(uri, TextDocument.create(uri, document.languageId, version, text.slice(0, start) + insert + text.slice(end)))
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{range, text: insert}]})
    return version
  }

  /**
   * Several edits in one notification, as multi-cursor typing or a paste sends them:
   * each applies to the text the ones before it left (the LSP's order). Returns the new version.
   */
  editMany(uri: string, edits: ReadonlyArray<{start: number; end: number; insert: string}>): number {
    const document = this.documents.get(uri)!
    const version = document.version + 1
    let text = document.getText()
    const contentChanges = edits.map(({start, end, insert}) => {
      const before = TextDocument.create(uri, document.languageId, version, text)
      text = text.slice(0, start) + insert + text.slice(end)
      return {range: {start: before.positionAt(start), end: before.positionAt(end)}, text: insert}
    })
    this.documents.set(uri, TextDocument.create(uri, document.languageId, version, text))
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges})
    return version
  }

  /** The last diagnostics published for `uri` (undefined if none yet). */
  lastDiagnostics(uri: string): PublishDiagnosticsParams | undefined {
    return this.diagnostics.findLast((p) => p.uri === uri)
  }

  text(uri: string): string {
    return this.documents.get(uri)!.getText()
  }

  document(uri: string): TextDocument {
    return this.documents.get(uri)!
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type)
    await this.connection.sendNotification(ExitNotification.type)
    const code = await Promise.race([this.exited, new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 5000))])
    if (code === 'timeout') this.process.kill()
    this.connection.dispose()
    return code === 'timeout' ? null : code
  }
}

export async function startServer(options: StartOptions = {}): Promise<LspClient> {
  const child = spawn(process.execPath, [...(options.execArgv ?? []), options.server ?? SERVER, '--stdio'], {stdio: ['pipe', 'pipe', 'inherit'], env: {...process.env, ...options.env}})
  const client = new LspClient(child, options.settings ?? null)
  const folders = options.folders ?? []
  const initialized = client.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: folders[0] ? URI.file(folders[0]).toString() : null,
    workspaceFolders: folders.map((folder, index) => ({uri: URI.file(folder).toString(), name: `folder${index}`})),
    capabilities: options.capabilities ?? CAPABILITIES,
    initializationOptions: options.initializationOptions,
  })
  const died = client.exited.then((code) => Promise.reject(new Error(`the server exited with code ${code} before initializing`)))
  client.initializeResult = await Promise.race([initialized, died])
  await client.connection.sendNotification(InitializedNotification.type, {})
  return client
}

/** A temporary folder with a copy of the folder `copyOf` (if given), then the given files. */
export function workspace(files: Record<string, string> = {}, copyOf?: string): string {
  const dir = tempDir('pitchlint-lsp-')
  if (copyOf) cpSync(copyOf, dir, {recursive: true})
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), content)
  }
  return dir
}

export interface SessionOptions extends Omit<StartOptions, 'folders'> {
  /** A folder whose contents the workspace starts with: copied, so tests may change them. */
  copyOf?: string
  /** Files the workspace starts with, by path inside it (written after `copyOf`'s). */
  files?: Record<string, string>
}

/** The running server a test talks to, and the one workspace folder it was started on. */
export interface ServerSession {
  readonly client: LspClient
  readonly dir: string
}

/**
 * A fresh workspace folder and server for each test (mocha `beforeEach`/`afterEach`).
 * Options may be a function: it is called as each server starts, so it can name a bundle
 * that a `before` hook of the suite built.
 */
export function serverPerTest(options: SessionOptions | (() => SessionOptions) = {}): ServerSession {
  return serverSession(beforeEach, afterEach, options)
}

/** One workspace folder and server shared by the tests of a suite (mocha `before`/`after`). */
export function serverPerSuite(options: SessionOptions | (() => SessionOptions) = {}): ServerSession {
  return serverSession(before, after, options)
}

function serverSession(start: Mocha.HookFunction, stop: Mocha.HookFunction, options: SessionOptions | (() => SessionOptions)): ServerSession {
  let running: ServerSession | undefined
  start(async () => {
    const {copyOf, files, ...startOptions} = typeof options === 'function' ? options() : options
    const dir = workspace(files, copyOf)
    running = {client: await startServer({...startOptions, folders: [dir]}), dir}
  })
  stop(async () => {
    // A test may have shut the server down itself, or it may have died: then there is no one to ask.
    if (running && running.client.exitCode === null) await running.client.shutdown()
    running = undefined
  })
  // The hooks fill it in later, so a suite holds the session and reads it inside its tests.
  const current = (): ServerSession => {
    if (!running) throw new Error('the language server is not running: read the session inside a test or a hook after it starts')
    return running
  }
  return {
    get client() {
      return current().client
    },
    get dir() {
      return current().dir
    },
  }
}
