import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempFolder } from '../test-support/temp-folder';
import { logFilePath } from './log-file';
import { log, setLogDestination, startLogging } from './logger';

const tempFolder = useTempFolder();
afterEach(() => setLogDestination(null));

let file = '';
function logTo(): () => Record<string, unknown>[] {
  file = logFilePath(tempFolder());
  startLogging({ file });
  return () =>
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('log', () => {
  it('writes one JSON line per event with its level, time and fields', () => {
    const lines = logTo();
    log.info('store_opened', { schemaVersion: 7, journalMode: 'wal' });
    log.warn('journal_mode_not_wal', { journalMode: 'delete' });
    const [first, second] = lines();
    expect(first).toMatchObject({
      level: 'info',
      event: 'store_opened',
      schemaVersion: 7,
      journalMode: 'wal',
    });
    expect(new Date(first!.time as string).toISOString()).toBe(first!.time);
    expect(second).toMatchObject({ level: 'warn', event: 'journal_mode_not_wal' });
  });

  it("never writes a person's name that an error message quotes", () => {
    const lines = logTo();
    const error = Object.assign(new Error('No home called Priya Sharma-Okafor was found'), {
      code: 'SQLITE_BUSY',
    });
    error.stack = `Error: No home called Priya Sharma-Okafor was found\n    at saveHome (C:\\Users\\Priya Sharma-Okafor\\Hallmarks\\resources\\main.cjs:10:5)\n    at C:\\Users\\priya.sharma\\app\\main.cjs:20:7`;
    log.error('operation_failed', { operation: 'homes.create', homeId: 3 }, error);
    expect(readFileSync(file, 'utf8')).not.toMatch(/priya|sharma|okafor|users/i);
    const [entry] = lines();
    expect(entry).toMatchObject({
      level: 'error',
      event: 'operation_failed',
      operation: 'homes.create',
      homeId: 3,
      error: { type: 'Error', code: 'SQLITE_BUSY', stack: ['saveHome (main.cjs:10:5)', 'main.cjs:20:7'] },
    });
  });

  it('redacts free text passed as a field or as the event name', () => {
    const lines = logTo();
    log.info('review saved for Jamie', { note: 'Jamie was upset today', homeId: 'home-1', count: 2 });
    const [entry] = lines();
    expect(JSON.stringify(entry)).not.toContain('Jamie');
    expect(entry).toMatchObject({ event: '[redacted]', note: '[redacted]', homeId: 'home-1', count: 2 });
  });

  it('stops writing when the destination is taken away', () => {
    const lines = logTo();
    log.info('first');
    setLogDestination(null);
    log.info('second');
    expect(lines().map((entry) => entry.event)).toEqual(['first']);
  });

  it('writes nothing before logging starts, and never throws when the file cannot be written', () => {
    expect(() => log.error('before_start')).not.toThrow();
    setLogDestination({
      write() {
        throw new Error('disk full');
      },
    });
    expect(() => log.error('disk_full')).not.toThrow();
  });
});
