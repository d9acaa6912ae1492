import { randomBytes } from 'node:crypto';
import { rm, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { PRIVATE_FILE } from '../../db/private-files';

/**
 * Writes `data` to `file` through a temporary name in the same folder, then renames it into place: a
 * failure part-way leaves the old file (or none), never half a PDF. A report holds children's details, so
 * like every file Hallmarks writes it is readable by this account only (private-files.ts), also when it
 * replaces a file that others could read.
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
    await writeFile(temporary, typeof data === 'function' ? await data() : data, {
      flag: 'wx',
      mode: PRIVATE_FILE,
    });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
