// Inline control comments, markdownlint-style, with an optional `-- reason`:
//   <!-- pitchlint-disable-next-line vague-claim -- quoting the analyst verbatim -->
//   <!-- pitchlint-disable-line -->            (on the same line as the text)
//   <!-- pitchlint-disable rule-a, rule-b --> … <!-- pitchlint-enable -->
//   <!-- pitchlint-disable-file -->
// In MDX the same directives go in `{/* … */}`. No rule list means every rule.

import type {LineIndex} from './lines'
import type {DirectiveKind, Finding, SuppressedFinding} from './types'
import {quotable} from './rules/quote'

export interface Directive {
  kind: DirectiveKind
  /** Empty: every rule. */
  rules: string[]
  reason?: string
  range: [number, number]
  /** How many findings it silenced (for --report-unused-disables). */
  used: number
}

export interface DirectiveProblem {
  /** The advice, short enough for one Problems-panel row. */
  message: string
  /** What is valid instead (the hover and `note` show it). */
  note: string
  range: [number, number]
}

const KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable-file', 'disable', 'enable']

export function parseDirectives(
  comments: ReadonlyArray<{value: string; range: [number, number]}>,
  knownRuleIds: ReadonlySet<string>,
): {directives: Directive[]; problems: DirectiveProblem[]} {
  const directives: Directive[] = []
  const problems: DirectiveProblem[] = []
  for (const comment of comments) {
    const body = comment.value.replace(/^<!--|-->$|^\/\*|\*\/$/g, '').trim()
    const head = /^pitchlint-([a-z-]+)/.exec(body)
    if (!head) continue
    const kind = KINDS.find((known) => known === head[1])
    if (!kind) {
      problems.push({
        message: `Use a known directive: “pitchlint-${quotable(head[1], 40)}” is not one`,
        note: `Directives are ${KINDS.map((k) => `“pitchlint-${k}”`).join(', ')}.`,
        range: comment.range,
      })
      continue
    }
    const rest = body.slice(head[0].length)
    const split = /(?:^|\s)--(?:\s|$)/.exec(rest)
    const ruleText = split ? rest.slice(0, split.index) : rest
    const reason = split ? rest.slice(split.index + split[0].length).trim() : undefined
    const rules = ruleText.split(/[\s,]+/).filter(Boolean)
    const unknown = rules.filter((id) => !knownRuleIds.has(id))
    for (const id of unknown) {
      problems.push({
        message: `Use a known rule id in “pitchlint-${kind}”: “${quotable(id, 30)}” is not one`,
        note: `Rule ids are ${[...knownRuleIds].sort().map((k) => `“${k}”`).join(', ')}.`,
        range: comment.range,
      })
    }
    const known = rules.filter((id) => knownRuleIds.has(id))
    // A comment that names only unknown rules silences nothing (not everything).
    if (rules.length > 0 && known.length === 0) continue
    directives.push({kind, rules: known, reason: reason || undefined, range: comment.range, used: 0})
  }
  return {directives, problems}
}

/** Splits findings into kept and suppressed, and counts each directive's use. */
export function applyDirectives(
  findings: readonly Finding[],
  directives: readonly Directive[],
  lines: LineIndex,
): {kept: Finding[]; suppressed: SuppressedFinding[]} {
  // Most documents have no disable comments: nothing to replay, and no line index to build.
  if (directives.length === 0) return {kept: [...findings], suppressed: []}
  const kept: Finding[] = []
  const suppressed: SuppressedFinding[] = []
  const suppressors = suppressorsOf(findings, directives, lines)
  findings.forEach((finding, index) => {
    const by = suppressors[index]
    if (!by) {
      kept.push(finding)
      return
    }
    by.used++
    suppressed.push({...finding, suppressedBy: {kind: by.kind, reason: by.reason, range: by.range}})
  })
  return {kept, suppressed}
}

/** Rule ids a directive names, or ALL_RULES for one that names none. */
const ALL_RULES = ''

/**
 * The directive that silences each finding, if any: the first directive (in `directives`
 * order) that covers it for the file, its line or the line after the comment; else the
 * disable/enable comments before it, replayed in order. Directives are indexed by line
 * and rule, and the disable/enable comments are replayed once, in one sweep over the
 * findings by position: a document with thousands of comments and findings would
 * otherwise cost their product.
 */
