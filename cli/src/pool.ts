// Lints many files on every core: worker threads take the biggest files first, the
// main thread takes the smallest ones between handing out work, so no core idles
// while one large file finishes (longest-processing-time-first scheduling).
//
// The workers run this same bundle (`dist/cli.js`); `cli.ts` starts `runWorker` when
// it finds itself in a worker. Each worker resolves configs itself, from the same
// options, so only file paths go in and serializable reports come out.

import {availableParallelism} from 'node:os'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import {proofContextFor, RegistryResolver} from '../../files/src/proof-points'
import {ConfigError, ConfigResolver} from '../../rules/src/index'
import type {FixMode} from './args'
import type {RuleSetting} from '../../rules/src/config/resolve'
import {lintFile} from './lint-file'
import type {FileReport} from './report'

export interface LintJob {
  /** Explicit config file (--config), or undefined to look configs up. */
  config?: string
  ruleSettings: Record<string, RuleSetting>
  fix?: FixMode
  /** YYYY-MM-DD, for proof-point expiry; each thread reads the registries itself. */
  today?: string
}

interface WorkerInit extends LintJob {
  pitchlintWorker: true
}

type Reply = {index: number; report: FileReport} | {index: number; configError: ConfigErrorData} | {index: number; crash: string}

interface ConfigErrorData {
  file: string
  line: number
  column: number
  key: string
  problem: string
}

/** Below this much text, starting workers costs more than it saves. */
const PARALLEL_MIN_BYTES = 256 * 1024
/** Files in flight per worker, so a worker never waits for the main thread. */
const PREFETCH = 2
/**
 * A worker's young generation, where V8 allocates first, larger than V8's default:
 * linting allocates much that dies young (syntax trees, tokens, matches), and the
 * larger it is, the less often the scavenger stops the worker to copy what survives.
 * It costs memory: a worker's peak resident size grows with it. (The main thread's
 * heap is configured before any of our code runs, so it keeps V8's default.)
 */
const LINT_YOUNG_GENERATION_MB = 192

/** The bundle to start workers from: workers need a built `.js` file, not TypeScript. */
function workerScript(): string | undefined {
  return typeof __filename === 'string' && __filename.endsWith('.js') ? __filename : undefined
}

/** How many worker threads to use for these files, given `--concurrency`. */
export function workerCount(files: readonly string[], sizes: readonly number[], concurrency: number | 'auto'): number {
  if (!workerScript() || files.length < 2) return 0
  if (concurrency === 'auto') {
    const bytes = sizes.reduce((sum, size) => sum + size, 0)
    if (bytes < PARALLEL_MIN_BYTES) return 0
    return Math.max(0, Math.min(availableParallelism() - 1, files.length - 1, 7))
  }
  return Math.max(0, Math.min(concurrency - 1, files.length - 1))
}

/**
 * Lints `files` with `workers` worker threads plus the main thread. Reports come back
 * in the order of `files`; `onReport` sees each as it lands (for the progress line).
 * `sizes` are the files' sizes in bytes, in the same order (the biggest go first).
 */
export async function lintInParallel(
  files: readonly string[],
  sizes: readonly number[],
  job: LintJob,
  configs: ConfigResolver,
  workers: number,
  onReport: (done: number, file: string) => void = () => {},
): Promise<FileReport[]> {
  const order = files.map((_, index) => index).sort((a, b) => sizes[b] - sizes[a] || a - b)
  const reports: FileReport[] = new Array(files.length)
  let done = 0
  const land = (index: number, report: FileReport) => {
    reports[index] = report
    onReport(++done, files[index])
  }
  // Biggest first from the front (workers), smallest first from the back (main thread).
  let front = 0
  let back = order.length - 1
  const takeBig = () => (front <= back ? order[front++] : undefined)
  const takeSmall = () => (front <= back ? order[back--] : undefined)

  let failure: unknown
  const pool = Array.from(
    {length: workers},
    () => new Worker(workerScript()!, {workerData: {pitchlintWorker: true, ...job} satisfies WorkerInit, resourceLimits: {maxYoungGenerationSizeMb: LINT_YOUNG_GENERATION_MB}}),
  )
  const finished = pool.map(
    (worker) =>
      new Promise<void>((resolve) => {
        let inFlight = 0
        const feed = () => {
          while (inFlight < PREFETCH && failure === undefined) {
            const index = takeBig()
            if (index === undefined) break
            inFlight++
            worker.postMessage({index, file: files[index]})
          }
          if (inFlight === 0) void worker.terminate().then(() => resolve())
        }
        worker.on('message', (reply: Reply) => {
          inFlight--
          if ('report' in reply) land(reply.index, reply.report)
          else if ('configError' in reply) {
            const e = reply.configError
            failure ??= new ConfigError(e.file, e.line, e.column, e.key, e.problem)
          } else failure ??= new Error(`linting ${files[reply.index]} failed in a worker: ${reply.crash}`)
          feed()
        })
        // A worker that dies is a runtime error: the run stops with exit code 2.
        worker.on('error', (error) => {
          failure ??= error
          resolve()
        })
        feed()
      }),
  )

  const registries = new RegistryResolver(configs)
  for (let index = takeSmall(); index !== undefined && failure === undefined; index = takeSmall()) {
    land(index, lintFile(files[index], configs.forFile(files[index]), {fix: job.fix, ...(job.today && {proofPoints: proofContextFor(registries, files[index], job.today)})}))
    // Let worker replies in, and hand out their next files, between our own.
    await new Promise((resolve) => setImmediate(resolve))
  }
  await Promise.all(finished)
  if (failure !== undefined) {
    await Promise.all(pool.map((worker) => worker.terminate()))
    throw failure
  }
  return reports
}

/** The worker side: lint each file it is sent until the main thread terminates it. */
export function runWorkerIfWorker(): boolean {
  if (isMainThread || !(workerData as WorkerInit | undefined)?.pitchlintWorker || !parentPort) return false
  const job = workerData as WorkerInit
  const configs = new ConfigResolver(job.config, job.ruleSettings)
  const registries = new RegistryResolver(configs)
  const port = parentPort
  port.on('message', ({index, file}: {index: number; file: string}) => {
    try {
      port.postMessage({index, report: lintFile(file, configs.forFile(file), {fix: job.fix, ...(job.today && {proofPoints: proofContextFor(registries, file, job.today)})})} satisfies Reply)
    } catch (error) {
      if (error instanceof ConfigError) {
        const {file: configFile, line, column, key, problem} = error
        port.postMessage({index, configError: {file: configFile, line, column, key, problem}} satisfies Reply)
      } else port.postMessage({index, crash: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies Reply)
    }
  })
  return true
}
