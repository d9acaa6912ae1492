import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRotatingFile } from './log/rotating-file';
import { openStore } from './store';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();
const modeOf = (file: string) => statSync(file).mode & 0o777;

// Windows has no such modes: the data sits in the user's own profile folder, which only they can read.
// Node refuses process.umask() in a worker thread, where Stryker's test runner puts each test file
// (`npm run test:mutation`); `npm test` runs files in their own processes (pool: 'forks'), so it runs here.
describe.skipIf(process.platform === 'win32' || !isMainThread)(
  'only the manager’s own account can read the data',
  () => {
    let umask = 0;
    beforeEach(() => {
      umask = process.umask(0o022); // the usual umask, under which files are 644 and folders 755
    });
    afterEach(() => {
      process.umask(umask);
    });

    it('creates the data folder 700 and the database, its journal and its backups 600', () => {
      const folder = path.join(tempFolder(), 'Hallmarks');
      const file = path.join(folder, 'hallmarks.sqlite');
      const store = openStore({ file, appVersion: 't', now: () => new Date('2026-11-28T09:00:00Z') });
      store.handlers['homes.create']({ name: 'Oak', urn: null, registeredManager: null, places: 2 });
      store.handlers['backups.create']({});
      expect(modeOf(folder)).toBe(0o700);
      expect(modeOf(store.backupsDir)).toBe(0o700);
      for (const name of readdirSync(folder).filter((n) => n.startsWith('hallmarks.sqlite')))
        expect([name, modeOf(path.join(folder, name))]).toEqual([name, 0o600]);
      const backups = readdirSync(store.backupsDir);
      expect(backups.length).toBeGreaterThan(1);
      for (const name of backups)
        expect([name, modeOf(path.join(store.backupsDir, name))]).toEqual([name, 0o600]);
      store.close();
    });

    it('creates the log folder 700 and the log file 600', () => {
      const logs = path.join(tempFolder(), 'logs');
      const log = createRotatingFile({ file: path.join(logs, 'hallmarks.log') });
      log.write('started\n');
      expect(modeOf(logs)).toBe(0o700);
      expect(modeOf(log.file)).toBe(0o600);
    });
  },
);
