#!/usr/bin/env node
import module from 'node:module';

// Node >= 22.1 keeps the compiled bundle in a code cache (in the OS temporary folder, or
// NODE_COMPILE_CACHE): later starts skip compiling it. Older Node, or no writable folder: none.
try {
  module.enableCompileCache?.();
} catch {
  // a start without the cache is only slower
}

const argv = process.argv.slice(2);
// stdin is opened only when read: process.stdin sets up a stream, which costs start-up time.
const io = {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signals: process,
};
// A plain `assess` takes the lean path (no commander, chalk or zod to load); it declines, before
// writing anything, whatever it does not handle, and the whole CLI runs.
const lean = argv[0] === 'assess' ? await (await import('../dist/fast.js')).fastAssess(argv, io) : null;
process.exitCode = lean ?? (await (await import('../dist/main.js')).main(argv, io));
