// Reads a proof-point registry's text: YAML (JSON is YAML too), checked against
// schema/proof-points.schema.json (the same file editors validate with), then what a
// schema cannot say: ids are unique and dates are days that exist. A problem names the
// file, line, column and key, from the YAML syntax tree's positions. Pure: the text
// comes in, the registry or a ProofRegistryError comes out.

import Ajv, {type ErrorObject, type ValidateFunction} from 'ajv'
import {parseDocument} from 'yaml'
import schema from '../../../schema/proof-points.schema.json'
import {ConfigError, yamlOffsetOf} from '../config/validate'
import {LineIndex} from '../lines'
import type {ProofPoint, ProofRegistry} from './types'

/** A registry that cannot be used; `file`, `line`, `column` and `key` say where and what. */
export class ProofRegistryError extends ConfigError {
  constructor(file: string, line: number, column: number, key: string, problem: string) {
    super(file, line, column, key, problem)
    this.name = 'ProofRegistryError'
  }
}

let validator: ValidateFunction | undefined

function schemaProblems(data: unknown): ErrorObject[] {
  validator ??= new Ajv({allErrors: true, strict: false, verbose: true}).compile(schema)
  return validator(data) ? [] : (validator.errors ?? [])
}

export function parseProofRegistry(text: string, file: string): ProofRegistry {
  const lines = new LineIndex(text)
  const fail = (offset: number, path: ReadonlyArray<string | number>, problem: string): never => {
    const {line, column} = lines.position(offset)
    throw new ProofRegistryError(file, line, column, path.join('.'), problem)
  }
  const document = parseDocument(text.replace(/^\uFEFF/, ''), {prettyErrors: false, uniqueKeys: true})
  const [syntax] = document.errors
  if (syntax) fail(syntax.pos[0], [], `invalid YAML: ${syntax.message.split('\n')[0]}`)
  const data: unknown = document.toJS() ?? {}
  const problems = schemaProblems(data)
  if (problems.length > 0) {
    const problem = pickProblem(problems)
    const path = pathOf(problem)
    fail(yamlOffsetOf(document, path, problem.keyword === 'additionalProperties' ? 'key' : 'value'), path, explain(problem, data))
  }
  const entries = (data as {proofPoints: Array<Omit<ProofPoint, 'range'>>}).proofPoints
  const seen = new Map<string, number>()
  const registry: ProofPoint[] = entries.map((entry, index) => {
    const at = (key: string) => yamlOffsetOf(document, ['proofPoints', index, key], 'value')
    const earlier = seen.get(entry.id)
    if (earlier !== undefined) fail(at('id'), ['proofPoints', index, 'id'], `duplicate id \`${entry.id}\`: entry ${earlier + 1} has it already; ids must be unique`)
    seen.set(entry.id, index)
    for (const key of ['approved', 'expires'] as const) {
      if (!isRealDate(entry[key])) fail(at(key), ['proofPoints', index, key], `not a date: ${JSON.stringify(entry[key])} has no such month or day`)
    }
    if (entry.expires < entry.approved) fail(at('expires'), ['proofPoints', index, 'expires'], `expires ${entry.expires} is before approved ${entry.approved}`)
    const start = at('id')
    return {...entry, range: [start, start + entry.id.length]}
  })
  return {file, text, entries: registry}
}

/** A YYYY-MM-DD string that names a day of the calendar (not 2026-02-30). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.toISOString().slice(0, 10) === value
}

/** The deepest problem is the most useful one. */
function pickProblem(problems: ErrorObject[]): ErrorObject {
  return problems.reduce((best, p) => (pathOf(p).length > pathOf(best).length ? p : best))
}

function pathOf(problem: ErrorObject): Array<string | number> {
  const parts: Array<string | number> = problem.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part))
  if (problem.keyword === 'additionalProperties') parts.push(String(problem.params.additionalProperty))
  if (problem.keyword === 'required') parts.push(String(problem.params.missingProperty))
  return parts
}

function explain(problem: ErrorObject, data: unknown): string {
  const path = pathOf(problem)
  const value = path.reduce<unknown>((node, part) => (node as Record<string | number, unknown> | undefined)?.[part], data)
  const got = value === undefined ? '' : `, got ${JSON.stringify(value)}`
  const name = path[path.length - 1]
  switch (problem.keyword) {
    case 'required':
      return path.length === 1 ? 'missing `proofPoints:`, the list of entries' : `missing \`${name}\`: every entry needs id, claim, figures, source, owner, approved and expires`
    case 'additionalProperties':
      return `unknown key \`${name}\`, expected one of ${path.length === 1 ? '`proofPoints`' : '`id`, `claim`, `figures`, `source`, `owner`, `approved`, `expires`'}`
    case 'type':
      return `expected ${/^[aeiou]/.test(String(problem.params.type)) ? 'an' : 'a'} ${String(problem.params.type)}${got}`
    case 'pattern': {
      const message = (problem.parentSchema as {patternErrorMessage?: string} | undefined)?.patternErrorMessage
      return `${message ?? problem.message ?? 'is invalid'}${got}`
    }
    case 'minItems':
      return 'list at least one figure, e.g. ["40%"]'
    case 'minLength':
      return 'must not be empty'
    default:
      return `${problem.message ?? 'is invalid'}${got}`
  }
}

