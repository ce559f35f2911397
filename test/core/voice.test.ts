// Whose voice a sentence is in, through the real engine: each sentence is linted, and its
// view (block, table column, blockquote) is read with the competitors and our name the
// document was linted with (config plus title). Tables of our own sentences: each voice
// with the sentences that must carry it.

import assert from 'node:assert/strict'
import {competitorsFromTitle, documentTitle, lint, resolveConfig, voiceOf, withDocumentVoice, type ResolvedConfig, type Voice, type VoiceCall} from '../../rules/src/index'

const RIVALS = resolveConfig({competitors: ['Globex']})

/** Every sentence of a document with the voice it is in, as `voice: text`. */
function voices(text: string, config?: ResolvedConfig): string[] {
  const result = lint(text, {config})
  return result.sentences.map((sentence) => `${voiceOf(sentence.view, result.voice).voice}: ${sentence.view.text}`)
}

/** The call for a one-sentence document. */
function callFor(text: string, config: ResolvedConfig = RIVALS): VoiceCall & {text: string} {
  const result = lint(`${text}\n`, {config})
  assert.equal(result.sentences.length, 1, `expected one sentence in ${JSON.stringify(text)}: ${result.sentences.map((s) => s.view.text).join(' | ')}`)
  const {view} = result.sentences[0]!
  return {...voiceOf(view, result.voice), text: view.text}
}

/** With `competitors: [Globex]` in config and no title. */
const TABLE: Record<Voice, string[]> = {
  competitor: [
    'Globex provides an app catalog with two hundred connectors.',
    'Globex’s free tier includes three seats.',
    "Globex's free tier includes three seats and a shared inbox.",
    'Unlike Acme, Globex requires a separate plugin for SSO.',
    'The Globex app syncs once a day.',
    'But globex charges extra for audit logs.',
    'Globex calls itself “seamless”.',
    'They claim to be the fastest CRM on the market.',
    'Their “seamless” sync breaks every week.',
    'With Globex, SSO costs extra.',
    'On Globex’s free plan, exports are capped at 100 rows.',
    'According to Globex, setup takes an hour.',
    'Teams on Globex wait days for a support reply.',
    'Legacy tools require a dedicated admin.',
    'Most tools stop at dashboards.',
    'Every vendor claims to be the fastest.',
    'Traditional CRMs bury the pipeline under custom fields.',
    'Globex pricing: per seat, billed yearly.',
    '“The only CRM you will ever need,” says Globex.',
  ],
  customer: [
    '“We cut onboarding from three weeks to two days.”',
    '"Acme paid for itself in the first quarter."',
    '“We cut onboarding to a day,” says Jane Park, VP Engineering at Initech.',
    'Jane Park put it simply: “We stopped dreading month-end.”',
    '— Jane Doe, CTO at Initech',
    'We needed a tool that made onboarding easy to use.',
    'We were spending two days a month reconciling spreadsheets.',
    'Our finance team needed one place for approvals.',
    'Initech was looking for a faster way to close the books.',
    'The team wanted a single view of every deploy.',
    'Then they ran into rate limits on every sync.',
    'Before Acme, Initech’s engineers spent two days on every release.',
    'Previously, reporting took two analysts three days.',
    'Since switching to Acme, we have cut review time in half.',
    'I needed something my team would actually open.',
    'Initech moved to Acme in 2024 and closed in three days.',
  ],
  reader: [
    'Your team wastes hours stitching dashboards together.',
    'You can’t see which deploy broke checkout.',
    'You’ll get SSO on every plan.',
    'Tired of per-seat pricing that climbs every quarter?',
    'Still using spreadsheets to track renewals?',
  ],
  ours: [
    'We sync every approval to your ERP.',
    'Our API exports to S3 in under a minute.',
    'It runs on a single small server.',
    'The platform scales to millions of events a day.',
    'Exports to S3 every night.',
    'Includes SAML SSO on every plan.',
    'Acme is faster than Globex on every benchmark we ran.',
    'Unlike Globex, Acme includes SSO on every plan.',
    'Acme’s free plan includes three projects.',
  ],
  neutral: [
    'Teams waste hours stitching dashboards together.',
    'Switching from Globex takes a day.',
    'Customers moving off Globex keep their history.',
    'Book a demo with our team.',
    'SOC 2 requires an annual audit.',
    'It takes a day to set up the pilot.',
    'Gartner named Acme a leader this year.',
    'Finance leaders care about the close.',
    // A participle with its agent or purpose describes the offering, as a headline does: no customer's past.
    'Acme trusted by 500 finance teams.',
    'Acme built for controllers who close by hand.',
    'Forecasts powered by live bank data.',
    // A sentence adverb opens the sentence; it names no one.
    'Frequently asked questions about Acme.',
  ],
}

