import {entryById} from '../proof-points/figures'
import {defineRule} from '../rule'
import {quotable} from './quote'
import {ONE_ENTRY_EXAMPLE} from '../proof-points/example-registry'

/** Ids closer than this many edits to a cited one are offered as what was meant. */
const MAX_TYPO_EDITS = 3

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = current
  }
  return previous[b.length]
}

/** The comment with one cited id replaced, the others and the spacing kept. */
function withId(comment: string, id: string, replacement: string): string {
  const at = comment.search(/proof\s*:/)
  const head = comment.slice(0, at)
  return head + comment.slice(at).replace(/[^\s,:]+/g, (token) => (token === id ? replacement : token))
}

export default defineRule({
  meta: {
    id: 'unknown-proof',
    description: 'A `<!-- proof: id -->` reference to an id that is not in the proof-point registry.',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    messages: {
      unknown: 'Cite an entry of {{registry}}: “{{id}}” is not one',
      noRegistry: 'Add “{{id}}” to a proof-points.yaml: no registry was found for this file',
    },
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaultOptions: {},
    examples: {
      proofPoints: ONE_ENTRY_EXAMPLE,
      valid: ['Cuts contract review time by 40%. <!-- proof: review-time -->'],
      invalid: ['Cuts contract review time by 40%. <!-- proof: reveiw-time -->'],
    },
  },
  create(context) {
    return {
      proof({citations, registry}) {
        for (const citation of citations) {
          if (citation.kind !== 'comment' || entryById(registry, citation.id)) continue
          const id = quotable(citation.id, 30)
          if (!registry) {
            context.report({messageId: 'noRegistry', data: {id}, range: citation.range, actual: citation.id, note: 'A proof reference names an entry of the proof-point registry: proof-points.yaml next to your config (or the file `proofPoints` names in it).'})
            continue
          }
          const known = registry.entries.map((entry) => entry.id)
          const closest = known
            .map((candidate) => ({candidate, edits: editDistance(citation.id, candidate)}))
            .filter(({edits}) => edits <= MAX_TYPO_EDITS)
            .sort((a, b) => a.edits - b.edits || a.candidate.localeCompare(b.candidate))
          const shown = registry.file.split(/[\\/]/).pop()!
          context.report({
            messageId: 'unknown',
            data: {id, registry: shown},
            range: citation.range,
            actual: citation.id,
            note: `A reference to an id the registry does not have proves nothing. Known ids: ${known.length > 0 ? known.map((k) => `“${k}”`).join(', ') : 'none'}.`,
            suggestions: closest.slice(0, 3).map(({candidate}) => ({title: `Cite “${candidate}”`, fix: {range: citation.range, text: withId(citation.written ?? '', citation.id, candidate)}})),
          })
        }
      },
    }
  },
})
