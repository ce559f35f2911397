#!/usr/bin/env node
// Validates the sales lexicon data in rules/lexicons/*.yml against the shape in
// rules/src/lexicon/types.ts plus the editorial rules the matcher relies on.
//
//   node scripts/check-lexicons.mjs              validate the real files
//   node scripts/check-lexicons.mjs --self-test  prove the validator catches broken entries
//
// Each problem prints as `file: entry "term": problem`; exit status is 1 if there is any.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const LEXICON_DIR = join(ROOT, 'rules', 'lexicons')
const TYPES_FILE = join(ROOT, 'rules', 'src', 'lexicon', 'types.ts')

const CATEGORIES = ['vague-value', 'superlative', 'hype', 'corporate-idiom', 'hedge', 'intensifier']
// `--fix` deletes these (see rules/src/rules/intensifier.ts): one word each, and removable.
const DELETABLE_CATEGORIES = new Set(['intensifier'])
const MIN_TOTAL = 150
const WHY_MIN = 20
const WHY_MAX = 300
const MAX_REWRITES = 3

const FILE_KEYS = new Set(['category', 'description', 'entries'])
const REQUIRED_ENTRY_KEYS = ['term', 'forms', 'category', 'why', 'rewrites', 'strength']
const ENTRY_KEYS = new Set([...REQUIRED_ENTRY_KEYS, 'removable', 'ignoreIn'])
const STRENGTHS = new Set(['strong', 'weak'])
// Where a rewrite fits in a sentence: REWRITE_SLOTS in rules/src/lexicon/types.ts.
const SLOTS = ['adjective', 'predicate', 'post-noun', 'noun-phrase', 'verb-phrase', 'adverb', 'clause']

