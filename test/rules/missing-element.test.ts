import missingElement from '../../rules/src/rules/missing-element'
import {ruleTests} from '../helpers/rule-tester'

const profile = (name: string) => `---\npitchlint: {profile: ${name}}\n---\n\n`

const BATTLECARD_PARTS = {
  meet: '## When you meet LedgerPro\n\nLedgerPro shows up where finance already runs its general ledger.\n',
  win: '## Why we win\n\n- Reps get a forecast in five minutes, so they spend Friday selling instead of updating cells.\n',
  landmines: '## Landmines\n\n- Ask how long their last bank import took.\n',
  objections: '## Objections\n\n- “It costs more than the tool we have.”\n  - It replaces two tools you pay for today, so the total bill goes down.\n',
  proof: '## Proof points\n\n- Northwind closed in three days instead of nine ([case study](https://example.com/northwind)).\n',
}
const battlecard = (omit: keyof typeof BATTLECARD_PARTS | '' = '', title = '# Field notes') =>
  `${profile('battlecard')}${title}\n\n${Object.entries(BATTLECARD_PARTS)
    .filter(([key]) => key !== omit)
    .map(([, part]) => part)
    .join('\n')}`

/** A comparison page with neither a differences section nor a table, and a reason to switch with no outcome. */
const COMPARISON = '# Tallyworks vs LedgerPro\n\nTallyworks is the ledger finance teams pick when the close runs late.\n\n## Why teams switch\n\n- Tallyworks supports forty banks.\n'

