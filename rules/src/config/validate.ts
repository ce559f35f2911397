// Reads `.pitchlintrc` (JSON or YAML), checks it against the generated schema and explains
// the first problem the way a person fixes it: the file, line and column, the key, what was
// expected. Positions come from each format's own syntax tree (jsonc-parser for JSON, yaml's
// Document for YAML). The checking and the common words are schema-problems.ts's, shared
// with profile and registry files; JSON and the config's own words are here.

// The ESM build: the UMD one requires its files at run time, which a bundle cannot.
import {findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError} from 'jsonc-parser/lib/esm/main.js'
import type {Rule} from '../rule'
import {rules as allRules} from '../rules/index'
import {buildConfigSchema} from './schema'
import {failIn, parseYaml, schemaProblem, schemaValidator, yamlOffsetOf, type Fail, type SchemaCheck} from './schema-problems'

export {ConfigError} from './schema-problems'

const CONFIG_CHECK: SchemaCheck = {
  validate: schemaValidator(() => buildConfigSchema(allRules as readonly Rule<never>[])),
  // The known keys are offered for a rule id, a top-level key and an override's key only,
  // as the config always has: an unknown key in a term or a rule's options gets no list.
  unknownKey(path, declared) {
    const parent = path[path.length - 2]
    const offered = parent === 'rules' || path.length === 1 || (path.length === 3 && path[0] === 'overrides')
    return {noun: parent === 'rules' ? 'rule' : 'key', known: offered ? declared : []}
  },
  ownWording(error, path, got) {
    const name = path[path.length - 1]
    if (path[path.length - 2] === 'rules' && (error.keyword === 'enum' || error.keyword === 'type')) {
      return `expected "off", "warn" or "error", or [severity, options]${got}`
    }
    if (error.keyword === 'type' && error.params.type === 'array' && name === 'competitors') return `expected a list of competitor names, e.g. [Globex, Initech]${got}`
    return undefined
  },
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
  const fail = failIn(text, file)
  const parsed = /\.json$/i.test(file) ? parseJson(text, key, fail) : parseYamlConfig(text, key, fail)
  const keyPath = key !== undefined ? [key] : []
  const problem = schemaProblem(parsed.data, CONFIG_CHECK)
  if (problem) {
    const path = [...keyPath, ...problem.path]
    fail(parsed.offsetOf(path, problem.at), path, problem.message)
  }
  return {
    data: parsed.data,
    failAt(path, problem) {
      const fullPath = [...keyPath, ...path]
      return fail(parsed.offsetOf(fullPath, 'value'), fullPath, problem)
    },
  }
}

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

function parseYamlConfig(text: string, key: string | undefined, fail: Fail): ParsedConfig {
  const {document, data} = parseYaml(text, fail, {emptyAsMap: true})
  return {
    data: key === undefined ? data : (data as Record<string, unknown>)[key],
    offsetOf: (path, at) => yamlOffsetOf(document, path, at, 0),
  }
}
