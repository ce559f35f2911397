// Samples corpus sentences for two-labeler batches (../shared/eval/LABELING.md, step 1).
// The batches hold corpus text, so they are written outside the repository.
//
//   npx tsx scripts/sample-for-labeling.ts OUT_DIR PREFIX COUNT [--seed N] [--cued SHARE] [--per-organisation N]
//
// At most 5 sentences per document and 60 per organisation (so no one company's voice dominates),
// no headings, none already labeled (dev, train, train-claims,
// rules/training), documents that sell first; a share of the sentences (half unless
// --cued says otherwise) carry a claim, pain, feature or vague cue, a comparative, a number
// or a negative word (so rare labels get examples), the rest are plain draws.

import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {lint, LineIndex} from '../rules/src/index'
import {decodeMarkdown} from '../files/src/read'
import type {LabeledRange} from './labeled-range'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(root, '..', 'shared')
const [outDir, prefix, countArg] = process.argv.slice(2)
const seedAt = process.argv.indexOf('--seed')
let seed = seedAt > 0 ? Number(process.argv[seedAt + 1]) : 1
if (!outDir || !prefix || !countArg) {
  console.error('usage: sample-for-labeling.ts OUT_DIR PREFIX COUNT [--seed N]')
  process.exit(2)
}
const count = Number(countArg)
const option = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback)
const cuedCount = Math.round(count * option('--cued', 0.5))
const plainCount = count - cuedCount

/** A small deterministic generator (mulberry32), so a sample can be drawn again. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

const labeled = new Set<string>()
const labelFiles = [join(shared, 'eval', 'train.jsonl'), join(shared, 'eval', 'train-claims.jsonl'), join(shared, 'eval', 'dev.jsonl')]
const own = join(root, 'rules', 'training')
if (existsSync(own)) for (const f of readdirSync(own)) if (f.endsWith('.jsonl')) labelFiles.push(join(own, f))
for (const file of labelFiles) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const item = JSON.parse(line)
    const path = file.endsWith('dev.jsonl') ? `real/${item.file}` : item.file
    labeled.add(`${path}:${item.line}`)
  }
}

const SELLING = new Set(['landing-copy', 'positioning', 'messaging', 'battlecard', 'sales-script', 'email', 'case-study'])
interface Doc {
  file: string
  category: string
}
const docs: Doc[] = []
for (const part of ['more', 'real']) {
  const manifest = readFileSync(join(shared, 'corpus', part, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean)
  for (const row of manifest) {
    const [file, , , , , category] = row.split('\t')
    docs.push({file: `${part}/${file}`, category: category!})
  }
}
// Documents that sell first, in a shuffled order.
const order = docs.map((d) => ({d, key: (SELLING.has(d.category) ? 0 : 1) + random()})).sort((a, b) => a.key - b.key).map(({d}) => d)

interface Item extends LabeledRange {
  category: string
  kind: string
  heading: string
  text: string
}
const cued: Item[] = []
const plain: Item[] = []
const perOrganisation = new Map<string, number>()
const PER_ORGANISATION = option('--per-organisation', 60)
const PER_DOCUMENT = 5
for (const doc of order) {
  if (cued.length >= cuedCount && plain.length >= plainCount) break
  const organisation = doc.file.split('/')[1]!.split('__')[0]!
  if ((perOrganisation.get(organisation) ?? 0) >= PER_ORGANISATION) continue
  const read = decodeMarkdown(readFileSync(join(shared, 'corpus', doc.file)))
  if (!read.ok) continue
  const result = lint(read.text)
  const lines = new LineIndex(read.text)
  let heading = ''
  const candidates: Array<{item: Item; hasCue: boolean}> = []
  for (const sentence of [...result.sentences].sort((a, b) => a.range[0] - b.range[0])) {
    const {view, analysis} = sentence
    if (view.kind === 'heading') heading = view.text
    if (view.model.wordCount < 3 || view.block.kind === 'heading') continue
    const start = lines.position(sentence.range[0])
    const end = lines.position(sentence.range[1])
    if (labeled.has(`${doc.file}:${start.line}`)) continue
    const item: Item = {
      id: `${doc.file}#L${start.line}C${start.column}`,
      file: doc.file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
      category: doc.category, kind: view.kind, heading, text: read.text.slice(...sentence.range),
    }
    const hasCue = analysis.cues.some((c) => c.kind === 'claim' || c.kind === 'pain' || c.kind === 'feature' || c.kind === 'vague') || /\b\w+est\b|\bthan\b|\d|\b(?:slow|waste|manual|pain|costly|expensive|hard|struggl\w*|frustrat\w*|fail\w*|risk\w*|broken|complex|tedious|lose|losing|lost)\b/i.test(view.text)
    candidates.push({item, hasCue})
  }
  // While cued sentences are still wanted, a document's cued sentences are drawn first.
  const wantCued = cued.length < cuedCount
  const picked = candidates.map((c) => ({c, key: (wantCued && c.hasCue ? 0 : 1) + random()})).sort((a, b) => a.key - b.key).slice(0, PER_DOCUMENT).map(({c}) => c)
  for (const {item, hasCue} of picked) {
    if ((perOrganisation.get(organisation) ?? 0) >= PER_ORGANISATION) break
    if (hasCue && cued.length < cuedCount) cued.push(item)
    else if (!hasCue && plain.length < plainCount) plain.push(item)
    else continue
    perOrganisation.set(organisation, (perOrganisation.get(organisation) ?? 0) + 1)
  }
}
const items = [...cued, ...plain].map((item) => ({item, key: random()})).sort((a, b) => a.key - b.key).map(({item}) => item)
mkdirSync(outDir, {recursive: true})
const all: string[] = []
for (let b = 0; b * 100 < items.length; b++) {
  const batch = items.slice(b * 100, (b + 1) * 100).map((i) => JSON.stringify(i))
  writeFileSync(join(outDir, `${prefix}-b${b + 1}.jsonl`), batch.join('\n') + '\n')
  all.push(...batch)
}
writeFileSync(join(outDir, `${prefix}-sample.jsonl`), all.join('\n') + '\n')
console.log(`${items.length} sentences (${cued.length} with cues) in ${Math.ceil(items.length / 100)} batches in ${outDir}`)
