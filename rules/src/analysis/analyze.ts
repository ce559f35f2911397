// One analysis per sentence, shared by every rule and by `pitchlint inspect`:
// cues say which words the rules recognise (claims, proof, outcomes, pains, lexicon
// terms), the voice says whose words they are (ours, a competitor's, a customer's), and
// the judgments are the learned scorer's verdicts, made from all of it. Tags summarise
// what the sentence does. Deterministic and offline.

import type {LexiconMatcher, LexiconMatch} from '../lexicon/matcher'
import {judgeSentence, type Judgments} from '../model/scorer'
import {claimCues} from './claim'
import {dedupeCues, type Cue, type Tag} from './cue'
import {featureCues} from './feature'
import {outcomeCues} from './outcome'
import {painCues} from './pain'
import {proofCues} from './proof'
import {specificCues} from './specific'
import type {SentenceView} from './view'
import {voiceOf, type VoiceCall, type VoiceContext} from './voice'

export interface SentenceAnalysis {
  tags: readonly Tag[]
  cues: Cue[]
  /** Lexicon terms found, with their entries (what vague-claim reports). */
  terms: LexiconMatch[]
  /** Whose voice the sentence is in, and the words that said so. */
  voice: VoiceCall
  /** The learned scorer's verdict on each judgment. */
  judgments: Judgments
}

export interface AnalysisContext extends VoiceContext {
  lexicon: LexiconMatcher
}

const CUE_TAGS: readonly Tag[] = ['feature', 'outcome', 'claim', 'proof', 'vague']

export function analyzeSentence(view: SentenceView, context: AnalysisContext): SentenceAnalysis {
  const terms = context.lexicon.match(view.text)
  const cues = dedupeCues([
    ...claimCues(view.text),
    ...proofCues(view.text),
    ...specificCues(view.text),
    ...featureCues(view),
    ...outcomeCues(view.text),
    ...painCues(view.text),
    ...terms.map((term): Cue => ({kind: 'vague', detail: term.entry.category, start: term.start, end: term.end, text: term.text})),
  ])
  if (view.hasReference()) {
    cues.push({kind: 'proof', detail: 'reference', start: 0, end: view.text.length, text: '(link or footnote)'})
  }
  const voice = voiceOf(view, context)
  const judgments = judgeSentence({view, cues, terms, voice: voice.voice})
  // Whether a sentence states the buyer's pain is the scorer's call: pains come in too many words for a list.
  return {tags: tagsOf(cues, judgments.states_pain.holds), cues, terms, voice, judgments}
}

/**
 * The tags, in a fixed order (feature, outcome, pain, claim, proof, vague). A document
 * keeps every sentence's tags while it is linted, and there are few combinations: each
 * is one shared, frozen list.
 */
function tagsOf(cues: readonly Cue[], statesPain: boolean): readonly Tag[] {
  let key = statesPain ? 1 : 0
  for (const cue of cues) {
    const bit = CUE_TAG_BIT.get(cue.kind)
    if (bit !== undefined) key |= bit
  }
  let tags = TAG_LISTS.get(key)
  if (!tags) {
    const list = CUE_TAGS.filter((tag) => key & CUE_TAG_BIT.get(tag)!)
    if (statesPain) list.splice(2, 0, 'pain')
    TAG_LISTS.set(key, (tags = Object.freeze(list)))
  }
  return tags
}

const CUE_TAG_BIT = new Map<Cue['kind'], number>(CUE_TAGS.map((tag, index) => [tag, 2 << index]))
const TAG_LISTS = new Map<number, readonly Tag[]>()

/** Cues of one kind. */
export function cuesOf(analysis: Pick<SentenceAnalysis, 'cues'>, kind: Cue['kind']): Cue[] {
  return analysis.cues.filter((cue) => cue.kind === kind)
}
