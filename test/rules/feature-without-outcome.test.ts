import featureWithoutOutcome from '../../rules/src/rules/feature-without-outcome'
import {ruleTests} from '../helpers/rule-tester'

const MESSAGE = 'Say what the buyer gets from “Acme supports SAML SSO and…”: it is a feature with no outcome'

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
    // A limitation that hurts states a pain, not a feature pitch.
    'Rival only offers SSO in the paid plan, so every new seat costs you $40 more.',
    // A list that is not a feature list.
    '- Result: the close took two days instead of six',
    '- Mobile-friendly - check your stats from anywhere',
    // Whose words: a competitor's capabilities, a customer's stated need, a quoted customer.
    '# Acme vs Globex\n\nGlobex provides an app catalog and a plugin marketplace.',
    '# Acme vs Globex\n\n| Capability | Acme | Globex |\n| --- | --- | --- |\n| Audit | Every change is logged, so audits take an hour | An audit log on the Enterprise plan |',
    'We needed a tool that exported every approval to S3.',
    '> "Acme supports every bank we use." — Dana Lee, CFO at Initech',
    // A value with a short note in parentheses is still the value its row and column name.
    '| | Acme |\n| --- | --- |\n| Open source | Yes (AGPL-3.0) |\n| Self-hosting | Yes (Docker) |\n| Free tier | 0 (free) |',
    // A table row is one message: the outcome may sit in another cell, under an outcome column or not.
    '| Capability | What it does | Why it matters |\n| --- | --- | --- |\n| Bank sync | Syncs every bank feed nightly | Controllers start month-end with every line already matched |\n| Audit log | Records every approval with its timestamp | Auditors see the whole trail in one place |',
    '| Feature | Acme | Notes |\n| --- | --- | --- |\n| SSO | SAML SSO and SCIM provisioning | Leavers lose access the same day, without a ticket to IT |',
    // A pricing table's prices, years and marks are the values of what each row names.
    '| | Starter | Team |\n| --- | --- | --- |\n| Price | $19 | $2,900/yr |\n| SSO | — | ✓ |\n| Audit log | No | Yes |\n| Since | 2019 | 2021 |',
    // A cell of one word is the value of what its row and column name: a licence, a count, a status.
    '| Project | License | Stars | Hosting |\n| --- | --- | --- | --- |\n| Ledgerly | AGPL-3.0 | 187 | Private |\n| Tallyworks | MIT | 12 | Public |',
    // A label with a one-word value fills in a field, as a key–value row does.
    '- **Sales segment:** Enterprise\n- **Owner:** Marketing\n- **Status:** Beta',
    'License: Proprietary',
    // A cell or line that is only a link points to another page.
    '| Team | Page |\n| --- | --- |\n| Data | [GTM data fusion](https://example.com/data) |\n| Sales | [Pipeline review dashboards](https://example.com/sales) |',
    'Demo: [Compliant release pipelines](https://example.com/demo)',
    '| | Starter | Team |\n| --- | --- | --- |\n| Projects | 3 | Unlimited |\n| Exports | X | ✓ |',
    // A cell of only a number, however written, is the value of what its row names.
    '| | Starter | Growth |\n| --- | --- | --- |\n| Monthly active users | 1,000 | ~10,000 |\n| Uptime change | +2% | +4% |',
    // A record or a glossary: the cells beside a name are its value or its meaning.
    '| Metadata | Description |\n| --- | --- |\n| Available for | All agents |\n| Owner | Partner marketing |',
    '| Term | Definition |\n| --- | --- |\n| MQL | A lead that marketing has qualified |\n| ARR | Annual recurring revenue |',
    // A column that says whom each row suits, or what kind of product it is: an audience or a category.
    '| Tool | Best for | Type |\n| --- | --- | --- |\n| Ledgerly | Growing finance teams with several entities | Cloud accounting and payroll |\n| Tallyworks | Small agencies, freelancers | Invoicing and time tracking |',
    '| Plan | **Who it’s for** |\n| --- | --- |\n| Team | Companies with a dedicated finance lead |',
    // Only the kinds asked for.
    {text: '- Real-time dashboards', options: {kinds: ['offering-does']}},
  ],
  invalid: [
    // The finding quotes the feature statement, not just its subject and verb.
    {text: 'Acme supports SAML SSO and SCIM provisioning.', errors: [{flagged: 'Acme supports SAML SSO and SCIM provisioning', message: MESSAGE, messageId: 'noOutcome'}]},
    {text: 'The free plan includes three projects and 10,000 events a month.', errors: [{flagged: 'The free plan includes three projects and 10,000 events a month'}]},
    {text: 'PostHog’s free tier includes one million events.', errors: [{flagged: 'PostHog’s free tier includes one million events'}]},
    {text: 'Ledgerly runs on Postgres and Redis.', errors: [{flagged: 'Ledgerly runs on Postgres and Redis'}]},
    {text: 'You can pin any chart to a shared board.', errors: [{flagged: 'You can pin any chart to a shared board'}]},
    {text: '- Runs on a single small server', errors: [{flagged: 'Runs on a single small server'}]},
    // A table cell; the row label beside it names the row and is not a statement.
    {text: '| Feature | Acme |\n| --- | --- |\n| SSO | Included in the Business plan |', errors: [{flagged: 'Included in the Business plan'}]},
    // A row whose outcome column is empty has no outcome.
    {text: '| Capability | What it does | Why it matters |\n| --- | --- | --- |\n| Exports | Exports every approval to S3 as it happens | |', errors: [{flagged: 'Exports every approval to S3 as it happens'}]},
    // A plan limit in a cell is a feature by the guidelines, beside a price that is not.
    {text: '| | Team |\n| --- | --- |\n| Price | $49 per user |\n| Storage | Unlimited projects and 50 GB storage |', errors: [{flagged: 'Unlimited projects and 50 GB storage'}]},
    {text: '- **Custom dashboards** — build reports for any team', errors: [{flagged: 'Custom dashboards'}]},
    // An item numbered in its text: the finding quotes the feature, not its number.
    {text: '| Topic | Plan |\n| --- | --- |\n| Sync | 4. Nightly warehouse sync for every account |', errors: [{flagged: 'Nightly warehouse sync for every account'}]},
    {text: '| Topic | Plan |\n| --- | --- |\n| Exports | 2) Scheduled CSV exports to S3 |', errors: [{flagged: 'Scheduled CSV exports to S3'}]},
    // The message quotes the words as the reader sees them: no link target, no emphasis marks.
    {text: 'Acme supports [SAML SSO](https://example.com/docs/sso) and SCIM provisioning.', errors: [{message: '“Acme supports SAML SSO and…”'}]},
    {text: '- Nightly [bank sync](https://example.com/docs/sync) for every account', errors: [{message: '“Nightly bank sync for every…”'}]},
    {text: '- **Audit log:** records every approval', errors: [{message: '“Audit log: records every…”'}]},
    // A bracket the feature opens is closed in the quote; one that closes around it is not quoted.
    {text: '| | Acme |\n| --- | --- |\n| License | Open source (AGPL-3.0) with a hosted plan (EU or US) |', errors: [{flagged: 'Open source (AGPL-3.0) with a hosted plan (EU or US)'}]},
    {text: '(Acme supports SAML SSO and SCIM provisioning.)', errors: [{flagged: 'Acme supports SAML SSO and SCIM provisioning'}]},
    // A field's or setting's description states what the product does, unlike a glossary's meaning.
    {text: '| Field | Description |\n| --- | --- |\n| **Application name** | Replaces the product name across the whole interface. |', errors: [{flagged: 'Replaces the product name across the whole interface'}]},
    // Two words in a cell can name a feature ("Free tier", "SAML SSO"): only one word is a value.
    {text: '| | Team |\n| --- | --- |\n| Login | SAML SSO |', errors: [{flagged: 'SAML SSO'}]},
    // Beside an audience column, the capabilities column is still read as features.
    {text: '| Tool | Best for | Key features |\n| --- | --- | --- |\n| Ledgerly | Growing finance teams | Nightly bank sync and multi-entity consolidation |', errors: [{flagged: 'Nightly bank sync and multi-entity consolidation'}]},
    {text: '- Pros: scheduled exports, audit log, SAML SSO', errors: [{flagged: 'scheduled exports, audit log, SAML SSO'}]},
    // A label whose value is several words can say what the product does.
    {text: '- Exports: CSV and Parquet files to S3', errors: [{flagged: 'Exports: CSV and Parquet files to S3'}]},
    // A link inside a feature statement does not make it a reference.
    {text: '| Team | Page |\n| --- | --- |\n| Data | Nightly [warehouse sync](https://example.com/sync) for every account |', errors: [{flagged: 'Nightly [warehouse sync](https://example.com/sync) for every account'}]},
    {
      text: '- Real-time dashboards\n- Scheduled PDF reports',
      errors: [
        {
          flagged: 'Real-time dashboards',
          line: 1,
          column: 3,
          suggestions: [
            {title: 'Turn the feature into “Feature: what the buyer gets”', output: '- Real-time dashboards: ‹what the buyer gets›\n- Scheduled PDF reports'},
            // The outcome asked for fits the feature: real-time is about time.
            {title: 'Add what the buyer gets', output: '- Real-time dashboards, so ‹task› takes ‹minutes, not hours›\n- Scheduled PDF reports'},
          ],
        },
        {flagged: 'Scheduled PDF reports', line: 2},
      ],
    },
    {
      text: 'The free plan includes three projects.',
      errors: [{flagged: 'The free plan includes three projects', suggestions: [{title: 'Add what the buyer gets', output: 'The free plan includes three projects, so you spend ‹less on what›.'}]}],
    },
    // An outcome in another list item does not count for this one.
    {text: '- Audit log\n- Alerts, so on-call hears about failures first', errors: [{flagged: 'Audit log'}]},
    // Our column of a comparison table is ours; the competitor's column beside it is not.
    {
      text: '# Acme vs Globex\n\n| Capability | Acme | Globex |\n| --- | --- | --- |\n| SSO | SAML SSO and SCIM provisioning | SAML SSO on the Enterprise plan |',
      errors: [{flagged: 'SAML SSO and SCIM provisioning'}],
    },
    // Positions are UTF-16: the emoji before the feature is two code units.
    {text: '🚀 Runs on a single small server', errors: [{flagged: 'Runs on a single small server', column: 4}]},
  ],
})
