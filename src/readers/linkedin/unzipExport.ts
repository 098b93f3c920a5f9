import { unzipSync } from 'fflate';
import type { Problem } from '../../problem.js';
import { exportFileOf, type ExportFile, type ExportTexts } from './exportFiles.js';

/** Bounds that no real export comes near (a member's files are a few hundred KB) but that stop a bomb. */
export const ZIP_LIMITS = { entries: 20_000, fileBytes: 64 * 1024 * 1024, totalBytes: 128 * 1024 * 1024 };


/**
 * The export files inside a ZIP, decompressed in memory: nothing is extracted to disk, so
 * no entry name is ever a path to write. Only the files tpm-assess reads are inflated, each
 * into a buffer of the size its header declares (inflation stops there), after every bound
 * is checked; an archive with an unsafe entry name, an encrypted entry or too many entries
 * is refused whole.
 */
export function unzipExport(bytes: Uint8Array, source: string, limits = ZIP_LIMITS): { texts: ExportTexts; problems: Problem[] } {
  const refuse = (message: string, hint: string) => ({ texts: {}, problems: [{ code: 'linkedin-zip-refused', message: `${source}: ${message}`, source, hint }] });
  const directory = readCentralDirectory(bytes);
  if (directory === null) return refuse('is not a readable ZIP archive', 'download the export from LinkedIn again');
  if (directory.length > limits.entries) return refuse(`holds ${directory.length} entries, more than an export has (${limits.entries})`, 'give the ZIP that LinkedIn sent');
  const unsafe = directory.find((e) => isUnsafeName(e.name));
  if (unsafe) return refuse(`has an entry with an unsafe name (${JSON.stringify(unsafe.name)})`, 'give the ZIP that LinkedIn sent; it never names files outside its folder');

  // The shallowest copy of each file counts: an export zipped again inside a folder still reads.
  const chosen = new Map<ExportFile, { name: string; depth: number }>();
  for (const entry of directory) {
    const file = exportFileOf(entry.name);
    if (file === null || entry.name.endsWith('/')) continue;
    if (entry.encrypted) return refuse(`${entry.name} is encrypted`, 'give the export as LinkedIn sent it, without a password');
    const depth = entry.name.split('/').length;
    const known = chosen.get(file);
    if (!known || depth < known.depth) chosen.set(file, { name: entry.name, depth });
  }
  const wanted = new Set([...chosen.values()].map((c) => c.name));
  let total = 0;
  let tooLarge: string | null = null;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!wanted.has(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > limits.fileBytes || total > limits.totalBytes) tooLarge ??= f.name;
        return tooLarge === null;
      },
    });
  } catch (error) {
    return refuse(`cannot be unpacked (${(error as Error).message})`, 'download the export from LinkedIn again');
  }
  if (tooLarge !== null) return refuse(`${tooLarge} unpacks to more than ${megabytes(limits.fileBytes)}, far more than an export holds`, 'give the ZIP that LinkedIn sent');
  const texts: ExportTexts = {};
  const decoder = new TextDecoder('utf-8');
  for (const [file, { name }] of chosen) if (files[name]) texts[file] = decoder.decode(files[name]);
  return { texts, problems: [] };
}

const megabytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes} bytes`);

/** Absolute names, drive letters and `..` segments: names a careless extractor would write outside its folder. */
function isUnsafeName(name: string): boolean {
  const n = name.replaceAll('\\', '/');
  return n.startsWith('/') || /^[A-Za-z]:/.test(n) || n.split('/').includes('..');
}

interface DirectoryEntry {
  name: string;
  encrypted: boolean;
}

/**
 * The central directory's names and encryption flags (APPNOTE 4.3.12), which fflate does not
 * expose. null when there is no end-of-central-directory record where the format puts it.
 */
function readCentralDirectory(bytes: Uint8Array): DirectoryEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  // A ZIP64 archive keeps the real values elsewhere; leave it to fflate, which reads ZIP64.
  if (count === 0xffff || offset === 0xffffffff) return [];
  const entries: DirectoryEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    entries.push({ name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)), encrypted: (flags & 1) === 1 });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
