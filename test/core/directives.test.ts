import assert from 'node:assert/strict'
import {lint} from '../../rules/src/index'

const flaggedRules = (text: string) => lint(text).findings.map((f) => `${f.ruleId}:${text.slice(...f.range)}`)

describe('inline directives', () => {
  it('disable-next-line silences the next line only, and keeps its reason', () => {
    const text = '<!-- pitchlint-disable-next-line vague-claim -- quoting the analyst -->\nOur seamless sync for you.\n\nOur seamless sync for you.\n'
    const result = lint(text)
    assert.deepEqual(result.findings.map((f) => text.slice(...f.range)), ['seamless'])
    assert.equal(result.findings[0].range[0], text.lastIndexOf('seamless'))
    assert.equal(result.suppressed.length, 1)
    assert.equal(result.suppressed[0].suppressedBy.reason, 'quoting the analyst')
    assert.equal(result.suppressed[0].suppressedBy.kind, 'disable-next-line')
  })

  it('disable-next-line names only the rules it lists', () => {
    const text = '<!-- pitchlint-disable-next-line unproven-claim -->\nOur seamless sync is the fastest way to start.\n'
    assert.deepEqual(flaggedRules(text), ['vague-claim:seamless'])
  })

  it('disable-line works on the same line', () => {
    const text = 'Our seamless sync for you. <!-- pitchlint-disable-line -->\n'
    assert.deepEqual(flaggedRules(text), [])
  })

  it('disable … enable covers a range, for the listed rules', () => {
    const text = [
      '<!-- pitchlint-disable vague-claim, unproven-claim -->',
      '',
      'Our seamless sync is the fastest way to start.',
      '',
      '<!-- pitchlint-enable unproven-claim -->',
      '',
      'A robust platform is the fastest way to start.',
      '',
      '<!-- pitchlint-enable -->',
      '',
      'A powerful platform for you.',
      '',
    ].join('\n')
    assert.deepEqual(flaggedRules(text), ['unproven-claim:the fastest', 'vague-claim:powerful'])
  })

  it('disable with no rules silences everything until enable', () => {
    const text = '<!-- pitchlint-disable -->\n\nOur seamless sync is the fastest.\n\n<!-- pitchlint-enable -->\n\nA best-in-class platform for you.\n'
    assert.deepEqual(flaggedRules(text), ['vague-claim:best-in-class'])
  })

  it('disable-file silences the whole file, wherever it stands', () => {
    const text = 'Our seamless sync for you.\n\n<!-- pitchlint-disable-file vague-claim -->\n\nA best-in-class platform for you.\n'
    assert.deepEqual(flaggedRules(text), [])
  })

  it('reports an unknown rule id instead of ignoring it', () => {
    const text = '<!-- pitchlint-disable-next-line vauge-claim -->\nOur seamless sync for you.\n'
    const result = lint(text)
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['invalid-disable-comment', 'vague-claim'])
    assert.match(result.findings[0].message, /Use a known rule id in “pitchlint-disable-next-line”: “vauge-claim” is not one/)
    assert.match(result.findings[0].note ?? '', /Rule ids are .*“vague-claim”/)
    assert.equal(result.findings[0].severity, 'error')
  })

  it('reports an unknown directive', () => {
    const text = '<!-- pitchlint-disabel vague-claim -->\nText for you.\n'
    assert.match(lint(text).findings[0].message, /Use a known directive: “pitchlint-disabel” is not one/)
  })

  it('works as MDX comments', () => {
    const text = '{/* pitchlint-disable-next-line vague-claim */}\nOur seamless sync for you.\n'
    assert.deepEqual(lint(text, {filePath: 'a.mdx'}).findings, [])
  })
})
