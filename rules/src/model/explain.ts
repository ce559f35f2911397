// Which words made the scorer decide: every finding names the words that triggered it.
// When no rule cue marks the words (a claim in words no list holds), the trigger is the
// word whose own features weigh most for the judgment.

import {CLUSTER_OF, tokenSpans} from './features'
import {weightOf, type Judgment} from './scorer'

export interface Trigger {
  start: number
  end: number
  weight: number
}

/**
 * The sentence's word with the largest positive weight for the judgment, if any, among
 * the words `eligible` lets through (not an allowed term; for a vague claim, a word that
 * asserts value: the topic word "development" may weigh more, but it is not what is vague).
 */
export function strongestWord(judgment: Judgment, text: string, eligible: (word: string) => boolean = () => true): Trigger | undefined {
  let best: Trigger | undefined
  for (const {token, start, end} of tokenSpans(text)) {
    if (token.length < 3 || !eligible(token)) continue
    const cluster = CLUSTER_OF.get(token)
    const weight = weightOf(judgment, `w:${token}`) + (cluster === undefined ? 0 : weightOf(judgment, `cl:${cluster}`))
    if (weight > 0 && (!best || weight > best.weight)) best = {start, end, weight}
  }
  return best
}
