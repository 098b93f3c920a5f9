import { cssVariables, DARK, LIGHT } from './palette.js';

const STATUSES = ['met', 'partial', 'missing', 'unknown'] as const;

/** Rules that colour a status: text (.s-*), a solid badge (.badge.s-*), and bars and arcs in SVG. */
const statusRules = STATUSES.map(
  (s) => `.s-${s} { color: var(--${s}); } .badge.s-${s} { background: var(--${s}); color: var(--onStatus); } .fill-${s} { fill: var(--${s}); } .stroke-${s} { stroke: var(--${s}); } .border-${s} { border-color: var(--${s}); }`,
).join('\n');

/**
 * The page's stylesheet: system fonts only (nothing to fetch), light and dark from the palette,
 * and a print layout that fits A4 and Letter alike (the page size is the printer's; only the
 * margins are set, and nothing is wider than the narrower of the two).
 */
export const STYLES = `
:root { color-scheme: light dark; ${cssVariables(LIGHT)} }
@media (prefers-color-scheme: dark) { :root { ${cssVariables(DARK)} } }
*, *::before, *::after { box-sizing: border-box; }
html { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--page); color: var(--text); }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0 0 .5rem; }
h1 { font-size: 2rem; letter-spacing: -.01em; }
h2 { font-size: 1.3rem; margin-bottom: .75rem; }
h3 { font-size: 1.05rem; }
h4 { font-size: 1rem; }
p { margin: 0 0 .75rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .85em; background: var(--page); border: 1px solid var(--border); border-radius: 4px; padding: 0 .3em; overflow-wrap: anywhere; }
.masthead { margin-bottom: 1.5rem; }
.eyebrow { font-size: .8rem; font-weight: 600; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); margin: 0; }
.eyebrow code { text-transform: none; letter-spacing: 0; }
.id code, .eyebrow code { white-space: nowrap; }
.role { margin-top: 2.5rem; padding-top: 1.5rem; border-top: 2px solid var(--border); }
.role > .masthead h2 { font-size: 1.6rem; }
.subtitle { font-size: 1.15rem; color: var(--muted); margin: 0; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: 12px; padding: 1.25rem 1.5rem; margin: 0 0 1.25rem; }
.lede { color: var(--muted); font-size: .9rem; }
.glance { display: grid; grid-template-columns: minmax(12rem, 17rem) 1fr; gap: 1.75rem; align-items: center; }
.gauge { display: block; width: 100%; height: auto; }
.gauge .track { stroke: var(--track); }
.gauge .tick { stroke: var(--text); }
.gauge text { fill: var(--text); font-family: inherit; }
.gauge .small { fill: var(--muted); font-size: 11px; }
.ladder { display: block; width: 100%; max-width: 40rem; height: auto; margin: .5rem 0 1rem; }
.ladder .track { fill: var(--track); }
.ladder .tick { fill: var(--text); }
.ladder .rail { stroke: var(--border); }
.ladder text { fill: var(--text); font-family: inherit; font-size: 12px; }
.histogram { display: block; width: 100%; max-width: 40rem; height: auto; margin: .25rem 0 1rem; }
.histogram .bin { fill: var(--unknown); }
.histogram .axis { stroke: var(--muted); }
.histogram .tick { fill: var(--text); }
.histogram text { fill: var(--text); font-family: inherit; font-size: 12px; }
.histogram .small { fill: var(--muted); font-size: 11px; }
.bar.stacked { height: 18px; margin: .25rem 0 .75rem; }
ul.counts { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 2rem; }
table.bins th, table.bins td { padding: .4rem .35rem; }
table.five { margin-top: 1rem; }
.ranked .chart-cell { width: 22%; }
.badge { display: inline-block; padding: .3rem .9rem; border-radius: 999px; font-weight: 700; letter-spacing: .05em; font-size: 1.05rem; }
.verdict-line { margin: 0 0 .75rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.25rem; margin: 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.facts dd.long { font-weight: 400; }
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { caption-side: top; text-align: left; color: var(--muted); font-size: .875rem; padding: 0 0 .75rem; }
th, td { text-align: left; vertical-align: top; padding: .55rem .5rem; border-bottom: 1px solid var(--border); }
thead th { font-size: .75rem; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); vertical-align: bottom; }
tbody th { font-weight: 500; }
tbody tr:last-child > * { border-bottom: 0; }
.num { text-align: right; white-space: nowrap; }
.chart-cell { width: 34%; min-width: 7rem; }
.bar { display: block; width: 100%; height: 14px; margin: .3rem 0 .15rem; }
.bar .track { fill: var(--track); }
.bar .tick { fill: var(--text); }
.points { font-size: .8rem; color: var(--muted); }
.status { font-weight: 700; white-space: nowrap; }
.tag { display: inline-block; font-size: .72rem; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; color: var(--muted); border: 1px solid var(--border); border-radius: 4px; padding: 0 .35em; margin-left: .35em; white-space: nowrap; }
.id { color: var(--muted); font-size: .85rem; }
ol.steps { list-style: none; margin: 0; padding: 0; }
ol.steps > li { display: grid; grid-template-columns: 2rem 4.5rem 1fr; gap: .25rem .75rem; align-items: baseline; padding: .7rem 0; border-bottom: 1px solid var(--border); }
ol.steps > li:last-child { border-bottom: 0; }
.rank { display: inline-grid; place-items: center; width: 1.75rem; height: 1.75rem; border-radius: 50%; background: var(--page); border: 1px solid var(--border); font-weight: 700; font-size: .85rem; }
.gain { font-weight: 800; font-size: 1.1rem; color: var(--met); font-variant-numeric: tabular-nums; white-space: nowrap; }
.step-meta { display: block; color: var(--muted); font-size: .85rem; margin-top: .15rem; }
ul.plain { list-style: none; margin: 0; padding: 0; }
ul.plain > li { padding: .6rem 0; border-bottom: 1px solid var(--border); }
ul.plain > li:last-child { border-bottom: 0; }
.criterion { padding: 1rem 0; border-top: 1px solid var(--border); }
.criterion:first-of-type { border-top: 0; padding-top: 0; }
.meta { color: var(--muted); font-size: .9rem; margin: .15rem 0 .5rem; }
.criterion dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .25rem 0 .5rem; font-size: .9rem; }
.criterion dt { color: var(--muted); }
.criterion dd { margin: 0; }
.gap { border-left: 3px solid var(--border); padding: .15rem 0 .15rem .75rem; margin: .5rem 0; }
ul.quotes { margin: .25rem 0 0; padding: 0; list-style: none; }
ul.quotes > li { margin: .4rem 0; padding-left: .9rem; border-left: 3px solid var(--border); }
blockquote { margin: 0; font-style: italic; }
.where { display: block; font-size: .8rem; color: var(--muted); }
.none { color: var(--muted); font-style: italic; margin: 0; }
.callout { background: var(--note); border-left: 4px solid var(--partial); }
nav ol { columns: 2 16rem; margin: 0; padding-left: 1.25rem; }
a { color: var(--accent); }
footer { color: var(--muted); font-size: .8rem; text-align: center; margin-top: 2rem; }
${statusRules}
@media (max-width: 40rem) {
  main { padding: 1.25rem .75rem 2rem; }
  .card { padding: 1rem; }
  .glance { grid-template-columns: 1fr; }
  .gauge { max-width: 17rem; margin: 0 auto; }
  .hide-narrow { display: none; }
  ol.steps > li { grid-template-columns: 2rem 1fr; }
  ol.steps > li > .body { grid-column: 2; }
}
@media print {
  @page { margin: 14mm 12mm; }
  :root { ${cssVariables(LIGHT)} }
  html { font-size: 10pt; }
  body { background: var(--surface); }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .card { border-radius: 0; border-width: 0 0 1px; padding: .75rem 0; break-inside: auto; }
  .table-wrap { overflow: visible; }
  tr, li, .criterion, .glance, figure { break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
  .role { break-before: page; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
}
`;
