// Validates config data against the generated schema and explains the first problem
// the way a person fixes it: the file, line and column, the key, what was expected.

import Ajv, {type ErrorObject, type ValidateFunction} from 'ajv'
import {isMap, isSeq, parseDocument, type Document, type Node} from 'yaml'
import {LineIndex} from '../lines'
import type {Rule} from '../rule'
import {rules as allRules} from '../rules/index'
import {buildConfigSchema} from './schema'

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    /** Dotted path of the offending key, e.g. `rules.vague-claim`. */
    readonly key: string,
    readonly problem: string,
  ) {
    super(`${file}:${line}:${column}: ${key ? `\`${key}\`: ` : ''}${problem}`)
    this.name = 'ConfigError'
  }
}

let validator: ValidateFunction | undefined

function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({allErrors: true, strict: false}).compile(buildConfigSchema(allRules as readonly Rule<never>[]))
  return validator(data) ? [] : (validator.errors ?? [])
}

/** Parses a config file's text. `key` picks a field (`pitchlint` in package.json). */
export function parseConfigText(text: string, file: string, key?: string): unknown {
  const lines = new LineIndex(text)
  let data: unknown
  let document: Document | undefined
  if (/\.json$/i.test(file)) {
    try {
      data = JSON.parse(text)
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const at = /position (\d+)/.exec(message)
      const {line, column} = lines.position(at ? Number(at[1]) : 0)
      throw new ConfigError(file, line, column, '', `invalid JSON: ${message.replace(/\s*in JSON at position \d+.*$/, '')}`)
    }
  } else {
    document = parseDocument(text, {prettyErrors: false, uniqueKeys: true})
    const error = document.errors[0]
    if (error) {
      const {line, column} = lines.position(error.pos[0])
      throw new ConfigError(file, line, column, '', `invalid YAML: ${error.message.split('\n')[0]}`)
    }
    data = document.toJS() ?? {}
  }
  if (key !== undefined) data = (data as Record<string, unknown>)[key]
  const problems = validate(data)
  if (problems.length > 0) {
    const problem = pickProblem(problems)
    const path = key !== undefined ? [key, ...pointer(problem)] : pointer(problem)
    const {line, column} = lines.position(offsetOf(document ?? parseDocument(text), path, problem))
    throw new ConfigError(file, line, column, path.join('.'), explain(problem, data))
  }
  return data
}

/** The most useful error: the deepest one, skipping the anyOf summary. */
function pickProblem(problems: ErrorObject[]): ErrorObject {
  const specific = problems.filter((p) => p.keyword !== 'anyOf')
  const pool = specific.length > 0 ? specific : problems
  return pool.reduce((best, p) => (pointer(p).length > pointer(best).length ? p : best))
}

function pointer(problem: ErrorObject): string[] {
  const parts = problem.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (problem.keyword === 'additionalProperties') parts.push(String(problem.params.additionalProperty))
  return parts
}

function explain(problem: ErrorObject, data: unknown): string {
  const path = pointer(problem)
  const value = path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data)
  const got = value === undefined ? '' : `, got ${JSON.stringify(value)}`
  const parent = path[path.length - 2]
  if (problem.keyword === 'additionalProperties') {
    const known = knownKeys(path)
    return `unknown ${parent === 'rules' ? 'rule' : 'key'} \`${path[path.length - 1]}\`${known ? `, expected one of ${known}` : ''}`
  }
  if (parent === 'rules' && (problem.keyword === 'enum' || problem.keyword === 'type')) {
    return `expected "off", "warn" or "error", or [severity, options]${got}`
  }
  if (problem.keyword === 'type') {
    const type = String(problem.params.type)
    const expected = type === 'array' && path[path.length - 1] === 'competitors' ? 'a list of competitor names, e.g. [Globex, Initech]' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`
    return `expected ${expected}${got}`
  }
  if (problem.keyword === 'enum') {
    return `expected one of ${(problem.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got}`
  }
  return `${problem.message ?? 'is invalid'}${got}`
}

function knownKeys(path: string[]): string {
  const parent = path[path.length - 2]
  if (parent === 'rules') return (allRules as readonly Rule<never>[]).map((r) => `\`${r.meta.id}\``).sort().join(', ')
  if (path.length === 1) return '`rules`, `allow`, `terms`, `competitors`, `overrides`'
  if (path.length === 3 && path[0] === 'overrides') return '`files`, `rules`, `allow`, `terms`, `competitors`'
  return ''
}

/** Offset of the node at `path` (the key itself for unknown keys), or 0. */
function offsetOf(document: Document, path: string[], problem: ErrorObject): number {
  let node: unknown = document.contents
  let offset = 0
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as Node | null)?.toJSON?.() ?? item.key) === part)
      if (!pair) break
      const keyNode = pair.key as Node | null
      offset = (keyNode?.range?.[0] ?? offset)
      node = pair.value
      if (problem.keyword !== 'additionalProperties' || part !== path[path.length - 1]) offset = (node as Node | null)?.range?.[0] ?? offset
    } else if (isSeq(node)) {
      const item = node.items[Number(part)] as Node | undefined
      if (!item) break
      offset = item.range?.[0] ?? offset
      node = item
    } else break
  }
  return offset
}
