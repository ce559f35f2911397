import assert from 'node:assert/strict'
import type {Nodes} from 'mdast'
import {applyFix, lint} from '../../rules/src/index'
import {disableCommentFix, REASON_PLACEHOLDER} from '../../rules/src/disable-comment'
import {parseMarkdown, type Syntax} from '../../rules/src/markdown/parse'

// The block structure of a document with comments left out: what must not change
// when a disable comment goes in (a list split in two, a table cut short, a paragraph
// broken up, or a tight list turned loose would all show here).
function structure(text: string, syntax: Syntax): string {
  const {tree} = parseMarkdown(text, syntax)
  const walk = (node: Nodes): string => {
    if (node.type === 'html' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return ''
    if (node.type === 'text') return node.value.trim()
    const attributes = node.type === 'list' ? `(${node.ordered ? `ol${node.start}` : 'ul'},${node.spread})` : node.type === 'listItem' ? `(${node.spread})` : ''
    const children = 'children' in node ? node.children.map((child) => walk(child as Nodes)).filter(Boolean).join(',') : ''
    return `${node.type}${attributes}[${children}]`
  }
  return walk(tree)
}

const FLAGGED = 'seamless'

/** Inserts the comment for the `seamless` finding and checks what it did. */
function disable(text: string, syntax: Syntax = 'markdown'): string {
  const filePath = syntax === 'mdx' ? 'doc.mdx' : 'doc.md'
  const before = lint(text, {filePath})
  const target = before.findings.find((f) => f.ruleId === 'vague-claim' && text.slice(...f.range).toLowerCase() === FLAGGED)
  assert.ok(target, `no \`${FLAGGED}\` finding in:\n${text}`)
  const output = applyFix(text, disableCommentFix(text, target.range[0], 'vague-claim', syntax))

  assert.equal(structure(output, syntax), structure(text, syntax), `structure changed:\n${output}`)
  const after = lint(output, {filePath})
  assert.equal(after.findings.filter((f) => f.ruleId === 'vague-claim' && f.actual?.toLowerCase() === FLAGGED).length, 0, `still reported:\n${output}`)
  assert.deepEqual(after.suppressed.map((s) => [s.actual, s.suppressedBy.reason]), [[target.actual, REASON_PLACEHOLDER]])
  // Every other finding survives.
  assert.equal(after.findings.length, before.findings.length - 1)
  assert.ok(!after.findings.some((f) => f.ruleId === 'invalid-disable-comment'))
  return output
}

describe('disable comment placement', () => {
  it('goes on its own line above a paragraph, indented like it', () => {
    assert.equal(
      disable('# Pitch\n\nOur seamless sync saves your team time.\n'),
      `# Pitch\n\n<!-- pitchlint-disable-next-line vague-claim -- ${REASON_PLACEHOLDER} -->\nOur seamless sync saves your team time.\n`,
    )
  })

  it('goes above a heading', () => {
    assert.equal(disable('## Our seamless sync for your team\n\nText.\n'), `<!-- pitchlint-disable-next-line vague-claim -- ${REASON_PLACEHOLDER} -->\n## Our seamless sync for your team\n\nText.\n`)
  })

  it('goes at the end of a paragraph continuation line, keeping the paragraph whole', () => {
    const output = disable('We sync your ledgers.\nOur seamless sync saves your team time.  \nNext line.\n')
    assert.equal(output, `We sync your ledgers.\nOur seamless sync saves your team time. <!-- pitchlint-disable-line vague-claim -- ${REASON_PLACEHOLDER} -->  \nNext line.\n`)
  })

  it('goes above the first item of a list, at the list indent', () => {
    assert.equal(
      disable('Intro:\n\n- Our seamless sync for your team.\n- Second item.\n'),
      `Intro:\n\n<!-- pitchlint-disable-next-line vague-claim -- ${REASON_PLACEHOLDER} -->\n- Our seamless sync for your team.\n- Second item.\n`,
    )
  })

  it('goes into the previous item before a later list item, so the list stays one list', () => {
    assert.equal(
      disable('- First item.\n- Our seamless sync for your team.\n- Third item.\n'),
      `- First item.\n  <!-- pitchlint-disable-next-line vague-claim -- ${REASON_PLACEHOLDER} -->\n- Our seamless sync for your team.\n- Third item.\n`,
    )
    // Ordered lists whose markers change width (9. → 10.) keep their numbering.
    const items = Array.from({length: 9}, (_, i) => `${i + 1}. Item ${i + 1}.`).join('\n')
    assert.match(disable(`${items}\n10. Our seamless sync for your team.\n`), /\n9\. Item 9\.\n {3}<!-- pitchlint-disable-next-line/)
  })

  it('handles nested lists and paragraphs inside list items', () => {
    assert.match(disable('- Parent item.\n  - Child one.\n  - Our seamless sync for your team.\n'), /\n {2}- Child one\.\n {4}<!-- pitchlint/)
    assert.match(disable('- Parent item.\n\n  Our seamless sync for your team.\n'), /\n\n {2}<!-- pitchlint-disable-next-line vague-claim/)
  })

  it('keeps block quotes whole', () => {
    assert.match(disable('> We sync ledgers.\n>\n> Our seamless sync for your team.\n'), /\n>\n> <!-- pitchlint-disable-next-line vague-claim -- ‹reason› -->\n> Our seamless/)
    assert.match(disable('> - One.\n> - Our seamless sync for your team.\n'), /> - One\.\n> {3}<!-- pitchlint/)
  })

  it('goes inside the table cell (a line above a row would end the table)', () => {
    const table = '| | Us | Them |\n| --- | --- | --- |\n| Sync | Our seamless sync for your team | CSV |\n| Price | $10 | $20 |\n'
    assert.equal(
      disable(table),
      `| | Us | Them |\n| --- | --- | --- |\n| Sync | Our seamless sync for your team <!-- pitchlint-disable-line vague-claim -- ${REASON_PLACEHOLDER} --> | CSV |\n| Price | $10 | $20 |\n`,
    )
  })

  it('keeps CRLF line endings', () => {
    assert.equal(disable('Title\r\n\r\nOur seamless sync for your team.\r\n'), `Title\r\n\r\n<!-- pitchlint-disable-next-line vague-claim -- ${REASON_PLACEHOLDER} -->\r\nOur seamless sync for your team.\r\n`)
  })

  it('writes an MDX comment in MDX', () => {
    assert.equal(
      disable('# Pitch\n\nOur seamless sync for your team.\n', 'mdx'),
      `# Pitch\n\n{/* pitchlint-disable-next-line vague-claim -- ${REASON_PLACEHOLDER} */}\nOur seamless sync for your team.\n`,
    )
    assert.match(disable('- One.\n- Our seamless sync for your team.\n', 'mdx'), /- One\.\n {2}\{\/\* pitchlint-disable-next-line/)
  })
})
