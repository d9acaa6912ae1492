// Finding the Electron binary and a better-sqlite3-multiple-ciphers built for it. CommonJS so that `npm start`
// (scripts/start-electron.mjs), the unit tests and Playwright's transpiled specs can all load it.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS file: require is how it imports */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const MISSING_ELECTRON_MESSAGE =
  'Hallmarks: the Electron runtime is not installed on this machine (it could not be downloaded). Run the app in your browser instead: npm run web';
const EXECUTABLE = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

function resolveFrom(dir, request) {
  try {
    return createRequire(path.join(dir, 'package.json')).resolve(request);
  } catch {
    return null;
  }
}

function electronDir(root) {
  const manifest = resolveFrom(root, 'electron/package.json');
  return manifest && path.dirname(manifest);
}

/**
 * The Electron executable, or null when it is not installed. Deliberately not `require('electron')`:
 * that tries to download the binary when it is missing, which hangs or fails on an offline machine.
 */
function findElectronBinary({ root = ROOT, env = process.env, platform = process.platform } = {}) {
  const dir = electronDir(root);
  if (!dir) return null;
  let relative = null;
  try {
    relative = fs.readFileSync(path.join(dir, 'path.txt'), 'utf8').trim() || null;
  } catch {
    // No path.txt: the download never finished (ELECTRON_SKIP_BINARY_DOWNLOAD, or offline).
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) return null;
  const binary = path.join(
    override || path.join(dir, 'dist'),
    relative || EXECUTABLE[platform] || 'electron',
  );
  return fs.existsSync(binary) ? binary : null;
}

function electronVersion(root = ROOT) {
  const dir = electronDir(root);
  if (!dir) throw new Error('the electron package is not installed.');
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

const PACKAGE = 'better-sqlite3-multiple-ciphers';

/** Named after the package, so a binary cached from plain better-sqlite3 (no encryption) is never loaded. */
function nativeBindingPath({ root = ROOT, version, platform = process.platform, arch = process.arch }) {
  return path.join(
    root,
    '.cache',
    `electron-${version}-${platform}-${arch}`,
    'better_sqlite3_multiple_ciphers.node',
  );
}

function runNode(script, args, cwd) {
  return spawnSync(process.execPath, [script, ...args], { cwd, stdio: 'inherit' }).status;
}

/**
 * Returns a better-sqlite3-multiple-ciphers binary built for this Electron, building it once from a COPY
 * of node_modules/better-sqlite3-multiple-ciphers (whose own build stays for Node and `npm test`): a prebuilt download
 * first, a source build against Electron's headers second. Written under a temporary name and
 * renamed, so parallel runs never load half a file.
 */
function ensureNativeBinding({
  root = ROOT,
  version = electronVersion(root),
  platform = process.platform,
  arch = process.arch,
  run = runNode,
  log = (line) => console.log(line),
} = {}) {
  const target = nativeBindingPath({ root, version, platform, arch });
  if (fs.existsSync(target)) return target;
  const source = path.join(root, 'node_modules', PACKAGE);
  if (!fs.existsSync(path.join(source, 'package.json'))) throw new Error(`${PACKAGE} is not installed.`);

  fs.mkdirSync(path.dirname(target), { recursive: true });
  const work = fs.mkdtempSync(path.join(path.dirname(target), 'build-'));
  const copy = path.join(work, PACKAGE);
  try {
    fs.cpSync(source, copy, { recursive: true, filter: (file) => file !== path.join(source, 'build') });
    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    log(
      `Hallmarks: preparing SQLite for Electron ${version} (once only; a source build takes about a minute)…`,
    );
    const prebuild = resolveFrom(source, 'prebuild-install/bin.js');
    if (prebuild) {
      run(
        prebuild,
        ['--runtime', 'electron', '--target', version, '--arch', arch, '--platform', platform],
        copy,
      );
    }
    if (!fs.existsSync(built)) {
      const nodeGyp = resolveFrom(root, 'node-gyp/bin/node-gyp.js') || process.env.npm_config_node_gyp;
      if (!nodeGyp) throw new Error('no prebuilt binary was available and node-gyp was not found.');
      const headers = path.join(root, '.cache', 'electron-gyp');
      run(
        nodeGyp,
        [
          'rebuild',
          '--release',
          `--target=${version}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
          `--devdir=${headers}`,
        ],
        copy,
      );
    }
    if (!fs.existsSync(built)) throw new Error('neither a prebuilt download nor a source build produced it.');
    const partial = `${target}.${process.pid}.tmp`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, target);
    return target;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

module.exports = {
  ROOT,
  MISSING_ELECTRON_MESSAGE,
  findElectronBinary,
  electronVersion,
  nativeBindingPath,
  ensureNativeBinding,
};
