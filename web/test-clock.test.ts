import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../db/test-support/temp-folder';
import { clockFromEnvironment } from './test-clock';

const tempFolder = useTempFolder();

describe('the test clock', () => {
  it('is off unless the harness names a clock file', () => {
    expect(clockFromEnvironment({})).toBeUndefined();
  });

  it('reads the file on every call, and falls back to the real time when it is empty', () => {
    const file = path.join(tempFolder(), 'clock.txt');
    writeFileSync(file, '2026-06-30T23:30:00Z');
    const now = clockFromEnvironment({ HALLMARKS_TEST_CLOCK_FILE: file })!;
    expect(now().toISOString()).toBe('2026-06-30T23:30:00.000Z');
    writeFileSync(file, '2027-01-02T09:00:00Z');
    expect(now().toISOString()).toBe('2027-01-02T09:00:00.000Z');
    writeFileSync(file, '');
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(5_000);
  });
});
