// npm run bench: start-up and per-résumé cost, as ratios against a baseline run side by side
// on the same machine (absolute times depend on the machine; the ratios are what to compare).
//
// 1. Start-up: `tpm-assess assess <sample> --format json` against `node -e 0`, run alternately.
// 2. Per-résumé work (the batch hot path): reading a résumé into a profile, and scoring it,
//    against JSON.parse of the same bytes.
// 3. Batch throughput through the binary: `tpm-assess batch` over NDJSON on stdin, against a
//    node script that reads the same lines and JSON.parses each one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../../bin/build.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 21);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(args, input) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', input, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

// 1. Start-up, alternating so that machine load affects both alike.
const cli = ['bin/tpm-assess.js', 'assess', 'fixtures/resumes/ana-beltran.json', '--format', 'json', '--as-of', '2026-11-01'];
const baseline = ['-e', '0'];
time(cli);
time(baseline);
const cliTimes = [];
const nodeTimes = [];
for (let i = 0; i < runs; i++) {
  cliTimes.push(time(cli));
  nodeTimes.push(time(baseline));
}
const cliMs = median(cliTimes);
const nodeMs = median(nodeTimes);
console.log(`start-up (median of ${runs}, alternating)`);
console.log(`  node -e 0                         ${nodeMs.toFixed(1)} ms`);
console.log(`  tpm-assess assess <sample> --json ${cliMs.toFixed(1)} ms`);
console.log(`  ratio                             ${(cliMs / nodeMs).toFixed(2)}x`);

// 2. The hot path, in process: the core modules bundled from src/ as the CLI bundles them.
const out = mkdtempSync(join(tmpdir(), 'tpm-bench-'));
try {
  await build({ ...bundleOptions, entryPoints: { core: join(root, 'test/bench/core.ts') }, outdir: out });
  const core = await import(pathToFileURL(join(out, 'core.js')).href);
  const corpus = [
    ...readdirSync(join(root, 'fixtures/resumes')).map((f) => join(root, 'fixtures/resumes', f)),
    ...readdirSync(join(root, 'fixtures/jsonresume/samples')).map((f) => join(root, '../shared/corpus/jsonresume/samples', f)),
  ].map((f) => readFileSync(f, 'utf8'));
  const texts = Array.from({ length: 3000 }, (_, i) => corpus[i % corpus.length]);
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const { vocab, rubric, asOf } = core.setUp();

  const measure = (fn) => {
    fn(); // warm up the JIT
    const samples = [];
    for (let r = 0; r < 7; r++) {
      const start = process.hrtime.bigint();
      fn();
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(samples);
  };
  const parseMs = measure(() => texts.forEach((t) => JSON.parse(t)));
  const readMs = measure(() => texts.forEach((t) => core.readResume(t, 'bench', vocab)));
  const scoreMs = measure(() => texts.forEach((t) => core.score(t, vocab, rubric, asOf)));
  console.log(`\nper-résumé work (${texts.length} résumés, ${(bytes / 1e6).toFixed(1)} MB, median of 7)`);
  console.log(`  JSON.parse                        ${parseMs.toFixed(1)} ms  (${Math.round(texts.length / (parseMs / 1000))} résumés/s)`);
  console.log(`  read into a profile               ${readMs.toFixed(1)} ms  ratio ${(readMs / parseMs).toFixed(1)}x JSON.parse`);
  console.log(`  read and score (tpm)              ${scoreMs.toFixed(1)} ms  ratio ${(scoreMs / parseMs).toFixed(1)}x JSON.parse, ${Math.round(texts.length / (scoreMs / 1000))} résumés/s`);

  // 3. Batch throughput, alternating with the baseline.
  const ndjson = texts.map((t) => JSON.stringify(JSON.parse(t))).join('\n') + '\n';
  const batch = ['bin/tpm-assess.js', 'batch', '--as-of', '2026-11-01'];
  const readOnly = ['-e', "let n=0;require('readline').createInterface({input:process.stdin}).on('line',l=>{if(l)JSON.parse(l),n++}).on('close',()=>process.stdout.write(n+'\\n'))"];
  const batchTimes = [];
  const readTimes = [];
  for (let i = 0; i < 5; i++) {
    batchTimes.push(time(batch, ndjson));
    readTimes.push(time(readOnly, ndjson));
  }
  const batchMs = median(batchTimes);
  const readOnlyMs = median(readTimes);
  console.log(`\nbatch through the binary (${texts.length} résumés as NDJSON on stdin, median of 5, alternating)`);
  console.log(`  node: read lines + JSON.parse     ${readOnlyMs.toFixed(1)} ms`);
  console.log(`  tpm-assess batch                  ${batchMs.toFixed(1)} ms  ratio ${(batchMs / readOnlyMs).toFixed(1)}x, ${Math.round(texts.length / (batchMs / 1000))} résumés/s`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
