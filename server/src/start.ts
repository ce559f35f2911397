// Wires the language server: capabilities, document sync, and the handlers. Each part
// lives in its own module; this file only connects them. `startServer` takes the lint
// function so tests can run the real server around a lint that fails on purpose.

import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {URI} from 'vscode-uri'
import {expandOperands, isMarkdown, MARKDOWN_EXTENSIONS} from '../../files/src/discover'
import {IgnoreRules} from '../../files/src/ignore'
import {readMarkdown} from '../../files/src/read'
import {CONFIG_FILES, lint, lintAsync, rules, VERSION, type Finding} from '../../rules/src/index'
import {codeActions, fixAllEdits, versionedEdit} from './code-actions'
import {coverageLenses} from './code-lens'
import {addAllowedTerm, allowsTerm} from './config-edit'
import {ConfigService} from './configs'
import {noticeDiagnostic, toDiagnostic} from './diagnostics'
import {filePathOf, WorkspaceFolders} from './folders'
import {hoverAt} from './hover'
import {LintWorker} from './lint-worker'
import {DocumentLinter, isRegistryDocument, type AsyncLintFunction, type LintFunction, type LintSnapshot} from './linter'
import {Logger} from './log'
import {FolderWatcher, type ChangedFile} from './folder-watcher'
import {FIX_ALL_KIND, ServerCommands, SETTINGS_SECTION, type AllowTermArgs, type DocumentRef, type InitializationOptions, type LintWorkspaceResult} from './protocol'
import {guarded} from './safe'
import {SettingsStore} from './settings'
import {findRegistryFile, REGISTRY_FILES, today} from '../../files/src/proof-points'
import {citedIds} from '../../rules/src/proof-points/index'
import {ProofIndex} from './proof-index'
import {proofCompletions, proofHoverAt, registryLenses} from './proof-features'

/** Config and registry files, by name: a change to one can change every document's findings. */
const SETTINGS_FILES = new Set<string>([...CONFIG_FILES, ...REGISTRY_FILES])
/**
 * What the client watches for us: config and registry files; YAML, since a config's
 * `profiles:` may name any YAML file (a change counts only when a config names it); and
 * Markdown, whose saved figures the open documents are compared with.
 */
const WATCHED_FILES = [`**/{${[...SETTINGS_FILES].join(',')}}`, '**/*.{yml,yaml}', `**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`]

