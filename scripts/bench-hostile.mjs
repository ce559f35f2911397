#!/usr/bin/env node
// `npm run bench -- --hostile`: input built to make a linter super-linear (one sentence
// of 100,000 lexicon terms, lists nested 20,000 deep, a table of 5,000 rows, 5 MiB of
// prose), each written to a temporary folder and linted by the built CLI as a separate
// process. Prints a Markdown table and exits 1 when a case exceeds its limit.
//
//   node scripts/bench-hostile.mjs [--only word,word] [--stop-after SECONDS] [--corpus DIR] [--keep]
//
// The limits are wall times on a quiet machine. On a shared one the wall time measures
// the neighbours too, so CPU time (user + system, the kernel's accounting of the child)
// is printed beside it, and the verdict takes the smaller of the two: CPU time stands in
// for a busy machine's wall time, and wall time for a quiet machine's CPU time when
// garbage collection runs on helper threads. A case is stopped at ten times its limit
// (or --stop-after seconds); --only runs the cases whose names contain one of the words.

import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {listMarkdown, peakKbOf} from './bench/measure.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : args[at + 1]
}
const cli = join(root, 'dist/cli.js')
const KB = 1024
const MB = 1024 * 1024

/** Repeats `unit` (a function of the index, or a string) until the text is `size` characters long. */
function fill(size, unit) {
  const parts = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const part = typeof unit === 'string' ? unit : unit(index)
    parts.push(part)
    length += part.length
  }
  return parts.join('').slice(0, size)
}

function lexiconForms() {
  const {entries} = JSON.parse(readFileSync(join(root, 'rules/src/generated/lexicon.json'), 'utf8'))
  return entries.flatMap((entry) => entry.forms)
}

// Prose with a claim now and then, as pitches are: every 34 words, "seamless" and "robust".
const WORDS = 'the team reviews every invoice before the quarter closes and our seamless platform keeps finance in step with the numbers that sales reports to the board each month while robust support answers customers'.split(' ')
const prose = (index) => WORDS[index % WORDS.length] + ((index * 7) % 13 === 0 ? ' we ' : ' ')
const proseWithStops = (index) => WORDS[index % WORDS.length] + (index % 17 === 16 ? '. ' : ' ')
/** Lines of at most ~80 columns: a paragraph as an editor wraps it. */
const wrapped = (text) => text.replace(/(.{1,78})(?: |$)/g, '$1\n')

function oneSentence(size, unit) {
  return `Our ${fill(size - 20, unit)} platform.\n`
}

