// Checkable specifics: the numbers and measures that turn "fast" into a claim a buyer
// can verify ("set up in 5 minutes", "scales to 10,000 monitors", "$30/month").
// Years, versions and list numbering are numbers but not specifics.

import {findCues, type Cue} from './cue'

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`
const SPELLED = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred|a single)`
const UNIT = String.raw`(?:%|percent|ms|milliseconds?|s\b|sec(?:ond)?s?|min(?:ute)?s?|h\b|hrs?|hours?|days?|weeks?|months?|quarters?|years?|[kmb]\b|k\+|m\+|thousand|million|billion|gb|tb|mb|kb|pb|gbps|mbps|rps|qps|tps)`
// Count nouns after a number make it a measurable statement ("28 regions", "5,000 recordings").
// How many people use something is an adoption figure ("30 million users"), kept apart:
// it supports a popularity claim but does not make "great" or "seamless" checkable.
const PEOPLE = String.raw`(?:users?|members?|teams?|customers?|companies|organi[sz]ations?|developers?|engineers?|people|subscribers?|mau|maus|dau)`
const COUNTED = String.raw`(?:seats?|events?|requests?|calls?|queries|checks?|monitors?|regions?|locations?|countries|languages?|integrations?|connectors?|apps?|sites?|pages?|projects?|repos(?:itories)?|files?|lines?|records?|rows?|recordings?|sessions?|clicks?|steps?|commands?|lines of code|servers?|nodes?|instances?|clusters?|endpoints?|metrics?|dashboards?|reports?|templates?|flags?|tests?|builds?|deploys?|deployments?|releases?|incidents?|alerts?|tickets?|messages?|emails?)`

const SPECIFIC_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['money', new RegExp(String.raw`[$€£¥]\s?${NUMBER}(?:\s?[kmb]\b)?`, 'gi')],
  ['measure', new RegExp(String.raw`(?<![\w.])${NUMBER}\s?(?:-|–)?\s?${UNIT}`, 'gi')],
  ['count', new RegExp(String.raw`(?<![\w.])${NUMBER}\+?\s(?:\w+\s)?${COUNTED}\b`, 'gi')],
  ['people', new RegExp(String.raw`(?<![\w.])${NUMBER}\+?\s?(?:[kmb]\b|thousand|million|billion)?\s(?:\w+\s)?${PEOPLE}\b`, 'gi')],
  ['count', new RegExp(String.raw`\b${SPELLED}\s(?:\w+\s)?(?:${COUNTED}|minutes?|seconds?|hours?|days?)\b`, 'gi')],
  ['uptime', /\b\d{2}(?:\.\d+)+\s?%/g],
]

// Every specific holds a digit, a currency sign or a spelled-out number.
const TRIGGER = new RegExp(String.raw`[\d$€£¥]|\b${SPELLED}\b`, 'i')

export function specificCues(text: string): Cue[] {
  if (!TRIGGER.test(text)) return []
  return findCues(text, 'specific', SPECIFIC_PATTERNS).filter((cue) => !isYearOrVersion(cue.text))
}

function isYearOrVersion(text: string): boolean {
  return /^(?:19|20)\d{2}$/.test(text.trim()) || /^v?\d+\.\d+(?:\.\d+)?$/.test(text.trim())
}
