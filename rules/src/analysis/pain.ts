// Pain: a problem, cost, risk or frustration that buyers face today, the cost of
// doing nothing ("Teams waste hours stitching dashboards together", "Audits fail when
// access is not logged", "How much time does your team lose to flaky tests?").
// A pain that is only named as solved ("eliminates downtime", "no more spreadsheets")
// is an outcome, not a stated pain, and words that merely name the topic ("pain
// points", "challenges") state nothing.

import type {Cue} from './cue'
import {combinePatterns} from './patterns'

const PAIN_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  // Feelings: the buyer says it hurts. Plural topic nouns ("their frustrations") name a
  // subject without stating one, so only the adjectives, verbs and "concerns about" count.
  ['frustration', /\b(?:struggl(?:e|es|ed|ing)|frustrat(?:ed|ing|es)|frustration (?:with|of|when)|annoy(?:ed|ing)|painful|headaches?|nightmare|overwhelm(?:ed|ing)?|burn(?:ed|t)?[- ]?out|fed up|tired of|sick of|stressful|stressed|anxious|worr(?:y|ied|ies|ying)|afraid|fear(?:s|ful)?|concern(?:ed|s)?(?= about| that| related| over)|(?:pricing|cost|security|compliance|privacy|performance|scalability|reliability) concerns|not confident|dread)\b/gi],
  // Waste: time, money or effort spent on the wrong thing.
  ['waste', /\b(?:wast(?:e|es|ed|ing)|squander(?:s|ed|ing)?|burn(?:s|ing)? (?:through )?(?:hours|days|budget|cash|money))\b|\b(?:los(?:e|es|ing)|lost) (?:\w+ ){0,2}?(?:time|hours|days|weeks|data|customers|deals|revenue|money|track|visibility|context|sleep|trust)\b/gi],
  // Cost: the price of the status quo or of an alternative, and paywalls.
  ['cost', /\b(?:(?:the|hidden|real|true|high) costs? of|costly|expensive|exorbitant|overpriced|pricey|hidden (?:operating )?costs?|adds? up(?: fast| quickly)?|climbs? steeply|skyrocket(?:s|ing)?|balloon(?:s|ing)?|paid upgrades?|gated behind|only (?:available )?(?:in|on) (?:the )?(?:paid|higher|enterprise|premium)|per-(?:seat|responder|user|run) pricing|pricing (?:can be|is|gets) (?:significant|steep|high|unpredictable)|(?:need|have) to upgrade|costs? (?:them|you|your \w+|teams?) )/gi],
  // Slowness, waiting and effort that should not be needed.
  ['delay', /\b(?:slow(?:s|ed|er|ing)?(?: down)?|delay(?:s|ed|ing)?|bottlenecks?|waits? \d+ (?:minutes|hours|days)|waiting (?:for|on)|takes? (?:\w+ ){0,3}?(?:days|weeks|months)|takes? (?:real|a lot of|significant|serious|constant|ongoing) (?:\w+ )?(?:work|effort|time|maintenance)|blocks? (?:production|releases?|the release|deploys?)|lengthens|slips?|slipped|slipping|backlogs? (?:grow|pile))\b/gi],
  // Toil: manual, repetitive, error-prone work.
  ['toil', /\b(?:manual(?:ly)? (?:process(?:es)?|work|steps?|effort|reviews?|checks?|exports?|\w+(?:ing|tion|tions))|manual processes|by hand|toil|tedious|repetitive|error[- ]prone|cumbersome|clunky|painstaking|in (?:a |one )?spreadsheets?|spreadsheets? (?:scramble|hell)|stitch(?:ing|es)? [\w\s]{0,30}?together|juggl(?:e|es|ing)|context[- ]switching|switching between|copy(?:ing)?[- ]and[- ]past(?:e|ing)|chas(?:e|es|ing) (?:down|people|updates|approvals)|firefight\w*|scrambl(?:e|es|ing))\b/gi],
  // Risk and failure: what goes wrong for the buyer. "Risk" alone is often a topic
  // label ("Value drivers: speed, risk"), so it needs a predicate around it.
  ['risk', /\b(?:risk of|at risk|risky|(?:increased|higher|security|compliance|legal|business|operational) risks?|risks? (?:that|of)|breach(?:es|ed)?|outages?|downtime|goes down|go down|went down|is down|fail(?:s|ed|ing)?|failures|broken|break(?:s|ing)?(?! down)|crash(?:es|ed|ing)?|data loss|churn(?:s|ed|ing)?|fines|fined|penalt(?:y|ies)|non-?compliance|compliance gaps?|exposed|leak(?:s|ed|ing)?|insecure|vulnerable|attacked|unmaintained|angry (?:users|customers)|find out (?:about \w+ )?(?:before|from) (?:you|your)|blind spots?)\b/gi],
  // Lack and limitation: what the buyer cannot do, does not have, or must do anyway.
  ['limitation', /\b(?:lack(?:s|ing)?(?: of)?|no (?:way|visibility|insight|idea|control|standalone)|can(?:['’]|no)t (?:see|tell|find|trust|track|know|demonstrate|justify|afford|scale|confidently)|unable to|(?<!working |work )hard to|difficult(?:y| to)?|poor(?:ly)?|overhead|overkill|complexity|inefficien(?:t|cy|cies)|silo(?:s|ed)?|incomplete|inaccurate|unreliable|noisy|flaky|outdated|legacy|fragmented|sprawl|lock[- ]?in|locked (?:in|into)|(?:hasn['’]t|has not) (?:aged|kept up|kept pace)|room for improvement|trade-?off|the catch|downside|requires (?:a separate|separate|you to|upfront|infrastructure)|(?:you|you['’]ll|you will|you still|teams? still|they still) (?:have to|are forced to)|forced to|(?:you|they|teams?) (?:still |must |have to )?bring (?:your|their) own)\b/gi],
]

/** Words before a pain that say it is removed, absent or handled: "eliminates downtime", "no more spreadsheets", "minimal overhead". */
const SOLVED_BEFORE = /\b(?:no|zero|never|without|eliminat\w*|reduc\w*|avoid\w*|prevent\w*|cut\w*|remov\w*|fix\w*|solv\w*|resolv\w*|overcom\w*|ends?|stops?|less|fewer|lower\w*|minimal|minimum|little|low|minimi[sz]\w*|free (?:of|from)|instead of|no more|no longer|goodbye to|rid of|forget|not|isn['’]t|aren['’]t|won['’]t|don['’]t|doesn['’]t|mitigat\w*|handles?|protects? (?:you |your \w+ )?(?:from|against)|guard against|catch\w*|detect\w*|alert\w*|notif\w*|surfaces?|uncovers?|identif\w*|spot\w*|(?:response|respond\w*) to|during|about|ability to|freedom to|safe to|allowed to)\s+(?:[\w'’-]+\s+){0,2}$/i
/** "…processes are eliminated", "…is gone": the pain named only to say it is solved. */
const SOLVED_AFTER = /^\s*(?:[\w'’-]+\s+){0,2}?(?:are|is|get|gets|become|becomes)\s+(?:eliminated|removed|gone|solved|fixed|automated|a thing of the past|history)\b/i
/**
 * A condition ("if your site goes down", "when you need to…") describes a case, not a pain
 * the buyer has; unless it gives the reason ("if you left X because of pricing concerns"),
 * and "know if", "see if" ask a question rather than set a condition.
 */
const OPEN_CONDITION = /(?<!\b(?:know|see|tell|check|ask|wonder|find out)\s)\b(?:if|when|whenever|whether|in case|how to)\b(?![^,;:—–]*\b(?:because|due to)\b)[^,;:—–]*$/i

const findPains = combinePatterns('pain', PAIN_PATTERNS)

export function painCues(text: string): Cue[] {
  return findPains(text).filter((cue) => {
    if (text[cue.end] === '-' || text[cue.start - 1] === '-') return false // "fine-grained", "zero-downtime"
    const before = text.slice(Math.max(0, cue.start - 60), cue.start)
    return !SOLVED_BEFORE.test(before) && !SOLVED_AFTER.test(text.slice(cue.end, cue.end + 40)) && !OPEN_CONDITION.test(before)
  })
}
