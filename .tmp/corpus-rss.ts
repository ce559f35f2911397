import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {startServer} from '../test/helpers/lsp'
const corpus = '/work/shared/corpus/real'
const files: string[] = []
const walk = (dir: string) => { for (const e of readdirSync(dir, {withFileTypes: true})) { if (e.isDirectory()) walk(join(dir, e.name)); else if (e.name.endsWith('.md')) files.push(join(dir, e.name)) } }
walk(corpus)
const execArgv = (process.env.FLAGS ?? '').split(' ').filter(Boolean)
const client = await startServer({folders: [corpus], execArgv})
const t0 = performance.now()
for (const file of files) await client.open(file, readFileSync(file, 'utf8')).published
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${client.process.pid}/status`, 'utf8'))![1]) / 1024
console.log(process.env.FLAGS ?? '(none)', 'opened in', ((performance.now() - t0) / 1000).toFixed(1), 's; rss', rss().toFixed(0))
for (const wait of [2, 10]) { await new Promise((r) => setTimeout(r, wait * 1000)); console.log('  after', wait, 's more: rss', rss().toFixed(0)) }
await client.shutdown()
