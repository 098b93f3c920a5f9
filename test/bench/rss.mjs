// Preloaded by the bench (node --import) into every process it times: writes the process's peak
// resident set size in KiB to $BENCH_RSS_FILE on exit, the same way for tpm-assess and floors.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
