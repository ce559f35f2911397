// The `pitchlint` command: lint files, print a report, exit 0, 1 or 2.
// `main` parses and handles errors; `run` does one lint run from parsed options.

import {statSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {InputError} from '../../files/src/errors'
import {makeFolder} from '../../files/src/make-folder'
import {proofContextFor, RegistryResolver, today} from '../../files/src/proof-points'
import {decodeMarkdown, readMarkdown} from '../../files/src/read'
import {ProofRegistryError} from '../../rules/src/proof-points/index'
import {ConfigError, ConfigResolver, VERSION} from '../../rules/src/index'
import {HELP, parseCliArgs, type CliOptions} from './args'
import {applyBaseline, baselineEntries, readBaseline, serializeBaseline, type BaselineEntry} from './baseline'
import {unifiedDiff} from './diff'
import {discoverFiles} from './discover'
import {withFigureConflicts} from './figures'
import {writeFileAtomic} from './fix'
import {formatters, MACHINE_FORMATS} from './formatters/index'
import {displayPath} from './formatters/paths'
import {cachePath, hashText, ResultCache} from './cache'
import {inspect} from './inspect'
import {report} from './report-html/command'
import {lintFile, lintRead} from './lint-file'
import {tuneHeapForFileSizes} from './jit'
import {lintInParallel, workerCount} from './pool'
import {Progress, progressDelay} from './progress'
import {summarize, type FileReport} from './report'
import {shardFiles} from './shard'
import {UsageError} from './usage'

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  cwd: string
  /** stdout is a terminal (colour in `stylish`). */
  isTTY: boolean
  /** stderr is a terminal (the progress line). */
  stderrIsTTY?: boolean
  /** All of standard input, for --stdin. */
  readStdin?: () => Promise<Uint8Array>
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    if (argv[0] === 'inspect') return await inspect(argv.slice(1), io)
    if (argv[0] === 'report') return await report(argv.slice(1), io)
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
    // Only a mistyped command line is helped by the usage text.
    if (error instanceof UsageError) {
      io.stderr(`pitchlint: ${error.message}\nRun \`${error.helpCommand}\` for usage.\n`)
      return 2
    }
    if (error instanceof InputError) {
      io.stderr(`pitchlint: ${error.message}\n`)
      return 2
    }
    if (error instanceof ProofRegistryError) {
      io.stderr(`pitchlint: invalid proof-point registry ${error.message}\n`)
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

export async function run(options: CliOptions, io: Io): Promise<number> {
  const configs = new ConfigResolver(options.config ? resolve(io.cwd, options.config) : undefined, options.ruleSettings)
  if (options.printConfig !== undefined) return printConfig(configs, resolve(io.cwd, options.printConfig), io)

  const baselineFile = options.writeBaseline ?? options.baseline
  const baselinePath = baselineFile === undefined ? undefined : resolve(io.cwd, baselineFile)
  // Read before linting, so a missing or broken baseline fails fast.
  const accepted = options.baseline !== undefined ? readBaseline(baselinePath!, options.baseline) : undefined

  let reports = options.stdin ? withFigureConflicts([await lintStdin(options, configs, io)], io.cwd) : await lintFiles(options, configs, io)
  if (options.fix) reports = writeFixes(reports, options, io)

  let stale: BaselineEntry[] = []
  if (baselineFile !== undefined && baselinePath !== undefined) {
    const entries = accepted ?? baselineEntries(reports, baselinePath)
    if (options.writeBaseline !== undefined) {
      writeOutput(baselinePath, serializeBaseline(entries), options.writeBaseline)
      io.stderr(`pitchlint: wrote ${entries.length} finding${entries.length === 1 ? '' : 's'} to ${baselineFile}\n`)
    }
    ;({reports, stale} = applyBaseline(reports, entries, baselinePath, baselineFile))
  }
  if (options.quiet) reports = reports.map((report) => summarize({...report, messages: report.messages.filter((m) => m.severity === 2)}))

  // A report file is read later, in an editor or a CI log: colour codes would be noise there.
  const color = options.outputFile === undefined && useColor(options.color, io)
  const output = formatters[options.format](reports, {color, cwd: io.cwd, baseline: baselineFile, stale})
  if (options.outputFile !== undefined) writeOutput(resolve(io.cwd, options.outputFile), output, options.outputFile)
  else if (output) io.stdout(output.endsWith('\n') || options.format === 'json' ? output : `${output}\n`)

  if (stale.length > 0) io.stderr(staleNote(stale, baselineFile!))
  const newFindings = baselineFile === undefined ? 0 : countFindings(reports)
  if (newFindings > 0) io.stderr(newFindingsNote(newFindings, baselineFile!))
  // Whatever the report's destination, a file that could not be read or written is named on stderr.
  for (const report of reports) {
    for (const m of report.messages) if (m.fatal && m.severity === 2) io.stderr(`pitchlint: ${displayPath(report.filePath, io.cwd)}: ${m.message}\n`)
  }
  // A baseline exists to gate new findings, and every default rule is a warning.
  return exitCode(reports, {maxWarnings: options.maxWarnings, failOnAnyFinding: baselineFile !== undefined})
}

/** Rule findings still reported; notes about a file (binary, invalid UTF-8) have no rule and do not count. */
function countFindings(reports: readonly FileReport[]): number {
  return reports.reduce((count, report) => count + report.messages.filter((m) => m.ruleId !== null).length, 0)
}

/** Discovers and lints the operands' files (cache, worker threads, progress line); `report` lints through it too. */
export async function lintFiles(options: CliOptions, configs: ConfigResolver, io: Io): Promise<FileReport[]> {
  const discovered = await discoverFiles(options.operands, io, options.ignorePath)
  const files = options.shard ? shardFiles(discovered, options.shard, io.cwd) : discovered
  const progress = new Progress(io.stderr, Boolean(io.stderrIsTTY), progressDelay())
  const cache = options.cache ? ResultCache.load(cachePath(options.cacheLocation, io.cwd)) : undefined
  const reports: FileReport[] = new Array(files.length)
  // Every file's proof-point registry, read (and checked: exit 2 on a broken one) before any linting.
  const registries = new RegistryResolver(configs)
  const day = today()
  for (const file of files) registries.registryFor(file)
  // A report depends on the registry and the day too (expiry), so both key the cache.
  const cacheKey = (file: string) => `${configs.forFile(file).fingerprint}${registries.cacheKeyFor(file, day)}`
  // With --cache, a file whose text and config are unchanged keeps its last report.
  const toLint: number[] = []
  files.forEach((file, index) => {
    const hit = cache && cachedReport(cache, file, cacheKey)
    if (hit) reports[index] = hit
    else toLint.push(index)
  })
  let done = files.length - toLint.length
  const onReport = (_: number, file: string) => progress.update(++done, files.length, displayPath(file, io.cwd))
  try {
    const pending = toLint.map((index) => files[index])
    const sizes = pending.map(sizeOf)
    tuneHeapForFileSizes(sizes)
    const workers = workerCount(pending, sizes, options.concurrency)
    const job = {config: options.config ? resolve(io.cwd, options.config) : undefined, ruleSettings: options.ruleSettings, fix: options.fix, today: day}
    const linted =
      workers > 0
        ? await lintInParallel(pending, sizes, job, configs, workers, onReport)
        : pending.map((file) => {
            const report = lintFile(file, configs.forFile(file), {fix: options.fix, proofPoints: proofContextFor(registries, file, day)})
            onReport(0, file)
            return report
          })
    linted.forEach((report, k) => {
      reports[toLint[k]] = report
      if (cache && report.source !== undefined) cache.set(files[toLint[k]], hashText(report.source), cacheKey(files[toLint[k]]), report)
    })
  } finally {
    progress.finish()
  }
  // With --shard, the figures of every shard's files are compared: the files of the other
  // shards are read (from the cache when it has them) for their figures, never reported.
  const otherShards: FileReport[] = []
  if (options.shard) {
    const mine = new Set(files)
    for (const file of discovered) {
      if (mine.has(file)) continue
      const report = (cache && cachedReport(cache, file, cacheKey)) || lintFile(file, configs.forFile(file), {proofPoints: proofContextFor(registries, file, day)})
      if (cache && report.source !== undefined) cache.set(file, hashText(report.source), cacheKey(file), report)
      otherShards.push(report)
    }
  }
  if (cache) {
    try {
      cache.save()
    } catch (error) {
      io.stderr(`pitchlint: could not write the cache ${cache.path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`)
    }
  }
  // Findings across files come after the cache: they depend on the other files, so they are never cached.
  return withFigureConflicts(reports, io.cwd, otherShards)
}

function cachedReport(cache: ResultCache, file: string, cacheKey: (file: string) => string): FileReport | undefined {
  const read = readMarkdown(file)
  if (!read.ok) return undefined
  return cache.get(file, read.text, hashText(read.text), cacheKey(file))
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

async function lintStdin(options: CliOptions, configs: ConfigResolver, io: Io): Promise<FileReport> {
  if (!io.readStdin) throw new UsageError('--stdin: standard input is not available')
  const bytes = await io.readStdin()
  tuneHeapForFileSizes([bytes.length])
  const filePath = options.stdinFilename !== undefined ? resolve(io.cwd, options.stdinFilename) : '<stdin>'
  const lookedUpAs = options.stdinFilename !== undefined ? filePath : undefined
  const proofPoints = proofContextFor(new RegistryResolver(configs), lookedUpAs, today())
  return lintRead(filePath, decodeMarkdown(bytes), configs.forFile(lookedUpAs), {fix: options.fix, proofPoints})
}

/**
 * `--fix` writes each changed file; `--fix-dry-run` shows the change as a unified diff,
 * on stdout unless stdout carries a report that a program parses (then on stderr).
 */
function writeFixes(reports: readonly FileReport[], options: CliOptions, io: Io): FileReport[] {
  const diffOut = options.outputFile === undefined && MACHINE_FORMATS.has(options.format) ? io.stderr : io.stdout
  return reports.map((report) => {
    if (report.output === undefined) return report
    const shown = displayPath(report.filePath, io.cwd)
    if (options.fix === 'dry-run') {
      diffOut(unifiedDiff(report.fixedFrom!.text, report.output, `a/${shown}`, `b/${shown}`))
      return report
    }
    try {
      writeFileAtomic(report.filePath, report.fixedFrom!.bom ? `\uFEFF${report.output}` : report.output)
      return report
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error)
      return summarize({...report, messages: [{ruleId: null, severity: 2, message: `Fixes not written: ${reason}`, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true}, ...report.messages]})
    }
  })
}

/** Writes a report or baseline, creating its folder; failing to is an input error naming the file. */
function writeOutput(path: string, content: string, shownAs: string): void {
  try {
    makeFolder(dirname(path))
    writeFileSync(path, content)
  } catch (error) {
    throw new InputError(`Cannot write ${shownAs}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
}

function printConfig(configs: ConfigResolver, file: string, io: Io): number {
  const {data, file: source} = configs.dataFor(file)
  const config = configs.forFile(file)
  const rules = Object.fromEntries([...config.rules].map(([id, rule]) => [id, [rule.severity, rule.options]]))
  const printed = {file, configFile: source ?? null, rules, allow: data.allow ?? [], terms: data.terms ?? []}
  io.stdout(`${JSON.stringify(printed, null, 2)}\n`)
  return 0
}

/** Why a run with only warnings failed: they are new. */
function newFindingsNote(count: number, baselineFile: string): string {
  const findings = count === 1 ? '1 finding is' : `${count} findings are`
  return `pitchlint: ${findings} not in the baseline ${baselineFile}, so the run fails; fix or reword ${count === 1 ? 'it' : 'them'}, or accept ${count === 1 ? 'it' : 'them'} with --write-baseline ${baselineFile}\n`
}

function staleNote(stale: readonly BaselineEntry[], baselineFile: string): string {
  const lines = stale.map((entry) => `  ${entry.file}: ${entry.rule} \`${entry.text}\`${entry.sentence ? ` in “${entry.sentence.length > 80 ? `${entry.sentence.slice(0, 79)}…` : entry.sentence}”` : ''}`)
  const count = `${stale.length} baseline entr${stale.length === 1 ? 'y no longer occurs' : 'ies no longer occur'}`
  return `pitchlint: ${count} (fixed, reworded or removed); run --write-baseline ${baselineFile} to drop ${stale.length === 1 ? 'it' : 'them'}:\n${lines.join('\n')}\n`
}

/** --color / --no-color first, then NO_COLOR and FORCE_COLOR, then whether stdout is a terminal. */
function useColor(forced: boolean | undefined, io: Io): boolean {
  if (forced !== undefined) return forced
  if (process.env.NO_COLOR) return false
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true
  return io.isTTY
}

export interface ExitPolicy {
  /** Exit 1 above this many warnings; undefined or -1: no limit. */
  maxWarnings?: number
  /** Exit 1 on any rule finding still reported, warnings included (a run with a baseline). */
  failOnAnyFinding: boolean
}

/** 2 when a file could not be read or written, 1 on errors, too many warnings or (with a baseline) any finding, else 0. */
export function exitCode(reports: readonly FileReport[], {maxWarnings, failOnAnyFinding}: ExitPolicy): number {
  if (reports.some((report) => report.messages.some((m) => m.fatal && m.severity === 2))) return 2
  const errors = reports.reduce((n, r) => n + r.errorCount, 0)
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0)
  if (errors > 0) return 1
  if (maxWarnings !== undefined && maxWarnings >= 0 && warnings > maxWarnings) return 1
  if (failOnAnyFinding && countFindings(reports) > 0) return 1
  return 0
}
