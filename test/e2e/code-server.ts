// Starts code-server (VS Code 1.100.3 in a browser) and headless Chromium, for the
// end-to-end test and the README screenshot. code-server runs in its own process group
// (setsid), so stopping it also stops the extension host it forked.

import {spawn, type ChildProcess} from 'node:child_process'
import {existsSync, mkdirSync} from 'node:fs'
import {createServer} from 'node:net'
import {join, resolve} from 'node:path'
import {chromium, type Browser, type Page} from 'playwright-core'
import {tempDir} from '../helpers/temp'

export const CODE_SERVER = resolve('.vscode-test/code-server/node_modules/.bin/code-server')
export const CHROMIUM = '/usr/bin/chromium'

/** Throws with the way to install whatever is missing. */
export function checkPrerequisites(): void {
  const missing: string[] = []
  if (!existsSync(CODE_SERVER)) missing.push(`code-server (${CODE_SERVER}): run \`bash scripts/install-code-server.sh\``)
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}): run \`apt-get install -y --no-install-recommends chromium fonts-liberation\``)
  if (missing.length > 0) {
    throw new Error(`The VS Code end-to-end test needs:\n  - ${missing.join('\n  - ')}\n(.ci/run installs both; see the README's Development section.)`)
  }
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number}
      server.close(() => done(port))
    })
  })
}

export interface CodeServer {
  port: number
  output: string[]
  stop(): Promise<void>
}

export async function startCodeServer(): Promise<CodeServer> {
  const port = await freePort()
  const home = tempDir('pitchlint-code-server-')
  for (const sub of ['data', 'extensions', 'config', 'share']) mkdirSync(join(home, sub))
  const child: ChildProcess = spawn(
    CODE_SERVER,
    ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', join(home, 'data'), '--extensions-dir', join(home, 'extensions')],
    {detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'share')}},
  )
  const output: string[] = []
  child.stdout!.on('data', (chunk) => output.push(String(chunk)))
  child.stderr!.on('data', (chunk) => output.push(String(chunk)))
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const stop = async (): Promise<void> => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      return // already gone
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        // gone
      }
    }, 5000)
    await exited
    clearTimeout(timer)
  }
  // Ready once it serves HTTP.
  const deadline = Date.now() + 60000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output.join('')}`)
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`)
      if (response.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`code-server did not start:\n${output.join('')}`)
    }
    await new Promise((done) => setTimeout(done, 200))
  }
  return {port, output, stop}
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

/** The workbench URL for a folder, with the extension under development (and its tests). */
export function workbenchUrl(port: number, folder: string, extensionPath: string, testsPath?: string): string {
  const remote = (path: string): string => `vscode-remote://127.0.0.1:${port}${path}`
  const payload: string[][] = [['extensionDevelopmentPath', remote(extensionPath)]]
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)])
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`
}

export type {Page}
