import { OutputFile } from './OutputFile.js';

export { checkWritable } from './OutputFile.js';

/** Writes a whole report to --output: all of it or nothing (see OutputFile for special files). */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const file = await OutputFile.open(path);
  try {
    await file.write(text);
    await file.commit();
  } finally {
    await file.abort();
  }
}
