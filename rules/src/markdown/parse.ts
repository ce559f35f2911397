import {unified, type Processor} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkMdx from 'remark-mdx'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import type {Root} from 'mdast'
import {maskCodeTemplates} from './site-markup'

export type Syntax = 'markdown' | 'mdx'

/**
 * The GFM constructs that shape prose units: tables (battlecards live in them) and
 * footnotes (a footnote is proof). remark-gfm also brings autolink literals,
 * strikethrough and task lists, which change nothing pitchlint lints (bare URLs are
 * recognized when the prose is flattened) but nearly double the parse time, mostly
 * in per-parse set-up that a chunked document pays once per chunk.
 */
interface GfmProse {
  tables: boolean
  footnotes: boolean
}

function remarkGfmProse(this: Processor, {tables, footnotes}: GfmProse): void {
  const data = this.data() as {micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[]}
  if (tables) {
    ;(data.micromarkExtensions ??= []).push(gfmTable())
    ;(data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown())
  }
  if (footnotes) {
    ;(data.micromarkExtensions ??= []).push(gfmFootnote())
    ;(data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown())
  }
}

/**
 * Which GFM constructs a text can hold. A table's delimiter row has a pipe and every
 * footnote, called or defined, starts with `[^`; without them the construct cannot occur,
 * and micromark would try it at every line and bracket for nothing (the table
 * construct alone is about a tenth of the parse). So a text without them is parsed
 * without them, to the same tree.
 */
function gfmProseFor(text: string): GfmProse {
  return {tables: text.includes('|'), footnotes: text.includes('[^')}
}

/** One frozen processor per syntax and set of GFM constructs, made when first needed. */
const processors = new Map<string, Processor<Root>>()

function processor(syntax: Syntax, gfm: GfmProse): Processor<Root> {
  const key = `${syntax} ${gfm.tables} ${gfm.footnotes}`
  let made = processors.get(key)
  if (!made) {
    const base = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfmProse, gfm)
    made = (syntax === 'mdx' ? base.use(remarkMdx) : base).freeze() as unknown as Processor<Root>
    processors.set(key, made)
  }
  return made
}

export function syntaxOf(filePath: string | undefined): Syntax {
  return filePath && /\.mdx$/i.test(filePath) ? 'mdx' : 'markdown'
}

/**
 * Parses Markdown or MDX. MDX is strict (a stray `<` is a syntax error), so an MDX
 * chunk that does not parse is read as plain Markdown instead: its prose still gets
 * linted and JSX tags are left alone as HTML. Code samples in site-generator tags are
 * blanked first (`maskCodeTemplates`): every offset in the tree still points at `source`.
 */
export function parseMarkdown(source: string, syntax: Syntax): {tree: Root; mdxFallback: boolean} {
  const text = maskCodeTemplates(source)
  const gfm = gfmProseFor(text)
  if (syntax === 'mdx') {
    try {
      return {tree: processor('mdx', gfm).parse(text), mdxFallback: false}
    } catch (error) {
      if (error instanceof RangeError) throw error
      return {tree: processor('markdown', gfm).parse(text), mdxFallback: true}
    }
  }
  return {tree: processor('markdown', gfm).parse(text), mdxFallback: false}
}
