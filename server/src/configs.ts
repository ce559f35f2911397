// Config for each document, found by the CLI's discovery rules (or the `configPath`
// setting). A broken config never stops linting: its error becomes a diagnostic on the
// config file and a line in the output channel, and the document keeps the last good
// config it had (or the defaults).

import {existsSync, readFileSync} from 'node:fs'
import {isAbsolute, resolve} from 'node:path'
import {ConfigError, ConfigResolver, resolveConfig, type ResolvedConfig} from '../../rules/src/index'

export interface ConfigOutcome {
  config: ResolvedConfig
  /** The config file in force (undefined: the defaults). */
  file?: string
  error?: ConfigError
}

export class ConfigService {
  /** One resolver per explicit config path ('' = discovery); dropped when a config changes. */
  private resolvers = new Map<string, ConfigResolver>()
  /** The last config that resolved for each document. */
  private readonly lastGood = new Map<string, ResolvedConfig>()
  /** Current problems, by config file. */
  private readonly problems = new Map<string, ConfigError>()
  private defaults: ResolvedConfig | undefined

  /**
   * Told the files a document's config comes from (its file, the profile files it names,
   * or the file of its error) when they change: not on every lint of every keystroke.
   */
  constructor(private readonly onFilesRead: (files: readonly string[]) => void = () => {}) {}

  /** `explicit` is the `configPath` setting, resolved against `base` when relative. */
  configFor(documentUri: string, filePath: string | undefined, explicit: string, base: string | undefined): ConfigOutcome {
    const explicitFile = explicit ? (isAbsolute(explicit) ? explicit : resolve(base ?? process.cwd(), explicit)) : ''
    let resolver = this.resolvers.get(explicitFile)
    if (!resolver) {
      resolver = new ConfigResolver(explicitFile || undefined)
      this.resolvers.set(explicitFile, resolver)
    }
    let file: string | undefined
    try {
      file = resolver.configFileFor(filePath)
      const config = resolver.forFile(filePath)
      if (file) this.problems.delete(file)
      // The resolver hands out one object per config: the same one means the same files.
      if (this.lastGood.get(documentUri) !== config) this.onFilesRead(filesOf(config))
      this.lastGood.set(documentUri, config)
      return {config, file}
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      if (!this.problems.has(error.file)) this.onFilesRead([error.file])
      this.problems.set(error.file, error)
      return {config: this.lastGood.get(documentUri) ?? (this.defaults ??= resolveConfig()), file: error.file, error}
    }
  }

  /** The config file that applies to a file (for "Allow ‹term›"), without reading it. */
  configFileFor(filePath: string | undefined, explicit: string, base: string | undefined): string | undefined {
    if (explicit) return isAbsolute(explicit) ? explicit : resolve(base ?? process.cwd(), explicit)
    return new ConfigResolver().configFileFor(filePath)
  }

  /**
   * Whether a file feeds a config in use: the config file itself (a `configPath` may
   * name any file), a profile file it names, or a file whose error is shown now.
   */
  dependsOn(file: string): boolean {
    if (this.problems.has(file)) return true
    for (const config of this.lastGood.values()) if (filesOf(config).includes(file)) return true
    return false
  }

  /** Config files with a problem right now. */
  currentProblems(): ReadonlyMap<string, ConfigError> {
    return this.problems
  }

  /** Forget everything read from disk (a config file changed, appeared or went away). */
  reset(): void {
    this.resolvers = new Map()
    this.problems.clear()
  }

  forget(documentUri: string): void {
    this.lastGood.delete(documentUri)
  }
}

/** The files a config was read from: its own, and the profile files it names. */
function filesOf(config: ResolvedConfig): string[] {
  const files = config.data.loadedProfiles?.map((loaded) => loaded.file) ?? []
  return config.source ? [config.source, ...files] : files
}

/** The range of a config error: from its line and column to the end of that line. */
export function errorRange(error: ConfigError): {start: {line: number; character: number}; end: {line: number; character: number}} {
  const line = Math.max(0, error.line - 1)
  const character = Math.max(0, error.column - 1)
  let end = character
  try {
    if (existsSync(error.file)) end = Math.max(character, (readFileSync(error.file, 'utf8').split('\n')[line] ?? '').replace(/[\s,]+$/, '').length)
  } catch {
    // unreadable: a point range will do
  }
  return {start: {line, character}, end: {line, character: end}}
}
