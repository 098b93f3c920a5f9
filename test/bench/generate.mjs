// Seeded résumé generator for the bench: the same seed gives the same NDJSON, byte for byte,
// on any machine, so runs and branches are compared on the same input. The résumés vary the
// way the corpus does (titles, employers, dates, highlights with numbers, certificates, skills
// as objects or plain names, partial dates, current jobs) so that no one code path is favoured.
//
//   node test/bench/generate.mjs 20000 [seed] > candidates.ndjson
import { createWriteStream } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** mulberry32: small, fast and good enough to vary test data; not for anything secret. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ana', 'Marco', 'Priya', 'Kenji', 'Fatima', 'Lukas', 'Sofia', 'Daniel', 'Aisha', 'Tomás', 'Mei', 'Oliver', 'Zanele', 'Ines', 'Rahul', 'Elena'];
const LAST = ['Beltrán', 'Ruiz', 'Natarajan', 'Sato', 'Haddad', 'Becker', 'Rossi', 'Okafor', 'Kowalski', 'Nguyen', 'Silva', 'Murphy', 'Dlamini', 'Costa', 'Mehta', 'Ivanova'];
const CITIES = [['Valencia', 'ES'], ['Berlin', 'DE'], ['Austin', 'US'], ['Toronto', 'CA'], ['Pune', 'IN'], ['Lagos', 'NG'], ['Osaka', 'JP'], ['Dublin', 'IE']];
const TITLES = [
  'Technical Project Manager', 'Senior Technical Program Manager', 'Project Manager', 'Program Manager', 'Scrum Master',
  'Agile Delivery Manager', 'Software Engineer', 'Senior Software Engineer', 'DevOps Engineer', 'Engineering Manager',
  'Business Analyst', 'IT Project Coordinator', 'Product Manager', 'Infrastructure Project Manager', 'QA Analyst', 'Consultant',
];
const EMPLOYERS = ['Quantia Software', 'Levante Telecom', 'Northwind Cloud', 'Acme Logistics', 'Blue Harbor Bank', 'Helix Health', 'Orbit Games', 'Civic Data Lab', 'Kestrel Consulting', 'Pioneer Energy'];
const DESCRIPTIONS = ['Professional services arm of a B2B software vendor', 'Internal IT for a retail group', 'Consultancy for public-sector clients', 'SaaS platform team', ''];
const SUMMARIES = [
  'Lead client implementations of our platform for external customers under fixed-price statements of work.',
  'Ran the internal tooling roadmap for the operations team.',
  'Coordinated releases across five product teams.',
  'Built network provisioning services in Java for the internal operations team.',
  'Owned delivery of data-centre migrations for enterprise clients.',
];
const HIGHLIGHTS = [
  (n) => `Delivered ${n} customer deployments on time and within budget`,
  (n) => `Managed a $${n}.${n % 10}M portfolio budget`,
  (n) => `Led a cross-functional team of ${n} engineers across three time zones`,
  () => 'Owned project schedules, risk registers and weekly status reports to client steering committees',
  () => 'Migrated two clients\u2019 on-premise installations to AWS cloud',
  (n) => `Cut release lead time by ${n}% with a Kanban flow and CI pipelines`,
  () => 'Facilitated sprint planning, retrospectives and backlog refinement with Jira',
  () => 'Mentored two junior developers',
  (n) => `Negotiated ${n} vendor contracts and managed SLAs`,
  () => 'Automated VLAN and firewall change requests',
];
const DEGREES = [['Bachelor of Engineering', 'Computer Science'], ['BSc', 'Information Systems'], ['Master of Business Administration', 'Business'], ['MSc', 'Software Engineering'], ['Diploma', 'Project Management'], ['Bootcamp', 'Web Development']];
const CERTS = [['Project Management Professional (PMP)', 'PMI'], ['Professional Scrum Master I', 'Scrum.org'], ['Certified ScrumMaster', 'Scrum Alliance'], ['PRINCE2 Practitioner', 'AXELOS'], ['AWS Certified Solutions Architect', 'Amazon'], ['CAPM', 'PMI']];
const SKILLS = ['Jira', 'Confluence', 'MS Project', 'Scrum', 'Kanban', 'Waterfall', 'Risk management', 'Budgeting', 'Stakeholder management', 'AWS', 'Terraform', 'Python', 'SQL'];

