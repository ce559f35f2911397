import assert from 'node:assert/strict'
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {ConfigError, ConfigResolver, lint, resolveConfig} from '../../rules/src/index'
import {thrownBy} from '../helpers/errors'
import {tempDir} from '../helpers/temp'

function workspace(files: Record<string, string>): string {
  const dir = tempDir('pitchlint-config-')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), content)
  }
  return dir
}

function configError(files: Record<string, string>, target = 'doc.md'): ConfigError {
  const dir = workspace(files)
  return thrownBy(ConfigError, () => new ConfigResolver().forFile(join(dir, target)))
}

describe('config', () => {
  it('uses the defaults without a config file', () => {
    const dir = workspace({})
    const config = new ConfigResolver().forFile(join(dir, 'doc.md'))
    assert.equal(config.rules.get('vague-claim')?.severity, 'warn')
    assert.equal(config.source, undefined)
  })

  it('finds the nearest config upward and applies severities and options', () => {
    const dir = workspace({
      '.pitchlintrc.json': JSON.stringify({rules: {'vague-claim': 'error', 'unproven-claim': 'off'}}),
      'sub/.pitchlintrc.yaml': 'rules:\n  vague-claim: [warn, {categories: [superlative]}]\n',
    })
    const top = new ConfigResolver().forFile(join(dir, 'a.md'))
    assert.equal(top.rules.get('vague-claim')?.severity, 'error')
    assert.equal(top.rules.get('unproven-claim')?.severity, 'off')
    const sub = new ConfigResolver().forFile(join(dir, 'sub', 'deep', 'b.md'))
    assert.deepEqual(sub.rules.get('vague-claim'), {severity: 'warn', options: {categories: ['superlative']}})
    const text = 'Our seamless, best-in-class sync for you is the fastest.\n'
    assert.deepEqual(lint(text, {config: sub}).findings.map((f) => `${f.ruleId}:${text.slice(...f.range)}`), ['vague-claim:best-in-class', 'unproven-claim:the fastest'])
  })

  it('reads the `pitchlint` key of package.json, and ignores package.json without it', () => {
    const dir = workspace({'package.json': JSON.stringify({name: 'x', pitchlint: {allow: ['seamless']}}), 'sub/package.json': '{"name": "y"}'})
    const config = new ConfigResolver().forFile(join(dir, 'sub', 'doc.md'))
    assert.equal(config.source, join(dir, 'package.json'))
    assert.deepEqual(lint('Our seamless sync for you.\n', {config}).findings, [])
  })

  it('adds custom terms and honours allowed terms, as data', () => {
    const dir = workspace({'.pitchlintrc.yaml': 'allow: [robust]\nterms:\n  - term: frictionless\n    why: Says nothing a buyer can check.\n    rewrites: [‹N› clicks to ‹task›]\n'})
    const config = new ConfigResolver().forFile(join(dir, 'doc.md'))
    const text = 'A robust, frictionless rollout for your team.\n'
    const findings = lint(text, {config}).findings
    assert.deepEqual(findings.map((f) => text.slice(...f.range)), ['frictionless'])
    assert.equal(findings[0].note, 'Says nothing a buyer can check.')
    assert.equal(findings[0].suggestions?.[0].fix.text, '‹N› clicks to ‹task›')
  })

  it('applies overrides by glob', () => {
    const dir = workspace({'.pitchlintrc.json': JSON.stringify({overrides: [{files: 'emails/**', rules: {'vague-claim': 'error'}}]})})
    const resolver = new ConfigResolver()
    assert.equal(resolver.forFile(join(dir, 'emails', 'a.md')).rules.get('vague-claim')?.severity, 'error')
    assert.equal(resolver.forFile(join(dir, 'docs', 'a.md')).rules.get('vague-claim')?.severity, 'warn')
  })

  it('names file, line, key and expectation for a bad severity', () => {
    const error = configError({'.pitchlintrc.json': '{\n  "rules": {\n    "vague-claim": "warning"\n  }\n}\n'})
    assert.equal(error.line, 3)
    assert.equal(error.column, 20)
    assert.equal(error.key, 'rules.vague-claim')
    assert.match(error.message, /\.pitchlintrc\.json:3:20: `rules\.vague-claim`: expected "off", "warn" or "error", or \[severity, options\], got "warning"/)
  })

  it('names an unknown rule id and lists the known ones', () => {
    const error = configError({'.pitchlintrc.yaml': 'rules:\n  vauge-claim: warn\n'})
    assert.equal(error.line, 2)
    assert.equal(error.key, 'rules.vauge-claim')
    assert.match(error.problem, /unknown rule `vauge-claim`, expected one of .*`vague-claim`/)
  })

  it('names a bad option value', () => {
    const error = configError({'.pitchlintrc.yaml': 'rules:\n  vague-claim:\n    - warn\n    - categories: [nonsense]\n'})
    assert.equal(error.line, 4)
    assert.equal(error.key, 'rules.vague-claim.1.categories.0')
    assert.match(error.problem, /expected one of "vague-value", "superlative"/)
  })

  it('names an unknown top-level key', () => {
    const error = configError({'.pitchlintrc.json': '{"rulez": {}}'})
    assert.equal(error.key, 'rulez')
    assert.match(error.problem, /unknown key `rulez`/)
  })

  it('names a missing key at the key, in the words a profile or registry file uses', () => {
    const error = configError({'.pitchlintrc.yaml': 'overrides:\n  - rules: {vague-claim: off}\n'})
    assert.equal(error.key, 'overrides.0.files')
    assert.equal(error.problem, 'missing `files`')
    assert.equal(error.line, 2)
  })

  it('reports broken JSON and YAML with a position', () => {
    const json = configError({'.pitchlintrc.json': '{\n  "rules": {,}\n}\n'})
    assert.equal(json.line, 2)
    assert.match(json.problem, /invalid JSON/)
    const yaml = configError({'.pitchlintrc.yaml': 'rules:\n  vague-claim: [warn\n'})
    assert.match(yaml.problem, /invalid YAML/)
  })

  it('accepts `competitors`, adds those of matching overrides, and keys the fingerprint on them', () => {
    const dir = workspace({
      '.pitchlintrc.yaml': 'competitors: [Globex, globex, Umbrella]\noverrides:\n  - files: "battlecards/**"\n    competitors: [Initech]\n',
    })
    const resolver = new ConfigResolver()
    const docs = resolver.forFile(join(dir, 'docs', 'a.md'))
    const cards = resolver.forFile(join(dir, 'battlecards', 'a.md'))
    // Repeats that differ only in case are one competitor.
    assert.deepEqual(docs.competitors, ['Globex', 'Umbrella'])
    assert.deepEqual(cards.competitors, ['Globex', 'Umbrella', 'Initech'])
    assert.notEqual(docs.fingerprint, cards.fingerprint)
    assert.equal(docs.ours, undefined)
    assert.deepEqual(resolveConfig().competitors, [])
    assert.notEqual(resolveConfig({competitors: ['Globex']}).fingerprint, resolveConfig().fingerprint)
    assert.notEqual(resolveConfig({competitors: ['Globex']}).fingerprint, resolveConfig({competitors: ['Initech']}).fingerprint)
    assert.equal(resolveConfig({competitors: ['Globex']}).fingerprint, resolveConfig({competitors: ['Globex']}).fingerprint)
  })

  it('names file, line and key for `competitors` that is not a list of names', () => {
    const error = configError({'.pitchlintrc.yaml': 'rules:\n  vague-claim: warn\ncompetitors: Globex\n'})
    assert.equal(error.line, 3)
    assert.equal(error.key, 'competitors')
    assert.match(error.message, /\.pitchlintrc\.yaml:3:\d+: `competitors`: expected a list of competitor names, e\.g\. \[Globex, Initech\], got "Globex"/)
    const item = configError({'.pitchlintrc.json': '{\n  "competitors": ["Globex", 7]\n}\n'})
    assert.equal(item.key, 'competitors.1')
    assert.equal(item.line, 2)
    assert.match(item.problem, /expected a string, got 7/)
    const empty = configError({'.pitchlintrc.json': '{"competitors": [""]}'})
    assert.equal(empty.key, 'competitors.0')
    const nested = configError({'.pitchlintrc.yaml': 'overrides:\n  - files: "a/**"\n    competitors: {name: Globex}\n'})
    assert.equal(nested.key, 'overrides.0.competitors')
    assert.equal(nested.line, 3)
  })

  it('lists `competitors` among the known top-level keys', () => {
    const error = configError({'.pitchlintrc.yaml': 'competitor: [Globex]\n'})
    assert.equal(error.key, 'competitor')
    assert.match(error.problem, /unknown key `competitor`, expected one of .*`competitors`/)
  })

  it('validates the pitchlint key inside package.json', () => {
    const error = configError({'package.json': '{\n  "name": "x",\n  "pitchlint": {"allow": "seamless"}\n}\n'})
    assert.equal(error.key, 'pitchlint.allow')
    assert.equal(error.line, 3)
  })
})

