// Prints how well profile detection recognises the corpus's documents: for every file
// in ../shared/corpus/{real,more}/MANIFEST.tsv, the category the manifest gives and the
// profile pitchlint detects (no front matter key, no config), as a confusion table, and
// the share of battlecards, emails and sales scripts that got their profile.
//
//   npx tsx scripts/profile-detection.ts [--misses]

import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {lint} from '../rules/src/index'

const root = join(dirname(new URL(import.meta.url).pathname), '..')
const corpus = join(root, '../shared/corpus')
const showMisses = process.argv.includes('--misses')

/**
 * The profiles each manifest category should get; the others should get none. The
 * manifest's "battlecard" is any competitive document: most of them are public comparison
 * pages (`compare/globex.md`, "Globex alternatives"), which are checked as `comparison`.
 */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {battlecard: ['battlecard', 'comparison'], email: ['email'], 'sales-script': ['call-script'], positioning: ['positioning']}
const PROFILES = ['battlecard', 'comparison', 'email', 'call-script', 'positioning', '(none)']

const table = new Map<string, Map<string, number>>()
const misses: string[] = []
for (const set of ['real', 'more']) {
  const rows = readFileSync(join(corpus, set, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1)
  for (const row of rows) {
    const [file, , , , , category] = row.split('\t')
    if (!file || !category) continue
    const path = join(corpus, set, file)
    const detected = lint(readFileSync(path, 'utf8'), {filePath: path}).profile?.name ?? '(none)'
    const counts = table.get(category) ?? new Map<string, number>()
    counts.set(detected, (counts.get(detected) ?? 0) + 1)
    table.set(category, counts)
    if (showMisses && EXPECTED[category] !== undefined && !EXPECTED[category].includes(detected)) misses.push(`${category} → ${detected}: ${set}/${file}`)
  }
}

console.log(`| manifest category | ${PROFILES.join(' | ')} | total | detected as expected |`)
console.log(`| --- |${PROFILES.map(() => ' ---:').join(' |')} | ---: | ---: |`)
let targetTotal = 0
let targetHit = 0
for (const [category, counts] of [...table].sort(([a], [b]) => a.localeCompare(b))) {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0)
  const expected = EXPECTED[category] ?? ['(none)']
  const hit = expected.reduce((sum, profile) => sum + (counts.get(profile) ?? 0), 0)
  if (['battlecard', 'email', 'sales-script'].includes(category)) {
    targetTotal += total
    targetHit += hit
  }
  console.log(`| ${category} | ${PROFILES.map((p) => counts.get(p) ?? 0).join(' | ')} | ${total} | ${((100 * hit) / total).toFixed(0)}% (${expected.join(' or ')}) |`)
}
console.log(`\nbattlecard (or comparison) + email + sales-script detected as their profile: ${targetHit}/${targetTotal} = ${((100 * targetHit) / targetTotal).toFixed(1)}%`)
if (showMisses) console.log(`\n${misses.join('\n')}`)
