// What the user reads: every message leads with the advice and fits one Problems-panel
// row (100 characters, no literal backticks: VS Code shows them as typed), and one
// phrase gets one finding (rules/src/rules/precedence.ts). A rewrite suggestion fits
// the slot of the words it replaces: applied, it leaves one sentence and no new finding.

import assert from 'node:assert/strict'
import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {lint, resolveConfig, type Finding} from '../../rules/src/index'
import {samePhrase} from '../../rules/src/rules/precedence'
import {MESSAGE_MAX_CHARS, quotableSource} from '../../rules/src/rules/quote'
import {checkSuggestions} from '../../scripts/check-suggestions'

const examplesDir = join(import.meta.dirname, '../../examples')
const examples = readdirSync(examplesDir).filter((name) => name.endsWith('.md')).map((name) => ({name, text: readFileSync(join(examplesDir, name), 'utf8')}))

/** Our own sentences: each one trips several rules at once, or quotes long words. */
const OWN_SENTENCES = [
  'We offer industry-leading support.',
  'Acme offers flexible, transparent pricing for every team.',
  'Our seamless integrations keep every team in sync.',
  'Acme revolutionizes the way finance teams close the books.',
  'Acme is the fastest, most robust platform for month-end reconciliation across every subsidiary and currency.',
  'We help finance teams supercharge their close with cutting-edge automation.',
  'Unlock the power of your pipeline data with our best-in-class, enterprise-grade analytics.',
  '- Real-time multi-entity consolidation dashboards with scheduled PDF exports for every controller',
  'Acme is very, very fast and extremely easy to use.',
  'Teams close deals 3x faster with guided plays and a world-class onboarding program.',
  '# Why Acme is the obvious, market-leading choice for finance teams of every size\n\nAcme supports SAML SSO and SCIM provisioning.\nAcme exports every approval to S3.\nAcme is the fastest way to close the books.\nThe free plan includes three projects.\n',
  '‹Who› struggle with ‹problem›, which costs them ‹impact›.',
  'Cuts forecast prep time by 50% (source: ‹a named study, customer or benchmark that backs this claim›).',
  '<!-- pitchlint-disable-next-line vague-claim -->\nSupports 12 languages and exports to CSV.',
  '<!-- pitchlint-disable-next-line vague-claim-but-mistyped-with-a-long-name-that-goes-on -->\nText.\n\n<!-- pitchlint-ignore-everything-below-this-line-please -->\n',
]

function check(label: string, findings: readonly Finding[]): void {
  for (const finding of findings) {
    assert.ok(finding.message.length <= MESSAGE_MAX_CHARS, `${label}: ${finding.ruleId} message is ${finding.message.length} characters: ${finding.message}`)
    assert.ok(!finding.message.includes('`'), `${label}: ${finding.ruleId} message has a backtick: ${finding.message}`)
    for (const suggestion of finding.suggestions ?? []) assert.ok(!suggestion.title.includes('`'), `${label}: suggestion title has a backtick: ${suggestion.title}`)
  }
  for (const [index, finding] of findings.entries()) {
    for (const other of findings.slice(index + 1)) {
      if (other.ruleId !== finding.ruleId) assert.ok(!samePhrase(finding.range, other.range), `${label}: ${finding.ruleId} and ${other.ruleId} both name ${finding.range.join(':')}/${other.range.join(':')}`)
    }
  }
}

