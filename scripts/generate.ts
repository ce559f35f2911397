// Regenerates everything derived from rule metadata and lexicon data:
//   rules/src/generated/lexicon.json   from rules/lexicons/*.yml
//   rules/src/generated/cues.json      from rules/cues/*.yml (see scripts/cue-data.ts)
//   docs/cues.md                       those cue vocabularies as tables
//   schema/pitchlintrc.schema.json     from every rule's options schema
//   schema/profile.schema.json         the shape of a profile file (rules/src/profiles/schema.ts)
//   docs/rules/<id>.md                 generated header + the hand-written body below it
//   docs/lexicon.md                    the lexicon as a table
// `--check` writes nothing and fails when a generated file is out of date (CI runs it).

import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {parse} from 'yaml'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const check = process.argv.includes('--check')
const stale: string[] = []

function emit(relative: string, content: string): void {
  const file = join(root, relative)
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined
  if (current === content) return
  if (check) {
    stale.push(relative)
    return
  }
  mkdirSync(dirname(file), {recursive: true})
  writeFileSync(file, content)
  console.log(`wrote ${relative}`)
}

// 1. The lexicon, first: the rules' config module imports it.
interface Entry {
  term: string
  category: string
  why: string
  rewrites: Array<{text: string; slot: string}>
  forms: string[]
}
const lexiconDir = join(root, 'rules/lexicons')
const entries: Entry[] = []
for (const name of readdirSync(lexiconDir).filter((n) => n.endsWith('.yml')).sort()) {
  const data = parse(readFileSync(join(lexiconDir, name), 'utf8')) as {entries: Entry[]}
  entries.push(...data.entries)
}
entries.sort((a, b) => a.category.localeCompare(b.category) || a.term.localeCompare(b.term))
emit('rules/src/generated/lexicon.json', JSON.stringify({entries}, null, 1) + '\n')

// 1b. The document profiles (battlecard, email, …) and the audience words, bundled the same way.
const profilesDir = join(root, 'rules/profiles')
const profileFiles = readdirSync(profilesDir).filter((n) => n.endsWith('.yml') && n !== 'audience.yml').sort()
const profiles = profileFiles.map((name) => parse(readFileSync(join(profilesDir, name), 'utf8')) as {name: string})
for (const [index, profile] of profiles.entries()) {
  if (`${profile.name}.yml` !== profileFiles[index]) throw new Error(`rules/profiles/${profileFiles[index]}: its name must be the file's name, got "${profile.name}"`)
}
const audience = parse(readFileSync(join(profilesDir, 'audience.yml'), 'utf8')) as unknown
emit('rules/src/generated/profiles.json', JSON.stringify({profiles, audience}, null, 1) + '\n')

// 1c. The judgment layer's cue vocabularies (rules/cues/*.yml), compiled to pattern sources:
// the analysis modules import them, so this too must come before the rules.
const {compileCues, cuesMarkdown} = await import('./cue-data')
emit('rules/src/generated/cues.json', JSON.stringify(compileCues(join(root, 'rules/cues')), null, 1) + '\n')
emit('docs/cues.md', cuesMarkdown(join(root, 'rules/cues')))

// 2. Everything that needs the rules.
const {rules, buildConfigSchema, exampleProofContext, lint, resolveConfig} = await import('../rules/src/index')
type AnyRule = (typeof rules)[number]

emit('schema/pitchlintrc.schema.json', JSON.stringify(buildConfigSchema(rules as never), null, 2) + '\n')
const {buildProfileSchema} = await import('../rules/src/profiles/schema')
emit('schema/profile.schema.json', JSON.stringify(buildProfileSchema(), null, 2) + '\n')
// The built-in profiles are held to the schema a team's own are (throws ConfigError with the place).
const {parseProfileText} = await import('../rules/src/profiles/parse')
for (const name of profileFiles) parseProfileText(readFileSync(join(profilesDir, name), 'utf8'), `rules/profiles/${name}`)

const BODY_MARKER = '<!-- Everything above is generated from the rule metadata by `npm run generate`; edit below. -->'