export interface ServerOptions {
  lint?: LintFunction
  /** The built server file, which also runs the lint worker (see lint-worker.ts). */
  workerScript?: string
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument)
  const log = new Logger(connection)
  const settings = new SettingsStore(connection)
  // Editors that cannot watch files for us: the server watches the folders that matter itself.
  // Known once the client's capabilities are (onInitialized).
  let watchingItself = false
  const folderWatcher = new FolderWatcher(
    guarded(log, 'a watched folder changed', undefined, (changed: ChangedFile[]) => filesChanged(changed.map(({file, exists}) => ({uri: URI.file(file).toString(), file, deleted: !exists})))),
    [...SETTINGS_FILES],
    (folder, error) => log.info(`not watching ${folder}: ${error instanceof Error ? error.message : String(error)}`),
  )
  const configs = new ConfigService((files) => {
    if (watchingItself) for (const file of files) folderWatcher.watchFolder(dirname(file))
  })
  const folders = new WorkspaceFolders()
  const lintFunction = options.lint ?? lint
  // A lint function given for tests runs in one go; the core's runs in slices.
  const lintInSlices: AsyncLintFunction = options.lint ? async (text, lintOptions) => lintFunction(text, lintOptions) : lintAsync
  // The real server lints in a worker thread, so requests never wait for a lint.
  const worker = !options.lint && options.workerScript ? new LintWorker(options.workerScript, (error) => log.error('the lint worker stopped; starting a new one', error)) : undefined
  const proofs = new ProofIndex()
  const linter = new DocumentLinter({connection, documents, settings, configs, folders, log, lint: lintInSlices, worker, proofs})
  const client = {documentChanges: false, showDocument: false, watchRegistration: false, configurationRegistration: false, workspaceFolders: false}

  // A thrown error that escaped a handler is logged; the process stays up.
  process.on('uncaughtException', (error) => log.error('unexpected error', error))
  process.on('unhandledRejection', (error) => log.error('unexpected rejection', error))

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities
    client.documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true
    client.showDocument = capabilities.window?.showDocument?.support === true
    client.watchRegistration = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true
    client.configurationRegistration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true
    client.workspaceFolders = capabilities.workspace?.workspaceFolders === true
    settings.configure(capabilities.workspace?.configuration === true, (params.initializationOptions as InitializationOptions | undefined)?.settings)
    folders.set(params.workspaceFolders ?? (params.rootUri ? [{uri: params.rootUri, name: 'root'}] : []))
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND]},
        hoverProvider: true,
        // Inside `<!-- proof: `: the registry's ids.
        completionProvider: {triggerCharacters: [':', ' ', ',']},
        codeLensProvider: {resolveProvider: false},
        executeCommandProvider: {commands: Object.values(ServerCommands)},
        workspace: {workspaceFolders: {supported: true, changeNotifications: true}},
      },
      serverInfo: {name: 'pitchlint', version: VERSION},
    }
  })

  connection.onInitialized(
    guarded(log, 'initialized', undefined, async () => {
      if (client.watchRegistration) await connection.client.register(DidChangeWatchedFilesNotification.type, {watchers: WATCHED_FILES.map((globPattern) => ({globPattern}))})
      else {
        watchingItself = true
        log.info('the editor does not watch files for pitchlint: the server watches the folders of open documents and of their configs itself')
      }
      if (client.configurationRegistration) await connection.client.register(DidChangeConfigurationNotification.type, {section: SETTINGS_SECTION})
      if (client.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          folders.change(event.added, event.removed)
          configChanged()
        })
      }
      log.info(`server ${VERSION} started (node ${process.version})`)
      void indexWorkspaceFigures()
    }),
  )

  function configChanged(): void {
    configs.reset()
    proofs.reset()
    void indexWorkspaceFigures()
    log.forgetConfigProblems()
    linter.relintAll()
    // A config that no open document uses any more may have been fixed or deleted.
    linter.publishConfigProblems()
  }

  // TextDocuments reports an open as a content change too: lint opens at once, debounce edits.
  const justOpened = new Set<string>()
  documents.onDidOpen(guarded(log, 'didOpen', undefined, ({document}) => {
    justOpened.add(document.uri)
    const file = filePathOf(document.uri)
    if (watchingItself && file) folderWatcher.watchFolderAndAbove(dirname(file))
    linter.opened(document)
  }))
  documents.onDidChangeContent(guarded(log, 'didChange', undefined, ({document}) => {
    if (justOpened.delete(document.uri)) return
    linter.changed(document)
  }))
  documents.onDidSave(guarded(log, 'didSave', undefined, ({document}) => linter.saved(document)))
  documents.onDidClose(guarded(log, 'didClose', undefined, ({document}) => {
    justOpened.delete(document.uri)
    linter.closed(document.uri)
  }))

  connection.onDidChangeWatchedFiles(guarded(log, 'didChangeWatchedFiles', undefined, ({changes}) => {
    filesChanged(changes.flatMap((change) => {
      const file = filePathOf(change.uri)
      return file === undefined ? [] : [{uri: change.uri, file, deleted: change.type === FileChangeType.Deleted}]
    }))
  }))

  /** Files changed on disk, as the client's watchers or the server's own report them. */
  function filesChanged(files: ReadonlyArray<{uri: string; file: string; deleted: boolean}>): void {
    // A config, a registry, or a profile file a config names (or one that failed to load): read every config again.
    if (files.some(({file}) => SETTINGS_FILES.has(basename(file)) || configs.dependsOn(file))) {
      configChanged()
      return
    }
    // A Markdown file changed on disk (a pull, another editor): its saved figures, unless it is open.
    const markdown = files.filter(({uri, file}) => isMarkdown(file) && !documents.get(uri))
    if (markdown.length > 0) void reindexFigures(markdown)
  }
  connection.onDidChangeConfiguration(guarded(log, 'didChangeConfiguration', undefined, () => {
    settings.forget()
    configChanged()
  }))

  connection.onHover(guarded(log, 'hover', null, async (params) => {
    const document = documents.get(params.textDocument.uri)
    if (!document || isRegistryDocument(document.uri)) return null
    const snapshot = await linter.current(document)
    if (!snapshot) return null
    const onFinding = hoverAt(document, snapshot.result.findings, params.position)
    // A figure or a proof reference shows its registry entry (after the finding's why, if it has one).
    const onEntry = proofHoverAt(document, params.position, snapshot.result, registryOf(snapshot), today())
    if (!onFinding || !onEntry) return onFinding ?? onEntry
    const text = (hover: typeof onFinding) => (typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '')
    return {contents: {kind: 'markdown', value: `${text(onFinding)}\n\n---\n\n${text(onEntry)}`}, range: onFinding.range}
  }))

  connection.onCompletion(guarded(log, 'completion', [], async (params) => {
    const document = documents.get(params.textDocument.uri)
    if (!document || isRegistryDocument(document.uri)) return []
    const snapshot = await linter.current(document)
    return snapshot ? proofCompletions(document, params.position, registryOf(snapshot), today()) : []
  }))

  connection.onCodeLens(guarded(log, 'codeLens', [], async (params) => {
    const document = documents.get(params.textDocument.uri)
    if (!document) return []
    const registryPath = filePathOf(document.uri)
    if (registryPath && isRegistryDocument(document.uri)) return registryLenses(document, registryPath, await citingDocuments(registryPath))
    const snapshot = await linter.current(document)
    return snapshot ? coverageLenses(document, snapshot.result, snapshot.config) : []
  }))

  /**
   * The figures of the workspace's files that are not open, for \`inconsistent-figure\`
   * across documents. Only folders that keep a proof-point registry are read (a team that
   * keeps one wants its figures compared); files are linted one at a time, in slices, and a
   * newer scan (a config or registry changed) stops an older one.
   */
  let figureScan = 0
  async function indexWorkspaceFigures(): Promise<void> {
    const scan = ++figureScan
    let scanned = false
    for (const folder of folders.all()) {
      if (!findRegistryFile(folder.path)) continue
      const folderSettings = await settings.get(folder.uri)
      if (!folderSettings.enable) continue
      const {files} = await expandOperands([folder.path], folder.path, IgnoreRules.forRun(folder.path))
      scanned = true
      for (const file of files) {
        if (scan !== figureScan) return
        await indexFileFigures(file, folderSettings.configPath, folder.path)
      }
    }
    // Only a scan that read something can change what open documents show.
    if (scanned && scan === figureScan) linter.republishFigures()
  }

  async function indexFileFigures(file: string, configPath: string, folderPath: string): Promise<void> {
    const uri = URI.file(file).toString()
    if (documents.get(uri)) return // open documents are indexed as they are linted
    const read = readMarkdown(file)
    if (!read.ok) return
    try {
      const {config} = configs.configFor(uri, file, configPath, folderPath)
      const registry = proofs.registryFor(file, config.data.proofPoints, config.source)
      const proofPoints = registry ? {registry, today: today()} : {today: today()}
      const result = await lintInSlices(read.text, {filePath: file, config, proofPoints}, {yieldToEventLoop: () => new Promise<void>((resolve) => setImmediate(resolve))})
      if (result && !documents.get(uri)) proofs.update(uri, file, read.text, result.figures)
    } catch (error) {
      log.error(`could not read the figures of ${file}`, error)
    } finally {
      configs.forget(uri)
    }
  }

  /**
   * Saved files' figures read again (they changed on disk, or their document closed) in
   * folders that keep a registry and have pitchlint enabled, as the workspace scan reads
   * them; then every open document's comparison.
   */
  async function reindexFigures(changed: ReadonlyArray<{uri: string; file: string; deleted: boolean}>): Promise<void> {
    let touched = false
    for (const {uri, file, deleted} of changed) {
      if (deleted) {
        touched = proofs.remove(uri) || touched
        continue
      }
      const folder = folders.folderFor(file)
      if (!folder || !findRegistryFile(folder.path)) continue
      const folderSettings = await settings.get(folder.uri)
      if (!folderSettings.enable) continue
      await indexFileFigures(file, folderSettings.configPath, folder.path)
      touched = true
    }
    if (touched) linter.republishFigures()
  }

  // A closed document's saved figures count again, as a changed file's do.
  linter.onClosed = (uri) => {
    const file = filePathOf(uri)
    if (file) void reindexFigures([{uri, file, deleted: false}])
  }

  /** The proof-point registry a lint used. */
  function registryOf(snapshot: LintSnapshot) {
    return proofs.registryFor(snapshot.lintPath, snapshot.config.data.proofPoints, snapshot.config.source)
  }

  /** How many Markdown files of the workspace cite each entry of a registry (the open text of open ones). */
  async function citingDocuments(registryPath: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>()
    for (const folder of folders.all()) {
      const folderSettings = await settings.get(folder.uri)
      const {files} = await expandOperands([folder.path], folder.path, IgnoreRules.forRun(folder.path))
      for (const file of files) {
        const uri = URI.file(file).toString()
        const {config} = configs.configFor(uri, file, folderSettings.configPath, folder.path)
        if (proofs.registryFileFor(file, config.data.proofPoints, config.source) !== registryPath) continue
        const registry = proofs.registryFor(file, config.data.proofPoints, config.source)
        const open = documents.get(uri)
        const read = open ? undefined : readMarkdown(file)
        const text = open?.getText() ?? (read?.ok ? read.text : undefined)
        if (!registry || text === undefined) continue
        for (const id of citedIds(text, file, registry)) counts.set(id, (counts.get(id) ?? 0) + 1)
      }
    }
    return counts
  }

  connection.onCodeAction(guarded(log, 'codeAction', [], async (params) => {
    const document = documents.get(params.textDocument.uri)
    if (document && isRegistryDocument(document.uri)) return []
    const snapshot = document && (await linter.current(document))
    if (!snapshot) return []
    return codeActions(params, {document, snapshot, documentChanges: client.documentChanges, allowTerm: (finding) => allowTermFor(document, snapshot, finding)})
  }))

  connection.onExecuteCommand(guarded(log, 'executeCommand', null, async (params) => {
    const [argument] = params.arguments ?? []
    switch (params.command) {
      case ServerCommands.applyAllFixes:
        return applyAllFixes(argument as DocumentRef)
      case ServerCommands.allowTerm:
        return allowTerm(argument as AllowTermArgs)
      case ServerCommands.openRuleDocs:
        return openRuleDocs(String(argument))
      case ServerCommands.lintWorkspace:
        return lintWorkspace()
      default:
        log.error(`unknown command ${params.command}`)
        return null
    }
  }))

  async function applyAllFixes(ref: DocumentRef): Promise<{applied: boolean; edits: number}> {
    const document = documents.get(ref?.uri)
    if (!document || (ref.version !== undefined && ref.version !== document.version)) return {applied: false, edits: 0}
    const snapshot = await linter.current(document)
    const edits = snapshot ? fixAllEdits(document, snapshot.result.findings) : []
    if (edits.length === 0) return {applied: true, edits: 0}
    const result = await connection.workspace.applyEdit({label: 'pitchlint: fix all', edit: versionedEdit(document.uri, document.version, edits, client.documentChanges)})
    return {applied: result.applied, edits: edits.length}
  }

  /** Silencing checks, one lint per term and document version. */

  function allowTermFor(document: TextDocument, snapshot: LintSnapshot, finding: Finding): AllowTermArgs | undefined {
    if (!finding.actual) return undefined
    const term = /^\p{Lu}[\p{Ll}\s'’-]*$/u.test(finding.actual) ? finding.actual.toLowerCase() : finding.actual
    const folderPath = snapshot.folder?.path ?? (snapshot.lintPath && filePathOf(document.uri) ? dirname(snapshot.lintPath) : undefined)
    const configFile = configs.configFileFor(snapshot.lintPath, snapshot.settings.configPath, snapshot.folder?.path) ?? (folderPath && join(folderPath, '.pitchlintrc.json'))
    if (!configFile) return undefined
    let expected: string | undefined
    try {
      expected = existsSync(configFile) ? readFileSync(configFile, 'utf8') : undefined
      if (expected !== undefined && allowsTerm(configFile, expected, term)) return undefined
      addAllowedTerm(configFile, expected, term) // throws when the file cannot be edited
    } catch {
      return undefined
    }
    // Allowing a term removes exactly that term's lexicon matches: offer it only for
    // findings that are such matches (no re-lint needed, whatever the document's size).
    const rule = rules.find((r) => r.meta.id === finding.ruleId)
    const stillThere = !rule?.meta.reportsLexiconTerms
    return stillThere ? undefined : {term, configFile, ...(expected !== undefined && {expected})}
  }

  async function allowTerm(args: AllowTermArgs): Promise<boolean> {
    // Only ever a config file: JSON or YAML, by name.
    if (typeof args?.term !== 'string' || typeof args.configFile !== 'string' || !/\.(?:json|ya?ml)$/i.test(args.configFile)) return false
    const current = existsSync(args.configFile) ? readFileSync(args.configFile, 'utf8') : undefined
    if (current !== args.expected) {
      void connection.window.showWarningMessage(`pitchlint: ${args.configFile} changed since the action was offered; nothing was written. Try again.`)
      return false
    }
    writeFileSync(args.configFile, addAllowedTerm(args.configFile, current, args.term))
    log.info(`added \`${args.term}\` to \`allow\` in ${args.configFile}`)
    configChanged()
    return true
  }

  async function openRuleDocs(url: string): Promise<boolean> {
    if (!/^https?:\/\//.test(url)) return false
    if (client.showDocument) return (await connection.window.showDocument({uri: url, external: true})).success
    void connection.window.showInformationMessage(`pitchlint rule documentation: ${url}`)
    return true
  }

  async function lintWorkspace(): Promise<LintWorkspaceResult> {
    const total = {files: 0, findings: 0}
    for (const folder of folders.all()) {
      const folderSettings = await settings.get(folder.uri)
      if (!folderSettings.enable) continue
      // The same files the CLI would lint in that folder, .pitchlintignore included.
      const {files} = await expandOperands([folder.path], folder.path, IgnoreRules.forRun(folder.path))
      for (const file of files) {
        const uri = URI.file(file).toString()
        if (documents.get(uri)) continue // open documents are linted as they change
        const read = readMarkdown(file)
        if (!read.ok) continue
        const text = TextDocument.create(uri, 'markdown', 0, read.text)
        const {config} = configs.configFor(uri, file, folderSettings.configPath, folder.path)
        try {
          const result = lintFunction(read.text, {filePath: file, config})
          total.files++
          total.findings += result.findings.length
          // Version -1: quick fixes wait until the file is open.
          const diagnostics = [...result.notices.map((n) => noticeDiagnostic(n, text)), ...result.findings.map((f) => toDiagnostic(f, text, -1))]
          await connection.sendDiagnostics({uri, diagnostics})
        } catch (error) {
          log.error(`could not lint ${file}`, error)
        }
      }
    }
    linter.publishConfigProblems()
    log.info(`linted the workspace: ${total.findings} findings in ${total.files} files`)
    return total
  }

  connection.onShutdown(() => folderWatcher.close())
  documents.listen(connection)
  connection.listen()
}
