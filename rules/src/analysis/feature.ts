// Features: the offering has or does something ("Acme exports to S3", "SAML SSO and
// SCIM provisioning", "Free tier limited to 500 seats", "You can pin any chart").
// What the buyer gets from it is an outcome (outcome.ts); a feature with no outcome is
// what `feature-without-outcome` reports. Headings, questions, process steps,
// instructions and sentences about people are not features.

import {isLinkOnly, isProcessText} from './context'
import {cuePattern, cueSet, type Cue} from './cue'
import {isNameToken, opensWithPeople, PEOPLE_NOUNS} from './subject'
import type {SentenceView} from './view'
import {matchesOf} from '../matches'

// The words below, and why each reads the way it does, are in rules/cues/feature.yml; what
// stays here is structure (where a clause starts, how a label is punctuated).
const pattern = (name: string) => cuePattern('feature', name)

/** Labels that head a list of features ("Pros: …", "Key features: …"): the body is judged item by item. */
const FEATURE_LIST_LABELS = pattern('featureListLabel')

/** Nouns of process and reference text: a bullet naming one is not a feature. */
const PROCESS_NOUNS = pattern('processNouns')

/** "Acme exports…", "PostHog's free tier includes…", "Every report is timestamped…", at a clause start. */
/** Where a clause can start: the sentence start, after a comma, colon or dash, after "and", "but"… */
const CLAUSE_STARTS = /^|[,;:]\s+|\s[—–-]\s+|\b(?:and|but|while|whereas|because|plus)\s+/gi
const SUBJECT_VERB = pattern('subjectVerb')
const PRONOUN_SUBJECT = pattern('pronounSubject')
const STRONG_VERBS = pattern('strongVerbs')
/** Words that cannot continue a product name in a subject ("Tries to…", "Infrastructure that…"). */
const NOT_IN_NAME = pattern('notInName')
const DETERMINED_SUBJECT = pattern('determinedSubject')
const PEOPLE_HEAD = new RegExp(String.raw`\b${PEOPLE_NOUNS}$`, 'i')
/** What "we" credibly offers; "we have" and "we run" are usually about the company, not the product. */
const WE_VERBS = pattern('weVerbs')

/** "Every export is encrypted", "Additional languages are supported": a passive capability, whatever the subject's name. */
const PASSIVE_STATE = pattern('passiveState')

/** "You can pin any chart": a capability addressed to the reader; not "you can download it here". */
const YOU_CAN = pattern('youCan')
/** "If you…, you can…" and "Once you have…, you can…" are steps of a procedure. */
const CONDITION_BEFORE = pattern('condition')
const CONDITION_EVERYWHERE = new RegExp(CONDITION_BEFORE.source, 'gi')

// Bullets and table cells with an implied subject: "Runs on minimal resources",
// "Included in higher plans", "Free for up to five users".
const IMPLIED_SUBJECT = pattern('impliedSubject')

/** "Label: description" and "Label — description" bullets; the label names the feature. */
const LABELLED = /^(?<label>[^:—–→|{}]{1,48}?)\s*(?::\s|\s[—–→-]{1,2}\s)\s*(?<body>\S.*)$/s
/** A body that is a full clause with its own subject ("Most tools let you…"): judged as a sentence. */
const CLAUSE_START = pattern('clauseStart')

/** First words that make a bullet or a subject an instruction, not a feature. */
const IMPERATIVES = new Set(cueSet('feature', 'IMPERATIVES'))
/** Finite verbs and subject pronouns: a bullet containing one is a clause, not a bare feature name. */
const FINITE = pattern('finite')
const FEATURE_HEAD = pattern('featureHead')
/** Where the head of a noun phrase ends: "Easy setup | with minimal interface", "SSO | (SAML)". */
const PHRASE_END = pattern('phraseEnd')
const DETERMINER = pattern('determiner')

