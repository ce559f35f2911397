// `pitchlint inspect [--format text|json] FILES`: the sentence analysis behind the
// rules, so a writer can see why a sentence or section was judged as it was. Each
// sentence, bullet and table cell is listed with its tags (feature, outcome, pain,
// claim, proof, vague) and the words that triggered each tag.
// Positions follow the lint JSON: 1-based lines, 1-based UTF-16 columns, exclusive ends.

import {resolve} from 'node:path'
import {readMarkdown} from '../../files/src/read'
import {ConfigResolver, LineIndex, lint, strongestWord, type AnalyzedSentence, type Judgment, type Tag} from '../../rules/src/index'
import {discoverFiles} from './discover'
import {formatInspectText} from './formatters/inspect-text'
import {displayPath} from './formatters/paths'
import type {Io} from './main'
import {parseCommandLine, UsageError} from './usage'

const INSPECT_USAGE = 'pitchlint inspect --help'

export const INSPECT_HELP = `Usage: pitchlint inspect [options] [files, folders or globs...]

Prints the analysis of every sentence, bullet and table cell: its tags (feature,
outcome, pain, claim, proof, vague) and the words that triggered each tag.

Options:
  -f, --format <name>   Output format: text, json (default: text)
  -c, --config <file>   Use this config file instead of looking one up
  -h, --help            Show this help

Exit codes: 0 every file analyzed, 1 a file could not be read, 2 usage or config error,
or an operand that yields no file to analyze.
`

export interface InspectedSentence {
  line: number
  column: number
  endLine: number
  endColumn: number
  text: string
  tags: Tag[]
  /** Per tag, the words that triggered it, joined with " · ". */
  cues: Partial<Record<Tag, string>>
  /** Whose voice the sentence is in (ours, competitor, customer, reader, neutral), and why. */
  voice: {voice: string; reason: string}
  /** The scorer's probability for each judgment, and which of them hold. */
  judgments: Record<Judgment, {probability: number; holds: boolean}>
}

export interface InspectedFile {
  filePath: string
  /** The document profile it was checked as (battlecard, email, call-script, positioning) and why; null for plain Markdown. */
  profile?: {name: string; reason: string} | null
  sentences: InspectedSentence[]
  /** Why the file could not be analyzed. */
  error?: string
}

const FORMATS = ['text', 'json'] as const

interface InspectOptions {
  format: (typeof FORMATS)[number]
  config?: string
  help: boolean
  operands: string[]
}

const INSPECT_OPTIONS = {
  format: {type: 'string', short: 'f', default: 'text'},
  config: {type: 'string', short: 'c'},
  help: {type: 'boolean', short: 'h', default: false},
} as const

function parseInspectArgs(argv: readonly string[]): InspectOptions {
  const {values, positionals} = parseCommandLine(argv, INSPECT_OPTIONS, INSPECT_USAGE)
  const format = FORMATS.find((name) => name === values.format)
  if (!format) throw new UsageError(`Unknown format \`${values.format}\` for inspect, expected one of: ${FORMATS.join(', ')}`, INSPECT_USAGE)
  return {format, config: values.config, help: values.help, operands: positionals}
}

/** Runs `inspect`; errors (usage, config) are left to `main`, which maps them to exit 2. */
export async function inspect(argv: readonly string[], io: Io): Promise<number> {
  const options = parseInspectArgs(argv)
  if (options.help) {
    io.stdout(INSPECT_HELP)
    return 0
  }
  const files = await discoverFiles(options.operands, io)
  const configs = new ConfigResolver(options.config ? resolve(io.cwd, options.config) : undefined)
  const inspected = files.map((file) => inspectFile(file, configs))
  for (const file of inspected) if (file.error) io.stderr(`pitchlint: ${displayPath(file.filePath, io.cwd)}: ${file.error}\n`)
  io.stdout(options.format === 'json' ? JSON.stringify(inspected) : formatInspectText(inspected, {color: io.isTTY && !process.env.NO_COLOR, cwd: io.cwd}))
  return inspected.some((file) => file.error) ? 1 : 0
}

export function inspectFile(file: string, configs: ConfigResolver): InspectedFile {
  const read = readMarkdown(file)
  if (!read.ok) return {filePath: file, sentences: [], error: `not analyzed: ${read.reason}`}
  const result = lint(read.text, {filePath: file, config: configs.forFile(file)})
  const lines = new LineIndex(read.text)
  return {filePath: file, profile: result.profile ?? null, sentences: result.sentences.map((sentence) => toInspected(sentence, lines))}
}

function toInspected({view, analysis, range}: AnalyzedSentence, lines: LineIndex): InspectedSentence {
  const start = lines.position(range[0])
  const end = lines.position(range[1])
  const cues: Partial<Record<Tag, string>> = {}
  for (const tag of analysis.tags) {
    const words = [...new Set(analysis.cues.filter((cue) => cue.kind === tag).map((cue) => cue.text))]
    // A pain the scorer found in words no pattern holds: the word that weighed most.
    if (words.length === 0 && tag === 'pain') {
      const trigger = strongestWord('states_pain', view.text)
      if (trigger) words.push(view.text.slice(trigger.start, trigger.end))
    }
    cues[tag] = words.join(' · ')
  }
  const judgments = Object.fromEntries(
    Object.entries(analysis.judgments).map(([judgment, {probability, holds}]) => [judgment, {probability: Math.round(probability * 1000) / 1000, holds}]),
  ) as InspectedSentence['judgments']
  const voice = {voice: analysis.voice.voice, reason: analysis.voice.reason}
  return {line: start.line, column: start.column, endLine: end.line, endColumn: end.column, text: view.text, tags: [...analysis.tags], cues, voice, judgments}
}
