import {readdirSync, readFileSync} from 'fs'
import {join} from 'path'
import {lint, resolveConfig} from '../rules/src/index'
import {claimCues} from '../rules/src/analysis/claim'
import {proofCues} from '../rules/src/analysis/proof'
import {specificCues} from '../rules/src/analysis/specific'
import {featureCues} from '../rules/src/analysis/feature'
import {outcomeCues} from '../rules/src/analysis/outcome'
import {painCues} from '../rules/src/analysis/pain'
const root = '/work/shared/corpus/real'
const views: any[] = []
for (const d of readdirSync(root).filter(x => !x.includes('.'))) for (const f of readdirSync(join(root, d))) views.push(...lint(readFileSync(join(root, d, f), 'utf8'), {filePath: f}).sentences.map(s => s.view))
const lexicon = resolveConfig().lexicon
console.log(views.length, 'sentences')
for (let round = 0; round < 2; round++) for (const [name, fn] of [['claim', (v: any) => claimCues(v.text)], ['proof', (v: any) => proofCues(v.text)], ['specific', (v: any) => specificCues(v.text)], ['feature', featureCues], ['outcome', (v: any) => outcomeCues(v.text)], ['pain', (v: any) => painCues(v.text)], ['lexicon', (v: any) => lexicon.match(v.text)]] as const) {
  const t = performance.now(); let n = 0
  for (const v of views) n += (fn as any)(v).length
  if (round) console.log(name.padEnd(9), (performance.now() - t).toFixed(0).padStart(5), 'ms', n)
}
