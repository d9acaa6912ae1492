import { describe, expect, it } from 'vitest';
import type { HomeCopies } from '@contract/home-file';
import { copiesFound, deletedMessage } from './homeCopiesWords';

const none: HomeCopies = {
  backups: 0,
  earlierFolders: 0,
  restoreCopies: 0,
  setAsides: 0,
  unreadable: [],
  folders: [],
  lastAgesOutOn: null,
  daysLeft: null,
};

describe('what deleting a home says about its copies', () => {
  it('names every kind of copy and the days left before the backups age out', () => {
    const copies = {
      ...none,
      backups: 2,
      earlierFolders: 1,
      restoreCopies: 1,
      setAsides: 1,
      lastAgesOutOn: '2027-11-30',
      daysLeft: 358,
    };
    expect(copiesFound('Oak House', copies)).toEqual([
      'Oak House is also in 2 backups, 1 backup in a folder used before, 1 copy a restore kept and 1 damaged data file set aside.',
      'Left as they are, the backups in the backup folder that hold it are deleted as newer ones replace them: the last within 358 days (by 30 November 2027), as long as Hallmarks takes a backup each month.',
      'The other copies stay until they are removed.',
    ]);
    expect(copiesFound('Oak House', none)).toEqual(['No backup or other copy holds Oak House.']);
  });

  it('says what was removed, and what could not be', () => {
    const outcome = { deletedName: 'Oak House', backupsFolder: '/b', backupsHoldingIt: 1, removedFrom: 4 };
    expect(deletedMessage({ ...outcome, copies: { ...none, unreadable: ['/d/h.sqlite.damaged-x'] } })).toBe(
      "Deleted Oak House from this computer's data. Removed it from 4 copies too. It is still in 1 copy that cannot be read. Delete these yourself if it must be gone: /d/h.sqlite.damaged-x.",
    );
    expect(
      deletedMessage({
        ...outcome,
        removedFrom: 0,
        copies: { ...none, backups: 3, daysLeft: 20, lastAgesOutOn: '2026-12-27' },
      }),
    ).toBe(
      "Deleted Oak House from this computer's data. It is still in 3 backups. The backups holding it age out within 20 days.",
    );
  });
});
