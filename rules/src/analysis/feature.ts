// Features: the offering has or does something ("Acme exports to S3", "SAML SSO and
// SCIM provisioning", "Free tier limited to 500 seats", "You can pin any chart").
// What the buyer gets from it is an outcome (outcome.ts); a feature with no outcome is
// what `feature-without-outcome` reports. Headings, questions, process steps,
// instructions and sentences about people are not features.

import {isProcessText} from './context'
import type {Cue} from './cue'
import {isNameToken, opensWithPeople, PEOPLE_NOUNS} from './subject'
import type {SentenceView} from './view'
import {matchesOf} from '../matches'

const word = (list: string) => list.trim().split(/\s+/).join('|')

/** What an offering is made of: the head nouns of feature names and plan facts. */
const FEATURE_NOUNS = word(`
  dashboards? reports? reporting analytics alerts? alerting notifications? integrations? api apis sdks? cli
  webhooks? sso saml scim rbac permissions roles audit logs? logging exports? imports? importer sync syncing
  backups? replicas? replication encryption monitoring monitors? tracking autocapture replays? recordings?
  heatmaps? funnels? experiments? testing flags? templates? workflows? automation playbooks? pipelines?
  scanning scanners? terminal ide editor search registry runners? provisioning availability failover
  themes? branding domains? plugins? extensions? connectors? tiers? pricing seats? mau maus
  retention storage hosting self-hosting self-hosted cloud on-prem on-premise regions? locations? sla
  compliance app apps widgets? badges? embeds? charts? metrics insights queries filters? segments? cohorts?
  assertions? checks? probes? provider binaries docker kubernetes helm languages? syntax approvals? interface ui
  setup configuration settings access keys? tokens? limits? quotas? versions? backend frontend modeling versioning
  calendar scheduling paging on-call materials
`)
/** What offerings are called when they are the subject ("the platform", "every plan"). */
const OFFERING_NOUNS = `${FEATURE_NOUNS}|${word(`platform product tool solution service software suite engine agent
  assistant importer extension plugin feature edition version package bundle offering integration plan plans
  status page`)}`
