// Every range is a UTF-16 offset into the source, whatever Markdown did to the text
// on the way (escapes, entities, continuation indents, block quote markers, tables).

import assert from 'node:assert/strict'
import {LineIndex, lint} from '../../rules/src/index'

function flagged(text: string, ruleId = 'vague-claim'): Array<{text: string; line: number; column: number}> {
  const lines = new LineIndex(text)
  return lint(text)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => ({text: text.slice(...f.range), ...lines.position(f.range[0])}))
}

describe('positions', () => {
  it('counts columns in UTF-16 code units on lines with emoji and CJK', () => {
    const text = '# 見出し\n\n👩‍💻 チーム向けの seamless sync for you.\n'
    // 👩‍💻 is 5 code units (two surrogate pairs and a joiner).
    assert.deepEqual(flagged(text), [{text: 'seamless', line: 3, column: 14}])
  })

  it('stays exact after escapes and entities', () => {
    const text = 'Our \\*new\\* AT&amp;T &#x2014; seamless sync for your team.\n'
    assert.deepEqual(flagged(text), [{text: 'seamless', line: 1, column: 31}])
  })

  it('stays exact on continuation lines of list items and block quotes', () => {
    const text = '- First line of the item\n  and a seamless sync for your team.\n\n> Quote line\n> with our robust platform for your team.\n'
    assert.deepEqual(flagged(text), [
      {text: 'seamless', line: 2, column: 9},
      {text: 'robust', line: 5, column: 12},
    ])
  })

  it('lints table cells, which remark-retext skips', () => {
    const text = '| Us | Them |\n| --- | --- |\n| Seamless CRM sync for your team | Manual CSV export |\n'
    assert.deepEqual(flagged(text), [{text: 'Seamless', line: 3, column: 3}])
  })

  it('lints headings, links text and emphasis, never code, URLs, HTML or front matter', () => {
    const text = [
      '---',
      'title: A seamless platform',
      '---',
      '',
      '## A **robust** platform for you',
      '',
      'See [our seamless importer](https://example.com/seamless) and `seamless` in code.',
      '',
      '```',
      'seamless robust powerful',
      '```',
      '',
      '<div>seamless</div>',
      '',
    ].join('\n')
    assert.deepEqual(flagged(text), [
      {text: 'robust', line: 5, column: 8},
      {text: 'seamless', line: 7, column: 10},
    ])
  })

  it('parses MDX and leaves JSX alone', () => {
    const text = 'import {Hero} from "./hero"\n\n<Hero title="a seamless tagline" />\n\nOur seamless sync for your team.\n\n{/* seamless */}\n'
    const findings = lint(text, {filePath: 'page.mdx'}).findings
    assert.deepEqual(findings.map((f) => text.slice(...f.range)), ['seamless'])
    assert.equal(new LineIndex(text).position(findings[0].range[0]).line, 5)
  })

  it('reads MDX that is not valid MDX as Markdown instead of failing', () => {
    const text = 'Write to <hello@example.com> for a seamless rollout for your team.\n'
    assert.deepEqual(lint(text, {filePath: 'page.mdx'}).findings.map((f) => text.slice(...f.range)), ['seamless'])
  })
})

describe('units', () => {
  it('give a table cell its row and its column header', () => {
    const text = '| | Acme | OldCo |\n| --- | --- | --- |\n| Setup | One afternoon | Six weeks |\n'
    const cell = lint(text).sentences.find((s) => s.view.text === 'Six weeks')!
    assert.equal(cell.view.unit.kind, 'table-cell')
    assert.deepEqual(cell.view.unit.row?.map((b) => b.text), ['Setup', 'One afternoon', 'Six weeks'])
    assert.equal(cell.view.unit.columnHeader, 'OldCo')
  })

  it('give a list item its sub-bullets', () => {
    const text = '- Cuts review time\n  - for every team\n- Next item\n'
    const item = lint(text).sentences.find((s) => s.view.text === 'Cuts review time')!
    assert.deepEqual(item.view.unit.blocks.map((b) => b.text), ['Cuts review time', 'for every team'])
  })

  it('treat a bare URL as an address, not prose', () => {
    const text = 'Visit https://seamless-platform.io or <https://robust.dev> today.\n'
    assert.deepEqual(lint(text).findings, [])
  })

  it('stays exact after a bare URL on a continuation line or beside an escape', () => {
    // The address is masked in the prose; the words after it keep their own offsets.
    const text = '> Meet the team (https://example.com/team).\n> Our seamless sync saves an hour.\n\nDocs at www.example.com \\*. Our seamless sync saves an hour.\n'
    assert.deepEqual(flagged(text), [
      {text: 'seamless', line: 2, column: 7},
      {text: 'seamless', line: 4, column: 33},
    ])
  })
})

describe('sentences', () => {
  it('reads a very long stretch with no full stop in pieces, each range exact', () => {
    // parse-english slows down as the square of a sentence's length on hyphenated words;
    // 60,000 characters without a stop are read in pieces cut at spaces.
    const words = 'best-in-class, cutting-edge, '.repeat(2100)
    const text = `Our ${words}platform.\n`
    const {sentences} = lint(text)
    assert.ok(sentences.length >= 3, `${sentences.length} sentences`)
    let covered = 0
    for (const {view, range} of sentences) {
      assert.equal(text.slice(...range), view.text)
      assert.ok(range[0] >= covered, 'sentences in order, not overlapping')
      covered = range[1]
    }
    assert.equal(text.slice(covered).trim(), '')
  })

  it('keeps ordinary paragraphs whole, however long, where they have full stops', () => {
    const text = `${'Acme syncs every ledger nightly, so your team closes the month on time. '.repeat(400)}\n`
    assert.equal(lint(text).sentences.length, 400)
  })
})
