// Outcomes: what the buyer gets from a feature. A feature is what the product has
// ("SAML SSO", "exports to S3"); an outcome is what changes for the customer ("so
// auditors get the log without a ticket", "in minutes instead of days", "saves your
// team an afternoon a week"). `feature-without-outcome` asks for one of these.

import type {Cue} from './cue'
import {combinePatterns} from './patterns'

/** Who benefits: the buyer, their team, their users. */
const BENEFICIARY = String.raw`(?:you|your(?:\s+[\w-]+){0,2}|teams?|users?|customers?|developers?|devs?|engineers?|admins?|stakeholders?|buyers?|reviewers?|auditors?|managers?|leaders?|everyone|anyone|nobody|no one|them|they|people|organi[sz]ations|businesses|companies|the team)`

/** Verbs whose object is a cost, risk or chore that goes away or shrinks. */
const RELIEF_VERBS = String.raw`(?:save|saves|saving|reduce|reduces|reducing|cut|cuts|cutting|lower|lowers|lowering|eliminate|eliminates|eliminating|eliminated|avoid|avoids|avoiding|prevent|prevents|preventing|remove|removes|removing|minimi[sz]e|minimi[sz]es|shorten|shortens|shortening|speed up|speeds up|accelerate|accelerates|relieve|relieves|free up|frees up|frees|spare|spares|catch|catches|catching)`

/** What the buyer gains: growth verbs with a business object. */
const GAIN_VERBS = String.raw`(?:increase|increases|increasing|improve|improves|improving|boost|boosts|boosting|grow|grows|growing|maximi[sz]e|maximi[sz]es|win|wins|close|closes|ship|ships|deliver|delivers|recover|recovers)`
const GAIN_OBJECTS = String.raw`(?:productivity|revenue|conversions?|velocity|efficiency|throughput|retention|adoption|deals?|pipeline|margins?|roi|return|quality|uptime|trust|confidence|morale|visibility|speed|(?:[\w-]+\s+)?faster|sooner|earlier|more\s+\w+|with confidence)`

/** Results a buyer feels: less time, less work, fewer mistakes. */
const COMPARATIVE_RESULTS = String.raw`(?:faster|quicker|sooner|earlier|cheaper|safer|fewer\s+[\w-]+|less\s+(?:time|work|effort|toil|risk|noise|spend|waiting|rework|overhead|hassle|guesswork|manual)|more\s+(?:time|revenue|deals|customers|confidence|focus|reliabl[ey]|securely|predictabl[ey]))`

const OUTCOME_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  // "so you can…", "so that your team…", "so stakeholders learn…": the result clause.
  ['so-that', new RegExp(String.raw`\bso\s+(?:that\s+)?${BENEFICIARY}\b`, 'gi')],
  // ", so month-end is a review", "so nothing slips": a result clause after the feature.
  ['so-that', /,\s*so\s+(?!far\b|much\b|many\b|long\b|called\b|on\b(?!-)|forth\b)[\w'’-]+|\bso that\b/gi],
  // "which means…", "meaning you…", "which saves…": the consequence spelled out.
  ['which-means', /\b(?:which|this|that)\s+(?:means|matters|makes|lets|helps|saves|frees|relieves|removes|eliminates|cuts|reduces|keeps|prevents|spares|gives)\b|\bmeaning\s+(?:you|your|teams?|less|no|fewer|faster|nobody|no one)\b/gi],
  // "giving you full control", "helping teams…", "letting reviewers…".
  ['benefit-to', new RegExp(String.raw`\b(?:giving|letting|helping|saving|freeing|sparing|empowering)\s+[\w-]+|\b(?:helps?|empowers?)\s+${BENEFICIARY}\b`, 'gi')],
  // The chore or cost that goes away: "without…", "instead of…", "no more…".
  ['without', /\bwithout\b|\binstead of\b|\bno more\b|\bno longer\b|\bno need (?:to|for)\b|\bnever (?:miss|lose|worry|again|have to|wait)\b|\bzero (?:downtime|config(?:uration)?|setup|maintenance)\b/gi],
  // "Cookieless tracking — no consent banners": the chore the feature removes, after a dash.
  ['without', /[—–:→]\s+no\s+(?:more\s+)?[\w-]+(?:\s+[\w-]+){0,2}[.!]?$/gi],
  // "saves your team an afternoon", "cuts review time", "catches bugs before…".
  ['relief', new RegExp(String.raw`\b${RELIEF_VERBS}\s+(?:\w+\s+){0,3}?(?:time|hours?|days?|weeks?|afternoons?|mornings?|evenings?|weekends?|money|costs?|spend|bills?|budget|risk|errors?|mistakes?|bugs?|problems?|issues|defects?|vulnerabilit(?:y|ies)|incidents?|outages?|downtime|churn|toil|effort|work|friction|overhead|complexity|delays?|latency|noise|tickets?|rework|steps|handoffs?|feedback loops?|cycle times?|lead times?|mttr|context switching|manual|headaches?|hassle|the need)\b`, 'gi')],
  ['gain', new RegExp(String.raw`\b${GAIN_VERBS}\s+(?:\w+\s+){0,2}?${GAIN_OBJECTS}\b`, 'gi')],
  // "accelerating delivery", "streamlines audits": vague, but they say what changes for the buyer.
  ['benefit-verb', /\b(?:accelerat(?:e|es|ing)|streamlin(?:e|es|ing)|simplif(?:y|ies|ying)|optimi[sz](?:e|es|ing))\s+(?:\w+\s+){0,2}?\w+/gi],
  // "faster than Rival" compares products (a claim); "ship faster" is what the buyer gets.
  ['result', new RegExp(String.raw`\b(?:${COMPARATIVE_RESULTS})\b(?!\s+than\b)`, 'gi')],
  // "a review, not a hunt", "the day it stalls, not at the quarterly review": the before/after contrast.
  ['contrast', /,\s+not\s+(?:at|in|after|when|by|from|a|an|the|weeks|days|months)\b/gi],
  // A before/after in time: "in minutes instead of days", "in one click".
  ['time-to-value', /\bin (?:minutes|seconds|one click|a few clicks|one step|a single step|(?:a|one) (?:day|afternoon|hour|morning)|under (?:a|an|\d+) \w+)\b/gi],
  // "with no CSV exports", "with zero config": the chore that is gone.
  ['without', /\bwith (?:no|zero)\s+[\w-]+/gi],
  // States the buyer reaches: "peace of mind", "stay compliant", "focus on…".
  ['buyer-state', /\bpeace of mind\b|\bwith confidence\b|\bstay(?:s)? (?:compliant|in control|focused|ahead|on top)\b|\bfocus on\b|\bspend (?:more |less )?time\b|\bpass (?:your |the |every )?audits?\b|\baudit[- ]ready\b|\bfor (?:easy|easier|faster|quicker|simpler|safer|better)\b/gi],
  // Purpose clauses: "to help…", "to ensure…", "to keep… safe".
  ['purpose', /\bto (?:help|ensure|make sure|keep|protect|prevent|avoid|reduce|save|speed up|cut|eliminate)\b/gi],
]

const findOutcomes = combinePatterns('outcome', OUTCOME_PATTERNS)

export function outcomeCues(text: string): Cue[] {
  return findOutcomes(text)
}