/** Labels that head a list of features ("Pros: …", "Key features: …"): the body is judged item by item. */
const FEATURE_LIST_LABELS = /^(?:pros|features|key features|highlights|included|includes|what(?:['’]s| is) included|what you get|capabilities|specs|specifications)$/i

/** Nouns of process and reference text: a bullet naming one is not a feature. */
const PROCESS_NOUNS = /\b(?:review|meeting|calls?|checklist|agenda|training|sessions?|workshops?|demo|kickoff|deck|slides?|notes?|issues?|epics?|process|videos?|webinars?|blog|posts?|articles?|docs|documentation|handbook|guide|playbook|quiz|interview|okrs?|kpis?|dri|owner|deadline|due|timeline|budget|headcount|hiring|onboarding checklist|laptop|signs|swag)\b/i

// Verbs that state a capability when the offering is their subject.
const CAPABILITY_VERBS = word(`
  supports? includes? offers? provides? has have ships? integrates? connects? tracks? monitors? captures? runs? uses?
  stores? exports? imports? syncs? detects? scans? hosts? records? sends? alerts? generates? powers? allows? enables?
  lets gives? costs? checks? collects? automates? handles? manages? transfers? logs? measures? shows? displays?
  adds? bundles? encrypts? retains? autoscales? deploys? indexes? matches? notifies? notify visualizes? creates?
  assigns? routes? starts? covers? replicates?
`)
const VERB_PHRASES = String.raw`(?:comes? with|works? with|starts? at|starts? from|backs? up|(?:does not|doesn['’]t|never) (?:have|include|support|offer|process|track|store|sell|share|collect|use|require|send)\b|can (?:also )?(?!be\b|help\b)\w+)`
const STATE_WORDS = String.raw`(?:not available|not included|ready to use|available(?! (?:in|at|from|on|via|here) (?:this|these|the following|here|our (?:drive|folder|group|repo)))|included|supported|provided|built[- ]in|built into|based on|open[- ]source|self-host(?:able|ed)|free(?! to\b)|priced|billed|limited to|timestamped|stored|encrypted|detected|created|generated|synced|updated|hosted|logged|tracked|exported|imported|bundled|compatible with|identical|native|powered by|premium|ultimate|enterprise[- ]only|(?:in|on) (?:the )?(?:free|paid|pro|premium|ultimate|enterprise|business|team|starter|growth)\b)`
const COPULA_FEATURE = String.raw`(?:is|are)\s+(?:also\s+|now\s+|fully\s+|automatically\s+|natively\s+|only\s+)?(?:${STATE_WORDS}\b|(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:${OFFERING_NOUNS})\b(?!\s+(?!(?:with|for|that|which|to|in|from|and|built|designed|where|on|by|so|you|your)\b)[A-Za-z0-9]))`

/** "Acme exports…", "PostHog's free tier includes…", "Every report is timestamped…", at a clause start. */
/** Where a clause can start: the sentence start, after a comma, colon or dash, after "and", "but"… */
const CLAUSE_STARTS = /^|[,;:]\s+|\s[—–-]\s+|\b(?:and|but|while|whereas|because|plus)\s+/gi
const SUBJECT_VERB = new RegExp(
  String.raw`(?<cue>(?<subject>(?!(?:and|but|or|so|then|while|because|plus|whereas)\s)(?:[\w.+'’/&-]+\s+){0,3}?[\w.+'’/&-]+)\s+(?:also\s+|now\s+|both\s+|already\s+|automatically\s+|natively\s+|only\s+|even\s+|additionally\s+)?(?<verb>(?:${CAPABILITY_VERBS})\b|${VERB_PHRASES}|${COPULA_FEATURE}))`,
  'yid',
)
const PRONOUN_SUBJECT = /^(?:it|this|we|our\s+[\w-]+(?:\s+[\w-]+)?|its\s+[\w-]+)$/i
const STRONG_VERBS = /^(?:offers|provides|supports|includes|integrates|monitors|ships|exports|imports|syncs|tracks|captures|encrypts|comes with)$/i
/** Words that cannot continue a product name in a subject ("Tries to…", "Infrastructure that…"). */
const NOT_IN_NAME = /^(?:\/|to|that|which|who|whom|whose|what|where|when|if|of|for|on|in|at|by|with|from|or|nor|but|would|could|should|will|can|may|might|must|is|are|was|were|be|not|no|the|a|an|this|these|those|you|your|we|our|they|their|it|its|-|–|—|&)$/i
const DETERMINED_SUBJECT = new RegExp(String.raw`^(?:the|every|each|all|this|its|our)\s+(?:[\w-]+\s+){0,2}?(?:${OFFERING_NOUNS}|report|incident report)$`, 'i')
const PEOPLE_HEAD = new RegExp(String.raw`\b${PEOPLE_NOUNS}$`, 'i')
/** What "we" credibly offers; "we have" and "we run" are usually about the company, not the product. */
const WE_VERBS = /^(?:offers?|provides?|supports?|includes?|integrates?|hosts?|ships?|stores?|encrypts?|syncs?|imports?|exports?|handles?|also offer)/i

/** "Every export is encrypted", "Additional languages are supported": a passive capability, whatever the subject's name. */
const PASSIVE_STATE = /^(?<subject>[^;:?!]{3,140}?)\s+(?:is|are)\s+(?:not\s+|also\s+|now\s+|automatically\s+|only\s+|fully\s+)?(?:supported|included|available|ready to use|built[- ]in|encrypted|timestamped|detected|synced|billed|bundled|priced)\b/i

/** "You can pin any chart": a capability addressed to the reader; not "you can download it here". */
const YOU_CAN = /(?:^|[,;:]\s+)(?<cue>(?:you|users|teams|admins|customers|responders|developers|engineers)\s+(?:can|get to|are able to)\s+(?:also\s+|now\s+|easily\s+)?(?!(?:also|now|easily|download|find|read|learn|contact|reach|visit|check out|sign up|try|get|email|call|ask|book|request|join|watch|follow|subscribe|register|view|see|refer|click|go|use|post|expect|count on|rest|remove|delete|deactivate|demo|show|present)\b)\w+)/gid
/** "If you…, you can…" and "Once you have…, you can…" are steps of a procedure. */
const CONDITION_BEFORE = /\b(?:if|once|when|whenever|while|before)\b/i
const CONDITION_EVERYWHERE = new RegExp(CONDITION_BEFORE.source, 'gi')

// Bullets and table cells with an implied subject: "Runs on minimal resources",
// "Included in higher plans", "Free for up to five users".
const IMPLIED_SUBJECT = new RegExp(String.raw`^(?<cue>(?:${word(`supports includes offers provides integrates connects tracks monitors captures runs stores exports imports syncs detects scans hosts records sends alerts generates powers allows enables lets automates handles manages shows displays adds encrypts retains autoscales deploys indexes notifies visualizes replays creates`)})\b|(?:included|available|supported|built[- ]in|linked|powered by|limited to|automated|integrated|bundled|encrypted|hosted|free (?:for|up to|on|in)|comes with|works with|ships with)\b)`, 'i')

/** "Label: description" and "Label — description" bullets; the label names the feature. */
const LABELLED = /^(?<label>[^:—–→|{}]{1,48}?)\s*(?::\s|\s[—–→-]{1,2}\s)\s*(?<body>\S.*)$/s
/** A body that is a full clause with its own subject ("Most tools let you…"): judged as a sentence. */
const CLAUSE_START = /^(?:the|this|that|these|those|we|our|you|your|it|its|they|their|most|many|some|if|when|while|because|once|after|before|i|he|she|no|not|there)\b/i

/** First words that make a bullet or a subject an instruction, not a feature. */
const IMPERATIVES = new Set(word(`
  review schedule check click open go read watch see ask send add create use run make set setup start try learn find
  follow contact reach book join visit download install configure update confirm ensure identify determine describe
  explain discuss share prepare document record capture understand explore leverage consider include help get keep
  avoid remember note submit request complete attend listen tell show demo present focus align map build define plan
  draft write edit publish post email call meet introduce highlight position emphasize lead pick choose select enter
  type paste copy drag drop move navigate log sign fill list link tag assign escalate notify coordinate collaborate
  work talk reply respond answer walk point mention do be take give look think recreate reduce eliminate replace
  migrate verify execute accelerate deliver drive enable empower unlock transform
`).split('|'))
/** Finite verbs and subject pronouns: a bullet containing one is a clause, not a bare feature name. */
const FINITE = /\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|can|could|will|would|should|must|may|might|shall|need|needs|want|wants|get|gets|got|takes|makes|i|you|we|they|he|she|it['’]s|there['’]s|let['’]s|don['’]t|doesn['’]t|isn['’]t|aren['’]t|can['’]t|won['’]t)\b/i
const FEATURE_HEAD = new RegExp(String.raw`(?:^|\s)(?:${FEATURE_NOUNS}|a\/b)$`, 'i')
/** Where the head of a noun phrase ends: "Easy setup | with minimal interface", "SSO | (SAML)". */
const PHRASE_END = /\s(?:with|for|via|to|from|in|on|of|that|which|by|across|at|through|using|including|like|limited|included|available|powered|built|based|starting)\s|\s-+\s|\s?[(—–:;]|$/i
const DETERMINER = /^(?:a|an|the|your|our|their|this|that|these|those|every|each|all)$/i

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

/** A bullet (or a label's description) that is only a link ("[Q3 roadmap](…)") is a reference. */
function isLinkOnly(view: SentenceView, from: number): boolean {
  const [start, end] = view.rangeOf(from, view.text.length)
  return view.block.links.some(([a, b]) => a <= start + 2 && b >= end - 2)
}
