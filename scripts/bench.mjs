#!/usr/bin/env node
// `npm run bench`: pitchlint against its peers on the same files, in one run, on one
// machine. Prints Markdown tables (wall time, peak RSS, findings, pitchlint's time as a
// ratio of each peer's); `--write` also records them in docs/benchmarks.md.
//
//   node scripts/bench.mjs [--runs 3] [--corpus DIR] [--skip-slow] [--skip-server] [--write]
//                          [--baseline REV | --no-baseline]
//
// `--baseline REV` also times pitchlint as built from an earlier commit, side by side:
// by default the last commit before the learned scorer (BEFORE_SCORER below), the
// reference for "the corpus run takes at most 10% longer than before". It is built from
// `git archive` with this checkout's node_modules; a clone without that commit skips it.
//
// Wall time is the median of --runs runs, taken in rounds (textlint, at minutes per run, runs once).
// Peak RSS is the process's VmHWM, sampled from /proc while it runs.

// `--hostile`: the hostile-input benchmark instead (scripts/bench-hostile.mjs), which exits when done.
if (process.argv.includes('--hostile')) await import('./bench-hostile.mjs')

import {spawn, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import {dirname, join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {listMarkdown, peakKbOf} from './bench/measure.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : args[at + 1]
}
const runs = Number(option('runs', '3'))
const corpus = resolve(root, option('corpus', '../shared/corpus/real'))
const skipSlow = args.includes('--skip-slow')
/** The last commit before the judgments came from the learned scorer (b01a399). */
const BEFORE_SCORER = '50f89fb'
const baselineRev = args.includes('--no-baseline') ? undefined : option('baseline', BEFORE_SCORER)
const write = args.includes('--write')

if (!existsSync(corpus)) {
  console.error(`bench: corpus not found at ${corpus}`)
  process.exit(2)
}
if (!existsSync(join(root, 'dist/cli.js'))) {
  console.error('bench: dist/cli.js is missing; run `npm run build` first')
  process.exit(2)
}

const files = listMarkdown(corpus)
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0)
const bin = (pkg, path) => join(root, 'node_modules', pkg, path)
const scratch = mkdtempSync(join(tmpdir(), 'pitchlint-bench-'))
const textlintrc = join(scratch, 'textlintrc.json')
writeFileSync(textlintrc, JSON.stringify({rules: {'write-good': true, 'stop-words': true}}))

const baseline = baselineRev ? buildBaseline(baselineRev) : undefined
const countPitchlint = (out) => JSON.parse(out.stdout).reduce((n, r) => n + r.messages.filter((m) => m.ruleId).length, 0)

/** Each tool: how to run it over `files` (a peer at its fastest invocation), and how to count its findings. */
const tools = [
  {
    name: 'pitchlint (cold)',
    checks: 'vague and unproven claims, features without outcomes, missing pain, document profiles, proof points (Markdown-aware)',
    command: ['node', join(root, 'dist/cli.js'), '--format', 'json', ...coldFlags(), ...files],
    count: countPitchlint,
  },
  ...(supportsCache()
    ? [
        {
          name: 'pitchlint (warm cache)',
          checks: 'the same, nothing changed since the last run',
          prepare: () => run(['node', join(root, 'dist/cli.js'), '--format', 'json', '--cache', '--cache-location', join(scratch, 'cache'), ...files]),
          command: ['node', join(root, 'dist/cli.js'), '--format', 'json', '--cache', '--cache-location', join(scratch, 'cache'), ...files],
          count: countPitchlint,
        },
      ]
    : []),
  ...(baseline
    ? [
        {
          name: `pitchlint at ${baseline.rev} (cold)`,
          checks: baseline.rev === BEFORE_SCORER ? 'the same rules, as built before the learned scorer (hand-tuned judgments)' : `the build of ${baseline.rev} (“${baseline.subject}”)`,
          command: ['node', baseline.cli, '--format', 'json', '--no-cache', ...files],
          count: countPitchlint,
          baseline: true,
        },
      ]
    : []),
  {
    // `--parse` prints one `file:line:column:reason` line per finding instead of excerpts
    // with carets: the peer at its fastest (findings are the same).
    name: 'write-good --parse',
    checks: 'passive voice, weasel words, adverbs, clichés (plain text: also code and URLs)',
    command: ['node', bin('write-good', 'bin/write-good.js'), '--parse', ...files],
    count: (out) => out.stdout.split('\n').filter((line) => /^.+:\d+:\d+:/.test(line)).length,
    peer: true,
  },
  {
    name: 'alex',
    checks: 'insensitive and inconsiderate wording (Markdown-aware)',
    command: ['node', bin('alex', 'cli.js'), ...files],
    count: (out) => Number(/(\d+) warnings?/.exec(out.stderr)?.[1] ?? 0),
    peer: true,
  },
  {
    name: 'remark-retext + retext-intensify',
    checks: 'weasel, hedge and filler words (Markdown-aware)',
    command: ['node', join(root, 'scripts/bench/remark-intensify.mjs'), ...files],
    count: (out) => Number(out.stdout.trim()),
    peer: true,
  },
  {
    name: 'textlint (write-good + stop-words)',
    checks: 'write-good checks and 1,700 filler words and clichés (Markdown-aware)',
    command: ['node', bin('textlint', 'bin/textlint.js'), '--config', textlintrc, '-f', 'json', ...files],
    count: (out) => JSON.parse(out.stdout).reduce((n, r) => n + r.messages.length, 0),
    peer: true,
    slow: true,
  },
]

