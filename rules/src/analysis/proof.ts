// Proof: what makes a claim checkable by a buyer. A link or footnote (checked by the
// view), a named source, a study with a stated basis, or a named customer's result.
// An unnamed "studies show" or "published comparisons" is not proof.

import {findCues, type Cue} from './cue'

const ANALYSTS = String.raw`(?:Gartner|Forrester|IDC|G2|Capterra|TrustRadius|PeerSpot|GigaOm|451 Research|McKinsey|Deloitte|Accenture|Omdia|Everest Group|ESG|Enterprise Strategy Group|Stack Overflow (?:Developer )?Survey|DORA|State of DevOps|Magic Quadrant|Forrester Wave|Peer Insights|Total Economic Impact)`
const RESULT_VERBS = String.raw`(?:cut|cuts|reduced|saved|grew|increased|improved|drove|delivered|realized|lowered|halved|doubled|tripled|shrank|sped up|shortened|eliminated|avoided|recovered|moved|migrated|switched|consolidated|replaced|went from|reported|saw|achieved|gained|freed up)`

const PROOF_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['named-source', /\baccording to\b|\b(?:source|sources|data|via)\s*:|\bas (?:reported|measured|ranked|rated|named|recognized) (?:by|in)\b|\bcited (?:by|in)\b/gi],
  ['analyst', new RegExp(String.raw`\b${ANALYSTS}\b`, 'g')],
  // "in our benchmark of 1,000 repos", "a 2024 survey of 500 CTOs": a stated basis.
  ['study', /\b(?:study|survey|benchmark|analysis|audit|report|test|experiment|poll|research|case study)\s+(?:of|across|with|from|by|on)\s+(?:\d|[A-Z]|more than \d|over \d)/g],
  ['study', /\bbased on (?:\d|data from|a study|a survey|our (?:benchmark|study|survey|analysis)|[A-Z])/g],
  ['case-study', /\bcase stud(?:y|ies)\b/gi],
  // An award or analyst placement is a named third party vouching for the claim.
  ['award', /\b(?:award|awarded|winner of|won the|named (?:a |the )?(?:leader|winner|visionary|challenger|strong performer))\b/gi],
  // A capitalized name doing a past-tense result: "Acme cut its bill by 40%".
  ['named-customer', new RegExp(String.raw`(?<cue>\b[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3})(?:['’]s\s\w+(?:\s\w+)?)?\s${RESULT_VERBS}\b`, 'gd')],
  ['named-customer', /\b(?:customers?|teams?|companies|organi[sz]ations) (?:like|such as|including) (?<cue>[A-Z][\w&.-]+)/gd],
  // A quote attribution: "— Dana Lee, CTO at Example Co".
  ['attribution', /[—–-]\s?[A-Z][a-z]+(?: [A-Z][a-z.]+)+,\s*(?:[A-Z]|head|vp|director|cto|ceo|engineer)/g],
]

/** Words that start sentences and are capitalized without being names. */
const NOT_NAMES = new Set(['We', 'Our', 'It', 'This', 'That', 'They', 'You', 'Your', 'Teams', 'Customers', 'Users', 'Companies', 'Developers', 'The', 'A', 'An', 'Most', 'Many', 'Some', 'Each', 'Every', 'He', 'She', 'Everyone', 'Nobody', 'Which', 'What', 'Who'])

// The words every proof pattern needs; most sentences have none of them.
const TRIGGER = new RegExp(String.raw`according|source|data|via\s*:|\bas (?:reported|measured|ranked|rated|named|recognized)|cited|${ANALYSTS}|study|studies|survey|benchmark|analysis|audit|report|test|experiment|poll|research|based on|award|winner|won the|named|like|such as|including|[—–-]\s?[A-Z]|${RESULT_VERBS}`, 'i')

export function proofCues(text: string): Cue[] {
  if (!TRIGGER.test(text)) return []
  return findCues(text, 'proof', PROOF_PATTERNS).filter((cue) => cue.detail !== 'named-customer' || !NOT_NAMES.has(cue.text.split(/\s/)[0]))
}
