// The page's stylesheet, inlined so the report opens from disk or a CI artifact with no
// network. Colours pass WCAG AA on white (text 4.5:1 or more, bars 3:1 or more), and
// nothing is told by colour alone: coverage cells say yes or no, new findings say "new".

export const STYLE = `
:root { color-scheme: light; --text: #1b1b1b; --muted: #555; --line: #c9c9c9; --link: #0b57a4; --bad: #8a1c1c; --good: #1d5e20; --panel: #f4f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Liberation Sans", sans-serif; color: var(--text); background: #fff; }
header, main { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1.05rem; margin: 24px 0 4px; overflow-wrap: anywhere; }
a { color: var(--link); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible, .table-wrap:focus-visible { outline: 3px solid #0b57a4; outline-offset: 2px; }
.subtitle, .muted { color: var(--muted); }
.totals { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0 8px; padding: 0; }
.totals div { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 140px; }
.totals dt { font-size: .85rem; color: var(--muted); }
.totals dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
.score-note { max-width: 70em; }
.rule-totals { line-height: 1.9; }
.controls { display: flex; flex-wrap: wrap; gap: 16px; align-items: end; margin: 8px 0; }
.controls label { display: block; font-size: .85rem; color: var(--muted); }
.controls input, .controls select { font: inherit; padding: 4px 6px; border: 1px solid #767676; border-radius: 4px; min-width: 16em; }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
caption { text-align: left; padding: 6px 8px; color: var(--muted); }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--panel); position: sticky; top: 0; white-space: nowrap; }
thead th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: var(--text); }
th[scope=row] { font-weight: normal; overflow-wrap: anywhere; min-width: 18em; }
td.yes, td.no { white-space: nowrap; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
.yes { color: var(--good); }
.no { color: var(--bad); font-weight: 600; }
.charts { display: grid; grid-template-columns: 1fr; gap: 16px; }
figure.chart { margin: 0; padding: 12px; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; display: block; margin: 8px 0; }
.chart-label, .chart-value { font-size: 12px; fill: var(--text); font-family: inherit; }
.chart-data summary { cursor: pointer; color: var(--link); }
.chart-data table { width: auto; margin-top: 6px; }
.document { border-top: 1px solid var(--line); }
.document dl { display: flex; flex-wrap: wrap; gap: 4px 20px; margin: 4px 0; }
.document dt { color: var(--muted); }
.document dt::after { content: ":"; }
.document dd { margin: 0 0 0 -16px; }
ol.findings { padding-left: 1.4em; }
ol.findings li { margin: 6px 0; break-inside: avoid; }
.where { font-variant-numeric: tabular-nums; color: var(--muted); }
.rule { font-family: ui-monospace, "Liberation Mono", monospace; font-size: .85rem; background: var(--panel); padding: 0 4px; border-radius: 3px; }
.badge-new { display: inline-block; font-size: .75rem; font-weight: 700; color: var(--bad); border: 1px solid var(--bad); border-radius: 3px; padding: 0 4px; }
.context { display: block; margin: 2px 0 0; padding: 2px 8px; border-left: 3px solid var(--line); color: #333; font-size: .9rem; }
mark { background: #ffe28a; color: #1b1b1b; padding: 0 1px; }
.back { font-size: .85rem; }
[hidden] { display: none !important; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media print {
  body { font-size: 10pt; }
  header, main { max-width: none; padding: 0; }
  .controls, .back, .chart-data { display: none; }
  .table-wrap { overflow: visible; border: 0; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
  .document { break-before: auto; }
}
`
