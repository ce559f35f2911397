// Turns config data (already validated against the schema) into what the engine
// needs: each rule's severity and options, and the lexicon with the user's terms
// added and allowed terms removed, and the names that say whose voice a sentence is in
// (competitors from config and from the document's title). Pure: loading files is
// `load.ts`'s job.

import {competitorsFromTitle, documentTitle} from '../analysis/voice-title'
import {DEFAULT_COPY_KEYS} from '../markdown/front-matter-copy'
import builtInLexicon from '../generated/lexicon.json'
import {LexiconMatcher, normalizeTerm} from '../lexicon/matcher'
import type {LexiconCategory, LexiconEntry} from '../lexicon/types'
import {profilesWith} from '../profiles/data'
import {limitOptions} from '../profiles/limits'
import type {Profile} from '../profiles/types'
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
  competitors?: string[]
  /** The document profile these files are checked as (`battlecard`, `email`, …, or `none`). */
  profile?: string
}

export interface ConfigData {
  $schema?: string
  rules?: Record<string, RuleSetting>
  /** Terms never flagged, e.g. a product name that contains a lexicon word. */
  allow?: string[]
  /** Extra lexicon entries, as data. */
  terms?: CustomTerm[]
  /** Rivals: their claims and features are not reported as yours. */
  competitors?: string[]
  /** The document profile to check files as, instead of detecting it. */
  profile?: string
  /** Front matter keys whose values are copy to lint, at any depth; dotted keys name the end of a path (replaces the default list). */
  frontMatterCopy?: string[]
  /** The proof-point registry file, relative to the config file. */
  proofPoints?: string
  /** The team's own profile files (shaped like rules/profiles/battlecard.yml), relative to the config file. */
  profiles?: string[]
  overrides?: ConfigOverride[]
  /**
   * The files `profiles` names, as `load.ts` read them: set by the loader, never written
   * in a config (the schema refuses it), so the data alone resolves the config in
   * another thread.
   */
  loadedProfiles?: LoadedProfile[]
}

export interface LoadedProfile {
  /** Absolute path of the profile file. */
  file: string
  /** A hash of the file's text: the config's fingerprint changes when the file does. */
  hash: string
  profile: Profile
}

export interface RuleConfig {
  severity: SeveritySetting
  options: Readonly<Record<string, unknown>>
}

export interface ResolvedConfig {
  rules: ReadonlyMap<string, RuleConfig>
  lexicon: LexiconMatcher
  allow: readonly string[]
  /** Competitor names, from config (and, for one document, from its title: see `withDocumentVoice`). */
  competitors: readonly string[]
  /** Our product or company name, when the document's title says it ("Acme vs Globex"). */
  ours?: string
  /** The document profile the config gives (a file's front matter wins over it). */
  profile?: string
  /** The profiles documents are checked against: the built-in ones with the config's own replacing or added. */
  profiles: readonly Profile[]
  /** Front matter keys (lower case) whose values are copy to lint, at any depth; dotted keys name the end of a path. */
  frontMatterCopy: readonly string[]
  /** Changes whenever anything that affects findings changes (cache key). */
  fingerprint: string
  /** The file the config came from, if any. */
  source?: string
  /** The data it was resolved from (what another thread needs to resolve it again). */
  data: ConfigData
}

/**
 * Puts one layer of rule settings over the layers before it. The layers, earliest first:
 * the rules' defaults, the config's `rules`, each matching override in order, the CLI's
 * `--rule`. A severity alone (`"error"` or `["error"]`) changes the severity and keeps
 * the options set earlier, as ESLint does; options given replace earlier ones whole.
 */
export function layerRuleSettings(earlier: Readonly<Record<string, RuleSetting>> = {}, later: Readonly<Record<string, RuleSetting>> = {}): Record<string, RuleSetting> {
  const layered: Record<string, RuleSetting> = {...earlier}
  for (const [id, setting] of Object.entries(later)) {
    const current = layered[id]
    const givesOptions = Array.isArray(setting) && setting.length > 1
    const earlierOptions = Array.isArray(current) && current.length > 1 ? current[1] : undefined
    layered[id] = givesOptions || earlierOptions === undefined ? setting : [Array.isArray(setting) ? setting[0] : setting, earlierOptions]
  }
  return layered
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
    custom: true,
    ...(/\p{Lu}/u.test(term.term) && {spelledWithCapitals: true}),
  }
}

