// Pain: a problem, cost, risk or frustration that buyers face today, the cost of
// doing nothing ("Teams waste hours stitching dashboards together", "Audits fail when
// access is not logged", "How much time does your team lose to flaky tests?").
// A pain that is only named as solved ("eliminates downtime", "no more spreadsheets")
// is an outcome, not a stated pain, and words that merely name the topic ("pain
// points", "challenges") state nothing. The words, and why each pattern reads as a
// pain, are in rules/cues/pain.yml.

import {cuePattern, cueTable, type Cue} from './cue'
import {combinePatterns} from './patterns'

/** Words before a pain that say it is removed, absent or handled: "eliminates downtime", "no more spreadsheets", "minimal overhead". */
const SOLVED_BEFORE = cuePattern('pain', 'solvedBefore')
/** "…processes are eliminated", "…is gone": the pain named only to say it is solved. */
const SOLVED_AFTER = cuePattern('pain', 'solvedAfter')
/**
 * A condition ("if your site goes down", "when you need to…") describes a case, not a pain
 * the buyer has; unless it gives the reason ("if you left X because of pricing concerns"),
 * and "know if", "see if" ask a question rather than set a condition.
 */
const OPEN_CONDITION = cuePattern('pain', 'openCondition')

const findPains = combinePatterns('pain', cueTable('pain'))

export function painCues(text: string): Cue[] {
  return findPains(text).filter((cue) => {
    if (text[cue.end] === '-' || text[cue.start - 1] === '-') return false // "fine-grained", "zero-downtime"
    const before = text.slice(Math.max(0, cue.start - 60), cue.start)
    return !SOLVED_BEFORE.test(before) && !SOLVED_AFTER.test(text.slice(cue.end, cue.end + 40)) && !OPEN_CONDITION.test(before)
  })
}
