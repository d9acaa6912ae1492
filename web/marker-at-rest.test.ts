import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../contract/dispatch';
import type { Handlers } from '../contract/operations';
import { currentFramework } from '../db/framework';
import { keyOfExistingFile } from '../db/encryption/unlock';
import { logFilePath } from '../db/log/log-file';
import { log, setLogDestination, startLogging } from '../db/log/logger';
import { makePrintSnapshot } from '../db/safety/print-snapshots';
import { useTempFolder } from '../db/test-support/temp-folder';
import { startWebServer, type WebServer } from './server';

const tempFolder = useTempFolder();
const MARKER = 'ZQXJ-marker-7731';
const encryption = { passphrase: 'correct horse battery', scrypt: { N: 1024, r: 8, p: 1 } };
const KEY = 'k'.repeat(32);

const saved = { SQLITE_TMPDIR: process.env.SQLITE_TMPDIR, TMPDIR: process.env.TMPDIR };
let server: WebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
  setLogDestination(null);
  for (const [name, value] of Object.entries(saved))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

/** Every file under `folder` holding the marker as UTF-8 or UTF-16 (either byte order). */
function filesHolding(folder: string): string[] {
  const forms = [
    Buffer.from(MARKER),
    Buffer.from(MARKER, 'utf16le'),
    Buffer.from(MARKER, 'utf16le').swap16(),
  ];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => forms.some((form) => readFileSync(file).includes(form)));
}

async function call<T>(name: string, input: unknown): Promise<{ ok: boolean; value?: T }> {
  const response = await fetch(`${server!.origin}/api/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: server!.origin, 'X-Hallmarks-Key': KEY },
    body: JSON.stringify({ name, input }),
  });
  return (await response.json()) as { ok: boolean; value?: T };
}

describe('no file the app writes holds a home’s text in clear', { timeout: 60_000 }, () => {
  it('not the data, journals, backups, exports, print snapshots, logs or temporary files', async () => {
    const folder = tempFolder();
    // The app's own temporary files, SQLite's included, go where this test can search them.
    const temporary = path.join(folder, 'tmp');
    mkdirSync(temporary);
    process.env.SQLITE_TMPDIR = temporary;
    process.env.TMPDIR = temporary;
    const logFile = startLogging({ file: logFilePath(folder) });
    const rendererDir = path.join(folder, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Hallmarks</title>');
    const dbFile = path.join(folder, 'hallmarks.sqlite');
    server = await startWebServer({ dbFile, rendererDir, appVersion: 'test', key: KEY, encryption });

    const home = (
      await call<{ id: number }>('homes.create', {
        name: `Home ${MARKER}`,
        urn: null,
        registeredManager: `Manager ${MARKER}`,
        places: 3,
      })
    ).value!;
    const review = (await call<{ id: number }>('reviews.start', { homeId: home.id, quarter: '2026-Q3' }))
      .value!;
    await call('reviews.saveIndicator', {
      reviewId: review.id,
      indicatorKey: currentFramework.domains[0]!.indicators[0]!.key,
      rating: 3,
      note: `Evidence ${MARKER} ${'from the house meeting. '.repeat(2000)}`,
      sources: [],
      otherSource: `Other ${MARKER}`,
      discuss: false,
    });
    await call('reviews.saveSummary', {
      reviewId: review.id,
      strengths: `Strengths ${MARKER}`,
      improvements: `To improve ${MARKER}`,
      overall: 2,
    });
    // Refused requests that quote the marker back.
    expect((await call('homes.delete', { id: home.id, confirmName: `Not ${MARKER}` })).ok).toBe(false);
    expect(
      (await call('homes.create', { name: MARKER.repeat(20), urn: null, registeredManager: null, places: 3 }))
        .ok,
    ).toBe(false);
    // A failure nobody expected, whose message quotes the marker: logged as both transports log it.
    const failing = {
      'homes.list': () => {
        throw new Error(`Unexpected ${MARKER}`);
      },
    } as unknown as Handlers;
    await dispatch(failing, 'homes.list', {}, (error) =>
      log.error('operation_failed', { operation: 'homes.list' }, error),
    );
    expect((await call('backups.create', {})).ok).toBe(true);
    const exported = (
      await call<{ text: string; fileName: string }>('homes.export', {
        id: home.id,
        passphrase: 'a passphrase for the file',
      })
    ).value!;
    mkdirSync(path.join(folder, 'exports'));
    writeFileSync(path.join(folder, 'exports', exported.fileName), exported.text);
    // A print's snapshot, as a killed print would leave it.
    const key = keyOfExistingFile(dbFile, path.join(folder, 'backups'), encryption);
    await makePrintSnapshot(dbFile, key);

    expect(readdirSync(folder)).toEqual(
      expect.arrayContaining(['hallmarks.sqlite-wal', 'print-snapshots', 'exports', 'backups']),
    );
    expect(existsSync(logFile) && statSync(logFile).size > 0).toBe(true);
    expect(readFileSync(logFile, 'utf8')).toContain('operation_failed');
    expect(filesHolding(folder)).toEqual([]);
    await server.close();
    server = null;
    expect(filesHolding(folder)).toEqual([]);
    // The search finds the marker where it is.
    writeFileSync(path.join(temporary, 'probe'), Buffer.from(MARKER, 'utf16le').swap16());
    expect(filesHolding(folder)).toEqual([path.join(temporary, 'probe')]);
  });
});
