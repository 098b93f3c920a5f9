import type { Problem } from '../../problem.js';
import { exportDate } from './exportDate.js';
import type { ExportFile, ExportTexts } from './exportFiles.js';
import { parseCsv, type CsvRow } from './parseCsv.js';

/** Where each part of the converted résumé came from: JSON pointer -> `Positions.csv:3`. */
export type Origins = Map<string, string>;

export interface ConvertedExport {
  /** A JSON Resume 1.0 document (dates in ISO 8601, empty values left out). */
  resume: Record<string, unknown>;
  origins: Origins;
  warnings: Problem[];
}

/**
 * A LinkedIn data export (the text of its CSV files) -> a JSON Resume document. Pure: the CLI
 * finds and reads the files. Only what scoring or a résumé needs is taken: no address, birth
 * date, messenger handle or licence number, even though Profile.csv and Certifications.csv
 * hold them.
 */
export function exportToResume(texts: ExportTexts): ConvertedExport {
  const origins: Origins = new Map();
  const warnings: Problem[] = [];
  const rowsOf = (file: ExportFile): CsvRow[] | undefined => {
    const text = texts[file];
    if (text === undefined) return undefined;
    const { rows, problem } = parseCsv(text, file);
    if (problem) warnings.push({ ...problem, message: `${problem.message}; its data is left out` });
    return rows;
  };
  const at = (file: ExportFile, row: CsvRow) => `${file}:${row.line}`;
  const dateOf = (file: ExportFile, row: CsvRow, column: string): string | undefined => {
    const text = row.cells[column];
    if (!text) return undefined;
    const date = exportDate(text);
    if (date === null) {
      warnings.push({ code: 'linkedin-date-unreadable', message: `${column} "${text}" is not a date; left out`, path: `${at(file, row)} ${column}`, hint: 'dates look like Mar 2018, 2010 or 2023-01-15' });
      return undefined;
    }
    return date;
  };
  const resume: Record<string, unknown> = {};

  const profile = rowsOf('Profile.csv')?.[0];
  if (profile) {
    const name = [profile.cells['First Name'], profile.cells['Last Name']].filter(Boolean).join(' ');
    resume.basics = compact({ name, label: profile.cells['Headline'], summary: profile.cells['Summary'] });
    origins.set('/basics', at('Profile.csv', profile));
  }

  const positions = rowsOf('Positions.csv');
  if (positions) {
    resume.work = positions.map((row, i) => {
      origins.set(`/work/${i}`, at('Positions.csv', row));
      // An empty "Finished On" is a current job: JSON Resume says so by leaving endDate out.
      return compact({
        name: row.cells['Company Name'],
        position: row.cells['Title'],
        location: row.cells['Location'],
        summary: row.cells['Description'],
        startDate: dateOf('Positions.csv', row, 'Started On'),
        endDate: dateOf('Positions.csv', row, 'Finished On'),
      });
    });
  }

  const education = rowsOf('Education.csv');
  if (education) {
    resume.education = education.map((row, i) => {
      origins.set(`/education/${i}`, at('Education.csv', row));
      const { studyType, area } = splitDegreeName(row.cells['Degree Name'] ?? '');
      return compact({
        institution: row.cells['School Name'],
        studyType,
        area,
        startDate: dateOf('Education.csv', row, 'Start Date'),
        endDate: dateOf('Education.csv', row, 'End Date'),
      });
    });
  }

  const certifications = rowsOf('Certifications.csv');
  if (certifications) {
    resume.certificates = certifications.map((row, i) => {
      origins.set(`/certificates/${i}`, at('Certifications.csv', row));
      // "Finished On" is the expiry the member entered: the one source that states currency.
      // JSON Resume has no field for it; certificates allow more properties, so it is kept as endDate.
      return compact({
        name: row.cells['Name'],
        issuer: row.cells['Authority'],
        url: row.cells['Url'],
        date: dateOf('Certifications.csv', row, 'Started On'),
        endDate: dateOf('Certifications.csv', row, 'Finished On'),
      });
    });
  }

  const skills = rowsOf('Skills.csv');
  if (skills) {
    resume.skills = skills.filter((row) => row.cells['Name']).map((row, i) => {
      origins.set(`/skills/${i}`, at('Skills.csv', row));
      return { name: row.cells['Name'] };
    });
  }

  const projects = rowsOf('Projects.csv');
  if (projects) {
    resume.projects = projects.map((row, i) => {
      origins.set(`/projects/${i}`, at('Projects.csv', row));
      return compact({
        name: row.cells['Title'],
        description: row.cells['Description'],
        url: row.cells['Url'],
        startDate: dateOf('Projects.csv', row, 'Started On'),
        endDate: dateOf('Projects.csv', row, 'Finished On'),
      });
    });
  }

  const honors = rowsOf('Honors.csv');
  if (honors) {
    resume.awards = honors.map((row, i) => {
      origins.set(`/awards/${i}`, at('Honors.csv', row));
      return compact({ title: row.cells['Title'], summary: row.cells['Description'], date: dateOf('Honors.csv', row, 'Issued On') });
    });
  }

  return { resume, origins, warnings };
}

/**
 * `Degree Name` holds level and field together: "Bachelor of Applied Science (BASc), Computer
 * Engineering", "Master of Engineering - MEng, Networking", "BSc Computer Science". The field
 * follows the last comma; without one the whole text is the study type, which the résumé
 * reader searches for fields too.
 */
export function splitDegreeName(text: string): { studyType?: string; area?: string } {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return compact({ studyType: text.trim() });
  return compact({ studyType: text.slice(0, comma).trim(), area: text.slice(comma + 1).trim() });
}

/** The object without its empty and undefined values. */
function compact<T extends Record<string, string | undefined>>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== '') out[k as keyof T] = v as T[keyof T];
  return out;
}
