import intensifier from '../../rules/src/rules/intensifier'
import {ruleTests} from '../helpers/rule-tester'

ruleTests(intensifier, {
  valid: [
    'Setup takes 5 minutes and needs no admin rights.',
    // The degree is the content: data (`ignoreIn`) keeps these.
    'Very few teams review every call.',
    'Churn is very likely to rise without a renewal plan.',
    'Thank you very much for the intro.',
    // Negated: "not very" softens, deleting it would flip the meaning.
    'We are not very strict about the template.',
    "Reps don't really need another dashboard.",
    "We weren't really part of the community.",
    // A name or a Title Case heading, not an adverb.
    '# A Very Fast Start',
    'Payments run through Very Good Security.',
    // Quoted words belong to the person quoted.
    '> It is really easy to roll out to the whole team.',
    'The CTO told us “it is really easy to roll out”.',
    // Repetition for effect, and words with nothing to modify.
    'It is fast, really fast.',
    'It has been hard - really hard.',
    'Absolutely.',
    'Is it really?',
    // Inside words and compounds.
    'Every team loves it.',
    'A very-high-frequency feed.',
  ],
  invalid: [
    {
      text: 'Our importer is very fast.',
      errors: [{messageId: 'intensifier', flagged: 'very', line: 1, column: 17, message: 'Delete “very”, or say how much with a figure the buyer can check'}],
      output: 'Our importer is fast.',
    },
    {
      // Sentence-initial: the next word takes the capital.
      text: 'Really good onboarding keeps new reps selling.',
      errors: [{flagged: 'Really', column: 1}],
      output: 'Good onboarding keeps new reps selling.',
    },
    {text: 'The report is extremely easy to share.', errors: [{flagged: 'extremely'}], output: 'The report is easy to share.'},
    {text: 'Setup is absolutely free for your first seat.', errors: [{flagged: 'absolutely'}], output: 'Setup is free for your first seat.'},
    {text: 'A totally different way to review calls.', errors: [{flagged: 'totally'}], output: 'A different way to review calls.'},
    {text: 'Reps genuinely like the new flow.', errors: [{flagged: 'genuinely'}], output: 'Reps like the new flow.'},
    {
      // Two in one sentence, one edit each.
      text: 'A very simple setup and a really clear report.',
      errors: [{flagged: 'very'}, {flagged: 'really'}],
      output: 'A simple setup and a clear report.',
    },
    {
      // Markup after the space stays; emoji and CJK before it keep the columns exact.
      text: '🚀 日本 teams find it very **easy** to start.',
      errors: [{flagged: 'very', column: 21}],
      output: '🚀 日本 teams find it **easy** to start.',
    },
    {
      // In a list item and a table cell.
      text: '- Very clear pricing for every plan\n\n| Plan | Note |\n| --- | --- |\n| Pro | really quick setup |',
      errors: [{flagged: 'Very', line: 1}, {flagged: 'really', line: 5}],
      output: '- Clear pricing for every plan\n\n| Plan | Note |\n| --- | --- |\n| Pro | quick setup |',
    },
    {
      // Markup inside the span: reported, but no mechanical edit.
      text: 'Our importer is **very** fast.',
      errors: [{flagged: 'very'}],
      output: 'Our importer is **very** fast.',
    },
  ],
})
