// Three files are YAML (or JSON) shaped by a JSON schema: `.pitchlintrc`, a team's profile
// files and the proof-point registry. A wrong one must read the same whichever it is, and
// the CLI exits 2 with any of them: a ConfigError naming the file, the line and column (from
// the syntax tree, never from the wording of a parser's message), the dotted key, and what
// was expected. This is the one way to get there; each caller brings its schema, its own
// words and checks, and (see `SchemaCheck`, `YamlSchemaFile`) the few choices where the
// files differ on purpose or where a message users know would otherwise move.

import Ajv, {type ErrorObject} from 'ajv'
import {isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode} from 'yaml'
import {LineIndex} from '../lines'

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

/** Keys from a file's root down: map keys, and list indexes as numbers or digit strings. */
export type KeyPath = ReadonlyArray<string | number>

/** Throws the file's error for a problem at an offset of its text, under a key. */
export type Fail = (offset: number, path: KeyPath, problem: string) => never

type ConfigErrorClass = new (file: string, line: number, column: number, key: string, problem: string) => ConfigError

export function failIn(text: string, file: string, ErrorClass: ConfigErrorClass = ConfigError): Fail {
  const lines = new LineIndex(text)
  return (offset, path, problem) => {
    const {line, column} = lines.position(offset)
    throw new ErrorClass(file, line, column, path.join('.'), problem)
  }
}

export interface YamlParsing {
  /** Name the key a syntax error is under (profiles do; config and registry errors have no key). */
  keyOfSyntaxError?: boolean
  /** An empty file is an empty map (config, registry); else its data is null (profiles). */
  emptyAsMap?: boolean
}

/** `text`'s YAML document and data, or a fail at its first syntax error. */
export function parseYaml(text: string, fail: Fail, parsing: YamlParsing = {}): {document: Document; data: unknown} {
  const document = parseDocument(text, {prettyErrors: false, uniqueKeys: true})
  const [syntax] = document.errors
  if (syntax) {
    const offset = syntax.pos[0]
    fail(offset, parsing.keyOfSyntaxError ? yamlPathAt(document.contents, offset) : [], `invalid YAML: ${syntax.message.split('\n')[0]}`)
  }
  const data: unknown = document.toJS()
  return {document, data: data ?? (parsing.emptyAsMap ? {} : null)}
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

/**
 * Offset in a YAML document of the value (or key) at `path`; for a missing key, of the
 * node that should hold it. `from` is the offset for an empty path.
 */
export function yamlOffsetOf(document: Document, path: KeyPath, at: 'key' | 'value', from: number): number {
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

/** A schema's problems with some data (none when it fits), the schema compiled on first use. */
export type SchemaValidator = (data: unknown) => ErrorObject[]

export function schemaValidator(schema: () => object): SchemaValidator {
  let validate: ReturnType<Ajv['compile']> | undefined
  return (data) => {
    // `verbose` puts the failing schema on each error, for its `patternErrorMessage` and known keys.
    validate ??= new Ajv({allErrors: true, strict: false, verbose: true}).compile(schema())
    return validate(data) ? [] : (validate.errors ?? [])
  }
}

/** How a caller's schema problems are chosen and worded, beyond the common words. */
export interface SchemaCheck {
  validate: SchemaValidator
  /** The caller's own words for a problem, or undefined for the common ones. `got` is `, got <value>` or ''. */
  ownWording?(error: ErrorObject, path: readonly string[], got: string): string | undefined
  /** What an unknown key is called and which keys to offer; by default a key, and every key the schema declares there but `$schema`. */
  unknownKey?(path: readonly string[], declared: readonly string[]): {noun: string; known: readonly string[]}
  /** Words for schema types, e.g. `list` for `array`. */
  typeNames?: Readonly<Record<string, string>>
  /**
   * A missing key ranks as deep as the key itself when choosing which problem to report,
   * so it wins a tie with a sibling key's problem or a later entry's: the registry's
   * choice. Config and profiles rank it at the object that lacks it.
   */
  missingKeyRanksAsKey?: boolean
}

/** The problem to report about `data`: its key path, whether the key or the value is wrong, and what to do. */
export interface SchemaProblem {
  path: string[]
  at: 'key' | 'value'
  message: string
}

export function schemaProblem(data: unknown, check: SchemaCheck): SchemaProblem | undefined {
  const errors = check.validate(data)
  if (errors.length === 0) return undefined
  const error = pickError(errors, check.missingKeyRanksAsKey ?? false)
  const path = pathOf(error, true)
  return {path, at: error.keyword === 'additionalProperties' ? 'key' : 'value', message: explain(error, path, data, check)}
}

/** The most useful error: the deepest one (the first of equals), skipping the anyOf summary. */
function pickError(errors: ErrorObject[], missingKeyRanksAsKey: boolean): ErrorObject {
  const specific = errors.filter((error) => error.keyword !== 'anyOf')
  const pool = specific.length > 0 ? specific : errors
  const depth = (error: ErrorObject) => pathOf(error, missingKeyRanksAsKey).length
  return pool.reduce((best, error) => (depth(error) > depth(best) ? error : best))
}

/** The keys down to the error; an unknown key's own name, and a missing key's with `withMissingKey`. */
function pathOf(error: ErrorObject, withMissingKey: boolean): string[] {
  const parts = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty))
  if (error.keyword === 'required' && withMissingKey) parts.push(String(error.params.missingProperty))
  return parts
}

