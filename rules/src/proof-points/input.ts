// What the proof-point rules see of a document: once per lint, after every sentence is
// analyzed (see `Visitors.proof`).

import type {SentenceInput} from '../rule'
import type {Citation, FigureMention, ProofRegistry} from './types'

export interface ProofInput {
  /** Every sentence, in document offsets. */
  sentences: readonly SentenceInput[]
  /** Every proof reference of the document, by comment or by link. */
  citations: readonly Citation[]
  /** The figures its claims quote. */
  figures: readonly FigureMention[]
  registry?: ProofRegistry
  /** YYYY-MM-DD; absent: nothing is checked for expiry. */
  today?: string
}
