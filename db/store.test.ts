import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from './backups/backups';
import { openConnection } from './connection';
import { migrations } from './migrations';
import { openStore, StoreOpenError } from './store';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();
const open = (file: string) => openStore({ file, appVersion: '1.0.0' });

describe('openStore', () => {
  it('creates the database with WAL, full sync and foreign keys on', () => {
    const store = open(path.join(tempFolder(), 'data', 'hallmarks.sqlite'));
    expect(store.journalMode).toBe('wal');
    expect(store.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    store.close();
  });

  it('takes one daily backup that passes its integrity check', () => {
    const folder = tempFolder();
    open(path.join(folder, 'hallmarks.sqlite')).close();
    open(path.join(folder, 'hallmarks.sqlite')).close();
    const backups = listBackups(path.join(folder, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]?.reason).toBe('daily');
  });

  it('backs up the previous version before upgrading, with its data intact', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'hallmarks.sqlite');
    const next = {
      version: migrations.length + 1,
      name: 'next',
      sql: 'ALTER TABLE homes ADD COLUMN extra TEXT;',
    };
    const first = open(file);
    first.handlers['homes.create']({ name: 'Oak House', urn: null, registeredManager: null, places: 3 });
    first.close();
    openStore({ file, appVersion: '2', migrations: [...migrations, next] }).close();
    const backup = listBackups(path.join(folder, 'backups')).find((b) => b.reason === 'before-upgrade');
    expect(backup).toBeDefined();
    const copy = openConnection(backup!.file, { readonly: true }).db;
    expect(copy.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(copy.prepare('SELECT name FROM homes').all()).toEqual([{ name: 'Oak House' }]);
    copy.close();
  });

  it('refuses a database from a newer version with a message a person can act on', () => {
    const file = path.join(tempFolder(), 'hallmarks.sqlite');
    const store = open(file);
    store.db.pragma('user_version = 999');
    store.close();
    expect(() => open(file)).toThrow(StoreOpenError);
    expect(() => open(file)).toThrow(/Install the latest version/);
  });

  it('moves a damaged file aside, never deleting it, and points to the newest backup', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'hallmarks.sqlite');
    open(file).close();
    writeFileSync(file, randomBytes(8192));
    expect(() => open(file)).toThrow(/damaged.*moved it aside.*newest backup/s);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(folder).some((name) => name.startsWith('hallmarks.sqlite.damaged-'))).toBe(true);
  });
});
