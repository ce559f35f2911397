// Parsing a command line the way ESLint users expect: `--max-warnings -1` is a value,
// not an option; a mistyped option is answered with the closest valid one; and a
// usage error names the help that would have helped.

import {parseArgs, type ParseArgsConfig} from 'node:util'

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>

/** The command line itself is wrong (exit 2, pointing to `helpCommand`). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly helpCommand = 'pitchlint --help',
  ) {
    super(message)
  }
}

/** Node's parseArgs, strict, with tokens (for "last flag wins" options), and errors as UsageErrors. */
export function parseCommandLine<Options extends ParseArgsOptionsConfig>(argv: readonly string[], options: Options, helpCommand?: string) {
  const config = {args: withNegativeValuesAttached(argv, options), options, allowPositionals: true as const, strict: true as const, tokens: true as const}
  try {
    return parseArgs(config)
  } catch (error) {
    const unknown = (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? firstUnknownOption(argv, options) : undefined
    if (unknown) throw new UsageError(unknownOptionMessage(unknown, options), helpCommand)
    throw new UsageError(error instanceof Error ? error.message : String(error), helpCommand)
  }
}

/**
 * parseArgs refuses `--max-warnings -1` as ambiguous; a negative number after an option
 * that takes a value is that value, so it is attached (`--max-warnings=-1`).
 */
function withNegativeValuesAttached(argv: readonly string[], options: ParseArgsOptionsConfig): string[] {
  const takesValue = new Set<string>()
  for (const [name, option] of Object.entries(options)) {
    if (option.type !== 'string') continue
    takesValue.add(`--${name}`)
    if (option.short) takesValue.add(`-${option.short}`)
  }
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') return [...out, ...argv.slice(i)]
    if (takesValue.has(argv[i]) && isNegativeNumber(argv[i + 1])) out.push(`${argv[i]}=${argv[++i]}`)
    else out.push(argv[i])
  }
  return out
}

function isNegativeNumber(text: string | undefined): boolean {
  return text !== undefined && text.startsWith('-') && text.length > 1 && Number.isFinite(Number(text))
}

function firstUnknownOption(argv: readonly string[], options: ParseArgsOptionsConfig): string | undefined {
  const {tokens} = parseArgs({args: [...argv], options, allowPositionals: true, strict: false, tokens: true})
  const known = new Set(Object.keys(options))
  const shorts = new Set(Object.values(options).flatMap((option) => (option.short ? [option.short] : [])))
  const unknown = tokens.find((token) => token.kind === 'option' && !known.has(token.name) && !shorts.has(token.name))
  return unknown?.kind === 'option' ? unknown.rawName : undefined
}

function unknownOptionMessage(rawName: string, options: ParseArgsOptionsConfig): string {
  const closest = closestOption(rawName, Object.keys(options))
  return `Unknown option '${rawName}'.${closest ? ` Did you mean '--${closest}'?` : ''}`
}

/** The option name nearest to what was typed, if it is near enough to be a typo. */
export function closestOption(rawName: string, names: readonly string[]): string | undefined {
  const typed = rawName.replace(/^-+/, '')
  const allowed = Math.max(1, Math.floor(typed.length / 3))
  let best: {name: string; distance: number} | undefined
  for (const name of names) {
    const distance = editDistance(typed, name)
    if (distance <= allowed && (!best || distance < best.distance)) best = {name, distance}
  }
  return best?.name
}

/** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
