import oneCta from '../../rules/src/rules/one-cta'
import {ruleTests} from '../helpers/rule-tester'

const email = (body: string) => `---\npitchlint: {profile: email}\n---\n\n**Subject:** your month-end close\n\nHi Ana,\n\n${body}\n`

ruleTests(oneCta as never, {
  valid: [
    email('Your team spends three days matching receipts. Worth a call on Thursday?'),
    email('Your team spends three days matching receipts. Book a time that suits you: [calendar](https://example.com/cal).'),
    // A link behind a result is proof, not an ask.
    email('Northwind cut its close from nine days to three ([their story](https://example.com/northwind)). Worth a call?'),
    // Not an email.
    '# Notes\n\nWhat do you think? Can we meet? Shall I send the deck?\n',
    // A page about emails, too long to be one: its sample questions are not asks.
    email(`${'Reps should open with the buyer’s problem and keep the note short. '.repeat(40)}What do you think? Can we meet? Shall I send the deck?`),
  ],
  invalid: [
    {
      text: email('Your team spends three days matching receipts. Tallyworks matches them as they arrive.'),
      errors: [{messageId: 'none', flagged: 'your month-end close', message: 'End the email with one ask'}],
    },
    {
      text: email('Worth a call on Thursday? You can also [book a demo](https://example.com/demo). Or reply with a good time.'),
      errors: [
        {messageId: 'extra', flagged: 'You can also [book a demo](https://example.com/demo).', message: 'this is the second of 3 (“book a”)'},
        {messageId: 'extra', flagged: 'Or reply with a good time.', message: 'this is the third of 3 (“reply with”)'},
      ],
    },
    {
      text: email('Your team closes in nine days ([survey](https://example.com/a), [data](https://example.com/b)). Worth a call?'),
      errors: [{messageId: 'tooManyLinks', flagged: '[data](https://example.com/b)', message: 'Keep to 1 link: this is link 2 of 2'}],
    },
    {
      text: email('Your team closes in nine days ([survey](https://example.com/a)). Worth a call?'),
      options: {maxLinks: 0},
      errors: [{messageId: 'tooManyLinks', flagged: '[survey](https://example.com/a)', message: 'Keep to 0 link'}],
    },
  ],
})
