// Config through the real binary: what a config file says is what the linter does, and a
// config that cannot work stops the run with exit 2 and `file:line:col: `key`: problem`.

import assert from 'node:assert/strict'
import {pitchlint, workspace} from '../helpers/cli'

interface JsonMessage {
  ruleId: string
  severity: number
  message: string
  line: number
  column: number
}

function lintJson(dir: string, args: string[]): {status: number | null; messages: JsonMessage[]} {
  const run = pitchlint(['--format', 'json', ...args], {cwd: dir})
  assert.ok(run.status === 0 || run.status === 1, run.stderr)
  return {status: run.status, messages: (JSON.parse(run.stdout) as Array<{messages: JsonMessage[]}>).flatMap((file) => file.messages)}
}

describe('pitchlint CLI: config', () => {
  const CLAIMS = 'Our seamless, best-in-class sync for you.\n'

  it('an override that gives only a severity keeps the options of the top-level setting', () => {
    const dir = workspace({
      '.pitchlintrc.json': JSON.stringify({
        rules: {'vague-claim': ['warn', {categories: ['superlative']}]},
        overrides: [{files: 'emails/**', rules: {'vague-claim': 'error'}}],
      }),
      'emails/a.md': CLAIMS,
      'docs/a.md': CLAIMS,
    })
    const email = lintJson(dir, ['emails/a.md'])
    assert.deepEqual(
      email.messages.filter((m) => m.ruleId === 'vague-claim').map((m) => [m.severity, m.column]),
      [[2, 15]], // `best-in-class` only, as an error: `seamless` is not a superlative
    )
    assert.equal(email.status, 1)
    const doc = lintJson(dir, ['docs/a.md'])
    assert.deepEqual(doc.messages.filter((m) => m.ruleId === 'vague-claim').map((m) => [m.severity, m.column]), [[1, 15]])
    const printed = pitchlint(['--print-config', 'emails/a.md'], {cwd: dir})
    assert.equal(printed.status, 0, printed.stderr)
    assert.deepEqual(JSON.parse(printed.stdout).rules['vague-claim'], ['error', {categories: ['superlative']}])
  })

  it('--rule and an override give a severity the same way', () => {
    const dir = workspace({'.pitchlintrc.yaml': 'rules:\n  vague-claim: [warn, {categories: [superlative]}]\n', 'a.md': CLAIMS})
    const run = lintJson(dir, ['--rule', 'vague-claim:error', 'a.md'])
    assert.deepEqual(run.messages.filter((m) => m.ruleId === 'vague-claim').map((m) => [m.severity, m.column]), [[2, 15]])
  })

  it('reports a custom term with punctuation, in the words of the config’s `why`', () => {
    const dir = workspace({
      '.pitchlintrc.json': JSON.stringify({terms: [{term: 'AT&T', why: 'Legal asks us not to name carriers in ads.'}, {term: 'C++', why: 'Buyers read “C++” as “hard to hire for”.'}]}),
      'a.md': 'Our SDK for C++ runs on every AT&T handset for your team.\n',
    })
    const run = lintJson(dir, ['a.md'])
    const custom = run.messages.filter((m) => m.ruleId === 'vague-claim')
    assert.deepEqual(custom.map((m) => m.column), [13, 31])
    assert.match(custom[0].message, /“C\+\+”.*Buyers read “C\+\+” as “hard to hire for”\./)
    assert.match(custom[1].message, /“AT&T”.*Legal asks us not to name carriers in ads\./)
  })

  it('exits 2 on a term that can never match, naming file, line, column and key', () => {
    const dir = workspace({'.pitchlintrc.json': '{\n  "terms": [\n    {"term": "synergy"},\n    {"term": " - "}\n  ]\n}\n', 'a.md': CLAIMS})
    const run = pitchlint(['a.md'], {cwd: dir})
    assert.equal(run.status, 2)
    assert.match(run.stderr, /invalid config .*\.pitchlintrc\.json:4:14: `terms\.1\.term`: .*can never match/)
  })

  it('exits 2 on malformed JSON at the place it breaks, in one line', () => {
    const dir = workspace({'.pitchlintrc.json': '{\n  "allow": ["robust",]\n}\n', 'a.md': CLAIMS})
    const run = pitchlint(['a.md'], {cwd: dir})
    assert.equal(run.status, 2)
    assert.match(run.stderr, /invalid config .*\.pitchlintrc\.json:2:22: invalid JSON: expected a value \(JSON allows no comma before `\]`\)\n$/)
  })

  it('lints the front matter keys `frontMatterCopy` names, and only those', () => {
    const page = '---\ndescription: Our seamless sync for your team.\nheroText: Our robust ledger for your team.\n---\n\nFinance teams close late.\n'
    const flagged = (config: string) => lintJson(workspace({'.pitchlintrc.yaml': config, 'a.md': page}), ['a.md']).messages.filter((m) => m.ruleId === 'vague-claim').map((m) => m.line)
    assert.deepEqual(flagged('competitors: []\n'), [2], 'by default: the description, not a key of a site’s own')
    assert.deepEqual(flagged('frontMatterCopy: [heroText]\n'), [3], 'the list replaces the default')
    assert.deepEqual(flagged('frontMatterCopy: []\n'), [], 'an empty list lints no front matter')
  })

  it('lints a front matter key at any depth, and a dotted key only at the end of that path', () => {
    const page = '---\nhero:\n  deck: Our seamless sync for your team.\ncard:\n  deck: Our robust ledger for your team.\nseo:\n  description: Our powerful close for your team.\n---\n\nFinance teams close late.\n'
    const flagged = (config: string) => lintJson(workspace({'.pitchlintrc.yaml': config, 'a.md': page}), ['a.md']).messages.filter((m) => m.ruleId === 'vague-claim').map((m) => m.line)
    assert.deepEqual(flagged('competitors: []\n'), [7], 'by default: the SEO block’s description')
    assert.deepEqual(flagged('frontMatterCopy: [hero.deck]\n'), [3], 'the hero’s deck, not the card’s')
    assert.deepEqual(flagged('frontMatterCopy: [deck]\n'), [3, 5], 'both decks')
  })

  it('exits 2 on a dotted front matter key with an empty part, naming file, line, column and key', () => {
    const dir = workspace({'.pitchlintrc.yaml': 'frontMatterCopy: [description, hero..deck]\n', 'a.md': CLAIMS})
    const run = pitchlint(['a.md'], {cwd: dir})
    assert.equal(run.status, 2)
    assert.match(run.stderr, /invalid config .*\.pitchlintrc\.yaml:1:32: `frontMatterCopy\.1`: a front matter key, or keys joined by dots \(hero\.deck\), with no empty part, got "hero\.\.deck"/)
  })

  it('exits 2 on an empty front matter key, naming file, line, column and key', () => {
    const dir = workspace({'.pitchlintrc.yaml': 'frontMatterCopy: [description, ""]\n', 'a.md': CLAIMS})
    const run = pitchlint(['a.md'], {cwd: dir})
    assert.equal(run.status, 2)
    assert.match(run.stderr, /invalid config .*\.pitchlintrc\.yaml:1:32: `frontMatterCopy\.1`: /)
  })

  it('lints with a YAML config as before', () => {
    const dir = workspace({'.pitchlintrc.yml': '# ours\nallow: [seamless]\n', 'a.md': CLAIMS})
    const run = lintJson(dir, ['a.md'])
    assert.deepEqual(run.messages.filter((m) => m.ruleId === 'vague-claim').map((m) => m.column), [15])
  })
})