// Rounds, not one tool after another: each round runs every tool once, so a slow spell
// on a shared machine weighs on all of them alike. textlint, at minutes a run, runs once.
const measured = tools.filter((tool) => !(tool.slow && skipSlow)).map((tool) => ({tool, times: [], peak: 0, findings: 0}))
for (let round = 0; round < runs; round++) {
  for (const entry of measured) {
    if (entry.tool.slow && round > 0) continue
    const {tool} = entry
    if (tool.prepare) await tool.prepare()
    const out = await run(tool.command)
    // Peers signal findings with their own exit codes (write-good exits with a count);
    // only a crash (a signal, or no parsable output) stops the benchmark.
    if (out.code === null || (!tool.peer && out.code !== 0 && out.code !== 1)) {
      console.error(`bench: ${tool.name} exited ${out.code}\n${out.stderr.slice(0, 2000)}`)
      process.exit(2)
    }
    entry.times.push(out.seconds)
    entry.peak = Math.max(entry.peak, out.peakKb)
    entry.findings = tool.count(out)
    console.error(`round ${round + 1}: ${tool.name} ${out.seconds.toFixed(2)} s`)
  }
}
const results = measured.map(({tool, times, peak, findings}) => ({...tool, seconds: median(times), runs: times.length, peakMb: peak / 1024, findings}))
for (const result of results) console.error(`${result.name}: ${result.seconds.toFixed(2)} s, ${result.peakMb.toFixed(0)} MB, ${result.findings} findings`)

