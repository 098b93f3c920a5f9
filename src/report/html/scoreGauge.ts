import type { Assessment } from '../../engine/assessment.js';
import { VERDICT_TEXT } from '../style.js';
import { html, type Markup } from './markup.js';
import { VERDICT_STATUS } from './palette.js';

const CX = 120;
const CY = 130;
const R = 92;

/** A point on the half circle: 0 at the left end, 100 at the right, `r` from the centre. */
function at(value: number, r: number): [number, number] {
  const angle = Math.PI * (1 - clamp(value) / 100);
  return [round(CX + r * Math.cos(angle)), round(CY - r * Math.sin(angle))];
}

const clamp = (v: number) => (Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : 0);
const round = (n: number) => Math.round(n * 100) / 100;

function arc(from: number, to: number, r: number, cls: string, width: number): Markup | '' {
  if (clamp(to) <= clamp(from)) return '';
  const [x1, y1] = at(from, r);
  const [x2, y2] = at(to, r);
  return html`<path class="${cls}" d="M ${x1} ${y1} A ${r} ${r} 0 0 1 ${x2} ${y2}" fill="none" stroke-width="${width}"/>`;
}

/** The label of the pass mark, outside the arc, anchored away from the middle so it never overlaps. */
function passMark(pass: number): Markup {
  const [x1, y1] = at(pass, R - 14);
  const [x2, y2] = at(pass, R + 20);
  const [lx, ly] = at(pass, R + 28);
  const anchor = pass < 40 ? 'end' : pass > 60 ? 'start' : 'middle';
  return html`<line class="tick" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke-width="3"/>
<text class="small" x="${lx}" y="${ly}" text-anchor="${anchor}">pass ${pass}</text>`;
}

/**
 * The score at a glance: a half-circle gauge filled to the score in the verdict's colour, the
 * pass score marked across it, and, when criteria are unknown, the range they leave open as a
 * thin outer arc. Its label says all of that in words.
 */
export function scoreGauge(a: Assessment): Markup {
  const status = VERDICT_STATUS[a.verdict];
  const open = a.scoreRange.max > a.scoreRange.min;
  const range = open ? ` The unknown criteria leave it open from ${a.scoreRange.min.toFixed(1)} to ${a.scoreRange.max.toFixed(1)}.` : '';
  const label = `Score ${a.score.toFixed(1)} out of 100; pass score ${a.passScore}; verdict ${VERDICT_TEXT[a.verdict]}.${range}`;
  return html`<svg class="gauge" viewBox="0 -16 240 166" role="img" aria-label="${label}">
<title>${label}</title>
${arc(0, 100, R, 'track', 20)}
${open ? arc(a.scoreRange.min, a.scoreRange.max, R + 15, 'stroke-unknown', 5) : ''}
${arc(0, a.score, R, `stroke-${status}`, 20)}
${passMark(a.passScore)}
<text x="${CX}" y="${CY - 14}" text-anchor="middle" font-size="42" font-weight="700">${a.score.toFixed(1)}</text>
<text class="small" x="${CX}" y="${CY + 4}" text-anchor="middle">out of 100</text>
<text class="small" x="${CX - R}" y="${CY + 18}" text-anchor="middle">0</text>
<text class="small" x="${CX + R}" y="${CY + 18}" text-anchor="middle">100</text>
</svg>`;
}
