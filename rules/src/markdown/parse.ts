import {unified, type Processor} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import type {Root} from 'mdast'

export type Syntax = 'markdown' | 'mdx'

let markdownProcessor: Processor<Root> | undefined
let mdxProcessor: Processor<Root> | undefined

function processor(syntax: Syntax): Processor<Root> {
  if (syntax === 'mdx') {
    mdxProcessor ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).use(remarkMdx) as unknown as Processor<Root>
    return mdxProcessor
  }
  markdownProcessor ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm) as unknown as Processor<Root>
  return markdownProcessor
}

export function syntaxOf(filePath: string | undefined): Syntax {
  return filePath && /\.mdx$/i.test(filePath) ? 'mdx' : 'markdown'
}

/**
 * Parses Markdown or MDX. MDX is strict (a stray `<` is a syntax error), so an MDX
 * chunk that does not parse is read as plain Markdown instead: its prose still gets
 * linted and JSX tags are left alone as HTML.
 */
export function parseMarkdown(text: string, syntax: Syntax): {tree: Root; mdxFallback: boolean} {
  if (syntax === 'mdx') {
    try {
      return {tree: processor('mdx').parse(text), mdxFallback: false}
    } catch (error) {
      if (error instanceof RangeError) throw error
      return {tree: processor('markdown').parse(text), mdxFallback: true}
    }
  }
  return {tree: processor('markdown').parse(text), mdxFallback: false}
}