const cold = results.find((r) => r.name === 'pitchlint (cold)')
const fastestPeer = results.filter((r) => r.peer).sort((a, b) => a.seconds - b.seconds)[0]
const table = [
  `Corpus: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB; ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| Tool | Checks | Wall time | Peak RSS | Findings | pitchlint cold ÷ tool |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...results.map((r) => `| ${r.name} | ${r.checks} | ${r.seconds.toFixed(2)} s${r.runs > 1 ? ` (median of ${r.runs})` : ''} | ${r.peakMb.toFixed(0)} MB | ${r.findings} | ${r.peer || r.baseline ? (cold.seconds / r.seconds).toFixed(2) + '×' : ''} |`),
  '',
  fastestPeer ? `pitchlint cold vs the fastest peer (${fastestPeer.name}): ${(cold.seconds / fastestPeer.seconds).toFixed(2)}× its wall time (target ≤ 0.6×).` : '',
  ...results.filter((r) => r.baseline).map((r) => `pitchlint cold vs ${r.name.replace(' (cold)', '')}: ${(cold.seconds / r.seconds).toFixed(2)}× its wall time (target ≤ 1.10× the build before the learned scorer).`),
].join('\n')
console.log(table)

// The language server's benchmark (TypeScript: it shares the protocol tests' client).
let serverTable = ''
if (!args.includes('--skip-server')) {
  const server = await run([join(root, 'node_modules/.bin/tsx'), join(root, 'scripts/bench-server.ts'), '--corpus', corpus])
  if (server.code !== 0) {
    console.error(`bench: the server benchmark failed (exit ${server.code})\n${server.stderr.slice(-3000)}`)
    process.exit(2)
  }
  serverTable = server.stdout.trim()
  // Typing from the moment a 100 KB battlecard opens: every keystroke to its diagnostics.
  const keystroke = await run(['node', join(root, 'scripts/bench-keystroke.mjs')])
  if (keystroke.code !== 0) {
    console.error(`bench: the keystroke benchmark failed (exit ${keystroke.code})\n${keystroke.stderr.slice(-3000)}`)
    process.exit(2)
  }
  serverTable += `\n\n${keystroke.stdout.trim()}`
  console.log(`\n${serverTable}`)
}

if (write) {
  const doc = join(root, 'docs/benchmarks.md')
  let text = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n\nRecorded by `npm run bench -- --write`.\n'
  const put = (name, title, body) => {
    const marker = `<!-- bench:${name} -->`
    const section = `${marker}\n${body}\n${marker}`
    text = text.includes(marker) ? text.replace(new RegExp(`${marker}[\\s\\S]*?${marker}`), section) : `${text}\n## ${title}\n\n${section}\n`
  }
  put('cli', 'CLI over the corpus', table)
  if (serverTable) put('server', 'Language server', serverTable)
  writeFileSync(doc, text)
  console.error(`bench: wrote ${doc}`)
}
rmSync(scratch, {recursive: true, force: true})

/**
 * pitchlint as built from commit `rev`, into the scratch folder, with this checkout's
 * node_modules; undefined (with a note) when the clone lacks the commit or it does not build.
 */
function buildBaseline(rev) {
  const git = (...gitArgs) => spawnSync('git', ['-C', root, ...gitArgs], {encoding: 'utf8', maxBuffer: 1 << 30})
  const commit = git('rev-parse', '--verify', '--quiet', `${rev}^{commit}`).stdout.trim()
  if (!commit) {
    console.error(`bench: commit ${rev} is not in this clone; no baseline`)
    return undefined
  }
  const dir = join(scratch, 'baseline')
  mkdirSync(dir)
  const archive = spawnSync('sh', ['-c', `git -C "${root}" archive ${commit} | tar -x -C "${dir}"`], {encoding: 'utf8'})
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
  const build = archive.status === 0 ? spawnSync('node', ['scripts/build.mjs'], {cwd: dir, encoding: 'utf8'}) : archive
  if (build.status !== 0) {
    console.error(`bench: ${rev} did not build; no baseline\n${(build.stderr ?? '').slice(-2000)}`)
    return undefined
  }
  return {rev, cli: join(dir, 'dist/cli.js'), subject: git('log', '-1', '--format=%s', commit).stdout.trim()}
}

function coldFlags() {
  return supportsCache() ? ['--no-cache'] : []
}

function supportsCache() {
  return readFileSync(join(root, 'dist/cli.js'), 'utf8').includes('--cache-location')
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** Runs a command, sampling its peak resident memory from /proc. */
function run([command, ...commandArgs]) {
  return new Promise((resolvePromise) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, commandArgs, {stdio: ['ignore', 'pipe', 'pipe'], cwd: root})
    const stdout = []
    const stderr = []
    let peakKb = 0
    const sample = () => {
      peakKb = Math.max(peakKb, peakKbOf(child.pid))
    }
    const timer = setInterval(sample, 25)
    child.stdout.on('data', (chunk) => stdout.push(chunk))
    child.stderr.on('data', (chunk) => stderr.push(chunk))
    child.on('exit', () => sample())
    child.on('close', (code) => {
      clearInterval(timer)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      resolvePromise({code, seconds, peakKb, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString()})
    })
  })
}
