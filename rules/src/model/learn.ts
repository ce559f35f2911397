// Training for the judgment scorer: L2-regularised logistic regression over binary
// features, fitted by full-batch AdaGrad in a fixed order. No randomness and no
// parallelism, so the same examples give the same weights, bit for bit; weights are
// rounded before they are written, so the shipped file does not depend on the last
// bits of floating-point arithmetic either.

export interface Example {
  features: readonly string[]
  label: boolean
  /** The organisation the sentence comes from: vocabulary must recur across organisations. */
  group: string
}

export interface LearnOptions {
  /** A feature is kept when it occurs in at least this many training sentences… */
  minCount: number
  /** …from at least this many organisations (a word only one company uses is its product, not the genre). */
  minGroups: number
  /** L2 penalty per example. */
  l2: number
  epochs: number
  learningRate: number
  /** Weights smaller than this are dropped: they move no decision, and they would weigh down the bundle. */
  minWeight: number
}

export const DEFAULT_LEARN_OPTIONS: LearnOptions = {minCount: 3, minGroups: 2, l2: 1e-3, epochs: 300, learningRate: 0.5, minWeight: 0.01}

export interface LinearModel {
  bias: number
  weights: Record<string, number>
}

/** Features that recur across organisations, in a fixed (sorted) order. */
export function vocabularyOf(examples: readonly Example[], options: Pick<LearnOptions, 'minCount' | 'minGroups'>): string[] {
  const count = new Map<string, number>()
  const groups = new Map<string, Set<string>>()
  for (const example of examples) {
    for (const feature of example.features) {
      count.set(feature, (count.get(feature) ?? 0) + 1)
      let seen = groups.get(feature)
      if (!seen) groups.set(feature, (seen = new Set()))
      seen.add(example.group)
    }
  }
  return [...count.keys()].filter((f) => count.get(f)! >= options.minCount && groups.get(f)!.size >= options.minGroups).sort()
}

export function learn(examples: readonly Example[], options: LearnOptions = DEFAULT_LEARN_OPTIONS): LinearModel {
  const vocabulary = vocabularyOf(examples, options)
  const index = new Map(vocabulary.map((f, i) => [f, i]))
  const rows = examples.map((e) => Int32Array.from(e.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])).sort((a, b) => a - b)))
  const labels = examples.map((e) => (e.label ? 1 : 0))
  const n = examples.length
  const w = new Float64Array(vocabulary.length)
  const g2 = new Float64Array(vocabulary.length).fill(1e-8)
  let bias = 0
  let biasG2 = 1e-8
  const grad = new Float64Array(vocabulary.length)
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    grad.fill(0)
    let biasGrad = 0
    for (let i = 0; i < n; i++) {
      const row = rows[i]!
      let z = bias
      for (let j = 0; j < row.length; j++) z += w[row[j]!]!
      const error = sigmoid(z) - labels[i]!
      biasGrad += error
      for (let j = 0; j < row.length; j++) grad[row[j]!]! += error
    }
    for (let k = 0; k < w.length; k++) {
      const g = grad[k]! / n + options.l2 * w[k]!
      g2[k]! += g * g
      w[k]! -= (options.learningRate * g) / Math.sqrt(g2[k]!)
    }
    const gb = biasGrad / n
    biasG2 += gb * gb
    bias -= (options.learningRate * gb) / Math.sqrt(biasG2)
  }
  const weights: Record<string, number> = {}
  vocabulary.forEach((feature, k) => {
    const rounded = round(w[k]!)
    if (Math.abs(rounded) >= options.minWeight) weights[feature] = rounded
  })
  return {bias: round(bias), weights}
}

/** The model's probability that the sentence with these features has the label. */
export function probability(model: LinearModel, features: readonly string[]): number {
  let z = model.bias
  for (const feature of features) z += model.weights[feature] ?? 0
  return sigmoid(z)
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z))
}

/** Four decimals: finer than any decision needs, coarse enough to be reproducible. */
function round(x: number): number {
  const r = Math.round(x * 1e4) / 1e4
  return Object.is(r, -0) ? 0 : r
}
