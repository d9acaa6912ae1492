// What `npm start` runs after the build. Without the Electron binary it says so in one line and stops;
// otherwise it makes sure SQLite is built for Electron (cached in .cache/, so node_modules keeps its
// Node build and `npm test` and `npm start` work in either order), runs the app and passes on its exit.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import commandLine from './command-line.cjs';
import runtime from './electron-runtime.cjs';

const { ROOT, MISSING_ELECTRON_MESSAGE, findElectronBinary, ensureNativeBinding } = runtime;

function stop(message) {
  console.error(message);
  process.exit(1);
}

commandLine.commandLineOrExit({
  command: 'npm start --',
  summary:
    'Builds Hallmarks and opens the desktop app. Without options it uses hallmarks.sqlite in your user\n' +
    'data folder (Windows: %APPDATA%\\Hallmarks, macOS: ~/Library/Application Support/Hallmarks,\n' +
    'Linux: ~/.config/Hallmarks).',
  options: [
    {
      name: 'db',
      value: 'file',
      example: './my-home.sqlite',
      description: 'Use this data file instead, created if it does not exist.',
    },
    {
      name: 'profile',
      value: 'folder',
      example: './hallmarks-profile',
      description: "Keep window settings and the app's lock here, not in the user data folder.",
    },
  ],
  example: 'npm start -- --db ./my-home.sqlite',
});

const binary = findElectronBinary();
if (!binary) stop(MISSING_ELECTRON_MESSAGE);

const entry = path.join(ROOT, 'dist', 'electron', 'main.cjs');
if (!existsSync(entry)) stop('Hallmarks: the app has not been built yet. Run: npm run build');

let binding;
try {
  binding = ensureNativeBinding();
} catch (error) {
  stop(`Hallmarks: could not prepare SQLite for Electron: ${error.message}`);
}

const env = { ...process.env, HALLMARKS_NATIVE_BINDING: binding };
// Set in the parent shell, it would make Electron behave as plain Node and never open a window.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [entry, ...process.argv.slice(2)], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('error', (error) => stop(`Hallmarks: could not start Electron: ${error.message}`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
