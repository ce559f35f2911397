import {readdirSync, readFileSync} from 'fs'
import {join} from 'path'
import v8 from 'v8'
import {lint, ChunkCache} from '../rules/src/index'
const root = '/work/shared/corpus/real'
const caches: any[] = []
for (const d of readdirSync(root).filter(x => !x.includes('.'))) for (const f of readdirSync(join(root, d))) {
  const text = readFileSync(join(root, d, f), 'utf8')
  const cache = new ChunkCache(2000)
  caches.push(cache); lint(text, {filePath: f, cache})
}
globalThis.gc!()
console.log(v8.writeHeapSnapshot('/tmp/heap.heapsnapshot'))
