// Finds and reads config files: from the linted file's folder upward, the nearest
// `.pitchlintrc.json`, `.pitchlintrc.yaml`/`.yml`, or `package.json` with a `pitchlint`
// key wins. Configs are data only: nothing here runs user code.

import {createHash} from 'node:crypto'
import {existsSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, relative, resolve, sep} from 'node:path'
import picomatch from 'picomatch'
import {NO_PROFILE, profilesWith} from '../profiles/data'
import {parseProfileText} from '../profiles/parse'
import {ConfigError, parseConfig} from './validate'
import {layerRuleSettings, resolveConfig, type ConfigData, type LoadedProfile, type ResolvedConfig, type RuleSetting} from './resolve'

export const CONFIG_FILES = ['.pitchlintrc.json', '.pitchlintrc.yaml', '.pitchlintrc.yml', 'package.json'] as const

export interface LoadedConfig {
  data: ConfigData
  /** Absolute path of the file it came from; undefined for the defaults. */
  file?: string
}

/** Reads and validates one config file (throws ConfigError). */
export function readConfigFile(file: string): LoadedConfig {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  if (/(^|[\\/])package\.json$/.test(file)) {
    let pkg: unknown
    try {
      pkg = JSON.parse(text)
    } catch {
      // A broken package.json is not ours to report unless it is the config.
      return {data: {}, file}
    }
    if (!pkg || typeof pkg !== 'object' || !('pitchlint' in pkg)) return {data: {}, file}
    return {data: withProfiles(parseConfig(text, file, 'pitchlint'), file), file}
  }
  return {data: withProfiles(parseConfig(text, file), file), file}
}

/**
 * Reads the profile files a config's `profiles` names (relative to the config file) into
 * its data, then checks that every `profile` it gives names a profile there is.
 */
function withProfiles(parsed: ReturnType<typeof parseConfig>, configFile: string): ConfigData {
  const data = parsed.data as ConfigData
  const loadedProfiles = (data.profiles ?? []).map((path, index): LoadedProfile => {
    const file = resolve(dirname(configFile), path)
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      return parsed.failAt(['profiles', String(index)], `${code === 'ENOENT' ? 'profile file not found' : `cannot read the profile file (${code ?? String(error)})`}: ${file}`)
    }
    return {file, hash: createHash('sha1').update(text).digest('hex'), profile: parseProfileText(text, file)}
  })
  const names = [...profilesWith(loadedProfiles.map((loaded) => loaded.profile)).map((profile) => profile.name), NO_PROFILE]
  const checkName = (name: string | undefined, path: string[]) => {
    if (name !== undefined && !names.includes(name)) parsed.failAt(path, `expected one of ${names.map((n) => JSON.stringify(n)).join(', ')}, got ${JSON.stringify(name)}`)
  }
  checkName(data.profile, ['profile'])
  data.overrides?.forEach((override, index) => checkName(override.profile, ['overrides', String(index), 'profile']))
  return loadedProfiles.length > 0 ? {...data, loadedProfiles} : data
}

function hasPitchlintKey(file: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    return pkg !== null && typeof pkg === 'object' && 'pitchlint' in pkg
  } catch {
    return false
  }
}

/** The nearest config file for a folder, or undefined. */
export function findConfigFile(directory: string, stopAt?: string): string | undefined {
  let current = resolve(directory)
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = join(current, name)
      if (!existsSync(candidate) || !statSync(candidate).isFile()) continue
      if (name === 'package.json' && !hasPitchlintKey(candidate)) continue
      return candidate
    }
    const parent = dirname(current)
    if (parent === current || current === stopAt) return undefined
    current = parent
  }
}

