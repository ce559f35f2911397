import type {Finding, Fix} from './types'

export interface FixResult {
  output: string
  /** Findings whose fix was applied. */
  applied: Finding[]
  /** Fixable findings left out because their fix overlapped one already taken. */
  skipped: Finding[]
}

/**
 * Applies the safe `fix` of each finding (never suggestions). Overlapping fixes are
 * skipped, not merged: the next lint pass re-reports them on the new text.
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  const withFix = findings.filter((finding): finding is Finding & {fix: Fix} => finding.fix !== undefined)
  withFix.sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1])
  const applied: Finding[] = []
  const skipped: Finding[] = []
  const parts: string[] = []
  let cursor = 0
  let lastFix: Fix | undefined
  for (const finding of withFix) {
    const {range, text: replacement} = finding.fix
    if (lastFix && range[0] === lastFix.range[0] && range[1] === lastFix.range[1] && replacement === lastFix.text) {
      applied.push(finding) // the same edit from two findings: apply once
      continue
    }
    if (range[0] < cursor || range[0] > range[1] || range[1] > text.length) {
      skipped.push(finding)
      continue
    }
    parts.push(text.slice(cursor, range[0]), replacement)
    cursor = range[1]
    lastFix = finding.fix
    applied.push(finding)
  }
  parts.push(text.slice(cursor))
  return {output: parts.join(''), applied, skipped}
}

/** Applies one edit to a text. */
export function applyFix(text: string, fix: Fix): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])
}
