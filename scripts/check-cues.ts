// Validates the cue vocabularies in rules/cues/*.yml: every entry, word list and named
// pattern has a reason; every entry's examples produce its cue and its counterexamples do
// not, run through the analysis itself (so the trigger and the guards count); and
// rules/src/generated/cues.json is what the data compiles to.
//
//   npx tsx scripts/check-cues.ts              validate the real files
//   npx tsx scripts/check-cues.ts --self-test  prove the validator catches broken entries
//
// TypeScript rather than .mjs (as check-lexicons is) because it runs the analysis modules
// themselves. Each problem prints as `file: where: problem`; exit status 1 if there is any.

import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {compileCueFile, compileCues, readCueFiles, type CompiledKind, type CueEntryData, type CueFileData} from './cue-data'

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..')
const CUES_DIR = join(ROOT, 'rules/cues')
const GENERATED = join(ROOT, 'rules/src/generated/cues.json')

const FILE_KEYS = new Set(['kind', 'description', 'flags', 'words', 'patterns', 'sets', 'entries'])
const ENTRY_KEYS = new Set(['detail', 'reason', 'phrases', 'pattern', 'flags', 'examples', 'counterexamples'])
const WORDS_KEYS = new Set(['reason', 'phrases', 'pattern'])
const PATTERN_KEYS = new Set(['reason', 'phrases', 'pattern', 'flags', 'examples', 'counterexamples'])
const SET_KEYS = new Set(['reason', 'phrases'])
const REASON_MIN = 20
const REASON_MAX = 300

/** What the analysis finds in a sentence: the cues' details. */
export type CueFunction = (text: string) => ReadonlyArray<{detail: string}>

const isString = (value: unknown): value is string => typeof value === 'string'
const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString)

/** A cue function straight from compiled data: every match of every entry (the self-test's stand-in for the analysis). */
export function plainCueFunction(compiled: CompiledKind): CueFunction {
  return (text) =>
    compiled.entries.flatMap(({detail, source, flags}) => [...text.matchAll(new RegExp(source, flags.includes('g') ? flags : `${flags}g`))].map(() => ({detail})))
}

/**
 * Problems with parsed cue files. `cueFunctions` is the analysis per kind; a kind without
 * one is judged by its compiled entries alone.
 */
