// The built-in profiles, from rules/profiles/*.yml (bundled as generated JSON by
// `npm run generate`), and the phrase matching every profile check shares.

import generated from '../generated/profiles.json'
import {escapeRegExp} from '../matches'
import type {AudienceWords, Profile, ProfileData} from './types'

const data = generated as unknown as ProfileData

export const BUILT_IN_PROFILES: readonly Profile[] = Object.freeze(data.profiles)
export const AUDIENCE_WORDS: AudienceWords = data.audience
export const PROFILE_NAMES: readonly string[] = Object.freeze(BUILT_IN_PROFILES.map((profile) => profile.name))
/** The value that turns detection off for a file: it is checked as plain Markdown. */
export const NO_PROFILE = 'none'

export function profileNamed(name: string, profiles: readonly Profile[] = BUILT_IN_PROFILES): Profile | undefined {
  return profiles.find((profile) => profile.name === name)
}

/**
 * The profiles a config checks with: the built-in ones, each replaced by a team profile
 * of its name, then the team's new names in the order given (a later file of the same
 * name wins).
 */
export function profilesWith(team: readonly Profile[]): readonly Profile[] {
  if (team.length === 0) return BUILT_IN_PROFILES
  const byName = new Map(BUILT_IN_PROFILES.map((profile) => [profile.name, profile]))
  for (const profile of team) byName.set(profile.name, profile)
  return Object.freeze([...byName.values()])
}

/**
 * A matcher for a list of phrases: whole words, any case, any run of spaces, hyphens or
 * underscores between words (a path's `call-script` and a heading's "call script" are
 * one phrase). Compiled once per list.
 */
export class PhraseMatcher {
  private readonly pattern: RegExp | undefined
  /** The same pattern, sticky: tried at one position only. */
  private readonly atStart: RegExp | undefined

  constructor(phrases: readonly string[]) {
    const alternatives = [...new Set(phrases.map((phrase) => phrase.trim().toLowerCase()).filter(Boolean))]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phrase.split(/[\s_-]+/).map(escapeRegExp).join('[\\s_-]+'))
    this.pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined
    this.atStart = this.pattern && new RegExp(this.pattern.source, 'iuy')
  }

  /** The phrase that `text` starts with, as written; undefined when it starts with none. */
  start(text: string): string | undefined {
    if (!this.atStart) return undefined
    this.atStart.lastIndex = 0
    return this.atStart.exec(text)?.[0]
  }

  /** The first phrase in `text`, as written, with its index; undefined when none is. */
  find(text: string): {text: string; index: number} | undefined {
    if (!this.pattern) return undefined
    this.pattern.lastIndex = 0
    const match = this.pattern.exec(text)
    return match ? {text: match[0], index: match.index} : undefined
  }

  /** Every phrase in `text`. */
  all(text: string): Array<{text: string; index: number}> {
    if (!this.pattern) return []
    return [...text.matchAll(this.pattern)].map((match) => ({text: match[0], index: match.index}))
  }
}

const matchers = new WeakMap<readonly string[], PhraseMatcher>()

/** One matcher per phrase list, built the first time it is used. */
export function matcherFor(phrases: readonly string[]): PhraseMatcher {
  let matcher = matchers.get(phrases)
  if (!matcher) {
    matcher = new PhraseMatcher(phrases)
    matchers.set(phrases, matcher)
  }
  return matcher
}
