// Lints off the server's main thread. The main thread answers requests (hover, code
// actions, lenses) at once whatever is being linted, and a worker of its own gets a
// young generation sized for big lints while the main thread keeps a small one.
//
// The worker keeps the chunk caches (for the documents linted most recently) and
// sends back only what requests need: findings, notices and coverage. A lint whose
// document has moved on is cancelled between slices (`lintAsync`).

import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'
import {ChunkCache, lintAsync, messagingCoverage, resolveConfig, type Citation, type ConfigData, type FigureMention, type ProofContext, type Finding, type LintResult, type Notice, type ResolvedConfig, type SectionCoverage} from '../../rules/src/index'
import type {ProfileChecklist} from '../../rules/src/profiles/checklist'
import {collectWhenIdle} from './memory'

/**
 * At most this many findings go to the editor per document. Beyond it an editor slows
 * down and the message to the client grows to tens of megabytes; a notice says how many
 * more there are (the CLI reports them all).
 */
export const MAX_DIAGNOSTICS = 1000

/**
 * At most this many coverage entries (the document's, then its selling sections' in
 * document order) go to the editor per document, one lens each. A document of
 * megabytes has tens of thousands of sections: no one reads that many lenses, and
 * cloning their coverage to the main thread stalled every request while it ran.
 */
export const MAX_COVERAGE_ENTRIES = 1000

/** The coverage that the editor's lenses show: the document's, then its first selling sections'. */
export function lensCoverage(result: Pick<LintResult, 'sentences' | 'sections'>): SectionCoverage[] {
  if (result.sentences.length === 0) return []
  const coverage = messagingCoverage(result.sections)
  return coverage.length > MAX_COVERAGE_ENTRIES ? coverage.slice(0, MAX_COVERAGE_ENTRIES) : coverage
}

/** What requests need from one lint of one document version. */
export interface LintSummary {
  /** The first MAX_DIAGNOSTICS findings, in document order. */
  findings: readonly Finding[]
  /** How many findings the lint made in all. */
  total: number
  notices: readonly Notice[]
  /** Messaging coverage of the document and its selling sections (code lenses; see `lensCoverage`). */
  coverage: readonly SectionCoverage[]
  /** The figures its claims quote (for `inconsistent-figure` across documents). */
  figures?: readonly FigureMention[]
  /** Its references to the proof-point registry (hover). */
  citations?: readonly Citation[]
  /** Its profile's elements and whether each is there (the checklist lens). */
  profileChecklist?: ProfileChecklist
}

interface LintRequest {
  type: 'lint'
  id: number
  uri: string
  text: string
  filePath?: string
  config: {data: ConfigData; source?: string; fingerprint: string}
  /** The proof-point registry (plain data) and the day. */
  proofPoints?: ProofContext
}

type ToWorker = LintRequest | {type: 'cancel'; id: number} | {type: 'forget'; uri: string}
type FromWorker =
  | {type: 'done'; id: number; summary: LintSummary}
  | {type: 'partial'; id: number; findings: Finding[]}
  | {type: 'cancelled'; id: number}
  | {type: 'failed'; id: number; error: string}

interface WorkerInit {
  pitchlintLintWorker: true
}

/** Young generation of the worker: big lints allocate fast, and a small one slows them by a third. */
const WORKER_YOUNG_GENERATION_MB = 32
/** An idle worker is stopped after this long, giving its heap back. */
const WORKER_IDLE_MS = 30_000
/** Documents whose chunk caches the worker keeps. */
const CACHED_DOCUMENTS = 8

/** The main thread's handle on the lint worker (started on first use, restarted if it dies). */
export class LintWorker {
  private worker?: Worker
  private idleTimer?: NodeJS.Timeout
  private nextId = 1
  private readonly pending = new Map<number, {resolve: (summary: LintSummary | undefined) => void; reject: (error: Error) => void; partial?: (findings: Finding[]) => void}>()

  constructor(
    private readonly script: string,
    private readonly onCrash: (error: Error) => void,
  ) {}

  /**
   * Lints `text`; undefined when cancelled. `cancelled` is polled while it runs;
   * `onPartial` gets the findings so far of a lint that takes long.
   */
  lint(
    uri: string,
    text: string,
    filePath: string | undefined,
    config: ResolvedConfig,
    cancelled: () => boolean,
    onPartial?: (findings: Finding[]) => void,
    proofPoints?: ProofContext,
  ): Promise<LintSummary | undefined> {
    clearTimeout(this.idleTimer)
    const worker = this.start()
    const id = this.nextId++
    const request: LintRequest = {type: 'lint', id, uri, text, filePath, config: {data: config.data, source: config.source, fingerprint: config.fingerprint}, ...(proofPoints && {proofPoints})}
    return new Promise((resolve, reject) => {
      // The main thread knows first when a version is superseded: tell the worker.
      const poll = setInterval(() => {
        if (!cancelled()) return
        clearInterval(poll)
        worker.postMessage({type: 'cancel', id} satisfies ToWorker)
      }, 5)
      this.pending.set(id, {
        resolve: (summary) => {
          clearInterval(poll)
          resolve(summary)
        },
        reject: (error) => {
          clearInterval(poll)
          reject(error)
        },
        partial: onPartial,
      })
      worker.postMessage(request satisfies ToWorker)
    })
  }