// Layers of rule settings, earliest first: the rule's defaults, the config's `rules`,
// each matching override in order, then the CLI's --rule. A layer that gives only a
// severity ("error" or ["error"]) changes the severity and keeps the options set before
// it, as --rule and ESLint do; a layer that gives options replaces them.
describe('config: a severity alone keeps the options set earlier', () => {
  const SUPERLATIVES = {categories: ['superlative']}

  it('an override that gives only a severity keeps the options of the top-level setting', () => {
    const dir = workspace({
      '.pitchlintrc.json': JSON.stringify({
        rules: {'vague-claim': ['warn', SUPERLATIVES]},
        overrides: [
          {files: 'emails/**', rules: {'vague-claim': 'error'}},
          {files: 'battlecards/**', rules: {'vague-claim': ['error']}},
          {files: 'docs/**', rules: {'vague-claim': ['error', {categories: ['hype']}]}},
        ],
      }),
    })
    const resolver = new ConfigResolver()
    const ruleIn = (file: string) => resolver.forFile(join(dir, file)).rules.get('vague-claim')
    assert.deepEqual(ruleIn('emails/a.md'), {severity: 'error', options: SUPERLATIVES})
    assert.deepEqual(ruleIn('battlecards/a.md'), {severity: 'error', options: SUPERLATIVES})
    assert.deepEqual(ruleIn('docs/a.md'), {severity: 'error', options: {categories: ['hype']}})
    assert.deepEqual(ruleIn('a.md'), {severity: 'warn', options: SUPERLATIVES})
  })

  it('a later override that gives only a severity keeps the options of an earlier override', () => {
    const dir = workspace({
      '.pitchlintrc.yaml': [
        'overrides:',
        '  - files: "emails/**"',
        '    rules: {vague-claim: [warn, {categories: [superlative]}]}',
        '  - files: "emails/cold/**"',
        '    rules: {vague-claim: off}',
        '',
      ].join('\n'),
    })
    const rule = new ConfigResolver().forFile(join(dir, 'emails', 'cold', 'a.md')).rules.get('vague-claim')
    assert.deepEqual(rule, {severity: 'off', options: SUPERLATIVES})
  })

  it('--rule settings, applied after the overrides, keep the options too', () => {
    const dir = workspace({
      '.pitchlintrc.json': JSON.stringify({overrides: [{files: 'emails/**', rules: {'vague-claim': ['warn', SUPERLATIVES]}}]}),
    })
    const rule = new ConfigResolver(undefined, {'vague-claim': 'error'}).forFile(join(dir, 'emails', 'a.md')).rules.get('vague-claim')
    assert.deepEqual(rule, {severity: 'error', options: SUPERLATIVES})
  })

  it('a top-level severity alone keeps the rule’s default options', () => {
    for (const setting of ['error', ['error']] as const) {
      const rule = resolveConfig({rules: {'vague-claim': setting as never}}).rules.get('vague-claim')
      assert.deepEqual(rule, {severity: 'error', options: {categories: ['vague-value', 'superlative', 'hype', 'corporate-idiom']}})
    }
  })
})

