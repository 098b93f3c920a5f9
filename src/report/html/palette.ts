import type { Status, Verdict } from '../../engine/assessment.js';

/**
 * The page's colours, light and dark, as data: the stylesheet is made from them and a unit test
 * checks every pair the page puts together against WCAG AA (4.5:1 for text, 3:1 for a bar).
 */
export interface Palette {
  page: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  /** The empty part of a bar. */
  track: string;
  met: string;
  partial: string;
  missing: string;
  unknown: string;
  /** Text on a solid status colour (the verdict badge). */
  onStatus: string;
  accent: string;
  /** The what-if callout's background. */
  note: string;
}

export const LIGHT: Palette = {
  page: '#f5f6f8',
  surface: '#ffffff',
  text: '#1c2128',
  muted: '#59636e',
  border: '#d1d9e0',
  track: '#e4e8ec',
  met: '#1a7f37',
  partial: '#8a5d00',
  missing: '#cf222e',
  unknown: '#0969da',
  onStatus: '#ffffff',
  accent: '#3b3f9e',
  note: '#fff5d6',
};

export const DARK: Palette = {
  page: '#0d1117',
  surface: '#161b22',
  text: '#e6edf3',
  muted: '#9198a1',
  border: '#3d444d',
  track: '#2a3038',
  met: '#3fb950',
  partial: '#d29922',
  missing: '#f85149',
  unknown: '#4493f8',
  onStatus: '#0d1117',
  accent: '#a5b4fc',
  note: '#2e2a1a',
};

/** The colour that stands for a verdict: the status it resembles. */
export const VERDICT_STATUS: Record<Verdict, Status> = { ready: 'met', nearly: 'partial', 'not-ready': 'missing' };

/** The palette as CSS custom properties: `--met: #1a7f37;`… */
export function cssVariables(p: Palette): string {
  return Object.entries(p)
    .map(([name, value]) => `--${name}: ${value};`)
    .join(' ');
}
