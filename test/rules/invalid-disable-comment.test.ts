import invalidDisableComment from '../../rules/src/rules/invalid-disable-comment'
import {ruleTests} from '../helpers/rule-tester'

ruleTests(invalidDisableComment, {
  valid: [
    '<!-- pitchlint-disable-next-line vague-claim -- the analyst\'s words -->\nText.',
    '<!-- pitchlint-disable -->\n\nText.\n\n<!-- pitchlint-enable -->',
    '<!-- a plain comment that mentions nothing -->',
  ],
  invalid: [
    {text: '<!-- pitchlint-disable-next-line vauge-claim -->\nText.', errors: [{message: 'Use a known rule id in “pitchlint-disable-next-line”: “vauge-claim” is not one', line: 1, column: 1}]},
    {text: '<!-- pitchlint-disable vague-claim, nope -->', errors: [{message: 'Use a known rule id in “pitchlint-disable”: “nope” is not one'}]},
    {text: '<!-- pitchlint-ignore vague-claim -->', errors: [{message: 'Use a known directive: “pitchlint-ignore” is not one'}]},
  ],
})
