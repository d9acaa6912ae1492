import { randomBytes } from 'node:crypto';
import { rm, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `data` to `file` through a temporary name in the same folder, then renames it into place: a
 * failure part-way leaves the old file (or none), never half a PDF.
 */
export async function writeFileAtomically(
  file: string,
  data: Uint8Array | string | (() => Promise<Uint8Array | string>),
): Promise<void> {
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.partial`,
  );
  try {
    await writeFile(temporary, typeof data === 'function' ? await data() : data, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
