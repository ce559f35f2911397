// Pain: a problem, cost, risk or frustration that buyers face today, the cost of
// doing nothing ("Teams waste hours stitching dashboards together", "Audits fail when
// access is not logged", "How much time does your team lose to flaky tests?").
// A pain that is only named as solved ("eliminates downtime", "no more spreadsheets")
// is an outcome, not a stated pain, and words that merely name the topic ("pain
// points", "challenges") state nothing.

import {findCues, type Cue} from './cue'

const PAIN_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  // Feelings: the buyer says it hurts.
  ['frustration', /\b(?:struggl(?:e|es|ed|ing)|frustrat(?:ed|ing|es|ion|ions)|annoy(?:ed|ing)|painful|headaches?|nightmare|overwhelm(?:ed|ing)?|burn(?:ed|t)?[- ]?out|fed up|tired of|sick of|stressful|stressed|anxious|worr(?:y|ied|ies|ying)|afraid|fear(?:s|ful)?|concern(?:ed|s)?(?= about| that| related| with| over)|concerned|not confident|dread)\b/gi],
  // Waste: time, money or effort spent on the wrong thing.
  ['waste', /\b(?:wast(?:e|es|ed|ing)|squander(?:s|ed|ing)?|burn(?:s|ing)? (?:through )?(?:hours|days|budget|cash|money))\b|\b(?:los(?:e|es|ing)|lost) (?:\w+ ){0,2}?(?:time|hours|days|weeks|data|customers|deals|revenue|money|track|visibility|context|sleep|trust)\b/gi],
  // Cost: the price of the status quo or of an alternative.
  ['cost', /\b(?:costly|expensive|exorbitant|overpriced|pricey|hidden (?:operating )?costs?|adds? up(?: fast| quickly)?|climbs? steeply|skyrocket(?:s|ing)?|balloon(?:s|ing)?|paid upgrades?|gated behind|only (?:available )?(?:in|on) (?:the )?(?:paid|higher|enterprise|premium)|per-(?:seat|responder|user|run) pricing|pricing (?:can be|is|gets) (?:significant|steep|high|unpredictable)|(?:need|have) to upgrade|costs? (?:them|you|your \w+|teams?) )/gi],
  // Slowness and waiting.
  ['delay', /\b(?:slow(?:s|ed|er|ly|ing)?(?: down)?|delay(?:s|ed|ing)?|bottlenecks?|waits? \d+ (?:minutes|hours|days)|waiting (?:for|on)|takes? (?:\w+ ){0,3}?(?:days|weeks|months)|blocks? (?:production|releases?|the release|deploys?)|lengthens|stall(?:s|ed|ing)?|backlogs? (?:grow|pile))\b/gi],
  // Toil: manual, repetitive, error-prone work.
  ['toil', /\b(?:manual(?:ly)? (?:process(?:es)?|work|steps?|effort|reviews?|tracking|checks?|exports?|instrument\w*|re-?\w+)|manual processes|by hand|toil|tedious|repetitive|error[- ]prone|cumbersome|clunky|painstaking|in (?:a |one )?spreadsheets?|spreadsheets? (?:scramble|hell)|stitch(?:ing|es)? [\w\s]{0,30}?together|juggl(?:e|es|ing)|context[- ]switching|switching between|copy(?:ing)?[- ]and[- ]past(?:e|ing)|chas(?:e|es|ing) (?:down|people|updates|approvals)|firefight\w*|scrambl(?:e|es|ing))\b/gi],
  // Risk and failure: what goes wrong for the buyer.
  ['risk', /\b(?:risk(?:s|y)?|breach(?:es|ed)?|outages?|downtime|goes down|go down|went down|is down|fail(?:s|ed|ing|ures?)?|broken|break(?:s|ing)?|crash(?:es|ed|ing)?|data loss|churn(?:s|ed|ing)?|fines?|penalt(?:y|ies)|non-?compliance|compliance gaps?|exposed|leak(?:s|ed|ing)?|insecure|vulnerable|attacked|unmaintained|flags? (?:\w+ ){0,2}?CC\d|the bad guy|angry (?:users|customers)|find out (?:about \w+ )?(?:before|from) (?:you|your)|blind spots?|asleep)\b/gi],
  // Lack and limitation: what the buyer cannot do or does not have.
  ['limitation', /\b(?:lack(?:s|ing)?(?: of)?|no (?:way|visibility|insight|idea|control|standalone|first-party)|can(?:['’]|no)t (?:see|tell|find|trust|track|know|demonstrate|justify|afford|scale|confidently)|unable to|hard to|difficult(?:y| to)?|poor(?:ly)?|limited to|overhead|overkill|complexity|inefficien(?:t|cy|cies)|silo(?:s|ed)?|incomplete|inaccurate|unreliable|noisy|flaky|outdated|legacy|fragmented|sprawl|lock[- ]?in|locked (?:in|into)|hasn['’]t aged|room for improvement|trade-?off|the catch|downside|requires (?:a separate|separate|you to|upfront|infrastructure)|(?:you|you['’]ll|teams?|they) (?:still )?(?:have to|need to|are forced to|must)|forced to|bring your own)\b/gi],
]

/** Words before a pain that say it is removed or absent: "eliminates downtime", "no more spreadsheets". */
const SOLVED_BEFORE = /\b(?:no|zero|never|without|eliminat\w*|reduc\w*|avoid\w*|prevent\w*|cut\w*|remov\w*|fix\w*|solv\w*|ends?|stops?|less|fewer|lower\w*|minimi[sz]\w*|free (?:of|from)|instead of|no more|no longer|goodbye to|rid of|forget|not|isn['’]t|aren['’]t|won['’]t|don['’]t|doesn['’]t|low|mitigat\w*|handles?|protects? (?:you |your \w+ )?(?:from|against)|guard against|catch\w*|detect\w*|alert\w*|notif\w*)\s+(?:[\w'’-]+\s+){0,2}$/i

export function painCues(text: string): Cue[] {
  return findCues(text, 'pain', PAIN_PATTERNS).filter((cue) => !SOLVED_BEFORE.test(text.slice(Math.max(0, cue.start - 40), cue.start)))
}
