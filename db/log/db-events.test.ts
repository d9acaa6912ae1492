import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openConnection } from '../connection';
import { migrate } from '../migrate';
import { migrations } from '../migrations';
import { useTempFolder } from '../test-support/temp-folder';
import { log } from './logger';

const tempFolder = useTempFolder();
afterEach(() => vi.restoreAllMocks());

describe('what db/ writes to the log', () => {
  it('warns when the live database cannot use WAL, and not for a normal file', () => {
    const warn = vi.spyOn(log, 'warn');
    openConnection(path.join(tempFolder(), 'ok.sqlite')).db.close();
    expect(warn).not.toHaveBeenCalled();
    openConnection(':memory:').db.close();
    expect(warn).toHaveBeenCalledWith('journal_mode_not_wal', { journalMode: 'memory' });
  });

  it('records the schema versions a migration moved between, and nothing when there was none', () => {
    const info = vi.spyOn(log, 'info');
    const { db } = openConnection(path.join(tempFolder(), 'm.sqlite'));
    migrate(db, migrations);
    expect(info).toHaveBeenCalledWith('database_migrated', { from: 0, to: migrations.length });
    info.mockClear();
    migrate(db, migrations);
    expect(info).not.toHaveBeenCalled();
    db.close();
  });

  it('records a database from a newer app by its version numbers', () => {
    const error = vi.spyOn(log, 'error');
    const { db } = openConnection(path.join(tempFolder(), 'n.sqlite'));
    db.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(db, migrations)).toThrow(/newer version/);
    expect(error).toHaveBeenCalledWith('database_from_newer_version', {
      from: migrations.length + 1,
      latest: migrations.length,
    });
    db.close();
  });
});
