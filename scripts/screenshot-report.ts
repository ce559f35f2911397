// Takes the README's picture of the messaging report: `pitchlint report examples`,
// opened in headless Chromium. `npm run build && npx tsx scripts/screenshot-report.ts`
// writes docs/images/report.png (needs Chromium at /usr/bin/chromium: see .ci/run).

import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {launchChromium} from '../test/e2e/code-server'

const OUT = 'docs/images/report.png'

const scratch = mkdtempSync(join(tmpdir(), 'pitchlint-report-screenshot-'))
try {
  const page = join(scratch, 'report.html')
  const made = spawnSync(process.execPath, [resolve('dist/cli.js'), 'report', 'examples', '-o', page, '--title', 'Messaging report: examples'], {encoding: 'utf8'})
  if (made.status !== 0) throw new Error(`pitchlint report failed (exit ${made.status}): ${made.stderr}`)
  const browser = await launchChromium()
  try {
    const tab = await browser.newPage({viewport: {width: 1200, height: 1000}, deviceScaleFactor: 1})
    await tab.goto(pathToFileURL(page).href)
    mkdirSync('docs/images', {recursive: true})
    await tab.screenshot({path: OUT})
    console.log(`${OUT}: ${Math.round(statSync(OUT).size / 1024)} KB`)
  } finally {
    await browser.close()
  }
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
