// Outcomes: what the buyer gets from a feature. A feature is what the product has
// ("SAML SSO", "exports to S3"); an outcome is what changes for the customer ("so
// auditors get the log without a ticket", "in minutes instead of days", "saves your
// team an afternoon a week"). `feature-without-outcome` asks for one of these.
// The words, and why each pattern reads as an outcome, are in rules/cues/outcome.yml.

import {cueTable, type Cue} from './cue'
import {combinePatterns} from './patterns'

const findOutcomes = combinePatterns('outcome', cueTable('outcome'))

export function outcomeCues(text: string): Cue[] {
  return findOutcomes(text)
}
