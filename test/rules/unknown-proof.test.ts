import unknownProof from '../../rules/src/rules/unknown-proof'
import {ruleTests} from '../helpers/rule-tester'

// Linted with the registry of the rule's examples: one entry, `review-time`.
ruleTests(unknownProof, {
  valid: [
    'Cuts contract review time by 40%. <!-- proof: review-time -->',
    'Cuts contract review time by 40%.\n<!-- proof: review-time -->',
    // Other comments are not references.
    'Cuts contract review time by 40%. <!-- proofread by legal -->',
    'Cuts contract review time by 40%. <!-- pitchlint-disable-line unproven-claim -- quoted from the study -->',
  ],
  invalid: [
    {
      text: 'Cuts contract review time by 40%. <!-- proof: reveiw-time -->',
      errors: [
        {
          messageId: 'unknown',
          message: '“reveiw-time” is not one',
          flagged: '<!-- proof: reveiw-time -->',
          suggestions: [{title: 'Cite “review-time”', output: 'Cuts contract review time by 40%. <!-- proof: review-time -->'}],
        },
      ],
    },
    {
      // Two ids in one comment: only the unknown one is reported, and the fix keeps the other.
      text: 'Cuts contract review time by 40%. <!-- proof: review-time, review-tim -->',
      errors: [{messageId: 'unknown', suggestions: [{output: 'Cuts contract review time by 40%. <!-- proof: review-time, review-time -->'}]}],
    },
    {
      // Nothing close: no suggestion.
      text: 'Our approval flows are proven. <!-- proof: approval-flow-2024 -->',
      errors: [{messageId: 'unknown', suggestions: []}],
    },
  ],
})
