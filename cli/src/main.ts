// The `pitchlint` command: lint files, print a report, exit 0, 1 or 2.

import {resolve} from 'node:path'
import {ConfigError, ConfigResolver, lint, VERSION} from '../../rules/src/index'
import {HELP, parseCliArgs, type CliOptions} from './args'
import {expandOperands, UsageError} from './files'
import {formatters} from './formatters/index'
import {inspect} from './inspect'
import {readMarkdown} from './read'
import {fileMessage, summarize, toFileReport, type FileReport} from './report'

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  isTTY: boolean
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    if (argv[0] === 'inspect') return await inspect(argv.slice(1), io)
    const options = parseCliArgs(argv)
    if (options.help) {
      io.stdout(HELP)
      return 0
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`)
      return 0
    }
    return await run(options, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`pitchlint: ${error.message}\nRun \`pitchlint --help\` for usage.\n`)
      return 2
    }
    if (error instanceof ConfigError) {
      io.stderr(`pitchlint: invalid config ${error.message}\n`)
      return 2
    }
    io.stderr(`pitchlint: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return 2
  }
}

async function run(options: CliOptions, io: Io): Promise<number> {
  const files = await expandOperands(options.operands.length > 0 ? options.operands : ['.'], io.cwd)
  const configs = new ConfigResolver(options.config ? resolve(io.cwd, options.config) : undefined)
  const reports: FileReport[] = []
  for (const file of files) reports.push(lintFile(file, configs))

  const format = formatters[options.format]
  const output = format(reports, {color: io.isTTY && !process.env.NO_COLOR, cwd: io.cwd})
  if (output) io.stdout(output.endsWith('\n') || options.format === 'json' ? output : `${output}\n`)
  return exitCode(reports, options.maxWarnings)
}

export function lintFile(file: string, configs: ConfigResolver): FileReport {
  const read = readMarkdown(file)
  if (!read.ok) return summarize({filePath: file, messages: [fileMessage(`File not linted: ${read.reason}`)], suppressedMessages: []})
  const config = configs.forFile(file)
  const result = lint(read.text, {filePath: file, config})
  const extra = read.invalidUtf8 ? [fileMessage('File is not valid UTF-8: invalid bytes were read as U+FFFD')] : []
  return toFileReport(file, read.text, result, extra)
}

export function exitCode(reports: readonly FileReport[], maxWarnings: number | undefined): number {
  const errors = reports.reduce((n, r) => n + r.errorCount, 0)
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0)
  if (errors > 0) return 1
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) return 1
  return 0
}
