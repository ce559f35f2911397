import {readdirSync, readFileSync} from 'fs'
import {join} from 'path'
import {splitChunks} from '../rules/src/markdown/chunks'
const root = '/work/shared/corpus/real'
const seen = new Map<string, number>(); let total = 0, dupBytes = 0
for (const d of readdirSync(root).filter(x => !x.includes('.'))) for (const f of readdirSync(join(root, d))) {
  const t = readFileSync(join(root, d, f), 'utf8')
  for (const c of splitChunks(t)) { const s = t.slice(c.start, c.end); total += s.length; if (seen.has(s)) dupBytes += s.length; seen.set(s, (seen.get(s) ?? 0) + 1) }
}
console.log({total, dupBytes, pct: (100 * dupBytes / total).toFixed(1)})
