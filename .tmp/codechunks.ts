import {readdirSync, readFileSync} from 'fs'
import {join} from 'path'
import {splitChunks} from '../rules/src/markdown/chunks'
const root = '/work/shared/corpus/real'
let total = 0, code = 0, html = 0, n = 0, tables = 0
for (const d of readdirSync(root).filter(x => !x.includes('.'))) for (const f of readdirSync(join(root, d))) {
  const t = readFileSync(join(root, d, f), 'utf8')
  for (const c of splitChunks(t)) {
    const s = t.slice(c.start, c.end); total += s.length; n++
    if (/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?\n\1[`~]*[ \t]*\n?\s*$/.test(s)) code += s.length
    else if (/^<(?!!--)/.test(s)) html += s.length
    if (/^\|/.test(s)) tables += s.length
  }
}
console.log({n, total, code, html, tables})