/** Merges the `overrides` whose globs match `filePath` (relative to the config file). */
export function mergeOverrides(data: ConfigData, configFile: string | undefined, filePath: string | undefined): ConfigData {
  if (!data.overrides?.length || !filePath) return data
  const base = configFile ? dirname(configFile) : process.cwd()
  const rel = relative(base, resolve(filePath)).split(sep).join('/')
  let merged: ConfigData = {
    rules: {...data.rules},
    allow: [...(data.allow ?? [])],
    terms: [...(data.terms ?? [])],
    competitors: [...(data.competitors ?? [])],
    ...(data.profile !== undefined && {profile: data.profile}),
    ...(data.proofPoints !== undefined && {proofPoints: data.proofPoints}),
    ...(data.frontMatterCopy !== undefined && {frontMatterCopy: data.frontMatterCopy}),
    ...(data.profiles !== undefined && {profiles: data.profiles}),
    ...(data.loadedProfiles !== undefined && {loadedProfiles: data.loadedProfiles}),
  }
  for (const override of data.overrides) {
    const globs = Array.isArray(override.files) ? override.files : [override.files]
    if (!picomatch(globs, {dot: true})(rel)) continue
    merged = {
      rules: layerRuleSettings(merged.rules, override.rules),
      allow: [...(merged.allow ?? []), ...(override.allow ?? [])],
      terms: [...(merged.terms ?? []), ...(override.terms ?? [])],
      competitors: [...(merged.competitors ?? []), ...(override.competitors ?? [])],
      // The last matching override that names a profile wins, as with a rule's severity.
      ...((override.profile ?? merged.profile) !== undefined && {profile: override.profile ?? merged.profile}),
      ...(merged.proofPoints !== undefined && {proofPoints: merged.proofPoints}),
      ...(merged.frontMatterCopy !== undefined && {frontMatterCopy: merged.frontMatterCopy}),
      ...(merged.profiles !== undefined && {profiles: merged.profiles}),
      ...(merged.loadedProfiles !== undefined && {loadedProfiles: merged.loadedProfiles}),
    }
  }
  return merged
}

/**
 * Puts rule settings over config data (the CLI's `--rule id:severity`). A bare severity
 * keeps the options the config gave the rule, as in an override (`layerRuleSettings`).
 */
export function withRuleSettings(data: ConfigData, settings: Readonly<Record<string, RuleSetting>>): ConfigData {
  return {...data, rules: layerRuleSettings(data.rules, settings)}
}

/**
 * Resolves configs for many files, reading each config file once. `explicit` (the
 * CLI's --config) replaces discovery; `ruleSettings` (the CLI's --rule) win over every
 * file. Throws ConfigError on an invalid file.
 */
export class ConfigResolver {
  private readonly files = new Map<string, LoadedConfig>()
  private readonly nearest = new Map<string, string | undefined>()
  private readonly resolved = new Map<string, ResolvedConfig>()

  constructor(
    private readonly explicit?: string,
    private readonly ruleSettings: Readonly<Record<string, RuleSetting>> = {},
  ) {}

  configFileFor(filePath: string | undefined): string | undefined {
    if (this.explicit) return resolve(this.explicit)
    const directory = filePath ? dirname(resolve(filePath)) : process.cwd()
    if (!this.nearest.has(directory)) this.nearest.set(directory, findConfigFile(directory))
    return this.nearest.get(directory)
  }

  load(file: string): LoadedConfig {
    let loaded = this.files.get(file)
    if (!loaded) {
      if (!existsSync(file)) throw new ConfigError(file, 1, 1, '', 'config file not found')
      loaded = readConfigFile(file)
      this.files.set(file, loaded)
    }
    return loaded
  }

  /** The config data that applies to a file, overrides and rule settings merged, and where it came from. */
  dataFor(filePath: string | undefined): LoadedConfig {
    const file = this.configFileFor(filePath)
    const loaded = file ? this.load(file) : {data: {}}
    const merged = mergeOverrides(loaded.data, file, filePath)
    const data = Object.keys(this.ruleSettings).length > 0 ? withRuleSettings(merged, this.ruleSettings) : merged
    return {data, file}
  }

  forFile(filePath: string | undefined): ResolvedConfig {
    const {data, file} = this.dataFor(filePath)
    // The profiles read are the config file's own (one read per file): its name keys them.
    const key = `${file ?? ''}\0${JSON.stringify(data, (name, value: unknown) => (name === 'loadedProfiles' ? undefined : value))}`
    let config = this.resolved.get(key)
    if (!config) {
      config = resolveConfig(data, file)
      this.resolved.set(key, config)
    }
    return config
  }
}

export {ConfigError}