describe('voice', () => {
  for (const [voice, sentences] of Object.entries(TABLE) as Array<[Voice, string[]]>) {
    describe(voice, () => {
      for (const text of sentences) {
        it(text, () => {
          const call = callFor(text)
          assert.equal(call.voice, voice, `${JSON.stringify(call.text)}: ${call.reason}`)
          assert.ok(call.reason.length > 0)
          assert.ok(call.start >= 0 && call.start <= call.end && call.end <= call.text.length, `range ${call.start}–${call.end}`)
        })
      }
    })
  }

  it('points at the words that decided it', () => {
    const subject = callFor('Unlike Acme, Globex requires a separate plugin for SSO.')
    assert.equal(subject.text.slice(subject.start, subject.end), 'Globex')
    const need = callFor('We needed a tool that made onboarding easy to use.')
    assert.equal(need.text.slice(need.start, need.end), 'We needed')
    const reader = callFor('Your team wastes hours stitching dashboards together.')
    assert.equal(reader.text.slice(reader.start, reader.end), 'Your')
  })

  // The patterns fold "ſ" to "s" and the Kelvin sign to "k", take a no-break space for a
  // space and "’", "—" for punctuation: the word guards that skip them must agree.
  it('reads characters outside ASCII beside its words as its patterns do', () => {
    const expected: Array<[Voice, string]> = [
      ['competitor', 'Teams ſtuck on Globex wait days for a reply.'],
      ['competitor', 'Moſt tools stop at dashboards.'],
      ['competitor', 'Teams on\u00a0Globex wait days for a reply.'],
      ['competitor', 'Legacy tools—and their add-ons—require a dedicated admin.'],
      ['competitor', 'Every vendor’s claims sound alike.'],
      ['customer', 'Initech’s engineers spent two days on every release.'],
      ['customer', '“We cut onboarding to a day,” ſays Jane Park.'],
      ['neutral', 'It’s worth a pilot.'],
      ['neutral', 'It’s no secret that pilots stall.'],
    ]
    for (const [voice, text] of expected) assert.equal(callFor(text).voice, voice, text)
  })

  it('matches competitor names case-insensitively, on word boundaries only', () => {
    assert.equal(callFor('GLOBEX ships a mobile app.').voice, 'competitor')
    // "Globexify" is another product: not the rival.
    assert.notEqual(callFor('Globexify ships a mobile app.').voice, 'competitor')
    // Without the config, Globex is just a name.
    assert.notEqual(callFor('Globex provides an app catalog with two hundred connectors.', resolveConfig()).voice, 'competitor')
  })

  it('reads a sentence in a blockquote as a quoted customer, and a callout as prose', () => {
    assert.deepEqual(voices('> Acme cut our review time in half.\n>\n> — Jane Doe, CTO at Initech\n'), [
      'customer: Acme cut our review time in half.',
      'customer: — Jane Doe, CTO at Initech',
    ])
    assert.deepEqual(voices('> **Note:** Globex bills per seat.\n', RIVALS), ['competitor: Note: Globex bills per seat.'])
    // Without a speaker, a blockquote is quoted copy (a talk track, a sample email): ours to lint.
    assert.deepEqual(voices('> Our seamless sync keeps every rep in step.\n').map((line) => line.split(':')[0]), ['ours'])
    assert.deepEqual(voices('> The fastest CRM on the planet.\n> — Globex homepage\n', RIVALS).map((line) => line.split(':')[0]), ['competitor', 'competitor'])
  })

  it('reads a quotation that runs over several sentences as the customer’s', () => {
    assert.deepEqual(voices('“We had six tools. Acme replaced all of them. Now the team ships weekly.” That was the week the pilot ended.\n'), [
      'customer: “We had six tools.',
      'customer: Acme replaced all of them.',
      'customer: Now the team ships weekly.”',
      'neutral: That was the week the pilot ended.',
    ])
  })

  describe('tables', () => {
    const comparison = '| Capability | Acme | Globex |\n| --- | --- | --- |\n| SSO | Included on every plan | Requires the enterprise plan |\n| Exports | Streams to S3 | Weekly CSV by email |\n'

    it('gives a competitor’s column to the competitor (from config)', () => {
      assert.deepEqual(voices(comparison, RIVALS), [
        'neutral: Capability',
        'ours: Acme',
        'competitor: Globex',
        'neutral: SSO',
        'ours: Included on every plan',
        'competitor: Requires the enterprise plan',
        'neutral: Exports',
        'ours: Streams to S3',
        'competitor: Weekly CSV by email',
      ])
    })

    it('gives a competitor’s column to the competitor (from the title, no config)', () => {
      const text = `# Acme vs Globex\n\n${comparison}`
      const result = lint(text)
      assert.deepEqual(result.voice, {competitors: ['Globex'], ours: 'Acme'})
      const cells = voices(text).slice(1)
      assert.deepEqual(cells.filter((cell) => cell.startsWith('competitor')), ['competitor: Globex', 'competitor: Requires the enterprise plan', 'competitor: Weekly CSV by email'])
      assert.ok(cells.includes('ours: Included on every plan'))
      // Without the title, nothing says Globex is a rival.
      assert.deepEqual(voices(comparison).filter((cell) => cell.startsWith('competitor')), [])
    })

    it('gives generic rival columns to the competitor', () => {
      for (const header of ['Competitor', 'Competitors', 'Others', 'Other tools', 'Alternatives', 'Them', 'Legacy tools', 'Traditional CRMs']) {
        const cells = voices(`| Capability | Acme | ${header} |\n| --- | --- | --- |\n| Audit log | Every change, kept a year | Requires an add-on |\n`)
        assert.equal(cells.at(-1), 'competitor: Requires an add-on', header)
        assert.equal(cells.at(-2), 'ours: Every change, kept a year', header)
      }
    })

    it('gives a rival’s row to the competitor in a table with a row per vendor', () => {
      assert.deepEqual(voices('| Vendor | SSO |\n| --- | --- |\n| Globex | Enterprise plan only |\n| Umbrella | Every plan |\n', RIVALS), [
        'neutral: Vendor',
        'neutral: SSO',
        'competitor: Globex',
        'competitor: Enterprise plan only',
        'neutral: Umbrella',
        'neutral: Every plan',
      ])
    })

    it('reads a before/after table as the customer’s past and our result', () => {
      assert.deepEqual(voices('| Before | After |\n| --- | --- |\n| Reports took three days | Reports take an hour |\n'), [
        'customer: Before',
        'ours: After',
        'customer: Reports took three days',
        'ours: Reports take an hour',
      ])
    })
  })

  it('takes competitors from the front-matter title, and leaves documents without one alone', () => {
    const text = '---\ntitle: "Acme vs. Globex: which CRM fits a ten-person team"\n---\n\nGlobex charges per seat.\n'
    assert.deepEqual(voices(text), ['competitor: Globex charges per seat.'])
    assert.deepEqual(lint('Globex charges per seat.\n').voice, {competitors: []})
    const base = resolveConfig()
    assert.equal(withDocumentVoice(base, '# Pricing\n\nPlans for every team.\n'), base)
  })

  it('reads which side of “X vs Y” is ours from what the page asks of the buyer', () => {
    // Vendors title comparison pages both ways round; the page says which side it sells.
    const theirsFirst = '# Globex vs Acme\n\nGlobex offers dashboards and weekly exports.\n\nAcme syncs every ledger nightly.\n\nLooking for a Globex alternative? Try Acme free for a month.\n'
    assert.deepEqual(lint(theirsFirst).voice, {competitors: ['Globex'], ours: 'Acme'})
    assert.deepEqual(voices(theirsFirst).slice(1, 3), ['competitor: Globex offers dashboards and weekly exports.', 'ours: Acme syncs every ledger nightly.'])
    // A body that does not tell leaves the left side ours; so does one that agrees with it.
    assert.deepEqual(lint('# Globex vs Acme\n\nGlobex offers dashboards.\n').voice, {competitors: ['Acme'], ours: 'Globex'})
    assert.deepEqual(lint('# Acme vs Globex\n\nTeams switch from Globex to Acme in a day.\n').voice, {competitors: ['Globex'], ours: 'Acme'})
  })

  it('keeps one derived config per title, with its own fingerprint', () => {
    const base = resolveConfig({competitors: ['Initech']})
    const first = withDocumentVoice(base, '# Acme vs Globex\n\nText.\n')
    const again = withDocumentVoice(base, '# Acme vs Globex\n\nOther text.\n')
    assert.equal(again, first)
    assert.equal(first.lexicon, base.lexicon)
    assert.notEqual(first.fingerprint, base.fingerprint)
    assert.deepEqual(first.competitors, ['Initech', 'Globex'])
    assert.equal(first.ours, 'Acme')
    assert.notEqual(withDocumentVoice(base, '# Acme vs Umbrella\n').fingerprint, first.fingerprint)
    // The config wins: a configured rival on the left of "vs" is not ours.
    const swapped = withDocumentVoice(resolveConfig({competitors: ['Globex']}), '# Globex vs Acme\n')
    assert.equal(swapped.ours, 'Acme')
    assert.deepEqual(swapped.competitors, ['Globex'])
  })

  describe('competitorsFromTitle', () => {
    const cases: Array<[string, {ours?: string; competitors: string[]}]> = [
      ['Acme vs Globex', {ours: 'Acme', competitors: ['Globex']}],
      ['Acme vs. Globex: which CRM fits a ten-person team?', {ours: 'Acme', competitors: ['Globex']}],
      ['Acme versus Globex', {ours: 'Acme', competitors: ['Globex']}],
      ['Acme compared to Globex', {ours: 'Acme', competitors: ['Globex']}],
      ['Acme vs Globex vs Initech', {ours: 'Acme', competitors: ['Globex', 'Initech']}],
      ['Comparison: Acme vs Globex pricing', {ours: 'Acme', competitors: ['Globex']}],
      ['**Acme** vs [Globex](https://globex.example)', {ours: 'Acme', competitors: ['Globex']}],
      ['Globex alternatives', {competitors: ['Globex']}],
      ['The best Globex alternative', {competitors: ['Globex']}],
      ['Top 7 Globex Alternatives for 2025', {competitors: ['Globex']}],
      ['Top Five Globex Alternatives in 2026', {competitors: ['Globex']}],
      ['A Hosted Globex Alternative', {competitors: ['Globex']}],
      ['Acme Build Leaves Beta', {competitors: []}],
      ['Alternatives to Globex', {competitors: ['Globex']}],
      ['Acme: the Globex alternative for small teams', {ours: 'Acme', competitors: ['Globex']}],
      ['Why teams switch from Globex to Acme', {ours: 'Acme', competitors: ['Globex']}],
      ['Migrating from Globex', {competitors: ['Globex']}],
      ['Leaving Globex for Acme', {ours: 'Acme', competitors: ['Globex']}],
      ['Build vs. buy: the real cost of a CRM', {competitors: []}],
      ['How Initech cut onboarding to a day', {competitors: []}],
      ['Switch to Acme', {competitors: []}],
      ['Pricing', {competitors: []}],
    ]
    for (const [title, expected] of cases) it(title, () => assert.deepEqual(competitorsFromTitle(title), expected))
    const bodies: Array<[string, string, {ours?: string; competitors: string[]}]> = [
      ['Globex vs Acme', 'The Globex alternative for small teams.', {ours: 'Acme', competitors: ['Globex']}],
      ['Globex vs Acme', 'Get started with Acme in five minutes.', {ours: 'Acme', competitors: ['Globex']}],
      ['Globex vs. Acme: pricing', 'Teams moving from Globex keep their data.', {ours: 'Acme', competitors: ['Globex']}],
      ['Globex vs Acme', 'Globex and Acme both export CSV.', {ours: 'Globex', competitors: ['Acme']}],
      ['Acme vs Globex', 'Unlike Globex, Acme bills per workspace.', {ours: 'Acme', competitors: ['Globex']}],
      ['Globex vs Acme vs Initech', 'Try Acme free.', {ours: 'Acme', competitors: ['Globex', 'Initech']}],
      ['Globex vs Acme vs Initech', 'Globex, Acme and Initech compared.', {ours: 'Globex', competitors: ['Acme', 'Initech']}],
    ]
    for (const [title, body, expected] of bodies) it(`${title}, with “${body}” below it`, () => assert.deepEqual(competitorsFromTitle(title, body), expected))
  })

  describe('documentTitle', () => {
    it('reads front matter first, then the first # or ## heading, outside code', () => {
      assert.equal(documentTitle('---\ntitle: "Acme vs. Globex"\ndate: 2025-01-01\n---\n# Other\n'), 'Acme vs. Globex')
      assert.equal(documentTitle('---\ndate: 2025-01-01\n---\n\nIntro.\n\n## Acme vs Globex\n'), 'Acme vs Globex')
      assert.equal(documentTitle('```md\n# not a heading\n```\n# Acme vs Globex\n'), 'Acme vs Globex')
      assert.equal(documentTitle('### Too deep\n\nText.\n'), undefined)
      assert.equal(documentTitle(`${'Line.\n'.repeat(60)}# Too late\n`), undefined)
    })
  })
})
