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
    // Mentioned in quotes, not used.
    'Avoid jargon such as “best-in-class” and “seamless” in headlines.',
    // Questions ask; they do not claim.
    'Is your current reporting seamless for the whole team?',
    // Planning and instructions to staff.
    'Next quarter we will build a seamless onboarding flow.',
    "You'll need to transform the export before importing it.",
    // A limitation, usually a competitor's.
    'Their plan is limited to simple dashboards.',
    // A capitalized term inside a sentence is a name.
    'The Instant Replay add-on ships with the Team plan.',
    // Generic advice about what good looks like.
    'A good status page loads instantly and works without JavaScript.',
    // Whose words: a customer's stated need, a quoted customer, a competitor's own pitch.
    'We needed a tool that made reconciliation easy to use.',
    '"Acme made onboarding seamless for my whole team." — Dana Lee, VP Sales at Initech',
    '# Acme vs Globex\n\n| Capability | Acme | Globex |\n| --- | --- | --- |\n| Setup | Connects to Salesforce in 5 minutes | A seamless, intuitive setup wizard |',
  ],
  invalid: [
    // A vague claim in words the lexicon does not hold names its word of value, not its topic ("development").
    {text: 'Our platform gives development teams a better experience.', errors: [{messageId: 'vagueUnlisted', flagged: 'better', message: 'Say what the buyer gets, with something to check: “better” reads as vague'}]},
    {text: 'Tallyworks delivers higher throughput and enhanced visibility for development.', errors: [{messageId: 'vagueUnlisted', flagged: 'enhanced'}]},
    {
      text: 'Our seamless integration keeps every team in sync.',
      errors: [
        {
          messageId: 'vague',
          flagged: 'seamless',
          line: 1,
          column: 5,
          message: 'Say what the buyer gets: “seamless” is a claim every vendor makes',
          suggestions: [
            // An adjective before a noun: only the adjective rewrite fits ("Our connects to ‹system›… integration" was offered before).
            {title: 'Replace “seamless” with “‹N›-minute, no-code”', output: 'Our ‹N›-minute, no-code integration keeps every team in sync.'},
            {title: 'Remove “seamless”', output: 'Our integration keeps every team in sync.'},
          ],
        },
      ],
    },
    {
      // Sentence-initial: the rewrite and the removal keep the capital letter.
      text: 'Seamless sync for every CRM.',
      // Before a noun, only the adjective rewrite fits: the verb phrases would break the sentence.
      errors: [{flagged: 'Seamless', suggestions: [{title: 'Replace “Seamless” with “‹N›-minute, no-code”', output: '‹N›-minute, no-code sync for every CRM.'}, {title: 'Remove “Seamless”', output: 'Sync for every CRM.'}]}],
    },
    {
      text: 'Acme is the best-in-class platform for revenue teams.',
      errors: [{flagged: 'best-in-class', message: 'Say what sets it apart, and who says so: “best-in-class” claims a rank nobody checked'}],
    },
    {text: 'It is best in class.', errors: [{flagged: 'best in class'}]},
    {text: 'Unlock the power of your pipeline data.', errors: [{flagged: 'Unlock the power of', column: 1}]},
    // A weak word counts when it describes what is sold.
    {text: 'A powerful search experience for your whole codebase.', errors: [{flagged: 'powerful'}]},
    // Two terms, two findings, in order.
    {text: 'Our robust, enterprise-grade platform scales with you.', errors: [{flagged: 'robust'}, {flagged: 'enterprise-grade'}]},
    // Unquantified benefit phrases.
    {text: 'Acme can save you money and time on every audit.', errors: [{flagged: 'save you money and time'}]},
    // Ranges stay exact across emoji and CJK before the term.
    {text: '🚀 日本語 and a seamless rollout for you.', errors: [{flagged: 'seamless', column: 14}]},
  ],
})