// A placeholder is ‹…› (U+2039 … U+203A) with something inside.
const PLACEHOLDER = /\u2039[^\u2039\u203A]+\u203A/
// What the matcher can match as whole words: letters, digits, spaces, hyphens, apostrophes.
const MATCHABLE = /^[a-z0-9](?:[a-z0-9' -]*[a-z0-9])?$/

/** As rules/src/lexicon/matcher.ts: case-insensitive, and any run of spaces and hyphens is one space. */
function norm(s) {
  return s.toLowerCase().replace(/[\s\u2010-\u2013-]+/g, ' ').trim()
}

/** Does `phrase` contain `form` as whole words (after normalization)? */
function containsWords(phrase, form) {
  return ` ${norm(phrase)} `.includes(` ${norm(form)} `)
}

const isString = (v) => typeof v === 'string'
const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)
const isStringArray = (v) => Array.isArray(v) && v.every(isString)

function checkLowerTrimmed(value, what, report) {
  if (value !== value.trim()) report(`${what} "${value}" has leading or trailing whitespace`)
  if (value !== value.toLowerCase()) report(`${what} "${value}" is not lowercase`)
  if (/\s{2,}/.test(value)) report(`${what} "${value}" has repeated whitespace`)
  if (value.trim() === '') report(`${what} is empty`)
}

/**
 * Validate parsed lexicon files.
 * @param {{file: string, data?: unknown, error?: string}[]} files  `file` is the file name, e.g. "hype.yml"
 * @param {{minTotal?: number, requireAllCategories?: boolean}} [options]
 * @returns {{problems: string[], counts: Record<string, number>, total: number}}
 */
function validate(files, options = {}) {
  const minTotal = options.minTotal ?? MIN_TOTAL
  const requireAllCategories = options.requireAllCategories ?? true
  const problems = []
  const counts = {}
  let total = 0
  /** normalized form -> where it was first seen */
  const formOwners = new Map()
  /** normalized why -> where it was first seen */
  const whyOwners = new Map()
  /** term -> where it was first seen */
  const termOwners = new Map()
  const seenCategories = new Set()

  for (const { file, data, error } of files) {
    const fileProblem = (msg) => problems.push(`${file}: ${msg}`)
    if (error) {
      fileProblem(`cannot parse YAML: ${error}`)
      continue
    }
    const expectedCategory = basename(file).replace(/\.ya?ml$/, '')
    if (!isPlainObject(data)) {
      fileProblem('top level must be a mapping with category, description and entries')
      continue
    }
    for (const key of Object.keys(data)) {
      if (!FILE_KEYS.has(key)) fileProblem(`unknown key "${key}" at file level`)
    }

    const fileCategory = data.category
    if (!isString(fileCategory)) {
      fileProblem('category is missing or not a string')
    } else {
      if (fileCategory !== expectedCategory) {
        fileProblem(`category "${fileCategory}" does not match the file name "${expectedCategory}"`)
      }
      if (!CATEGORIES.includes(fileCategory)) {
        fileProblem(`category "${fileCategory}" is not one of ${CATEGORIES.join(', ')}`)
      } else {
        if (seenCategories.has(fileCategory)) fileProblem(`category "${fileCategory}" is defined by more than one file`)
        seenCategories.add(fileCategory)
      }
    }

    if (!isString(data.description) || data.description.trim() === '') {
      fileProblem('description is missing or empty')
    } else if (!data.description.trim().endsWith('.')) {
      fileProblem('description should be one sentence ending with a period')
    }

    if (!Array.isArray(data.entries) || data.entries.length === 0) {
      fileProblem('entries must be a non-empty list')
      continue
    }

    data.entries.forEach((entry, index) => {
      const label = isPlainObject(entry) && isString(entry.term) && entry.term !== '' ? `"${entry.term}"` : `#${index + 1}`
      const report = (msg) => problems.push(`${file}: entry ${label}: ${msg}`)
      if (!isPlainObject(entry)) {
        report('entry must be a mapping')
        return
      }
      total++
      if (isString(fileCategory)) counts[fileCategory] = (counts[fileCategory] ?? 0) + 1

      for (const key of Object.keys(entry)) {
        if (!ENTRY_KEYS.has(key)) report(`unknown key "${key}"`)
      }
      for (const key of REQUIRED_ENTRY_KEYS) {
        if (!(key in entry)) report(`missing required field "${key}"`)
      }

      // term
      const { term } = entry
      if ('term' in entry) {
        if (!isString(term)) report('term must be a string')
        else {
          checkLowerTrimmed(term, 'term', report)
          const prev = termOwners.get(norm(term))
          if (prev) report(`term duplicates the term of ${prev}`)
          else termOwners.set(norm(term), `${file}: entry "${term}"`)
        }
      }

      // forms
      const forms = entry.forms
      const formsOk = isStringArray(forms)
      if ('forms' in entry) {
        if (!formsOk) report('forms must be a list of strings')
        else if (forms.length === 0) report('forms must not be empty')
        else {
          if (isString(term) && !forms.includes(term)) report(`forms must include the term "${term}"`)
          const local = new Map()
          for (const form of forms) {
            checkLowerTrimmed(form, 'form', report)
            if (form.trim() !== '' && !MATCHABLE.test(form.trim().toLowerCase())) {
              report(`form "${form}" has characters the matcher cannot match (use letters, digits, spaces, hyphens, apostrophes)`)
            }
            const key = norm(form)
            if (local.has(key)) {
              report(`form "${form}" duplicates "${local.get(key)}" (a space and a hyphen match each other)`)
              continue
            }
            local.set(key, form)
            const owner = formOwners.get(key)
            if (owner) report(`form "${form}" is already listed by ${owner}`)
            else formOwners.set(key, `${file}: entry ${label}`)
          }
        }
      }

      // category
      if ('category' in entry) {
        if (!isString(entry.category)) report('category must be a string')
        else if (entry.category !== fileCategory) {
          report(`category "${entry.category}" differs from the file's category "${fileCategory}"`)
        }
      }

      // why
      if ('why' in entry) {
        const { why } = entry
        if (!isString(why)) report('why must be a string')
        else {
          const text = why.trim()
          if (text.length < WHY_MIN || text.length > WHY_MAX) {
            report(`why is ${text.length} characters; it must be ${WHY_MIN}-${WHY_MAX}`)
          }
          if (!text.endsWith('.')) report('why must end with a period')
          const key = norm(text)
          const prev = whyOwners.get(key)
          if (prev) report(`why is identical to the why of ${prev}; make it specific to this term`)
          else whyOwners.set(key, `${file}: entry ${label}`)
        }
      }

      // rewrites
      if ('rewrites' in entry) {
        const { rewrites } = entry
        const shaped = Array.isArray(rewrites) && rewrites.every((r) => isPlainObject(r) && isString(r.text))
        if (!shaped) report('rewrites must be a list of {slot, text} mappings')
        else if (rewrites.length === 0) report('rewrites must not be empty')
        else {
          if (rewrites.length > MAX_REWRITES) report(`has ${rewrites.length} rewrites; give at most ${MAX_REWRITES}`)
          const seen = new Set()
          for (const { text: rewrite, slot, ...extra } of rewrites) {
            for (const key of Object.keys(extra)) report(`rewrite "${rewrite}" has unknown key "${key}"`)
            if (!SLOTS.includes(slot)) report(`rewrite "${rewrite}" needs a slot, one of ${SLOTS.join(', ')}`)
            if (rewrite.trim() === '') {
              report('rewrite is empty')
              continue
            }
            if (!PLACEHOLDER.test(rewrite)) report(`rewrite "${rewrite}" has no ‹placeholder›`)
            const opens = (rewrite.match(/\u2039/g) ?? []).length
            const closes = (rewrite.match(/\u203A/g) ?? []).length
            if (opens !== closes) report(`rewrite "${rewrite}" has unbalanced ‹ › marks`)
            const key = norm(rewrite)
            if ((isString(term) && key === norm(term)) || (formsOk && forms.some((f) => norm(f) === key))) {
              report(`rewrite "${rewrite}" is the same as the term`)
            }
            if (seen.has(key)) report(`rewrite "${rewrite}" is listed twice`)
            seen.add(key)
          }
        }
      }

      // removable
      if ('removable' in entry && typeof entry.removable !== 'boolean') {
        report('removable must be true or false')
      }

      // deletable categories: the fix removes one word and its space, nothing else
      if (DELETABLE_CATEGORIES.has(entry.category)) {
        if (entry.removable !== true) report(`removable must be true: \`--fix\` deletes every ${entry.category}`)
        if (formsOk) {
          for (const form of forms) {
            if (/[\s-]/.test(form.trim())) report(`form "${form}" must be a single word: \`--fix\` deletes one word`)
          }
        }
      }

      // strength
      if ('strength' in entry && !STRENGTHS.has(entry.strength)) {
        report(`strength must be "strong" or "weak", not ${JSON.stringify(entry.strength)}`)
      }

      // ignoreIn
      if ('ignoreIn' in entry) {
        const { ignoreIn } = entry
        if (!isStringArray(ignoreIn)) report('ignoreIn must be a list of strings')
        else {
          if (ignoreIn.length === 0) report('ignoreIn is empty; omit it instead')
          const seen = new Set()
          for (const phrase of ignoreIn) {
            checkLowerTrimmed(phrase, 'ignoreIn phrase', report)
            const key = norm(phrase)
            if (seen.has(key)) report(`ignoreIn phrase "${phrase}" is listed twice`)
            seen.add(key)
            if (!formsOk) continue
            const contained = forms.filter((f) => containsWords(phrase, f))
            if (contained.length === 0) {
              report(`ignoreIn phrase "${phrase}" contains none of the entry's forms`)
            } else if (contained.some((f) => norm(f) === key)) {
              report(`ignoreIn phrase "${phrase}" is identical to a form and would switch the entry off`)
            }
          }
        }
      }
    })
  }

  if (requireAllCategories) {
    for (const category of CATEGORIES) {
      if (!seenCategories.has(category)) problems.push(`${category}.yml: missing lexicon file for category "${category}"`)
    }
  }
  if (total < minTotal) problems.push(`lexicons: ${total} entries in total; at least ${minTotal} are required`)

  return { problems, counts, total }
}

/** The category list in types.ts must match the one this script enforces. */
function checkTypesInSync() {
  if (!existsSync(TYPES_FILE)) return []
  const source = readFileSync(TYPES_FILE, 'utf8')
  const match = source.match(/LEXICON_CATEGORIES\s*=\s*\[([^\]]*)\]/)
  if (!match) return [`${TYPES_FILE}: cannot find LEXICON_CATEGORIES`]
  const declared = [...match[1].matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1])
  if (declared.join('|') !== CATEGORIES.join('|')) {
    return [`scripts/check-lexicons.mjs: categories [${CATEGORIES.join(', ')}] differ from types.ts [${declared.join(', ')}]`]
  }
  const slots = source.match(/REWRITE_SLOTS\s*=\s*\[([^\]]*)\]/)
  if (!slots) return [`${TYPES_FILE}: cannot find REWRITE_SLOTS`]
  const declaredSlots = [...slots[1].matchAll(/['"]([^'"]+)['"]/g)].map((m) => m[1])
  if (declaredSlots.join('|') !== SLOTS.join('|')) {
    return [`scripts/check-lexicons.mjs: slots [${SLOTS.join(', ')}] differ from types.ts [${declaredSlots.join(', ')}]`]
  }
  return []
}

