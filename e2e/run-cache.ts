import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Set by e2e/global-setup.ts: a folder that lives as long as one `playwright test` run. */
const RUN_FOLDER = 'HALLMARKS_E2E_RUN_CACHE';
const BUILD_TIMEOUT_MS = 180_000;

/** Resolves with the first of `files` that exists, watching their folder (no polling); rejects after `timeoutMs`. */
function firstToExist(files: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const found = files.find((file) => existsSync(file));
      if (found === undefined) return;
      clearTimeout(timer);
      watcher.close();
      resolve(found);
    };
    const watcher = watch(path.dirname(files[0]!), check);
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`Waited ${timeoutMs / 1000} s for another worker to write ${files[0]}`));
    }, timeoutMs);
    // Written before the watch started.
    check();
  });
}

/** Writes `text` to `file` whole or not at all: a waiting worker sees the file only once it is complete. */
function writeWhole(file: string, text: string): void {
  writeFileSync(`${file}.partial`, text);
  renameSync(`${file}.partial`, file);
}

/**
 * A data file built once per run and copied for each caller, with what the builder said about it (`T`,
 * JSON). The first worker to ask builds it; others wait for it. Each caller gets its own copy at
 * `target`, so a test may write to it without touching anyone else's.
 */
export async function copyOfBuiltOnce<T>(
  key: string,
  build: (file: string) => Promise<T>,
  target: string,
): Promise<T> {
  const runFolder = process.env[RUN_FOLDER];
  // Outside a configured run (a helper called on its own) there is nothing to share: build in place.
  if (!runFolder) return build(target);
  const slug = key.replace(/[^\w]+/g, '-');
  const file = path.join(runFolder, `${slug}.sqlite`);
  const facts = path.join(runFolder, `${slug}.json`);
  const failed = path.join(runFolder, `${slug}.failed`);
  let builder = false;
  try {
    mkdirSync(path.join(runFolder, `${slug}.lock`));
    builder = true;
  } catch {
    // Another worker holds the lock and is building it.
  }
  if (builder) {
    try {
      const building = path.join(runFolder, `${slug}.building.sqlite`);
      const result = await build(building);
      renameSync(building, file);
      // Written last, and whole, so a waiting worker that sees it can read it and copy the data file.
      writeWhole(facts, JSON.stringify(result ?? null));
    } catch (error) {
      writeWhole(failed, String(error instanceof Error ? error.stack : error));
      throw error;
    }
  } else {
    if ((await firstToExist([facts, failed], BUILD_TIMEOUT_MS)) === failed) {
      throw new Error(`Building ${key} failed in another worker:\n${readFileSync(failed, 'utf8')}`);
    }
  }
  copyFileSync(file, target);
  return JSON.parse(readFileSync(facts, 'utf8')) as T;
}

export { RUN_FOLDER };
