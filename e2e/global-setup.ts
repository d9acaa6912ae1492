import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RUN_FOLDER } from './run-cache';

/**
 * One folder for this run's shared data files (e2e/run-cache.ts): the reflow situations and the sample
 * home are each built once and copied per test. Workers inherit the variable; the folder goes at the end.
 */
export default function globalSetup(): () => void {
  const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-e2e-run-'));
  process.env[RUN_FOLDER] = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
