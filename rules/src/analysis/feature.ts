// Features: the offering has or does something ("Acme exports to S3", "SAML SSO and
// SCIM provisioning", "Free tier limited to 500 seats", "You can pin any chart").
// What the buyer gets from it is an outcome (outcome.ts); a feature with no outcome is
// what `feature-without-outcome` reports. Headings, questions, process steps,
// instructions and sentences about people are not features.

import {isProcessText} from './context'
import type {Cue} from './cue'
import {isNameToken, opensWithPeople, PEOPLE_NOUNS} from './subject'
import type {SentenceView} from './view'

const word = (list: string) => list.trim().split(/\s+/).join('|')

/** What an offering is made of: the head nouns of feature names and plan facts. */
const FEATURE_NOUNS = word(`
  dashboards? reports? reporting analytics alerts? alerting notifications? integrations? api apis sdks? cli
  webhooks? sso saml scim rbac permissions roles audit logs? logging exports? imports? importer sync syncing
  backups? replicas? replication encryption monitoring monitors? tracking autocapture replays? recordings?
  heatmaps? funnels? experiments? testing flags? templates? workflows? automation playbooks? pipelines?
  scanning scanners? terminal ide editor search registry runners? provisioning availability failover status
  pages? themes? branding domains? plugins? extensions? connectors? tiers? plans? pricing seats? events mau maus
  retention storage hosting self-hosting self-hosted cloud on-prem on-premise regions? locations? support sla
  compliance app apps widgets? badges? embeds? charts? metrics insights queries filters? segments? cohorts?
  assertions? checks? probes? provider binaries docker kubernetes helm languages? syntax approvals? interface ui
  setup configuration settings access keys? tokens? limits? quotas? versions? members? features? tools?
  capabilities modeling versioning dependencies calendar planning scheduling paging on-call management
`)
/** What offerings are called when they are the subject ("the platform", "every plan"). */
const OFFERING_NOUNS = `${FEATURE_NOUNS}|${word(`platform product tool solution service software suite engine agent
  assistant importer extension plugin feature edition version package bundle offering integration`)}`

/** Nouns of process and reference text: a bullet naming one is not a feature. */
const PROCESS_NOUNS = /\b(?:review|meeting|calls?|checklist|agenda|training|sessions?|workshops?|demo|kickoff|deck|slides?|notes?|issues?|epics?|process|videos?|webinars?|blog|posts?|articles?|docs|documentation|handbook|guide|playbook|quiz|interview|okrs?|kpis?|dri|owner|deadline|due|timeline|budget|headcount|hiring|onboarding checklist|laptop|signs|swag)\b/i

// Verbs that state a capability when the offering is their subject.
const CAPABILITY_VERBS = word(`
  supports? includes? offers? provides? has have ships? integrates? connects? tracks? monitors? captures? runs? uses?
  stores? exports? imports? syncs? detects? scans? hosts? records? sends? alerts? generates? powers? allows? enables?
  lets gives? costs? checks? collects? automates? handles? manages? transfers? logs? measures? shows? displays?
  adds? features? bundles? encrypts? retains? autoscales? deploys? indexes? index maps? matches? notifies? notify
  visualizes? replays? captures? creates? assigns? routes? pages? starts? covers? backs? replicates?
`)
const VERB_PHRASES = String.raw`(?:comes? with|works? with|starts? at|starts? from|backs? up|does not (?:have|include|support|offer)|doesn['’]t (?:have|include|support|offer)|can (?:also )?(?!be\b|help\b)\w+)`
const STATE_WORDS = String.raw`(?:available|included|supported|provided|built[- ]in|built into|based on|open[- ]source|self-host(?:able|ed)|free(?! to\b)|priced|billed|limited to|timestamped|stored|encrypted|detected|created|generated|synced|updated|hosted|logged|tracked|exported|imported|bundled|compatible with|identical|native|powered by|premium|ultimate|enterprise[- ]only|(?:in|on) (?:the )?(?:free|paid|pro|premium|ultimate|enterprise|business|team|starter|growth)\b)`
const COPULA_FEATURE = String.raw`(?:is|are)\s+(?:also\s+|now\s+|fully\s+|automatically\s+|natively\s+|only\s+)?(?:${STATE_WORDS}|(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:${OFFERING_NOUNS})\b)`

