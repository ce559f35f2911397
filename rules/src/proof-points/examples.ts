// The registry a rule's examples are linted with (its docs page and its tests show
// findings that need one), parsed once per rule.

import type {RuleMeta} from '../types'
import {parseProofRegistry} from './parse'
import type {ProofContext} from './types'

const parsed = new WeakMap<RuleMeta, ProofContext>()

/** The proof context of a rule's examples, or undefined for a rule whose examples need none. */
export function exampleProofContext(meta: RuleMeta): ProofContext | undefined {
  const examples = meta.examples.proofPoints
  if (!examples) return undefined
  let context = parsed.get(meta)
  if (!context) parsed.set(meta, (context = {registry: parseProofRegistry(examples.registry, 'proof-points.yaml'), today: examples.today}))
  return context
}
