import { describe, expect, it } from 'vitest';
import { exportToResume, splitDegreeName } from '../../../src/readers/linkedin/exportToResume.js';
import { exportDate } from '../../../src/readers/linkedin/exportDate.js';
import { parseCsv } from '../../../src/readers/linkedin/parseCsv.js';
import { folderTexts } from './support.js';

describe('parseCsv', () => {
  it('reads quoted commas and line breaks, a BOM and CRLF, and gives each row its first line', () => {
    const text = '\ufeffA,B\r\nx,"one, two\r\nthree"\r\n\r\ny,4\r\n';
    const { rows, problem } = parseCsv(text, 'T.csv');
    expect(problem).toBeNull();
    expect(rows).toEqual([
      { line: 2, cells: { A: 'x', B: 'one, two\nthree' } },
      { line: 5, cells: { A: 'y', B: '4' } },
    ]);
  });

  it('says where an unclosed quote makes a file unreadable', () => {
    const { rows, problem } = parseCsv('A,B\nx,"open\n', 'Positions.csv');
    expect(rows).toEqual([]);
    expect(problem).toMatchObject({ code: 'linkedin-csv-syntax', source: 'Positions.csv', line: 2 });
    expect(problem!.message).toMatch(/^Positions\.csv is not readable CSV: /);
  });
});

describe('exportDate', () => {
  it.each([
    ['Mar 2018', '2018-03'],
    ['Sept 2020', '2020-09'],
    ['2010', '2010'],
    ['2023-01-15', '2023-01-15'],
  ])('reads %s as %s', (text, iso) => expect(exportDate(text)).toBe(iso));
  it.each(['', 'soon', 'Foo 2018', '18/03'])('reads %j as no date', (text) => expect(exportDate(text)).toBeNull());
});

describe('splitDegreeName', () => {
  it.each([
    ['Bachelor of Applied Science (BASc), Computer Engineering', { studyType: 'Bachelor of Applied Science (BASc)', area: 'Computer Engineering' }],
    ['Master of Engineering - MEng, Networking', { studyType: 'Master of Engineering - MEng', area: 'Networking' }],
    ['BSc Computer Science', { studyType: 'BSc Computer Science' }],
    ['', {}],
  ])('splits %j', (text, parts) => expect(splitDegreeName(text)).toEqual(parts));
});

describe('exportToResume', () => {
  const { resume, origins, warnings } = exportToResume(folderTexts('full'));

  it('makes a JSON Resume of the profile, positions, education, certifications, skills, projects and honors', () => {
    expect(warnings).toEqual([]);
    expect(resume.basics).toEqual({
      name: 'Camille Durand',
      label: 'Technical Project Manager | Cloud & Networks',
      summary: 'Project manager delivering infrastructure programmes for banking and insurance clients.\nPMP since 2017; I lead distributed teams of up to 14 engineers.',
    });
    const work = resume.work as Record<string, string>[];
    expect(work.map((w) => [w.position, w.startDate, w.endDate])).toEqual([
      ['Technical Project Manager', '2019-03', undefined],
      ['Chef de projet infrastructure', '2014-01', '2019-02'],
      ['Ingénieur réseau', '2009-09', '2013-12'],
    ]);
    expect(resume.education).toEqual([
      { institution: 'Université de Rennes 1', studyType: 'Master of Science - MS', area: 'Networks and Telecommunications', startDate: '2007', endDate: '2009' },
      { institution: 'IUT de Lannion', studyType: 'DUT', area: 'Réseaux et Télécommunications', startDate: '2005', endDate: '2007' },
    ]);
    expect((resume.certificates as Record<string, string>[])[1]).toEqual({ name: 'Certified ScrumMaster®', issuer: 'Scrum Alliance', date: '2016-10', endDate: '2018-10' });
    expect((resume.skills as unknown[]).length).toBe(6);
    expect(resume.projects).toEqual([{ name: 'Data-centre exit for a retail bank', description: 'Moved 1,200 servers to a hybrid cloud, on time and within budget.', startDate: '2019-03', endDate: '2021-12' }]);
    expect(resume.awards).toEqual([{ title: 'Delivery excellence award', summary: "Sopralia Conseil's award for client delivery", date: '2021-12' }]);
  });

  it('records the file and line each part came from (a multi-line row moves the next one down)', () => {
    expect(origins.get('/work/0')).toBe('Positions.csv:2');
    expect(origins.get('/work/1')).toBe('Positions.csv:5');
    expect(origins.get('/certificates/2')).toBe('Certifications.csv:4');
    expect(origins.get('/basics')).toBe('Profile.csv:2');
  });

  it('takes no address, birth date, handles, websites or licence numbers', () => {
    const text = JSON.stringify(resume);
    for (const secret of ['rue des Lilas', '1986-04-02', 'camille_pm', 'camille.example.org', 'skype', '1234567', 'AWS-XYZ', '75011']) expect(text).not.toContain(secret);
  });

  it('leaves out a date it cannot read, with a warning that names the file, row and column', () => {
    const texts = { 'Positions.csv': 'Company Name,Title,Description,Location,Started On,Finished On\nAcme,PM,,,someday,\n' };
    const out = exportToResume(texts);
    expect((out.resume.work as object[])[0]).toEqual({ name: 'Acme', position: 'PM' });
    expect(out.warnings).toEqual([expect.objectContaining({ code: 'linkedin-date-unreadable', path: 'Positions.csv:2 Started On' })]);
  });

  it('reads a BOM, CRLF and blank lines', () => {
    const out = exportToResume(folderTexts('bom-crlf'));
    expect((out.resume.work as Record<string, string>[]).map((w) => w.position)).toEqual(['Projektleiter IT', 'IT-Projektmanager']);
    expect(out.origins.get('/work/1')).toBe('Positions.csv:5');
  });
});
