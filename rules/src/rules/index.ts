// Every built-in rule, sorted by id. Adding a rule: one file here, one test file in
// test/rules/, and `npm run generate` for its doc page and the config schema.

import expiredProof from './expired-proof'
import emailLength from './email-length'
import featureWithoutOutcome from './feature-without-outcome'
import inconsistentFigure from './inconsistent-figure'
import intensifier from './intensifier'
import invalidDisableComment from './invalid-disable-comment'
import missingElement from './missing-element'
import missingPain from './missing-pain'
import oneCta from './one-cta'
import readingGrade from './reading-grade'
import sellerCentred from './seller-centred'
import subjectLine from './subject-line'
import unfilledPlaceholder from './unfilled-placeholder'
import unknownProof from './unknown-proof'
import unprovenClaim from './unproven-claim'
import unusedDisableComment from './unused-disable-comment'
import vagueClaim from './vague-claim'

export const rules = [emailLength, expiredProof, featureWithoutOutcome, inconsistentFigure, intensifier, invalidDisableComment, missingElement, missingPain, oneCta, readingGrade, sellerCentred, subjectLine, unfilledPlaceholder, unknownProof, unprovenClaim, unusedDisableComment, vagueClaim]
