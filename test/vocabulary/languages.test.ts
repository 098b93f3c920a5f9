import { describe, expect, it } from 'vitest';
import datesData from '../../rubrics/vocabulary/dates.yaml';
import { foldText } from '../../src/profile/readDate.js';
import { classifyEngagement } from '../../src/readers/text/engagement.js';
import { titleFamilies } from '../../src/readers/text/titleFamilies.js';
import { vocabulary } from '../../src/vocabulary/vocabulary.js';

const v = vocabulary();
const families = (title: string) => titleFamilies(title, v).sort();
const level = (text: string) => v.degreeLevelMatcher.values(text);
const fields = (text: string) => v.degreeFieldMatcher.values(text).sort();
const engagement = (summary: string, employer = '', title = 'Project Manager') =>
  classifyEngagement(
    {
      title: [{ path: '/work/0/position', text: title }],
      employer: employer ? [{ path: '/work/0/name', text: employer }] : [],
      body: [{ path: '/work/0/summary', text: summary }],
    },
    v,
  ).engagement;

describe('job titles, whatever their order and punctuation', () => {
  it.each([
    ['Director, Information Technology', ['it-management']],
    ['IT Director', ['it-management']],
    ['Manager, Network Operations', ['it-management']],
    ['Network Operations Manager', ['it-management']],
    ['Senior Manager, Network Operations', ['it-management']],
    ['Director of Information Technology', ['it-management']],
    ['Application Development Manager/Project Manager/Lead Developer', ['engineering', 'project-management']],
    ['Scrum Master - Project Manager', ['project-management', 'scrum-master']],
    ['Sr. Project Manager', ['project-management']],
    ['Project Management Intern', ['internship']],
  ])('%s -> %j', (title, expected) => {
    expect(families(title)).toEqual(expected);
  });

  it.each(['Stage Manager', 'Account Manager', 'Sales Director', 'Office Manager'])('does not give %s a delivery family', (title) => {
    expect(families(title).filter((f) => ['project-management', 'program-management', 'delivery-management', 'scrum-master'].includes(f))).toEqual([]);
  });
});

describe.each([
  ['French', ['Chef de projet', 'Cheffe de projet informatique', 'Directeur de projet', 'Responsable de projets', 'Chargée de projet'], ['Chef cuisinier', 'Responsable commercial', 'Directeur financier']],
  ['Spanish', ['Jefe de Proyectos TI', 'Jefa de proyecto', 'Gerente de Proyectos', 'Director de proyectos', 'Lider de proyecto'], ['Jefe de ventas', 'Gerente comercial', 'Director financiero']],
  ['German', ['Projektleiter', 'IT-Projektleiterin', 'Senior Projektmanager', 'Teilprojektleiter'], ['Vertriebsleiter', 'Abteilungsleiter Einkauf', 'Geschäftsführer']],
  ['Portuguese', ['Gerente de projetos', 'Coordenadora de projetos', 'Gestor de projetos de TI'], ['Gerente comercial', 'Coordenador de vendas']],
  ['Italian', ['Capo progetto', 'Responsabile di progetto', 'Project manager senior'], ['Responsabile commerciale', 'Capo reparto']],
])('project-management titles in %s', (_language, match, noMatch) => {
  it.each(match)('%s is project management', (title) => {
    expect(families(title)).toContain('project-management');
  });
  it.each(noMatch)('%s is not', (title) => {
    expect(families(title)).not.toContain('project-management');
  });
});

describe('Scrum, product and delivery titles in other languages', () => {
  it.each([
    ['Coach agile', 'scrum-master'],
    ['Agiler Coach', 'scrum-master'],
    ['Coach Ágil', 'scrum-master'],
    ['Chef de produit', 'product-management'],
    ['Gerente de producto', 'product-management'],
    ['Produktmanagerin', 'product-management'],
    ['Gerente de entregas', 'delivery-management'],
    ['Directeur de programme', 'program-management'],
    ['Responsable informatique', 'it-management'],
    ['Gerente de TI', 'it-management'],
  ])('%s -> %s', (title, family) => {
    expect(families(title)).toContain(family);
  });
  it.each(['Stagiaire chef de projet', 'Praktikant Projektmanagement', 'Becario de proyectos', 'Estagiário de projetos'])('%s is an internship only', (title) => {
    expect(families(title)).toEqual(['internship']);
  });
});

