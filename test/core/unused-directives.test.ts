import assert from 'node:assert/strict'
import {lint, resolveConfig, unusedDirectives} from '../../rules/src/index'

const unusedIn = (text: string) => {
  const result = lint(text)
  return unusedDirectives(result.directives, result.suppressed).map(({directive, rules}) => ({kind: directive.kind, rules}))
}

describe('unusedDirectives', () => {
  it('is empty when every comment silences something', () => {
    assert.deepEqual(unusedIn('<!-- pitchlint-disable-next-line vague-claim -->\nOur seamless sync for you.\n'), [])
    assert.deepEqual(unusedIn('<!-- pitchlint-disable -->\n\nOur seamless sync for you.\n\n<!-- pitchlint-enable -->\n'), [])
  })

  it('names the comments, and the listed rules, that silence nothing; never `enable`', () => {
    assert.deepEqual(unusedIn('<!-- pitchlint-disable-line -->\n\nPlain text.\n'), [{kind: 'disable-line', rules: []}])
    assert.deepEqual(unusedIn('<!-- pitchlint-disable-next-line vague-claim unproven-claim -->\nOur seamless sync for you.\n'), [{kind: 'disable-next-line', rules: ['unproven-claim']}])
    assert.deepEqual(unusedIn('<!-- pitchlint-enable vague-claim -->\n\nPlain text.\n'), [])
  })

  it('counts a rule that is switched off as silencing nothing', () => {
    const text = '<!-- pitchlint-disable-next-line vague-claim -->\nOur seamless sync for you.\n'
    const result = lint(text, {config: resolveConfig({rules: {'vague-claim': 'off'}})})
    assert.deepEqual(unusedDirectives(result.directives, result.suppressed).map((u) => u.rules), [['vague-claim']])
  })

  it('the engine reports them only when unused-disable-comment is on, and no comment can silence that', () => {
    const text = '<!-- pitchlint-disable-file -->\n<!-- pitchlint-disable-next-line vague-claim -->\nPlain text.\n'
    assert.deepEqual(lint(text).findings.map((f) => f.ruleId), [])
    const on = lint(text, {config: resolveConfig({rules: {'unused-disable-comment': 'error'}})})
    assert.deepEqual(on.findings.map((f) => [f.ruleId, f.severity, f.range[0]]), [
      ['unused-disable-comment', 'error', 0],
      ['unused-disable-comment', 'error', text.indexOf('<!-- pitchlint-disable-next-line')],
    ])
  })
})