export function validate(files: Array<{file: string; data: unknown}>, cueFunctions: Record<string, CueFunction> = {}, warnings: string[] = []): string[] {
  const problems: string[] = []
  for (const {file, data} of files) {
    const problem = (where: string, message: string) => problems.push(`${file}: ${where ? `${where}: ` : ''}${message}`)
    if (!isPlainObject(data)) {
      problem('', 'top level must be a mapping with kind, description and entries')
      continue
    }
    for (const key of Object.keys(data)) if (!FILE_KEYS.has(key)) problem('', `unknown key "${key}" at file level`)
    if (`${data.kind}.yml` !== file) problem('', `kind "${String(data.kind)}" does not match the file name`)
    if (!isString(data.description) || !data.description.trim().endsWith('.')) problem('', 'description must be one sentence ending with a period')
    if (data.flags !== undefined && !isString(data.flags)) problem('', 'flags must be a string')

    const checkReason = (where: string, reason: unknown) => {
      if (!isString(reason) || reason.trim() === '') return problem(where, 'has no reason')
      if (/\bTODO\b/.test(reason)) problem(where, 'reason is still a TODO')
      if (reason.length < REASON_MIN || reason.length > REASON_MAX) problem(where, `reason should be one sentence of ${REASON_MIN}–${REASON_MAX} characters`)
    }
    const checkKeys = (where: string, value: Record<string, unknown>, allowed: Set<string>) => {
      for (const key of Object.keys(value)) if (!allowed.has(key)) problem(where, `unknown key "${key}"`)
    }
    const checkPhrasesOrPattern = (where: string, value: Record<string, unknown>) => {
      const has = ['phrases', 'pattern'].filter((key) => value[key] !== undefined)
      if (has.length !== 1) return problem(where, 'needs either phrases or a pattern (one, not both)')
      if (value.pattern !== undefined && (!isString(value.pattern) || value.pattern.trim() === '')) problem(where, 'pattern must be a non-empty string')
      if (value.phrases !== undefined) {
        if (!isStringList(value.phrases) || value.phrases.length === 0) return problem(where, 'phrases must be a non-empty list of strings')
        const seen = new Set<string>()
        for (const phrase of value.phrases) {
          if (phrase.trim() !== phrase || phrase === '') problem(where, `phrase "${phrase}" is empty or has leading or trailing whitespace`)
          // A repeat is dead (the first copy is always tried first) but harmless; removing one
          // would change the compiled pattern, so it is a warning, not a failure.
          if (seen.has(phrase)) warnings.push(`${file}: ${where}: phrase "${phrase}" is listed twice`)
          seen.add(phrase)
        }
      }
    }

    /**
     * The entries of a named section (`words`, `patterns`, `sets`) that are mappings, each
     * with its keys and reason checked; `checkName` sees every name first.
     */
    const namedMappings = (section: string, shape: string, allowed: Set<string>, checkName?: (where: string, name: string) => void) => {
      const mappings: Array<{where: string; value: Record<string, unknown>}> = []
      for (const [name, value] of Object.entries(isPlainObject(data[section]) ? data[section] : {})) {
        const where = `${section}.${name}`
        checkName?.(where, name)
        if (!isPlainObject(value)) {
          problem(where, `must be a mapping with ${shape}`)
          continue
        }
        checkKeys(where, value, allowed)
        checkReason(where, value.reason)
        mappings.push({where, value})
      }
      return mappings
    }

    const words = isPlainObject(data.words) ? data.words : {}
    if (data.words !== undefined && !isPlainObject(data.words)) problem('words', 'must be a mapping of NAME to {reason, phrases}')
    const capitalized = (where: string, name: string) => {
      if (!/^[A-Z][A-Z0-9_]*$/.test(name)) problem(where, 'a word list is named in CAPITALS, as its {PLACEHOLDER}')
    }
    for (const {where, value} of namedMappings('words', 'reason and phrases', WORDS_KEYS, capitalized)) checkPhrasesOrPattern(where, value)
    // A word list nobody uses is a list a PMM would extend to no effect.
    const everything = JSON.stringify([data.entries, data.patterns, data.words])
    for (const name of Object.keys(words)) if (!everything.includes(`{${name}}`)) problem(`words.${name}`, 'is used by no pattern')

    const patterns = isPlainObject(data.patterns) ? data.patterns : {}
    for (const {where, value: pattern} of namedMappings('patterns', 'reason and a pattern', PATTERN_KEYS)) {
      checkPhrasesOrPattern(where, pattern)
      if (!isString(pattern.flags)) problem(where, 'flags must be given (an empty string for none)')
    }
    for (const {where, value: set} of namedMappings('sets', 'reason and phrases', SET_KEYS)) {
      if (!isStringList(set.phrases) || set.phrases.length === 0) problem(where, 'phrases must be a non-empty list of strings')
    }

    // A kind whose cues are decided by code (feature) has no entries: then each of its
    // named patterns carries the examples.
    if (data.entries === undefined) {
      for (const [name, pattern] of Object.entries(patterns)) {
        if (isPlainObject(pattern) && (!isStringList(pattern.examples) || pattern.examples.length === 0)) problem(`patterns.${name}`, 'needs at least one example (the file has no entries)')
      }
    } else if (!Array.isArray(data.entries) || data.entries.length === 0) {
      problem('', 'entries must be a non-empty list, or absent for a kind decided by code')
      continue
    }
    const entries: unknown[] = Array.isArray(data.entries) ? data.entries : []
    for (const [index, entry] of entries.entries()) {
      const where = `entry ${index + 1}`
      if (!isPlainObject(entry)) {
        problem(where, 'must be a mapping')
        continue
      }
      const named = isString(entry.detail) ? `${where} (${entry.detail})` : where
      checkKeys(named, entry, ENTRY_KEYS)
      if (!isString(entry.detail) || !/^[a-z]+(?:-[a-z]+)*$/.test(entry.detail)) problem(named, 'detail must be a lowercase-hyphenated tag, e.g. "impact-figure"')
      checkReason(named, entry.reason)
      checkPhrasesOrPattern(named, entry)
      if (entry.flags !== undefined && !isString(entry.flags)) problem(named, 'flags must be a string')
      if (!isStringList(entry.examples) || entry.examples.length === 0) problem(named, 'needs at least one example sentence')
      if (entry.counterexamples !== undefined && !isStringList(entry.counterexamples)) problem(named, 'counterexamples must be a list of sentences')
    }
    if (problems.some((line) => line.startsWith(`${file}: `))) continue

    // The data is well formed: compile it and run the examples.
    const cueFile = data as unknown as CueFileData
    let compiled: CompiledKind
    try {
      compiled = compileCueFile(cueFile, file)
    } catch (error) {
      problem('', `does not compile: ${(error as Error).message}`)
      continue
    }
    const findCues = cueFunctions[cueFile.kind] ?? plainCueFunction(compiled)
    const trigger = compiled.patterns.trigger && new RegExp(compiled.patterns.trigger.source, compiled.patterns.trigger.flags.replace('g', ''))
    for (const [index, entry] of (cueFile.entries ?? []).entries()) {
      const where = `entry ${index + 1} (${entry.detail})`
      const own = new RegExp(compiled.entries[index].source, compiled.entries[index].flags.replace(/[gy]/g, ''))
      for (const example of entry.examples) {
        if (trigger && !trigger.test(example)) problem(where, `example does not pass the trigger, so it can never be found: "${example}"`)
        else if (!own.test(example)) problem(where, `example does not match the entry's pattern: "${example}"`)
        else if (!findCues(example).some((cue) => cue.detail === entry.detail)) problem(where, `example gives no ${entry.detail} cue (a guard or an earlier entry takes it): "${example}"`)
      }
      for (const counterexample of entry.counterexamples ?? []) {
        if (findCues(counterexample).some((cue) => cue.detail === entry.detail)) problem(where, `counterexample gives a ${entry.detail} cue: "${counterexample}"`)
      }
    }
    for (const [name, pattern] of Object.entries(cueFile.patterns ?? {})) {
      const compiledPattern = compiled.patterns[name]
      const regexp = new RegExp(compiledPattern.source, compiledPattern.flags.replace(/[gy]/g, ''))
      for (const example of pattern.examples ?? []) if (!regexp.test(example)) problem(`patterns.${name}`, `example does not match: "${example}"`)
      for (const counterexample of pattern.counterexamples ?? []) if (regexp.test(counterexample)) problem(`patterns.${name}`, `counterexample matches: "${counterexample}"`)
    }
  }
  return problems
}

