// Proof points in the editor: a hover on a figure or a proof reference shows its
// registry entry; completion inside `<!-- proof: ` lists the entries; lenses on the
// registry file say how many documents cite each entry, and which nothing cites.

import {CompletionItemKind, MarkupKind, type CodeLens, type CompletionItem, type Hover, type Position} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {parseProofRegistry, type Citation, type FigureMention, type ProofPoint, type ProofRegistry} from '../../rules/src/index'
import {rangeOf} from './diagnostics'

/** What a hover shows of an entry: the claim as approved, then its figures, source, owner and dates. */
export function describeEntry(entry: ProofPoint, today: string): string {
  const days = Math.round((Date.parse(`${entry.expires}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86400000)
  const expiry = days < 0 ? `**expired** on ${entry.expires}` : `expires ${entry.expires} (in ${days} day${days === 1 ? '' : 's'})`
  const source = /^https?:\/\//.test(entry.source) ? `[${entry.source}](${entry.source})` : `\`${entry.source}\``
  return [
    `**Proof point** \`${entry.id}\``,
    `> ${entry.claim}`,
    `Figures: ${entry.figures.map((f) => `\`${f}\``).join(', ')}`,
    `Source: ${source}`,
    `Owner: ${entry.owner} · approved ${entry.approved} · ${expiry}`,
  ].join('\n\n')
}

/** The registry entry of the figure or proof reference under the cursor. */
export function proofHoverAt(
  document: TextDocument,
  position: Position,
  found: {figures?: readonly FigureMention[]; citations?: readonly Citation[]},
  registry: ProofRegistry | undefined,
  today: string,
): Hover | null {
  if (!registry) return null
  const offset = document.offsetAt(position)
  const inside = (range: readonly [number, number]) => range[0] <= offset && offset <= range[1]
  const figure = found.figures?.find((f) => f.entry !== undefined && inside(f.range))
  const citation = figure ? undefined : found.citations?.find((c) => inside(c.range) && registry.entries.some((e) => e.id === c.id))
  const id = figure?.entry ?? citation?.id
  const entry = id === undefined ? undefined : registry.entries.find((e) => e.id === id)
  if (!entry) return null
  const range = figure?.range ?? citation!.range
  return {contents: {kind: MarkupKind.Markdown, value: describeEntry(entry, today)}, range: rangeOf(document, range)}
}

// The start of a proof reference up to the cursor: the ids before it and the one being typed.
const REFERENCE_BEFORE_CURSOR = /(?:<!--|\/\*)\s*proof\s*:\s*(?:[^\s,]+\s*,\s*)*([^\s,]*)$/

/** The registry's entries, when the cursor is inside a proof reference. */
export function proofCompletions(document: TextDocument, position: Position, registry: ProofRegistry | undefined, today: string): CompletionItem[] {
  if (!registry) return []
  const lineStart = document.offsetAt({line: position.line, character: 0})
  const before = document.getText().slice(lineStart, document.offsetAt(position))
  const match = REFERENCE_BEFORE_CURSOR.exec(before)
  if (!match) return []
  const typed = match[1]
  const range = {start: {line: position.line, character: position.character - typed.length}, end: position}
  return registry.entries.map((entry) => ({
    label: entry.id,
    kind: CompletionItemKind.Reference,
    detail: entry.claim,
    documentation: {kind: MarkupKind.Markdown, value: describeEntry(entry, today)},
    textEdit: {range, newText: entry.id},
  }))
}

/** A lens above each entry's id (as the open text has it): how many documents cite it, or that nothing does. */
export function registryLenses(document: TextDocument, filePath: string, citingDocuments: ReadonlyMap<string, number>): CodeLens[] {
  let registry: ProofRegistry
  try {
    registry = parseProofRegistry(document.getText(), filePath)
  } catch {
    return [] // the problem is shown as a diagnostic on the file
  }
  return registry.entries.map((entry) => {
    const count = citingDocuments.get(entry.id) ?? 0
    const title = count === 0 ? 'Nothing cites this proof point' : `Cited by ${count} document${count === 1 ? '' : 's'}`
    // An empty command id: a label, not a button.
    return {range: rangeOf(document, entry.range), command: {title, command: ''}}
  })
}