describe('config: custom terms', () => {
  it('reports a custom term with punctuation, with the config’s `why` in the message', () => {
    const dir = workspace({
      '.pitchlintrc.yaml': [
        'terms:',
        '  - term: AT&T',
        '    why: Legal asks us not to name carriers in ads.',
        '  - term: 24/7',
        '    why: Our support desk is staffed 8–20 CET; say when.',
        '    rewrites: [staffed ‹hours› ‹time zone›]',
        '',
      ].join('\n'),
    })
    const config = new ConfigResolver().forFile(join(dir, 'doc.md'))
    const text = 'Our plans include AT&T coverage and 24/7 support for your team.\n'
    const findings = lint(text, {config}).findings.filter((f) => f.ruleId === 'vague-claim')
    assert.deepEqual(findings.map((f) => text.slice(...f.range)), ['AT&T', '24/7'])
    assert.equal(findings[0].message, 'Avoid “AT&T”: Legal asks us not to name carriers in ads.')
    assert.equal(findings[0].note, 'Legal asks us not to name carriers in ads.')
    assert.equal(findings[1].message, 'Say “staffed ‹hours› ‹time zone›” instead of “24/7”')
    assert.equal(findings[1].note, 'Our support desk is staffed 8–20 CET; say when.')
  })

  it('offers in front matter only the rewrites after which it is still YAML with the rewrite in its value', () => {
    const dir = workspace({
      '.pitchlintrc.yaml': ['terms:', '  - term: synergy', '    why: Say what the two do together.', '    rewrites: ["shared ‹data›, so ‹result›", "one team: ‹result›", "rated #1 by ‹source›"]', ''].join('\n'),
    })
    const config = new ConfigResolver().forFile(join(dir, 'doc.md'))
    const text = '---\ndescription: Our synergy for finance teams.\nsubtitle: "Our synergy for finance teams."\n---\n\nOur synergy for finance teams.\n'
    const offered = lint(text, {config})
      .findings.filter((f) => f.ruleId === 'vague-claim')
      .map((f) => (f.suggestions ?? []).map((s) => s.fix.text))
    assert.deepEqual(offered, [
      // A plain value: ": " would break the YAML, and " #" would start a comment that cuts it short.
      ['shared ‹data›, so ‹result›'],
      // A quoted value holds all three.
      ['shared ‹data›, so ‹result›', 'one team: ‹result›', 'rated #1 by ‹source›'],
      // The body is Markdown: all three.
      ['shared ‹data›, so ‹result›', 'one team: ‹result›', 'rated #1 by ‹source›'],
    ])
  })

  // Each term as it stands in copy: mid-sentence with capitals (a name, were it not the
  // team's own spelling), after a word-starting dot, and as the figure it is.
  for (const [term, text] of [
    ['C++', 'Our SDK for C++ keeps every team in sync.'],
    ['.NET', 'Our .NET libraries keep your team in sync.'],
    ['$100', 'Save $100 on your first month with our plan.'],
    ['24/7', 'Our team answers 24/7 for every customer.'],
    ['AT&T', 'Works on every AT&T handset your team owns.'],
  ] as const) {
    it(`finds \`${term}\` in “${text}”`, () => {
      const config = resolveConfig({terms: [{term, why: 'Our reason.'}]})
      const findings = lint(`${text}\n`, {config}).findings.filter((f) => f.ruleId === 'vague-claim')
      assert.deepEqual(findings.map((f) => [text.slice(...f.range), f.message]), [[term, `Avoid “${term}”: Our reason.`]])
    })
  }

  it('keeps treating a capitalized lowercase-configured term as a name', () => {
    const config = resolveConfig({terms: [{term: 'frictionless'}]})
    assert.deepEqual(lint('The Frictionless Sync add-on ships with the Team plan.\n', {config}).findings.filter((f) => f.ruleId === 'vague-claim'), [])
  })

  // Spaces and hyphens only separate the words of a term: a term of nothing else has no
  // words to match, which is a mistake in the config, not a term that never occurs.
  for (const [label, term] of [
    ['whitespace', '   '],
    ['hyphens', '--'],
    ['empty', ''],
  ] as const) {
    it(`names file, line and key for a term that can never match (${label})`, () => {
      const error = configError({'.pitchlintrc.json': `{\n  "terms": [\n    {"term": "seamlessly"},\n    {"term": ${JSON.stringify(term)}}\n  ]\n}\n`})
      assert.equal(error.key, 'terms.1.term')
      assert.equal(error.line, 4)
      assert.equal(error.column, 14)
      assert.match(error.problem, /can never match/)
    })
  }

  it('names file, line and key for a form or an override term that can never match', () => {
    const form = configError({'.pitchlintrc.yaml': 'terms:\n  - term: synergy\n    forms: [synergies, " "]\n'})
    assert.equal(form.key, 'terms.0.forms.1')
    assert.equal(form.line, 3)
    assert.match(form.problem, /can never match/)
    const nested = configError({'.pitchlintrc.yaml': 'overrides:\n  - files: "a/**"\n    terms:\n      - term: " - "\n'})
    assert.equal(nested.key, 'overrides.0.terms.0.term')
    assert.equal(nested.line, 4)
  })
})

