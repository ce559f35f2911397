import inconsistentFigure from '../../rules/src/rules/inconsistent-figure'
import {ruleTests} from '../helpers/rule-tester'

// Linted with the registry of the rule's examples: `review-time` says
// "Cuts contract review time by 40%". Figures that differ between documents are
// compared by the CLI and the server (see test/cli/proof-points.test.ts).
ruleTests(inconsistentFigure, {
  valid: [
    'Cuts contract review time by 40%. <!-- proof: review-time -->',
    // The same claim without a reference still quotes the approved figure.
    'With Acme, legal teams cut contract review time by 40%.',
    // Another metric is another claim.
    'Cuts onboarding time by 35%.',
    // The opposite direction is not the approved claim.
    'Unreviewed clauses increase contract review time by 35%.',
    // 40 percent is 40%.
    'Cuts contract review time by 40 percent.',
  ],
  invalid: [
    {
      text: 'Cuts contract review time by 35%. <!-- proof: review-time -->',
      errors: [{messageId: 'registry', flagged: '35%', message: 'Quote “40%”', suggestions: [{title: 'Quote “40%”', output: 'Cuts contract review time by 40%. <!-- proof: review-time -->'}]}],
    },
    {
      // Matched by meaning: the same metric and unit, no reference.
      text: 'With Acme, legal teams cut their contract review time by up to 50%.',
      errors: [{messageId: 'registry', flagged: '50%'}],
    },
  ],
})
