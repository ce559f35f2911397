import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {startServer, workspace} from '../test/helpers/lsp'
import {SERVER_EXEC_ARGV} from '../server/src/protocol'
const ex = ['battlecard.md', 'positioning.md', 'outbound-email.md', 'call-script.md'].map(n => readFileSync('examples/' + n, 'utf8'))
let text = ''; for (let n = 1; text.length < 5 * 1024 * 1024; n++) text += ex[n % 4].replace(/^---[\s\S]*?---\n/, '').replace(/^(#+ .*)$/gm, `$1 (part ${n})`).replace(/\bTallyworks\b/g, `Tallyworks${n}`) + '\n\n'
const dir = workspace()
const client = await startServer({folders: [dir], execArgv: [...SERVER_EXEC_ARGV, ...(process.env.EXTRA ?? '').split(' ').filter(Boolean)]})
const t = performance.now()
const huge = client.open(join(dir, 'huge.md'), text)
huge.published.catch(() => {})
const p = await client.until('huge diagnostics', () => client.diagnostics.find(d => d.uri === huge.uri), 120000).catch(e => { console.log(String(e).slice(0, 2000)); return undefined })
console.log('first diagnostics after', ((performance.now() - t) / 1000).toFixed(1), 's', p?.diagnostics.length)
console.log(client.logs.join('\n').slice(0, 3000))
await client.shutdown()