describe('degrees in other languages and abbreviations', () => {
  it.each([
    ['Licence', 'bachelor'],
    ['Licence professionnelle', 'bachelor'],
    ['Master', 'master'],
    ['DEA Informatique', 'master'],
    ['DESS', 'master'],
    ["Diplôme d'ingénieur", 'master'],
    ['Ingeniero de Software', 'bachelor'],
    ['Licenciatura', 'bachelor'],
    ['Grado en Ingeniería Informática', 'bachelor'],
    ['Máster', 'master'],
    ['Diplom-Ingenieur', 'master'],
    ['Dipl.-Ing.', 'master'],
    ['Laurea', 'bachelor'],
    ['Laurea magistrale', 'master'],
    ['Mestrado', 'master'],
    ['BSc.', 'bachelor'],
    ['B.Tech', 'bachelor'],
    ['M.Sc. Computer Sc.', 'master'],
    ['Software Engineer', 'bachelor'],
    ['Doctorat', 'doctorate'],
    ['Bac+5', 'master'],
    ['BTS', 'associate'],
    ['Abitur', 'secondary'],
    ['Diplom-Informatikerin (Univ.)', 'master'],
    ['Diplom-Kauffrau', 'master'],
  ])('%s is a degree at level %s', (text, expected) => {
    expect(level(text)).toContain(expected);
  });

  it.each([
    ['B.E.', 'Electronics and Communication'],
    ['B.Tech', 'Information Science'],
    ["Diplôme d'ingénieur", 'Génie des procédés'],
    ['Bachelor of Science', 'Electronics and Communication Engineering'],
  ])('%s in %s is a degree in engineering: the title or the area says so', (studyType, area) => {
    expect(v.degreeFieldMatcher.values(`${area} ${studyType}`)).toContain('engineering');
  });

  it.each(['formation React JS', 'Curso de Scrum', 'Diplomado en gestión de proyectos', 'Weiterbildung Projektmanagement', 'Corso di formazione', 'Certificate course', 'Coding bootcamp'])(
    '%s is training, not a degree',
    (text) => {
      expect(v.notDegreeMatcher.values(text)).not.toEqual([]);
      expect(level(text)).toEqual([]);
    },
  );

  it.each([
    ['Informatique', ['computer-science']],
    ['Chemical Eng.', ['engineering']],
    ['M.Sc. Computer Sc.', ['computer-science']],
    ['Networks and Telecommunications', ['information-technology']],
    ['Ingeniería de Sistemas', ['information-systems']],
    ['Ingeniero de Software', ['software-engineering']],
    ['Wirtschaftsinformatik', ['information-systems']],
    ['Gestión de proyectos', ['project-management']],
  ])('%s is in the field %j', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it.each(['Histoire', 'Derecho', 'Germanistik', 'Letras', 'Lettere'])('%s is no technical field', (text) => {
    expect(fields(text)).toEqual([]);
  });
});

describe('customer-facing cues in other languages', () => {
  it.each([
    ['French', 'Pilotage de projets pour des clients du secteur bancaire.', ''],
    ['French', 'Déploiement chez le client, recette et mise en production.', 'Capgemini (ESN)'],
    ['Spanish', 'Implantación de ERP para instituciones bancarias.', ''],
    ['Spanish', 'Gestión de proyectos para clientes del sector retail.', 'Consultoría'],
    ['German', 'Leitung von Kundenprojekten für Banken und Versicherungen.', ''],
    ['Portuguese', 'Gestão de projetos para clientes do setor financeiro.', ''],
    ['Italian', 'Gestione di progetti per clienti del settore bancario.', ''],
  ])('%s: %s is external', (_language, summary, employer) => {
    expect(engagement(summary, employer)).toBe('external');
  });

  it.each([
    ['French', 'Projets internes pour nos collaborateurs au siège.'],
    ['Spanish', 'Proyectos internos para nuestros empleados y sucursales.'],
    ['German', 'Interne Projekte für unsere Mitarbeiter an allen Standorten.'],
    ['Portuguese', 'Projetos internos para nossos colaboradores.'],
    ['Italian', 'Progetti interni per i nostri dipendenti nelle filiali.'],
  ])('%s: %s is internal', (_language, summary) => {
    expect(engagement(summary)).toBe('internal');
  });

  it.each(['Gestion de projets et suivi des délais.', 'Planificación y seguimiento de proyectos.', 'Projektplanung und Terminverfolgung.'])('%s says neither', (summary) => {
    expect(engagement(summary)).toBe('unclear');
  });
});

describe('dates.yaml', () => {
  it('never gives one month name two months, in any language', () => {
    const seen = new Map<string, number>();
    for (const { month, names } of (datesData as { months: { month: number; names: string[] }[] }).months) {
      for (const name of names) {
        const key = foldText(name);
        expect(seen.get(key) ?? month, `${name} names months ${seen.get(key)} and ${month}`).toBe(month);
        seen.set(key, month);
      }
    }
  });
});
