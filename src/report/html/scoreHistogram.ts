import { html, type Markup } from './markup.js';

/** Ten bins of ten points: each holds its lower bound, and the last one also holds 100. */
export function binCounts(scores: readonly number[]): number[] {
  const bins = new Array<number>(10).fill(0);
  for (const s of scores) bins[Math.min(9, Math.max(0, Math.floor(s / 10)))]!++;
  return bins;
}

export const binLabel = (i: number) => (i === 9 ? '90–100' : `${i * 10}–${i * 10 + 10}`);

const LEFT = 36;
const RIGHT = 510;
const TOP = 38;
const BOTTOM = 186;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The scores as a histogram on the 0–100 scale, each bar's count written above it, and the
 * gate (--min-score), when there is one, drawn across. The label says every count in words.
 */
export function scoreHistogram(scores: readonly number[], gate: number | null): Markup {
  const bins = binCounts(scores);
  const most = Math.max(1, ...bins);
  const step = (RIGHT - LEFT) / 10;
  const xAt = (score: number) => round(LEFT + (Math.min(100, Math.max(0, score)) / 100) * (RIGHT - LEFT));
  const counts = bins.map((n, i) => `${binLabel(i)}: ${n}`).join(', ');
  const label = `Histogram of ${scores.length} scores in bins of ten points: ${counts}.${gate === null ? '' : ` The line is the gate, --min-score ${gate}.`}`;
  const bars = bins.map((n, i) => {
    const h = round(((BOTTOM - TOP) * n) / most);
    const x = round(LEFT + i * step + 3);
    return html`<rect class="bin" x="${x}" y="${round(BOTTOM - h)}" width="${round(step - 6)}" height="${h}"/>
<text x="${round(x + (step - 6) / 2)}" y="${round(BOTTOM - h - 5)}" text-anchor="middle">${n}</text>`;
  });
  const ticks = Array.from({ length: 11 }, (_, i) => html`<text class="small" x="${xAt(i * 10)}" y="${BOTTOM + 16}" text-anchor="middle">${i * 10}</text>`);
  return html`<svg class="histogram" viewBox="0 0 520 216" role="img" aria-label="${label}">
<title>${label}</title>
<line class="axis" x1="${LEFT}" y1="${BOTTOM}" x2="${RIGHT}" y2="${BOTTOM}" stroke-width="1.5"/>
${bars}
${ticks}
${gate === null ? '' : html`<rect class="tick" x="${xAt(gate) - 1}" y="${TOP - 20}" width="2" height="${BOTTOM - TOP + 20}"/>
<text x="${xAt(gate)}" y="${TOP - 25}" text-anchor="middle">${`gate ${gate}`}</text>`}
<text class="small" x="${(LEFT + RIGHT) / 2}" y="${BOTTOM + 30}" text-anchor="middle">score</text>
</svg>`;
}
