// The email profile's limits, read once from its data file: the email rules take their
// default options from here, so rules/profiles/email.yml is the one place they are set.

import {profileNamed} from './data'

const limits = profileNamed('email')?.limits ?? {}

export const EMAIL_LIMITS = Object.freeze({
  maxWords: limits.maxWords ?? 125,
  maxGrade: limits.maxGrade ?? 8,
  maxLinks: limits.maxLinks ?? 1,
  maxSubjectChars: limits.maxSubjectChars ?? 60,
})
