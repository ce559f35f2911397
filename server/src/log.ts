// Everything the server wants a person to know goes to the client's output channel
// ("pitchlint" in VS Code) through `window/logMessage`; never to stdout, which carries
// the protocol when the server runs over stdio.
//
// What a user debugging "why this finding?" or "why so slow?" needs, without turning
// on protocol tracing: which config file each document is linted with (once, and again
// when that changes), lints slow enough to notice, and every error with its stack.
// Per-lint timings go out at debug level, which VS Code shows only when asked.

import type {Connection} from 'vscode-languageserver'
import {URI} from 'vscode-uri'
import type {ConfigError, ResolvedConfig} from '../../rules/src/index'

/** A lint at least this slow is logged at info level (typing feels a lag from about here). */
const SLOW_LINT_MS = 200
/** Documents whose config is remembered; past this the oldest is forgotten (and logged again if linted). */
const REMEMBERED_DOCUMENTS = 1000

export class Logger {
  private readonly reportedConfigProblems = new Set<string>()
  /** The config each document was last linted with (file and content), to log only changes. */
  private readonly configOfDocument = new Map<string, string>()

  constructor(private readonly connection: Connection) {}

  info(message: string): void {
    this.connection.console.info(`pitchlint: ${message}`)
  }

  trace(message: string): void {
    this.connection.console.debug(`pitchlint: ${message}`)
  }

  error(message: string, error?: unknown): void {
    const detail = error === undefined ? '' : `: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
    this.connection.console.error(`pitchlint: ${message}${detail}`)
  }

  /** Each distinct config problem once, not once per keystroke. */
  configProblem(error: ConfigError): void {
    if (this.reportedConfigProblems.has(error.message)) return
    this.reportedConfigProblems.add(error.message)
    this.connection.console.error(`pitchlint: invalid config ${error.message} (linting with the last good config, or the defaults)`)
  }

  /** A fixed config may break again later: report it again then. */
  forgetConfigProblems(): void {
    this.reportedConfigProblems.clear()
  }

  /**
   * The config a document is linted with, when it is the document's first lint or the
   * config (its file or its content) changed since the last one. `configPath` is the
   * setting, when one names the file.
   */
  configUsed(uri: string, config: Pick<ResolvedConfig, 'source' | 'fingerprint'>, configPath = ''): void {
    const key = `${config.source ?? ''}\0${config.fingerprint}`
    const known = this.configOfDocument.get(uri)
    if (known === key) return
    this.configOfDocument.delete(uri)
    this.configOfDocument.set(uri, key)
    if (this.configOfDocument.size > REMEMBERED_DOCUMENTS) this.configOfDocument.delete(this.configOfDocument.keys().next().value!)
    const how = known === undefined ? 'uses' : 'now uses'
    const which = config.source
      ? `config ${config.source}${configPath ? ' (the pitchlint.configPath setting)' : ''}`
      : 'the default rules: no config file found from its folder up'
    this.info(`${displayName(uri)} ${how} ${which}`)
  }

  /** How long a lint took: at info level when it is slow, else at debug level. */
  linted(uri: string, version: number, durationMs: number, findings: number, characters: number): void {
    const line = `linted ${displayName(uri)} v${version} in ${durationMs.toFixed(0)} ms: ${findings} findings, ${characters} characters`
    if (durationMs >= SLOW_LINT_MS) this.info(`slow lint (over ${SLOW_LINT_MS} ms): ${line}`)
    else this.trace(line)
  }
}

/** A file's path as the user knows it; other documents (untitled) by their URI. */
function displayName(uri: string): string {
  try {
    const parsed = URI.parse(uri)
    return parsed.scheme === 'file' ? parsed.fsPath : uri
  } catch {
    return uri
  }
}
