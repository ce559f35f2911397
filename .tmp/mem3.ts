import {readdirSync, readFileSync} from 'fs'
import {join} from 'path'
import {lint, ChunkCache, messagingCoverage} from '../rules/src/index'
const root = '/work/shared/corpus/real'
const keep: any[] = []; const caches: ChunkCache[] = []
const texts: string[] = []
for (const d of readdirSync(root).filter(x => !x.includes('.'))) for (const f of readdirSync(join(root, d))) {
  const text = readFileSync(join(root, d, f), 'utf8'); texts.push(text)
  const cache = new ChunkCache(); caches.push(cache); if (caches.length > 8) caches.shift()
  const r = lint(text, {filePath: f, cache})
  keep.push({findings: r.findings, notices: r.notices, coverage: r.sentences.length ? messagingCoverage(r.sections) : []})
}
const m = process.memoryUsage(); console.log('before gc: rss', (m.rss/1e6).toFixed(0), 'heapUsed', (m.heapUsed/1e6).toFixed(0), 'heapTotal', (m.heapTotal/1e6).toFixed(0))
globalThis.gc!(); const g = process.memoryUsage(); console.log('after gc: rss', (g.rss/1e6).toFixed(0), 'heapUsed', (g.heapUsed/1e6).toFixed(0), 'heapTotal', (g.heapTotal/1e6).toFixed(0))
import v8 from 'v8'
for (const s of v8.getHeapSpaceStatistics()) console.log(s.space_name.padEnd(28), 'size', (s.space_size/1e6).toFixed(1), 'used', (s.space_used_size/1e6).toFixed(1), 'physical', (s.physical_space_size/1e6).toFixed(1))
console.log(process.memoryUsage())
