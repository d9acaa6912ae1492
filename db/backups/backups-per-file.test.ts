import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const home = (name: string) => ({ name, urn: null, registeredManager: null, places: 2 });

/** Two data files in one folder, as browser mode runs with --db on each: one backups folder beside them. */
function twoFilesInOneFolder() {
  const folder = tempFolder();
  let time = Date.UTC(2026, 10, 20, 9);
  const now = () => new Date(time);
  const alpha = openStore({ file: path.join(folder, 'alpha.sqlite'), appVersion: 't', now });
  const beta = openStore({ file: path.join(folder, 'beta.sqlite'), appVersion: 't', now });
  alpha.handlers['homes.create'](home('Alpha House'));
  beta.handlers['homes.create'](home('Beta House'));
  time += 1000;
  const alphaBackup = alpha.handlers['backups.create']({});
  time += 1000;
  const betaBackup = beta.handlers['backups.create']({});
  return { folder, alpha, beta, alphaBackup, betaBackup, tick: () => (time += 1000) };
}

describe('backups belong to the file they were taken of', () => {
  it('names each backup after its file and lists only that file’s backups', () => {
    const { folder, alpha, beta, alphaBackup, betaBackup } = twoFilesInOneFolder();
    expect(alpha.backupsDir).toBe(beta.backupsDir);
    expect(alphaBackup.name).toMatch(/^alpha-/);
    expect(betaBackup.name).toMatch(/^beta-/);
    const names = (store: typeof alpha) => store.handlers['backups.list']({}).backups.map((b) => b.name);
    expect(names(alpha)).toContain(alphaBackup.name);
    expect(names(alpha).every((n) => n.startsWith('alpha-'))).toBe(true);
    expect(names(beta).every((n) => n.startsWith('beta-'))).toBe(true);
    expect(readdirSync(path.join(folder, 'backups')).length).toBe(names(alpha).length + names(beta).length);
    alpha.close();
    beta.close();
  });

  it('refuses to restore a backup of another file, and changes nothing', () => {
    const { alpha, beta, betaBackup } = twoFilesInOneFolder();
    expect(() => alpha.handlers['backups.restore']({ name: betaBackup.name })).toThrow(
      /taken of another data file \(beta\)/,
    );
    expect(alpha.handlers['homes.list']({}).map((h) => h.name)).toEqual(['Alpha House']);
    expect(alpha.handlers['backups.list']({}).undoAvailable).toBe(false);
    alpha.close();
    beta.close();
  });

  it('never prunes another file’s backups', () => {
    const { alpha, beta, betaBackup, tick } = twoFilesInOneFolder();
    for (let n = 0; n < 14; n++) {
      tick();
      alpha.handlers['backups.create']({});
    }
    expect(beta.handlers['backups.list']({}).backups.map((b) => b.name)).toContain(betaBackup.name);
    alpha.close();
    beta.close();
  });
});
