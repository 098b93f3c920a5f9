#!/usr/bin/env node
'use strict';
// CommonJS on purpose: an ES module entry makes Node set up its ESM loader before the first line
// runs (resolve, link, evaluate), about 9-16 ms of a lean assess's ~125 ms start; the whole CLI,
// an ES module, is still loaded with import() when it is needed.
const nodeModule = require('node:module');
const { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

// Node >= 22.1 keeps the whole CLI's compiled modules in a code cache (in the OS temporary
// folder, or NODE_COMPILE_CACHE): later starts skip compiling them. Older Node, or no writable
// folder: none. The lean path keeps a cache of its own (leanPath below).
try {
  nodeModule.enableCompileCache?.();
} catch {
  // a start without the cache is only slower
}

const argv = process.argv.slice(2);
// The standard streams are made only when used: each sets up a stream (and loads the stream
// modules), which costs start-up time, and a lean assess writes to the descriptors instead.
const io = {
  get stdin() {
    return process.stdin;
  },
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  env: process.env,
  signals: process,
  fds: { stdout: 1, stderr: 2 },
};
// A plain `assess` takes the lean path (no commander, chalk or zod to load); it declines, before
// writing anything, whatever it does not handle, and the whole CLI runs.
//
// No V8 flags are set. The lean path once ran with V8's regex optimizer and tier-up off (each
// of its hundred-odd regexes compiled once rather than twice), but setting them needs node:v8,
// which loads Node's stream modules; once the lean path stopped making process.stdout, that
// load cost more than the flags saved (assess --format json, 61 runs alternating: Node 20
// 1.33x -> 1.30x of node -e 0 without them, Node 24 1.79x -> 1.75x). Turning them back on in a
// process had also crashed Node 24 about once in 130 runs.
async function run() {
  const lean = argv[0] === 'assess' ? await leanPath().fastAssess(argv, io) : null;
  process.exitCode = lean ?? (await (await import('../dist/main.js')).main(argv, io));
}
run();

// Loads dist/fast.cjs, the lean path of a plain `assess`: one CommonJS file, so nothing to
// resolve or link. A V8 code cache of it is kept in the user's cache folder ($XDG_CACHE_HOME
// or ~/.cache, then tpm-assess/), named by the Node version, the architecture and the bundle's
// own hash (its first line), written whole or not at all, and made again whenever V8 rejects
// it. No writable folder, or any error with the cache: the bundle is compiled as usual. On every
// Node version, Node 22.1's compile cache included: that one is made as soon as a module is
// compiled, so it holds only the code compiled eagerly, while this one is made when the run is
// over and holds every function the run compiled (Node 24: start-up 2.14x -> 1.85x of
// `node -e 0`).
//
// V8 checks a code cache's header (its version, flags and source), not its payload, and a
// damaged payload crashes the process (SIGSEGV) wherever the damaged code runs; a checksum of
// our own, in JavaScript or by a module that loads streams, would cost 3 to 11 ms, about what the
// cache saves (compiling the bundle: 9 to 11 ms without it, 3 to 4 with). So a run sets the cache
// aside (renames it, about 0.1 ms) while it uses it and puts it back when it ends: a run that
// dies leaves none, and the next makes a new one. Runs at the same time find none and make their
// own; either way every cache is whole.
function leanPath() {
  const bundle = join(__dirname, '../dist/fast.cjs');
  if (process.env.TPM_ASSESS_NO_CODE_CACHE) return require(bundle);
  const source = readFileSync(bundle, 'utf8');
  const id = /^\/\/ tpm-assess lean ([0-9a-f]{16})\n/.exec(source)?.[1];
  let cacheFile;
  let inUse;
  let cachedData;
  try {
    cacheFile = id && cachePath(id);
    if (cacheFile) {
      const aside = `${cacheFile}.${uniqueSuffix()}.inuse`;
      renameSync(cacheFile, aside);
      inUse = aside;
      cachedData = readFileSync(aside);
    }
  } catch {
    // not made yet, or taken by a run at the same time
  }
  const script = new vm.Script(nodeModule.wrap(source), { filename: bundle, cachedData });
  const exports = {};
  const m = { exports };
  script.runInThisContext().call(exports, exports, nodeModule.createRequire(bundle), m, bundle, dirname(bundle));
  if (cacheFile) {
    const remake = !cachedData || script.cachedDataRejected;
    // Once the run is over, so that a new cache holds the functions the run compiled too.
    process.once('exit', () => (remake ? writeCache(cacheFile, script, inUse) : putBack(inUse, cacheFile)));
  }
  return m.exports;
}

function cachePath(id) {
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'tpm-assess', `lean-${process.version}-${process.arch}-${id}.v8`);
}

/** A name part no other run uses, on this machine or another that shares the folder (pids repeat across containers). */
function uniqueSuffix() {
  return `${process.pid}.${Math.random().toString(36).slice(2)}`;
}

function putBack(inUse, file) {
  try {
    renameSync(inUse, file);
  } catch {
    // tidied away by a run that made a new one
  }
}

function writeCache(file, script, inUse) {
  const temp = `${file}.${uniqueSuffix()}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, script.createCachedData(), { flag: 'wx' });
    renameSync(temp, file);
    // This Node's caches of other builds (an upgrade, a rebuild) would only pile up, as would
    // what runs that died left set aside; other Node versions keep theirs.
    const dir = dirname(file);
    const mine = `lean-${process.version}-${process.arch}-`;
    for (const old of readdirSync(dir)) if (old.startsWith(mine) && join(dir, old) !== file) rmSync(join(dir, old), { force: true });
  } catch {
    // a read-only or missing home: no cache, only a slower start
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing to tidy
    }
  }
  try {
    if (inUse) rmSync(inUse, { force: true });
  } catch {
    // left for the next cache made to tidy
  }
}
