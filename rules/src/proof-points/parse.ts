// Reads a proof-point registry's text: YAML (JSON is YAML too), checked against
// schema/proof-points.schema.json (the same file editors validate with), then what a
// schema cannot say: ids are unique and dates are days that exist. A problem names the
// file, line, column and key, from the YAML syntax tree's positions. Pure: the text
// comes in, the registry or a ProofRegistryError comes out.

import schema from '../../../schema/proof-points.schema.json'
import {ConfigError, readYamlAgainstSchema, schemaValidator, uniqueIds, type YamlSchemaFile} from '../config/schema-problems'
import type {ProofPoint, ProofRegistry} from './types'

/** A registry that cannot be used; `file`, `line`, `column` and `key` say where and what. */
export class ProofRegistryError extends ConfigError {
  constructor(file: string, line: number, column: number, key: string, problem: string) {
    super(file, line, column, key, problem)
    this.name = 'ProofRegistryError'
  }
}

const REGISTRY_FILE: YamlSchemaFile = {
  validate: schemaValidator(() => schema),
  error: ProofRegistryError,
  emptyAsMap: true,
  rootAtContent: true,
  missingKeyRanksAsKey: true,
  // No `got`: the value is missing, or an empty list or text says nothing more.
  ownWording(error, path) {
    switch (error.keyword) {
      case 'required':
        return path.length === 1 ? 'missing `proofPoints:`, the list of entries' : `missing \`${path[path.length - 1]}\`: every entry needs id, claim, figures, source, owner, approved and expires`
      case 'minItems':
        return 'list at least one figure, e.g. ["40%"]'
      case 'minLength':
        return 'must not be empty'
      default:
        return undefined
    }
  },
}

export function parseProofRegistry(text: string, file: string): ProofRegistry {
  const {data, source, offsetOf, failAt} = readYamlAgainstSchema(text, file, REGISTRY_FILE)
  const entries = (data as {proofPoints: Array<Omit<ProofPoint, 'range'>>}).proofPoints
  const checkId = uniqueIds(['proofPoints'], 'entry', failAt)
  const registry: ProofPoint[] = entries.map((entry, index) => {
    checkId(index, entry.id)
    for (const key of ['approved', 'expires'] as const) {
      if (!isRealDate(entry[key])) failAt(['proofPoints', index, key], `not a date: ${JSON.stringify(entry[key])} has no such month or day`)
    }
    if (entry.expires < entry.approved) failAt(['proofPoints', index, 'expires'], `expires ${entry.expires} is before approved ${entry.approved}`)
    const start = offsetOf(['proofPoints', index, 'id'])
    return {...entry, range: [start, start + entry.id.length]}
  })
  // The text the entries' ranges count in: related locations and the editor's view of the file read it.
  return {file, text: source, entries: registry}
}

/** A YYYY-MM-DD string that names a day of the calendar (not 2026-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}
