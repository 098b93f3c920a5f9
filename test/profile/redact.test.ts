import { describe, expect, it } from 'vitest';
import { redactProfile, redactText } from '../../src/profile/redact.js';
import { aProfile } from '../support/builders.js';

describe('redactText', () => {
  it.each([
    ['Write to ana.beltran@example.com for references', 'Write to [redacted] for references'],
    ['Portfolio at https://ana.example.org/work and www.ana.dev', 'Portfolio at [redacted] and [redacted]'],
    ['github.com/ana-b has my code', '[redacted] has my code'],
    ['Call +33 6 55 55 55 55 or (555) 010-0199', 'Call [redacted] or [redacted]'],
  ])('takes the contact details out of %j', (text, redacted) => expect(redactText(text)).toBe(redacted));

  it.each(['Led delivery 2019 - 2021 for 3 clients', 'Managed a $1,200,000 budget and 12 engineers', 'Moved 1 200 000 records', 'PMP since 2017-06-01'])('leaves %j alone', (text) => {
    expect(redactText(text)).toBe(text);
  });
});

describe('redactProfile', () => {
  it('redacts every piece of evidence, and drops what came from the contact fields whole', () => {
    const profile = aProfile({
      remote: [
        { path: '/basics/location', text: '12 rue des Lilas, Paris' },
        { path: '/work/0/summary', text: 'Remote team; mail me at a@b.io' },
      ],
    });
    const redacted = redactProfile(profile);
    expect(redacted.remote).toEqual([
      { path: '/basics/location', text: '[redacted]' },
      { path: '/work/0/summary', text: 'Remote team; mail me at [redacted]' },
    ]);
    expect(redacted.name).toBe(profile.name);
  });
});
