// Level 2: the extension in a real VS Code. code-server 4.100.3 runs the extension's
// own mocha tests (client/test/*.spec.ts) inside its extension host; headless Chromium
// drives the workbench, and the exit code comes back through `codeAutomationExit`.
// The extension under test is the packaged .vsix, extracted: what users install.

import assert from 'node:assert/strict'
import {cpSync, mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {build} from 'esbuild'
import {buildVsix} from '../helpers/vsix'
import {checkPrerequisites, launchChromium, startCodeServer, workbenchUrl} from './code-server'
import {tempDir} from '../helpers/temp'

const SUITE = resolve('.vscode-test/suite')

async function buildSuite(): Promise<void> {
  rmSync(SUITE, {recursive: true, force: true})
  mkdirSync(SUITE, {recursive: true})
  // The repository is ESM ("type": "module"); the extension host loads CommonJS.
  writeFileSync(join(SUITE, 'package.json'), '{"type": "commonjs"}\n')
  const specs = readdirSync('client/test').filter((name) => name.endsWith('.spec.ts')).map((name) => `client/test/${name}`)
  await build({entryPoints: ['client/test/index.ts', ...specs], outdir: SUITE, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'mocha'], logLevel: 'warning'})
}

/** The extension host logs console calls as printf-style arguments. */
function formatLog(args: unknown[]): string {
  const [first, ...rest] = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
  if (first === undefined) return ''
  const text = first.replace(/%[sdifoO]/g, () => rest.shift() ?? '')
  return [text, ...rest].join(' ')
}

/**
 * A folder with its own config naming a team profile file, and a page checked against
 * it: the extension's test edits the profile file and expects the page linted again.
 * Written before VS Code starts, so no watcher event of the set-up reaches the test.
 */
function writeTeamProfile(folder: string): void {
  mkdirSync(folder, {recursive: true})
  writeFileSync(join(folder, '.pitchlintrc.yaml'), 'profiles: [one-pager.yml]\n')
  cpSync('test/fixtures/team-profiles/one-pager.yml', join(folder, 'one-pager.yml'))
  writeFileSync(join(folder, 'leave-behind.md'), '---\npitchlint: {profile: one-pager}\n---\n\n# Tallyworks\n\n## Plans\n\nTeam costs $40 a month per seat.\n')
}

describe('VS Code extension (code-server + headless Chromium)', function () {
  this.timeout(240000)

  it('passes its own tests inside the VS Code extension host', async () => {
    checkPrerequisites()
    await buildSuite()
    const extension = buildVsix().extract()
    const workspace = tempDir('pitchlint-vscode-')
    cpSync('examples', workspace, {recursive: true})
    writeTeamProfile(join(workspace, 'team'))
    const server = await startCodeServer()
    const browser = await launchChromium()
    const log: string[] = []
    try {
      const page = await browser.newPage()
      const exitCode = new Promise<number>((done) => void page.exposeFunction('codeAutomationExit', (code: number) => done(code)))
      await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => log.push(`${type}: ${formatLog(args)}`))
      await page.goto(workbenchUrl(server.port, workspace, extension, join(SUITE, 'index.js')))
      let timer: NodeJS.Timeout | undefined
      const code = await Promise.race([exitCode, new Promise<'timeout'>((done) => (timer = setTimeout(() => done('timeout'), 180000)))])
      clearTimeout(timer)
      assert.equal(code, 0, `the extension's tests failed (exit ${code}):\n${log.join('\n')}\n--- code-server ---\n${server.output.join('')}`)
      // The spec reporter's summary proves tests ran (an empty run would also exit 0).
      assert.ok(log.some((line) => /\b9 passing\b/.test(line)), log.join('\n'))
    } finally {
      await browser.close()
      await server.stop()
      rmSync(workspace, {recursive: true, force: true})
    }
  })
})
