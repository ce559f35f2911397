// Chunked parsing must see the same prose as parsing the document whole.

import assert from 'node:assert/strict'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {splitChunks} from '../../rules/src/markdown/chunks'
import {buildChunkModel, definitionsFor, findDefinitions} from '../../rules/src/markdown/model'

function proseRanges(text: string, split: boolean): string[] {
  const ranges: string[] = []
  const definitions = findDefinitions(text)
  for (const chunk of splitChunks(text, {split})) {
    if (chunk.kind === 'frontmatter') continue
    const chunkText = text.slice(chunk.start, chunk.end)
    const model = buildChunkModel(chunkText, 'markdown', definitionsFor(chunkText, definitions))
    for (const block of model.blocks) {
      for (const sentence of block.sentences) {
        const start = chunk.start + block.offsets.at(sentence.start)
        ranges.push(`${block.kind}@${start}:${sentence.text}`)
      }
    }
  }
  return ranges
}

const tricky = [
  'Para one.\n\nPara two.\n',
  '- item one\n\n- item two\n\n  continued paragraph of item two\n\nAfter the list.\n',
  '```\ncode\n\nmore code\n```\n\nProse after code.\n',
  '<!-- a comment\n\nstill the comment -->\n\nProse.\n',
  '<pre>\n\nraw\n\n</pre>\n\nProse.\n',
  '> quote\n\n> another quote\n\nText.\n',
  'Term [link][ref] here.\n\n[ref]: https://example.com\n',
  '---\ntitle: x\n---\n\nBody text.\n',
  '---\nnot closed front matter\n\nBody.\n',
  '| a | b |\n| - | - |\n| c | d |\n\nAfter table.\n',
  '1. one\n2. two\n\n   indented continuation\n\n3. three\n',
  '    indented code\n\n    more\n\nText.\n',
]

describe('chunks', () => {
  for (const text of tricky) {
    it(`parse the same as the whole document: ${JSON.stringify(text.slice(0, 30))}`, () => {
      assert.deepEqual(proseRanges(text, true), proseRanges(text, false))
    })
  }

  it('cover the text without gaps or overlaps', () => {
    const text = tricky.join('\n')
    const chunks = splitChunks(text)
    assert.equal(chunks[0].start, 0)
    for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i].start, chunks[i - 1].end)
    assert.equal(chunks[chunks.length - 1].end, text.length)
  })

  const corpus = join(process.cwd(), '..', 'shared', 'corpus', 'real')
  it('parse the same as the whole document on real files', function () {
    if (!existsSync(corpus)) this.skip()
    const files = readdirSync(corpus).filter((d) => !d.includes('.')).flatMap((d) => readdirSync(join(corpus, d)).map((f) => join(corpus, d, f)))
    // Every 8th file keeps this quick; the whole corpus runs in `npm run bench`.
    for (const file of files.filter((_, i) => i % 8 === 0)) {
      const text = readFileSync(file, 'utf8')
      assert.deepEqual(proseRanges(text, true), proseRanges(text, false), file)
    }
  })
})
