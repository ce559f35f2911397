// Code actions, computed from each diagnostic's `data` and from the lint of the same
// document version (the finding behind the diagnostic carries the rewrite suggestions):
//   each suggestion as a quick fix (‹placeholders› kept visible), the safe fix as the
//   preferred one, "Fix all ‹rule› problems", "Fix all auto-fixable problems" (also as
//   `source.fixAll.pitchlint`), "Disable ‹rule› for this line", "Allow ‹term› in this
//   workspace" and "Learn more about ‹rule›".
// Document edits are `TextDocumentEdit`s pinned to the linted version, so a client
// refuses them once the text has moved on.

import {CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {applyFixes, disableCommentFix, INVALID_DIRECTIVE_RULE, type Finding} from '../../rules/src/index'
import {isOurs, textEditOf} from './diagnostics'
import type {LintSnapshot} from './linter'
import {FIX_ALL_KIND, ServerCommands, type AllowTermArgs} from './protocol'

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

  const fixAllOffered = new Set<string>()
  for (const diagnostic of params.context.diagnostics) {
    if (!isOurs(diagnostic) || diagnostic.data.version !== document.version) continue
    const ruleId = diagnostic.code
    const {data} = diagnostic
    if (data.fix) {
      actions.push(quickFix(`Fix this ${ruleId} problem`, diagnostic, editOf(context, [textEditOf(document, data.fix)]), true))
    }
    const finding = findingOf(snapshot, document, diagnostic)
    for (const suggestion of finding?.suggestions ?? []) {
      actions.push(quickFix(suggestion.title, diagnostic, editOf(context, [textEditOf(document, suggestion.fix)])))
    }
    if (data.fix && !fixAllOffered.has(ruleId)) {
      fixAllOffered.add(ruleId)
      const ruleEdits = fixAllEdits(document, snapshot.result.findings.filter((f) => f.ruleId === ruleId))
      if (ruleEdits.length > 1) actions.push(quickFix(`Fix all ${ruleId} problems`, diagnostic, editOf(context, ruleEdits)))
      const allEdits = fixAllEdits(document, snapshot.result.findings)
      if (allEdits.length > ruleEdits.length) actions.push(quickFix('Fix all auto-fixable problems', diagnostic, editOf(context, allEdits)))
    }
    if (ruleId !== INVALID_DIRECTIVE_RULE) {
      const insertion = disableCommentFix(document.getText(), document.offsetAt(diagnostic.range.start), ruleId, snapshot.syntax)
      actions.push(quickFix(`Disable ${ruleId} for this line`, diagnostic, editOf(context, [textEditOf(document, insertion)])))
    }
    const allow = finding && context.allowTerm(finding)
    if (allow) {
      actions.push({
        title: `Allow \`${allow.term}\` in this workspace`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {title: `Allow \`${allow.term}\``, command: ServerCommands.allowTerm, arguments: [allow]},
      })
    }
    if (diagnostic.codeDescription?.href) {
      actions.push({
        title: `Learn more about ${ruleId}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: {title: `Learn more about ${ruleId}`, command: ServerCommands.openRuleDocs, arguments: [diagnostic.codeDescription.href]},
      })
    }
  }
  return actions
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

function quickFix(title: string, diagnostic: Diagnostic, edit: WorkspaceEdit, isPreferred = false): CodeAction {
  return {title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit, ...(isPreferred && {isPreferred})}
}

/** The finding behind a diagnostic of the same version: same rule, same range. */
function findingOf(snapshot: LintSnapshot, document: TextDocument, diagnostic: Diagnostic): Finding | undefined {
  const start = document.offsetAt(diagnostic.range.start)
  const end = document.offsetAt(diagnostic.range.end)
  return snapshot.result.findings.find((f) => f.ruleId === diagnostic.code && f.range[0] === start && f.range[1] === end)
}