/** Every hostile input: its name, how to make it, and its limits (CPU seconds, MB of peak RSS). */
function cases() {
  const forms = lexiconForms()
  const mix = (index) => `${forms[(index * 31) % forms.length]}, `
  const nestedLines = (size, line) => fill(size, line)
  return [
    {name: 'one sentence of "seamless, " (100 KB)', make: () => oneSentence(100 * KB, 'seamless, '), seconds: 2},
    {name: 'one sentence of "seamless, " (1 MB)', make: () => oneSentence(MB, 'seamless, '), seconds: 20},
    {name: 'one sentence of mixed lexicon terms (100 KB)', make: () => oneSentence(100 * KB, mix), seconds: 2},
    {name: 'one sentence of mixed lexicon terms (1 MB)', make: () => oneSentence(MB, mix), seconds: 20},
    {name: 'list nested 20,000 deep on one line', make: () => `${'- '.repeat(20000)}seamless sync for you\n`, seconds: 2},
    {name: 'list indented one step deeper per line (100 KB)', make: () => nestedLines(100 * KB, (depth) => `${'  '.repeat(depth)}- level ${depth} seamless sync for you\n`), seconds: 2},
    {name: 'block quotes nested 20,000 deep on one line', make: () => `${'> '.repeat(20000)}seamless sync for you\n`, seconds: 2},
    {name: 'block quotes one level deeper per line (100 KB)', make: () => nestedLines(100 * KB, (depth) => `${'> '.repeat(depth + 1)}level ${depth} seamless sync for you\n`), seconds: 2},
    {name: 'list items in block quotes, 10,000 of each', make: () => `${'> - '.repeat(10000)}seamless sync for you\n`, seconds: 2},
    {name: 'emphasis nested 20,000 deep', make: () => `Our ${'*_'.repeat(10000)}seamless${'_*'.repeat(10000)} sync.\n`, seconds: 2},
    {name: 'link text nested 20,000 brackets deep', make: () => `Our ${'['.repeat(20000)}seamless${']'.repeat(20000)}(https://example.com) sync.\n`, seconds: 2},
    {name: 'links nested 10,000 deep', make: () => `Our ${'[a '.repeat(10000)}seamless${'](u)'.repeat(10000)} sync.\n`, seconds: 2},
    {name: 'paragraph of prose, no full stops (1 MB)', make: () => wrapped(fill(MB, prose)), seconds: 20},
    {name: 'paragraph of prose, no full stops, one line (1 MB)', make: () => `${fill(MB, prose)}\n`, seconds: 20},
    {name: 'paragraph of prose with full stops (1 MB)', make: () => wrapped(fill(MB, proseWithStops)), seconds: 20},
    {
      name: 'table of 5,000 rows',
      make: () => `| Us | Them |\n| --- | --- |\n${Array.from({length: 5000}, (_, row) => `| Our seamless sync ${row} for you | Their robust platform ${row} |\n`).join('')}`,
      // 310 KB: the 2 s per 100 KB of the other cases.
      seconds: 6,
    },
    {
      name: 'one list item of 5,000 paragraphs',
      make: () => `- Our platform syncs ledgers.\n\n${Array.from({length: 5000}, (_, i) => `  Our seamless sync exports invoice ${i} to your ledger every night.\n`).join('\n')}`,
      // 340 KB: the 2 s per 100 KB of the other cases.
      seconds: 7,
    },
    {
      name: 'a disable comment before each of 14,000 paragraphs (1 MB)',
      make: () => Array.from({length: 7000}, (_, i) => `${i % 2 ? '<!-- pitchlint-disable vague-claim -->' : '<!-- pitchlint-enable vague-claim -->'}\nOur seamless sync ${i} for you.\n\n<!-- pitchlint-disable-next-line -->\nOur robust platform ${i} for you.\n`).join('\n'),
      seconds: 20,
    },
    {name: 'the real corpus, concatenated to 5 MiB', make: () => corpusText(5 * MB), seconds: 10, megabytes: 300},
  ]
}

/** The corpus's Markdown files one after another, repeated until `size` characters. */
function corpusText(size) {
  const corpus = resolve(root, option('corpus', '../shared/corpus/real'))
  if (!existsSync(corpus)) throw new Error(`the corpus is not at ${corpus}`)
  const texts = listMarkdown(corpus).map((file) => readFileSync(file, 'utf8'))
  return fill(size, (index) => `${texts[index % texts.length]}\n\n`)
}

/**
 * Runs the CLI on one file under GNU time's accounting when it is installed (CPU time and
 * peak RSS of the child itself), else sampling VmHWM from /proc and timing the wall.
 */
