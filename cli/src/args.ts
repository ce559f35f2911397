// Command-line options. Unknown options and bad values are usage errors (exit 2).

import {parseArgs} from 'node:util'
import {UsageError} from './files'
import {formatters} from './formatters/index'

export const HELP = `Usage: pitchlint [options] [files, folders or globs...]
       pitchlint inspect [--format text|json] [files...]   (the sentence analysis; see \`pitchlint inspect --help\`)

Lints sales and product-marketing Markdown. A folder means its *.md, *.mdx and
*.markdown files (node_modules and .git are skipped). With no operand: the current folder.

Options:
  -f, --format <name>      Output format: ${Object.keys(formatters).join(', ')} (default: stylish)
  -c, --config <file>      Use this config file instead of looking one up
      --max-warnings <n>   Exit 1 when there are more than n warnings
  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 usage, config or runtime error.
`

export interface CliOptions {
  operands: string[]
  format: string
  config?: string
  maxWarnings?: number
  help: boolean
  version: boolean
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f', default: 'stylish'},
        config: {type: 'string', short: 'c'},
        'max-warnings': {type: 'string'},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', short: 'v', default: false},
      },
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const {values, positionals} = parsed
  if (!(values.format in formatters)) {
    throw new UsageError(`Unknown format \`${values.format}\`, expected one of: ${Object.keys(formatters).join(', ')}`)
  }
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings expects a whole number, got \`${values['max-warnings']}\``)
  }
  return {operands: positionals, format: values.format, config: values.config, maxWarnings, help: values.help, version: values.version}
}
