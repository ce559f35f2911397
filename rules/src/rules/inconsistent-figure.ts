import {entryById, entryFigures, sameFigure} from '../proof-points/figures'
import type {FigureConflict} from '../proof-points/consistency'
import {defineRule, formatMessage, ruleUrl} from '../rule'
import type {Finding, RelatedLocation} from '../types'
import {quotable} from './quote'
import {ONE_ENTRY_EXAMPLE} from '../proof-points/example-registry'

const NOTE = 'One claim, one number: a buyer who reads 40% in the deck and 35% in the email trusts neither. Quote the figure the proof supports, everywhere.'

const rule = defineRule({
  meta: {
    id: 'inconsistent-figure',
    description: 'The same metric quoted with a figure that differs from the proof-point registry, or from other documents of the lint run.',
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: false,
    hasSuggestions: true,
    messages: {
      registry: 'Quote {{expected}} as proof point “{{id}}” has it: “{{figure}}” differs',
      elsewhere: 'Use one figure for this claim: “{{figure}}” here, {{others}}',
    },
    schema: {type: 'object', additionalProperties: false, properties: {}},
    defaultOptions: {},
    examples: {
      proofPoints: ONE_ENTRY_EXAMPLE,
      valid: ['Cuts contract review time by 40%. <!-- proof: review-time -->'],
      invalid: ['Cuts contract review time by 35%. <!-- proof: review-time -->'],
    },
  },
  create(context) {
    return {
      proof({figures, registry}) {
        if (!registry) return
        for (const figure of figures) {
          if (figure.entry === undefined) continue
          const entry = entryById(registry, figure.entry)!
          const approved = entryFigures(registry, entry.id).filter((f) => f.unit === figure.unit)
          if (approved.length === 0 || approved.some((f) => sameFigure(f, figure))) continue
          const expected = entry.figures.map((f) => `“${f}”`).join(' or ')
          context.report({
            messageId: 'registry',
            data: {expected, id: entry.id, figure: quotable(figure.text, 20)},
            range: figure.range,
            actual: figure.text,
            note: `${NOTE} Proof point “${entry.id}”: “${entry.claim}” (${entry.source}, owner: ${entry.owner}).`,
            related: [{file: registry.file, range: entry.range, message: `proof point “${entry.id}”: ${expected}`}],
            suggestions: entry.figures.map((f) => ({title: `Quote “${f}”`, fix: {range: figure.range, text: f}})),
          })
        }
      },
    }
  },
})

export default rule

/**
 * The finding for a figure that differs from the same metric elsewhere in the run (see
 * `figureConflicts`). `where` names a place for a message ("battlecards/acme.md:12").
 */
export function conflictFinding(conflict: FigureConflict, where: (file: string, range: [number, number]) => string): Finding {
  const {figure, others} = conflict
  const described = others.slice(0, 2).map((other) => `“${other.figure.text}” in ${where(other.file, other.figure.range)}`)
  const more = others.length > 2 ? ` and ${others.length - 2} more` : ''
  const related: RelatedLocation[] = others.map((other) => ({
    ...(other.file !== conflict.file && {file: other.file}),
    range: other.figure.range,
    message: `“${other.figure.text}” here`,
  }))
  return {
    ruleId: rule.meta.id,
    messageId: 'elsewhere',
    severity: figure.severity ?? 'warning',
    message: formatMessage(rule.meta, 'elsewhere', {figure: quotable(figure.text, 20), others: described.join(', ') + more}),
    range: figure.range,
    url: ruleUrl(rule.meta.id),
    actual: figure.text,
    note: NOTE,
    related,
    suggestions: [...new Set(others.map((other) => other.figure.text))].map((text) => ({title: `Quote “${text}”`, fix: {range: figure.range, text}})),
  }
}
