// Command-line options. Unknown options (answered with the closest valid one) and bad
// values are usage errors (exit 2), and each message lists what would have been accepted.

import type {ParseArgsConfig} from 'node:util'
import {rules, type RuleSetting} from '../../rules/src/index'
import {formatters} from './formatters/index'
import {parseShard, type Shard} from './shard'
import {parseCommandLine, UsageError} from './usage'

export const HELP = `Usage: pitchlint [options] [files, folders or globs...]
       pitchlint inspect [--format text|json] [files...]   (the sentence analysis; see \`pitchlint inspect --help\`)
       pitchlint report [-o report.html] [files...]        (a messaging report as one HTML page; see \`pitchlint report --help\`)

Lints sales and product-marketing Markdown. A folder means its *.md, *.mdx and
*.markdown files (node_modules, .git and what .pitchlintignore files exclude are
skipped); a glob lints only the Markdown files it matches. With no operand: the current
folder. An operand that yields no file to lint is an error (exit 2).

Output:
  -f, --format <name>          ${Object.keys(formatters).join(', ')} (default: stylish)
  -o, --output-file <file>     Write the report to a file instead of standard output (never coloured)
      --color, --no-color      Force colour in stylish output on or off (default: on a terminal)
      --quiet                  Report errors only (warnings are neither shown nor counted)
      --max-warnings <n>       Exit 1 when there are more than n warnings (-1: no limit)

Fixing:
      --fix                    Apply safe fixes (never rewrite suggestions) and write the files
      --fix-dry-run            Show the fixes as a diff, write nothing

Inputs:
      --stdin                  Lint standard input
      --stdin-filename <name>  File name for standard input (config lookup, output)
      --ignore-path <file>     Ignore file to use instead of the .pitchlintignore files
      --shard <i/n>            Lint only slice i of n of the files (CI matrices)

Configuration:
  -c, --config <file>          Use this config file instead of looking one up
      --rule <id:severity>     Set a rule's severity (off, warn, error); repeatable
      --print-config <file>    Print the config that applies to a file, then exit
      --report-unused-disables Report disable comments that silence nothing (as errors)

Speed:
      --cache                  Reuse results for files whose text and config are unchanged
      --cache-location <path>  Cache file, or folder (ending in /) for .pitchlintcache; created
                               if missing (default: ./.pitchlintcache)
      --no-cache               Ignore --cache (for a cold run)
      --concurrency <n|auto>   Lint on n threads (default auto: every core, for runs over 256 KB)

Baseline:
      --write-baseline <file>  Record today's findings in a baseline file
      --baseline <file>        Report only findings that are not in the baseline; any of
                               them fails the run (exit 1), warnings included

  -h, --help                   Show this help
  -v, --version                Show the version

Exit codes: 0 no errors, 1 lint errors (or too many warnings, or with --baseline any
finding not in it), 2 usage, config or runtime error (including an operand that yields
no file to lint and a file that could not be read).
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
  /** --color / --no-color (the last one given wins); undefined: colour on a terminal. */
  color?: boolean
  help: boolean
  version: boolean
}

const SEVERITIES = ['off', 'warn', 'error'] as const
const UNUSED_DIRECTIVE_RULE = 'unused-disable-comment'

/** Every option (README's table lists each one; a test keeps them in step). */
export const OPTIONS = {
  format: {type: 'string', short: 'f', default: 'stylish'},
  'output-file': {type: 'string', short: 'o'},
  color: {type: 'boolean', default: false},
  'no-color': {type: 'boolean', default: false},
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
  const {values, positionals, tokens} = parseCommandLine(argv, OPTIONS)
  if (!(values.format in formatters)) {
    throw new UsageError(`Unknown format \`${values.format}\`, expected one of: ${Object.keys(formatters).join(', ')}`)
  }
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings expects a whole number (or -1 for no limit), got \`${values['max-warnings']}\``)
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
    color: lastFlag(tokens, {color: true, 'no-color': false}),
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

/** The value of whichever of these flags was given last, or undefined if none was. */
function lastFlag<T>(tokens: ReadonlyArray<{kind: string; name?: string}>, valueByFlag: Record<string, T>): T | undefined {
  const last = tokens.findLast((token) => token.kind === 'option' && token.name !== undefined && token.name in valueByFlag)
  return last ? valueByFlag[last.name!] : undefined
}