async function checkRealFiles(): Promise<number> {
  const files = readCueFiles(CUES_DIR)
  const problems: string[] = []
  // The analysis reads the generated JSON: it must be what the data says, or the examples test stale patterns.
  const expected = JSON.stringify(compileCues(CUES_DIR), null, 1) + '\n'
  let current = ''
  try {
    current = readFileSync(GENERATED, 'utf8')
  } catch {
    // reported below
  }
  if (current !== expected) problems.push('rules/src/generated/cues.json is out of date (run `npm run generate`)')
  else {
    const [{claimCues}, {outcomeCues}, {painCues}, {proofCues}, {specificCues}] = await Promise.all([
      import('../rules/src/analysis/claim'),
      import('../rules/src/analysis/outcome'),
      import('../rules/src/analysis/pain'),
      import('../rules/src/analysis/proof'),
      import('../rules/src/analysis/specific'),
    ])
    const warnings: string[] = []
    problems.push(...validate(files, {claim: claimCues, outcome: outcomeCues, pain: painCues, proof: proofCues, specific: specificCues}, warnings))
    for (const line of warnings) console.warn(`warning: ${line}`)
  }
  for (const line of problems) console.error(line)
  const entries = files.reduce((sum, {data}) => sum + (data.entries?.length ?? 0), 0)
  const patterns = files.reduce((sum, {data}) => sum + Object.keys(data.patterns ?? {}).length, 0)
  if (problems.length === 0) console.log(`check-cues: ${files.length} files, ${entries} entries and ${patterns} named patterns, every example gives its cue`)
  return problems.length === 0 ? 0 : 1
}

