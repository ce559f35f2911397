// Finds and reads the proof-point registry for a linted file: the file the config's
// `proofPoints` key names (relative to the config file), else the nearest
// `proof-points.yaml` (or `.yml`) from the file's folder upward. Each registry file is
// read and parsed once per run; a broken one throws ProofRegistryError (file, line,
// column, key), which the CLI turns into exit 2.

import {existsSync, readFileSync, statSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import type {ConfigResolver} from '../../rules/src/index'
import {createHash} from 'node:crypto'
import {parseProofRegistry, ProofRegistryError, type ProofContext, type ProofRegistry} from '../../rules/src/proof-points/index'

export const REGISTRY_FILES = ['proof-points.yaml', 'proof-points.yml'] as const

/** The nearest registry file from a folder upward, or undefined. */
export function findRegistryFile(directory: string): string | undefined {
  let current = resolve(directory)
  for (;;) {
    for (const name of REGISTRY_FILES) {
      const candidate = join(current, name)
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
    }
    const parent = dirname(current)
    if (parent === current) return undefined
    current = parent
  }
}

/** Reads and parses one registry file (throws ProofRegistryError). */
export function readRegistry(file: string): ProofRegistry {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    throw new ProofRegistryError(file, 1, 1, '', `cannot read the proof-point registry (${(error as NodeJS.ErrnoException).code ?? String(error)})`)
  }
  return parseProofRegistry(text, file)
}

/** The registry of each linted file, each registry file read once. */
export class RegistryResolver {
  private readonly registries = new Map<string, ProofRegistry>()
  private readonly nearest = new Map<string, string | undefined>()

  constructor(private readonly configs: ConfigResolver) {}

  /** The registry file that applies to `filePath`, or undefined. */
  fileFor(filePath: string | undefined): string | undefined {
    const {data, file: configFile} = this.configs.dataFor(filePath)
    if (data.proofPoints !== undefined) return resolve(configFile ? dirname(configFile) : process.cwd(), data.proofPoints)
    const directory = filePath && !filePath.startsWith('<') ? dirname(resolve(filePath)) : process.cwd()
    if (!this.nearest.has(directory)) this.nearest.set(directory, findRegistryFile(directory))
    return this.nearest.get(directory)
  }

  /** What a cached report of `filePath` depends on besides its text and config: the registry's content and, with a registry, the day. */
  cacheKeyFor(filePath: string | undefined, day: string): string {
    const registry = this.registryFor(filePath)
    if (!registry) return ''
    return `\0proof-points:${registry.file}:${createHash('sha1').update(registry.text).digest('hex')}:${day}`
  }

  registryFor(filePath: string | undefined): ProofRegistry | undefined {
    const file = this.fileFor(filePath)
    if (file === undefined) return undefined
    let registry = this.registries.get(file)
    if (!registry) {
      registry = readRegistry(file)
      this.registries.set(file, registry)
    }
    return registry
  }
}

/** The day it is, as YYYY-MM-DD (UTC), or the one `PITCHLINT_TODAY` sets (for tests and reproducible runs). */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const set = env.PITCHLINT_TODAY
  if (set && /^\d{4}-\d{2}-\d{2}$/.test(set)) return set
  return new Date().toISOString().slice(0, 10)
}

/** The proof context to lint `filePath` with. */
export function proofContextFor(registries: RegistryResolver, filePath: string | undefined, day: string): ProofContext {
  const registry = registries.registryFor(filePath)
  return registry ? {registry, today: day} : {today: day}
}
