import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { canMakeReadOnly, canMakeUnreadable, useReadOnlyFolders } from '../test-support/read-only';
import { openRefusal } from '../test-support/refusal';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const makeReadOnly = useReadOnlyFolders();

const refusal = (file: string) => openRefusal(file);

function existingData() {
  const folder = path.join(tempFolder(), 'data');
  mkdirSync(folder);
  const file = path.join(folder, 'hallmarks.sqlite');
  openStore({ file, appVersion: 't' }).close();
  return { folder, file };
}

describe('read-only and unreadable data (defect 4)', () => {
  it.skipIf(!canMakeReadOnly)('explains a read-only folder holding the data file', () => {
    const { folder, file } = existingData();
    makeReadOnly(folder);
    const error = refusal(file);
    expect(error.kind).toBe('access');
    expect(error.message).toMatch(/read-only|does not allow/);
    expect(error.message).toMatch(/whoever looks after your computers/);
  });

  it.skipIf(!canMakeReadOnly)('explains a read-only folder where a new data file would go', () => {
    const folder = path.join(tempFolder(), 'empty');
    mkdirSync(folder);
    makeReadOnly(folder);
    expect(refusal(path.join(folder, 'hallmarks.sqlite')).kind).toBe('access');
  });

  it.skipIf(!canMakeUnreadable)(
    'explains a file it may not read (skipped as root, whom permissions do not stop)',
    () => {
      const { file } = existingData();
      chmodSync(file, 0o000);
      const error = refusal(file);
      chmodSync(file, 0o644);
      expect(error.kind).toBe('access');
      expect(error.message).toMatch(/does not allow/);
    },
  );
});
