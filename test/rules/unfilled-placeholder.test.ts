import assert from 'node:assert/strict'
import {applyFix, coverageLabel, lint, messagingCoverage} from '../../rules/src/index'
import unfilledPlaceholder from '../../rules/src/rules/unfilled-placeholder'
import {ruleTests} from '../helpers/rule-tester'

const PAIN_LINE = '‹Who› struggle with ‹problem›, which costs them ‹impact›.'

/** Sells (features, a claim) and states no pain: missing-pain offers "Add a pain line". */
const sellingSection = '# Why Acme\n\nAcme supports SAML SSO and SCIM provisioning.\nAcme exports every approval to S3.\nAcme is the fastest way to close the books.\nThe free plan includes three projects.\n'

ruleTests(unfilledPlaceholder, {
  valid: [
    'Finance teams lose two days every month matching receipts by hand.',
    // Shown as code, a placeholder is documentation of a template, not a gap in the copy.
    'Write `‹customer›` where the template names the account.',
    // Guillemets used as quotation marks hold no placeholder.
    'Acme connects to Salesforce in 5 minutes.',
    'An opening mark alone ‹ is not a placeholder.',
  ],
  invalid: [
    {
      text: PAIN_LINE,
      errors: [
        {messageId: 'unfilled', flagged: '‹Who›', message: 'Fill in or delete the placeholder “‹Who›” before this ships'},
        {flagged: '‹problem›'},
        {flagged: '‹impact›'},
      ],
    },
    // What a rewrite suggestion leaves behind.
    {text: 'Our ‹N›-minute, no-code integrations keep every team in sync.', errors: [{flagged: '‹N›', line: 1, column: 5}]},
    // In a list item and in a table cell (battlecards live in tables).
    {text: '- Cuts month-end close by ‹N› days for ‹customer›\n', errors: [{flagged: '‹N›'}, {flagged: '‹customer›'}]},
    {text: '| Acme | Rival |\n| --- | --- |\n| Syncs in ‹N› minutes | Nightly batch |\n', errors: [{flagged: '‹N›', line: 3}]},
    // A long placeholder is quoted cut short, so the message fits one row.
    {
      text: 'Acme closes the books in a day (source: ‹a named study, customer or benchmark from this year›).',
      errors: [{message: /^Fill in or delete the placeholder “‹a named study, customer or benchmark…›” before this ships$/}],
    },
  ],
})

describe('unfilled-placeholder: a drafted sentence counts for no coverage', () => {
  const addPainLine = (text: string): string => {
    const finding = lint(text).findings.find((f) => f.ruleId === 'missing-pain')
    assert.ok(finding?.suggestions?.[0], 'missing-pain offers "Add a pain line"')
    return applyFix(text, finding.suggestions[0].fix)
  }

  it('"Add a pain line" does not tick pain, and the file does not lint clean', () => {
    const drafted = addPainLine(sellingSection)
    assert.ok(drafted.includes(PAIN_LINE))
    const result = lint(drafted)
    // The analysis reads the template's words as a pain: only the placeholders stop it counting.
    const line = result.sentences.find((s) => s.view.text === PAIN_LINE)
    assert.ok(line?.analysis.tags.includes('pain'), 'the analysis tags the template line as a pain')
    assert.deepEqual(messagingCoverage(result.sections).map(coverageLabel), ['pain ✗ · outcome ✗ · proof ✗', 'pain ✗ · outcome ✗ · proof ✗'])
    const ruleIds = result.findings.map((f) => f.ruleId)
    assert.ok(ruleIds.includes('missing-pain'), 'the section still states no pain')
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'unfilled-placeholder').map((f) => [f.severity, drafted.slice(...f.range)]), [
      ['error', '‹Who›'],
      ['error', '‹problem›'],
      ['error', '‹impact›'],
    ])
  })

  it('the same line filled in states the pain', () => {
    const filled = addPainLine(sellingSection).replace(PAIN_LINE, 'Controllers struggle with month-end receipts, which costs them two days every month.')
    const result = lint(filled)
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'missing-pain' || f.ruleId === 'unfilled-placeholder'), [])
    assert.match(coverageLabel(messagingCoverage(result.sections)[0]), /^pain ✓/)
  })

  it('a proof suggestion left unfilled counts for no proof', () => {
    const text = '# Results\n\nAcme cuts forecast prep time by 50% (source: ‹named study, customer or benchmark›).\n'
    const result = lint(text)
    assert.ok(!messagingCoverage(result.sections).some((coverage) => coverage.elements.find((e) => e.tag === 'proof')!.present))
  })
})