function loadFiles() {
  if (!existsSync(LEXICON_DIR)) return []
  return readdirSync(LEXICON_DIR)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((file) => {
      try {
        return { file, data: parse(readFileSync(join(LEXICON_DIR, file), 'utf8')) }
      } catch (err) {
        return { file, error: String(err.message ?? err).split('\n')[0] }
      }
    })
}

// ---------------------------------------------------------------------------
// Self-test: every broken input below must produce the expected problem, and
// the clean baseline must produce none.

function selfTest() {
  const good = (over = {}) => ({
    term: 'seamless',
    forms: ['seamless', 'seamlessly'],
    category: 'vague-value',
    why: 'Every vendor says seamless; say what connects to what and how long it takes.',
    rewrites: [{ slot: 'verb-phrase', text: 'connects to ‹system› in ‹N› minutes' }],
    removable: true,
    strength: 'strong',
    ignoreIn: ['seamless transition plan'],
    ...over,
  })
  const other = (over = {}) => ({
    term: 'revolutionize',
    forms: ['revolutionize', 'revolutionizes'],
    category: 'hype',
    why: 'Revolutionize promises upheaval the buyer does not want; name the change and the saving.',
    rewrites: [{ slot: 'verb-phrase', text: 'cut ‹process› from ‹N› days to ‹M› hours' }],
    strength: 'strong',
    ...over,
  })
  const baseline = () => [
    { file: 'vague-value.yml', data: { category: 'vague-value', description: 'Vague claims.', entries: [good()] } },
    { file: 'hype.yml', data: { category: 'hype', description: 'Hype words.', entries: [other()] } },
  ]
  /** Replace the first entry of the first file. */
  const withEntry = (entry) => {
    const files = baseline()
    files[0].data.entries = [entry]
    return files
  }
  const omit = (key) => {
    const e = good()
    delete e[key]
    return e
  }
  const intensifier = (over = {}) => {
    const entry = {
      term: 'very',
      forms: ['very'],
      category: 'intensifier',
      why: 'Very asks the reader to feel a size instead of showing one; give the number.',
      rewrites: [{ slot: 'verb-phrase', text: '‹N›x more' }],
      removable: true,
      strength: 'strong',
      ...over,
    }
    for (const key of Object.keys(entry)) if (entry[key] === undefined) delete entry[key]
    return entry
  }
  /** The baseline plus an intensifier file whose only entry is `intensifier(over)`. */
  const withIntensifier = (over) => [
    ...baseline(),
    { file: 'intensifier.yml', data: { category: 'intensifier', description: 'Intensifiers.', entries: [intensifier(over)] } },
  ]
  const opts = { minTotal: 2, requireAllCategories: false }

  const cases = [
    ['file category differs from file name', () => { const f = baseline(); f[0].data.category = 'hype'; return f }, 'does not match the file name'],
    ['unknown category', () => { const f = baseline(); f[0].file = 'buzz.yml'; f[0].data.category = 'buzz'; return f }, 'is not one of'],
    ['unknown file-level key', () => { const f = baseline(); f[0].data.extra = 1; return f }, 'unknown key "extra" at file level'],
    ['entries not a list', () => { const f = baseline(); f[0].data.entries = {}; return f }, 'entries must be a non-empty list'],
    ['YAML parse error', () => [{ file: 'hedge.yml', error: 'bad indentation' }, ...baseline()], 'cannot parse YAML'],
    ['missing why', () => withEntry(omit('why')), 'missing required field "why"'],
    ['missing strength', () => withEntry(omit('strength')), 'missing required field "strength"'],
    ['unknown entry key', () => withEntry(good({ note: 'x' })), 'unknown key "note"'],
    ['term not a string', () => withEntry(good({ term: 42 })), 'term must be a string'],
    ['term not lowercase', () => withEntry(good({ term: 'Seamless', forms: ['Seamless'] })), 'is not lowercase'],
    ['term not trimmed', () => withEntry(good({ term: 'seamless ', forms: ['seamless '] })), 'leading or trailing whitespace'],
    ['forms empty', () => withEntry(good({ forms: [] })), 'forms must not be empty'],
    ['forms not a list', () => withEntry(good({ forms: 'seamless' })), 'forms must be a list of strings'],
    ['forms missing the term', () => withEntry(good({ forms: ['seamlessly'] })), 'forms must include the term'],
    ['form not lowercase', () => withEntry(good({ forms: ['seamless', 'Seamlessly'] })), 'is not lowercase'],
    ['duplicate form, space vs hyphen', () => withEntry(good({ term: 'best-in-class', forms: ['best-in-class', 'best in class'] })), 'duplicates'],
    ['form in two entries across files', () => { const f = baseline(); f[1].data.entries[0].forms.push('seamlessly'); return f }, 'is already listed by'],
    ['entry category differs from file', () => withEntry(good({ category: 'hype' })), "differs from the file's category"],
    ['why too short', () => withEntry(good({ why: 'Too vague.' })), 'characters; it must be'],
    ['why too long', () => withEntry(good({ why: `${'Buyers cannot check this claim. '.repeat(12)}` })), 'characters; it must be'],
    ['why without final period', () => withEntry(good({ why: 'Every vendor says seamless, so buyers stop reading it' })), 'must end with a period'],
    ['why copied between entries', () => { const f = baseline(); f[1].data.entries[0].why = f[0].data.entries[0].why; return f }, 'is identical to the why'],
    ['rewrite without placeholder', () => withEntry(good({ rewrites: [{ slot: 'verb-phrase', text: 'connects in minutes' }] })), 'has no ‹placeholder›'],
    ['rewrite with ASCII angle brackets', () => withEntry(good({ rewrites: [{ slot: 'verb-phrase', text: 'connects to <system>' }] })), 'has no ‹placeholder›'],
    ['rewrite with empty placeholder', () => withEntry(good({ rewrites: [{ slot: 'verb-phrase', text: 'connects in ‹› minutes' }] })), 'has no ‹placeholder›'],
    ['rewrite equal to the term', () => withEntry(good({ rewrites: [{ slot: 'verb-phrase', text: 'Seamless' }] })), 'is the same as the term'],
    ['no rewrites', () => withEntry(good({ rewrites: [] })), 'rewrites must not be empty'],
    ['rewrite as a plain string', () => withEntry(good({ rewrites: ['connects to ‹system›'] })), 'rewrites must be a list of {slot, text} mappings'],
    ['rewrite without a slot', () => withEntry(good({ rewrites: [{ text: 'connects to ‹system›' }] })), 'needs a slot'],
    ['rewrite with an unknown slot', () => withEntry(good({ rewrites: [{ slot: 'verb', text: 'connects to ‹system›' }] })), 'needs a slot'],
    ['too many rewrites', () => withEntry(good({ rewrites: [{ slot: 'verb-phrase', text: 'a ‹x›' }, { slot: 'verb-phrase', text: 'b ‹x›' }, { slot: 'verb-phrase', text: 'c ‹x›' }, { slot: 'verb-phrase', text: 'd ‹x›' }] })), 'at most'],
    ['strength invalid', () => withEntry(good({ strength: 'medium' })), 'strength must be'],
    ['removable not boolean', () => withEntry(good({ removable: 'yes' })), 'removable must be true or false'],
    ['ignoreIn without a form', () => withEntry(good({ ignoreIn: ['keep it simple'] })), "contains none of the entry's forms"],
    ['ignoreIn form only as substring', () => withEntry(good({ ignoreIn: ['seamlessness review'] })), "contains none of the entry's forms"],
    ['ignoreIn identical to a form', () => withEntry(good({ ignoreIn: ['seamless'] })), 'would switch the entry off'],
    ['ignoreIn not lowercase', () => withEntry(good({ ignoreIn: ['Seamless Transition'] })), 'is not lowercase'],
    ['total below minimum', () => baseline(), 'at least 3 are required', { minTotal: 3 }],
    ['intensifier not removable', () => withIntensifier({ removable: false }), 'removable must be true'],
    ['intensifier without removable', () => withIntensifier({ removable: undefined }), 'removable must be true'],
    ['intensifier with a two-word form', () => withIntensifier({ forms: ['very', 'very very'] }), 'must be a single word'],
    ['intensifier with a hyphenated form', () => withIntensifier({ forms: ['very', 'ultra-very'] }), 'must be a single word'],
  ]

  let failures = 0
  for (const clean of [baseline(), withIntensifier({})]) {
    const base = validate(clean, opts)
    if (base.problems.length > 0) {
      failures++
      console.error('self-test: a clean baseline was rejected:')
      for (const p of base.problems) console.error(`  ${p}`)
    }
  }
  for (const [name, build, expected, override] of cases) {
    const { problems } = validate(build(), { ...opts, ...override })
    if (!problems.some((p) => p.includes(expected))) {
      failures++
      console.error(`self-test: broken input passed: ${name} (expected a problem containing "${expected}")`)
      for (const p of problems) console.error(`  got: ${p}`)
    }
  }
  // The real files must not trip over the hyphen/space rule by accident either.
  if (norm('Best-In Class') !== 'best in class' || !containsWords('a robust test plan', 'robust') || containsWords('robustness', 'robust')) {
    failures++
    console.error('self-test: normalization helpers are wrong')
  }

  if (failures > 0) {
    console.error(`self-test: ${failures} failure(s)`)
    process.exit(1)
  }
  console.log(`self-test: ${cases.length} broken inputs caught, clean baseline accepted`)
}

function main() {
  if (process.argv.includes('--self-test')) {
    selfTest()
    return
  }
  const files = loadFiles()
  const { problems, counts, total } = validate(files)
  problems.push(...checkTypesInSync())
  if (problems.length > 0) {
    for (const p of problems) console.error(p)
    console.error(`check-lexicons: ${problems.length} problem(s)`)
    process.exit(1)
  }
  const perCategory = CATEGORIES.map((c) => `${c} ${counts[c] ?? 0}`).join(', ')
  console.log(`check-lexicons: ${total} entries OK (${perCategory})`)
}

main()
