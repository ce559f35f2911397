// Takes the README's picture of pitchlint in VS Code: code-server with the extension,
// the example battlecard open, a hover on a finding. `npx tsx scripts/screenshot.ts`
// writes docs/images/editor.png (needs what the e2e test needs: see .ci/run).

import {cpSync, mkdirSync, mkdtempSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {build} from 'esbuild'
import {checkPrerequisites, launchChromium, startCodeServer, workbenchUrl} from '../test/e2e/code-server'

const OUT = 'docs/images/editor.png'

checkPrerequisites()
const host = mkdtempSync(join(tmpdir(), 'pitchlint-screenshot-'))
writeFileSync(join(host, 'package.json'), '{"type": "commonjs"}\n')
await build({entryPoints: ['scripts/screenshot-host.ts'], outfile: join(host, 'index.js'), bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], logLevel: 'warning'})
const workspace = mkdtempSync(join(tmpdir(), 'pitchlint-screenshot-ws-'))
cpSync('examples', workspace, {recursive: true})

const server = await startCodeServer()
const browser = await launchChromium()
try {
  const page = await browser.newPage({viewport: {width: 1100, height: 700}, deviceScaleFactor: 1})
  const done = new Promise<void>((resolveDone, reject) => {
    void page.exposeFunction('codeAutomationExit', (code: number) => (code === 0 ? resolveDone() : reject(new Error(`exit ${code}`))))
  })
  let ready!: () => void
  const isReady = new Promise<void>((resolveReady) => (ready = resolveReady))
  await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
    if (args.some((a) => String(a).includes('SCREENSHOT-READY'))) ready()
  })
  await page.goto(workbenchUrl(server.port, workspace, resolve('.'), join(host, 'index.js')))
  await Promise.race([isReady, done])
  mkdirSync('docs/images', {recursive: true})
  await page.screenshot({path: OUT})
  await done.catch(() => undefined)
  console.log(`${OUT}: ${Math.round(statSync(OUT).size / 1024)} KB`)
} finally {
  await browser.close()
  await server.stop()
}
