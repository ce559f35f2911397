// A registry for rule examples, in a module of its own: rules import it while the rule list loads, so it imports nothing.

/** One approved entry, the registry of the examples of the rules that only need an entry to cite or to differ from. */
export const ONE_ENTRY_EXAMPLE = {
  registry: 'proofPoints:\n  - {id: review-time, claim: Cuts contract review time by 40%, figures: ["40%"], source: "https://example.com/review-study", owner: Product marketing, approved: 2026-01-15, expires: 2027-01-15}\n',
  today: '2026-06-01',
}