function optionsTable(rule: AnyRule): string {
  const properties = (rule.meta.schema.properties ?? {}) as Record<string, {description?: string; type?: string; items?: {enum?: string[]}}>
  const names = Object.keys(properties)
  if (names.length === 0) return 'This rule has no options.\n'
  const rows = names.map((name) => {
    const property = properties[name]
    const type = property.items?.enum ? `array of ${property.items.enum.map((v) => `\`${v}\``).join(', ')}` : (property.type ?? '')
    return `| \`${name}\` | ${type} | ${property.description ?? ''} | \`${JSON.stringify(rule.meta.defaultOptions[name])}\` |`
  })
  return ['| Option | Type | Description | Default |', '| --- | --- | --- | --- |', ...rows].join('\n') + '\n'
}

/** An invalid example and what pitchlint says about it, computed, never hand-written. */
function exampleBlock(rule: AnyRule, text: string): string {
  // The rule is switched on, so a rule that is off by default still shows what it says.
  const config = resolveConfig({rules: {[rule.meta.id]: 'warn'}})
  // Rules about proof points show their findings against the registry their examples carry.
  const proofPoints = exampleProofContext(rule.meta)
  const findings = lint(`${text}\n`, {config, ...(proofPoints && {proofPoints})}).findings.filter((f) => f.ruleId === rule.meta.id)
  const said = findings.map((f) => `- column ${f.range[0] + 1}: ${f.message}`)
  return ['```markdown', text, '```', '', ...said].join('\n')
}

function ruleHeader(rule: AnyRule): string {
  const {meta} = rule
  return [
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    `- Type: ${meta.type}`,
    `- Default severity: \`${meta.defaultSeverity}\``,
    `- Fixable with \`--fix\`: ${meta.fixable ? 'yes' : 'no'}`,
    `- Suggestions (editor quick fixes): ${meta.hasSuggestions ? 'yes' : 'no'}`,
    '',
    '## Options',
    '',
    optionsTable(rule),
    '## Examples',
    '',
    '### Flagged',
    '',
    meta.examples.invalid.map((text) => exampleBlock(rule, text)).join('\n\n'),
    '',
    '### Not flagged',
    '',
    meta.examples.valid.map((text) => ['```markdown', text, '```'].join('\n')).join('\n\n'),
    '',
    BODY_MARKER,
    '',
  ].join('\n')
}

const TODO_BODY = '\n## Why\n\nTODO: explain the idea with a weak and a strong example.\n'
for (const rule of rules) {
  // Every rule has its own test file and a hand-written doc body (ESLint's checkRuleFiles).
  if (!existsSync(join(root, `test/rules/${rule.meta.id}.test.ts`))) stale.push(`test/rules/${rule.meta.id}.test.ts (missing)`)
  const relative = `docs/rules/${rule.meta.id}.md`
  const file = join(root, relative)
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const at = existing.indexOf(BODY_MARKER)
  const body = at === -1 ? TODO_BODY : existing.slice(at + BODY_MARKER.length + 1)
  if (body === TODO_BODY && check) stale.push(`${relative} (the hand-written body is still a TODO)`)
  emit(relative, ruleHeader(rule) + body)
}

// 3. The lexicon as a table for people.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
const lexiconRows = entries.map((e) => `| ${cell(e.term)} | ${e.category} | ${cell(e.why)} | ${e.rewrites.map((r) => `${cell(r.text)} *(${r.slot})*`).join('<br>')} |`)
emit(
  'docs/lexicon.md',
  [
    '# The sales lexicon',
    '',
    `Generated from \`rules/lexicons/*.yml\` by \`npm run generate\`: ${entries.length} entries. Add your own in config under \`terms\`, or silence one under \`allow\`.`,
    '',
    '| Term | Category | Why it weakens the copy | Say instead |',
    '| --- | --- | --- | --- |',
    ...lexiconRows,
    '',
  ].join('\n'),
)

if (stale.length > 0) {
  console.error(`Generated files are out of date or rule files are missing (run \`npm run generate\`):\n${stale.map((f) => `  ${f}`).join('\n')}`)
  process.exit(1)
}
