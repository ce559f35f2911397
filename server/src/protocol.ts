// The contract between the pitchlint language server and its clients (the VS Code
// extension, Neovim, tests): settings, command ids and the data a diagnostic carries.
// Typed once here and imported by both sides.

export const SOURCE = 'pitchlint'
export const SETTINGS_SECTION = 'pitchlint'
/** `editor.codeActionsOnSave: {"source.fixAll.pitchlint": "explicit"}` fixes on save. */
export const FIX_ALL_KIND = 'source.fixAll.pitchlint'

export type RunMode = 'onType' | 'onSave'

export interface Settings {
  /** Lint at all. */
  enable: boolean
  /** Lint as you type (debounced) or only on open and save. */
  run: RunMode
  /** A config file to use instead of looking one up; relative to the workspace folder. */
  configPath: string
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({enable: true, run: 'onType', configPath: ''})

/** Milliseconds of quiet typing before a lint (onType). */
export const LINT_DELAY_MS = 200

/**
 * Node flags to start the server with. A small young generation keeps it near 100 MB
 * with hundreds of documents open (V8's default 16 MB semi-spaces stay resident, about
 * 50 MB more); the garbage of a lint is short-lived, so linting speed barely changes.
 * Flags must be given at start-up: set later, V8 ignores them.
 */
export const SERVER_EXEC_ARGV: readonly string[] = Object.freeze(['--max-semi-space-size=1'])

/** Clients without `workspace/configuration` (or with nothing set) may pass settings here. */
export interface InitializationOptions {
  settings?: Partial<Settings>
}

/** What `Diagnostic.data` holds, so code actions need no server-side state. */
/**
 * A fix as the lint core computed it: UTF-16 offsets into the document at the data's
 * `version`. Offsets keep each diagnostic small (a keystroke republishes them all);
 * code actions turn them into LSP edits against that same version.
 */
export interface OffsetEdit {
  range: [start: number, end: number]
  text: string
}

export interface DiagnosticData {
  /** The document version the offsets belong to; actions on another version are refused. */
  version: number
  /** The flagged words as written (for "Allow ‹term›"). */
  actual?: string
  /** The safe, mechanical fix. (Rewrite suggestions are not here: see diagnostics.ts.) */
  fix?: OffsetEdit
}

/** Commands the server executes (`workspace/executeCommand`). */
export const ServerCommands = Object.freeze({
  /** args: [{uri, version}] → applies every safe fix through `workspace/applyEdit`. */
  applyAllFixes: 'pitchlint.server.applyAllFixes',
  /** args: [AllowTermArgs] → adds the term to the config's `allow` list, writing the file. */
  allowTerm: 'pitchlint.server.allowTerm',
  /** args: [url] → opens a rule's documentation (`window/showDocument`). */
  openRuleDocs: 'pitchlint.server.openRuleDocs',
  /** no args → lints every Markdown file of every workspace folder; returns LintWorkspaceResult. */
  lintWorkspace: 'pitchlint.server.lintWorkspace',
})

export interface DocumentRef {
  uri: string
  version: number
}

export interface AllowTermArgs {
  term: string
  /** The config file to edit or create (absolute path). */
  configFile: string
  /** The file's content when the action was offered (undefined: the file did not exist). */
  expected?: string
}

export interface LintWorkspaceResult {
  files: number
  findings: number
}
