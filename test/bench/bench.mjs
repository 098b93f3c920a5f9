// npm run bench: tpm-assess's speed as ratios against baselines run side by side on the same
// machine, alternating, medians (absolute times depend on the machine and its load; the ratios
// are what to compare). Everything it needs is in the repository: the résumés come from the
// seeded generator (generate.mjs), the floors from floor.mjs.
//
// 1. Start-up: `tpm-assess assess <sample> --format json` against `node -e 0`.
// 2. Batch over 20,000 generated résumés on stdin against two floors: the bare floor (read,
//    JSON.parse, JSON.stringify, write) and the same-output floor (read, JSON.parse, write
//    the bytes tpm-assess writes for that record, replayed from a captured run).
// 3. Peak RSS of batch at 20,000 and at 100,000 résumés: flat memory means a ratio near 1.
// All of it again under Node 24 when one is found ($NODE24, or node_modules/node/bin/node).
//
// BENCH_RUNS (start-up runs, default 11), BENCH_BATCH_RUNS (default 3), BENCH_BIN (the
// bin/tpm-assess.cjs of another build), BENCH_LARGE=0 skips
// the 100,000 run.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeNdjson } from './generate.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 11);
const batchRuns = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const SMALL = 20_000;
const LARGE = process.env.BENCH_LARGE === '0' ? 0 : 100_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rssPreload = pathToFileURL(join(root, 'test/bench/rss.mjs')).href;
const floor = join(root, 'test/bench/floor.mjs');
// BENCH_BIN: another build's bin/tpm-assess.cjs, to compare builds with the same bench.
const tpm = process.env.BENCH_BIN ?? join(root, 'bin/tpm-assess.cjs');
const work = mkdtempSync(join(tmpdir(), 'tpm-bench-'));

/**
 * Runs `node args`, stdin from a file, stdout to a file (or /dev/null): wall time, and peak RSS
 * unless `rss: false`. Start-up is timed without the RSS preload: loading it is an ES module
 * import, which would add the same few milliseconds to both sides and flatter the ratio.
 */
