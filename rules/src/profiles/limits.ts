// The email profile's limits, read once from its data file: the email rules take their
// default options from here, so rules/profiles/email.yml is the one place they are set.
// A team's own `email` profile (`profiles` in config) sets them for its config.

import {profileNamed} from './data'
import type {Profile} from './types'

const limits = profileNamed('email')?.limits ?? {}

export const EMAIL_LIMITS = Object.freeze({
  maxWords: limits.maxWords ?? 125,
  maxGrade: limits.maxGrade ?? 8,
  maxLinks: limits.maxLinks ?? 1,
  maxSubjectChars: limits.maxSubjectChars ?? 60,
})

/** The rule option each limit is the default of. */
const LIMIT_OPTIONS = {maxWords: ['email-length', 'maxWords'], maxGrade: ['reading-grade', 'maxGrade'], maxLinks: ['one-cta', 'maxLinks'], maxSubjectChars: ['subject-line', 'maxChars']} as const

/**
 * Rule default options from a team's own email profile's limits, by rule id (empty for
 * the built-in one, whose limits are the rules' defaults already). Options the config
 * gives a rule still win, as they win over the built-in limits.
 */
export function limitOptions(profiles: readonly Profile[]): Record<string, Record<string, number>> {
  const email = profileNamed('email', profiles)
  if (!email?.limits || email === profileNamed('email')) return {}
  const options: Record<string, Record<string, number>> = {}
  for (const [limit, [ruleId, option]] of Object.entries(LIMIT_OPTIONS)) {
    const value = email.limits[limit as keyof typeof LIMIT_OPTIONS]
    if (value !== undefined) (options[ruleId] ??= {})[option] = value
  }
  return options
}
