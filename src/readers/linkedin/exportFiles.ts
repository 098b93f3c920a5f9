/**
 * The files of a LinkedIn data export that tpm-assess reads (research/inputs.md §2), and only
 * these: the export also holds messages, connections, e-mail addresses and phone numbers,
 * which are never opened.
 */
export const EXPORT_FILES = ['Profile.csv', 'Positions.csv', 'Education.csv', 'Certifications.csv', 'Skills.csv', 'Projects.csv', 'Honors.csv'] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

/** An export is recognised by what it holds, not by its name: one of these two is enough. */
export const IDENTIFYING_FILES: readonly ExportFile[] = ['Positions.csv', 'Profile.csv'];

/** The export file a path inside an archive or folder names, matched on the base name without regard to case. */
export function exportFileOf(name: string): ExportFile | null {
  const base = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
  return EXPORT_FILES.find((f) => f.toLowerCase() === base) ?? null;
}

/** The text of each export file found, by name. */
export type ExportTexts = Partial<Record<ExportFile, string>>;
