import assert from 'node:assert/strict'
import {ConfigError} from '../../rules/src/index'
import {parseConfigText} from '../../rules/src/config/validate'
import {addAllowedTerm, allowsTerm} from '../../server/src/config-edit'

/** The result must still be a valid config that allows the term. */
function check(file: string, text: string | undefined, term: string): string {
  const output = addAllowedTerm(file, text, term)
  assert.doesNotThrow(() => parseConfigText(output, file, file.endsWith('package.json') ? 'pitchlint' : undefined), ConfigError)
  assert.ok(allowsTerm(file, output, term), output)
  return output
}

describe('adding an allowed term to a config file', () => {
  it('creates a new .pitchlintrc.json', () => {
    assert.equal(check('/w/.pitchlintrc.json', undefined, 'seamless'), '{\n  "allow": [\n    "seamless"\n  ]\n}\n')
  })

  it('edits JSON in place, keeping its indentation and other keys', () => {
    assert.equal(check('/w/.pitchlintrc.json', '{\n    "rules": {"vague-claim": "error"},\n    "allow": ["robust"]\n}\n', 'seamless'), '{\n    "rules": {"vague-claim": "error"},\n    "allow": [\n        "robust",\n        "seamless"\n    ]\n}\n')
    assert.match(check('/w/.pitchlintrc.json', '{\n  "rules": {}\n}\n', 'seamless'), /"rules": \{\},\n {2}"allow": \[\n {4}"seamless"\n {2}\]/)
  })

  it('edits the `pitchlint` key of package.json', () => {
    const output = check('/w/package.json', '{\n  "name": "x",\n  "pitchlint": {"allow": ["robust"]}\n}\n', 'seamless')
    assert.equal(JSON.parse(output).name, 'x')
    assert.deepEqual(JSON.parse(output).pitchlint.allow, ['robust', 'seamless'])
  })

  it('edits YAML keeping comments, block and flow style', () => {
    assert.equal(check('/w/.pitchlintrc.yaml', '# ours\nallow:\n  - robust # product name\n', 'seamless'), '# ours\nallow:\n  - robust # product name\n  - seamless\n')
    assert.equal(check('/w/.pitchlintrc.yml', 'rules:\n  vague-claim: error # loud\n', 'seamless'), 'rules:\n  vague-claim: error # loud\nallow:\n  - seamless\n')
    assert.equal(check('/w/.pitchlintrc.yaml', '', 'seamless'), 'allow:\n  - seamless\n')
  })

  it('refuses a file it cannot parse, and knows an allowed term in any case', () => {
    assert.throws(() => addAllowedTerm('/w/.pitchlintrc.json', '{"allow": [', 'x'))
    assert.throws(() => addAllowedTerm('/w/.pitchlintrc.yaml', 'allow: [\n', 'x'))
    assert.equal(allowsTerm('/w/.pitchlintrc.yaml', 'allow: [Seamless]\n', 'seamless'), true)
    assert.equal(allowsTerm('/w/.pitchlintrc.yaml', 'allow: [robust]\n', 'seamless'), false)
  })
})
