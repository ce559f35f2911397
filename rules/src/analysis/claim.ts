// Claims that need proof: rank and superiority ("the fastest", "the only", "#1",
// "leading", "better than X"), multipliers ("10x") and impact figures ("cuts costs by
// 50%", "saves 20 hours a week"). Plain facts ("supports 12 languages") are not claims.

import {findCues, type Cue} from './cue'
import {matchesOf} from '../matches'

// Superlatives that are value claims by themselves ("the fastest", "the best").
const VALUE_SUPERLATIVES = String.raw`(?:fastest|quickest|easiest|simplest|cheapest|smartest|safest|best|leading)`
// Size and degree superlatives are ordinary English ("the biggest impact", "the top
// right") unless they rank an offering: "the largest community", "the lowest price".
const SIZE_SUPERLATIVES = String.raw`(?:strongest|biggest|largest|greatest|highest|lowest|smallest|lightest|leanest|richest|deepest|broadest|widest|top|premier|foremost)`
const RANKED_NOUNS = String.raw`(?:platform|solution|tool|product|vendor|provider|company|community|ecosystem|catalog|library|selection|coverage|accuracy|performance|uptime|availability|reliability|price|prices|pricing|cost|costs|tco|roi|value|security|adoption|user base|customer base|market share|throughput|speed|scale|ratings?|reviews?|satisfaction|nps)`
const VALUE_ADJECTIVES = String.raw`(?:popular|advanced|secure|reliable|complete|comprehensive|powerful|mature|trusted|accurate|affordable|scalable|innovative|flexible|widely[- ]used|widely[- ]adopted|used|loved|feature[- ]rich|cost[- ]effective|efficient|intuitive|robust|sophisticated|capable|performant|customizable|extensible|integrated|complete|private|transparent|stable|dependable|versatile|user[- ]friendly|developer[- ]friendly|valuable|productive|collaborative|modern|seamless)`
// Nouns after "the first/only" that make it ordinary English, not a claim.
const ORDINARY_NOUNS = String.raw`(?:time|times|step|steps|thing|things|question|questions|one|ones|few|person|people|day|days|week|weeks|month|months|year|years|call|calls|meeting|meetings|page|pages|section|part|item|items|line|lines|difference|requirement|change|changes|exception|option|choice|catch|caveat|downside|problem|issue|place|reason|time\b)`
// Comparatives of value only: "higher than 50,000" is a threshold, "sooner rather than
// later" an idiom.
const COMPARATIVES = String.raw`(?:faster|quicker|easier|simpler|cheaper|smarter|safer|better|more\s+${VALUE_ADJECTIVES}|less\s+(?:expensive|complex|risky|painful))`
const IMPACT_VERBS = String.raw`(?:cut|cuts|cutting|reduce|reduces|reducing|save|saves|saving|increase|increases|increasing|boost|boosts|boosting|improve|improves|improving|grow|grows|growing|lower|lowers|lowering|decrease|decreases|decreasing|slash|slashes|slashing|drive|drives|driving|accelerate|accelerates|accelerating|speed up|speeds up|shorten|shortens|lift|lifts|raise|raises|double|doubles|triple|triples|halve|halves|pick up|picks up|recover|recovers|convert|converts|deliver|delivers)`
const PERCENT = String.raw`(?:\d+(?:\.\d+)?\s?(?:[-–]\s?\d+(?:\.\d+)?\s?)?(?:%|percent))`
const AMOUNT = String.raw`(?:${PERCENT}|[$€£]\s?\d[\d,.]*\s?[kmb]?|\d[\d,.]*\s?(?:hours?|days?|weeks?|minutes?|seconds?|ms|x|times)\b)`
const PEOPLE = String.raw`(?:developers|engineers|users|customers|people|teams|companies|organi[sz]ations|enterprises|buyers|businesses|leaders|respondents|visitors|deals|trials|leads)`