export function featureCues(view: SentenceView): Cue[] {
  const {text} = view
  // Headings, table headers and row labels (the first column) name a topic; the cells beside them make the claim.
  if (view.kind === 'heading' || view.block.table?.header || view.block.table?.column === 0) return []
  if (/\?\s*["'”’)*_]*\s*$/.test(text) || isProcessText(view)) return []
  const cues: Cue[] = []
  const add = (detail: string, start: number, end: number) => cues.push({kind: 'feature', detail, start, end, text: text.slice(start, end)})
  const lead = /^[\s\W]*/.exec(text)![0].length

  // Matched after leading marks and emoji, so "🚀 Acme exports…" still opens with its subject.
  const body = text.slice(lead)
  for (const clause of matchesOf(CLAUSE_STARTS, body)) {
    // Tried only where a clause starts (a sticky match), not at every character.
    SUBJECT_VERB.lastIndex = clause.index + clause[0].length
    const match = SUBJECT_VERB.exec(body)
    if (!match) continue
    const {subject, verb} = match.groups!
    const [start, end] = match.indices!.groups!.cue.map((offset) => offset + lead) as [number, number]
    // A verb written in Title Case is part of a name ("Status Pages", "Audit Logs").
    // "it" mid-sentence is the offering only in a coordinated clause ("…, and it ships a CLI").
    const afterAnd = /(?:,\s*and|;|,\s*but|\band also)\s+$/i.test(text.slice(conjunctionReach(text, start), start))
    // "has created", "have been": tense, not possession.
    if (/^(?:has|have)$/i.test(verb) && /^\s+(?:been|had|to|\w+ed|\w+en)\b/i.test(text.slice(end))) continue
    if (/^[A-Z]/.test(verb) || !isOfferingSubject(subject, verb, start <= lead, afterAnd)) continue
    add('offering-does', start, end)
  }
  const passive = PASSIVE_STATE.exec(text.slice(lead))
  if (passive && !cues.length && !opensWithPeople(passive.groups!.subject) && !PEOPLE_HEAD.test(passive.groups!.subject) && !IMPERATIVES.has(passive.groups!.subject.split(/\s/)[0]!.toLowerCase())) {
    add('offering-does', lead, lead + passive[0].length)
  }
  // The first condition word is enough to answer for every "you can" after it.
  const condition = CONDITION_EVERYWHERE.exec(text)
  CONDITION_EVERYWHERE.lastIndex = 0
  for (const match of matchesOf(YOU_CAN, text)) {
    const [start, end] = match.indices!.groups!.cue
    // Cut inside a word, the text before `start` ends a word the whole text does not.
    const conditionBefore = /\w/.test(text[start - 1] ?? '') && /\w/.test(text[start] ?? '') ? CONDITION_BEFORE.test(text.slice(0, start)) : condition !== null && condition.index + condition[0].length <= start
    if (!conditionBefore) add('buyer-can', start, end)
  }
  if ((view.kind === 'list-item' || view.kind === 'table-cell') && view.index === 0) bulletCues(view, lead, add)
  return cues
}

/**
 * Where a conjunction ending right before the whitespace at `start` can begin ("and
 * also", "; ", ", and", with spaces after the comma): the conjunction pattern is tested
 * on that tail, not on everything before each clause.
 */
function conjunctionReach(text: string, start: number): number {
  const skipSpaces = (at: number) => {
    while (at > 0 && /\s/.test(text[at - 1])) at--
    return at
  }
  const wordsEnd = skipSpaces(start)
  // "and also" and the character its `\b` looks at; or a comma, spaces, then "and"/"but".
  return Math.max(0, Math.min(wordsEnd - 'and also'.length - 1, skipSpaces(Math.max(0, wordsEnd - 3)) - 1))
}

function isOfferingSubject(subject: string, verb: string, opensSentence: boolean, afterAnd = false): boolean {
  if (PEOPLE_HEAD.test(subject) || opensWithPeople(subject)) return false
  // Agreement: "Acme runs", "GitLab scanners use", "we offer"; not "Hold use…" (an
  // instruction) or "our seamless sync" (a noun read as a verb).
  if (/^[a-z]+$/.test(verb) && !/s$/.test(verb) && !/^(?:we|they)$/i.test(subject) && !/\s(?:and|&)\s/.test(subject) && !/[^'’s]s$/.test(subject)) return false
  if (/^we$/i.test(subject)) return WE_VERBS.test(verb)
  // "it" mid-sentence is usually something else ("that line works because it gives them…").
  if (PRONOUN_SUBJECT.test(subject)) return (opensSentence || !/^(?:it|this)$/i.test(subject) || afterAnd) && !/^(?:can|has|have)\b/i.test(verb)
  if (DETERMINED_SUBJECT.test(subject)) return true
  // "Dispatchers can move…": a capitalized plural with a modal is people or things in general, not a product.
  if (/^can\b/i.test(verb) && /^[A-Z][a-z]+s$/.test(subject)) return false
  // Acronyms name products (SAML, SSO) but also teams (ABM, SDR): only with a clear capability verb.
  if (/^[A-Z]{3,}$/.test(subject)) return STRONG_VERBS.test(verb) || /^(?:is|are)\b/i.test(verb)
  // A product spelled in lower case ("openstatus offers…") reads as one only with a clear capability verb.
  if (opensSentence && /^[a-z][\w.-]*$/.test(subject)) return STRONG_VERBS.test(verb)
  return isNameSubject(subject)
}

/** "Acme", "GitLab Ultimate", "PostHog's free tier", "GitLab scanners", "Theia and VS Code". */
function isNameSubject(subject: string): boolean {
  const words = subject.split(/\s+/)
  const first = words[0]!.replace(/['’]s$/, '')
  if (!isNameToken(first) || IMPERATIVES.has(first.toLowerCase())) return false
  if (/['’]s$/.test(words[0]!)) return words.length <= 3 && words.slice(1).every((w) => !NOT_IN_NAME.test(w))
  let lowercase = 0
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!
    if (NOT_IN_NAME.test(w)) return false
    if (/^and$/i.test(w)) continue
    else if (/^[a-z]/.test(w) && ++lowercase > 1) return false
  }
  return true
}

type Add = (detail: string, start: number, end: number) => void

function bulletCues(view: SentenceView, lead: number, add: Add): void {
  const {text} = view
  if (isLinkOnly(view, lead)) return
  const labelled = LABELLED.exec(text.slice(lead))
  if (labelled) {
    const label = labelled.groups!.label.trim()
    const bodyStart = text.length - labelled.groups!.body.length
    const body = labelled.groups!.body
    if (isLinkOnly(view, bodyStart)) return
    if (FEATURE_LIST_LABELS.test(label)) {
      if (isBareFeature(body)) add('bare-feature', bodyStart, trimEnd(text))
    } else if (isFeatureLabel(label) && !CLAUSE_START.test(body)) add('feature-label', lead, lead + label.length)
    return
  }
  const body = text.slice(lead)
  const implied = IMPLIED_SUBJECT.exec(body)
  if (implied) add('implied-subject', lead, lead + implied[0].length)
  else if (isBareFeature(body)) add('bare-feature', lead, trimEnd(text))
}

/** "Custom dashboards", "Audit log", "CLI": a short noun phrase headed by a feature noun. */
function isFeatureLabel(label: string): boolean {
  const words = label.split(/\s+/)
  if (words.length > 6 || IMPERATIVES.has(words[0]!.toLowerCase()) || opensWithPeople(label) || FINITE.test(label)) return false
  return hasFeatureHead(label)
}

/** "Real-time dashboards", "SAML SSO and SCIM provisioning": a short name, no verb, no process noun. */
function isBareFeature(body: string): boolean {
  const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'’/.+-]*/gu) ?? []
  const [first, second] = words
  // One word ("Metrics") is a topic as often as a feature; more than 14 is a sentence.
  if (first === undefined || second === undefined || words.length > 14) return false
  // "Reworked our dashboard", "Added support for…": a changelog entry (history), not the offering's pitch.
  if (/^[A-Z]\w*ed$/.test(first) && /^(?:a|an|the|our|its|their|your|this|these|support|new)$/i.test(second)) return false
  if (IMPERATIVES.has(first.toLowerCase()) || opensWithPeople(body) || /^(?:on|in|at|for|from|to|with|by|of|after|before|during|when|if|once|while|via)$/i.test(first)) return false
  // "Running a self-hosted instance…", "using Docker…": an activity, not a feature name.
  if (/ing$/i.test(first) && (/^[a-z]/.test(first) || DETERMINER.test(second ?? ''))) return false
  if (FINITE.test(body) || PROCESS_NOUNS.test(body)) return false
  return hasFeatureHead(body)
}

/** Does a noun phrase (or any item of a comma list) end in a feature noun? */
function hasFeatureHead(phrase: string): boolean {
  const end = PHRASE_END.exec(phrase)
  const head = phrase.slice(0, end ? end.index : phrase.length)
  return head.split(/,\s*|\s+(?:and|or|&|\+)\s+/).some((item) => FEATURE_HEAD.test(item.trim().replace(/[^\p{L}\p{N}/-]+$/u, '')))
}

function trimEnd(text: string): number {
  return text.replace(/[\s.!;:,)*_]+$/, '').length
}
