// Everything the server wants a person to know goes to the client's output channel
// ("pitchlint" in VS Code) through `window/logMessage`; never to stdout, which carries
// the protocol when the server runs over stdio.

import type {Connection} from 'vscode-languageserver'
import type {ConfigError} from '../../rules/src/index'

export class Logger {
  private readonly reportedConfigProblems = new Set<string>()

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
}