/** Every broken input must produce the expected problem, and the clean baseline none. */
export function selfTest(): string[] {
  type Baseline = CueFileData & {entries: CueEntryData[]} & Record<string, unknown>
  const baseline = (): Baseline => ({
    kind: 'claim',
    description: 'Claims that need proof.',
    flags: 'gi',
    words: {SUPERLATIVES: {reason: 'Superlatives rank the offering above every rival.', phrases: ['fastest', 'best']}},
    patterns: {trigger: {reason: 'Every claim needs one of these words; most sentences have none.', flags: 'i', pattern: '{SUPERLATIVES}|than'}},
    entries: [
      {detail: 'superlative', reason: 'A superlative ranks the offering above every rival.', pattern: '\\bthe {SUPERLATIVES}\\b', examples: ['We are the fastest CRM.'], counterexamples: ['We are fast.']},
      {detail: 'comparison', reason: 'A comparison claims a measurable edge over a rival.', phrases: ['better than'], examples: ['It is better than the old way.']},
    ],
  })
  const changed = (change: (data: Baseline) => void, file = 'claim.yml') => {
    const data = baseline()
    change(data)
    return [{file, data}]
  }
  const cases: Array<[string, Array<{file: string; data: unknown}>, string]> = [
    ['kind differs from the file name', changed(() => {}, 'pain.yml'), 'does not match the file name'],
    ['unknown file-level key', changed((d) => (d.extra = 1)), 'unknown key "extra" at file level'],
    ['description without a period', changed((d) => (d.description = 'Claims')), 'description must be one sentence'],
    ['empty entries', changed((d) => (d.entries = [])), 'entries must be a non-empty list'],
    ['no entries and a pattern without examples', changed((d) => delete (d as Partial<Baseline>).entries), 'needs at least one example (the file has no entries)'],
    ['entry without a reason', changed((d) => delete (d.entries[0] as Partial<CueEntryData>).reason), 'has no reason'],
    ['reason still a TODO', changed((d) => (d.entries[0].reason = 'TODO: say why this is a claim')), 'reason is still a TODO'],
    ['word list without a reason', changed((d) => (d.words!.SUPERLATIVES.reason = '')), 'has no reason'],
    ['named pattern without a reason', changed((d) => (d.patterns!.trigger.reason = '')), 'has no reason'],
    ['entry with both phrases and a pattern', changed((d) => (d.entries[0].phrases = ['fastest'])), 'needs either phrases or a pattern'],
    ['entry with neither', changed((d) => delete d.entries[1].phrases), 'needs either phrases or a pattern'],
    ['no example', changed((d) => (d.entries[0].examples = [])), 'needs at least one example'],
    ['bad detail tag', changed((d) => (d.entries[0].detail = 'Superlative')), 'lowercase-hyphenated'],
    ['unknown entry key', changed((d) => ((d.entries[0] as unknown as Record<string, unknown>).why = 'x')), 'unknown key "why"'],
    ['unknown placeholder', changed((d) => (d.entries[0].pattern = '\\bthe {RANKS}\\b')), '{RANKS} is not a word list'],
    ['word lists that use each other', changed((d) => (d.words!.SUPERLATIVES.phrases = ['/{SUPERLATIVES}/'])), 'use each other'],
    ['unused word list', changed((d) => (d.words!.SPARE = {reason: 'Spare words that no pattern uses at all.', phrases: ['spare']})), 'is used by no pattern'],
    ['broken pattern', changed((d) => (d.entries[1].phrases = ['/better (than/'])), 'does not compile'],
    ['example that gives no cue', changed((d) => d.entries[0].examples.push('We do our best.')), "does not match the entry's pattern"],
    ['example the trigger hides', changed((d) => d.entries[1].examples.push('It is better then ever.')), 'does not pass the trigger'],
    ['counterexample that gives the cue', changed((d) => d.entries[0].counterexamples!.push('The best tool.')), 'counterexample gives a superlative cue'],
  ]
  const failures: string[] = []
  const clean = validate([{file: 'claim.yml', data: baseline()}])
  if (clean.length > 0) failures.push(`a clean baseline was rejected:\n  ${clean.join('\n  ')}`)
  for (const [name, files, expected] of cases) {
    const problems = validate(files)
    if (!problems.some((line) => line.includes(expected))) failures.push(`broken input passed: ${name} (expected a problem containing "${expected}", got ${JSON.stringify(problems)})`)
  }
  const warnings: string[] = []
  validate(changed((d) => d.words!.SUPERLATIVES.phrases!.push('best')), {}, warnings)
  if (!warnings.some((line) => line.includes('is listed twice'))) failures.push('a phrase listed twice passed without a warning')
  // An example that the pattern matches but the analysis drops (a guard, an earlier entry) is caught too.
  const guarded = validate([{file: 'claim.yml', data: baseline()}], {claim: () => []})
  if (!guarded.some((line) => line.includes('gives no superlative cue'))) failures.push('an example dropped by the analysis passed')
  return failures
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--self-test')) {
    const failures = selfTest()
    for (const failure of failures) console.error(`self-test: ${failure}`)
    if (failures.length === 0) console.log('self-test: every broken cue file caught, clean baseline accepted')
    process.exit(failures.length === 0 ? 0 : 1)
  }
  process.exit(await checkRealFiles())
}