/** "Acme exports…", "PostHog's free tier includes…", "Every report is timestamped…", at a clause start. */
const SUBJECT_VERB = new RegExp(
  String.raw`(?:^|[,;:]\s+|\s[—–-]\s+|\b(?:and|but|while|whereas|because|plus)\s+)(?<cue>(?<subject>(?:[\w.+'’/&-]+\s+){0,3}?[\w.+'’/&-]+)\s+(?:also\s+|now\s+|both\s+|already\s+|automatically\s+|natively\s+|only\s+|even\s+|additionally\s+)?(?<verb>(?:${CAPABILITY_VERBS})\b|${VERB_PHRASES}|${COPULA_FEATURE}))`,
  'gid',
)
const PRONOUN_SUBJECT = /^(?:it|this|we|our\s+[\w-]+(?:\s+[\w-]+)?|its\s+[\w-]+)$/i
const DETERMINED_SUBJECT = new RegExp(String.raw`^(?:the|every|each|all|this|its|our)\s+(?:[\w-]+\s+){0,2}?(?:${OFFERING_NOUNS}|report|incident report)$`, 'i')
const PEOPLE_HEAD = new RegExp(String.raw`\b${PEOPLE_NOUNS}$`, 'i')
/** What "we" credibly offers; "we have" and "we run" are usually about the company, not the product. */
const WE_VERBS = /^(?:offers?|provides?|supports?|includes?|integrates?|hosts?|ships?|stores?|encrypts?|syncs?|imports?|exports?|handles?|also offer)/i

/** "You can pin any chart": a capability addressed to the reader; not "you can download it here". */
const YOU_CAN = /(?:^|[,;:]\s+)(?<cue>(?:you|users|teams|admins|customers|responders|developers|engineers)\s+(?:can|get to|are able to)\s+(?:also\s+|now\s+|easily\s+)?(?!download|find|read|learn|contact|reach|visit|check out|sign up|try|get started|email|call|ask|book|request|join|watch|follow|subscribe|register|view|see|refer|click|go|use labels|expect|count on|rest)\w+)/gid

// Bullets and table cells with an implied subject: "Runs on minimal resources",
// "Included in higher plans", "Free for up to five users".
const IMPLIED_SUBJECT = new RegExp(String.raw`^(?<cue>(?:${word(`supports includes offers provides integrates connects tracks monitors captures runs stores exports imports syncs detects scans hosts records sends alerts generates powers allows enables lets automates handles manages shows displays adds encrypts retains autoscales deploys indexes notifies visualizes replays creates`)})\b|(?:included|available|supported|built[- ]in|natively|native|linked|powered by|limited to|automated|integrated|bundled|encrypted|hosted|free (?:for|up to|on|in)|comes with|works with|ships with)\b)`, 'i')

/** "Label: description" and "Label — description" bullets; the label names the feature. */
const LABELLED = /^(?<label>[^:—–→|]{1,48}?)\s*(?::|\s[—–→-]{1,2}\s)\s*(?<body>\S.*)$/s
/** Labels that introduce something other than a feature. */
const META_LABELS = /^(?:results?|outcomes?|benefits?|impact|value|why|problems?|pains?|challenges?|cons|risks?|notes?|tips?|examples?|e\.g|step\s*\d*|questions?|q|a|answers?|goals?|meeting|owners?|dri|who|when|where|experience|before|after|today|status|summary|tl;?dr|objections?|responses?|ask|talk track|subject|email|agenda|trade-?offs?|caveats?|warning|important|update|source|sources|date|time|location|cost|price|audience|persona|role|title|use case|scenario|story|quote|feedback|comment|next steps?|cta)$/i
/** A body that is a full clause with its own subject ("Most tools let you…"): judged as a sentence. */
const CLAUSE_START = /^(?:the|this|that|these|those|we|our|you|your|it|its|they|their|most|many|some|if|when|while|because|once|after|before|i|he|she|no|not|there)\b/i

