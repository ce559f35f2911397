import unprovenClaim from '../../rules/src/rules/unproven-claim'
import {ruleTests} from '../helpers/rule-tester'

ruleTests(unprovenClaim, {
  valid: [
    // Proof in the same sentence: a link, a footnote, a named study, analyst or customer.
    'We are the fastest CRM sync on the market ([2025 benchmark](https://example.com/bench)).',
    'Median setup is the fastest in our category.[^1]\n\n[^1]: Internal benchmark of 40 accounts, May 2025.',
    'According to the 2025 Gartner Magic Quadrant, Acme is a leader in revenue intelligence.',
    'Northwind cut its forecast prep time by 50% after moving to Acme.',
    // A reference to the proof-point registry, after the claim or on the line below it
    // (whether the id exists and is approved is unknown-proof's and expired-proof's call).
    'Cuts forecast prep time by 50%. <!-- proof: forecast-prep -->',
    'Cuts forecast prep time by 50%.\n<!-- proof: forecast-prep -->',
    '| Claim |\n| --- |\n| Cuts forecast prep time by 50% <!-- proof: forecast-prep --> |',
    'In our benchmark of 1,000 repos, indexing ran 3x faster than the next tool.',
    // Plain facts are not claims.
    'Supports 12 languages and was founded in 2019.',
    // Ordinary superlatives.
    'Start with the biggest problem the buyer named.',
    'The first step is to book a call.',
    // Questions ask; they do not claim.
    'Is it really the fastest option for your team?',
    // A list item carries its proof in a sub-bullet.
    '- Cuts onboarding time by 40%\n  - Source: [Northwind case study](https://example.com/northwind)',
    // Instructions to staff are not sales claims.
    'Make sure the AE shows the fastest path through the demo.',
    // Superiority about something that is not sold is ordinary English.
    'Timing beats perfection when an incident starts.',
    'Present every feature in the best possible light.',
    'The reps are trying their best to cover every region.',
    'Hire the best talent you can find.',
    // Thresholds and idioms are not comparisons.
    'Accounts with greater than 120 employees go to the enterprise team.',
    'Catch errors sooner rather than later.',
    // Multipliers need something to multiply.
    'Post 2-4x per day on social.',
    'Images are 1.5x the recommended size.',
    // "#1 priority" ranks a goal, not a product.
    'Customer trust is our #1 priority.',
    // A denied claim is not made; an aim, the buyer's own pick and an instruction rank nothing.
    'We are not going to be the first vendor to offer usage billing.',
    'Our goal is to be the fastest way to file expenses.',
    'Pick the best plan for your team, then invite everyone.',
    'The easiest way to try it is to run the install script.',
    'We keep polishing the editor to make it the best it can be.',
    // A figure that says which measurement it comes from states its basis.
    'Based on these measurements, the new index answers 40% faster than the old one.',
    // Negated, a goal, or an example in quotes.
    "They're not the first to use Acme.",
    'Our goal is to be the best monitoring service.',
    'It turns vague talk into concrete "cut detection time from 12 minutes to 2 minutes" goals.',
    // A customer's words, quoted: their praise is not our claim.
    '"It is the best product on the market right now."',
    '> Acme cut our close from six days to two. — Dana Lee, CFO at Initech',
  ],
  invalid: [
    {text: 'Acme is the fastest way to reconcile invoices.', errors: [{flagged: 'the fastest', messageId: 'unproven'}]},
    // Beating a rival, a hyphenated superlative or rank, an impact given as a range.
    {text: 'Ledgerly outshines Tallyworks on bank sync.', errors: [{flagged: 'outshines'}]},
    {text: 'Ledgerly is the most-loved open source ledger.', errors: [{flagged: 'the most-loved'}]},
    {text: 'Ledgerly is the fastest-growing ledger for startups.', errors: [{flagged: 'the fastest-growing'}]},
    {text: 'On average, Ledgerly saves a controller 30–60 minutes per day.', errors: [{flagged: 'saves a controller 30–60 minutes'}]},
    // The message quotes the claim as the reader sees it, without the emphasis marks around the figure.
    {text: 'Ledgerly gave teams a **45%** increase in closed deals.', errors: [{flagged: '45%** increase', message: '“45% increase” is unproven'}]},
    {text: 'The only revenue platform that forecasts from call notes.', errors: [{flagged: 'The only revenue platform'}]},
    {text: 'Rated #1 by sales leaders.', errors: [{flagged: '#1'}]},
    // A comparative before what the buyer gets implies the rival it beats (the scorer weighs
    // it). "Better performance" is vague-claim's: one finding a span.
    {text: 'Switching to Acme gives your team better performance at a lower price.', errors: [{flagged: 'lower price'}]},
    // "The easiest way to…" said of the offering, not as an instruction, claims.
    {text: 'Acme is the easiest way to reconcile invoices.', errors: [{flagged: 'the easiest'}]},
    {text: 'Teams close deals 3x faster with guided plays.', errors: [{flagged: '3x'}]},
    // A proof reference after a blank line stands alone: it cites no claim.
    {text: 'Teams close deals 3x faster with guided plays.\n\n<!-- proof: deal-speed -->', errors: [{flagged: '3x'}]},
    {
      text: 'Cuts forecast prep time by 50%.',
      errors: [
        {
          flagged: 'Cuts forecast prep time by 50%',
          message: 'Name the customer, study or data behind it: “Cuts forecast prep time by 50%” is unproven',
          suggestions: [
            {title: 'Cite the source', output: 'Cuts forecast prep time by 50% (source: ‹named study, customer or benchmark›).'},
            // What was measured fits the claim: prep time is about time.
            {title: 'Say what was measured', output: 'Cuts forecast prep time by 50%: ‹task› in ‹N› minutes instead of ‹M› hours.'},
            {title: 'Name the customer result', output: 'Cuts forecast prep time by 50%, as ‹customer› found when ‹result›.'},
          ],
        },
      ],
    },
    {text: 'Acme is more reliable than any legacy CRM.', errors: [{flagged: 'more reliable than'}]},
    {text: 'The most popular pipeline tool for startups.', errors: [{flagged: 'The most popular'}]},
    {text: 'Trusted by 4,000 revenue teams.', errors: [{flagged: 'Trusted by 4,000'}]},
    {text: 'What used to take weeks now takes minutes.', errors: [{flagged: 'take weeks now takes minutes'}]},
    // A named offering is the subject, or the claim names the offering.
    {text: 'A robust platform is the fastest way to start.', errors: [{flagged: 'the fastest'}]},
    {text: 'Uptime Kuma is the most popular self-hosted monitor.', errors: [{flagged: 'the most popular'}]},
    // "the most powerful" holds the lexicon's "powerful": vague-claim names it, and one phrase gets one finding (precedence.ts).
    {text: 'Cody, the most accurate code AI for your team.', errors: [{flagged: 'the most accurate'}]},
    // A claim about a competitor with no source is still ours to prove.
    {text: '# Acme vs Globex\n\nGlobex is 3x more expensive than Acme.', errors: [{flagged: '3x'}]},
    // A link in another sentence of the paragraph is not proof for this one.
    {text: 'Acme is the fastest way to start. Read [the docs](https://example.com).', errors: [{flagged: 'the fastest'}]},
  ],
})
