import featureWithoutOutcome from '../../rules/src/rules/feature-without-outcome'
import {ruleTests} from '../helpers/rule-tester'

const MESSAGE = 'is a feature with no outcome'

ruleTests(featureWithoutOutcome, {
  valid: [
    // The outcome in the same sentence: a result clause, a consequence, a removed chore.
    'Acme exports every approval to S3, so auditors get the trail without filing a ticket.',
    'Acme syncs with Salesforce every five minutes, which means reps never update two systems.',
    'Ledgerly matches card lines to receipts as they arrive, so month-end is a review, not a hunt.',
    'Acme supports SAML SSO, giving IT one place to revoke access.',
    'Tallyworks connects to your bank in a day, with no CSV exports.',
    'The importer saves your team an afternoon of copying every quarter.',
    // The outcome in a sub-bullet of the same item.
    '- SAML SSO\n  - New hires get access on day one instead of waiting for IT.',
    '- Cookieless tracking — no consent banners',
    // Not features: headings, questions, instructions, people, history.
    '## Real-time dashboards',
    'Does your team still export dashboards to spreadsheets?',
    'Review the pricing page before the call.',
    '- Schedule a demo with the controller',
    'Teams waste hours stitching dashboards together.',
    'Customers choose Acme for its support.',
    'We rebuilt the importer from the ground up last year.',
    '- [Q3 roadmap review](https://example.com/roadmap)',
    '- Trial rollout plan (owner: solutions engineer)',
    '- Metrics',
    // A limitation that hurts states a pain, not a feature pitch.
    'Rival only offers SSO in the paid plan, so every new seat costs you $40 more.',
    // A list that is not a feature list.
    '- Result: the close took two days instead of six',
    '- Mobile-friendly - check your stats from anywhere',
    // Only the kinds asked for.
    {text: '- Real-time dashboards', options: {kinds: ['offering-does']}},
  ],
  invalid: [
    {text: 'Acme supports SAML SSO and SCIM provisioning.', errors: [{flagged: 'Acme supports', message: MESSAGE, messageId: 'noOutcome'}]},
    {text: 'The free plan includes three projects and 10,000 events a month.', errors: [{flagged: 'The free plan includes'}]},
    {text: 'PostHog’s free tier includes one million events.', errors: [{flagged: 'PostHog’s free tier includes'}]},
    {text: 'Every report is timestamped and stored for seven years.', errors: [{flagged: 'Every report is timestamped'}]},
    {text: 'Ledgerly runs on Postgres and Redis.', errors: [{flagged: 'Ledgerly runs'}]},
    {text: 'You can pin any chart to a shared board.', errors: [{flagged: 'You can pin'}]},
    {text: '- Runs on a single small server', errors: [{flagged: 'Runs'}]},
    {text: '| Feature | Acme |\n| --- | --- |\n| SSO | Included in the Business plan |', errors: [{flagged: 'Included'}]},
    {text: '- **Custom dashboards** — build reports for any team', errors: [{flagged: 'Custom dashboards'}]},
    {text: '- Pros: scheduled exports, audit log, SAML SSO', errors: [{flagged: 'scheduled exports, audit log, SAML SSO'}]},
    {
      text: '- Real-time dashboards\n- Scheduled PDF reports',
      errors: [
        {
          flagged: 'Real-time dashboards',
          line: 1,
          column: 3,
          suggestions: [
            {title: 'Turn the feature into `Feature: what the buyer gets`', output: '- Real-time dashboards: ‹what the buyer gets›\n- Scheduled PDF reports'},
            {title: 'Add what the buyer gets', output: '- Real-time dashboards so you can ‹outcome›\n- Scheduled PDF reports'},
          ],
        },
        {flagged: 'Scheduled PDF reports', line: 2},
      ],
    },
    {
      text: 'Acme exports every approval to S3.',
      errors: [{flagged: 'Acme exports', suggestions: [{title: 'Add what the buyer gets', output: 'Acme exports every approval to S3 so you can ‹outcome›.'}]}],
    },
    // An outcome in another list item does not count for this one.
    {text: '- Audit log\n- Alerts, so on-call hears about failures first', errors: [{flagged: 'Audit log'}]},
    // Positions are UTF-16: the emoji before the feature is two code units.
    {text: '🚀 Acme exports to S3.', errors: [{flagged: 'Acme exports', column: 4}]},
  ],
})
