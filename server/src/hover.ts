// Hover on a finding: why it weakens the copy (the finding's note, else the rule's
// description) and a weak and a strong example from the rule's own metadata, each a
// block of its own, so the writer sees the difference rather than a definition. The
// message itself is left out: editors already show the diagnostic's message in the same
// hover.

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
  // Messages are kept to one row of the Problems panel: the why lives here.
  const why = finding.note ?? meta?.description
  if (why) parts.push(`**Why it weakens the copy:** ${escape(why)}`)
  if (meta) {
    parts.push('✗ **Weak**', exampleBlock(pick(meta.examples.invalid, finding.actual)))
    parts.push('✓ **Strong**', exampleBlock(meta.examples.valid[0]))
  }
  parts.push(`[Learn more about ${finding.ruleId}](${finding.url})`)
  return parts.join('\n\n')
}

/**
 * An example as a block of its own: a sentence as a blockquote, which wraps like prose;
 * several lines, or Markdown that a quote would render (a list, a heading, a comment), as
 * a fenced `markdown` block, which keeps the lines and the markup as the writer types them.
 */
function exampleBlock(example: string): string {
  if (!example.includes('\n') && !/^\s*(?:[-*+>#|<]|\d+[.)]\s|`{3}|~{3})/.test(example)) return `> ${escape(example)}`
  // The fence must be longer than any run of backticks inside.
  const longestRun = Math.max(2, ...Array.from(example.matchAll(/`+/g), (run) => run[0].length))
  const fence = '`'.repeat(longestRun + 1)
  return `${fence}markdown\n${example}\n${fence}`
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
