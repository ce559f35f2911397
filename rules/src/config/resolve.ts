// Turns config data (already validated against the schema) into what the engine
// needs: each rule's severity and options, and the lexicon with the user's terms
// added and allowed terms removed. Pure: loading files is `load.ts`'s job.

import builtInLexicon from '../generated/lexicon.json'
import {LexiconMatcher, normalizeTerm} from '../lexicon/matcher'
import type {LexiconCategory, LexiconEntry} from '../lexicon/types'
import type {Rule} from '../rule'
import {rules as allRules} from '../rules/index'
import type {SeveritySetting} from '../types'

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>]

export interface CustomTerm {
  term: string
  forms?: string[]
  category?: LexiconCategory
  why?: string
  rewrites?: string[]
  removable?: boolean
  strength?: 'strong' | 'weak'
}

export interface ConfigOverride {
  files: string | string[]
  rules?: Record<string, RuleSetting>
  allow?: string[]
  terms?: CustomTerm[]
}

export interface ConfigData {
  $schema?: string
  rules?: Record<string, RuleSetting>
  /** Terms never flagged, e.g. a product name that contains a lexicon word. */
  allow?: string[]
  /** Extra lexicon entries, as data. */
  terms?: CustomTerm[]
  overrides?: ConfigOverride[]
}

export interface RuleConfig {
  severity: SeveritySetting
  options: Readonly<Record<string, unknown>>
}

export interface ResolvedConfig {
  rules: ReadonlyMap<string, RuleConfig>
  lexicon: LexiconMatcher
  allow: readonly string[]
  /** Changes whenever anything that affects findings changes (cache key). */
  fingerprint: string
  /** The file the config came from, if any. */
  source?: string
  /** The data it was resolved from (what another thread needs to resolve it again). */
  data: ConfigData
}

const builtInEntries = (builtInLexicon as {entries: LexiconEntry[]}).entries

export function customEntry(term: CustomTerm): LexiconEntry {
  const canonical = normalizeTerm(term.term)
  return {
    term: canonical,
    forms: [...new Set([canonical, ...(term.forms ?? []).map(normalizeTerm)])],
    category: term.category ?? 'vague-value',
    why: term.why ?? 'Your team marked this term as one to avoid in sales copy.',
    rewrites: term.rewrites ?? [],
    removable: term.removable ?? false,
    strength: term.strength ?? 'strong',
  }
}

/** Resolves config data; `overrides` must already be merged in (see `mergeOverrides`). */
export function resolveConfig(data: ConfigData = {}, source?: string, ruleList: readonly Rule<never>[] = allRules as Rule<never>[]): ResolvedConfig {
  const resolved = new Map<string, RuleConfig>()
  for (const rule of ruleList) {
    const setting = data.rules?.[rule.meta.id]
    const [severity, options] = Array.isArray(setting) ? setting : [setting ?? rule.meta.defaultSeverity, undefined]
    resolved.set(rule.meta.id, {severity, options: Object.freeze({...rule.meta.defaultOptions, ...options})})
  }
  const allow = data.allow ?? []
  const entries = [...builtInEntries, ...(data.terms ?? []).map(customEntry)]
  const lexicon = new LexiconMatcher(entries, allow)
  const fingerprint = JSON.stringify({rules: [...resolved], allow, terms: data.terms ?? []})
  return {rules: resolved, lexicon, allow, fingerprint, source, data}
}
