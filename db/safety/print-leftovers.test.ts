import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempFolder } from '../test-support/temp-folder';
import { printSnapshotsFolder, removePrintLeftovers } from './print-snapshots';

const tempFolder = useTempFolder();
const HOUR = 60 * 60_000;
const savedTmp = process.env.TMPDIR;

afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

/** A print folder as a print leaves it under the data folder, with its owner's process id if given. */
function printFolder(dataFile: string, name: string, owner?: number): string {
  const folder = path.join(printSnapshotsFolder(dataFile), name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'snapshot.sqlite'), 'a copy of every home');
  if (owner !== undefined) writeFileSync(path.join(folder, 'owner.pid'), String(owner));
  return folder;
}

describe('what prints left behind, cleared at the next start', () => {
  it('removes a print killed before it wrote its owner, and keeps this run’s own print', () => {
    const dataFile = path.join(tempFolder(), 'hallmarks.sqlite');
    const ownerless = printFolder(dataFile, 'print-a');
    const mine = printFolder(dataFile, 'print-b', process.pid);
    expect(removePrintLeftovers(dataFile)).toContain(ownerless);
    expect(existsSync(ownerless)).toBe(false);
    expect(existsSync(mine)).toBe(true);
  });

  it('removes an earlier version’s copies in the temp folder once an hour old, and nothing else there', () => {
    const temp = tempFolder();
    process.env.TMPDIR = temp;
    const dataFile = path.join(tempFolder(), 'hallmarks.sqlite');
    const old = path.join(temp, 'hallmarks-report-1');
    const another = path.join(temp, 'someone-elses-report-1');
    mkdirSync(old);
    mkdirSync(another);
    // Younger than an hour: a print of an earlier version may still be reading it.
    expect(removePrintLeftovers(dataFile, Date.now() + HOUR - 60_000)).toEqual([]);
    expect(existsSync(old)).toBe(true);
    expect(removePrintLeftovers(dataFile, Date.now() + HOUR + 60_000)).toEqual([old]);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(another)).toBe(true);
  });

  it('finds nothing to remove when no print was ever made from the data folder', () => {
    const temp = tempFolder();
    process.env.TMPDIR = temp;
    expect(removePrintLeftovers(path.join(tempFolder(), 'hallmarks.sqlite'))).toEqual([]);
  });
});
