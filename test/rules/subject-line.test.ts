import subjectLine from '../../rules/src/rules/subject-line'
import {ruleTests} from '../helpers/rule-tester'

const email = (subject: string, body = 'Your team spends three days matching receipts. Worth a call on Thursday?') =>
  `---\npitchlint: {profile: email}\n---\n\n**Subject:** ${subject}\n\nHi Ana,\n\n${body}\n`

ruleTests(subjectLine as never, {
  valid: [
    email('your month-end close'),
    email('GDPR and your vendor list'),
    // Not an email: a subject-like line is not checked.
    '---\npitchlint: {profile: none}\n---\n\n# Notes\n\n**Subject:** The REVOLUTIONARY platform\n',
    // Subject in front matter.
    '---\npitchlint: {profile: email}\nsubject: nine days to close\n---\n\nHi Ana,\n\nYour team spends three days matching receipts. Worth a call?\n',
    {text: email('ACME and your close'), options: {allowCaps: ['ACME']}},
  ],
  invalid: [
    {
      text: email('A question about how your finance team closes the books every single month'),
      errors: [{messageId: 'tooLong', flagged: 'A question about how your finance team closes the books every single month', message: 'it has 74'}],
    },
    {text: email('A question about your close', 'Short.'), options: {maxChars: 20}, errors: [{messageId: 'tooLong', message: 'Cut the subject to 20 characters'}]},
    {text: email('a revolutionary close'), errors: [{messageId: 'hype', flagged: 'a revolutionary close', message: '“revolutionary”'}]},
    {text: email('FREE audit of your close'), errors: [{messageId: 'shouting', message: '“FREE”'}]},
    {
      text: '---\npitchlint: {profile: email}\nsubject: The best-in-class close\n---\n\nHi Ana,\n\nYour team spends three days matching receipts. Worth a call?\n',
      errors: [{messageId: 'hype', flagged: 'The best-in-class close'}],
    },
  ],
})