function explain(error: ErrorObject, path: readonly string[], data: unknown, check: SchemaCheck): string {
  const value = path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], data)
  const got = value === undefined ? '' : `, got ${JSON.stringify(value)}`
  const own = check.ownWording?.(error, path, got)
  if (own !== undefined) return own
  const parentSchema = error.parentSchema as {properties?: object; patternErrorMessage?: unknown} | undefined
  switch (error.keyword) {
    case 'required':
      return `missing \`${String(error.params.missingProperty)}\``
    case 'additionalProperties': {
      const declared = Object.keys(parentSchema?.properties ?? {}).filter((key) => key !== '$schema')
      const {noun, known} = check.unknownKey?.(path, declared) ?? {noun: 'key', known: declared}
      return `unknown ${noun} \`${path[path.length - 1]}\`${known.length > 0 ? `, expected one of ${known.map((key) => `\`${key}\``).join(', ')}` : ''}`
    }
    case 'type': {
      const type = String(error.params.type)
      const shown = check.typeNames?.[type] ?? type
      return `expected ${/^[aeiou]/.test(shown) ? 'an' : 'a'} ${shown}${got}`
    }
    case 'enum':
      return `expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${got}`
    case 'pattern':
      // The schema says in words what its pattern asks (VS Code shows the same text).
      if (typeof parentSchema?.patternErrorMessage === 'string') return `${parentSchema.patternErrorMessage}${got}`
      break
  }
  return `${error.message ?? 'is invalid'}${got}`
}

/** A YAML file checked against a schema: how to read it, and who throws for it. */
export interface YamlSchemaFile extends SchemaCheck, YamlParsing {
  /** The error class thrown, a ConfigError or a subclass (ProofRegistryError). */
  error?: ConfigErrorClass
  /**
   * A problem at the root (a missing top-level key, a file that is no map) is placed at
   * the document's content, after leading comments (the registry); else at the file's start.
   */
  rootAtContent?: boolean
}

/**
 * Parses `text` and checks it against the schema, failing at the first problem. Returns
 * its data, the text without a byte order mark (what `offsetOf` counts in), the offset of
 * a key's value, and a way to fail at a key a later check finds wrong.
 */
export function readYamlAgainstSchema(text: string, file: string, options: YamlSchemaFile): {data: unknown; source: string; offsetOf(path: KeyPath): number; failAt(path: KeyPath, problem: string): never} {
  // Without a byte order mark: positions count what an editor shows, and the parser's offsets match.
  const source = text.replace(/^\uFEFF/, '')
  const fail = failIn(source, file, options.error)
  const {document, data} = parseYaml(source, fail, options)
  const rootOffset = options.rootAtContent ? ((document.contents as YamlNode | null)?.range?.[0] ?? 0) : 0
  const problem = schemaProblem(data, options)
  if (problem) fail(yamlOffsetOf(document, problem.path, problem.at, rootOffset), problem.path, problem.message)
  const offsetOf = (path: KeyPath) => yamlOffsetOf(document, path, 'value', rootOffset)
  return {data, source, offsetOf, failAt: (path, message) => fail(offsetOf(path), path, message)}
}

/**
 * A check that the items of a list have unique ids, called item by item (so it takes its
 * turn among the caller's other checks): it fails at the second item with an id, saying
 * which `noun` ("element", "entry") had it first.
 */
export function uniqueIds(listPath: KeyPath, noun: string, failAt: (path: KeyPath, problem: string) => never): (index: number, id: string) => void {
  const seen = new Map<string, number>()
  return (index, id) => {
    const earlier = seen.get(id)
    if (earlier !== undefined) failAt([...listPath, index, 'id'], `duplicate id \`${id}\`: ${noun} ${earlier + 1} has it already; ids must be unique`)
    seen.set(id, index)
  }
}
