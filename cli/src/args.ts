// Command-line options. Unknown options and bad values are usage errors (exit 2), and
// each message lists what would have been accepted.

import {parseArgs, type ParseArgsConfig} from 'node:util'
import {rules, type RuleSetting} from '../../rules/src/index'
import {UsageError} from './files'
import {formatters} from './formatters/index'
import {parseShard, type Shard} from './shard'

export const HELP = `Usage: pitchlint [options] [files, folders or globs...]
       pitchlint inspect [--format text|json] [files...]   (the sentence analysis; see \`pitchlint inspect --help\`)

Lints sales and product-marketing Markdown. A folder means its *.md, *.mdx and
*.markdown files (node_modules and .git are skipped). With no operand: the current folder.

Output:
  -f, --format <name>          ${Object.keys(formatters).join(', ')} (default: stylish)
  -o, --output-file <file>     Write the report to a file instead of standard output
      --quiet                  Report errors only (warnings are neither shown nor counted)
      --max-warnings <n>       Exit 1 when there are more than n warnings

Fixing:
      --fix                    Apply safe fixes (never rewrite suggestions) and write the files
      --fix-dry-run            Show the fixes as a diff, write nothing

Inputs:
      --stdin                  Lint standard input
      --stdin-filename <name>  File name for standard input (config lookup, output)
      --ignore-path <file>     Ignore file to use instead of ./.pitchlintignore
      --shard <i/n>            Lint only slice i of n of the files (CI matrices)

Configuration:
  -c, --config <file>          Use this config file instead of looking one up
      --rule <id:severity>     Set a rule's severity (off, warn, error); repeatable
      --print-config <file>    Print the config that applies to a file, then exit
      --report-unused-disables Report disable comments that silence nothing (as errors)

Speed:
      --cache                  Reuse results for files whose text and config are unchanged
      --cache-location <path>  Cache file, or folder for .pitchlintcache (default: ./.pitchlintcache)
      --no-cache               Ignore --cache (for a cold run)
      --concurrency <n|auto>   Lint on n threads (default auto: every core, for runs over 256 KB)

Baseline:
      --write-baseline <file>  Record today's findings in a baseline file
      --baseline <file>        Fail only on findings that are not in the baseline

  -h, --help                   Show this help
  -v, --version                Show the version

Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 usage, config or
runtime error (including a file that could not be read).
`

export type FixMode = 'write' | 'dry-run'

export interface CliOptions {
  operands: string[]
  format: string
  outputFile?: string
  config?: string
  maxWarnings?: number
  quiet: boolean
  fix?: FixMode
  stdin: boolean
  stdinFilename?: string
  ignorePath?: string
  shard?: Shard
  /** `--rule` settings (and `--report-unused-disables`), by rule id. */
  ruleSettings: Record<string, RuleSetting>
  printConfig?: string
  /** --cache (and not --no-cache, and not fixing: fixes change what a report holds). */
  cache: boolean
  cacheLocation?: string
  /** Threads to lint on, or `auto`. */
  concurrency: number | 'auto'
  writeBaseline?: string
  baseline?: string
  help: boolean
  version: boolean
}

const SEVERITIES = ['off', 'warn', 'error'] as const
const UNUSED_DIRECTIVE_RULE = 'unused-disable-comment'

/** Every option (README's table lists each one; a test keeps them in step). */
export const OPTIONS = {
  format: {type: 'string', short: 'f', default: 'stylish'},
  'output-file': {type: 'string', short: 'o'},
  config: {type: 'string', short: 'c'},
  'max-warnings': {type: 'string'},
  quiet: {type: 'boolean', default: false},
  fix: {type: 'boolean', default: false},
  'fix-dry-run': {type: 'boolean', default: false},
  stdin: {type: 'boolean', default: false},
  'stdin-filename': {type: 'string'},
  'ignore-path': {type: 'string'},
  shard: {type: 'string'},
  rule: {type: 'string', multiple: true, default: [] as string[]},
  'print-config': {type: 'string'},
  'report-unused-disables': {type: 'boolean', default: false},
  cache: {type: 'boolean', default: false},
  'cache-location': {type: 'string'},
  'no-cache': {type: 'boolean', default: false},
  concurrency: {type: 'string', default: 'auto'},
  'write-baseline': {type: 'string'},
  baseline: {type: 'string'},
  help: {type: 'boolean', short: 'h', default: false},
  version: {type: 'boolean', short: 'v', default: false},
} satisfies ParseArgsConfig['options']

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], allowPositionals: true, strict: true, options: OPTIONS})
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
  if (values.fix && values['fix-dry-run']) throw new UsageError('Use --fix or --fix-dry-run, not both')
  if (values.stdin) {
    if (positionals.length > 0) throw new UsageError(`--stdin lints standard input; remove the operands (${positionals.join(' ')}) or --stdin`)
    if (values.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see the fixes')
    if (values.shard !== undefined) throw new UsageError('--shard splits files; it does not apply to --stdin')
  } else if (values['stdin-filename'] !== undefined) {
    throw new UsageError('--stdin-filename needs --stdin')
  }
  if (values['write-baseline'] !== undefined && values.shard !== undefined) {
    throw new UsageError('--write-baseline records every file; run it without --shard')
  }
  if (values.baseline !== undefined && values['write-baseline'] !== undefined) {
    throw new UsageError('Use --baseline or --write-baseline, not both (--write-baseline already applies the baseline it writes)')
  }

  let concurrency: number | 'auto' = 'auto'
  if (values.concurrency !== 'auto') {
    concurrency = Number(values.concurrency)
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency expects a whole number of threads or \`auto\`, got \`${values.concurrency}\``)
  }

  const ruleSettings: Record<string, RuleSetting> = {}
  if (values['report-unused-disables']) ruleSettings[UNUSED_DIRECTIVE_RULE] = 'error'
  for (const setting of values.rule) Object.assign(ruleSettings, parseRuleSetting(setting))

  return {
    operands: positionals,
    format: values.format,
    outputFile: values['output-file'],
    config: values.config,
    maxWarnings,
    quiet: values.quiet,
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
    stdin: values.stdin,
    stdinFilename: values['stdin-filename'],
    ignorePath: values['ignore-path'],
    shard: values.shard === undefined ? undefined : parseShard(values.shard),
    ruleSettings,
    printConfig: values['print-config'],
    cache: values.cache && !values['no-cache'] && !values.fix && !values['fix-dry-run'],
    cacheLocation: values['cache-location'],
    concurrency,
    writeBaseline: values['write-baseline'],
    baseline: values.baseline,
    help: values.help,
    version: values.version,
  }
}

/** `vague-claim:error` → {'vague-claim': 'error'}; the id must be a rule, the severity off, warn or error. */
export function parseRuleSetting(text: string): Record<string, RuleSetting> {
  const at = text.lastIndexOf(':')
  const id = (at === -1 ? text : text.slice(0, at)).trim()
  const severity = at === -1 ? '' : text.slice(at + 1).trim()
  const ids = rules.map((rule) => rule.meta.id)
  if (!ids.includes(id)) throw new UsageError(`Unknown rule \`${id}\` in --rule ${text}, expected one of: ${ids.join(', ')}`)
  if (!(SEVERITIES as readonly string[]).includes(severity)) {
    throw new UsageError(`--rule ${text}: expected ${id}:off, ${id}:warn or ${id}:error`)
  }
  return {[id]: severity as (typeof SEVERITIES)[number]}
}
