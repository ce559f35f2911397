// Proof points as data: the registry, citations, figures and the cross-document check.

export type {Citation, FigureMention, ProofContext, ProofPoint, ProofRegistry} from './types'
export type {ProofInput} from './input'
export {parseProofRegistry, ProofRegistryError, isRealDate} from './parse'
export {proofIdsOf} from './citations'
export {entryById, matchEntry, metricWords, parseFigures} from './figures'
export {figureConflicts, metricKey, type FigureConflict, type FileFigures} from './consistency'
export {exampleProofContext} from './examples'
export {citedIds} from './references'
