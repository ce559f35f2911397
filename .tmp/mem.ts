import {readdirSync, readFileSync} from 'fs'
import {join} from 'path'
import {lint, ChunkCache} from '../rules/src/index'
const root = '/work/shared/corpus/real'
const keep: unknown[] = []
const rss = () => (process.memoryUsage().rss / 1e6).toFixed(0) + 'MB rss, heap ' + (process.memoryUsage().heapUsed / 1e6).toFixed(0) + 'MB'
console.log('start', rss())
for (const d of readdirSync(root).filter(x => !x.includes('.'))) for (const f of readdirSync(join(root, d))) {
  const text = readFileSync(join(root, d, f), 'utf8')
  const cache = new ChunkCache(2000)
  keep.push({cache, result: lint(text, {filePath: f, cache})})
}
globalThis.gc?.()
console.log('all open', rss())
