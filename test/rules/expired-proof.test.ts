import expiredProof from '../../rules/src/rules/expired-proof'
import {ruleTests} from '../helpers/rule-tester'

// Linted with the registry of the rule's examples, on 2026-06-01: `review-time` expired
// on 2026-01-15, `renewal-lift` expires on 2026-06-20, `onboarding` on 2027-01-10.
ruleTests(expiredProof, {
  valid: [
    'New reps ramp 2x faster with guided plays. <!-- proof: onboarding -->',
    // No reference, no expiry: an unproven claim is unproven-claim's finding.
    'Cuts contract review time by 40%.',
    // An unknown id is unknown-proof's finding.
    'Cuts contract review time by 40%. <!-- proof: no-such-entry -->',
    // Far enough from expiry with a shorter warning window.
    {text: 'Shared playbooks raise renewal rates by 12%. <!-- proof: renewal-lift -->', options: {warnDays: 10}},
  ],
  invalid: [
    {
      text: 'Cuts contract review time by 40%. <!-- proof: review-time -->',
      errors: [{messageId: 'expired', message: 'it expired on 2026-01-15', flagged: 'Cuts contract review time by 40%.'}],
    },
    {
      // The reference on its own line right under the claim cites it too.
      text: 'Cuts contract review time by 40%.\n<!-- proof: review-time -->',
      errors: [{messageId: 'expired', flagged: 'Cuts contract review time by 40%.', line: 1}],
    },
    {
      // A link to the entry's source cites it as well.
      text: 'Cuts contract review time by 40% ([study](https://example.com/review-study)).',
      errors: [{messageId: 'expired', line: 1, column: 1}],
    },
    {
      text: 'Shared playbooks raise renewal rates by 12%. <!-- proof: renewal-lift -->',
      errors: [{messageId: 'expiring', message: 'it expires in 19 days'}],
    },
    {
      text: '| Claim | Proof |\n| --- | --- |\n| Cuts contract review time by 40% <!-- proof: review-time --> | study |',
      errors: [{messageId: 'expired', line: 3}],
    },
  ],
})
