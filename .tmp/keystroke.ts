import {readFileSync} from 'fs'
import {lint, ChunkCache} from '../rules/src/index'
const ex = ['battlecard.md', 'positioning.md', 'outbound-email.md', 'call-script.md'].map(n => readFileSync('examples/' + n, 'utf8'))
let text = ''; for (let n = 1; text.length < 100 * 1024; n++) text += ex[n % 4].replace(/^(#+ .*)$/gm, `$1 (part ${n})`).replace(/\bTallyworks\b/g, `Tallyworks${n}`) + '\n\n'
const cache = new ChunkCache()
lint(text, {cache})
let at = text.indexOf('\n\n', text.length / 2) + 2
const times: number[] = []
for (let i = 0; i < 1000; i++) {
  text = text.slice(0, at) + 'x' + text.slice(at); at++
  const t = performance.now(); lint(text, {cache}); times.push(performance.now() - t)
}
times.sort((a, b) => a - b)
console.log('100KB keystroke lint: p50', times[500].toFixed(1), 'p95', times[950].toFixed(1), 'ms; findings', lint(text, {cache}).findings.length)