/** First words that make a bullet an instruction or a step, not a feature. */
const IMPERATIVES = new Set(word(`
  review schedule check click open go read watch see ask send add create use run make set setup start try learn find
  follow contact reach book join visit download install configure update confirm ensure identify determine describe
  explain discuss share prepare document record capture understand explore leverage consider include help get keep
  avoid remember note submit request complete attend listen tell show demo present focus align map build define plan
  draft write edit publish post email call meet introduce highlight position emphasize lead pick choose select enter
  type paste copy drag drop move navigate log sign fill list link tag assign escalate notify coordinate collaborate
  work talk reply respond answer call out walk point mention do be take give look think
`).split('|'))
/** Finite verbs and subject pronouns: a bullet containing one is a clause, not a bare feature name. */
const FINITE = /\b(?:is|are|was|were|be|been|am|has|have|had|do|does|did|can|could|will|would|should|must|may|might|shall|need|needs|want|wants|i|you|we|they|he|she|it['’]s|there['’]s|let['’]s)\b/i
const FEATURE_NOUN = new RegExp(String.raw`\b(?:${FEATURE_NOUNS}|a\/b)\b`, 'i')

export function featureCues(view: SentenceView): Cue[] {
  const {text} = view
  if (view.kind === 'heading' || view.block.table?.header) return []
  if (/\?\s*["'”’)*_]*\s*$/.test(text) || isProcessText(view)) return []
  const cues: Cue[] = []
  const add = (detail: string, start: number, end: number) => cues.push({kind: 'feature', detail, start, end, text: text.slice(start, end)})

  for (const match of text.matchAll(SUBJECT_VERB)) {
    const {subject, verb} = match.groups!
    if (isOfferingSubject(subject, verb)) add('offering-does', ...match.indices!.groups!.cue)
  }
  for (const match of text.matchAll(YOU_CAN)) add('buyer-can', ...match.indices!.groups!.cue)
  if ((view.kind === 'list-item' || view.kind === 'table-cell') && view.index === 0) bulletCues(view, add)
  return cues
}

function isOfferingSubject(subject: string, verb: string): boolean {
  if (PEOPLE_HEAD.test(subject) || opensWithPeople(subject)) return false
  if (/^we$/i.test(subject)) return WE_VERBS.test(verb)
  if (PRONOUN_SUBJECT.test(subject)) return !/^(?:can|has|have)\b/i.test(verb)
  if (DETERMINED_SUBJECT.test(subject)) return true
  // "Acme", "GitLab Ultimate", "PostHog's free tier", "Theia and VS Code".
  return isNameToken(subject.split(/\s+/)[0].replace(/['’]s$/, ''))
}

type Add = (detail: string, start: number, end: number) => void

function bulletCues(view: SentenceView, add: Add): void {
  const {text} = view
  const lead = /^[\s\W]*/.exec(text)![0].length
  if (isLinkOnly(view)) return
  const labelled = LABELLED.exec(text.slice(lead))
  if (labelled) {
    const label = labelled.groups!.label.trim()
    const body = labelled.groups!.body
    const labelWords = label.split(/\s+/)
    if (labelWords.length <= 6 && !META_LABELS.test(label.replace(/[^\w\s;/-]/g, '').trim()) && !IMPERATIVES.has(labelWords[0].toLowerCase()) && !opensWithPeople(label) && !CLAUSE_START.test(body) && !FINITE.test(label)) {
      add('feature-label', lead, lead + label.length)
      return
    }
  }
  const body = text.slice(lead)
  const implied = IMPLIED_SUBJECT.exec(body)
  if (implied) {
    add('implied-subject', lead, lead + implied[0].length)
    return
  }
  if (isBareFeature(body)) add('bare-feature', lead, text.replace(/[\s.!;:,)*_]+$/, '').length)
}

/** "Real-time dashboards", "SAML SSO and SCIM provisioning": a short name, no verb, no process noun. */
function isBareFeature(body: string): boolean {
  const words = body.match(/[\p{L}\p{N}][\p{L}\p{N}'’/.+-]*/gu) ?? []
  const [first] = words
  if (first === undefined || words.length > 14) return false
  if (IMPERATIVES.has(first.toLowerCase()) || opensWithPeople(body)) return false
  if (FINITE.test(body) || PROCESS_NOUNS.test(body)) return false
  return FEATURE_NOUN.test(body)
}

/** A bullet that is only a link ("[Q3 roadmap review](…)") is a reference, not a feature. */
function isLinkOnly(view: SentenceView): boolean {
  const [start, end] = view.range()
  return view.block.links.some(([a, b]) => a <= start + 2 && b >= end - 2)
}
