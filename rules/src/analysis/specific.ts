// Checkable specifics: the numbers and measures that turn "fast" into a claim a buyer
// can verify ("set up in 5 minutes", "scales to 10,000 monitors", "$30/month").
// Years, versions and list numbering are numbers but not specifics.
// The units and counted nouns, and why each reads as a specific, are in rules/cues/specific.yml.

import {cuePattern, cueTable, findCues, type Cue} from './cue'

const SPECIFIC_PATTERNS = cueTable('specific')

// Every specific holds a digit, a currency sign or a spelled-out number.
const TRIGGER = cuePattern('specific', 'trigger')

export function specificCues(text: string): Cue[] {
  if (!TRIGGER.test(text)) return []
  return findCues(text, 'specific', SPECIFIC_PATTERNS).filter((cue) => !isYearOrVersion(cue.text))
}

function isYearOrVersion(text: string): boolean {
  return /^(?:19|20)\d{2}$/.test(text.trim()) || /^v?\d+\.\d+(?:\.\d+)?$/.test(text.trim())
}
