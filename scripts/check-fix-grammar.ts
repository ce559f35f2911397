// Proves that `--fix` leaves grammatical text behind, on real documents: copies the
// corpus folders to a temporary folder, runs the built CLI with `--fix` on the copy,
// and compares every changed line before and after. It fails (exit 1) when a fix
// introduced any of:
//   - "a" before a vowel sound or "an" before a consonant sound (rules/src/fix/article.ts),
//   - a double space inside a line,
//   - a space before punctuation ("is , fast"), or punctuation piled up ("fast,."),
//   - a sentence that now starts with a lowercase letter.
// Each check counts occurrences in the line before and after, so what the writer already
// had is never blamed on the fixer. The corpus is third-party text: it is copied to a
// temporary folder only, and the report quotes a few words around each problem.
//
//   npm run build && npx tsx scripts/check-fix-grammar.ts [corpus folder…]
//   npx tsx scripts/check-fix-grammar.ts --self-test    (each check fires on a broken line)
//
// Without folders, it checks ../shared/corpus/real and ../shared/corpus/more.

import {spawnSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {basename, join, relative, resolve} from 'node:path'
import {articleFits} from '../rules/src/fix/article'

const repoRoot = resolve(import.meta.dirname, '..')
const cli = join(repoRoot, 'dist/cli.js')
const defaultCorpora = ['../shared/corpus/real', '../shared/corpus/more'].map((folder) => resolve(repoRoot, folder))

interface Problem {
  file: string
  line: number
  kind: string
  /** A few words around the change, after the fix. */
  excerpt: string
}

/** What each check counts in one line; a fix may not make any count grow. */
const LINE_CHECKS: ReadonlyArray<{kind: string; count: (line: string) => number}> = [
  {kind: 'double space', count: (line) => matchCount(line, /(?<=\S) {2,}(?=\S)/g)},
  {kind: 'space before punctuation', count: (line) => matchCount(line, /\s[,.;:!?](?=\s|$)/g)},
  {kind: 'punctuation piled up', count: (line) => matchCount(line, /[,;:][.,;:!?]/g)},
  {kind: 'lowercase sentence start', count: lowercaseSentenceStarts},
]

/** "a"/"an" and the token after it. */
const ARTICLE_PAIR = /(?<![\p{L}\p{N}'’_-])(an?)\s+([^\s]+)/giu

function main(): number {
  const corpora = process.argv.slice(2).length > 0 ? process.argv.slice(2).map((folder) => resolve(folder)) : defaultCorpora
  const workDir = mkdtempSync(join(tmpdir(), 'pitchlint-fix-grammar-'))
  try {
    for (const corpus of corpora) cpSync(corpus, join(workDir, basename(corpus)), {recursive: true})
    const files = markdownFiles(workDir)
    const before = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]))

    const fixableBefore = fixableCount(runCli(['--format', 'json', '--no-cache', '.'], workDir))
    const fixRun = runCli(['--format', 'json', '--fix', '.'], workDir)
    const fixableAfter = fixableCount(fixRun)

    const problems: Problem[] = []
    let changedFiles = 0
    let changedLines = 0
    let edits = 0
    for (const file of files) {
      const oldText = before.get(file)!
      const newText = readFileSync(file, 'utf8')
      if (oldText === newText) continue
      changedFiles++
      for (const [lineIndex, oldLine, newLine] of changedLinePairs(oldText, newText)) {
        changedLines++
        edits += editCount(oldLine, newLine)
        for (const problem of lineProblems(oldLine, newLine)) problems.push({file: relative(workDir, file), line: lineIndex + 1, ...problem})
      }
    }

    console.log(`corpus: ${corpora.map((corpus) => relative(process.cwd(), corpus) || '.').join(', ')} (${files.length} Markdown files)`)
    console.log(`fixable findings before --fix: ${fixableBefore}; after: ${fixableAfter}`)
    console.log(`--fix changed ${changedLines} lines in ${changedFiles} files: ${edits} edits`)
    for (const problem of problems) console.log(`  ${problem.file}:${problem.line}: ${problem.kind}: …${problem.excerpt}…`)
    console.log(problems.length === 0 ? 'no grammar broken by --fix' : `${problems.length} problem(s) introduced by --fix`)
    return problems.length === 0 ? 0 : 1
  } finally {
    rmSync(workDir, {recursive: true, force: true})
  }
}

/** What a fix broke in one line: a new article mismatch, or more of what LINE_CHECKS count. */
function lineProblems(oldLine: string, newLine: string): Array<{kind: string; excerpt: string}> {
  const problems: Array<{kind: string; excerpt: string}> = []
  for (const pair of newArticlePairs(oldLine, newLine)) {
    if (articleFits(pair.article, pair.word) === false) problems.push({kind: `"${pair.article}" before "${pair.word}"`, excerpt: excerpt(newLine, pair.index)})
  }
  for (const check of LINE_CHECKS) {
    if (check.count(newLine) > check.count(oldLine)) problems.push({kind: check.kind, excerpt: excerpt(newLine, firstDifference(oldLine, newLine))})
  }
  return problems
}

