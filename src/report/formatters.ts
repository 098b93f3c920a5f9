import type { Assessment } from '../engine/assessment.js';
import type { FitReport } from '../engine/rankFit.js';
import { formatFitTerminal } from './formatFitTerminal.js';
import { formatFitHtml, formatHtml } from './html/formatHtml.js';
import { formatJson } from './formatJson.js';
import { formatMarkdown, formatFitMarkdown } from './formatMarkdown.js';
import { formatTerminal } from './formatTerminal.js';
import { plainStyle, type Style } from './style.js';
import { wellFormedJson } from './wellFormedJson.js';

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

export type ReportFormat = keyof typeof formatters;

/** A report (one assessment, or a role-fit ranking) as text; JSON is made safe for strict parsers. */
export function formatReport(report: Assessment | FitReport, format: ReportFormat, style: Style = plainStyle): string {
  const formatter = formatters[format];
  const text = 'ranking' in report ? formatter.fit(report, style) : formatter.assessment(report, style);
  return format === 'json' ? wellFormedJson(text) : text;
}
