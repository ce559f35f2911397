import invalidDisableComment from '../../rules/src/rules/invalid-disable-comment'
import {ruleTests} from '../helpers/rule-tester'

ruleTests(invalidDisableComment, {
  valid: [
    '<!-- pitchlint-disable-next-line vague-claim -- the analyst\'s words -->\nText.',
    '<!-- pitchlint-disable -->\n\nText.\n\n<!-- pitchlint-enable -->',
    '<!-- a plain comment that mentions nothing -->',
  ],
  invalid: [
    {text: '<!-- pitchlint-disable-next-line vauge-claim -->\nText.', errors: [{message: 'Unknown rule `vauge-claim` in `pitchlint-disable-next-line`', line: 1, column: 1}]},
    {text: '<!-- pitchlint-disable vague-claim, nope -->', errors: [{message: 'Unknown rule `nope`'}]},
    {text: '<!-- pitchlint-ignore vague-claim -->', errors: [{message: 'Unknown directive `pitchlint-ignore`'}]},
  ],
})
