// What a document's front matter says to pitchlint: `pitchlint: {profile: battlecard}`
// picks the profile, and the values a profile reads (`subject:` of an email, `type:`).
// A wrong key or value is a config error with the file, line, column and key, as a
// wrong `.pitchlintrc` is: the CLI exits 2 with it.

import {isMap, isScalar, isSeq, parseDocument, type Node as YamlNode} from 'yaml'
import {ConfigError} from '../config/validate'
import {LineIndex} from '../lines'
import {frontmatterEnd} from '../markdown/chunks'
import {NO_PROFILE, PROFILE_NAMES} from './data'

export interface FrontMatterValue {
  text: string
  /** Offsets of the value in the document. */
  range: [number, number]
}

export interface FrontMatter {
  /** `pitchlint.profile`, when given. */
  profile?: FrontMatterValue
  /** Every top-level key with a plain (string or number) value, lower-cased keys. */
  values: ReadonlyMap<string, FrontMatterValue>
  /**
   * Every string value at any depth (`pitchlint:` aside), in the order written, with the
   * lower-cased keys that lead to it: `seo: {description: …}` is at ["seo", "description"],
   * and a list adds no key (`faq: [{answer: …}]` is at ["faq", "answer"]).
   */
  strings: ReadonlyArray<{path: readonly string[]; value: FrontMatterValue}>
}

/** How deep in the front matter (maps and lists) string values are looked for: deeper than any page's settings nest, and a bound on the walk. */
const MAX_STRING_DEPTH = 16

/** Keys allowed under `pitchlint:` in front matter. */
const PITCHLINT_KEYS = ['profile']

/** The YAML between the front matter's fences, and where it starts in `text`; undefined when there is no front matter. */
function frontMatterBody(text: string): {body: string; bodyStart: number} | undefined {
  const end = frontmatterEnd(text)
  if (end === 0) return undefined
  const bodyStart = /^---[ \t]*\r?\n/.exec(text)![0].length
  const closing = /\r?\n?---[ \t]*(?:\r?\n)?$/.exec(text.slice(bodyStart, end))
  return {body: text.slice(bodyStart, end - (closing?.[0].length ?? 0)), bodyStart}
}

/**
 * Reads the front matter at the start of `text`, or undefined when there is none (throws
 * ConfigError). `profileNames` are the profiles the config knows (its `profiles` files add some).
 */
export function readFrontMatter(text: string, filePath: string | undefined, profileNames: readonly string[] = PROFILE_NAMES): FrontMatter | undefined {
  const yaml = frontMatterBody(text)
  if (!yaml) return undefined
  const {body, bodyStart} = yaml
  const file = filePath ?? '<text>'
  let lines: LineIndex | undefined
  const fail = (offset: number, key: string, problem: string): never => {
    lines ??= new LineIndex(text)
    const {line, column} = lines.position(bodyStart + offset)
    throw new ConfigError(file, line, column, key, problem, true)
  }
  const document = parseDocument(body, {prettyErrors: false})
  // Front matter that is not YAML is not ours to judge, unless it holds our key.
  if (document.errors.length > 0) {
    if (/^pitchlint\s*:/m.test(body)) fail(document.errors[0]!.pos[0], 'pitchlint', `invalid YAML in front matter: ${document.errors[0]!.message.split('\n')[0]}`)
    return {values: new Map(), strings: []}
  }
  const values = new Map<string, FrontMatterValue>()
  let profile: FrontMatterValue | undefined
  if (!isMap(document.contents)) return {values, strings: []}
  const rangeOf = (node: YamlNode): [number, number] => [bodyStart + (node.range?.[0] ?? 0), bodyStart + (node.range?.[1] ?? 0)]
  for (const pair of document.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined
    if (key === undefined) continue
    const value = pair.value as YamlNode | null
    if (key === 'pitchlint') {
      if (!isMap(value)) fail((value ?? (pair.key as YamlNode)).range?.[0] ?? 0, 'pitchlint', `expected a map such as {profile: battlecard}, got ${JSON.stringify(value && isScalar(value) ? value.value : null)}`)
      for (const inner of (value as unknown as {items: Array<{key: unknown; value: unknown}>}).items) {
        const innerKey = isScalar(inner.key) ? String(inner.key.value) : ''
        const keyNode = inner.key as YamlNode
        if (!PITCHLINT_KEYS.includes(innerKey)) fail(keyNode.range?.[0] ?? 0, `pitchlint.${innerKey}`, `unknown key \`${innerKey}\`, expected one of ${PITCHLINT_KEYS.map((k) => `\`${k}\``).join(', ')}`)
        const innerValue = inner.value as YamlNode | null
        const name = innerValue && isScalar(innerValue) ? innerValue.value : undefined
        if (typeof name !== 'string' || ![...profileNames, NO_PROFILE].includes(name)) {
          fail(innerValue?.range?.[0] ?? keyNode.range?.[0] ?? 0, 'pitchlint.profile', `expected one of ${[...profileNames, NO_PROFILE].map((n) => JSON.stringify(n)).join(', ')}, got ${JSON.stringify(name ?? null)}`)
        }
        profile = {text: name as string, range: rangeOf(innerValue!)}
      }
      continue
    }
    if (value && isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')) {
      values.set(key.toLowerCase(), {text: String(value.value), range: rangeOf(value)})
    }
  }
  const strings = stringsOf(document.contents, rangeOf)
  return profile ? {profile, values, strings} : {values, strings}
}

/**
 * The string values of the front matter at the start of `text`, in the order written; []
 * when there is none, undefined when it is not YAML. An edit to front matter copy is
 * offered only when its words are still in a value after it: a rewrite that puts ": " in
 * a plain value breaks the YAML, and one with " #" cuts the value short at a comment.
 */
export function frontMatterStrings(text: string): string[] | undefined {
  const yaml = frontMatterBody(text)
  if (!yaml) return []
  const document = parseDocument(yaml.body, {prettyErrors: false})
  if (document.errors.length > 0) return undefined
  return document.contents ? stringsOf(document.contents, () => [0, 0]).map(({value}) => value.text) : []
}

/** The string values under `root`, depth first in the order written, each with its path of keys. */
function stringsOf(root: YamlNode, rangeOf: (node: YamlNode) => [number, number]): FrontMatter['strings'] {
  const out: Array<{path: readonly string[]; value: FrontMatterValue}> = []
  const visit = (node: unknown, path: readonly string[], depth = 0): void => {
    if (depth > MAX_STRING_DEPTH) return
    if (isScalar(node)) {
      if (typeof node.value === 'string' && path.length > 0) out.push({path, value: {text: node.value, range: rangeOf(node)}})
    } else if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value).toLowerCase() : undefined
        if (key !== undefined && !(path.length === 0 && key === 'pitchlint')) visit(pair.value, [...path, key], depth + 1)
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, path, depth + 1)
    }
  }
  visit(root, [])
  return out
}
