import {readdirSync, readFileSync} from 'fs'
import {join} from 'path'
import {parse, postprocess, preprocess} from 'micromark'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmFootnoteFromMarkdown} from 'mdast-util-gfm-footnote'
import {frontmatter} from 'micromark-extension-frontmatter'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
const root = '/work/shared/corpus/real'
const texts: string[] = []
for (const d of readdirSync(root).filter(x => !x.includes('.'))) for (const f of readdirSync(join(root, d))) texts.push(readFileSync(join(root, d, f), 'utf8'))
const extensions = [gfmTable(), gfmFootnote(), frontmatter()]
const mdastExtensions = [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), frontmatterFromMarkdown()]
for (let round = 0; round < 2; round++) {
  let t = performance.now(); let events = 0
  for (const text of texts) events += postprocess(parse({extensions}).document().write(preprocess()(text, undefined, true))).length
  const tokenize = performance.now() - t
  t = performance.now()
  for (const text of texts) fromMarkdown(text, {extensions, mdastExtensions})
  if (round) console.log('micromark events only', tokenize.toFixed(0), 'ms (', events, 'events); fromMarkdown (events + mdast)', (performance.now() - t).toFixed(0), 'ms')
}
