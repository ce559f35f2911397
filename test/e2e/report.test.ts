// `pitchlint report` in a real browser: headless Chromium (Debian's, as the VS Code test
// uses) opens the page from disk, and axe-core checks it. The screenshot is saved to
// test-results/report.png (gitignored), for a look at what CI made.

import assert from 'node:assert/strict'
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Table} from 'mdast'
import type {Browser, Page} from 'playwright-core'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {SUMMARY_LIMIT} from '../../cli/src/formatters/markdown'
import {pitchlint} from '../helpers/cli'
import {CORPUS, countMarkdown} from '../helpers/corpus'
import {tempDir} from '../helpers/temp'
import {launchChromium} from './code-server'

const ARTIFACTS = 'test-results'
const require = createRequire(import.meta.url)

/** A table row as the page sees it (the tests compile without DOM types). */
interface TableRow {
  cells: Array<{dataset: Record<string, string | undefined>}>
}

interface AxeViolation {
  id: string
  impact?: string | null
  help: string
  nodes: Array<{target: unknown[]}>
}

describe('the HTML messaging report in Chromium', function () {
  this.timeout(120000)
  let browser: Browser
  let page: Page
  const problems: string[] = []
  let documents = 0

  before(async () => {
    // The examples, a baseline of them, then one new vague claim and one fixed: the page
    // then has every part, the baseline's included.
    const dir = tempDir('pitchlint-report-e2e-')
    cpSync('examples', join(dir, 'docs'), {recursive: true})
    const written = pitchlint(['--write-baseline', 'baseline.json', 'docs'], {cwd: dir})
    assert.ok(written.status === 0 || written.status === 1, written.stderr)
    const email = join(dir, 'docs/outbound-email.md')
    writeFileSync(email, readFileSync(email, 'utf8').replace('leverage', 'use') + '\nOur dashboards are robust for every team.\n')
    const run = pitchlint(['report', 'docs', '--baseline', 'baseline.json', '-o', 'out/report.html'], {cwd: dir})
    assert.equal(run.status, 0, run.stderr)
    documents = readdirSync('examples').filter((name) => name.endsWith('.md')).length

    browser = await launchChromium()
    page = await browser.newPage({viewport: {width: 1280, height: 900}})
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('request', (request) => {
      if (!request.url().startsWith('file:') && !request.url().startsWith('data:')) problems.push(`request: ${request.url()}`)
    })
    await page.goto(pathToFileURL(join(dir, 'out/report.html')).href)
  })

  after(async () => {
    await browser?.close()
  })

  it('renders with no console error and no network request, and is saved as a screenshot', async () => {
    mkdirSync(ARTIFACTS, {recursive: true})
    await page.screenshot({path: join(ARTIFACTS, 'report.png'), fullPage: true})
    assert.deepEqual(problems, [])
    assert.equal(await page.locator('h1').textContent(), 'Messaging report')
    assert.equal(await page.locator('#chart-baseline svg').count(), 1)
  })

  it('has one table row per document, and sorting by a column reorders them', async () => {
    const rows = page.locator('#documents-table tbody tr')
    assert.equal(await rows.count(), documents)
    const paths = () => page.locator('#documents-table tbody th[scope=row]').allTextContents()
    const scoreColumn = (await page.locator('#documents-table thead th').allTextContents()).findIndex((text) => text.replace('↕', '').trim() === 'Score')
    const scores = () => page.locator('#documents-table tbody tr').evaluateAll((rows, at) => rows.map((row) => Number((row as unknown as TableRow).cells[at].dataset.sort)), scoreColumn)
    const byPath = await paths()
    assert.deepEqual(byPath, [...byPath].sort())

    const scoreHeader = page.locator('#documents-table thead th', {hasText: 'Score'})
    await scoreHeader.locator('button').click()
    assert.equal(await scoreHeader.getAttribute('aria-sort'), 'ascending')
    const ascending = await scores()
    assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b))
    assert.notDeepEqual(await paths(), byPath, 'the examples’ scores are not in path order, so sorting must move rows')

    await scoreHeader.locator('button').click()
    assert.equal(await scoreHeader.getAttribute('aria-sort'), 'descending')
    const descending = await scores()
    assert.deepEqual(descending, [...descending].sort((a, b) => b - a))
  })

  it('filters the table by path and by rule', async () => {
    await page.fill('#filter-text', 'outbound')
    assert.equal(await page.locator('#documents-table tbody tr:visible').count(), 1)
    assert.match((await page.locator('#filter-status').textContent()) ?? '', new RegExp(`Showing 1 of ${documents} documents`))
    await page.fill('#filter-text', '')
    await page.selectOption('#filter-rule', 'intensifier')
    assert.deepEqual(await page.locator('#documents-table tbody tr:visible th').allTextContents(), ['docs/call-script.md'])
    await page.selectOption('#filter-rule', '')
    assert.equal(await page.locator('#documents-table tbody tr:visible').count(), documents)
  })

  it('a document link leads to its findings, with the sentence around each', async () => {
    await page.locator('#documents-table a', {hasText: 'outbound-email.md'}).click()
    const section = page.locator('section.document:target')
    assert.match((await section.locator('h3').textContent()) ?? '', /outbound-email\.md$/)
    const marks = await section.locator('mark').allTextContents()
    assert.ok(marks.includes('robust'), marks.join(', '))
    assert.ok((await section.locator('.badge-new').count()) >= 1, 'the new finding is marked new')
  })

  it('axe-core finds no serious or critical accessibility violation', async () => {
    await page.addScriptTag({content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')})
    const violations = (await page.evaluate(async () => {
      // Runs in the page (no DOM types here): axe-core's global, on the whole document.
      const page = globalThis as unknown as {axe: {run: (context: unknown, options: unknown) => Promise<{violations: unknown[]}>}; document: unknown}
      const result = await page.axe.run(page.document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
      return result.violations
    })) as AxeViolation[]
    const severe = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    assert.deepEqual(
      severe.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(violation.nodes.slice(0, 3).map((node) => node.target))}`),
      [],
    )
  })

  it('prints: the controls are hidden, the table is kept', async () => {
    await page.emulateMedia({media: 'print'})
    assert.equal(await page.locator('.controls').isVisible(), false)
    assert.equal(await page.locator('#documents-table').isVisible(), true)
    const pdf = await page.pdf({format: 'A4'})
    assert.ok(pdf.length > 10000, `the PDF has ${pdf.length} bytes`)
    await page.emulateMedia({media: 'screen'})
  })
})

describe('the messaging report on the real corpus', function () {
  this.timeout(600000)
  const dir = tempDir('pitchlint-report-corpus-')
  const cache = join(dir, 'cache/')

  before(() => {
    assert.ok(existsSync(CORPUS), `the corpus must be at ${CORPUS} (../shared beside the repository)`)
  })

  it('one page, one row per document, nothing loaded from outside', async () => {
    const run = pitchlint(['report', CORPUS, '--cache', '--cache-location', cache, '-o', join(dir, 'corpus.html')], {timeout: 590000})
    assert.equal(run.status, 0, run.stderr)
    const html = readFileSync(join(dir, 'corpus.html'), 'utf8')
    for (const tag of html.match(/<(script|link|img|style|iframe|source|image|use)\b[^>]*>/gi) ?? []) {
      assert.doesNotMatch(tag, /\b(src|href)\s*=\s*["']?(https?:|\/\/)/i, tag)
    }
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(error.message))
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text())
      })
      page.on('request', (request) => {
        if (!/^(file|data):/.test(request.url())) problems.push(`request: ${request.url()}`)
      })
      await page.goto(pathToFileURL(join(dir, 'corpus.html')).href)
      assert.equal(await page.locator('#documents-table tbody tr').count(), countMarkdown(CORPUS))
      const headings = (await page.locator('#documents-table thead th').allTextContents()).map((text) => text.replace('↕', '').trim())
      const column = headings.indexOf('Findings')
      await page.locator('#documents-table thead th').nth(column).locator('button').click()
      const counts = await page.locator('#documents-table tbody tr').evaluateAll((rows, at) => rows.map((row) => Number((row as unknown as TableRow).cells[at].dataset.sort)), column)
      assert.ok(counts.at(-1)! > counts[0])
      assert.deepEqual(counts, [...counts].sort((a, b) => a - b))
      assert.deepEqual(problems, [])
    } finally {
      await browser.close()
    }
  })

  it('--format markdown fits a pull-request comment and its tables parse as GFM tables', () => {
    const run = pitchlint(['--format', 'markdown', '--cache', '--cache-location', cache, CORPUS], {timeout: 590000})
    assert.ok(run.status === 0 || run.status === 1, run.stderr)
    assert.ok(Buffer.byteLength(run.stdout) <= SUMMARY_LIMIT, `${Buffer.byteLength(run.stdout)} bytes`)
    const tables = unified().use(remarkParse).use(remarkGfm).parse(run.stdout).children.filter((node): node is Table => node.type === 'table')
    assert.ok(tables.length >= 3)
    const parsedRows = tables.reduce((count, table) => count + table.children.length + 1, 0)
    assert.equal(parsedRows, run.stdout.split('\n').filter((line) => line.startsWith('| ')).length, 'every table line is in a table')
    for (const table of tables) for (const row of table.children) assert.equal(row.children.length, table.children[0].children.length)
  })
})
