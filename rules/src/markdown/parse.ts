import {unified, type Processor} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import type {Root} from 'mdast'

export type Syntax = 'markdown' | 'mdx'

/**
 * The GFM constructs that shape prose units: tables (battlecards live in them) and
 * footnotes (a footnote is proof). remark-gfm also brings autolink literals,
 * strikethrough and task lists, which change nothing pitchlint lints (bare URLs are
 * recognized when the prose is flattened) but nearly double the parse time, mostly
 * in per-parse set-up that a chunked document pays once per chunk.
 */
function remarkGfmProse(this: Processor): void {
  const data = this.data() as {micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[]}
  ;(data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote())
  ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown())
}

let markdownProcessor: Processor<Root> | undefined
let mdxProcessor: Processor<Root> | undefined

function processor(syntax: Syntax): Processor<Root> {
  if (syntax === 'mdx') {
    mdxProcessor ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmProse).use(remarkMdx).freeze() as unknown as Processor<Root>
    return mdxProcessor
  }
  markdownProcessor ??= unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmProse).freeze() as unknown as Processor<Root>
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
