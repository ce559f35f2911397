import vagueClaim from '../../rules/src/rules/vague-claim'
import {ruleTests} from '../helpers/rule-tester'

ruleTests(vagueClaim, {
  valid: [
    // A checkable specific in the same sentence makes the word concrete.
    'Setup is seamless: connect Salesforce in 5 minutes with one command.',
    'Robust enough to handle 10,000 events per second.',
    // Not a value claim about an offering.
    'A robust test plan is required before every launch.',
    'Keep it simple and ask one question per email.',
    'Review the powerful questions list before the call.',
    // Negated: a statement about what something is not.
    'Their importer is not seamless for large workspaces.',
    // Categories can be narrowed.
    {text: 'We leverage synergies across teams.', options: {categories: ['superlative']}},
    'Plain text with no claims at all.',
  ],
  invalid: [
    {
      text: 'Our seamless integration keeps every team in sync.',
      errors: [
        {
          messageId: 'vague',
          flagged: 'seamless',
          line: 1,
          column: 5,
          message: '`seamless` is a vague claim',
          suggestions: [
            {title: 'Replace `seamless` with “connects to ‹system› in ‹N› minutes, with no ‹manual step›”', output: 'Our connects to ‹system› in ‹N› minutes, with no ‹manual step› integration keeps every team in sync.'},
            {output: 'Our ‹N›-minute, no-code integration keeps every team in sync.'},
            {output: 'Our syncs ‹data› with ‹system› without ‹manual export› integration keeps every team in sync.'},
            {title: 'Remove `seamless`', output: 'Our integration keeps every team in sync.'},
          ],
        },
      ],
    },
    {
      // Sentence-initial: the rewrite and the removal keep the capital letter.
      text: 'Seamless sync for every CRM.',
      errors: [{flagged: 'Seamless', suggestions: [{output: 'Connects to ‹system› in ‹N› minutes, with no ‹manual step› sync for every CRM.'}, {output: '‹N›-minute, no-code sync for every CRM.'}, {output: 'Syncs ‹data› with ‹system› without ‹manual export› sync for every CRM.'}, {title: 'Remove `Seamless`', output: 'Sync for every CRM.'}]}],
    },
    {
      text: 'Acme is the best-in-class platform for revenue teams.',
      errors: [{flagged: 'best-in-class', message: 'rated #1 for ‹criterion› by ‹named source›'}],
    },
    {text: 'It is best in class.', errors: [{flagged: 'best in class'}]},
    {text: 'Unlock the power of your pipeline data.', errors: [{flagged: 'Unlock the power of', column: 1}]},
    // A weak word counts when it describes what is sold.
    {text: 'A powerful search experience for your whole codebase.', errors: [{flagged: 'powerful'}]},
    // Two terms, two findings, in order.
    {text: 'Our robust, enterprise-grade platform scales with you.', errors: [{flagged: 'robust'}, {flagged: 'enterprise-grade'}]},
    // Ranges stay exact across emoji and CJK before the term.
    {text: '🚀 日本語 and a seamless rollout for you.', errors: [{flagged: 'seamless', column: 14}]},
  ],
})
