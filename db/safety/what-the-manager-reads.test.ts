import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempFolder } from '../test-support/temp-folder';
import { backUpOrWarn } from './backup-warning';
import { cannotCreateFolder, cannotUseFile, StoreOpenError } from './open-errors';
import { listSetAsides, setAside, setAsideStrayJournals } from './set-asides';
import { londonTime } from './wording';

const tempFolder = useTempFolder();
const failing =
  (code: string, message = 'refused') =>
  () => {
    throw Object.assign(new Error(message), { code });
  };

describe('why the data file cannot be used, in words a manager can pass on', () => {
  it.each([
    ['ENOTDIR', 'a file is in the way where a folder should be'],
    ['EEXIST', 'a file is in the way where a folder should be'],
    ['ENOSPC', 'the disk is full'],
    ['SQLITE_FULL', 'the disk is full'],
    ['EROFS', 'the disk or folder is read-only'],
    ['SQLITE_READONLY_DIRECTORY', 'the disk or folder is read-only'],
    ['EACCES', 'this computer does not allow Hallmarks to use it'],
    ['EPERM', 'this computer does not allow Hallmarks to use it'],
    ['SQLITE_CANTOPEN', 'this computer does not allow Hallmarks to use it'],
    ['SQLITE_PERM', 'this computer does not allow Hallmarks to use it'],
    ['EBUSY', 'of an unexpected problem (refused)'],
  ])('%s: because %s', (code, because) => {
    const error = cannotUseFile('/data/hallmarks.sqlite', Object.assign(new Error('refused'), { code }));
    expect(error.message).toBe(
      `Hallmarks cannot open its data file /data/hallmarks.sqlite, because ${because}. Nothing in it has been changed. Ask whoever looks after your computers to check that you can read and change files there.`,
    );
    expect(error.kind).toBe('access');
  });

  it('gives the text of a problem thrown as something other than an Error, and is named when printed', () => {
    const error = cannotCreateFolder('/data', 'the network drive went away');
    expect(error.message).toBe(
      'Hallmarks could not create the folder /data to keep its data in, because of an unexpected problem (the network drive went away). Ask whoever looks after your computers to check that you can read and change files there.',
    );
    expect(error).toBeInstanceOf(StoreOpenError);
    expect(String(error)).toBe(`StoreOpenError: ${error.message}`);
  });
});

describe('when a backup was taken or a file set aside', () => {
  it('is told on the home’s clock, an hour ahead of UTC in summer', () => {
    expect(londonTime(new Date('2026-07-01T08:30:00Z'))).toBe('1 July 2026 at 09:30');
    expect(londonTime(new Date('2026-11-05T09:00:00Z'))).toBe('5 November 2026 at 09:00');
  });
});

describe('a start-up backup that fails', () => {
  it('is a warning naming which backup, why and what to do, and the data still opens', () => {
    const warnings: string[] = [];
    backUpOrWarn(warnings, 'before-upgrade', failing('ENOSPC'));
    backUpOrWarn(warnings, 'on-quit', failing('EROFS'));
    backUpOrWarn(warnings, 'activity', failing('EBUSY', 'the file is busy'));
    expect(warnings).toEqual([
      'Hallmarks could not take a backup before updating your data because the disk is full. Your data is safe and nothing was lost. Free some space on the disk (empty the recycle bin, or move large files elsewhere).',
      'Hallmarks could not take a backup on closing because the file or folder cannot be written to (it is read-only). Your data is safe and nothing was lost. Ask whoever looks after your computers to let you change files in that folder.',
      'Hallmarks could not take its regular backup because of an unexpected problem (the file is busy). Your data is safe and nothing was lost. Check that the backup folder can be written to.',
    ]);
  });

  it('adds no warning when the backup is taken', () => {
    const warnings: string[] = [];
    let taken = 0;
    backUpOrWarn(warnings, 'after-sign-off', () => (taken += 1));
    expect(taken).toBe(1);
    expect(warnings).toEqual([]);
  });
});

describe('damaged files moved aside', () => {
  it('are listed newest first, only this data file’s, and each keeps its journal files beside it', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'hallmarks.sqlite');
    writeFileSync(file, 'first');
    writeFileSync(`${file}-wal`, 'first journal');
    const older = setAside(file, new Date('2026-03-01T08:05:09.007Z'));
    expect(older).toBe(`${file}.damaged-2026-03-01T08-05-09-007Z`);
    expect(readFileSync(`${older}-wal`, 'utf8')).toBe('first journal');
    expect(existsSync(`${older}-shm`)).toBe(false);
    writeFileSync(file, 'second');
    writeFileSync(`${file}-shm`, 'second index');
    const newer = setAside(file, new Date('2026-11-20T10:00:00.000Z'));
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
    expect(readFileSync(`${newer}-shm`, 'utf8')).toBe('second index');
    // Set aside later but dated between them (a clock put right): listed by date, not by when made.
    writeFileSync(file, 'third');
    const between = setAside(file, new Date('2026-07-15T12:00:00.000Z'));
    // Neither another file's (one with a name just as long, too) nor a name that only looks like one.
    writeFileSync(path.join(folder, 'other.sqlite.damaged-2026-12-01T00-00-00-000Z'), '');
    writeFileSync(path.join(folder, 'otherdata.sqlite.damaged-2026-12-02T00-00-00-000Z'), '');
    writeFileSync(`${file}.damaged-yesterday`, '');
    expect(listSetAsides(file)).toEqual([
      { file: newer, at: new Date('2026-11-20T10:00:00.000Z') },
      { file: between, at: new Date('2026-07-15T12:00:00.000Z') },
      { file: older, at: new Date('2026-03-01T08:05:09.007Z') },
    ]);
    expect(readFileSync(newer, 'utf8')).toBe('second');
  });

  it('are none when the folder itself is gone', () => {
    expect(listSetAsides(path.join(tempFolder(), 'gone', 'hallmarks.sqlite'))).toEqual([]);
  });
});

describe('journal files left with no data file beside them', () => {
  it('are moved aside, never replayed or deleted, and left alone while the data file is there', () => {
    const folder = tempFolder();
    mkdirSync(folder, { recursive: true });
    const file = path.join(folder, 'hallmarks.sqlite');
    writeFileSync(`${file}-wal`, 'stray journal');
    writeFileSync(`${file}-shm`, 'stray index');
    setAsideStrayJournals(file, new Date('2026-11-20T10:00:00.000Z'));
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-shm`)).toBe(false);
    expect(readFileSync(`${file}.stray-2026-11-20T10-00-00-000Z-wal`, 'utf8')).toBe('stray journal');
    expect(readFileSync(`${file}.stray-2026-11-20T10-00-00-000Z-shm`, 'utf8')).toBe('stray index');

    writeFileSync(file, 'data');
    writeFileSync(`${file}-wal`, 'its own journal');
    setAsideStrayJournals(file, new Date('2026-11-21T10:00:00.000Z'));
    expect(readFileSync(`${file}-wal`, 'utf8')).toBe('its own journal');
  });
});