function suppressorsOf(findings: readonly Finding[], directives: readonly Directive[], lines: LineIndex): Array<Directive | undefined> {
  // The first directive, by index, per rule: for the whole file, and per line.
  const fileWide = new Map<string, number>()
  const byLine = new Map<number, Map<string, number>>()
  const note = (table: Map<string, number>, directive: Directive, index: number) => {
    for (const id of directive.rules.length === 0 ? [ALL_RULES] : directive.rules) if (!table.has(id)) table.set(id, index)
  }
  const onLine = (line: number) => {
    let table = byLine.get(line)
    if (!table) byLine.set(line, (table = new Map()))
    return table
  }
  directives.forEach((directive, index) => {
    if (directive.kind === 'disable-file') note(fileWide, directive, index)
    else if (directive.kind === 'disable-line') {
      for (let line = lines.lineOf(directive.range[0]), last = lines.lineOf(directive.range[1]); line <= last; line++) note(onLine(line), directive, index)
    } else if (directive.kind === 'disable-next-line') note(onLine(lines.lineOf(directive.range[1]) + 1), directive, index)
  })
  const first = (table: Map<string, number> | undefined, ruleId: string) => Math.min(table?.get(ruleId) ?? Infinity, table?.get(ALL_RULES) ?? Infinity)
  const suppressors: Array<Directive | undefined> = findings.map((finding) => {
    const fileIndex = first(fileWide, finding.ruleId)
    // A file-wide directive needs no line: most findings of a document without line directives skip the lookup.
    const index = byLine.size === 0 ? fileIndex : Math.min(fileIndex, first(byLine.get(lines.lineOf(finding.range[0])), finding.ruleId))
    return index === Infinity ? undefined : directives[index]
  })

  // disable/enable: the comments that end before a finding, replayed in order. Comments
  // do not overlap, so those are a prefix of them by position, growing with the finding's.
  const ranged = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.range[0] - b.range[0])
  if (ranged.length === 0) return suppressors
  const byPosition = findings.map((_, index) => index).sort((a, b) => findings[a].range[0] - findings[b].range[0])
  let replayed = 0
  let disabledAll: Directive | undefined
  const enabledDespiteAll = new Set<string>()
  const disabled = new Map<string, Directive>()
  for (const index of byPosition) {
    const finding = findings[index]
    for (; replayed < ranged.length && ranged[replayed].range[1] <= finding.range[0]; replayed++) {
      const directive = ranged[replayed]
      if (directive.kind === 'disable') {
        if (directive.rules.length === 0) {
          disabledAll = directive
          enabledDespiteAll.clear()
        } else for (const id of directive.rules) disabled.set(id, directive)
      } else if (directive.rules.length === 0) {
        disabledAll = undefined
        disabled.clear()
      } else {
        for (const id of directive.rules) {
          disabled.delete(id)
          if (disabledAll) enabledDespiteAll.add(id)
        }
      }
    }
    if (suppressors[index]) continue
    if (disabled.has(finding.ruleId)) suppressors[index] = disabled.get(finding.ruleId)
    else if (disabledAll && !enabledDespiteAll.has(finding.ruleId)) suppressors[index] = disabledAll
  }
  return suppressors
}

export interface UnusedDirective {
  directive: Directive
  /** The listed rules that silenced nothing; empty when the directive names no rules (all rules) and silenced nothing. */
  rules: string[]
}

/**
 * Disable comments that silence nothing, for `--report-unused-disables`: a comment with
 * no rule list that silenced no finding, and each listed rule that silenced none.
 * `enable` comments silence nothing by design and are never reported. Pure: reads the
 * findings that `applyDirectives` suppressed.
 */
export function unusedDirectives(directives: readonly Directive[], suppressed: readonly SuppressedFinding[]): UnusedDirective[] {
  const usedRules = new Map<string, Set<string>>()
  for (const finding of suppressed) {
    const key = finding.suppressedBy.range.join(':')
    const rules = usedRules.get(key) ?? new Set<string>()
    rules.add(finding.ruleId)
    usedRules.set(key, rules)
  }
  const unused: UnusedDirective[] = []
  for (const directive of directives) {
    if (directive.kind === 'enable') continue
    const used = usedRules.get(directive.range.join(':'))
    if (directive.rules.length === 0) {
      if (!used) unused.push({directive, rules: []})
      continue
    }
    const idle = directive.rules.filter((id) => !used?.has(id))
    if (idle.length > 0) unused.push({directive, rules: idle})
  }
  return unused
}
