// Every range is a UTF-16 offset into the source, whatever Markdown did to the text
// on the way (escapes, entities, continuation indents, block quote markers, tables).

import assert from 'node:assert/strict'
import {ChunkCache, LineIndex, lint} from '../../rules/src/index'
import {alignValue, isCopyKey} from '../../rules/src/markdown/front-matter-copy'
import {maskContainerMarkers, maskTemplateTags} from '../../rules/src/markdown/site-markup'

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

  it('lints headings, links text and emphasis, never code, URLs, HTML or front matter data', () => {
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

  it('lints the copy front matter holds (a description, a folded subtitle) where it is written, and nothing else of it', () => {
    const text = [
      '---',
      'title: A seamless platform',
      'description: "Our seamless sync for your team."',
      'subtitle: >-',
      '  Close the books',
      '  with a robust ledger for your team.',
      'tagline: 2026',
      'layout: seamless',
      '---',
      '',
      'Finance teams lose a week every month to reconciliation.',
      '',
    ].join('\n')
    assert.deepEqual(flagged(text), [
      {text: 'seamless', line: 3, column: 19},
      {text: 'robust', line: 6, column: 10},
    ])
    // Each value is a paragraph of its own, ranged over its words, not its quotes or indentation.
    assert.deepEqual(
      lint(text).sentences.map((s) => text.slice(...s.range)),
      ['Our seamless sync for your team.', 'Close the books\n  with a robust ledger for your team.', 'Finance teams lose a week every month to reconciliation.'],
    )
  })

  it('lints copy nested in front matter (an SEO block, a list of features) by its own key, and no data beside it', () => {
    const text = [
      '---',
      'seo:',
      '  title: A seamless platform',
      '  description: Our robust ledger for your team.',
      'features:',
      '  - title: Seamless sync',
      '    description: "Our seamless sync for your team."',
      '    image: {alt: a seamless chart, description: A seamless chart of the close}',
      'pitchlint:',
      '  profile: none',
      '---',
      '',
      'Finance teams lose a week every month to reconciliation.',
      '',
    ].join('\n')
    assert.deepEqual(flagged(text), [
      {text: 'robust', line: 4, column: 20},
      {text: 'seamless', line: 7, column: 23},
      {text: 'seamless', line: 8, column: 51},
    ])
  })

  it('looks for front matter copy only so deep: lists nested 500 levels leave the rest linted', () => {
    const text = `---\ndescription: Our seamless sync for your team.\nx: ${'['.repeat(500)}{description: Our robust ledger for your team.}${']'.repeat(500)}\n---\n\nFinance teams close late.\n`
    assert.deepEqual(flagged(text), [{text: 'seamless', line: 2, column: 18}])
  })

  it('lints edited front matter copy again, with a cache', () => {
    const cache = new ChunkCache()
    const before = '---\ndescription: Our sync for your team.\n---\n\nFinance teams close late.\n'
    assert.deepEqual(lint(before, {cache}).findings.map((f) => f.ruleId), [])
    const after = before.replace('Our sync', 'Our seamless sync')
    assert.deepEqual(lint(after, {cache}).findings.map((f) => after.slice(...f.range)), ['seamless'])
  })

  it('parses MDX and leaves JSX alone', () => {
    const text = 'import {Hero} from "./hero"\n\n<Hero title="a seamless tagline" />\n\nOur seamless sync for your team.\n\n{/* seamless */}\n'
    const findings = lint(text, {filePath: 'page.mdx'}).findings
    assert.deepEqual(findings.map((f) => text.slice(...f.range)), ['seamless'])
    assert.equal(new LineIndex(text).position(findings[0].range[0]).line, 5)
  })

  it('leaves template tags (Hugo shortcodes, Liquid) out of every sentence, and lints the prose between them', () => {
    const text = [
      '{{< callout type="info" title="A seamless tagline" >}}',
      'Acme supports SAML SSO and SCIM provisioning.',
      '{{< /callout >}}',
      '',
      '{{% note %}}Our robust sync is the fastest way to close the books.{{% /note %}}',
      '',
      '{% include seamless-cta.html %}',
      '',
    ].join('\n')
    const findings = lint(text).findings
    const quoted = findings.map((f) => `${f.ruleId}: ${text.slice(...f.range)}`).sort()
    assert.deepEqual(quoted, ['feature-without-outcome: Acme supports SAML SSO and SCIM provisioning', 'unproven-claim: the fastest', 'vague-claim: robust'])
    assert.ok(findings.every((f) => !f.message.includes('{{') && !f.message.includes('>}}')), findings.map((f) => f.message).join('\n'))
    assert.deepEqual(
      lint(text).sentences.map((s) => text.slice(...s.range)),
      ['Acme supports SAML SSO and SCIM provisioning.', 'Our robust sync is the fastest way to close the books.'],
    )
  })

  it('leaves code samples in site-generator tags out of the prose, and the tags themselves', () => {
    const text = [
      'Our seamless installer sets everything up.',
      '',
      '{{< code bash >}}kubectl apply -f https://example.com/operator.yaml',
      '# install the fastest operator',
      '',
      '- --force the seamless way',
      '{{< /code >}}',
      '',
      '{% highlight yaml %}',
      '# best-in-class settings',
      '{% endhighlight %}',
      '',
      'Next, configure the robust sync for your team.',
      '',
      // Never closed: a tag in passing, and the prose after it is linted.
      '{{< highlight go >}} is how our docs show a seamless example.',
      '',
    ].join('\n')
    const result = lint(text)
    assert.deepEqual(
      result.sentences.map((s) => text.slice(...s.range)),
      ['Our seamless installer sets everything up.', 'Next, configure the robust sync for your team.', 'is how our docs show a seamless example.'],
    )
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'vague-claim').map((f) => [text.slice(...f.range), new LineIndex(text).position(f.range[0]).line]), [['seamless', 1], ['robust', 13], ['seamless', 15]])
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

describe('front matter copy: which keys name it', () => {
  const cases: Array<[string[], string, boolean, string]> = [
    [['description'], 'description', true, 'a top-level key'],
    [['seo', 'description'], 'description', true, 'the same key nested'],
    [['seo', 'description'], 'seo.description', true, 'a dotted key naming the path'],
    [['hero', 'deck'], 'hero.deck', true, 'a dotted key naming the end of a longer path'],
    [['card', 'deck'], 'hero.deck', false, 'another parent'],
    [['description', 'text'], 'description', false, 'a key above the value, not its own'],
    [['deck'], 'hero.deck', false, 'a path shorter than the key'],
  ]
  for (const [path, key, expected, why] of cases) {
    it(`${why}: ${path.join('.')} by ${key} → ${expected}`, () => assert.equal(isCopyKey(path, key), expected))
  }
})

describe('front matter copy: where each character of a YAML value is written', () => {
  const cases: Array<[string, string, string, string]> = [
    // [the YAML value as written, its value, a word of it, that word as the source shows it]
    ['Fast sync for teams.', 'Fast sync for teams.', 'sync', 'sync'],
    ['"Fast sync for teams."', 'Fast sync for teams.', 'teams', 'teams'],
    ["'It''s fast sync.'", "It's fast sync.", 'fast', 'fast'],
    ['>-\n  Fast sync\n  for teams.', 'Fast sync for teams.', 'for', 'for'],
    ['Fast sync\n  for teams.', 'Fast sync for teams.', 'teams', 'teams'],
  ]
  for (const [written, value, word, shown] of cases) {
    it(`lines up ${JSON.stringify(written)}`, () => {
      const offsets = alignValue(value, written, [0, written.length])!
      const at = value.indexOf(word)
      assert.equal(written.slice(offsets[at], offsets[at + word.length - 1]! + 1), shown)
      assert.equal(offsets.length, value.length + 1)
    })
  }
  it('gives up on an escape that decodes to another character', () => {
    assert.equal(alignValue('It’s fast.', '"It\\u2019s fast."', [0, 17]), undefined)
  })
})

describe('site-generator markup: template tags', () => {
  // Each case: the text, and what is left of it (tags become spaces of the same length).
  const blank = (tag: string) => tag.replace(/[^\n]/g, ' ')
  const masked: Array<[string, string]> = [
    ['{{< figure src="a.png" >}} Our sync.', `${blank('{{< figure src="a.png" >}}')} Our sync.`],
    ['Before {{% tab "Teams" %}}after', `Before ${blank('{{% tab "Teams" %}}')}after`],
    ['{% raw %}x{% endraw %}', `${blank('{% raw %}')}x${blank('{% endraw %}')}`],
    ['{{<\nmulti\nline >}}', '   \n     \n        '],
    ['{{< a >}}{{< b >}}', ' '.repeat(18)],
  ]
  // Not tags: kept as written.
  const kept = [
    'Our {{ site.product }} name is a variable that renders prose.',
    'An opening {{< with no close.',
    'A close >}} with no opening.',
    'Costs {50%} less.',
    `{{< ${'x'.repeat(1200)} >}}`,
  ]

  for (const [text, expected] of masked) {
    it(`masks ${JSON.stringify(text)}`, () => assert.equal(maskTemplateTags(text), expected))
  }
  for (const text of kept) {
    it(`keeps ${JSON.stringify(text.slice(0, 40))}`, () => assert.equal(maskTemplateTags(text), text))
  }

  it('keeps the length, so every range stays exact', () => {
    const text = 'Intro {{< a >}} middle {% b %} end {{% c %}}'
    assert.equal(maskTemplateTags(text).length, text.length)
  })

  it('masks only the tag that closes, in a long run of openings with one close at the end', () => {
    const text = `${'{{< '.repeat(50_000)}x >}}`
    const result = maskTemplateTags(text)
    // The openings more than the tag limit before the close are kept; from the first within it, all is masked.
    const firstMasked = result.search(/ {5}/)
    assert.ok(firstMasked > 190_000 && text.length - firstMasked <= 1003, `masked from ${firstMasked} of ${text.length}`)
    assert.ok(result.slice(0, firstMasked) === text.slice(0, firstMasked) && /^ +$/.test(result.slice(firstMasked)))
  })
})

describe('site-generator markup: admonition markers', () => {
  const blank = (marker: string) => ' '.repeat(marker.length)
  const masked: Array<[string, string]> = [
    [':::tip Why teams switch\nAcme syncs.\n:::', `${blank(':::tip Why teams switch')}\nAcme syncs.\n${blank(':::')}`],
    ['::::note\nNested.\n::::', `${blank('::::note')}\nNested.\n${blank('::::')}`],
    ['!!! note "Pricing"\nAcme syncs.', `${blank('!!! note "Pricing"')}\nAcme syncs.`],
    ['???+ info inline end\nAcme syncs.', `${blank('???+ info inline end')}\nAcme syncs.`],
    ['[!NOTE]\nAcme syncs.', `${blank('[!NOTE]')}\nAcme syncs.`],
    ['[!tip] Acme syncs.', `${blank('[!tip]')} Acme syncs.`],
  ]
  const kept = [
    'Note: :::tip in the middle of a line.',
    'Wow!!! Our sync.',
    '!!! not a marker, only a shout?',
    'See [!NOTE] in the middle.',
    '[!FOOTNOTE] is no alert type.',
  ]
  for (const [text, expected] of masked) {
    it(`masks ${JSON.stringify(text)}`, () => assert.equal(maskContainerMarkers(text), expected))
  }
  for (const text of kept) {
    it(`keeps ${JSON.stringify(text)}`, () => assert.equal(maskContainerMarkers(text), text))
  }

  it('lints the text inside Docusaurus, MkDocs and GitHub alert boxes as prose of its own', () => {
    const text = [
      ':::tip Why teams switch',
      'Acme supports SAML SSO and SCIM provisioning.',
      ':::',
      '',
      '!!! note "Pricing"',
      '    Our seamless platform syncs every ledger.',
      '',
      '> [!NOTE]',
      '> Acme supports audit logs on every plan.',
      '',
    ].join('\n')
    assert.deepEqual(
      lint(text).sentences.map((s) => text.slice(...s.range)),
      ['Acme supports SAML SSO and SCIM provisioning.', 'Our seamless platform syncs every ledger.', 'Acme supports audit logs on every plan.'],
    )
  })
})
