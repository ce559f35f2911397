// One analysis per sentence, shared by every rule and by `pitchlint inspect`:
// tags say what the sentence does (claims, proves, states a pain…), cues say which
// words made the call. Deterministic and offline.

import type {LexiconMatcher, LexiconMatch} from '../lexicon/matcher'
import {claimCues} from './claim'
import {dedupeCues, type Cue, type Tag} from './cue'
import {featureCues} from './feature'
import {outcomeCues} from './outcome'
import {painCues} from './pain'
import {proofCues} from './proof'
import {specificCues} from './specific'
import type {SentenceView} from './view'

export interface SentenceAnalysis {
  tags: Tag[]
  cues: Cue[]
  /** Lexicon terms found, with their entries (what vague-claim reports). */
  terms: LexiconMatch[]
}

/** Most sentences carry no cue: they share one empty, frozen analysis. */
const NOTHING: SentenceAnalysis = Object.freeze({tags: Object.freeze([]) as unknown as Tag[], cues: Object.freeze([]) as unknown as Cue[], terms: Object.freeze([]) as unknown as LexiconMatch[]})

const TAG_ORDER: readonly Tag[] = ['feature', 'outcome', 'pain', 'claim', 'proof', 'vague']

export function analyzeSentence(view: SentenceView, lexicon: LexiconMatcher): SentenceAnalysis {
  const terms = lexicon.match(view.text)
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
  if (cues.length === 0 && terms.length === 0) return NOTHING
  const tags = TAG_ORDER.filter((tag) => cues.some((cue) => cue.kind === tag))
  return {tags, cues, terms}
}

/** Cues of one kind. */
export function cuesOf(analysis: SentenceAnalysis, kind: Cue['kind']): Cue[] {
  return analysis.cues.filter((cue) => cue.kind === kind)
}
