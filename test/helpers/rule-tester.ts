// Valid/invalid tables for one rule, in the spirit of ESLint's RuleTester: every case
// is linted with the default config plus that rule on, and only that rule's findings
// are compared (the others stay on so rules about directives see what the comments
// silence); invalid cases list their findings; suggestions
// and fixes are applied and compared with the expected output. The rule's own
// `meta.examples` run too, so the docs cannot drift from the behaviour.

import assert from 'node:assert/strict'
import Ajv from 'ajv'
import {applyFix, applyFixes, exampleProofContext, lint, resolveConfig, type Finding, type Rule} from '../../rules/src/index'

export interface ValidCase {
  text: string
  options?: Record<string, unknown>
}

export interface ExpectedFinding {
  messageId?: string
  /** Substring or pattern of the message. */
  message?: string | RegExp
  /** The flagged text, exactly. */
  flagged?: string
  /** 1-based line and column of the start (UTF-16 columns). */
  line?: number
  column?: number
  suggestions?: Array<{title?: string | RegExp; output: string}>
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[]
  /** Text after `--fix` (only for fixable rules). */
  output?: string
}

export function ruleTests(rule: Rule<never>, cases: {valid: Array<string | ValidCase>; invalid: InvalidCase[]}): void {
  const id = rule.meta.id
  const validate = new Ajv({strict: false}).compile(rule.meta.schema)
  const run = (text: string, options?: Record<string, unknown>): Finding[] => {
    if (options) assert.ok(validate(options), `options for ${id} must match its schema: ${JSON.stringify(validate.errors)}`)
    const config = resolveConfig({rules: {[id]: options ? ['warn', options] : 'warn'}})
    // Rules about proof points lint with the registry and day of their examples.
    const proofPoints = exampleProofContext(rule.meta)
    return lint(text, {config, ...(proofPoints && {proofPoints})}).findings.filter((f) => f.ruleId === id)
  }
  const seen = new Set<string>()
  const unique = (text: string, options?: unknown) => {
    const key = JSON.stringify([text, options])
    assert.ok(!seen.has(key), `duplicate test case: ${text}`)
    seen.add(key)
  }

  describe(id, () => {
    describe('valid', () => {
      for (const item of cases.valid) {
        const {text, options} = typeof item === 'string' ? {text: item, options: undefined} : item
        unique(text, options)
        it(text, () => assert.deepEqual(run(text, options).map((f) => f.message), []))
      }
      for (const text of rule.meta.examples.valid) it(`meta example: ${text}`, () => assert.deepEqual(run(text), []))
    })

    describe('invalid', () => {
      for (const item of cases.invalid) {
        unique(item.text, item.options)
        it(item.text, () => {
          const findings = run(item.text, item.options)
          assert.equal(findings.length, item.errors.length, `expected ${item.errors.length} finding(s), got: ${findings.map((f) => `${item.text.slice(...f.range)} (${f.message})`).join('; ')}`)
          item.errors.forEach((expected, index) => checkFinding(item.text, findings[index], expected))
          if (item.output !== undefined) {
            assert.ok(rule.meta.fixable, `${id} is not fixable, so a case cannot expect output`)
            const fixed = applyFixes(item.text, findings).output
            assert.equal(fixed, item.output)
            assert.deepEqual(run(fixed).filter((f) => f.fix), [], 'the fixed text must not need fixing again')
          }
        })
      }
      for (const text of rule.meta.examples.invalid) it(`meta example: ${text}`, () => assert.ok(run(text).length > 0, `meta example must be flagged: ${text}`))
    })
  })
}

function checkFinding(text: string, finding: Finding, expected: ExpectedFinding): void {
  if (expected.messageId) assert.equal(finding.messageId, expected.messageId)
  if (typeof expected.message === 'string') assert.ok(finding.message.includes(expected.message), `message "${finding.message}" lacks "${expected.message}"`)
  if (expected.message instanceof RegExp) assert.match(finding.message, expected.message)
  if (expected.flagged !== undefined) assert.equal(text.slice(...finding.range), expected.flagged)
  if (expected.line !== undefined || expected.column !== undefined) {
    const before = text.slice(0, finding.range[0]).split('\n')
    if (expected.line !== undefined) assert.equal(before.length, expected.line, 'line')
    if (expected.column !== undefined) assert.equal(before[before.length - 1].length + 1, expected.column, 'column')
  }
  if (expected.suggestions) {
    const suggestions = finding.suggestions ?? []
    assert.equal(suggestions.length, expected.suggestions.length, `suggestions: ${suggestions.map((s) => s.title).join(' | ')}`)
    expected.suggestions.forEach((want, index) => {
      const got = suggestions[index]
      if (typeof want.title === 'string') assert.equal(got.title, want.title)
      if (want.title instanceof RegExp) assert.match(got.title, want.title)
      assert.equal(applyFix(text, got.fix), want.output)
    })
  }
}