function lintOnce(file, timeoutSeconds) {
  const gnuTime = existsSync('/usr/bin/time')
  const command = gnuTime ? ['/usr/bin/time', '-f', 'PITCHLINT-TIME %e %U %S %M', process.execPath, cli, '--format', 'compact', file] : [process.execPath, cli, '--format', 'compact', file]
  return new Promise((resolvePromise) => {
    const started = process.hrtime.bigint()
    // Its own process group, so a stopped case takes GNU time's child with it.
    const child = spawn(command[0], command.slice(1), {stdio: ['ignore', 'ignore', 'pipe'], detached: true})
    const stderr = []
    let peakKb = 0
    const sample = () => {
      peakKb = Math.max(peakKb, peakKbOf(child.pid))
    }
    const timer = gnuTime ? undefined : setInterval(sample, 25)
    let timedOut = false
    const killer = setTimeout(() => {
      timedOut = true
      process.kill(-child.pid, 'SIGKILL')
    }, timeoutSeconds * 1000)
    child.stderr.on('data', (chunk) => stderr.push(chunk))
    child.on('close', (code) => {
      clearInterval(timer)
      clearTimeout(killer)
      const wall = Number(process.hrtime.bigint() - started) / 1e9
      const text = Buffer.concat(stderr).toString()
      const timed = /PITCHLINT-TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(text)
      if (timedOut) resolvePromise({code: 'timeout', wall, cpu: NaN, peakKb, stderr: text.trim()})
      else if (timed) resolvePromise({code: /exit status (\d+)/.exec(text) ? Number(/exit status (\d+)/.exec(text)[1]) : code, wall: Number(timed[1]), cpu: Number(timed[2]) + Number(timed[3]), peakKb: Number(timed[4]), stderr: text.replace(/^.*PITCHLINT-TIME.*$/m, '').replace(/^Command exited with non-zero status \d+$/m, '').trim()})
      else resolvePromise({code, wall, cpu: NaN, peakKb, stderr: text.trim()})
    })
  })
}

const onlyAt = args.indexOf('--only')
const only = onlyAt === -1 ? undefined : args[onlyAt + 1].split(',')
const stopAt = args.indexOf('--stop-after')
const stopAfter = stopAt === -1 ? undefined : Number(args[stopAt + 1])
if (!existsSync(cli)) {
  console.error('bench: dist/cli.js is missing; run `npm run build` first')
  process.exit(2)
}

const scratch = mkdtempSync(join(tmpdir(), 'pitchlint-hostile-'))
const rows = []
let failed = false
for (const [index, hostile] of cases().entries()) {
  if (only && !only.some((word) => hostile.name.includes(word))) continue
  const file = join(scratch, `case-${index}.md`)
  const text = hostile.make()
  writeFileSync(file, text)
  const result = await lintOnce(file, stopAfter ?? hostile.seconds * 10)
  const megabytes = result.peakKb / 1024
  const seconds = Number.isNaN(result.cpu) ? result.wall : Math.min(result.cpu, result.wall)
  const crashed = result.code !== 0 && result.code !== 1
  const pass = !crashed && seconds <= hostile.seconds && megabytes <= (hostile.megabytes ?? Infinity)
  failed ||= !pass
  const size = text.length >= 1000 * KB ? `${(text.length / MB).toFixed(1)} MiB` : `${Math.round(text.length / KB)} KiB`
  const limit = `${hostile.seconds} s${hostile.megabytes ? `, ${hostile.megabytes} MB` : ''}`
  const verdict = pass ? 'pass' : result.code === 'timeout' ? `FAIL (stopped after ${result.wall.toFixed(0)} s)` : crashed ? `FAIL (exit ${result.code})` : 'FAIL'
  rows.push(`| ${hostile.name} | ${size} | ${result.wall.toFixed(2)} s | ${Number.isNaN(result.cpu) ? '?' : `${result.cpu.toFixed(2)} s`} | ${megabytes.toFixed(0)} MB | ${limit} | ${verdict} |`)
  console.error(`${hostile.name}: ${result.wall.toFixed(2)} s wall, ${result.cpu.toFixed(2)} s CPU, ${megabytes.toFixed(0)} MB, exit ${result.code}${crashed ? `\n${result.stderr.slice(-2000)}` : ''}`)
}
console.log(['| Case | Size | Wall time | CPU time | Peak RSS | Limit | Result |', '| --- | ---: | ---: | ---: | ---: | ---: | --- |', ...rows].join('\n'))
if (args.includes('--keep')) console.error(`bench: inputs kept in ${scratch}`)
else rmSync(scratch, {recursive: true, force: true})
process.exit(failed ? 1 : 0)
