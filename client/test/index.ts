// Entry point VS Code's extension host calls to run the extension's own tests (as with
// @vscode/test-electron): mocha, one file per suite, exit code through the promise.

import {readdirSync} from 'node:fs'
import {join} from 'node:path'

export async function run(): Promise<void> {
  // mocha is ESM; the extension host loads this file as CommonJS.
  const {default: Mocha} = (await import('mocha')) as {default: typeof import('mocha')}
  const mocha = new Mocha({ui: 'bdd', timeout: 60000, color: false, reporter: 'spec'})
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.spec.js')).sort()) mocha.addFile(join(__dirname, file))
  await mocha.loadFilesAsync()
  const failures = await new Promise<number>((done) => mocha.run(done))
  if (failures > 0) throw new Error(`${failures} test${failures === 1 ? '' : 's'} failed`)
}
