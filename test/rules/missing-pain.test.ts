import missingPain from '../../rules/src/rules/missing-pain'
import {ruleTests} from '../helpers/rule-tester'

const PAIN_LINE = '‹Who› struggle with ‹problem›, which costs them ‹impact›.'

const sellingSection = (heading: string) =>
  `${heading}\n\nAcme supports SAML SSO and SCIM provisioning.\nAcme exports every approval to S3.\nAcme is the fastest way to close the books.\nThe free plan includes three projects.\n`

/** A section long enough to make its document long, so the document is split at its headings. */
const pilotPlan = `## Pilot plan\n\n${'The pilot runs for two weeks.\n'.repeat(40)}\n`

ruleTests(missingPain, {
  valid: [
    // The pain is stated somewhere in the unit.
    '# Follow-up\n\nYour team loses two days every month to matching receipts by hand.\nAcme matches them as they arrive, so month-end takes an afternoon.',
    `${sellingSection('# Why Acme')}\nControllers lose two days every month chasing receipts in spreadsheets.\n`,
    // A heading can state the pain.
    sellingSection('# The cost of manual reconciliation'),
    // Sections that do not sell: process, setup, reference.
    sellingSection('# Setup'),
    sellingSection('## How to run the pilot'),
    '# Kickoff\n\nReview the account plan before the call.\nSchedule the pilot with the controller.\nSend the recap within a day.\n',
    // One selling sentence is not a pitch.
    '# Notes\n\nAcme supports SAML SSO.\nThe call is on Tuesday.\nBring the signed contract.\nAsk about the budget owner.\n',
    // Sales words in a plan are not a pitch: "seamless" and "best-in-class" in a vision statement.
    '# Vision\n\nNext year we will build a best-in-class onboarding flow.\nThe team should make setup seamless.\nWe plan to ship a cutting-edge importer.\nReview the plan on Friday.\n',
    // A snippet of three sentences is a fragment, not a message unit.
    '# Why Acme\n\nAcme supports SAML SSO.\nAcme exports every approval to S3.\nAcme is the fastest way to close the books.\n',
    // Problem, then solution: the pain in an earlier section frames the sections after it.
    `# Ledgerly\n\n## The problem\n\nFinance teams waste three days a month matching receipts by hand.\n\n${pilotPlan}${sellingSection('## What Ledgerly does')}`,
  ],
  invalid: [
    {
      text: sellingSection('# Why Acme'),
      errors: [
        {
          messageId: 'missingPain',
          flagged: '# Why Acme',
          message: 'Say who struggles with what, and what it costs them: “Why Acme” states no pain',
          suggestions: [{title: 'Add a pain line', output: sellingSection(`# Why Acme\n\n${PAIN_LINE}`)}],
        },
      ],
    },
    // A document without a heading is reported on its first line.
    {
      text: 'Acme supports SAML SSO and SCIM provisioning.\nAcme exports every approval to S3.\nAcme is the fastest way to close the books.\n\nWorth a call?\n',
      errors: [
        {
          flagged: 'Acme supports SAML SSO and SCIM provisioning.',
          message: /: this document states no pain$/,
          suggestions: [{title: 'Add a pain line', output: `${PAIN_LINE}\n\nAcme supports SAML SSO and SCIM provisioning.\nAcme exports every approval to S3.\nAcme is the fastest way to close the books.\n\nWorth a call?\n`}],
        },
      ],
    },
    // An email that pitches in sales words (a strong lexicon term in a selling sentence) sells too.
    {
      text: '# Outbound\n\nHi Dana,\n\nWe help finance teams supercharge their close with cutting-edge automation.\nOur robust platform offers seamless integrations.\nAcme connects to your bank in a day.\n\nWorth a call?\n',
      errors: [{flagged: '# Outbound', message: /“Outbound” states no pain/}],
    },
    // A short document is one unit: reported once on its title, not on each section.
    {
      text: `# Battlecard: Acme vs Rival\n\n${sellingSection('## Why we win')}\n${sellingSection('## Pricing talk track')}`,
      errors: [{flagged: '# Battlecard: Acme vs Rival', line: 1}],
    },
    // A long document is split into its sections; each selling section without pain is reported once.
    {
      text: `# Guide\n\n${sellingSection('## Why Acme')}\n${pilotPlan}${sellingSection('## Why now')}`,
      errors: [{flagged: '## Why Acme', line: 3}, {flagged: '## Why now'}],
    },
  ],
})