/** Resolves config data; `overrides` must already be merged in (see `mergeOverrides`). */
export function resolveConfig(data: ConfigData = {}, source?: string, ruleList: readonly Rule<never>[] = allRules as Rule<never>[]): ResolvedConfig {
  const loadedProfiles = data.loadedProfiles ?? []
  const profiles = profilesWith(loadedProfiles.map((loaded) => loaded.profile))
  // A team's email profile sets the email rules' defaults; the config's options still win.
  const profileOptions = limitOptions(profiles)
  const resolved = new Map<string, RuleConfig>()
  for (const rule of ruleList) {
    const setting = data.rules?.[rule.meta.id]
    const [severity, options] = Array.isArray(setting) ? setting : [setting ?? rule.meta.defaultSeverity, undefined]
    resolved.set(rule.meta.id, {severity, options: Object.freeze({...rule.meta.defaultOptions, ...profileOptions[rule.meta.id], ...options})})
  }
  const allow = data.allow ?? []
  const entries = [...builtInEntries, ...(data.terms ?? []).map(customEntry)]
  const lexicon = new LexiconMatcher(entries, allow)
  const competitors = Object.freeze(uniqueNames(data.competitors ?? []))
  const profileFiles = loadedProfiles.map(({file, hash}) => [file, hash])
  const frontMatterCopy = Object.freeze((data.frontMatterCopy ?? DEFAULT_COPY_KEYS).map((key) => key.toLowerCase()))
  const fingerprint = JSON.stringify({rules: [...resolved], allow, terms: data.terms ?? [], competitors, profile: data.profile, frontMatterCopy, ...(profileFiles.length > 0 && {profileFiles})})
  return {rules: resolved, lexicon, allow, competitors, fingerprint, source, data, profiles, frontMatterCopy, ...(data.profile !== undefined && {profile: data.profile})}
}

/** Names without blanks and without case-insensitive repeats, first spelling kept. */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>()
  const unique: string[] = []
  for (const name of names) {
    const trimmed = name.trim()
    const key = trimmed.toLowerCase()
    if (!trimmed || seen.has(key)) continue
    seen.add(key)
    unique.push(trimmed)
  }
  return unique
}

/**
 * Derived configs per base config, by the names a title added. Each document title
 * gives one entry, so the lexicon and rule settings are shared, never rebuilt; the map
 * is emptied when it grows (a title typed letter by letter makes a new entry per key).
 */
const documentConfigs = new WeakMap<ResolvedConfig, Map<string, ResolvedConfig>>()
const MAX_DOCUMENT_CONFIGS = 64

/**
 * The config to lint one document with: `config` plus the competitors and our name that
 * the document's title gives ("Acme vs Globex", "Globex alternatives"). Names in the
 * config win: a title cannot make a configured competitor ours. The result has its own
 * fingerprint, so chunk caches never mix results of different voices; a title that adds
 * nothing returns `config` itself.
 */
export function withDocumentVoice(config: ResolvedConfig, text: string): ResolvedConfig {
  const title = documentTitle(text)
  if (title === undefined) return config
  const fromTitle = competitorsFromTitle(title, text)
  const known = new Set(config.competitors.map((name) => name.toLowerCase()))
  let ours = config.ours ?? fromTitle.ours
  let added = fromTitle.competitors.filter((name) => !known.has(name.toLowerCase()))
  // "Globex vs Acme" where the config says Globex is the rival: the other side is ours.
  if (ours && known.has(ours.toLowerCase())) {
    ours = config.ours ?? (added.length === 1 ? added[0] : undefined)
    added = added.filter((name) => name !== ours)
  }
  if (added.length === 0 && ours === config.ours) return config
  const key = `${ours ?? ''}\0${added.join('\0')}`
  let derived = documentConfigs.get(config)
  if (!derived) {
    derived = new Map()
    documentConfigs.set(config, derived)
  }
  let result = derived.get(key)
  if (!result) {
    if (derived.size >= MAX_DOCUMENT_CONFIGS) derived.clear()
    result = {
      ...config,
      competitors: Object.freeze([...config.competitors, ...added]),
      ...(ours !== undefined && {ours}),
      fingerprint: `${config.fingerprint}\0${JSON.stringify({fromTitle: {ours, competitors: added}})}`,
    }
    derived.set(key, result)
  }
  return result
}
