// Bar charts as inline SVG, drawn here rather than by a chart library. The page must
// open from disk with no network, print, and be read by a screen reader: a canvas
// library (Chart.js, uPlot) needs its script inlined (60–200 KB), draws nothing
// without JavaScript or on paper until it runs, and its canvas says nothing to a
// screen reader. Horizontal bars with their numbers written next to them need about
// a hundred lines: they print as vectors, work with scripts off, carry a title and a
// description for assistive technology, and read without colour, since every bar is
// labelled. Each chart is followed by its numbers as a real table.

import {escapeHtml} from './escape'

export interface ChartBar {
  /** The series, when a group has several bars (e.g. pain, outcome, proof). */
  series?: string
  value: number
  /** What is written after the bar (default: the value). */
  text?: string
}

export interface ChartGroup {
  label: string
  bars: ChartBar[]
}

export interface ChartSpec {
  id: string
  title: string
  /** One sentence on what the chart shows, for the figure's caption and the SVG's description. */
  description: string
  groups: ChartGroup[]
  /** The scale's maximum (default: the largest value). */
  max?: number
  /** Column headings for the data table: the group's, then one per series. */
  tableHeadings: string[]
}

const WIDTH = 720
const LABEL_WIDTH = 230
const VALUE_WIDTH = 120
const BAR_HEIGHT = 16
const BAR_GAP = 4
const GROUP_GAP = 10
const LABEL_CHARS = 34
/** Fills with at least 3:1 contrast against white (WCAG 1.4.11), one per series. */
const SERIES_FILLS = ['#1f5fa8', '#9a4a00', '#2d6a31', '#6b3fa0']

export function barChart(spec: ChartSpec): string {
  const {id, title, description, groups} = spec
  if (groups.length === 0) return `<figure class="chart" id="${id}"><figcaption><strong>${escapeHtml(title)}</strong>: nothing to show.</figcaption></figure>`
  const max = Math.max(1, spec.max ?? Math.max(...groups.flatMap((group) => group.bars.map((bar) => bar.value))))
  const series = [...new Set(groups.flatMap((group) => group.bars.map((bar) => bar.series ?? '')))]
  const barArea = WIDTH - LABEL_WIDTH - VALUE_WIDTH
  const parts: string[] = []
  let y = 0
  for (const group of groups) {
    const groupHeight = group.bars.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP
    const label = group.label.length > LABEL_CHARS ? `${group.label.slice(0, LABEL_CHARS - 1)}…` : group.label
    parts.push(`<text x="${LABEL_WIDTH - 8}" y="${y + groupHeight / 2 + 4}" text-anchor="end" class="chart-label">${escapeHtml(label)}</text>`)
    group.bars.forEach((bar, index) => {
      const barY = y + index * (BAR_HEIGHT + BAR_GAP)
      const width = Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * barArea))
      const fill = SERIES_FILLS[series.indexOf(bar.series ?? '') % SERIES_FILLS.length]
      const text = bar.text ?? String(bar.value)
      parts.push(`<rect x="${LABEL_WIDTH}" y="${barY}" width="${width}" height="${BAR_HEIGHT}" fill="${fill}"></rect>`)
      parts.push(`<text x="${LABEL_WIDTH + width + 6}" y="${barY + BAR_HEIGHT - 4}" class="chart-value">${escapeHtml(text)}</text>`)
    })
    y += groupHeight + GROUP_GAP
  }
  const height = y - GROUP_GAP
  const svg =
    `<svg role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>${parts.join('')}</svg>`
  return `<figure class="chart" id="${id}"><figcaption><strong>${escapeHtml(title)}</strong>. ${escapeHtml(description)}</figcaption>${svg}${dataTable(spec, series)}</figure>`
}

/** The chart's numbers as a table, folded away: the bars are labelled with them, but a table is what a screen reader navigates. */
function dataTable({title, groups, tableHeadings}: ChartSpec, series: readonly string[]): string {
  const head = tableHeadings.map((heading) => `<th scope="col">${escapeHtml(heading)}</th>`).join('')
  const rows = groups.map((group) => {
    const cells = series.map((name) => {
      const bar = group.bars.find((candidate) => (candidate.series ?? '') === name)
      return `<td class="number">${bar ? escapeHtml(bar.text ?? String(bar.value)) : '—'}</td>`
    })
    return `<tr><th scope="row">${escapeHtml(group.label)}</th>${cells.join('')}</tr>`
  })
  return `<details class="chart-data"><summary>${escapeHtml(title)}: the numbers</summary><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></details>`
}
