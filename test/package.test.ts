// The VS Code extension package: `npm run package` builds a .vsix with the bundles, the
// schema, the docs and the manifest, and no node_modules; the manifest contributes what
// the README promises.

import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {buildVsix} from './helpers/vsix'

const manifest = JSON.parse(readFileSync('package.json', 'utf8'))

describe('VS Code extension package', function () {
  this.timeout(240000)

  it('builds a .vsix holding only dist/, schema/, docs/, README, LICENSE and package.json', () => {
    const {entries} = buildVsix()
    const files = entries.filter((entry) => entry.startsWith('extension/')).map((entry) => entry.slice('extension/'.length))
    assert.ok(!entries.some((entry) => entry.includes('node_modules')), entries.join('\n'))
    for (const needed of ['package.json', 'readme.md', 'LICENSE.txt', 'dist/client.js', 'dist/server.js', 'dist/package.json', 'schema/pitchlintrc.schema.json', 'schema/proof-points.schema.json', 'docs/rules/vague-claim.md']) {
      assert.ok(files.includes(needed), `${needed} missing from:\n${files.join('\n')}`)
    }
    const unexpected = files.filter((file) => !/^(?:dist\/[\w-]+\.(?:js|json)|schema\/.+|docs\/.+|package\.json|readme\.md|LICENSE\.txt)$/.test(file))
    assert.deepEqual(unexpected, [])
    assert.ok(!files.some((file) => file.endsWith('.map')), 'no source maps')
  })

  it('activates on Markdown, MDX and a proof-point registry, and works in untrusted workspaces', () => {
    assert.equal(manifest.main, './dist/client.js')
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:mdx', 'workspaceContains:**/proof-points.yaml', 'workspaceContains:**/proof-points.yml'])
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces, {supported: true})
    const [major, minor] = manifest.engines.vscode.replace(/^\^/, '').split('.').map(Number)
    assert.ok(major === 1 && minor <= 100, `engines.vscode ${manifest.engines.vscode} must be at most 1.100 (the tested VS Code)`)
    const types = JSON.parse(readFileSync('node_modules/@types/vscode/package.json', 'utf8')).version.split('.').map(Number)
    assert.ok(types[0] === 1 && types[1] <= minor, '@types/vscode must not be newer than engines.vscode')
  })

  it('contributes typed, described settings, the commands, and the config and registry schemas', () => {
    const settings = manifest.contributes.configuration.properties
    assert.deepEqual(Object.keys(settings).sort(), ['pitchlint.configPath', 'pitchlint.enable', 'pitchlint.run', 'pitchlint.trace.server'])
    for (const [key, setting] of Object.entries<Record<string, unknown>>(settings)) {
      assert.ok(setting.type && typeof setting.description === 'string' && 'default' in setting, key)
    }
    assert.deepEqual(settings['pitchlint.run'].enum, ['onType', 'onSave'])
    assert.deepEqual(manifest.contributes.commands.map((c: {command: string}) => c.command).sort(), ['pitchlint.fixAll', 'pitchlint.lintWorkspace', 'pitchlint.restart', 'pitchlint.showOutput'])
    assert.deepEqual(manifest.contributes.jsonValidation, [{fileMatch: ['.pitchlintrc.json'], url: './schema/pitchlintrc.schema.json'}])
    assert.deepEqual(manifest.contributes.yamlValidation, [
      {fileMatch: ['.pitchlintrc.yaml', '.pitchlintrc.yml'], url: './schema/pitchlintrc.schema.json'},
      {fileMatch: ['proof-points.yaml', 'proof-points.yml'], url: './schema/proof-points.schema.json'},
    ])
  })
})
