import sellerCentred from '../../rules/src/rules/seller-centred'
import {ruleTests} from '../helpers/rule-tester'

const profile = (name: string) => `---\npitchlint: {profile: ${name}}\n---\n\n`
const ABOUT_US = 'We founded Tallyworks in 2019.\nOur platform matches receipts to card lines.\nWe integrate with forty banks.\n'

ruleTests(sellerCentred as never, {
  valid: [
    // One sentence about the buyer is enough.
    `${profile('positioning')}## About us\n\n${ABOUT_US}Your team keeps its bank.\n`,
    // Fewer than three sentences about us.
    `${profile('positioning')}## About us\n\nWe founded Tallyworks in 2019.\nOur platform matches receipts.\n`,
    // Without a profile, only with `everywhere`.
    `## About us\n\n${ABOUT_US}`,
    // A comparison table's cells are not counted.
    `${profile('battlecard')}## Compared\n\n| | Tallyworks | LedgerPro |\n| --- | --- | --- |\n| Banks | We connect forty | Twelve |\n| Setup | We do it for you | Six weeks |\n| Support | Our team, 24/7 | Email |\n`,
    // An opener that drops its "I" ("Saw that…") is about what the writer noticed of the reader: "Saw" is no product of ours.
    `${profile('email')}**Subject:** your close\n\nHi Ana,\n\nSaw that Northwind is hiring a second accountant. Teams at that stage often close late. Worth a call?\n`,
    // An email that opens with the reader.
    `${profile('email')}**Subject:** your close\n\nHi Ana,\n\nYour team spends three days on receipts. We cut that to one. Worth a call?\n`,
  ],
  invalid: [
    {
      text: `${profile('positioning')}## About us\n\n${ABOUT_US}`,
      errors: [{messageId: 'sellerCentred', flagged: '## About us', message: 'Talk about the buyer: all 3 sentences in “About us” are about us, none about “you”'}],
    },
    {
      text: `## About us\n\n${ABOUT_US}`,
      options: {everywhere: true},
      errors: [{messageId: 'sellerCentred', flagged: '## About us'}],
    },
    {
      text: `${profile('positioning')}## About us\n\nWe founded Tallyworks in 2019.\nOur platform matches receipts.\n`,
      options: {minSentences: 2},
      errors: [{messageId: 'sellerCentred', message: 'all 2 sentences'}],
    },
    {
      text: `${profile('email')}**Subject:** your close\n\nHi Ana,\n\nWe built Tallyworks for controllers. Your team spends three days on receipts. Worth a call?\n`,
      errors: [{messageId: 'weFirst', flagged: 'We built Tallyworks for controllers.', message: 'Open with the reader, not with us: this email says “We” before any “you”'}],
    },
  ],
})
