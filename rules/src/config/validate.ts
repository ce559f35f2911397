// Validates config data against the generated schema and explains the first problem
// the way a person fixes it: the file, line and column, the key, what was expected.
// Positions come from each format's own syntax tree (jsonc-parser for JSON, yaml's
// Document for YAML), never from the wording of a parser's error message.

import Ajv, {type ErrorObject, type ValidateFunction} from 'ajv'
// The ESM build: the UMD one requires its files at run time, which a bundle cannot.
import {findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError} from 'jsonc-parser/lib/esm/main.js'
import {isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode} from 'yaml'
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
    /** The error is in the linted document itself (its front matter), not in a config file. */
    readonly inDocument = false,
  ) {
    super(`${file}:${line}:${column}: ${key ? `\`${key}\`: ` : ''}${problem}`)
    this.name = 'ConfigError'
  }
}

let validator: ValidateFunction | undefined

function validate(data: unknown): ErrorObject[] {
  // `verbose` puts the failing schema on each error, for its `patternErrorMessage`.
  validator ??= new Ajv({allErrors: true, strict: false, verbose: true}).compile(buildConfigSchema(allRules as readonly Rule<never>[]))
  return validator(data) ? [] : (validator.errors ?? [])
}

/** A config file's data, and where each of its keys and values is in the text. */
interface ParsedConfig {
  data: unknown
  /**
   * Offset of the value at `path` (of its key, with `at: 'key'`); for a path that goes
   * deeper than the text (a missing key), the offset of the deepest node that exists.
   */
  offsetOf(path: readonly string[], at: 'key' | 'value'): number
}

/** Parses a config file's text. `key` picks a field (`pitchlint` in package.json). */
export function parseConfigText(text: string, file: string, key?: string): unknown {
  return parseConfig(text, file, key).data
}

/**
 * `parseConfigText`, and a way to report a problem found later at a key of the same
 * file (a `profile` naming no profile the config's `profiles` files define).
 */
export function parseConfig(text: string, file: string, key?: string): {data: unknown; failAt(path: readonly string[], problem: string): never} {
  const lines = new LineIndex(text)
  const fail = (offset: number, path: readonly string[], problem: string): never => {
    const {line, column} = lines.position(offset)
    throw new ConfigError(file, line, column, path.join('.'), problem)
  }
  const parsed = /\.json$/i.test(file) ? parseJson(text, key, fail) : parseYaml(text, key, fail)
  const problems = validate(parsed.data)
  if (problems.length > 0) {
    const problem = pickProblem(problems)
    const path = [...(key !== undefined ? [key] : []), ...pointer(problem)]
    const isUnknownKey = problem.keyword === 'additionalProperties'
    fail(parsed.offsetOf(path, isUnknownKey ? 'key' : 'value'), path, explain(problem, parsed.data))
  }
  return {
    data: parsed.data,
    failAt(path, problem) {
      const fullPath = [...(key !== undefined ? [key] : []), ...path]
      return fail(parsed.offsetOf(fullPath, 'value'), fullPath, problem)
    },
  }
}

type Fail = (offset: number, path: readonly string[], problem: string) => never

/** What each jsonc-parser syntax error means to a person fixing the file, by error name. */
const JSON_SYNTAX_PROBLEMS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'unexpected character: keys and strings need double quotes',
  InvalidNumberFormat: 'invalid number',
  // A trailing comma before `}` is the usual cause: JSON.parse refuses it, so do we.
  PropertyNameExpected: 'expected a key in double quotes (JSON allows no comma before `}`)',
  // The same for `]`: `["robust",]`.
  ValueExpected: 'expected a value (JSON allows no comma before `]`)',
  ColonExpected: 'expected `:` after the key',
  CommaExpected: 'expected a comma between items',
  CloseBraceExpected: 'expected `}` to close the object',
  CloseBracketExpected: 'expected `]` to close the list',
  EndOfFileExpected: 'unexpected text after the end of the config',
  // .pitchlintrc.json is plain JSON, as editors validate it; YAML keeps comments.
  InvalidCommentToken: 'JSON allows no comments; use .pitchlintrc.yaml to keep comments',
  UnexpectedEndOfComment: 'JSON allows no comments; use .pitchlintrc.yaml to keep comments',
  UnexpectedEndOfString: 'unterminated string: add the closing `"`',
  UnexpectedEndOfNumber: 'number ends too early',
  InvalidUnicode: 'invalid `\\u` escape: it needs four hex digits',
  InvalidEscapeCharacter: 'invalid escape after `\\`',
  InvalidCharacter: 'a tab or line break inside a string: write it as `\\t` or `\\n`',
}

