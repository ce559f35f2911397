// Reads a profile data file's text (a team's own, named by `profiles` in config): YAML
// checked against the profile schema (schema/profile.schema.json), then what a schema
// cannot say (element ids unique). A problem is a ConfigError with the profile file,
// line, column and key, as a wrong `.pitchlintrc` is: the CLI exits 2 with it.

import Ajv, {type ErrorObject, type ValidateFunction} from 'ajv'
import {isMap, isSeq, parseDocument} from 'yaml'
import {ConfigError, pickProblem, pointer, yamlOffsetOf} from '../config/validate'
import {LineIndex} from '../lines'
import {buildProfileSchema} from './schema'
import type {Profile} from './types'

let validator: ValidateFunction | undefined

export function parseProfileText(text: string, file: string): Profile {
  const lines = new LineIndex(text)
  const fail = (offset: number, path: ReadonlyArray<string | number>, problem: string): never => {
    const {line, column} = lines.position(offset)
    throw new ConfigError(file, line, column, path.join('.'), problem)
  }
  const document = parseDocument(text.replace(/^\uFEFF/, ''), {prettyErrors: false, uniqueKeys: true})
  const [syntax] = document.errors
  if (syntax) fail(syntax.pos[0], yamlPathAt(document.contents, syntax.pos[0]), `invalid YAML: ${syntax.message.split('\n')[0]}`)
  const data = document.toJS() as unknown
  validator ??= new Ajv({allErrors: true, strict: false, verbose: true}).compile(buildProfileSchema())
  if (!validator(data)) {
    const problem = pickProblem(validator.errors ?? [])
    const path = pointer(problem)
    if (problem.keyword === 'required') path.push(String(problem.params.missingProperty))
    fail(yamlOffsetOf(document, path, problem.keyword === 'additionalProperties' ? 'key' : 'value', 0), path, explain(problem, path, data))
  }
  const profile = data as Profile
  const seen = new Map<string, number>()
  for (const [index, element] of profile.elements.entries()) {
    const earlier = seen.get(element.id)
    if (earlier !== undefined) fail(yamlOffsetOf(document, ['elements', index, 'id'], 'value', 0), ['elements', index, 'id'], `duplicate id \`${element.id}\`: element ${earlier + 1} has it already; ids must be unique`)
    seen.set(element.id, index)
  }
  return profile
}

function explain(problem: ErrorObject, path: readonly string[], data: unknown): string {
  const name = path[path.length - 1]
  if (problem.keyword === 'required') return `missing \`${name}\``
  const value = path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data)
  const got = value === undefined ? '' : `, got ${JSON.stringify(value)}`
  if (problem.keyword === 'additionalProperties') {
    const known = Object.keys((problem.parentSchema as {properties?: object} | undefined)?.properties ?? {})
    return `unknown key \`${name}\`${known.length ? `, expected one of ${known.map((key) => `\`${key}\``).join(', ')}` : ''}`
  }
  if (problem.keyword === 'type') {
    const type = String(problem.params.type)
    return `expected ${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type === 'array' ? 'list' : type === 'object' ? 'map' : type}${got}`
  }
  if (problem.keyword === 'enum') return `expected one of ${(problem.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got}`
  if (problem.keyword === 'not') return `\`none\` is not a profile name: it turns profiles off${got}`
  const patternErrorMessage = (problem.parentSchema as {patternErrorMessage?: unknown} | undefined)?.patternErrorMessage
  if (problem.keyword === 'pattern' && typeof patternErrorMessage === 'string') return `${patternErrorMessage}${got}`
  return `${problem.message ?? 'is invalid'}${got}`
}

/** The key a YAML syntax error is under: in each map, the last key that starts before it. */
function yamlPathAt(node: unknown, offset: number): string[] {
  const path: string[] = []
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.filter((item) => ((item.key as {range?: number[]} | null)?.range?.[0] ?? Infinity) <= offset).pop()
      if (!pair) return path
      path.push(String((pair.key as {value?: unknown}).value ?? pair.key))
      node = pair.value
    } else if (isSeq(node)) {
      const index = node.items.findLastIndex((item) => ((item as {range?: number[]} | null)?.range?.[0] ?? Infinity) <= offset)
      if (index < 0) return path
      path.push(String(index))
      node = node.items[index]
    } else return path
  }
}
