import type { Assessment } from '../engine/assessment.js';
import type { FitReport } from '../engine/rankFit.js';
import { formatFitTerminal } from './formatFitTerminal.js';
import { formatFitHtml, formatHtml } from './html/formatHtml.js';
import { formatJson } from './formatJson.js';
import { formatMarkdown, formatFitMarkdown } from './formatMarkdown.js';
import { formatTerminal } from './formatTerminal.js';
import type { Style } from './style.js';

export interface Formatter {
  assessment(a: Assessment, style: Style): string;
  fit(f: FitReport, style: Style): string;
}

/** Pure formatters by name: (report, style) -> text. The caller writes the text. */
export const formatters: Record<'terminal' | 'json' | 'markdown' | 'html', Formatter> = {
  terminal: { assessment: formatTerminal, fit: formatFitTerminal },
  json: { assessment: formatJson, fit: formatJson },
  markdown: { assessment: (a) => formatMarkdown(a), fit: (f) => formatFitMarkdown(f) },
  html: { assessment: (a) => formatHtml(a), fit: (f) => formatFitHtml(f) },
};
