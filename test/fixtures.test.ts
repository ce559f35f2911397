// Scenario documents with their expectations in HTML comments, so the prose under
// test is untouched: `<!-- expect: rule-id[, rule-id…] -->` at the end of a line
// expects those findings on that line, and nothing else is expected anywhere.

import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {LineIndex, lint, resolveConfig} from '../rules/src/index'

const dir = join(import.meta.dirname, 'fixtures')
const PLAIN = resolveConfig({profile: 'none'})

function expectations(text: string): string[] {
  const expected: string[] = []
  text.split('\n').forEach((line, index) => {
    const marker = /<!--\s*expect:\s*([^>]*?)\s*-->/.exec(line)
    if (!marker) return
    for (const id of marker[1].split(/[\s,]+/).filter(Boolean)) expected.push(`${index + 1}:${id}`)
  })
  return expected.sort()
}

describe('fixtures', () => {
  for (const name of readdirSync(dir).filter((n) => /\.mdx?$/.test(n)).sort()) {
    it(name, () => {
      const text = readFileSync(join(dir, name), 'utf8')
      const lines = new LineIndex(text)
      // Scenario fixtures test the sentence and section rules on plain Markdown, so they are
      // linted without a detected profile; a fixture opts in with `pitchlint: {profile: …}`
      // front matter, which wins over the config.
      const actual = lint(text, {filePath: name, config: PLAIN}).findings.map((f) => `${lines.position(f.range[0]).line}:${f.ruleId}`).sort()
      assert.deepEqual(actual, expectations(text))
    })
  }
})