describe('messages', () => {
  for (const {name, text} of examples) {
    it(`examples/${name}: short messages, no backticks, one finding per phrase`, () => check(name, lint(text, {filePath: name}).findings))
  }
  for (const text of OWN_SENTENCES) {
    it(`${text.split('\n')[0]}: short messages, no backticks, one finding per phrase`, () => {
      // The rule that is off by default on too, so it is held to the same bar.
      check(text, lint(text, {config: resolveConfig({rules: {'unused-disable-comment': 'error'}})}).findings)
    })
  }

  it('one phrase, one finding: the lexicon entry wins over the claim pattern; a word and the clause around it are two problems', () => {
    const flagged = (text: string) => lint(text).findings.map((f) => [f.ruleId, text.slice(...f.range)])
    assert.deepEqual(
      flagged('We offer industry-leading support.').filter(([rule]) => rule !== 'feature-without-outcome'),
      [['vague-claim', 'industry-leading']],
    )
    assert.deepEqual(flagged('Acme offers flexible, transparent pricing for every team.'), [
      ['feature-without-outcome', 'Acme offers flexible, transparent pricing for every team'],
      ['vague-claim', 'flexible'],
    ])
  })

  it('one point, one finding: a profile point without an outcome replaces feature-without-outcome on the same words, and keeps its fix', () => {
    const text = '---\npitchlint: {profile: call-script}\n---\n\n# Discovery\n\n## Opener\n\nThanks for the time.\n\n## Discovery questions\n\n1. What does a late close cost you?\n\n## Talk track\n\nAcme matches bank lines automatically.\n\n## Next steps\n\nA pilot starting Monday.\n'
    const point = 'Acme matches bank lines automatically'
    const on = (findings: readonly Finding[]) => findings.filter((f) => text.slice(...f.range).startsWith(point)).map((f) => `${f.ruleId} ${f.messageId}`)
    const findings = lint(text).findings
    assert.deepEqual(on(findings), ['missing-element pointWithoutOutcome'])
    const fix = findings.find((f) => f.messageId === 'pointWithoutOutcome')!.suggestions?.[0]?.fix
    assert.ok(fix && text.slice(0, fix.range[0]).endsWith(point) && fix.text.startsWith(', so'), JSON.stringify(fix))
    // With missing-element off, the feature is still reported.
    assert.deepEqual(on(lint(text, {config: resolveConfig({rules: {'missing-element': 'off'}})}).findings), ['feature-without-outcome noOutcome'])
  })

  it('two findings name the same phrase when they share at least half of the longer', () => {
    assert.ok(samePhrase([10, 26], [10, 26]))
    assert.ok(samePhrase([10, 26], [10, 34]))
    assert.ok(!samePhrase([10, 18], [0, 57]))
    assert.ok(!samePhrase([0, 5], [5, 9]))
  })

  it('the message leads with the advice; the why is in the note the hover shows', () => {
    const [finding] = lint('Our seamless integrations keep every team in sync.').findings
    assert.equal(finding.message, 'Say what the buyer gets: “seamless” is a claim every vendor makes')
    assert.match(finding.note ?? '', /Every vendor calls its integration seamless/)
  })
})

describe('suggestions fit their slot', () => {
  it('"seamless" before a noun is offered the adjective rewrite, not the verb phrases', () => {
    const text = 'Our seamless integrations keep every team in sync.'
    const [finding] = lint(text).findings
    const outputs = (finding.suggestions ?? []).map((s) => text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1]))
    assert.deepEqual(outputs, ['Our ‹N›-minute, no-code integrations keep every team in sync.', 'Our integrations keep every team in sync.'])
  })

  it('a verb takes a verb phrase that agrees with it, in place of the verb and its object', () => {
    const text = 'Acme revolutionizes the way finance teams close the books.'
    const [finding] = lint(text).findings
    const first = finding.suggestions![0]
    assert.equal(text.slice(0, first.fix.range[0]) + first.fix.text + text.slice(first.fix.range[1]), 'Acme cuts ‹process› from ‹N› days to ‹M› hours.')
  })

  for (const {name, text} of examples) {
    it(`examples/${name}: every suggestion leaves one sentence and no new finding`, () => {
      const {suggestions, problems} = checkSuggestions(text, name)
      assert.ok(suggestions > 0, 'the example has suggestions to apply')
      assert.deepEqual(problems, [])
    })
  }
})

describe('quoting source text in a message', () => {
  it('quotes the words, not the Markdown around them', () => {
    assert.equal(quotableSource('Bank sync](https://example.com/sync) for every account', 40), 'Bank sync for every account')
    assert.equal(quotableSource('**Audit log:** records _every_ approval', 40), 'Audit log: records every approval')
    assert.equal(quotableSource('Exports to [S3][s3] and `BigQuery`', 40), 'Exports to S3 and BigQuery')
    assert.equal(quotableSource('Single report<br>Scheduled report', 40), 'Single report Scheduled report')
    assert.equal(quotableSource('Counts user_sast_jobs per project', 40), 'Counts user_sast_jobs per project')
  })
  it('reads only the start of a huge sentence, and says that it was cut', () => {
    assert.equal(quotableSource('['.repeat(200_000), 32), '…')
    assert.equal(quotableSource(`Syncs ${'every bank '.repeat(20_000)}`, 32), 'Syncs every bank every bank…')
  })
})
