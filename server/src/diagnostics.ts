// A finding as an LSP diagnostic: the rule id as `code`, its doc page as
// `codeDescription`, and in `data` the version that was linted and the safe fix.
// Rewrite suggestions stay on the server (code actions take them from the lint of the
// same version): they are most of a finding's weight, and every keystroke republishes
// every diagnostic of the document.

import {DiagnosticSeverity, type Diagnostic, type Range} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {ConfigError, type Finding, type Fix, type Notice} from '../../rules/src/index'
import {SOURCE, type DiagnosticData} from './protocol'

/** Anything with `positionAt`: an open document, or a file read from disk. */
export type Positions = Pick<TextDocument, 'positionAt'>

export function rangeOf(document: Positions, [start, end]: readonly [number, number]): Range {
  return {start: document.positionAt(start), end: document.positionAt(end)}
}

export function textEditOf(document: Positions, fix: Fix): {range: Range; newText: string} {
  return {range: rangeOf(document, fix.range), newText: fix.text}
}

export function toDiagnostic(finding: Finding, document: Positions, version: number): Diagnostic {
  const data: DiagnosticData = {
    version,
    ...(finding.actual !== undefined && {actual: finding.actual}),
    ...(finding.fix && {fix: finding.fix}),
  }
  return {
    range: rangeOf(document, finding.range),
    severity: finding.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: finding.ruleId,
    codeDescription: {href: finding.url},
    source: SOURCE,
    message: finding.message,
    data,
  }
}

/** A part of the document that could not be linted, and why. */
export function noticeDiagnostic(notice: Notice, document: Positions): Diagnostic {
  return {range: rangeOf(document, notice.range), severity: DiagnosticSeverity.Information, source: SOURCE, message: notice.message}
}

/**
 * The one diagnostic shown when linting itself failed (the details go to the output
 * channel). An error in the document's own front matter (`pitchlint: {profile: …}`) is
 * shown where it is, as the CLI names its line and key.
 */
export function failureDiagnostic(error: unknown): Diagnostic {
  if (error instanceof ConfigError && error.inDocument) {
    const at = {line: error.line - 1, character: error.column - 1}
    return {range: {start: at, end: at}, severity: DiagnosticSeverity.Error, source: SOURCE, message: `${error.key ? `\`${error.key}\`: ` : ''}${error.problem}`}
  }
  const reason = error instanceof Error ? error.message : String(error)
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: `pitchlint could not lint this document: ${reason}. Details are in the pitchlint output.`,
  }
}

export function isOurs(diagnostic: Diagnostic): diagnostic is Diagnostic & {code: string; data: DiagnosticData} {
  return diagnostic.source === SOURCE && typeof diagnostic.code === 'string' && typeof (diagnostic.data as DiagnosticData | undefined)?.version === 'number'
}
