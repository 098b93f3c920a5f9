import { describe, expect, it } from 'vitest';
import { reportFileName } from '../../src/cli/reportDir.js';

describe('reportFileName', () => {
  it.each([
    ['candidates.ndjson', 3, 'markdown', 'candidates-0003.md'],
    ['<stdin>', 0, 'json', 'stdin-0000.json'],
    ['exports/2026/Q4 intake.json', 12345, 'html', 'Q4_intake-12345.html'],
    ['../../etc/passwd', 1, 'markdown', 'passwd-0001.md'],
    ['..', 2, 'markdown', 'record-0002.md'],
    ['.hidden.ndjson', 4, 'terminal', 'hidden-0004.txt'],
    ['-rf.ndjson', 5, 'markdown', 'rf-0005.md'],
    ['bell\u0007esc\u001b[31m\nnew\\line.ndjson', 6, 'markdown', 'bell_esc_31m_new_line-0006.md'],
    ['José Müller.ndjson', 7, 'markdown', 'José_Müller-0007.md'],
  ] as const)('%j record %i as %s: %s', (source, index, format, name) => {
    expect(reportFileName(source, index, format)).toBe(name);
  });

  it('never names a path, a hidden file or an over-long name, whatever the source', () => {
    for (const source of ['a/b/../../c', '/', '\u0000', 'x'.repeat(300), '....ndjson', 'C:\\evil\\name.json']) {
      const name = reportFileName(source, 9, 'markdown');
      expect(name).toMatch(/^[\p{L}\p{N}_][\p{L}\p{N}._-]*-0009\.md$/u);
      expect(name.length).toBeLessThanOrEqual(60 + '-0009.md'.length);
    }
  });
});
