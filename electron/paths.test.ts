import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandLineError, readOption, resolveAppPaths } from './paths';

const userData = path.resolve('/home/manager/.config/Hallmarks');
const cwd = path.resolve('/work');

describe('resolveAppPaths', () => {
  it('keeps the database and its backups in the user data folder by default', () => {
    expect(resolveAppPaths(userData, ['/opt/Hallmarks/hallmarks'], cwd)).toEqual({
      userDataDir: userData,
      databaseFile: path.join(userData, 'hallmarks.sqlite'),
      backupsDir: path.join(userData, 'backups'),
    });
  });

  it('uses the file named by --db, with backups beside it', () => {
    const file = path.resolve('/data/rose-cottage.sqlite');
    const paths = resolveAppPaths(userData, ['electron', 'main.cjs', '--db', file], cwd);
    expect(paths.databaseFile).toBe(file);
    expect(paths.backupsDir).toBe(path.resolve('/data/backups'));
  });

  it('accepts --db=<file> and resolves a relative path from the working folder', () => {
    const paths = resolveAppPaths(userData, ['--db=test/data.sqlite'], cwd);
    expect(paths.databaseFile).toBe(path.join(cwd, 'test', 'data.sqlite'));
  });

  it('moves the user data folder, and the default database with it, for --profile', () => {
    const paths = resolveAppPaths(userData, ['--profile', 'tmp/profile'], cwd);
    expect(paths.userDataDir).toBe(path.join(cwd, 'tmp', 'profile'));
    expect(paths.databaseFile).toBe(path.join(cwd, 'tmp', 'profile', 'hallmarks.sqlite'));
  });

  it('keeps --db and --profile independent', () => {
    const paths = resolveAppPaths(userData, ['--profile', 'p', '--db', 'd/x.sqlite'], cwd);
    expect(paths.userDataDir).toBe(path.join(cwd, 'p'));
    expect(paths.databaseFile).toBe(path.join(cwd, 'd', 'x.sqlite'));
  });

  it.each([[['--db']], [['--db', '--profile', 'x']], [['--db=']], [['--profile']]])(
    'explains a missing value in %j',
    (argv) => {
      expect(() => resolveAppPaths(userData, argv, cwd)).toThrow(CommandLineError);
      expect(() => resolveAppPaths(userData, argv, cwd)).toThrow(/needs a path/);
    },
  );
});

describe('readOption', () => {
  it('does not mistake a longer option for the one asked for', () => {
    expect(readOption(['--dbx', 'file'], '--db')).toBeNull();
    expect(readOption(['--dbx=file'], '--db')).toBeNull();
  });
});
