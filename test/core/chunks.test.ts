// Chunked parsing must see the same prose as parsing the document whole.

import assert from 'node:assert/strict'
import {ChunkCache, lint, type LintResult} from '../../rules/src/index'
import {splitChunks} from '../../rules/src/markdown/chunks'
import {proseRanges} from '../helpers/prose-ranges'


const tricky = [
  'Para one.\n\nPara two.\n',
  '- item one\n\n- item two\n\n  continued paragraph of item two\n\nAfter the list.\n',
  '```\ncode\n\nmore code\n```\n\nProse after code.\n',
  '<!-- a comment\n\nstill the comment -->\n\nProse.\n',
  '<pre>\n\nraw\n\n</pre>\n\nProse.\n',
  // A ``` line inside an HTML block is HTML: taken for a fence, it would swallow what follows.
  '<table> <tr><td>Setup</td></tr>\n```\nAcme syncs in minutes.\n\nOur seamless sync keeps reps in step.\n\n```\n\nThe fastest close on the market.\n',
  // `---` after a blank line is a thematic break; a chunk starting there would open front matter.
  'Intro paragraph.\n\n---\n| Feature | Acme |\n| --- | --- |\n| Setup | seamless |\n\n---\n\nOutro paragraph.\n',
  '> quote\n\n> another quote\n\nText.\n',
  'Term [link][ref] here.\n\n[ref]: https://example.com\n',
  '---\ntitle: x\n---\n\nBody text.\n',
  '---\nnot closed front matter\n\nBody.\n',
  '| a | b |\n| - | - |\n| c | d |\n\nAfter table.\n',
  '1. one\n2. two\n\n   indented continuation\n\n3. three\n',
  '    indented code\n\n    more\n\nText.\n',
  // A code sample in a Hugo or Jekyll tag is blank to the parser: no chunk starts inside
  // it (a blank line, then a column-0 line), and its "```" opens no fence.
  'Intro.\n\n{{< code bash >}}kubectl apply -f op.yaml\n\n# install the operator\n```\n{{< /code >}}\n\nOur seamless sync.\n',
  '{% highlight yaml %}\n# best settings\n\nname: demo\n{% endhighlight %}\n\nProse after.\n',
]

describe('chunks', () => {
  for (const text of tricky) {
    it(`parse the same as the whole document: ${JSON.stringify(text.slice(0, 30))}`, () => {
      assert.deepEqual(proseRanges(text, true), proseRanges(text, false))
    })
  }

  // The editor reuses a diagnostic whose finding kept its identity; a call to action
  // repeated down a page is one chunk, placed once per occurrence.
  it('keep every occurrence of a repeated chunk from lint to lint while an edit below leaves them in place', () => {
    const cta = 'Our seamless sync keeps your ledgers in step.'
    const text = `# Pitch\n\n${cta}\n\nA middle paragraph.\n\n${cta}\n\nThe end.\n`
    const cache = new ChunkCache()
    const vague = (result: LintResult) => result.findings.filter((finding) => finding.ruleId === 'vague-claim')
    const before = vague(lint(text, {cache}))
    const after = vague(lint(text.replace('The end.', 'The very end.'), {cache}))
    assert.equal(before.length, 2)
    assert.equal(after.length, 2)
    assert.ok(after[0] === before[0] && after[1] === before[1], 'both occurrences reused')
  })

  it('cover the text without gaps or overlaps', () => {
    const text = tricky.join('\n')
    const chunks = splitChunks(text)
    assert.equal(chunks[0].start, 0)
    for (let i = 1; i < chunks.length; i++) assert.equal(chunks[i].start, chunks[i - 1].end)
    assert.equal(chunks[chunks.length - 1].end, text.length)
  })
})
