// Which registry entries a document cites, without linting it: its comments and links,
// read from the Markdown tree. For counting citations across a workspace (the code lens
// on the registry file), where only the ids matter.

import type {Nodes} from 'mdast'
import {parseMarkdown, syntaxOf} from '../markdown/parse'
import {proofIdsOf} from './citations'
import type {ProofRegistry} from './types'

const COMMENTS = /<!--[\s\S]*?-->|\/\*[\s\S]*?\*\//g

/** The ids of the registry entries a document cites, by `<!-- proof: id -->` or by a link to the entry's source. */
export function citedIds(text: string, filePath: string | undefined, registry: ProofRegistry): Set<string> {
  const ids = new Set<string>()
  // Most documents cite nothing: no parse for them.
  const sources = new Map(registry.entries.map((entry) => [normalize(entry.source), entry.id]))
  if (!text.includes('proof') && ![...sources.keys()].some((source) => text.toLowerCase().includes(source))) return ids
  const visit = (node: Nodes): void => {
    if (node.type === 'html' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      for (const [comment] of node.value.matchAll(COMMENTS)) for (const id of proofIdsOf(comment) ?? []) ids.add(id)
    } else if (node.type === 'link') {
      const id = sources.get(normalize(node.url))
      if (id) ids.add(id)
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(parseMarkdown(text, syntaxOf(filePath)).tree)
  return ids
}

function normalize(target: string): string {
  return target.trim().replace(/^\.\//, '').replace(/\/+$/, '').toLowerCase()
}
