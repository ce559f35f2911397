// The real corpus beside the repository (`../shared/corpus/real`, as in CI), for the
// end-to-end tests that run on it.

import {readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'

export const CORPUS = resolve('../shared/corpus/real')

/**
 * How many Markdown files a run over `folder` lints, counted without pitchlint's own
 * discovery: every .md, .mdx and .markdown file but dotfiles, outside node_modules and .git.
 */
export function countMarkdown(folder: string): number {
  let count = 0
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    if (entry.isDirectory()) count += entry.name === 'node_modules' || entry.name === '.git' ? 0 : countMarkdown(join(folder, entry.name))
    else if (entry.isFile() && /\.(md|mdx|markdown)$/.test(entry.name) && !entry.name.startsWith('.')) count++
  }
  return count
}
