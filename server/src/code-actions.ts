// Code actions, computed from each diagnostic's `data` and from the lint of the same
// document version (the finding behind the diagnostic carries the rewrite suggestions):
//   each suggestion as a quick fix (‹placeholders› kept visible), the safe fix as the
//   preferred one, "Fix all ‹rule› problems", "Fix all auto-fixable problems" (also as
//   `source.fixAll.pitchlint`), "Disable ‹rule› for this line", "Allow ‹term› in this
//   workspace" and "Learn more about ‹rule›". Each finding's fixes come once, and each
//   rule's own actions once however many of its findings the request covers.
// Document edits are `TextDocumentEdit`s pinned to the linted version, so a client
// refuses them once the text has moved on.

import {CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {applyFixes, disableCommentFix, INVALID_DIRECTIVE_RULE, type Finding, type Fix} from '../../rules/src/index'
import {isOurs, textEditOf} from './diagnostics'
import type {LintSnapshot} from './linter'
import {FIX_ALL_KIND, ServerCommands, type AllowTermArgs, type DiagnosticData} from './protocol'

type OurDiagnostic = Diagnostic & {code: string; data: DiagnosticData}

export interface CodeActionContext {
  document: TextDocument
  /** The lint of `document` at its current version. */
  snapshot: LintSnapshot
  /** The client applies versioned `documentChanges`. */
  documentChanges: boolean
  /** What "Allow ‹term›" would do for this finding, if allowing it silences the finding. */
  allowTerm(finding: Finding): AllowTermArgs | undefined
}

export function codeActions(params: CodeActionParams, context: CodeActionContext): CodeAction[] {
  const {document, snapshot} = context
  const only = params.context.only
  const wants = (kind: string): boolean => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`))
  const actions: CodeAction[] = []

  // Source actions only when asked for by kind (fix on save, the Source Action menu).
  if (only && wants(FIX_ALL_KIND)) {
    const edits = fixAllEdits(document, snapshot.result.findings)
    if (edits.length > 0) actions.push({title: 'Fix all auto-fixable pitchlint problems', kind: FIX_ALL_KIND, edit: editOf(context, edits)})
  }
  if (!wants(CodeActionKind.QuickFix)) return actions

  // A client may ask for a whole line with all of its diagnostics (Neovim does), or send
  // one diagnostic twice: each finding's fixes are listed once, and each rule's own
  // actions (fix all, disable, allow, learn more) once for all of its findings.
  const current = params.context.diagnostics.filter((d): d is OurDiagnostic => isOurs(d) && d.data.version === document.version)
  const diagnostics = uniqueBy(current, rangeKey)
  const findingOfDiagnostic = new Map(diagnostics.map((d) => [d, findingOf(snapshot, document, d)]))

  for (const diagnostic of diagnostics) {
    const ruleId = diagnostic.code
    if (diagnostic.data.fix) {
      actions.push(quickFix(`Fix this ${ruleId} problem`, [diagnostic], editOf(context, [textEditOf(document, diagnostic.data.fix)]), true))
    }
    for (const suggestion of findingOfDiagnostic.get(diagnostic)?.suggestions ?? []) {
      actions.push(quickFix(suggestion.title, [diagnostic], editOf(context, [textEditOf(document, suggestion.fix)])))
    }
  }

  const byRule = groupBy(diagnostics, (d) => d.code)
  const fixable = [...byRule].filter(([, ruleDiagnostics]) => ruleDiagnostics.some((d) => d.data.fix))
  let ruleEditsCount = 0
  for (const [ruleId, ruleDiagnostics] of fixable) {
    const ruleEdits = fixAllEdits(document, snapshot.result.findings.filter((f) => f.ruleId === ruleId))
    ruleEditsCount = Math.max(ruleEditsCount, ruleEdits.length)
    if (ruleEdits.length > 1) actions.push(quickFix(`Fix all ${ruleId} problems`, ruleDiagnostics, editOf(context, ruleEdits)))
  }
  if (fixable.length > 0) {
    const allEdits = fixAllEdits(document, snapshot.result.findings)
    // Only when it does more than the one rule's fix-all (or the one fix) above.
    if (allEdits.length > ruleEditsCount) actions.push(quickFix('Fix all auto-fixable problems', fixable.flatMap(([, d]) => d), editOf(context, allEdits)))
  }

  const allowOffered = new Set<string>()
  for (const [ruleId, ruleDiagnostics] of byRule) {
    if (ruleId !== INVALID_DIRECTIVE_RULE) {
      // Findings on one line share one comment; findings on several lines get one each.
      const insertions = new Map<string, {insertion: Fix; lineDiagnostics: Diagnostic[]}>()
      for (const diagnostic of ruleDiagnostics) {
        const insertion = disableCommentFix(document.getText(), document.offsetAt(diagnostic.range.start), ruleId, snapshot.syntax)
        const key = `${insertion.range.join(':')}\0${insertion.text}`
        const same = insertions.get(key)
        if (same) same.lineDiagnostics.push(diagnostic)
        else insertions.set(key, {insertion, lineDiagnostics: [diagnostic]})
      }
      for (const {insertion, lineDiagnostics} of insertions.values()) {
        actions.push(quickFix(`Disable ${ruleId} for this line`, lineDiagnostics, editOf(context, [textEditOf(document, insertion)])))
      }
    }
    const allowable = ruleDiagnostics.flatMap((diagnostic) => {
      const finding = findingOfDiagnostic.get(diagnostic)
      const allow = finding && context.allowTerm(finding)
      return allow ? [{diagnostic, allow}] : []
    })
    for (const [term, offers] of groupBy(allowable, ({allow}) => allow.term)) {
      if (allowOffered.has(term)) continue
      allowOffered.add(term)
      actions.push({
        title: `Allow “${term}” in this workspace`,
        kind: CodeActionKind.QuickFix,
        diagnostics: offers.map(({diagnostic}) => diagnostic),
        command: {title: `Allow “${term}”`, command: ServerCommands.allowTerm, arguments: [offers[0].allow]},
      })
    }
    const href = ruleDiagnostics.find((d) => d.codeDescription?.href)?.codeDescription?.href
    if (href) {
      actions.push({
        title: `Learn more about ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: ruleDiagnostics,
        command: {title: `Learn more about ${ruleId}`, command: ServerCommands.openRuleDocs, arguments: [href]},
      })
    }
  }
  return distinctTitles(actions)
}

