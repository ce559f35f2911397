// The feature, outcome and pain tags that `inspect` shows and the rules use, as tables:
// each sentence with the tag it must carry, and near misses that must not carry it.

import assert from 'node:assert/strict'
import {lint} from '../../rules/src/index'

function tagsOf(text: string): readonly string[] {
  const sentences = lint(text).sentences
  assert.equal(sentences.length, 1, `expected one sentence in ${JSON.stringify(text)}`)
  return sentences[0]!.analysis.tags
}

const TABLES: Record<string, {tagged: string[]; untagged: string[]}> = {
  pain: {
    tagged: [
      'Teams waste hours stitching dashboards together.',
      'Your customers find out about outages before you do.',
      'Manual reviews slow every release.',
      'Audits fail when access is not logged.',
      'How much time does your team lose to flaky tests?',
      'How do you know if users are struggling with checkout?',
      'I’m concerned about getting locked into a three-year contract.',
      'Per-seat pricing climbs steeply as the team grows.',
      'Reconciling card spend takes two analysts three days each month.',
      '## The cost of manual reconciliation',
    ],
    untagged: [
      // Solved, absent or negated.
      'Eliminates downtime during deploys.',
      'No more spreadsheets at month-end.',
      'Zero-downtime upgrades on every plan.',
      'Runs with minimal overhead on a small server.',
      'Acme detects outages from 28 regions.',
      // Topic words, conditions and ordinary senses.
      'We describe each persona’s motivations and frustrations.',
      'What are your goals for this quarter?',
      'If your site goes down, the status page stays up.',
      'The dashboard breaks down spend by team.',
      'We have been working hard to improve onboarding.',
      'Fine-grained roles for every workspace.',
    ],
  },
  outcome: {
    tagged: [
      'Acme exports every approval, so auditors get the trail without a ticket.',
      'Acme syncs nightly, which means reps never update two systems.',
      'Connects to your ERP in a day, with no CSV exports.',
      'Saves your team an afternoon a week.',
      'Alerts reach on-call in seconds, giving them time to roll back.',
      'Cookieless tracking — no consent banners',
      'Month-end becomes a review, not a hunt.',
    ],
    untagged: ['Acme supports SAML SSO.', 'Acme is faster than Rival.', 'The free plan includes three projects.', 'So far, three teams have joined.'],
  },
  feature: {
    tagged: [
      'Acme supports SAML SSO and SCIM provisioning.',
      'PostHog’s free tier includes one million events.',
      'Every report is timestamped and stored.',
      'SAML SSO is available on the Business plan.',
      'You can pin any chart to a shared board.',
      '- Real-time dashboards',
      '- Runs on a single small server',
      '- **Audit log** — every change, with who and when',
    ],
    untagged: [
      '## Real-time dashboards',
      'Review the pricing page before the call.',
      'Teams waste hours stitching dashboards together.',
      'Marketing has created two new target lists.',
      'If you use the wrapper, you can now remove it.',
      '- Reworked our dashboard',
      '- Hold use-case workshops with the champion',
      '- Status: mark the objective as done',
      '- [Q3 roadmap](https://example.com/roadmap)',
    ],
  },
}

describe('semantic tags', () => {
  for (const [tag, {tagged, untagged}] of Object.entries(TABLES)) {
    describe(tag, () => {
      for (const text of tagged) it(`tags: ${text}`, () => assert.ok(tagsOf(text).includes(tag), `got ${JSON.stringify(tagsOf(text))}`))
      for (const text of untagged) it(`does not tag: ${text}`, () => assert.ok(!tagsOf(text).includes(tag), `got ${JSON.stringify(tagsOf(text))}`))
    })
  }
})
