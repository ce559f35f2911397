// Every built-in rule, sorted by id. Adding a rule: one file here, one test file in
// test/rules/, and `npm run generate` for its doc page and the config schema.

import featureWithoutOutcome from './feature-without-outcome'
import intensifier from './intensifier'
import invalidDisableComment from './invalid-disable-comment'
import missingPain from './missing-pain'
import unfilledPlaceholder from './unfilled-placeholder'
import unprovenClaim from './unproven-claim'
import unusedDisableComment from './unused-disable-comment'
import vagueClaim from './vague-claim'

export const rules = [featureWithoutOutcome, intensifier, invalidDisableComment, missingPain, unfilledPlaceholder, unprovenClaim, unusedDisableComment, vagueClaim]