/** Each check must fire on a line broken its way, and stay quiet on a good fix and on old faults. */
function selfTest(): number {
  const cases: Array<[before: string, after: string, expected: string[]]> = [
    ['It is a very easy setup.', 'It is a easy setup.', ['"a" before "easy"']],
    ['It is an extremely useful tool.', 'It is an useful tool.', ['"an" before "useful"']],
    ['It is very fast.', 'It is  fast.', ['double space']],
    ['It is truly, fast.', 'It is , fast.', ['space before punctuation']],
    ['It is fast, truly.', 'It is fast,.', ['punctuation piled up']],
    ['Very simple setup.', 'simple setup.', ['lowercase sentence start']],
    ['Done. Very simple setup.', 'Done. simple setup.', ['lowercase sentence start']],
    ['It is a very easy setup.', 'It is an easy setup.', []],
    ['Very simple setup.', 'Simple setup.', []],
    ['| Pro | very easy setup |', '| Pro | easy setup |', []],
    // Faults the writer made stay theirs.
    ['a very easy setup , in a easy way', 'an easy setup , in a easy way', []],
  ]
  let failures = 0
  for (const [before, after, expected] of cases) {
    const kinds = lineProblems(before, after).map((problem) => problem.kind)
    if (JSON.stringify(kinds) !== JSON.stringify(expected)) {
      failures++
      console.log(`self-test: ${JSON.stringify(before)} → ${JSON.stringify(after)}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(kinds)}`)
    }
  }
  console.log(failures === 0 ? `self-test: ${cases.length} cases pass` : `self-test: ${failures} of ${cases.length} cases fail`)
  return failures === 0 ? 0 : 1
}

function runCli(args: string[], cwd: string): string {
  const run = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8', maxBuffer: 1 << 30})
  if (run.error) throw run.error
  if (run.status !== 0 && run.status !== 1) throw new Error(`pitchlint ${args.join(' ')} exited ${run.status}: ${run.stderr}`)
  return run.stdout
}

/** Fixable findings in an ESLint-style JSON report. */
function fixableCount(json: string): number {
  const reports = JSON.parse(json) as Array<{fixableErrorCount: number; fixableWarningCount: number}>
  return reports.reduce((sum, report) => sum + report.fixableErrorCount + report.fixableWarningCount, 0)
}

function markdownFiles(folder: string): string[] {
  const found: string[] = []
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) found.push(...markdownFiles(path))
    else if (/\.mdx?$/i.test(name)) found.push(path)
  }
  return found
}

/**
 * Lines that differ, paired with their new version, with the line index of the new text.
 * Fixes edit inside lines, so the line count stays; when it does not, the unchanged
 * head and tail are matched and the middle is compared line by line as far as it goes.
 */
function changedLinePairs(oldText: string, newText: string): Array<[number, string, string]> {
  const oldLines = oldText.split('\n')
  const newLines = newText.split('\n')
  let head = 0
  while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) head++
  let tail = 0
  while (tail < oldLines.length - head && tail < newLines.length - head && oldLines[oldLines.length - 1 - tail] === newLines[newLines.length - 1 - tail]) tail++
  const pairs: Array<[number, string, string]> = []
  const middle = Math.max(oldLines.length, newLines.length) - head - tail
  for (let offset = 0; offset < middle; offset++) {
    const oldLine = oldLines[head + offset] ?? ''
    const newLine = newLines[head + offset] ?? ''
    if (oldLine !== newLine) pairs.push([head + offset, oldLine, newLine])
  }
  return pairs
}

/** How many separate places differ between two lines, word by word. */
function editCount(oldLine: string, newLine: string): number {
  const oldWords = oldLine.split(/\s+/)
  const newWords = newLine.split(/\s+/)
  // Longest common subsequence; each maximal stretch outside it is one edit.
  const lengths = Array.from({length: oldWords.length + 1}, () => new Uint32Array(newWords.length + 1))
  for (let i = oldWords.length - 1; i >= 0; i--) {
    for (let j = newWords.length - 1; j >= 0; j--) {
      lengths[i][j] = oldWords[i] === newWords[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1])
    }
  }
  let i = 0
  let j = 0
  let count = 0
  let inEdit = false
  while (i < oldWords.length || j < newWords.length) {
    if (i < oldWords.length && j < newWords.length && oldWords[i] === newWords[j]) {
      i++
      j++
      inEdit = false
      continue
    }
    if (!inEdit) count++
    inEdit = true
    if (j >= newWords.length || (i < oldWords.length && lengths[i + 1][j] >= lengths[i][j + 1])) i++
    else j++
  }
  return count
}

/** "a"/"an" + next-token pairs in the new line that the old line did not have as often. */
function newArticlePairs(oldLine: string, newLine: string): Array<{article: string; word: string; index: number}> {
  const oldPairs = new Map<string, number>()
  for (const match of oldLine.matchAll(ARTICLE_PAIR)) oldPairs.set(`${match[1]} ${match[2]}`, (oldPairs.get(`${match[1]} ${match[2]}`) ?? 0) + 1)
  const added: Array<{article: string; word: string; index: number}> = []
  for (const match of newLine.matchAll(ARTICLE_PAIR)) {
    const key = `${match[1]} ${match[2]}`
    const left = oldPairs.get(key) ?? 0
    if (left > 0) oldPairs.set(key, left - 1)
    else added.push({article: match[1], word: match[2], index: match.index})
  }
  return added
}

/**
 * Places where a sentence starts with a lowercase letter: the start of a line (after
 * list, heading, quote and task markers), of a table cell, and after . ! or ?.
 */
function lowercaseSentenceStarts(line: string): number {
  const body = line.replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+|#{1,6}\s+)?(?:\[[ xX]\]\s+)?/, '')
  return matchCount(body, /(?:^|[.!?]\s+|\|\s*)["'“‘(*_]*\p{Ll}/gu)
}

function matchCount(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length
}

function firstDifference(oldLine: string, newLine: string): number {
  let index = 0
  while (index < oldLine.length && index < newLine.length && oldLine[index] === newLine[index]) index++
  return index
}

/** About forty characters either side of `at`, on one line. */
function excerpt(line: string, at: number): string {
  return line.slice(Math.max(0, at - 40), at + 40).trim()
}

process.exitCode = process.argv[2] === '--self-test' ? selfTest() : main()
