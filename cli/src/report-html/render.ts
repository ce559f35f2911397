// The messaging report as one self-contained HTML page: totals, a sortable and
// filterable table of documents, charts, and a section per document listing its
// findings in context. Styles, script and charts are inline; the page loads nothing.

import {COVERAGE_ELEMENTS, VERSION} from '../../../rules/src/index'
import {barChart, type ChartGroup} from './charts'
import {escapeHtml as e} from './escape'
import {SCORE_EXPLANATION} from './messaging'
import type {DocumentView, FindingView, ReportModel} from './model'
import {SCRIPT} from './script'
import {STYLE} from './style'

/** Bars per chart: the rest are summed up in the caption, so a chart stays readable. */
const CHART_BARS = 15
const NONE = '—'

export interface RenderOptions {
  title?: string
  /** When the report was made (ISO 8601), shown under the title. */
  generatedAt?: string
}

export function renderReport(model: ReportModel, {title = 'Messaging report', generatedAt}: RenderOptions = {}): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="pitchlint ${e(VERSION)}">
<title>${e(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="subtitle">pitchlint ${e(VERSION)}${generatedAt ? ` · made ${e(generatedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))}` : ''}${model.baseline ? ` · compared with the baseline ${e(model.baseline.file)}` : ''}</p>
${totals(model)}
</header>
<main>
${documentsTable(model)}
${charts(model)}
${baselineSection(model)}
<h2 id="findings">Findings by document</h2>
${model.documents.map((document) => documentSection(document, model)).join('\n')}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`
}

function totals(model: ReportModel): string {
  const {documents, totalFindings, score, baseline} = model
  const cards: Array<[string, string]> = [
    ['Documents', String(documents.length)],
    ['Findings', String(totalFindings)],
    ['Messaging score', score === null ? NONE : `${score} / 100`],
  ]
  if (baseline) cards.push(['New since baseline', String(baseline.newCount)], ['Fixed since baseline', String(baseline.fixedCount)])
  const byRule = model.rules.map((rule) => `<span class="rule">${e(rule)}</span> ${model.findingsByRule.get(rule)}`).join(' · ')
  return `<dl class="totals">${cards.map(([term, value]) => `<div><dt>${e(term)}</dt><dd>${e(value)}</dd></div>`).join('')}</dl>
<p class="score-note">${e(SCORE_EXPLANATION)}</p>
<p class="rule-totals"><strong>By rule:</strong> ${byRule || 'no findings.'}</p>`
}

function documentsTable(model: ReportModel): string {
  const {documents, rules, baseline} = model
  const hasChecklist = documents.some((document) => document.profile?.checklist)
  const columns: Array<{label: string; type: 'text' | 'number'}> = [
    {label: 'Document', type: 'text'},
    {label: 'Profile', type: 'text'},
    {label: 'Score', type: 'number'},
    ...COVERAGE_ELEMENTS.map((tag) => ({label: capitalize(tag), type: 'text' as const})),
    ...(hasChecklist ? [{label: 'Checklist', type: 'number' as const}] : []),
    {label: 'Findings', type: 'number'},
    ...(baseline ? [{label: 'New', type: 'number' as const}] : []),
    ...rules.map((rule) => ({label: rule, type: 'number' as const})),
  ]
  const head = columns
    .map(({label, type}, index) => {
      const sort = index === 0 ? 'ascending' : 'none'
      return `<th scope="col" aria-sort="${sort}"><button type="button" data-type="${type}">${e(label)}<span aria-hidden="true"> ↕</span></button></th>`
    })
    .join('')
  const rows = documents.map((document, index) => {
    const cells = [
      `<th scope="row" data-sort="${e(document.path.toLowerCase())}"><a href="#${document.id}">${e(document.path)}</a></th>`,
      document.profile ? `<td title="${e(document.profile.reason ?? '')}">${e(document.profile.name)}</td>` : `<td data-sort="">${NONE}</td>`,
      numberCell(document.score),
      ...COVERAGE_ELEMENTS.map((tag) => coverageCell(document, tag)),
      ...(hasChecklist ? [checklistCell(document)] : []),
      numberCell(document.findings.length),
      ...(baseline ? [numberCell(document.newCount)] : []),
      ...rules.map((rule) => numberCell(document.countsByRule.get(rule) ?? 0)),
    ]
    const search = `${document.path} ${document.profile?.name ?? ''}`.toLowerCase()
    return `<tr data-index="${index}" data-search="${e(search)}" data-rules="${e([...document.countsByRule.keys()].join(' '))}">${cells.join('')}</tr>`
  })
  const ruleOptions = rules.map((rule) => `<option value="${e(rule)}">${e(rule)}</option>`).join('')
  return `<h2 id="documents">Documents</h2>
<div class="controls">
<div><label for="filter-text">Filter by path or profile</label><input id="filter-text" type="search" autocomplete="off"></div>
<div><label for="filter-rule">With findings of</label><select id="filter-rule"><option value="">any rule, or none</option>${ruleOptions}</select></div>
<p id="filter-status" role="status" class="muted">Showing ${documents.length} of ${documents.length} documents.</p>
</div>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="documents">
<table id="documents-table">
<caption>One row per document. Pain, outcome and proof say whether any sentence carries each; select a column heading to sort, a path to see its findings.</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>`
}

function numberCell(value: number | null): string {
  return value === null ? `<td class="number" data-sort="">${NONE}</td>` : `<td class="number" data-sort="${value}">${value}</td>`
}

function coverageCell(document: DocumentView, tag: string): string {
  const element = document.coverage?.find((candidate) => candidate.tag === tag)
  if (!element || !document.messaging?.selling) return `<td data-sort="">${NONE}</td>`
  const count = document.messaging.tags[element.tag] ?? 0
  return element.present
    ? `<td class="yes" data-sort="1">✓ yes <span class="muted">(${count})</span></td>`
    : `<td class="no" data-sort="0">✗ no</td>`
}

function checklistCell(document: DocumentView): string {
  const checklist = document.profile?.checklist
  if (!checklist) return `<td class="number" data-sort="">${NONE}</td>`
  const met = checklist.filter((item) => item.present).length
  return `<td class="number" data-sort="${met / checklist.length}">${met} of ${checklist.length}</td>`
}

function charts(model: ReportModel): string {
  const top = <T>(entries: ReadonlyArray<T>) => entries.slice(0, CHART_BARS)
  const more = (entries: ReadonlyArray<unknown>, what: string) => (entries.length > CHART_BARS ? ` The ${CHART_BARS} with the most are shown, of ${entries.length} ${what}.` : '')
  const folders = [...model.findingsByFolder].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const single = (entries: ReadonlyArray<[string, number]>): ChartGroup[] => top(entries).map(([label, value]) => ({label, bars: [{value}]}))
  const byKind: ChartGroup[] = top(model.coverageByKind).map(({kind, documents, present}) => ({
    label: `${kind} (${documents})`,
    bars: COVERAGE_ELEMENTS.map((tag) => ({series: tag, value: Math.round((100 * present[tag]) / documents), text: `${tag} ${present[tag]} of ${documents}`})),
  }))
  const sections = [
    barChart({
      id: 'chart-rules',
      title: 'Findings by rule',
      description: 'How many findings each rule reported.',
      groups: single(model.rules.map((rule) => [rule, model.findingsByRule.get(rule)!])),
      tableHeadings: ['Rule', 'Findings'],
    }),
    barChart({id: 'chart-folders', title: 'Findings by folder', description: `Findings per top folder.${more(folders, 'folders')}`, groups: single(folders), tableHeadings: ['Folder', 'Findings']}),
    barChart({
      id: 'chart-vague',
      title: 'Most frequent vague terms',
      description: `The words vague-claim flagged most often: the ones the team leans on.${more(model.vagueTerms, 'terms')}`,
      groups: single(model.vagueTerms),
      tableHeadings: ['Term', 'Times flagged'],
    }),
    barChart({
      id: 'chart-coverage',
      title: 'Coverage by document kind',
      description: `For each kind of selling document (its profile, or else its folder; the number of documents in brackets), how many state a pain, an outcome and proof.${more(model.coverageByKind, 'kinds')}`,
      groups: byKind,
      max: 100,
      tableHeadings: ['Kind (documents)', ...COVERAGE_ELEMENTS],
    }),
  ]
  return `<h2 id="charts">Charts</h2><div class="charts">${sections.join('\n')}</div>`
}

function baselineSection(model: ReportModel): string {
  const {baseline} = model
  if (!baseline) return ''
  const rules = [...new Set([...baseline.newByRule.keys(), ...baseline.fixedByRule.keys()])].sort()
  const chart = barChart({
    id: 'chart-baseline',
    title: 'New and fixed since the baseline',
    description: `Per rule, findings not in ${baseline.file} (new) and entries of it that no longer occur (fixed).`,
    groups: rules.map((rule) => ({
      label: rule,
      bars: [
        {series: 'new', value: baseline.newByRule.get(rule) ?? 0, text: `new ${baseline.newByRule.get(rule) ?? 0}`},
        {series: 'fixed', value: baseline.fixedByRule.get(rule) ?? 0, text: `fixed ${baseline.fixedByRule.get(rule) ?? 0}`},
      ],
    })),
    tableHeadings: ['Rule', 'New', 'Fixed'],
  })
  const fixed = [...baseline.fixedByFile].map(
    ([file, entries]) =>
      `<li>${e(file)}<ul>${entries.map((entry) => `<li><span class="rule">${e(entry.rule)}</span> “${e(entry.text)}”${entry.sentence ? ` <span class="muted">in “${e(entry.sentence)}”</span>` : ''}</li>`).join('')}</ul></li>`,
  )
  return `<h2 id="baseline">Since the baseline</h2>
<p>${baseline.newCount} new finding${baseline.newCount === 1 ? '' : 's'} (marked <span class="badge-new">new</span> below), ${baseline.fixedCount} fixed.</p>
${chart}
${fixed.length > 0 ? `<h3>Fixed</h3><ul>${fixed.join('')}</ul>` : ''}`
}

function documentSection(document: DocumentView, model: ReportModel): string {
  const facts: Array<[string, string]> = [
    ['Profile', document.profile ? `${document.profile.name}${document.profile.reason ? ` (${document.profile.reason})` : ''}` : NONE],
    ['Score', document.score === null ? NONE : `${document.score} / 100`],
    ['Coverage', document.coverage && document.messaging?.selling ? document.coverage.map(({tag, present}) => `${tag} ${present ? '✓ yes' : '✗ no'}`).join(' · ') : NONE],
  ]
  if (document.messaging) facts.push(['Selling sentences', `${document.messaging.selling} of ${document.messaging.sentences}, ${document.messaging.sellingWithFinding} with a finding`])
  if (model.baseline) facts.push(['New', String(document.newCount)])
  const checklist = document.profile?.checklist
    ? `<ul class="checklist">${document.profile.checklist.map(({item, present}) => `<li>${present ? '✓ yes' : '✗ no'}: ${e(item)}</li>`).join('')}</ul>`
    : ''
  const notes = document.notes.map((note) => `<p class="muted">${e(note)}</p>`).join('')
  const findings =
    document.findings.length === 0 ? '<p>No findings.</p>' : `<ol class="findings">${document.findings.map((finding) => findingItem(finding, Boolean(model.baseline))).join('')}</ol>`
  return `<section class="document" id="${document.id}" aria-labelledby="${document.id}-title">
<h3 id="${document.id}-title">${e(document.path)}</h3>
<dl>${facts.map(([term, value]) => `<dt>${e(term)}</dt><dd>${e(value)}</dd>`).join('')}</dl>
${checklist}${notes}${findings}
<p class="back"><a href="#documents">Back to the documents</a></p>
</section>`
}

function findingItem(finding: FindingView, withBaseline: boolean): string {
  const rule = finding.url ? `<a class="rule" href="${e(finding.url)}">${e(finding.ruleId)}</a>` : `<span class="rule">${e(finding.ruleId)}</span>`
  const badge = withBaseline && finding.isNew ? ' <span class="badge-new">new</span>' : ''
  const severity = finding.severity === 2 ? ' <strong>error</strong>' : ''
  const context = finding.context
    ? `<span class="context">${e(finding.context.before)}<mark>${e(finding.context.flagged)}</mark>${e(finding.context.after)}</span>`
    : ''
  return `<li><span class="where">line ${finding.line}:${finding.column}</span> ${rule}${badge}${severity} ${e(finding.message)}${context}</li>`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