ruleTests(missingElement as never, {
  valid: [
    battlecard(),
    // The rival named in the title is the "who we meet" part.
    battlecard('meet', '# Tallyworks vs LedgerPro'),
    // Without a profile, nothing is required.
    '# Field notes\n\n## Why we win\n\n- Forty banks connect on day one.\n',
    // A profile turned off.
    '---\npitchlint: {profile: none}\n---\n\n# Tallyworks vs LedgerPro\n\n## Why we win\n\nFast.\n',
    // What a rival offers, told in the why-we-win section, is theirs: the finding would ask the writer to add the buyer's gain to a rival's feature.
    battlecard('win', '# Tallyworks vs LedgerPro') + '\n## Why we win\n\nLedgerPro offers a powerful rules engine and a robust API.\n\nTallyworks matches bank feeds overnight, so the close takes three days instead of nine.\n',
    // A customer's words are proof, not our point.
    battlecard('win') + '\n## Why we win\n\n- “Tallyworks is the best ledger we have used,” says Dana Ruiz, controller at Northwind.\n- Bank feeds match themselves, so the close takes three days instead of nine.\n',
    // A public comparison page is no battlecard: no landmines or objection scripts asked for, and its table is the differences.
    '# Tallyworks vs LedgerPro\n\nWhich ledger fits a ten-person finance team?\n\n| | Tallyworks | LedgerPro |\n| --- | --- | --- |\n| Bank feeds | Matched overnight | CSV upload |\n\n## Which is right for you\n\nChoose LedgerPro if you already run its general ledger.\n',
    // …or a section of differences under its own heading.
    '# LedgerPro alternatives\n\n## Key differences\n\nTallyworks matches bank feeds overnight, so the close takes three days instead of nine.\n',
    // An objection answered under its own heading.
    battlecard('objections') + '\n## Objections\n\n### “We already have a tool”\n\nMost teams keep it for the ledger and drop the exports.\n',
    // An objection answered on its own line.
    battlecard('objections') + '\n## Objections\n\n- “Too expensive” → It replaces two tools, so the bill goes down.\n',
    // A positioning statement names the target customer, their problem and the category in one sentence.
    `${profile('positioning')}# Tallyworks positioning\n\n## Positioning statement\n\nFor controllers at fifty-person companies who close the books by hand, Tallyworks is a ledger that reconciles every bank feed overnight.\n\n## Key benefits\n\n- Bank feeds match themselves, so the close takes three days instead of nine.\n\n## Proof\n\n- Northwind closed in three days ([case study](https://example.com/northwind)).\n`,
    // A discovery question that names a cost, and an implication question (what happens when…).
    `${profile('call-script')}# Discovery\n\n## Opener\n\nThanks for the time.\n\n## Discovery questions\n\n1. What does a late close cost you?\n2. What happens when an auditor asks for the trail behind a number?\n\n## Next steps\n\nA pilot starting Monday.\n`,
  ],
  invalid: [
    {
      text: battlecard('landmines'),
      errors: [
        {
          messageId: 'missing',
          line: 5,
          column: 1,
          flagged: '# Field notes',
          message: 'Add the “landmines” part this battlecard is missing',
          suggestions: [{title: 'Add a “Landmines” section', output: `${battlecard('landmines')}\n## Landmines\n\n- ‹Question that exposes ‹competitor›'s weakness›\n`}],
        },
      ],
    },
    {
      text: battlecard('win') + '\n## Why we win\n\n- Tallyworks supports forty banks and SAML SSO.\n',
      errors: [{messageId: 'pointWithoutOutcome', flagged: 'Tallyworks supports forty banks and SAML SSO.', message: /^Say what the buyer gets from this “why we win” point: “Tallyworks supports forty banks/}],
    },
    {
      text: COMPARISON,
      errors: [
        {messageId: 'missing', line: 1, message: 'Add the “key differences” part this comparison is missing', suggestions: [{title: 'Add a “Key differences” section', output: `${COMPARISON}\n## Key differences\n\n| | ‹Our product› | ‹Competitor› |\n| --- | --- | --- |\n| ‹What the buyer compares› | ‹What we do› | ‹What they do› |\n`}]},
        {messageId: 'pointWithoutOutcome', flagged: 'Tallyworks supports forty banks.', message: /^Say what the buyer gets from this “why switch” point/},
      ],
    },
    {
      text: battlecard('objections') + '\n## Objections\n\n- “We already have a tool.”\n- “It costs too much.”\n  - It replaces two tools, so the bill goes down.\n',
      errors: [{messageId: 'objectionWithoutResponse', flagged: '“We already have a tool.”'}],
    },
    {
      text: battlecard('objections') + '\n## Objections\n\n### We already have a tool\n\n### Price\n\nIt replaces two tools, so the bill goes down.\n',
      errors: [{messageId: 'objectionWithoutResponse', flagged: '### We already have a tool'}],
    },
    {
      text: `${profile('call-script')}# Discovery\n\n## Opener\n\nThanks for the time.\n\n## Discovery questions\n\n1. What are your goals for this year?\n2. What does a late close cost you?\n\n## Next steps\n\nA pilot starting Monday.\n`,
      errors: [{messageId: 'questionWithoutPain', flagged: 'What are your goals for this year?'}],
    },
    {
      // A document without a title gets the finding on its first line; one per missing part, in the data's order.
      text: `${profile('positioning')}Finance teams at companies with 50 to 500 employees.\n\n## The problem\n\nThe close takes nine days.\n`,
      errors: [
        {messageId: 'missing', line: 5, message: '“target customer”'},
        {messageId: 'missing', line: 5, message: '“category or alternative”'},
        {messageId: 'missing', line: 5, message: '“key benefits”'},
        {messageId: 'missing', line: 5, message: '“proof”'},
      ],
    },
    {
      // "For …" with no "who" is no positioning statement: the parts it would name are missing.
      text: `${profile('positioning')}# Tallyworks positioning\n\nFor more detail, see the pricing page.\n\n## Key benefits\n\n- Bank feeds match themselves, so the close takes three days instead of nine.\n\n## Proof\n\n- Northwind closed in three days ([case study](https://example.com/northwind)).\n`,
      errors: [
        {messageId: 'missing', message: '“target customer”'},
        {messageId: 'missing', message: '“the problem”'},
        {messageId: 'missing', message: '“category or alternative”'},
      ],
    },
  ],
})