/** One résumé as a plain object; `i` makes names unique so that no two records are alike. */
export function resume(rnd, i) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const date = (year, month, precision) => (precision === 0 ? String(year) : precision === 1 ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`);
  const [city, countryCode] = pick(CITIES);
  const name = `${pick(FIRST)} ${pick(LAST)} ${i}`;
  const jobs = int(1, 5);
  let year = 2026 - int(0, 2);
  let month = int(1, 12);
  const work = [];
  for (let j = 0; j < jobs; j++) {
    const months = int(6, 72);
    const endYear = year;
    const endMonth = month;
    const total = year * 12 + (month - 1) - months;
    year = Math.floor(total / 12);
    month = (total % 12) + 1;
    const precision = rnd() < 0.7 ? 1 : rnd() < 0.5 ? 0 : 2;
    const job = { name: pick(EMPLOYERS), position: pick(TITLES), startDate: date(year, month, precision) };
    if (j > 0 || rnd() < 0.4) job.endDate = date(endYear, endMonth, precision);
    else if (rnd() < 0.2) job.endDate = 'Present';
    const description = pick(DESCRIPTIONS);
    if (description) job.description = description;
    if (rnd() < 0.8) job.summary = pick(SUMMARIES);
    const highlights = Array.from({ length: int(0, 5) }, () => pick(HIGHLIGHTS)(int(2, 40)));
    if (highlights.length) job.highlights = highlights;
    work.push(job);
    const gap = int(0, 6);
    const before = year * 12 + (month - 1) - gap;
    year = Math.floor(before / 12);
    month = (before % 12) + 1;
  }
  const out = {
    basics: { name, label: work[0].position, email: `candidate${i}@example.com`, summary: `${work[0].position} with ${int(2, 20)} years in software delivery.`, location: { city, countryCode } },
    work,
  };
  if (rnd() < 0.85) {
    const [studyType, area] = pick(DEGREES);
    const end = year - int(0, 2);
    out.education = [{ institution: `University of ${city}`, area, studyType, startDate: String(end - 4), endDate: String(end) }];
  }
  const certs = Array.from({ length: int(0, 3) }, () => pick(CERTS));
  if (certs.length) out.certificates = certs.map(([cert, issuer]) => (rnd() < 0.2 ? cert : { name: cert, date: date(int(2012, 2025), int(1, 12), 2), issuer }));
  const skills = Array.from({ length: int(0, 6) }, () => pick(SKILLS));
  if (skills.length) out.skills = rnd() < 0.5 ? skills : [{ name: 'Tools', keywords: skills }];
  return out;
}

/** `count` résumés as NDJSON lines (each ending in "\n"), generated lazily. */
export function* ndjsonLines(count, seed = 14) {
  const rnd = random(seed);
  for (let i = 0; i < count; i++) yield JSON.stringify(resume(rnd, i)) + '\n';
}

/** Writes `count` résumés to `path`; resolves when the file is complete. */
export async function writeNdjson(path, count, seed = 14) {
  const out = createWriteStream(path);
  let chunk = '';
  for (const line of ndjsonLines(count, seed)) {
    chunk += line;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
      chunk = '';
    }
  }
  await new Promise((resolve, reject) => out.end(chunk, (error) => (error ? reject(error) : resolve())));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const count = Number(process.argv[2] ?? 20000);
  const seed = Number(process.argv[3] ?? 14);
  for (const line of ndjsonLines(count, seed)) process.stdout.write(line);
}
