import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ensureNativeBinding,
  findElectronBinary,
  MISSING_ELECTRON_MESSAGE,
  nativeBindingPath,
} from './electron-runtime.cjs';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'hallmarks-start-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function put(relative: string, content = '') {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

describe('findElectronBinary', () => {
  const electronPackage = () =>
    put('node_modules/electron/package.json', '{"name":"electron","version":"45.5.0"}');

  it('is null when the electron package is absent', () => {
    expect(findElectronBinary({ root, env: {} })).toBeNull();
  });

  it('is null when the binary was never downloaded (no path.txt)', () => {
    electronPackage();
    expect(findElectronBinary({ root, env: {} })).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', () => {
    electronPackage();
    put('node_modules/electron/path.txt', 'electron');
    expect(findElectronBinary({ root, env: {} })).toBeNull();
  });

  it('finds an installed binary', () => {
    electronPackage();
    put('node_modules/electron/path.txt', 'electron');
    const binary = put('node_modules/electron/dist/electron');
    expect(findElectronBinary({ root, env: {} })).toBe(binary);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as Electron itself does', () => {
    electronPackage();
    const binary = put('custom/electron');
    const env = { ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'custom') };
    expect(findElectronBinary({ root, env, platform: 'linux' })).toBe(binary);
  });

  it('says in one line what to do instead', () => {
    expect(MISSING_ELECTRON_MESSAGE).not.toContain('\n');
    expect(MISSING_ELECTRON_MESSAGE).toContain('npm run web');
  });
});

describe('npm start on a machine without Electron', () => {
  it.skipIf(findElectronBinary() !== null)('prints one clear line and exits 1, without a stack trace', () => {
    const result = spawnSync(process.execPath, [path.join(__dirname, 'start-electron.mjs')], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(MISSING_ELECTRON_MESSAGE);
    expect(result.stdout).toBe('');
  });
});

describe('ensureNativeBinding', () => {
  const options = { version: '45.5.0', platform: 'linux', arch: 'x64', log: () => {} };

  beforeEach(() => {
    put(
      'node_modules/better-sqlite3-multiple-ciphers/package.json',
      '{"name":"better-sqlite3-multiple-ciphers","version":"12.11.1"}',
    );
    put('node_modules/better-sqlite3-multiple-ciphers/binding.gyp', '{}');
    put('node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node', 'node build');
    put('node_modules/prebuild-install/package.json', '{"name":"prebuild-install"}');
    put('node_modules/prebuild-install/bin.js');
    put('node_modules/node-gyp/package.json', '{"name":"node-gyp"}');
    put('node_modules/node-gyp/bin/node-gyp.js');
  });

  const producesBinary = (content: string) =>
    vi.fn((_script: string, _args: string[], cwd: string) => {
      expect(existsSync(path.join(cwd, 'build')), 'the copy starts without the Node build').toBe(false);
      mkdirSync(path.join(cwd, 'build', 'Release'), { recursive: true });
      writeFileSync(path.join(cwd, 'build', 'Release', 'better_sqlite3.node'), content);
      return 0;
    });

  it('caches a prebuilt Electron binary and leaves node_modules alone', () => {
    const run = producesBinary('electron build');
    const target = ensureNativeBinding({ root, run, ...options });
    expect(target).toBe(nativeBindingPath({ root, ...options }));
    expect(target).toBe(
      path.join(root, '.cache', 'electron-45.5.0-linux-x64', 'better_sqlite3_multiple_ciphers.node'),
    );
    expect(readFileSync(target, 'utf8')).toBe('electron build');
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![1]).toEqual([
      '--runtime',
      'electron',
      '--target',
      '45.5.0',
      '--arch',
      'x64',
      '--platform',
      'linux',
    ]);
    const nodeBuild = path.join(
      root,
      'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node',
    );
    expect(readFileSync(nodeBuild, 'utf8')).toBe('node build');
    expect(readdirSync(path.dirname(target))).toEqual(['better_sqlite3_multiple_ciphers.node']);
  });

  it('falls back to a source build against the Electron headers', () => {
    const gyp = producesBinary('source build');
    const run = vi.fn((script: string, args: string[], cwd: string) =>
      script.includes('node-gyp') ? gyp(script, args, cwd) : 1,
    );
    const target = ensureNativeBinding({ root, run, ...options });
    expect(readFileSync(target, 'utf8')).toBe('source build');
    expect(run.mock.calls[1]![1]).toEqual(
      expect.arrayContaining(['rebuild', '--target=45.5.0', '--dist-url=https://electronjs.org/headers']),
    );
  });

  it('builds only once', () => {
    const run = producesBinary('electron build');
    ensureNativeBinding({ root, run, ...options });
    ensureNativeBinding({ root, run, ...options });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('fails clearly, leaving nothing behind, when no build works', () => {
    const run = vi.fn(() => 1);
    expect(() => ensureNativeBinding({ root, run, ...options })).toThrow(/neither a prebuilt/);
    const cache = path.join(root, '.cache', 'electron-45.5.0-linux-x64');
    expect(readdirSync(cache)).toEqual([]);
  });
});