  forget(uri: string): void {
    this.worker?.postMessage({type: 'forget', uri} satisfies ToWorker)
  }

  async stop(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }

  private start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(this.script, {
      workerData: {pitchlintLintWorker: true} satisfies WorkerInit,
      resourceLimits: {maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB},
    })
    worker.unref()
    worker.on('message', (message: FromWorker) => {
      const waiting = this.pending.get(message.id)
      if (!waiting) return
      if (message.type === 'partial') {
        waiting.partial?.(message.findings)
        return
      }
      this.pending.delete(message.id)
      if (this.pending.size === 0) {
        clearTimeout(this.idleTimer)
        this.idleTimer = setTimeout(() => void this.stop(), WORKER_IDLE_MS).unref()
      }
      if (message.type === 'done') waiting.resolve(message.summary)
      else if (message.type === 'cancelled') waiting.resolve(undefined)
      else waiting.reject(new Error(message.error))
    })
    const died = (error: Error) => {
      if (this.worker !== worker) return
      this.worker = undefined
      for (const waiting of this.pending.values()) waiting.reject(error)
      this.pending.clear()
      this.onCrash(error)
    }
    worker.on('error', died)
    worker.on('exit', (code) => died(new Error(`the lint worker exited with code ${code}`)))
    // A worker stopped on purpose (idle) is no longer `this.worker`, so `died` ignores it.
    this.worker = worker
    return worker
  }
}

/** The worker side. Returns false on the main thread. */
export function runLintWorkerIfWorker(): boolean {
  if (isMainThread || !(workerData as WorkerInit | undefined)?.pitchlintLintWorker || !parentPort) return false
  const port = parentPort
  const cancelled = new Set<number>()
  const caches = new Map<string, ChunkCache>()
  const configs = new Map<string, ResolvedConfig>()

  const cacheFor = (uri: string): ChunkCache => {
    const cache = caches.get(uri) ?? new ChunkCache()
    caches.delete(uri)
    caches.set(uri, cache)
    if (caches.size > CACHED_DOCUMENTS) caches.delete(caches.keys().next().value!)
    return cache
  }
  const configFor = ({data, source, fingerprint}: LintRequest['config']): ResolvedConfig => {
    const key = `${source ?? ''}\0${fingerprint}`
    let config = configs.get(key)
    if (!config) {
      if (configs.size > 16) configs.clear()
      config = resolveConfig(data, source)
      configs.set(key, config)
    }
    return config
  }

  port.on('message', (message: ToWorker) => {
    if (message.type === 'cancel') cancelled.add(message.id)
    else if (message.type === 'forget') caches.delete(message.uri)
    else void lintRequest(message)
  })

  async function lintRequest(request: LintRequest): Promise<void> {
    try {
      const result = await lintAsync(
        request.text,
        {
          filePath: request.filePath,
          config: configFor(request.config),
          cache: cacheFor(request.uri),
          onPartial: ({findings}) => port.postMessage({type: 'partial', id: request.id, findings: findings.slice(0, MAX_DIAGNOSTICS)} satisfies FromWorker),
          ...(request.proofPoints && {proofPoints: request.proofPoints}),
        },
        {cancelled: () => cancelled.has(request.id), yieldToEventLoop: () => new Promise<void>((resolve) => setImmediate(resolve))},
      )
      if (!result) {
        port.postMessage({type: 'cancelled', id: request.id} satisfies FromWorker)
        return
      }
      // Only what the editor is shown crosses to the main thread: cloning tens of
      // thousands of findings there would stall every request.
      const summary: LintSummary = {
        findings: result.findings.slice(0, MAX_DIAGNOSTICS),
        total: result.findings.length,
        notices: result.notices,
        coverage: lensCoverage(result),
        ...(result.figures.length > 0 && {figures: result.figures}),
        ...(result.citations.length > 0 && {citations: result.citations}),
        ...(result.profileChecklist && {profileChecklist: result.profileChecklist}),
      }
      port.postMessage({type: 'done', id: request.id, summary} satisfies FromWorker)
    } catch (error) {
      port.postMessage({type: 'failed', id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)} satisfies FromWorker)
    } finally {
      cancelled.delete(request.id)
      collectWhenIdle()
    }
  }
  return true
}