const CLAIM_PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  // "their best", "at its best" and "the best … has to offer" talk about effort, not rank.
  ['superlative', new RegExp(String.raw`(?<!\bat\s)\b(?:the|our|its|world['’]s|industry['’]s|market['’]s)\s+(?:(?:very|single|absolute)\s+)?(?:${VALUE_SUPERLATIVES}(?!-)(?!\s+(?:practices?|case|part|parts|bet|guess|fit|effort|interest|level|levels|thing|things|step|steps|place|time|question|questions|answer|route|designed|known|suited|of|(?:\w+\s+)?(?:has|have) to offer|possible|judgment|judgement|light|course|talent|performing|people|person|advice|effort|intentions|regards|wishes)\b)(?:\s+${VALUE_ADJECTIVES})?|most\s+${VALUE_ADJECTIVES})\b`, 'gi')],
  ['superlative', new RegExp(String.raw`\b(?:the|our|its|world['’]s|industry['’]s|market['’]s)\s+${SIZE_SUPERLATIVES}\s+(?:[\w-]+\s+)?${RANKED_NOUNS}\b`, 'gi')],
  ['superlative', new RegExp(String.raw`\b(?<cue>most\s+${VALUE_ADJECTIVES})\b`, 'gid')],
  ['rank', /(?<![\w#])(?:(?:#\s?1|no\.\s?1|number one)(?!\s+(?:priority|priorities|goal|rule|reason|question|thing|focus|concern|complaint|request|fan|job|task|mistake|tip|lesson))|top[- ]rated|highest[- ]rated|top[- ]ranked|top pick|award[- ]winning)(?![\w])/gi],
  ['rank', /\b(?:industry|market|category)[- ]leading\b|\b(?:a|the)\s+(?:global\s+)?leader in\b|\bleading (?:provider|platform|vendor|solution|company|tool)\b/gi],
  ['uniqueness', new RegExp(String.raw`\bthe (?:first|only)\b(?!\s+${ORDINARY_NOUNS}\b)(?:\s+[\w-]+,?){0,5}?\s+(?:to|that|which|platform|tool|solution|product|company|vendor|service|way)\b`, 'gi')],
  ['uniqueness', /\buniquely\b|\bno other (?:tool|vendor|platform|product|solution|company)\b|\bnobody else\b|\bunmatched\b|\bunparalleled\b|\bunrivall?ed\b|\bsecond to none\b|\bunbeatable\b/gi],
  ['comparison', new RegExp(String.raw`\b(?:${COMPARATIVES})\s+(?:[\w-]+\s+){0,3}?than\b(?!\s+(?:ever|before|usual|expected|needed|necessary|\d))|\b(?:outperforms?|outperforming|superior to)\b`, 'gi')],
  ['uniqueness', /\b(?:none|neither) of which\b/gi],
  ['comparison', new RegExp(String.raw`\bfar\s+${COMPARATIVES}\b`, 'gi')],
  // A multiplier claims something only next to what it multiplies: "10x faster", "by 3x",
  // "10x your pipeline" (not "2-4x per day" or "1.5x the pixel size").
  ['multiplier', /(?<![\w.])\d+(?:\.\d+)?\s?[x×](?![\w×])(?!\s?\d)(?=\s+(?:faster|quicker|more|better|cheaper|less|fewer|higher|lower|your|the (?:speed|output|productivity|revenue|roi)|roi|productivity|growth|increase|improvement|return)\b)|\bby\s+\d+(?:\.\d+)?\s?[x×](?![\w×])|\b(?:\d+|two|three|four|five|ten|twice|hundred)\s+times\s+(?:faster|more|better|cheaper|less|fewer|quicker)\b|\btwice as (?:fast|quick|easy|much|many|good|cheap)\b/gi],
  ['impact-figure', new RegExp(String.raw`\b${IMPACT_VERBS}\b(?:\s+[\w'’-]+){0,6}?\s+(?:by\s+)?(?:up to\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+|almost\s+)?${AMOUNT}`, 'gi')],
  ['impact-figure', new RegExp(String.raw`(?:up to|as much as)\s+${PERCENT}|${PERCENT}\s+(?:faster|more|less|fewer|higher|lower|cheaper|better|quicker|increase|reduction|decrease|improvement|savings?|boost|lift|growth|drop)\b`, 'gi')],
  ['adoption', new RegExp(String.raw`\b(?:trusted|used|loved|chosen|relied on)\s+by\s+(?:over\s+|more than\s+)?\d[\d,.]*(?:\s?(?:[kmb]\b|thousand|million)|\+)?|\b\d[\d,.]*\s?(?:[kmb]\b|\+|thousand|million)?\+?\s+(?:\w+\s+){0,2}?${PEOPLE}\b(?:\s+(?:already|now|today|worldwide|globally|across the globe))?\s+(?:trust|use|rely on|love|choose)\b`, 'gi')],
]

const TIME_UNITS = ['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']
// "what took months now ships in days", "from two weeks to one afternoon": a before/after
// in time is an impact figure even without digits.
const timeContrast = /\b(?:took|takes|take|from|instead of|rather than)\s+(?:\w+\s+){0,3}?(?<before>seconds|minutes|hours|days|weeks|months|years)\b[^.;:]{0,80}?\b(?:to|in|into|within|now)\s+(?:[\w-]+\s+){0,2}?(?<after>seconds|minutes|hours|days|weeks|months|years)\b/gi

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

// Every claim pattern needs one of these words (or a digit or `#`); most sentences
// have none, and one scan is cheaper than a dozen.
const TRIGGER = /\d|#|\b(?:fastest|quickest|easiest|simplest|cheapest|smartest|safest|strongest|biggest|largest|greatest|highest|lowest|smallest|lightest|leanest|richest|deepest|broadest|widest|most|best|leading|leader|top|premier|foremost|number|rated|ranked|pick|award|first|only|uniquely|no other|nobody|unmatched|unparalleled|unrivall?ed|second to none|unbeatable|than|outperform|beats|superior|none of which|neither of which|far|twice|times|trusted|used by|loved by|chosen by|relied on|seconds|minutes|hours|days|weeks|months|years)/i

export function claimCues(text: string): Cue[] {
  if (!TRIGGER.test(text)) return []
  // A question asks; it does not claim.
  if (/\?\s*["'”’)*_]*\s*$/.test(text) || /^\W*(?:what|how|why|which|who|where|when)(?:['’]s|\s+(?:is|are|was|were|do|does|did|can|could|would|should|will|if|about|makes?))\b/i.test(text)) return []
  return [...findCues(text, 'claim', CLAIM_PATTERNS), ...timeContrastCues(text)].sort((a, b) => a.start - b.start)
}
