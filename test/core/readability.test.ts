// Reading grade against a reference implementation of Flesch-Kincaid: wooorm's
// `flesch-kincaid` (the formula behind retext-readability) fed with `syllable`'s
// syllable counts and plain sentence and word counts. Our grade is computed the way the
// `reading-grade` rule computes it: from the lint's own sentences, with our own syllable
// counting. The texts are our own, in the register of sales emails and their opposite.

import assert from 'node:assert/strict'
import {fleschKincaid} from 'flesch-kincaid'
import {syllable} from 'syllable'
import {lint} from '../../rules/src/index'
import {readingStats, syllableCount} from '../../rules/src/profiles/readability'

const TEXTS: readonly string[] = [
  'Your team closes the books in nine days. Most of that time goes to matching bank lines by hand. We can cut it to three. Worth a call on Thursday?',
  'Hi Dana. I saw your post about hiring two more analysts for the close. Before you do, it may help to see how other controllers handle the same work. Can I send you a short video?',
  'Reconciliation software automatically categorizes transactions, identifies discrepancies, and generates comprehensive audit documentation for regulatory compliance purposes.',
  'The dog ran to the park. It was a sunny day. The kids played ball. Then they all went home for lunch.',
  'Dispatchers at growing fleets rebuild routes by hand every morning. A single late van costs them a redelivery fee and an angry customer. Routewise re-plans every route in under a minute.',
  'Our platform provides organizations with unprecedented visibility into operational inefficiencies, enabling data-driven decision making across geographically distributed departments.',
  'Thanks for the time today. I would like to understand how your close works, and then decide together whether a pilot makes sense for your team.',
  'When a driver calls in sick, the plan breaks. Someone has to move forty stops by hand while the phones keep ringing. That is the hour we give back to your dispatchers.',
  'Finance leaders increasingly recognize that manual spreadsheet consolidation introduces significant operational risk, particularly during quarterly reporting cycles.',
  'Send me the file. I will look at it tonight. If it works, we can start next week. If not, no harm done.',
  'Security questionnaires slow every enterprise deal. Your reps wait days for answers that already exist in last quarter\'s responses. Our assistant drafts them in minutes from your approved library.',
  'Most sales teams forecast in a spreadsheet on Friday afternoon. The numbers are stale by Monday. Reps spend hours updating cells instead of talking to buyers.',
  'Is your support queue growing faster than your team? Many companies answer the same twenty questions every day. A help center that answers them first lets agents focus on the hard cases.',
  'We met at the conference last month. You said onboarding new engineers takes six weeks. I have an idea that could make it two. Are you free on Tuesday?',
  'Cats sleep a lot. They like warm spots in the sun. Some cats sleep more than sixteen hours a day.',
  'Customer success managers should schedule quarterly business reviews that demonstrate measurable return on investment and identify expansion opportunities within existing accounts.',
  'Pick a time that suits you. Bring one question your board keeps asking. We will show you how three other retailers answered it with their own data.',
  'Legacy monitoring tools alert on every threshold breach, overwhelming on-call engineers with notifications that rarely indicate genuine customer-impacting incidents.',
  'Every Monday your analysts rebuild the same pipeline report by hand. It takes them most of the morning, and the numbers still disagree with finance. What would you do with those hours back?',
  'Onboarding a new customer should not take a quarter. Our guided setup connects your billing system on day one, so your first invoice goes out on time.',
]

/** The reference's counts: sentences end at . ? or !, words are what spaces separate, syllables are `syllable`'s. */
function referenceGrade(text: string): number {
  const sentences = text.split(/[.?!]+(?:\s+|$)/).filter((s) => /\w/.test(s)).length
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
  return fleschKincaid({sentence: sentences, word: words, syllable: syllable(text)})
}

function ourGrade(text: string): number {
  return readingStats(lint(`${text}\n`).sentences.map(({view}) => view.text)).grade
}

describe('reading grade (Flesch-Kincaid)', () => {
  it('has 20 texts of our own', () => assert.equal(TEXTS.length, 20))
  for (const text of TEXTS) {
    it(`within 0.5 grade of the reference: ${text.slice(0, 60)}…`, () => {
      const ours = ourGrade(text)
      const reference = referenceGrade(text)
      assert.ok(Math.abs(ours - reference) <= 0.5, `ours ${ours.toFixed(2)}, reference ${reference.toFixed(2)}`)
    })
  }

  it('spans easy and hard texts, so agreement is not a matter of one range', () => {
    const grades = TEXTS.map(ourGrade)
    assert.ok(Math.min(...grades) < 2 && Math.max(...grades) > 20, grades.join(', '))
  })

  it('counts syllables by rule and by exception', () => {
    const counted = ['close', 'closes', 'named', 'wanted', 'table', 'requirement', 'every', 'business', 'reconciliation', 'month-end', 'team’s']
    assert.deepEqual(
      counted.map((word) => syllableCount(word)),
      [1, 2, 1, 2, 2, 3, 2, 2, 6, 2, 1],
    )
  })
})
