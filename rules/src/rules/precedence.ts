// One phrase, one finding. Several rules can name the same words: "industry-leading"
// is a lexicon superlative (vague-claim) and an unproven rank (unproven-claim). Two rows
// for one phrase read as noise, and their advice overlaps, so where two findings of a
// sentence cover the same phrase, the most specific rule wins: the one whose words and
// advice were written for exactly those words. Findings on different stretches of the
// sentence are different problems and all stay: a vague word inside a feature statement
// is one finding, the statement's missing outcome another, each with its own fix.

import {countBefore} from '../sorted'

/**
 * Most specific first, with why:
 * - unfilled-placeholder: a gap the writer must fill; nothing else about a draft is worth
 *   saying until it is filled.
 * - vague-claim: a lexicon entry written for these words, with its own why and rewrites.
 * - unproven-claim: a claim pattern (rank, figure, comparison) and a generic ask for proof.
 * - intensifier: one empty word, deleted by `--fix`.
 * - feature-without-outcome: a whole clause; it comes back once the words inside it are fixed.
 * Rules not listed (section-level, directive comments) never lose.
 */
export const RULE_PRECEDENCE: readonly string[] = Object.freeze(['unfilled-placeholder', 'vague-claim', 'unproven-claim', 'intensifier', 'feature-without-outcome'])

const rank = new Map(RULE_PRECEDENCE.map((id, index) => [id, index]))

interface Ranged {
  ruleId: string
  range: readonly [number, number]
}

/**
 * Removes, from `findings[from…]` (the findings of one sentence), each finding that
 * covers the same phrase as a finding of a more specific rule (`samePhrase`). Findings
 * of the same rule never displace each other (each is its own words). In place: this
 * runs for every sentence.
 */
export function keepMostSpecific(findings: Ranged[], from: number): void {
  if (findings.length - from < 2) return
  const sentence = findings.slice(from)
  // A sentence without full stops can hold thousands of findings: each is checked
  // against each more specific rule's ranges near it, found by binary search.
  const byRank = RULE_PRECEDENCE.map((_, index) => rangesOf(sentence.filter((other) => rank.get(other.ruleId) === index)))
  const kept = sentence.filter((finding) => {
    const own = rank.get(finding.ruleId)
    if (own === undefined) return true
    for (let theirs = 0; theirs < own; theirs++) if (coversSamePhrase(byRank[theirs], finding.range)) return false
    return true
  })
  if (kept.length === sentence.length) return
  findings.length = from
  for (const finding of kept) findings.push(finding)
}

/**
 * Section-level findings that restate a sentence-level rule's advice in the terms of the
 * document's part, with why: the sentence-level finding on the same phrase gives way.
 * - missing-element's point without an outcome: "Say what the buyer gets from this “why
 *   we win” point" is feature-without-outcome's advice for a point that the profile says
 *   must carry an outcome, and its reason names the part.
 */
export const SECTION_PRECEDENCE: ReadonlyArray<{ruleId: string; messageId: string; over: string}> = Object.freeze([
  {ruleId: 'missing-element', messageId: 'pointWithoutOutcome', over: 'feature-without-outcome'},
])

/**
 * Removes, from `findings[0…sectionFrom]` (the sentences' findings), each finding that a
 * section-level finding after `sectionFrom` restates on the same phrase (SECTION_PRECEDENCE).
 * In place; a document without such section findings costs one pass over them.
 */
export function dropRestated(findings: Array<Ranged & {messageId?: string}>, sectionFrom: number): void {
  for (const {ruleId, messageId, over} of SECTION_PRECEDENCE) {
    const restating = findings.slice(sectionFrom).filter((finding) => finding.ruleId === ruleId && finding.messageId === messageId)
    if (restating.length === 0) continue
    const sorted = rangesOf(restating)
    let kept = 0
    for (let index = 0; index < findings.length; index++) {
      const finding = findings[index]!
      if (index < sectionFrom && finding.ruleId === over && coversSamePhrase(sorted, finding.range)) {
        continue
      }
      findings[kept++] = finding
    }
    sectionFrom -= findings.length - kept
    findings.length = kept
  }
}

/**
 * Two ranges name the same phrase when what they share is at least half of the longer:
 * "industry-leading" twice, or "industry-leading" and "industry-leading support", but
 * not a word and the clause around it.
 */
export function samePhrase(a: readonly [number, number], b: readonly [number, number]): boolean {
  const shared = Math.min(a[1], b[1]) - Math.max(a[0], b[0])
  return shared > 0 && 2 * shared >= Math.max(a[1] - a[0], b[1] - b[0])
}

/** Ranges sorted by start, and their starts (searched with `countBefore`). */
interface SortedRanges {
  ranges: Array<readonly [number, number]>
  starts: number[]
}

function rangesOf(findings: readonly Ranged[]): SortedRanges {
  const ranges = findings.map((finding) => finding.range).sort((a, b) => a[0] - b[0])
  return {ranges, starts: ranges.map(([start]) => start)}
}

/**
 * Does one of `sorted` name the same phrase as `range`? Such a range is at most twice as
 * long as `range` and overlaps it, so it starts within two lengths before `range`'s
 * start and before its end: only those are looked at.
 */
function coversSamePhrase({ranges, starts}: SortedRanges, range: readonly [number, number]): boolean {
  for (let index = countBefore(starts, range[0] - 2 * (range[1] - range[0])); index < ranges.length && starts[index] < range[1]; index++) {
    if (samePhrase(ranges[index], range)) return true
  }
  return false
}
