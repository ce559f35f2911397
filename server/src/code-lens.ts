// Messaging coverage lenses: one on the first line for the document, one on the
// heading of each selling section, e.g. `pain ✗ missing · outcome ✓ · proof ✗ missing`.
// They come from the lint of the same document version (no second pass).
//
// A lens must agree with the Problems panel: "pain ✗" either has its `missing-pain`
// finding or says why there is none ("pain ✗ (mostly instructions)"), from the same walk
// the rule makes (`painVerdict`). Every ✗ has words beside it, so ✓ and ✗ read apart
// without colour or through a screen reader. Headings are named in quotes: a lens shows
// backticks literally. A line gets at most one lens: the document's and its title
// section's would otherwise sit on the same heading.

import type {CodeLens} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {coverageTally, type Finding, type PainVerdict, type ResolvedConfig, type SectionCoverage} from '../../rules/src/index'
import {checklistLabel} from '../../rules/src/profiles/checklist'
import type {LintSummary} from './linter'

const MISSING_PAIN_RULE = 'missing-pain'

export function coverageLenses(document: TextDocument, result: LintSummary, config?: ResolvedConfig): CodeLens[] {
  const painFindings = result.findings.filter((f) => f.ruleId === MISSING_PAIN_RULE)
  const context: LabelContext = {
    document,
    documentRange: result.coverage.find((c) => c.kind === 'document')?.range,
    painFindings,
    // Past MAX_DIAGNOSTICS the findings are cut short: a finding not in hand may still exist.
    findingsComplete: result.findings.length >= result.total,
    ruleOff: config?.rules.get(MISSING_PAIN_RULE)?.severity === 'off',
  }
  const documentStart = firstContentOffset(document.getText())
  const byLine = new Map<number, {coverage: SectionCoverage; title: string; tooltip: string}>()
  for (const coverage of result.coverage) {
    const offset = coverage.heading?.range[0] ?? documentStart
    const line = document.positionAt(offset).line
    const label = lensLabel(coverage, line, context)
    const title = coverage.kind === 'document' ? `Messaging coverage: ${label}` : label
    const tooltip = coverageTally(coverage)
    const already = byLine.get(line)
    if (!already) byLine.set(line, {coverage, title, tooltip})
    // A title section holding the whole document covers what the document does: say it once.
    else if (!sameCoverage(already.coverage, coverage)) {
      byLine.set(line, {coverage: already.coverage, title: `${already.title} | this section: ${label}`, tooltip: `${already.tooltip}; this section: ${tooltip}`})
    }
  }
  const lenses: CodeLens[] = [...byLine].map(([line, {title, tooltip}]) => ({
    range: {start: {line, character: 0}, end: {line, character: 0}},
    // An empty command id: a label, not a button.
    command: {title, command: '', tooltip},
  }))
  // A document with a profile (battlecard, email, …) also shows the profile's checklist,
  // on the document's lens when it has one (a line gets at most one lens).
  const checklist = result.profileChecklist
  if (checklist) {
    const line = document.positionAt(documentStart).line
    const label = checklistLabel(checklist)
    const tooltip = `The parts a ${checklist.profile} needs; missing-element reports each one missing`
    const onLine = lenses.find((lens) => lens.range.start.line === line)
    if (onLine?.command) onLine.command = {...onLine.command, title: `${onLine.command.title} | ${label}`, tooltip: `${onLine.command.tooltip}; ${tooltip}`}
    else lenses.unshift({range: {start: {line, character: 0}, end: {line, character: 0}}, command: {title: label, command: '', tooltip}})
  }
  return lenses
}

interface LabelContext {
  document: TextDocument
  documentRange?: readonly [number, number]
  painFindings: readonly Finding[]
  findingsComplete: boolean
  ruleOff: boolean
}

/** `pain ✗ missing · outcome ✓ · proof ✗ missing`, with the reason when pain ✗ is not reported. */
function lensLabel(coverage: SectionCoverage, line: number, context: LabelContext): string {
  return coverage.elements
    .map(({tag, present}) => {
      if (present) return `${tag} ✓`
      return tag === 'pain' && coverage.painVerdict ? `pain ✗ ${painAbsence(coverage.painVerdict, coverage, line, context)}` : `${tag} ✗ missing`
    })
    .join(' · ')
}

/**
 * What follows "pain ✗": "missing" when a `missing-pain` finding is on this line, and
 * otherwise where the finding is (an enclosing unit's heading) or why there is none.
 */
function painAbsence(verdict: PainVerdict, coverage: SectionCoverage, line: number, context: LabelContext): string {
  const why = unreportedPain(verdict, coverage, line, context)
  return why === undefined ? 'missing' : why.startsWith('reported') ? `missing (${why})` : `(${why})`
}

/** Why a section without a pain has no `missing-pain` finding on its own line; undefined when it has. */
function unreportedPain(verdict: PainVerdict, coverage: SectionCoverage, line: number, context: LabelContext): string | undefined {
  if (verdict.kind === 'split') return coverage.kind === 'document' ? 'checked section by section' : 'checked subsection by subsection'
  if (verdict.kind === 'not-selling') {
    if (coverage.kind === 'document') return 'not a selling document'
    return coverage.heading?.text.trim() === verdict.heading ? 'not a selling section' : `under “${verdict.heading}”, not a selling section`
  }
  const {unit} = verdict
  const ownUnit = sameRange(unit.range, coverage.range)
  // A long title says less than "the document" does.
  const unitName = unit.heading && !(context.documentRange && sameRange(unit.range, context.documentRange)) ? `“${unit.heading}”` : 'the document'
  const partOf = ownUnit ? '' : `, as part of ${unitName}`
  switch (verdict.kind) {
    case 'missing': {
      const finding = context.painFindings.find((f) => f.range[0] >= unit.range[0] && f.range[0] < unit.range[1])
      if (finding) {
        const findingLine = context.document.positionAt(finding.range[0]).line
        return findingLine === line ? undefined : `reported on line ${findingLine + 1}${ownUnit ? '' : ` for all of ${unitName}`}`
      }
      if (context.ruleOff) return `${MISSING_PAIN_RULE} is off`
      return context.findingsComplete ? `${MISSING_PAIN_RULE} disabled here` : undefined
    }
    case 'stated':
      return ownUnit ? 'stated in a heading' : `stated elsewhere in ${unitName}`
    case 'stated-before':
      return 'stated above it'
    case 'too-short':
      return `too short to need one${partOf}`
    case 'sells-little':
      return `sells too little to need one${partOf}`
    case 'instructions':
      return `mostly instructions${partOf}`
  }
}

function sameRange(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] === b[0] && a[1] === b[1]
}

function sameCoverage(a: SectionCoverage, b: SectionCoverage): boolean {
  return a.sentences === b.sentences && a.elements.every((element, i) => element.present === b.elements[i]?.present)
}

/** After front matter, where the document's lens reads best. */
function firstContentOffset(text: string): number {
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)
  return frontmatter ? frontmatter[0].length : 0
}
