// Messaging coverage lenses: one on the first line for the document, one on the
// heading of each selling section, e.g. `pain ✓ · outcome ✗ · proof ✗`. They come from
// the lint of the same document version (no second pass).

import type {CodeLens} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {coverageLabel, coverageTally} from '../../rules/src/index'
import type {LintSummary} from './linter'

export function coverageLenses(document: TextDocument, result: LintSummary): CodeLens[] {
  return result.coverage.map((coverage) => {
    const offset = coverage.heading?.range[0] ?? firstContentOffset(document.getText())
    const line = document.positionAt(offset).line
    const label = coverageLabel(coverage)
    const title = coverage.kind === 'document' ? `Messaging coverage: ${label}` : label
    return {
      range: {start: {line, character: 0}, end: {line, character: 0}},
      // An empty command id: a label, not a button.
      command: {title, command: '', tooltip: coverageTally(coverage)},
    }
  })
}

/** After front matter, where the document's lens reads best. */
function firstContentOffset(text: string): number {
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text)
  return frontmatter ? frontmatter[0].length : 0
}
