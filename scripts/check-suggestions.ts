// Proves that a suggestion leaves a sentence behind, not a broken one: for every finding
// of every document, applies each of its suggestions alone, re-lints, and checks the
// sentence it edited:
//   - it still parses as one sentence (a rewrite that fits its slot neither splits nor
//     swallows a sentence), and
//   - it has no finding it did not have before (a rewrite must not bring a new problem),
//     placeholders aside: the unfilled-placeholder error is the point of a ‹…›.
// A finding that precedence hid before (rules/src/rules/precedence.ts: a feature statement
// around the vague word just fixed) and shows now is counted as "revealed", not new; the
// same rule reported again after a suggestion that inserts a draft ("Add a pain line":
// a sentence with placeholders counts for no pain) is counted as "unresolved", not new.
//
//   npx tsx scripts/check-suggestions.ts [--docs 50] [file or folder…]
//
// Without paths it takes the first 50 documents (sorted by path) of ../shared/corpus/real.
// The corpus is third-party text: nothing is written, and problems quote a few words only.

import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join, relative, resolve} from 'node:path'
import {applyFix, lint, type Finding, type LintResult, type Suggestion} from '../rules/src/index'
import {placeholdersIn} from '../rules/src/fix/placeholder'
import {RULE_PRECEDENCE} from '../rules/src/rules/precedence'

export interface SuggestionProblem {
  ruleId: string
  title: string
  kind: 'new finding' | 'not one sentence'
  detail: string
}

export interface SuggestionTally {
  findings: number
  suggestions: number
  revealed: number
  /** vague-claim findings, and those offered at least one rewrite that fits the slot (not just "Remove"). */
  lexiconFindings: number
  withRewrite: number
  /** The addressed finding reported again because the suggestion left a draft (‹placeholders›) in its place. */
  unresolved: number
  problems: SuggestionProblem[]
}

const PLACEHOLDER_RULE = 'unfilled-placeholder'

/** Applies every suggestion of every finding of `text` (one at a time) and checks the edited sentence. */
export function checkSuggestions(text: string, filePath?: string): SuggestionTally {
  const before = lint(text, {filePath})
  const tally: SuggestionTally = {findings: 0, suggestions: 0, revealed: 0, unresolved: 0, lexiconFindings: 0, withRewrite: 0, problems: []}
  for (const finding of before.findings) {
    if (finding.ruleId === 'vague-claim') {
      tally.lexiconFindings++
      if (finding.suggestions?.some((s) => s.title.startsWith('Replace'))) tally.withRewrite++
    }
    if (!finding.suggestions?.length) continue
    tally.findings++
    for (const suggestion of finding.suggestions) {
      tally.suggestions++
      const problem = checkOne(text, filePath, before, finding, suggestion, tally)
      if (problem) tally.problems.push(problem)
    }
  }
  return tally
}

function checkOne(text: string, filePath: string | undefined, before: LintResult, finding: Finding, suggestion: Suggestion, tally: SuggestionTally): SuggestionProblem | undefined {
  const {fix} = suggestion
  const output = applyFix(text, fix)
  const delta = fix.text.length - (fix.range[1] - fix.range[0])
  // The sentence the edit is in (an insertion between blocks, "Add a pain line", is its own).
  const newBlock = /^\n|\n$/.test(fix.text)
  const old = newBlock ? undefined : before.sentences.find((s) => s.range[0] <= fix.range[0] && fix.range[1] <= s.range[1])
  const inserted = fix.range[0] + (/^\s*/.exec(fix.text)?.[0].length ?? 0)
  const [from, to] = old ? [old.range[0], old.range[1] + delta] : [inserted, inserted + fix.text.trim().length]
  const after = lint(output, {filePath})
  const report = (kind: SuggestionProblem['kind'], detail: string): SuggestionProblem => ({ruleId: finding.ruleId, title: suggestion.title, kind, detail})
  const sentences = after.sentences.filter((s) => s.range[0] < to && from < s.range[1] && /[\p{L}\p{N}]/u.test(s.view.text))
  // A skeleton section (missing-element's "Add a “Landmines” section") is a heading and its
  // draft lines: many sentences by design, none of which may bring a finding other than its placeholders'.
  if (newBlock && /^\s*#{1,6} /.test(fix.text)) {
    const added = after.findings.filter((f) => from <= f.range[0] && f.range[1] <= to && f.ruleId !== PLACEHOLDER_RULE)
    const fresh = added.find((f) => !(f.ruleId === finding.ruleId && placeholdersIn(fix.text).length > 0))
    return fresh && report('new finding', `${fresh.ruleId} on “${excerpt(output.slice(...fresh.range))}” in the inserted section`)
  }
  if (sentences.length !== 1) return report('not one sentence', `${sentences.length} sentences in “${excerpt(output.slice(from, to))}”`)

  const inside = (f: Finding, [start, end]: readonly [number, number]) => start <= f.range[0] && f.range[1] <= end
  const oldFindings = old ? before.findings.filter((f) => inside(f, old.range)) : []
  const newRange = sentences[0]!.range
  const counts = new Map<string, number>()
  for (const f of oldFindings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1)
  for (const f of after.findings.filter((f) => inside(f, newRange))) {
    if (f.ruleId === PLACEHOLDER_RULE) continue
    const left = counts.get(f.ruleId) ?? 0
    if (left > 0) {
      counts.set(f.ruleId, left - 1)
      continue
    }
    // "Add a pain line" inserts a draft: missing-pain stands until the line is filled in.
    if (f.ruleId === finding.ruleId && placeholdersIn(fix.text).length > 0) {
      tally.unresolved++
      continue
    }
    if (hiddenBefore(f, finding)) {
      tally.revealed++
      continue
    }
    return report('new finding', `${f.ruleId} on “${excerpt(output.slice(...f.range))}” in “${excerpt(output.slice(...newRange))}”`)
  }
  return undefined
}

