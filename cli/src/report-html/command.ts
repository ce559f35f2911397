// `pitchlint report [options] [files…]`: lint as `pitchlint` does (same discovery,
// worker threads, cache and baseline), then write the messaging report as one HTML page.

import {dirname, resolve} from 'node:path'
import {writeFileSync} from 'node:fs'
import {InputError} from '../../../files/src/errors'
import {makeFolder} from '../../../files/src/make-folder'
import {ConfigResolver} from '../../../rules/src/index'
import {parseRuleSetting, type CliOptions} from '../args'
import {applyBaseline, readBaseline, type BaselineEntry} from '../baseline'
import {displayPath} from '../formatters/paths'
import {lintFiles, type Io} from '../main'
import {parseCommandLine, UsageError} from '../usage'
import {buildReportModel} from './model'
import {renderReport} from './render'

const REPORT_USAGE = 'pitchlint report --help'
export const DEFAULT_REPORT_FILE = 'pitchlint-report.html'

export const REPORT_HELP = `Usage: pitchlint report [options] [files, folders or globs...]

Writes a messaging report as one self-contained HTML page (no network needed; open it
from disk or keep it as a CI artifact): totals and a messaging score, a sortable table
of documents with their pain / outcome / proof coverage, charts, and every finding in
its sentence. Files are found and linted as \`pitchlint\` finds and lints them.

Options:
  -o, --output-file <file>     Where to write the page (default: ${DEFAULT_REPORT_FILE})
      --title <text>           The page's title (default: Messaging report)
      --baseline <file>        Mark findings that are not in this baseline as new, and
                               list the baseline's findings that were fixed
  -c, --config <file>          Use this config file instead of looking one up
      --rule <id:severity>     Set a rule's severity (off, warn, error); repeatable
      --ignore-path <file>     Ignore file to use instead of the .pitchlintignore files
      --cache                  Reuse results for files whose text and config are unchanged
      --cache-location <path>  Cache file, or folder for .pitchlintcache
      --concurrency <n|auto>   Lint on n threads (default auto)
  -h, --help                   Show this help

Exit codes: 0 report written, 2 usage, config or runtime error (including an operand
that yields no file and a file that could not be read; the report is still written).
`

const REPORT_OPTIONS = {
  'output-file': {type: 'string', short: 'o'},
  title: {type: 'string'},
  baseline: {type: 'string'},
  config: {type: 'string', short: 'c'},
  rule: {type: 'string', multiple: true, default: [] as string[]},
  'ignore-path': {type: 'string'},
  cache: {type: 'boolean', default: false},
  'cache-location': {type: 'string'},
  concurrency: {type: 'string', default: 'auto'},
  help: {type: 'boolean', short: 'h', default: false},
} as const

/** Runs `report`; usage, config and input errors are left to `main`, which maps them to exit 2. */
export async function report(argv: readonly string[], io: Io, now: () => Date = () => new Date()): Promise<number> {
  const {values, positionals} = parseCommandLine(argv, REPORT_OPTIONS, REPORT_USAGE)
  if (values.help) {
    io.stdout(REPORT_HELP)
    return 0
  }
  let concurrency: number | 'auto' = 'auto'
  if (values.concurrency !== 'auto') {
    concurrency = Number(values.concurrency)
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency expects a whole number of threads or \`auto\`, got \`${values.concurrency}\``, REPORT_USAGE)
  }
  const ruleSettings = Object.assign({}, ...values.rule.map((setting) => parseRuleSetting(setting)))
  // The lint options `pitchlint` itself would parse from the same flags.
  const options: CliOptions = {
    operands: positionals,
    format: 'json',
    config: values.config,
    quiet: false,
    stdin: false,
    ignorePath: values['ignore-path'],
    ruleSettings,
    cache: values.cache,
    cacheLocation: values['cache-location'],
    concurrency,
    baseline: values.baseline,
    help: false,
    version: false,
  }
  const configs = new ConfigResolver(options.config ? resolve(io.cwd, options.config) : undefined, options.ruleSettings)
  const baselinePath = values.baseline === undefined ? undefined : resolve(io.cwd, values.baseline)
  // Read before linting, so a missing or broken baseline fails fast.
  const accepted = baselinePath === undefined ? undefined : readBaseline(baselinePath, values.baseline!)

  let reports = await lintFiles(options, configs, io)
  let stale: BaselineEntry[] = []
  if (accepted && baselinePath) ({reports, stale} = applyBaseline(reports, accepted, baselinePath, values.baseline!))

  const model = buildReportModel(reports, {cwd: io.cwd, baseline: values.baseline, stale})
  const page = renderReport(model, {title: values.title, generatedAt: now().toISOString()})
  const outputFile = values['output-file'] ?? DEFAULT_REPORT_FILE
  const outputPath = resolve(io.cwd, outputFile)
  try {
    makeFolder(dirname(outputPath))
    writeFileSync(outputPath, page)
  } catch (error) {
    throw new InputError(`Cannot write ${outputFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  const documents = `${model.documents.length} document${model.documents.length === 1 ? '' : 's'}`
  const findings = `${model.totalFindings} finding${model.totalFindings === 1 ? '' : 's'}`
  io.stderr(`pitchlint: wrote the report on ${documents} (${findings}, messaging score ${model.score ?? '—'}) to ${outputFile}\n`)

  let unreadable = false
  for (const fileReport of reports) {
    for (const m of fileReport.messages) {
      if (m.fatal && m.severity === 2) {
        unreadable = true
        io.stderr(`pitchlint: ${displayPath(fileReport.filePath, io.cwd)}: ${m.message}\n`)
      }
    }
  }
  return unreadable ? 2 : 0
}