function run(node, args, { stdin, stdout = '/dev/null', rss = true } = {}) {
  const rssFile = join(work, 'rss');
  rmSync(rssFile, { force: true });
  const input = stdin ? openSync(stdin, 'r') : 'ignore';
  const output = openSync(stdout, 'w');
  const start = process.hrtime.bigint();
  const r = spawnSync(node, rss ? ['--import', rssPreload, ...args] : args, { cwd: root, stdio: [input, output, 'pipe'], env: { ...process.env, BENCH_RSS_FILE: rssFile } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (typeof input === 'number') closeSync(input);
  closeSync(output);
  if (r.status !== 0) throw new Error(`${node} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, rssKiB: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : NaN };
}

/** Runs each subject in turn, `n` rounds, so that load changes affect all of them alike. */
function alternate(n, subjects, { warm = true } = {}) {
  const times = subjects.map(() => []);
  const rss = subjects.map(() => []);
  if (warm) subjects.forEach((s) => s()); // the file cache, the OS
  for (let i = 0; i < n; i++) {
    subjects.forEach((s, j) => {
      const r = s();
      times[j].push(r.ms);
      rss[j].push(r.rssKiB);
    });
  }
  return { ms: times.map(median), rssKiB: rss.map(median) };
}

const pad = (s, n) => s + ' '.repeat(Math.max(1, n - s.length));
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const mb = (kib) => `${(kib / 1024).toFixed(0)} MB`;

/**
 * The Node the bench measures first: the one on PATH outside node_modules/.bin, since npm run
 * puts the node@24 devDependency's `node` there, which would make this run Node 24 twice.
 */
function primaryNode() {
  if (!process.execPath.includes(`${sep}node_modules${sep}`)) return process.execPath;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir || dir.includes(`node_modules${sep}.bin`)) continue;
    const bin = join(dir, 'node');
    if (existsSync(bin)) return bin;
  }
  return process.execPath;
}

const version = (bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim().slice(1) ?? '';

function nodes() {
  const primary = primaryNode();
  const primaryVersion = version(primary);
  const found = [{ label: `Node ${primaryVersion}`, bin: primary }];
  const candidates = [process.env.NODE24, join(root, 'node_modules/node/bin/node')].filter(Boolean);
  const node24 = candidates.find((bin) => existsSync(bin) && version(bin).split('.')[0] === '24');
  const primaryIs24 = primaryVersion.split('.')[0] === '24';
  if (node24 && !primaryIs24) found.push({ label: `Node ${version(node24)}`, bin: node24 });
  return { found, missing24: !node24 && !primaryIs24 };
}

try {
  const small = join(work, 'small.ndjson');
  await writeNdjson(small, SMALL);
  const large = join(work, 'large.ndjson');
  if (LARGE) await writeNdjson(large, LARGE);
  const sample = ['assess', 'fixtures/resumes/ana-beltran.json', '--format', 'json', '--as-of', '2026-11-01'];
  const batch = ['batch', '--as-of', '2026-11-01'];
  const { found, missing24 } = nodes();
  console.log(`tpm-assess bench: ratios of medians, subjects alternating (${runs} start-up runs, ${batchRuns} batch runs)`);

  for (const { label, bin } of found) {
    console.log(`\n${label}`);
    const startup = alternate(runs, [() => run(bin, ['-e', '0'], { rss: false }), () => run(bin, [tpm, ...sample], { rss: false })]);
    console.log(`  start-up    ${pad('node -e 0', 42)}${startup.ms[0].toFixed(1)} ms`);
    console.log(`              ${pad('tpm-assess assess <sample> --format json', 42)}${startup.ms[1].toFixed(1)} ms  ${ratio(startup.ms[1], startup.ms[0])} of node -e 0`);

    // The same-output floor replays what tpm-assess writes, captured here once.
    const captured = join(work, 'captured.ndjson');
    run(bin, [tpm, ...batch], { stdin: small, stdout: captured });
    const replayed = join(work, 'replayed.ndjson');
    run(bin, [floor, 'same', captured], { stdin: small, stdout: replayed });
    if (!readFileSync(captured).equals(readFileSync(replayed))) throw new Error('the same-output floor does not write what tpm-assess writes');
    const b = alternate(batchRuns, [
      () => run(bin, [floor, 'bare'], { stdin: small }),
      () => run(bin, [floor, 'same', captured], { stdin: small }),
      () => run(bin, [tpm, ...batch], { stdin: small }),
    ], { warm: false }); // the capture runs above warmed it all
    const perSecond = (ms) => `${Math.round(SMALL / (ms / 1000))} résumés/s`;
    const [bare, same, ours] = b.ms;
    console.log(`  batch       ${pad(`bare floor (${SMALL} résumés)`, 42)}${bare.toFixed(0)} ms  ${perSecond(bare)}`);
    console.log(`              ${pad('same-output floor', 42)}${same.toFixed(0)} ms  ${perSecond(same)}`);
    console.log(`              ${pad('tpm-assess batch', 42)}${ours.toFixed(0)} ms  ${perSecond(ours)}`);
    console.log(`              throughput ${ratio(bare, ours)} of the bare floor, ${ratio(same, ours)} of the same-output floor`);
    if (LARGE) {
      const big = run(bin, [tpm, ...batch], { stdin: large });
      console.log(`  peak RSS    ${pad(`batch, ${SMALL} résumés`, 42)}${mb(b.rssKiB[2])}`);
      console.log(`              ${pad(`batch, ${LARGE} résumés`, 42)}${mb(big.rssKiB)}  ${ratio(big.rssKiB, b.rssKiB[2])} of ${SMALL}`);
    } else {
      console.log(`  peak RSS    ${pad(`batch, ${SMALL} résumés`, 42)}${mb(b.rssKiB[2])}  (BENCH_LARGE=0: no ${LARGE || 100_000} run)`);
    }
  }
  if (missing24) console.log('\nNode 24: not found (set NODE24 to a node 24 binary, or install the npm package node@24); skipped');
} finally {
  rmSync(work, { recursive: true, force: true });
}