/** Could `shown` have been hidden by precedence behind the finding the suggestion addressed? */
function hiddenBefore(shown: Finding, addressed: Finding): boolean {
  const rank = (id: string) => RULE_PRECEDENCE.indexOf(id)
  return rank(shown.ruleId) > rank(addressed.ruleId) && rank(addressed.ruleId) >= 0
}

/** A few words, so a report never reproduces a document. */
function excerpt(text: string): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ')
  return words.length <= 12 ? words.join(' ') : `${words.slice(0, 12).join(' ')}…`
}

function markdownFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => markdownFiles(join(path, name)))
    .filter((file) => /\.mdx?$/.test(file))
}

function main(): number {
  const args = process.argv.slice(2)
  const docsAt = args.indexOf('--docs')
  const limit = docsAt === -1 ? 50 : Number(args[docsAt + 1])
  const paths = args.filter((_, index) => docsAt === -1 || (index !== docsAt && index !== docsAt + 1))
  const roots = paths.length > 0 ? paths.map((p) => resolve(p)) : [resolve(import.meta.dirname, '../../shared/corpus/real')]
  const files = roots.flatMap(markdownFiles).slice(0, limit)
  const total: SuggestionTally = {findings: 0, suggestions: 0, revealed: 0, unresolved: 0, lexiconFindings: 0, withRewrite: 0, problems: []}
  const byKind = new Map<string, number>()
  const started = performance.now()
  for (const file of files) {
    const tally = checkSuggestions(readFileSync(file, 'utf8'), file)
    total.findings += tally.findings
    total.suggestions += tally.suggestions
    total.revealed += tally.revealed
    total.unresolved += tally.unresolved
    total.lexiconFindings += tally.lexiconFindings
    total.withRewrite += tally.withRewrite
    for (const problem of tally.problems) {
      total.problems.push(problem)
      const key = `${problem.ruleId}: ${problem.kind}`
      byKind.set(key, (byKind.get(key) ?? 0) + 1)
      console.log(`  ${relative(process.cwd(), file)}: ${problem.ruleId} “${problem.title}”: ${problem.kind}: ${problem.detail}`)
    }
  }
  console.log(`${files.length} documents, ${total.findings} findings with suggestions, ${total.suggestions} suggestions applied (${((performance.now() - started) / 1000).toFixed(1)} s)`)
  console.log(`vague-claim findings offered a rewrite that fits: ${total.withRewrite} of ${total.lexiconFindings}`)
  console.log(`revealed (a finding precedence had hidden): ${total.revealed}; unresolved until the draft is filled: ${total.unresolved}`)
  for (const [key, count] of [...byKind].sort()) console.log(`  ${key}: ${count}`)
  console.log(total.problems.length === 0 ? 'every suggestion left one sentence with no new finding' : `${total.problems.length} suggestion(s) broke their sentence or added a finding`)
  return total.problems.length === 0 ? 0 : 1
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main()
