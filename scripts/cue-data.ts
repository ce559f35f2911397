// Reads the cue vocabularies in rules/cues/*.yml and compiles them into the pattern
// sources the analysis runs (rules/src/generated/cues.json). Shared by generate.ts,
// which writes the JSON, and check-cues.ts, which proves every entry's examples.
//
// A file holds, for one cue kind:
//   words     name → {reason, phrases | pattern}: a named word list (or piece of pattern),
//             usable as `{NAME}` in any pattern of the file
//   entries   [{detail, reason, phrases | pattern, flags?, examples, counterexamples?}], in
//             order: where two entries match at the same place, the first one wins
//   patterns  name → {reason, pattern | phrases, flags}: the patterns the code applies around
//             the entries: `trigger` (a cheap pre-filter that every sentence with a cue
//             passes), guards that drop a match, cues that need code to decide
//   sets      name → {reason, phrases}: plain word lists the code compares whole words with
//             (a phrase that is only `{NAME}` puts in that word list's literal phrases)
// A phrase is literal (a straight apostrophe also matches a curly one) unless it is written
// `/…/`, which is a regular-expression source kept where one item covers several forms; a
// phrase that is only `{NAME}` splices in the phrases of that word list.

import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'

export interface CueWords {
  reason: string
  phrases?: string[]
  /** A named piece of pattern (a number, a percentage) instead of words; inserted as written. */
  pattern?: string
}
export interface CueEntryData {
  detail: string
  reason: string
  phrases?: string[]
  pattern?: string
  flags?: string
  examples: string[]
  counterexamples?: string[]
}
export interface CuePatternData {
  reason: string
  phrases?: string[]
  pattern?: string
  flags?: string
  examples?: string[]
  counterexamples?: string[]
}
export interface CueFileData {
  kind: string
  description: string
  flags?: string
  words?: Record<string, CueWords>
  patterns?: Record<string, CuePatternData>
  sets?: Record<string, CueWords>
  /** Absent for a kind whose cues are decided by code (feature): then only its named patterns are data. */
  entries?: CueEntryData[]
}

export interface CompiledPattern {
  source: string
  flags: string
}
export interface CompiledEntry extends CompiledPattern {
  detail: string
  reason: string
}
export interface CompiledKind {
  entries: CompiledEntry[]
  patterns: Record<string, CompiledPattern>
  sets: Record<string, string[]>
}

export function readCueFiles(dir: string): Array<{file: string; data: CueFileData}> {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((file) => ({file, data: parse(readFileSync(join(dir, file), 'utf8')) as CueFileData}))
}

