// Proof: what makes a claim checkable by a buyer. A link or footnote (checked by the
// view), a named source, a study with a stated basis, or a named customer's result.
// An unnamed "studies show" or "published comparisons" is not proof.
// The words, and why each pattern reads as proof, are in rules/cues/proof.yml.

import {cuePattern, cueSet, cueTable, findCues, type Cue} from './cue'

const PROOF_PATTERNS = cueTable('proof')

/** Words that start sentences and are capitalized without being names. */
const NOT_NAMES = new Set(cueSet('proof', 'NOT_NAMES'))

// The words every proof pattern needs; most sentences have none of them. Kept by hand in
// the data, not derived from the patterns; check-cues proves every example passes it.
const TRIGGER = cuePattern('proof', 'trigger')

export function proofCues(text: string): Cue[] {
  if (!TRIGGER.test(text)) return []
  return findCues(text, 'proof', PROOF_PATTERNS).filter((cue) => cue.detail !== 'named-customer' || !NOT_NAMES.has(cue.text.split(/\s/)[0]))
}