/** Every safe fix that can be applied together (overlaps are left for the next pass). */
export function fixAllEdits(document: TextDocument, findings: readonly Finding[]): TextEdit[] {
  const {applied} = applyFixes(document.getText(), findings)
  const seen = new Set<string>()
  const edits: TextEdit[] = []
  for (const finding of applied) {
    const key = `${finding.fix!.range.join(':')}\0${finding.fix!.text}`
    if (seen.has(key)) continue
    seen.add(key)
    edits.push(textEditOf(document, finding.fix!))
  }
  return edits
}

export function versionedEdit(uri: string, version: number, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  return documentChanges ? {documentChanges: [{textDocument: {uri, version}, edits}]} : {changes: {[uri]: edits}}
}

function editOf(context: CodeActionContext, edits: TextEdit[]): WorkspaceEdit {
  return versionedEdit(context.document.uri, context.document.version, edits, context.documentChanges)
}

function quickFix(title: string, diagnostics: Diagnostic[], edit: WorkspaceEdit, isPreferred = false): CodeAction {
  return {title, kind: CodeActionKind.QuickFix, diagnostics, edit, ...(isPreferred && {isPreferred})}
}

/**
 * One action per title and effect: two findings carrying the same edit (a run of
 * intensifiers deleted at once) make one action. Different actions under one title
 * (the same rewrite offered for two "seamless" on a line) say where each applies, since
 * a menu shows titles only.
 */
function distinctTitles(actions: CodeAction[]): CodeAction[] {
  const byEffect = new Map<string, CodeAction>()
  for (const action of actions) {
    const effect = `${action.title}\0${JSON.stringify(action.edit ?? action.command)}`
    const same = byEffect.get(effect)
    if (same) same.diagnostics = uniqueBy([...(same.diagnostics ?? []), ...(action.diagnostics ?? [])], rangeKey)
    else byEffect.set(effect, action)
  }
  const distinct = [...byEffect.values()]
  for (const [, sameTitle] of groupBy(distinct, (action) => action.title)) {
    if (sameTitle.length < 2) continue
    for (const action of sameTitle) {
      const start = action.diagnostics?.[0]?.range.start
      if (start) action.title = `${action.title} (at ${start.line + 1}:${start.character + 1})`
    }
  }
  return distinct
}

function rangeKey(diagnostic: Diagnostic): string {
  const {start, end} = diagnostic.range
  return `${String(diagnostic.code)}@${start.line}:${start.character}-${end.line}:${end.character}`
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const k = key(item)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** Groups in the order each key is first seen. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

/** The finding behind a diagnostic of the same version: same rule, same range. */
function findingOf(snapshot: LintSnapshot, document: TextDocument, diagnostic: Diagnostic): Finding | undefined {
  const start = document.offsetAt(diagnostic.range.start)
  const end = document.offsetAt(diagnostic.range.end)
  return snapshot.result.findings.find((f) => f.ruleId === diagnostic.code && f.range[0] === start && f.range[1] === end)
}
