import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';

const resume = JSON.stringify({
  basics: { name: 'Ana Example', email: 'ana@example.com', summary: 'Scrum and Jira project manager; write to ana.private@example.net or call +44 20 7946 0958, see https://ana.example.org' },
  work: [{ name: 'Acme', position: 'Project Manager', startDate: '2015-01', summary: 'Ran Agile delivery with Jira and Confluence. Portfolio: www.ana-projects.example.com' }],
});
const secrets = ['ana.private@example.net', '+44 20 7946 0958', 'https://ana.example.org', 'www.ana-projects.example.com'];

describe('--redact (the built binary)', () => {
  it.each(['terminal', 'json', 'markdown', 'html'])('leaves contact details out of the %s report', (format) => {
    const args = ['assess', '-', '--format', format, '--as-of', '2026-11-01'];
    const plain = runCli(args, { input: resume });
    const redacted = runCli([...args, '--redact'], { input: resume });
    expect(plain.code).toBe(0);
    expect(redacted.code).toBe(0);
    // Without --redact the evidence quotes them: the check below can fail.
    expect(secrets.some((s) => plain.stdout.includes(s))).toBe(true);
    for (const s of secrets) expect(redacted.stdout).not.toContain(s);
    expect(redacted.stdout).toMatch(/\\?\[redacted\\?\]/);
  });

  it('leaves them out of batch lines too', () => {
    const r = runCli(['batch', '-', '--redact', '--as-of', '2026-11-01'], { input: resume + '\n' });
    for (const s of secrets) expect(r.stdout).not.toContain(s);
    expect(JSON.parse(r.stdout.split('\n')[0]!).candidate.name).toBe('Ana Example');
  });
});
