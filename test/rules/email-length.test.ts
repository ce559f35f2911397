import emailLength from '../../rules/src/rules/email-length'
import {ruleTests} from '../helpers/rule-tester'

const email = (body: string) => `---\npitchlint: {profile: email}\n---\n\n**Subject:** your month-end close\n\n${body}\n`
/** Five words. */
const FIVE = 'Your team matches receipts daily.'
const times = (n: number, sentence = FIVE) => Array(n).fill(sentence).join(' ')
/** Column (1-based) of the n-th (1-based) repeated sentence on its line. */
const columnOf = (n: number, sentence = FIVE) => (n - 1) * (sentence.length + 1) + 1

ruleTests(emailLength as never, {
  valid: [
    email(`Hi Ana,\n\n${FIVE} Worth a call?`),
    // Exactly at the limit: 25 sentences of five words.
    email(times(25)),
    // Not an email.
    `# Notes\n\n${times(40)}\n`,
  ],
  invalid: [
    {
      text: email(times(26)),
      errors: [{messageId: 'tooLong', message: 'Cut the email to 125 words: it has 130; this sentence goes past the limit', line: 7, column: columnOf(26)}],
    },
    {text: email(`Hi Ana,\n\n${FIVE} ${FIVE} Worth a call?`), options: {maxWords: 10}, errors: [{messageId: 'tooLong', flagged: FIVE, message: 'it has 15', column: columnOf(2)}]},
    {
      // Each email of a sequence is counted on its own: the first has 10 words, the second 15.
      text: `---\npitchlint: {profile: email}\n---\n\n# Sequence\n\n**Subject:** one\n\n${times(2)}\n\n**Subject:** two\n\n${times(3)}\n`,
      options: {maxWords: 10},
      errors: [{messageId: 'tooLong', line: 13, column: columnOf(3)}],
    },
  ],
})
