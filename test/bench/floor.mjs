// The floors batch is measured against: the least a Node NDJSON filter can do, read by lines
// from stdin and written in 64 KiB chunks to stdout.
//   node floor.mjs bare            JSON.parse each line, JSON.stringify it back, write it
//   node floor.mjs same <captured> JSON.parse each line, write the captured tpm-assess output
//                                  line for that record: the same bytes, with no scoring
import { readFileSync } from 'node:fs';

const [mode, captured] = process.argv.slice(2);
const replay = mode === 'same' ? readFileSync(captured, 'utf8').split('\n') : null;
let index = 0;
let pending = '';
let out = '';

async function flush() {
  if (out && !process.stdout.write(out)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  out = '';
}

for await (const chunk of process.stdin.setEncoding('utf8')) {
  const lines = (pending + chunk).split('\n');
  pending = lines.pop();
  for (const line of lines) {
    if (!line) continue;
    const value = JSON.parse(line);
    out += replay ? replay[index] + '\n' : JSON.stringify(value) + '\n';
    index++;
  }
  if (out.length >= 1 << 16) await flush();
}
if (pending) {
  const value = JSON.parse(pending);
  out += replay ? replay[index] + '\n' : JSON.stringify(value) + '\n';
}
await flush();
