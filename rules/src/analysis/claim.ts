// Claims that need proof: rank and superiority ("the fastest", "the only", "#1",
// "leading", "better than X"), multipliers ("10x") and impact figures ("cuts costs by
// 50%", "saves 20 hours a week"). Plain facts ("supports 12 languages") are not claims.
// The words, and why each pattern reads as a claim, are in rules/cues/claim.yml.

import {cuePattern, cueSet, cueTable, findCues, type Cue} from './cue'
import {matchesOf} from '../matches'

const CLAIM_PATTERNS = cueTable('claim')

const TIME_UNITS = cueSet('claim', 'TIME_UNITS')
// "what took months now ships in days", "from two weeks to one afternoon": a before/after
// in time is an impact figure even without digits, when the time gets shorter.
const timeContrast = cuePattern('claim', 'timeContrast')

function timeContrastCues(text: string): Cue[] {
  const cues: Cue[] = []
  for (const match of matchesOf(timeContrast, text)) {
    const before = TIME_UNITS.indexOf(match.groups!.before.toLowerCase())
    const after = TIME_UNITS.indexOf(match.groups!.after.toLowerCase())
    if (after >= before) continue
    cues.push({kind: 'claim', detail: 'impact-figure', start: match.index, end: match.index + match[0].length, text: match[0]})
  }
  return cues
}

// Every claim pattern needs one of the trigger's words (or a digit or `#`); most
// sentences have none, and one scan is cheaper than a dozen. It is kept by hand in the
// data, not derived from the patterns; check-cues proves every example passes it.
const TRIGGER = cuePattern('claim', 'trigger')
// A question asks; it does not claim.
const QUESTION = cuePattern('claim', 'question')
const WH_QUESTION = cuePattern('claim', 'whQuestion')

export function claimCues(text: string): Cue[] {
  if (!TRIGGER.test(text)) return []
  if (QUESTION.test(text) || WH_QUESTION.test(text)) return []
  return [...findCues(text, 'claim', CLAIM_PATTERNS), ...timeContrastCues(text)].sort((a, b) => a.start - b.start)
}
