// Hover on a finding: why it weakens the copy (the finding's note) and a weak and a
// strong example from the rule's own metadata, so the writer sees the difference
// rather than a definition. The message itself is left out: editors already show the
// diagnostic's message in the same hover.

import {MarkupKind, type Hover, type Position} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {rules, type Finding} from '../../rules/src/index'
import {rangeOf} from './diagnostics'

const metaById = new Map(rules.map((rule) => [rule.meta.id, rule.meta]))

export function hoverAt(document: TextDocument, findings: readonly Finding[], position: Position): Hover | null {
  const offset = document.offsetAt(position)
  const here = findings.filter((f) => f.range[0] <= offset && offset <= f.range[1])
  if (here.length === 0) return null
  return {
    contents: {kind: MarkupKind.Markdown, value: here.map(explain).join('\n\n---\n\n')},
    range: rangeOf(document, [Math.min(...here.map((f) => f.range[0])), Math.max(...here.map((f) => f.range[1]))]),
  }
}

export function explain(finding: Finding): string {
  const meta = metaById.get(finding.ruleId)
  const parts = [`**pitchlint** · \`${finding.ruleId}\``]
  if (finding.note) parts.push(`**Why it weakens the copy:** ${escape(finding.note)}`)
  if (meta) {
    const weak = pick(meta.examples.invalid, finding.actual)
    const strong = meta.examples.valid[0]
    parts.push(`✗ Weak: “${escape(weak)}”  \n✓ Strong: “${escape(strong)}”`)
  }
  parts.push(`[Learn more about ${finding.ruleId}](${finding.url})`)
  return parts.join('\n\n')
}

/** The example that shows the same words, when the rule has one. */
function pick(examples: readonly string[], actual: string | undefined): string {
  const words = actual?.toLowerCase()
  return (words && examples.find((example) => example.toLowerCase().includes(words))) || examples[0]
}

/** Markdown-escapes prose (messages quote terms in backticks on purpose: keep those). */
function escape(text: string): string {
  return text.replace(/([\\*_[\]<>#])/g, '\\$1')
}