function parseJson(text: string, key: string | undefined, fail: Fail): ParsedConfig {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false})
  const [syntax] = errors
  if (syntax || !root) {
    const name = syntax ? printParseErrorCode(syntax.error) : 'ValueExpected'
    fail(syntax?.offset ?? 0, [], `invalid JSON: ${JSON_SYNTAX_PROBLEMS[name] ?? name}`)
  }
  const configNode = key === undefined ? root : findNodeAtLocation(root!, [key])
  if (configNode) rejectRepeatedKeys(configNode, key === undefined ? [] : [key], fail)
  return {
    data: configNode ? getNodeValue(configNode) : undefined,
    offsetOf(path, at) {
      let node = root!
      for (const part of path) {
        const child = findNodeAtLocation(node, [node.type === 'array' ? Number(part) : part])
        if (!child) return node.offset
        node = child
      }
      // A property's value node has the property as parent, whose first child is the key.
      return at === 'key' && node.parent?.type === 'property' ? node.parent.children![0].offset : node.offset
    },
  }
}

/**
 * JSON keeps the last of two equal keys without a word (`"rules"` twice drops the first
 * block); YAML refuses them. Both refuse them here, at the second key.
 */
function rejectRepeatedKeys(node: JsonNode, path: readonly string[], fail: Fail): void {
  if (node.type === 'object') {
    const seen = new Set<string>()
    for (const property of node.children ?? []) {
      const [keyNode, value] = property.children ?? []
      const name = String(keyNode?.value)
      if (seen.has(name)) fail(keyNode!.offset, [...path, name], `duplicate key \`${name}\`: merge it with the one above (JSON would keep only this one)`)
      seen.add(name)
      if (value) rejectRepeatedKeys(value, [...path, name], fail)
    }
  } else if (node.type === 'array') {
    node.children?.forEach((item, index) => rejectRepeatedKeys(item, [...path, String(index)], fail))
  }
}

function parseYaml(text: string, key: string | undefined, fail: Fail): ParsedConfig {
  const document = parseDocument(text, {prettyErrors: false, uniqueKeys: true})
  const [syntax] = document.errors
  if (syntax) fail(syntax.pos[0], [], `invalid YAML: ${syntax.message.split('\n')[0]}`)
  const all = document.toJS() ?? {}
  return {
    data: key === undefined ? all : (all as Record<string, unknown>)[key],
    offsetOf: (path, at) => yamlOffsetOf(document, path, at, 0),
  }
}

/** The most useful error: the deepest one, skipping the anyOf summary. */
export function pickProblem(problems: ErrorObject[]): ErrorObject {
  const specific = problems.filter((p) => p.keyword !== 'anyOf')
  const pool = specific.length > 0 ? specific : problems
  return pool.reduce((best, p) => (pointer(p).length > pointer(best).length ? p : best))
}

export function pointer(problem: ErrorObject): string[] {
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
  // The schema says in words what its pattern asks (VS Code shows the same text).
  const patternErrorMessage = (problem.parentSchema as {patternErrorMessage?: unknown} | undefined)?.patternErrorMessage
  if (problem.keyword === 'pattern' && typeof patternErrorMessage === 'string') return `${patternErrorMessage}${got}`
  return `${problem.message ?? 'is invalid'}${got}`
}

function knownKeys(path: string[]): string {
  const parent = path[path.length - 2]
  if (parent === 'rules') return (allRules as readonly Rule<never>[]).map((r) => `\`${r.meta.id}\``).sort().join(', ')
  if (path.length === 1) return '`rules`, `allow`, `terms`, `competitors`, `profile`, `profiles`, `proofPoints`, `overrides`'
  if (path.length === 3 && path[0] === 'overrides') return '`files`, `rules`, `allow`, `terms`, `competitors`, `profile`'
  return ''
}

/**
 * Offset in a YAML document of the value (or key) at `path`; for a missing key, of the
 * node that should hold it. `from` is the offset for an empty path.
 */
export function yamlOffsetOf(document: Document, path: ReadonlyArray<string | number>, at: 'key' | 'value', from = (document.contents as YamlNode | null)?.range?.[0] ?? 0): number {
  let node: unknown = document.contents
  let offset = from
  for (const [index, part] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === String(part))
      if (!pair) break
      offset = (pair.key as YamlNode | null)?.range?.[0] ?? offset
      node = pair.value
      if (at === 'value' || index < path.length - 1) offset = (node as YamlNode | null)?.range?.[0] ?? offset
    } else if (isSeq(node)) {
      const item = node.items[Number(part)] as YamlNode | undefined
      if (!item) break
      offset = item.range?.[0] ?? offset
      node = item
    } else break
  }
  return offset
}
