// The Markdown parse: each GFM construct pitchlint reads (tables, footnotes) is parsed
// whether or not the text holds the other, in Markdown and MDX; and the scan that spots
// costly nesting before the parse counts containers as CommonMark opens them; sentences
// end where a reader ends them.

import assert from 'node:assert/strict'
import type {Root} from 'mdast'
import {parseMarkdown} from '../../rules/src/markdown/parse'
import {containerNesting} from '../../rules/src/markdown/limits'
import {splitSentences} from '../../rules/src/markdown/model'

function types(tree: Root): string[] {
  const out: string[] = []
  const visit = (node: {type: string; children?: unknown[]}) => {
    out.push(node.type)
    for (const child of node.children ?? []) visit(child as {type: string; children?: unknown[]})
  }
  visit(tree)
  return out
}

const TABLE = '| Plan | Price |\n| --- | --- |\n| Team | $49 |\n'
const FOOTNOTE = 'Closes the books in two days.[^1]\n\n[^1]: Our 2026 survey of 40 controllers.\n'

describe('parseMarkdown', () => {
  for (const syntax of ['markdown', 'mdx'] as const) {
    describe(syntax, () => {
      it('parses a table in a text with no footnote', () => {
        const found = types(parseMarkdown(`# Pricing\n\n${TABLE}`, syntax).tree)
        assert.ok(found.includes('table') && found.includes('tableCell'), found.join(' '))
        assert.ok(!found.includes('footnoteDefinition'))
      })

      it('parses a footnote in a text with no table', () => {
        const found = types(parseMarkdown(FOOTNOTE, syntax).tree)
        assert.ok(found.includes('footnoteReference') && found.includes('footnoteDefinition'), found.join(' '))
        assert.ok(!found.includes('table'))
      })

      it('parses both in one text', () => {
        const found = types(parseMarkdown(`${TABLE}\n${FOOTNOTE}`, syntax).tree)
        for (const type of ['table', 'footnoteReference', 'footnoteDefinition']) assert.ok(found.includes(type), `${type} in ${found.join(' ')}`)
      })

      it('reads a line of pipes with no delimiter row as a paragraph, and text with neither as plain Markdown', () => {
        assert.deepEqual(types(parseMarkdown('Sync | export | audit\n', syntax).tree), ['root', 'paragraph', 'text'])
        assert.deepEqual(types(parseMarkdown('# Close faster\n\n- Two days, not ten.\n', syntax).tree), ['root', 'heading', 'text', 'list', 'listItem', 'paragraph', 'text'])
      })
    })
  }
})

describe('containerNesting', () => {
  const cases: Array<[string, string, number]> = [
    ['prose', 'One line.\n\nAnother line.\n', 0],
    ['a list item', '- one\n', 1],
    ['three markers on one line', '- - - x\n', 3],
    ['a thematic break, which is no list', '- - -\n', 0],
    ['a thematic break of stars under an item', '- one\n\n  * * *\n', 1],
    ['items indented under items', '- a\n  - b\n    - c\n      - d\n', 4],
    ['quotes and items', '> - > - x\n', 4],
    ['an ordered list', '1. one\n   2) two\n', 2],
  ]
  for (const [why, text, depth] of cases) {
    it(`${why}: ${depth}`, () => assert.equal(containerNesting(text), depth))
  }
})

describe('sentences', () => {
  // [text, the sentences parse-english and our cuts make of it]
  const cases: Array<[string, string[]]> = [
    // A question, then a brand that writes itself in lowercase: two sentences.
    ['Still closing the books by hand? tallyworks matches every bank line overnight. It is quick.', ['Still closing the books by hand?', 'tallyworks matches every bank line overnight.', 'It is quick.']],
    ['Where is the page linked from? how do buyers find it?', ['Where is the page linked from?', 'how do buyers find it?']],
    ['Why switch?\nbecause the old sync breaks every month.', ['Why switch?', 'because the old sync breaks every month.']],
    // A question inside quotes or brackets is part of the sentence around it.
    ['A status page answers "is it down?" before anyone asks.', ['A status page answers "is it down?" before anyone asks.']],
    ['A status page answers “is it down?” before anyone asks.', ['A status page answers “is it down?” before anyone asks.']],
    ['Grow the team (a partner? a new hire?) before the launch.', ['Grow the team (a partner? a new hire?) before the launch.']],
    // "!" ends brand names; a capital after "?" was split by parse-english already.
    ['How Yay! cut its release time in half.', ['How Yay! cut its release time in half.']],
    ['Why switch? Because it breaks.', ['Why switch?', 'Because it breaks.']],
  ]
  for (const [text, expected] of cases) {
    it(`of ${JSON.stringify(text)}`, () => {
      const sentences = splitSentences(text)
      assert.deepEqual(sentences.map((s) => s.text), expected)
      assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), expected)
      assert.deepEqual(sentences.map((s) => s.wordCount), expected.map((s) => s.split(/\s+/).filter((w) => /\w/.test(w)).length))
    })
  }
})
