import { describe, expect, it } from 'vitest';
import { cssVariables, DARK, LIGHT, type Palette } from '../../../src/report/html/palette.js';
import { STYLES } from '../../../src/report/html/styles.js';

/** WCAG 2.x relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
  const [r, g, b] = hex
    .slice(1)
    .match(/../g)!
    .map((h) => parseInt(h, 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio, 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const STATUSES = ['met', 'partial', 'missing', 'unknown'] as const;
type Key = keyof Palette;

/** Every pair of colours the stylesheet puts together, and the ratio WCAG AA asks of it. */
const PAIRS: { fg: Key; bg: Key; min: number; what: string }[] = [
  // Text (1.4.3): 4.5:1 on the page, the cards and the code background (the page colour).
  ...(['text', 'muted', 'accent', ...STATUSES] as Key[]).flatMap((fg) => (['page', 'surface'] as Key[]).map((bg) => ({ fg, bg, min: 4.5, what: 'text' }))),
  ...STATUSES.map((s) => ({ fg: 'onStatus' as Key, bg: s as Key, min: 4.5, what: 'badge text' })),
  { fg: 'text', bg: 'note', min: 4.5, what: 'what-if callout text' },
  { fg: 'muted', bg: 'note', min: 4.5, what: 'what-if callout text' },
  // Graphics (1.4.11): 3:1 for bars, arcs and marks against what they sit on.
  ...STATUSES.flatMap((s) => (['surface', 'track'] as Key[]).map((bg) => ({ fg: s as Key, bg, min: 3, what: 'bar' }))),
  { fg: 'text', bg: 'track', min: 3, what: 'pass mark' },
];

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
] as const)('the %s palette', (_name, palette) => {
  it.each(PAIRS)('$what: $fg on $bg reaches $min:1', ({ fg, bg, min }) => {
    expect(contrast(palette[fg], palette[bg])).toBeGreaterThanOrEqual(min);
  });
});

describe('contrast', () => {
  it('gives the known ratios: black on white 21, white on white 1, #767676 on white about 4.54', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('the stylesheet', () => {
  it('is made from the palettes tested here: light by default and in print, dark for prefers-color-scheme: dark', () => {
    expect(STYLES).toContain(`:root { color-scheme: light dark; ${cssVariables(LIGHT)} }`);
    expect(STYLES).toContain(`@media (prefers-color-scheme: dark) { :root { ${cssVariables(DARK)} } }`);
    expect(STYLES).toMatch(new RegExp(`@media print \\{[^]*:root \\{ ${cssVariables(LIGHT).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\}`));
  });

  it('uses no colour literal outside the palette, so every colour on the page is one tested here', () => {
    const literals = STYLES.replace(/--\w+: #[0-9a-f]{6};/g, '').match(/#[0-9a-f]{3,8}\b/gi) ?? [];
    expect(literals).toEqual([]);
  });

  it('loads nothing: no url(), no @import, no @font-face', () => {
    expect(STYLES).not.toMatch(/url\(|@import|@font-face/);
  });
});
