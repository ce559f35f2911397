import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {ConfigError, ConfigResolver, lint, resolveConfig} from '../../rules/src/index'

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pitchlint-config-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), {recursive: true})
    writeFileSync(join(dir, name), content)
  }
  return dir
}

function configError(files: Record<string, string>, target = 'doc.md'): ConfigError {
  const dir = workspace(files)
  try {
    new ConfigResolver().forFile(join(dir, target))
  } catch (error) {
    assert.ok(error instanceof ConfigError, String(error))
    return error
  }
  assert.fail('expected a ConfigError')
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
