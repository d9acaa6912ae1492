import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../test-support/temp-folder';
import { createRotatingFile } from './rotating-file';

const tempFolder = useTempFolder();
const line = (n: number) => `${String(n).padStart(9, '0')}\n`; // 10 bytes

describe('createRotatingFile', () => {
  it('makes the folder and appends lines', () => {
    const file = path.join(tempFolder(), 'logs', 'hallmarks.log');
    const out = createRotatingFile({ file });
    out.write(line(1));
    out.write(line(2));
    expect(readFileSync(file, 'utf8')).toBe(line(1) + line(2));
  });

  it('starts a new file before a line would pass the size cap, keeping the older ones numbered', () => {
    const file = path.join(tempFolder(), 'hallmarks.log');
    const out = createRotatingFile({ file, maxBytes: 25, keep: 2 });
    for (let n = 1; n <= 7; n++) out.write(line(n));
    expect(readFileSync(file, 'utf8')).toBe(line(7));
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(line(5) + line(6));
    expect(readFileSync(`${file}.2`, 'utf8')).toBe(line(3) + line(4));
    // The oldest lines are dropped: the total stays bounded.
    expect(existsSync(`${file}.3`)).toBe(false);
  });

  it('writes exactly up to the cap before rotating', () => {
    const file = path.join(tempFolder(), 'hallmarks.log');
    const out = createRotatingFile({ file, maxBytes: 20, keep: 1 });
    out.write(line(1));
    out.write(line(2));
    expect(existsSync(`${file}.1`)).toBe(false);
    out.write(line(3));
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(line(1) + line(2));
    expect(readFileSync(file, 'utf8')).toBe(line(3));
  });

  it('counts what is already in the file when the app starts again', () => {
    const file = path.join(tempFolder(), 'hallmarks.log');
    writeFileSync(file, line(1) + line(2));
    createRotatingFile({ file, maxBytes: 25, keep: 1 }).write(line(3));
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(line(1) + line(2));
    expect(readFileSync(file, 'utf8')).toBe(line(3));
  });

  it('keeps a single line larger than the cap rather than losing it', () => {
    const file = path.join(tempFolder(), 'hallmarks.log');
    const out = createRotatingFile({ file, maxBytes: 5, keep: 1 });
    out.write(line(1));
    expect(readFileSync(file, 'utf8')).toBe(line(1));
    expect(existsSync(`${file}.1`)).toBe(false); // nothing to rotate away: the file was empty
  });

  it('keeps three older files by default', () => {
    const file = path.join(tempFolder(), 'hallmarks.log');
    const out = createRotatingFile({ file, maxBytes: 10 });
    for (let n = 1; n <= 6; n++) out.write(line(n));
    expect([1, 2, 3].map((i) => readFileSync(`${file}.${i}`, 'utf8'))).toEqual([line(5), line(4), line(3)]);
    expect(existsSync(`${file}.4`)).toBe(false);
  });

  it('measures the cap in bytes, not characters', () => {
    const file = path.join(tempFolder(), 'hallmarks.log');
    const out = createRotatingFile({ file, maxBytes: 12, keep: 1 });
    out.write('éééé\n'); // 9 bytes, 5 characters
    out.write('abcd\n');
    expect(readFileSync(`${file}.1`, 'utf8')).toBe('éééé\n');
  });
});
