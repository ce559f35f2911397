import unusedDisableComment from '../../rules/src/rules/unused-disable-comment'
import {ruleTests} from '../helpers/rule-tester'

ruleTests(unusedDisableComment, {
  valid: [
    '<!-- pitchlint-disable-next-line vague-claim -->\nOur seamless sync for every team.',
    'Our seamless sync for every team. <!-- pitchlint-disable-line -->',
    '<!-- pitchlint-disable vague-claim -->\n\nA best-in-class platform for you.\n\n<!-- pitchlint-enable vague-claim -->',
    '<!-- pitchlint-disable-file unproven-claim -->\n\nWe are the fastest way to build a pipeline review.',
    // `enable` silences nothing by design.
    '<!-- pitchlint-enable -->\n\nPlain text.',
  ],
  invalid: [
    {
      text: '<!-- pitchlint-disable-next-line -->\nThe team meets on Tuesdays.',
      errors: [{messageId: 'unused', message: 'Remove this “pitchlint-disable-next-line” comment: it silences nothing', line: 1, column: 1}],
    },
    {
      // Only the listed rule that silenced nothing is named.
      text: '<!-- pitchlint-disable-next-line vague-claim, unproven-claim -->\nOur seamless sync for every team.',
      errors: [{messageId: 'unusedRules', message: 'Remove “unproven-claim” from this “pitchlint-disable-next-line” comment: it silences nothing'}],
    },
    {
      // The finding it was written for moved to another line.
      text: 'Our seamless sync for every team.\n<!-- pitchlint-disable-next-line vague-claim -- quoting the analyst -->\n\nPlain text.',
      errors: [{flagged: '<!-- pitchlint-disable-next-line vague-claim -- quoting the analyst -->', line: 2}],
    },
    {text: '<!-- pitchlint-disable-file -->\n\nPlain text with no claims.', errors: [{messageId: 'unused'}]},
    {text: '<!-- pitchlint-disable vague-claim -->\n\nPlain text.\n\n<!-- pitchlint-enable vague-claim -->', errors: [{message: '“pitchlint-disable” comment'}]},
  ],
})
