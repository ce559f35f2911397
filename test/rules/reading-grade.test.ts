import readingGrade from '../../rules/src/rules/reading-grade'
import {ruleTests} from '../helpers/rule-tester'

const email = (body: string) => `---\npitchlint: {profile: email}\n---\n\n**Subject:** your month-end close\n\nHi Ana,\n\n${body}\n`
const HARD = 'Organizations implementing automated reconciliation methodologies consistently experience substantially accelerated consolidation.'

ruleTests(readingGrade as never, {
  valid: [
    email('Your team spends three days matching receipts. We cut that to one. Worth a call on Thursday?'),
    // Not an email: a white paper may read at grade 14.
    `# Notes\n\n${HARD}\n`,
    {text: email('Controllers reconcile transactions manually before quarterly reporting deadlines. Worth a call?'), options: {maxGrade: 20}},
  ],
  invalid: [
    {
      text: email(`Your team spends three days matching receipts. ${HARD} Worth a call on Thursday?`),
      errors: [{messageId: 'tooHard', flagged: HARD, message: /^Simplify this sentence: the email reads at grade \d+\.\d, above 8, and this one is hardest \(\d+\.\d\)$/}],
    },
    {
      text: email('Your team spends three days matching card receipts by hand every month. Worth a call on Thursday?'),
      options: {maxGrade: 2},
      errors: [{messageId: 'tooHard', flagged: 'Your team spends three days matching card receipts by hand every month.'}],
    },
  ],
})
