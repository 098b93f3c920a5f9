import { describe, expect, it } from 'vitest';
import { commandsWithHelpEnds } from '../../src/cli/helpText.js';
import { runCli } from '../support/runCli.js';

// Every command's --help, as a user sees it (the built binary, 80 columns as when piped), pinned
// by a snapshot: a change to the help is a change to review. Update with `npx vitest -u`.
const help = (path: string) => runCli([...path.split(' ').filter((w) => w !== 'tpm-assess'), '--help']);

/** The commands a help page lists, read off its "Commands:" block. */
function listedCommands(text: string): string[] {
  const block = text.split('\nCommands:\n')[1]?.split('\n\n')[0] ?? '';
  return block
    .split('\n')
    .filter((line) => /^ {2}\S/.test(line))
    .map((line) => line.trim().split(/\s+/)[0]!)
    .filter((name) => name !== 'help');
}

describe('--help', () => {
  it('has examples and exit codes for every command there is, and for no other', () => {
    const top = listedCommands(help('tpm-assess').stdout);
    const rubrics = listedCommands(help('rubrics').stdout).map((c) => `rubrics ${c}`);
    // `rubrics` alone only lists its subcommands.
    const all = ['tpm-assess', ...top.filter((c) => c !== 'rubrics'), ...rubrics].sort();
    expect([...commandsWithHelpEnds].sort()).toEqual(all);
  });

  for (const path of commandsWithHelpEnds) {
    it(`${path}: ends with examples and exit codes, and matches its snapshot`, async () => {
      const run = help(path);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/\nExamples:\n( {2}# .+\n {2}.+\n)+\nExit codes:\n( {2}\d.*\n)+$/);
      await expect(run.stdout).toMatchFileSnapshot(`__help__/${path.replace(/ /g, '-')}.txt`);
    });

    it(`${path}: every option in its examples is one of its own`, () => {
      const text = help(path).stdout;
      const own = new Set([...text.split('\nExamples:')[0]!.matchAll(/(?:^|[\s,])(--?[a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
      const examples = text.split('\nExamples:\n')[1]!.split('\n\nExit codes:')[0]!;
      const commands = examples.split('\n').filter((line) => !line.trimStart().startsWith('#'));
      for (const line of commands) {
        // The part after this command's own name: what it parses (a pipe's left side is another program).
        const own_part = line.split('|').pop()!;
        if (!own_part.includes(`tpm-assess ${path === 'tpm-assess' ? '' : path}`.trim())) continue;
        for (const flag of own_part.match(/\s(--?[a-zA-Z][\w-]*)/g) ?? []) {
          const name = flag.trim();
          // -h, --help and -v, --version are the program's; --no-color is commander's negation of --color.
          expect(own.has(name) || (path === 'tpm-assess' && ['--format', '--min-score'].includes(name)), `${line}: ${name}`).toBe(true);
        }
      }
    });
  }

  it('the top-level help says what tpm-assess does with no command', () => {
    const text = help('tpm-assess').stdout;
    expect(text).toMatch(/With no command: in a terminal, the interview/);
    expect(text).toMatch(/piped on stdin, it is scored like tpm-assess\s+assess -/);
  });
});
