import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {startServer, workspace} from '../test/helpers/lsp'
import {SERVER_EXEC_ARGV} from '../server/src/protocol'
const ex = ['battlecard.md', 'positioning.md', 'outbound-email.md', 'call-script.md'].map(n => readFileSync('examples/' + n, 'utf8'))
let text = ''; for (let n = 1; text.length < 100 * 1024; n++) text += ex[n % 4].replace(/^---[\s\S]*?---\n/, '').replace(/^(#+ .*)$/gm, `$1 (part ${n})`).replace(/\bTallyworks\b/g, `Tallyworks${n}`) + '\n\n'
const dir = workspace()
const client = await startServer({folders: [dir], execArgv: [...SERVER_EXEC_ARGV]})
const {published} = client.open(join(dir, 'b.md'), text)
const p = await published
const json = JSON.stringify(p)
console.log('diagnostics', p.diagnostics.length, 'message bytes', json.length, 'per diagnostic', Math.round(json.length / p.diagnostics.length))
console.log(JSON.stringify(p.diagnostics.find(d => d.code === 'vague-claim'), null, 0).slice(0, 1500))
let t = performance.now(); for (let i = 0; i < 20; i++) JSON.parse(json); console.log('client JSON.parse per message', ((performance.now() - t) / 20).toFixed(1), 'ms')
await client.shutdown()
{
  const client = await startServer({folders: [dir], execArgv: (process.env.FLAGS ?? '').split(' ').filter(Boolean)})
  const {uri, published} = client.open(join(dir, 'c.md'), text)
  await published
  let at = client.text(uri).indexOf('\n\n', Math.floor(text.length / 2)) + 2
  const lat: number[] = []
  for (let i = 0; i < 100; i++) {
    const mark = client.diagnostics.length; const t = performance.now()
    const v = client.edit(uri, at, at, 'x'); at++
    await client.nextDiagnostics(uri, mark, (p) => p.version === v); lat.push(performance.now() - t)
  }
  const lints = client.logs.filter(l => l.includes(' linted ')).slice(1).map(l => Number(/in ([\d.]+) ms/.exec(l)![1]))
  const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]
  console.log('typing: client latency p50', med(lat).toFixed(1), 'ms; server lint p50', med(lints).toFixed(1), 'ms')
  await client.shutdown()
}