// Positions in JSON come from jsonc-parser's syntax tree and its error offsets, never
// from the text of JSON.parse's message (which names no position for some errors, and
// whose wording changes between Node versions).
describe('config: positions in JSON', () => {
  it('places a syntax error where it is, with a one-line problem', () => {
    const trailing = configError({'.pitchlintrc.json': '{\n  "allow": ["robust",]\n}\n'})
    assert.deepEqual([trailing.line, trailing.column], [2, 22])
    assert.match(trailing.problem, /^invalid JSON: expected a value/)
    assert.doesNotMatch(trailing.problem, /\n/)
    const unterminated = configError({'.pitchlintrc.json': '{\n  "rules": {\n    "vague-claim": "warn'})
    assert.equal(unterminated.line, 3)
    assert.match(unterminated.problem, /^invalid JSON: unterminated string/)
    const comment = configError({'.pitchlintrc.json': '{\n  "allow": [],\n  // ours\n  "rules": {}\n}\n'})
    assert.deepEqual([comment.line, comment.column], [3, 3])
    assert.match(comment.problem, /comment/)
  })

  it('reports a repeated key, which JSON.parse would silently drop', () => {
    const error = configError({'.pitchlintrc.json': '{\n  "rules": {"vague-claim": "warning"},\n  "allow": [],\n  "rules": {"vague-claim": "warn"}\n}\n'})
    assert.equal(error.key, 'rules')
    assert.deepEqual([error.line, error.column], [4, 3])
    assert.match(error.problem, /duplicate key/)
  })

  it('points at the value, or at the key for an unknown key, on any line layout', () => {
    const oneLine = '{"allow": [' + Array.from({length: 200}, (_, i) => `"word${i}"`).join(', ') + '], "rules": {"vague-claim": "warning", "vauge": "warn"}}'
    const error = configError({'.pitchlintrc.json': oneLine})
    assert.equal(error.line, 1)
    assert.equal(error.key, 'rules.vauge')
    assert.equal(error.column, oneLine.indexOf('"vauge"') + 1)
    const value = configError({'.pitchlintrc.json': '{\r\n\t"rules": {\r\n\t\t"vague-claim": ["warn", {"categories": ["hype", "nonsense"]}]\r\n\t}\r\n}\r\n'})
    assert.equal(value.key, 'rules.vague-claim.1.categories.1')
    assert.deepEqual([value.line, value.column], [3, 51])
  })

  it('points inside the `pitchlint` key of package.json, ignoring the rest of the file', () => {
    const error = configError({'package.json': '{\n  "name": "x",\n  "name": "y",\n  "pitchlint": {\n    "terms": [{"term": "  "}]\n  }\n}\n'})
    assert.equal(error.key, 'pitchlint.terms.0.term')
    assert.deepEqual([error.line, error.column], [5, 24])
  })
})
