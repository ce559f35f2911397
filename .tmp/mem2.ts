import {readdirSync, readFileSync} from 'fs'
import {join} from 'path'
import {lint, ChunkCache} from '../rules/src/index'
const root = '/work/shared/corpus/real'
const results: any[] = [], caches: any[] = []
for (const d of readdirSync(root).filter(x => !x.includes('.'))) for (const f of readdirSync(join(root, d))) {
  const text = readFileSync(join(root, d, f), 'utf8')
  const cache = new ChunkCache(2000)
  caches.push(cache); results.push(lint(text, {filePath: f, cache}))
}
const heap = () => { globalThis.gc!(); return process.memoryUsage().heapUsed / 1e6 }
const all = heap()
results.length = 0; const cachesOnly = heap()
caches.length = 0; const none = heap()
console.log({all: all.toFixed(0), resultsCost: (all - cachesOnly).toFixed(0), cachesCost: (cachesOnly - none).toFixed(0), base: none.toFixed(0)})
