import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBackup } from '../db/backups/backups';
import { openStore } from '../db/store';
import { useTempFolder } from '../db/test-support/temp-folder';
import { openDataOrOfferRestore } from './open-data';

const tempFolder = useTempFolder();

function damagedWithBackup() {
  const file = path.join(tempFolder(), 'hallmarks.sqlite');
  const store = openStore({ file, appVersion: 't' });
  store.handlers['homes.create']({ name: 'Safe', urn: null, registeredManager: null, places: 1 });
  createBackup(store.db, store.backupsDir, 'manual');
  store.close();
  writeFileSync(file, randomBytes(8192));
  return {
    file,
    open: (startEmpty = false) => openStore({ file, appVersion: 't', startEmptyAfterSetAside: startEmpty }),
  };
}

describe('openDataOrOfferRestore', () => {
  it('restores the newest backup when the manager agrees', () => {
    const { file, open } = damagedWithBackup();
    const dialog = { showMessageBoxSync: vi.fn(() => 0) };
    const store = openDataOrOfferRestore(open, file, dialog)!;
    expect(dialog.showMessageBoxSync).toHaveBeenCalledOnce();
    expect(store.handlers['homes.list']({}).map((h) => h.name)).toEqual(['Safe']);
    store.close();
  });

  it('returns null, restoring nothing, when the manager chooses to quit', () => {
    const { file, open } = damagedWithBackup();
    expect(openDataOrOfferRestore(open, file, { showMessageBoxSync: () => 1 })).toBeNull();
  });

  it('offers the restore again on the next start after "Quit", never opening an empty database', () => {
    const { file, open } = damagedWithBackup();
    expect(openDataOrOfferRestore(open, file, { showMessageBoxSync: () => 1 })).toBeNull();
    const dialog = { showMessageBoxSync: vi.fn(() => 0) };
    const store = openDataOrOfferRestore(open, file, dialog)!;
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringMatching(/moved aside/) as string }),
    );
    expect(store.handlers['homes.list']({}).map((h) => h.name)).toEqual(['Safe']);
    store.close();
  });

  it('starts with no data only when the manager chooses that', () => {
    const { file, open } = damagedWithBackup();
    expect(openDataOrOfferRestore(open, file, { showMessageBoxSync: () => 1 })).toBeNull();
    const store = openDataOrOfferRestore(open, file, { showMessageBoxSync: () => 1 })!;
    expect(store.handlers['homes.list']({})).toEqual([]);
    store.close();
  });

  it('passes other errors on unchanged', () => {
    const boom = new Error('disk full');
    expect(() =>
      openDataOrOfferRestore(
        () => {
          throw boom;
        },
        'x',
        { showMessageBoxSync: () => 0 },
      ),
    ).toThrow(boom);
  });
});
