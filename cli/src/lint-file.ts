// One file in, one report out: read (or take) the text, lint it with its config, fix
// it when asked. A function of the file and its config only, with no output and no
// writes, so it can move into a worker thread unchanged.

import {ChunkCache, LineIndex, lint, type ResolvedConfig} from '../../rules/src/index'
import type {ProofContext} from '../../rules/src/proof-points/index'
import type {FixMode} from './args'
import {fixUntilStable} from './fix'
import {readMarkdown, type ReadResult} from '../../files/src/read'
import {fileMessage, summarize, toFileReport, type FileReport, type Message} from './report'

export interface LintFileOptions {
  fix?: FixMode
  /** The proof-point registry for the file, and the day it is. */
  proofPoints?: ProofContext
}

export function lintFile(file: string, config: ResolvedConfig, options: LintFileOptions = {}): FileReport {
  return lintRead(file, readMarkdown(file), config, options)
}

/** Lints what was read from `filePath` (a file, or standard input under that name). */
export function lintRead(filePath: string, read: ReadResult, config: ResolvedConfig, options: LintFileOptions = {}): FileReport {
  if (!read.ok) {
    const severity = read.kind === 'unreadable' ? 2 : 1
    return summarize({filePath, messages: [fileMessage(`File not linted: ${read.reason}`, severity)], suppressedMessages: []})
  }
  // One chunk cache per file: a fix pass re-analyzes only the chunks it changed, and a
  // file that repeats itself (boilerplate blocks) is analyzed once per distinct chunk.
  const cache = new ChunkCache()
  const proofPoints = options.proofPoints
  const lintText = (text: string) => lint(text, {filePath, config, cache, ...(proofPoints && {proofPoints})})
  // Findings about a registry entry point into the registry file.
  const registry = proofPoints?.registry
  let registryLines: LineIndex | undefined
  const linesOf = (file: string) => (registry && file === registry.file ? (registryLines ??= new LineIndex(registry.text)) : undefined)
  const extra: Message[] = []
  if (read.invalidUtf8) extra.push(fileMessage('File is not valid UTF-8: invalid bytes were read as U+FFFD'))
  if (options.fix && read.invalidUtf8) {
    // Writing the decoded text back would turn the invalid bytes into U+FFFD for good.
    extra.push(fileMessage('Not fixed: the file is not valid UTF-8'))
  } else if (options.fix) {
    const fixed = fixUntilStable(read.text, lintText)
    const report = toFileReport(filePath, fixed.output, fixed.result, extra, linesOf)
    return fixed.output === read.text ? report : {...report, output: fixed.output, fixedFrom: {text: read.text, bom: read.bom}}
  }
  return toFileReport(filePath, read.text, lintText(read.text), extra, linesOf)
}