const SPECIAL = /[.*+?^${}()|[\]\\/]/g
/** A phrase as a pattern source: `/…/` as written, anything else literal (either apostrophe). */
export function phraseSource(phrase: string): string {
  if (phrase.length > 2 && phrase.startsWith('/') && phrase.endsWith('/')) return phrase.slice(1, -1)
  return phrase.replace(SPECIAL, '\\$&').replace(/['’]/g, "['’]")
}

/** A word list as one non-capturing group, in the order written (earlier phrases are tried first). */
export function phrasesSource(phrases: readonly string[]): string {
  return `(?:${phrases.map(phraseSource).join('|')})`
}

// `\p{L}` and `\P{Lu}` are Unicode property escapes, not placeholders.
const PLACEHOLDER = /(?<!\\[pP])\{([A-Z][A-Z0-9_]*)\}/g

const SPLICE = /^\{([A-Z][A-Z0-9_]*)\}$/

export interface Expander {
  /** A pattern source with every `{NAME}` replaced by that word list's source. */
  (source: string, where: string): string
  /** A list of phrases as one group; a phrase that is only `{NAME}` stands for that list's phrases, spliced in. */
  list(phrases: readonly string[], where: string): string
}

/** Expands `{NAME}` placeholders with the file's word lists, which may use each other. */
export function expander(words: Record<string, CueWords> = {}): Expander {
  const done = new Map<string, string>()
  const lookup = (name: string, where: string, stack: string[]): CueWords => {
    if (!(name in words)) throw new Error(`${where}: {${name}} is not a word list of this file`)
    if (stack.includes(name)) throw new Error(`${where}: the word lists ${[...stack, name].join(' → ')} use each other`)
    return words[name]
  }
  const splice = (phrases: readonly string[], where: string, stack: string[]): string[] =>
    phrases.flatMap((phrase) => {
      const name = SPLICE.exec(phrase)?.[1]
      if (name === undefined) return [phrase]
      const list = lookup(name, where, stack)
      if (list.phrases === undefined) throw new Error(`${where}: {${name}} is a pattern, not phrases, and cannot be spliced into a list`)
      return splice(list.phrases, `words.${name}`, [...stack, name])
    })
  const listSource = (phrases: readonly string[], where: string, stack: string[]) => expand(phrasesSource(splice(phrases, where, stack)), where, stack)
  const expand = (source: string, where: string, stack: string[]): string =>
    source.replace(PLACEHOLDER, (_, name: string) => {
      const list = lookup(name, where, stack)
      const inner = [...stack, name]
      if (!done.has(name)) done.set(name, list.pattern !== undefined ? expand(list.pattern, `words.${name}`, inner) : listSource(list.phrases ?? [], `words.${name}`, inner))
      return done.get(name)!
    })
  return Object.assign((source: string, where: string) => expand(source, where, []), {list: (phrases: readonly string[], where: string) => listSource(phrases, where, [])})
}

/** An entry's or a named pattern's source: its pattern with the word lists put in, or its phrases as whole words. */
export function entrySource(entry: {phrases?: string[]; pattern?: string}, expand: Expander, where: string): string {
  if (entry.pattern !== undefined) return expand(entry.pattern, where)
  if (entry.phrases !== undefined) return `\\b${expand.list(entry.phrases, where)}\\b`
  throw new Error(`${where}: needs phrases or a pattern`)
}

/** A canonical flags string, as RegExp#flags gives it. */
function canonicalFlags(flags: string): string {
  return new RegExp('', flags).flags
}

export function compileCueFile(data: CueFileData, file: string): CompiledKind {
  const expand = expander(data.words)
  const compile = (item: CuePatternData, defaultFlags: string, where: string): CompiledPattern => {
    const source = entrySource(item, expand, `${file}: ${where}`)
    const flags = canonicalFlags(item.flags ?? defaultFlags)
    // Compiled once here so that a broken pattern fails `npm run generate`, not a lint run.
    return {source: new RegExp(source, flags).source, flags}
  }
  const entries = (data.entries ?? []).map((entry, index) => ({detail: entry.detail, reason: entry.reason, ...compile(entry, data.flags ?? '', `entry ${index + 1} (${entry.detail})`)}))
  const patterns = Object.fromEntries(Object.entries(data.patterns ?? {}).map(([name, pattern]) => [name, compile(pattern, '', `patterns.${name}`)]))
  const sets = Object.fromEntries(Object.entries(data.sets ?? {}).map(([name, set]) => [name, setPhrases(set.phrases ?? [], data.words, `${file}: sets.${name}`)]))
  return {entries, patterns, sets}
}

/** Every cue file compiled, keyed by kind, in file-name order. */
export function compileCues(dir: string): Record<string, CompiledKind> {
  const kinds: Record<string, CompiledKind> = {}
  for (const {file, data} of readCueFiles(dir)) {
    if (`${data.kind}.yml` !== file) throw new Error(`rules/cues/${file}: its kind must be the file's name, got "${data.kind}"`)
    kinds[data.kind] = compileCueFile(data, file)
  }
  return kinds
}

/** The vocabularies as tables for people (docs/cues.md): what each entry is evidence of, why, and an example. */
export function cuesMarkdown(dir: string): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  const sections = readCueFiles(dir).flatMap(({file, data}) => [
    `## ${data.kind}`,
    '',
    `${data.description} Data: \`rules/cues/${file}\`.`,
    '',
    '| Detail | Why a reader takes it as this cue | Example |',
    '| --- | --- | --- |',
    ...(data.entries ?? []).map((entry) => `| ${entry.detail} | ${cell(entry.reason)} | ${cell(entry.examples[0] ?? '')} |`),
    ...(data.entries ? [] : Object.entries(data.patterns ?? {}).map(([name, pattern]) => `| (${name}) | ${cell(pattern.reason)} | ${cell(pattern.examples?.[0] ?? '')} |`)),
    '',
  ])
  return [
    '# The cue vocabularies',
    '',
    'Generated from `rules/cues/*.yml` by `npm run generate`. A cue is the words that make the analysis tag a sentence (`pitchlint inspect` shows them); the rules and the model decide from the tags. Entries are tried in order, and the first that matches at a place wins.',
    '',
    ...sections,
  ].join('\n')
}

/**
 * A set's words, with each phrase that is only `{NAME}` replaced by the literal phrases of
 * that word list (its /…/ patterns are no words to compare with, so they are left out).
 */
function setPhrases(phrases: readonly string[], words: Record<string, CueWords> | undefined, where: string): string[] {
  const out: string[] = []
  for (const phrase of phrases) {
    const named = /^\{([A-Z_]+)\}$/.exec(phrase)
    if (!named) {
      out.push(phrase)
      continue
    }
    const list = words?.[named[1]!]
    if (!list?.phrases) throw new Error(`${where}: {${named[1]}} is not a word list of this file`)
    for (const inner of list.phrases) if (!inner.startsWith('/')) out.push(inner)
  }
  return [...new Set(out)]
}
