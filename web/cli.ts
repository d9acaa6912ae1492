import { readFileSync } from 'node:fs';
import path from 'node:path';
import { logFilePath } from '../db/log/log-file';
import { log, startLogging } from '../db/log/logger';
import { StoreOpenError } from '../db/store';
import { commandLineOrExit, exitWithUsage, type CommandSpec } from '../scripts/command-line.cjs';
import { describeStartProblem } from './start-up-choice';
import { defaultDatabaseFile } from './data-folder';
import { startWebServer } from './server';
import { loadFirstScreenRenderer } from '../shell-shared/first-screen';
import { clockFromEnvironment } from './test-clock';

function readAppVersion(): string {
  const file = path.join(__dirname, '..', '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

const webCommand: CommandSpec = {
  command: 'npm run web --',
  summary:
    'Builds Hallmarks and serves it to your browser on this computer only (127.0.0.1), with the same\n' +
    'data and checks as the desktop app. Prints the address to open; Ctrl+C stops it.',
  options: [
    {
      name: 'db',
      value: 'file',
      example: './my-home.sqlite',
      description: "The data file to use, created if it does not exist. Default: the desktop app's.",
    },
    {
      name: 'port',
      value: 'n',
      example: '5199',
      description: 'The port to serve on, from 0 to 65535 (0 picks a free one). Default: 5199.',
    },
    {
      name: 'passphrase-file',
      value: 'file',
      example: './passphrase.txt',
      description:
        'A file holding the passphrase that protects the data key (its first line). Browser mode has no\n' +
        'key store, so it needs one: this, or the HALLMARKS_PASSPHRASE environment variable. At least 10\n' +
        'characters; the first start sets it, and it must be the same on every start after.',
    },
    {
      name: 'restore-newest',
      description: 'Put the newest backup in place of a damaged or set-aside data file, then start.',
    },
    {
      name: 'start-empty',
      description: 'Start with no data although a damaged data file was set aside (it is kept).',
    },
  ],
  example: 'npm run web -- --db ./my-home.sqlite --port 5199',
};

/**
 * The passphrase from --passphrase-file (first line) or HALLMARKS_PASSPHRASE; a file is never echoed,
 * and the variable is for tests and CI, where no one types.
 */
function readPassphrase(file: string | undefined): string | null {
  if (file) {
    try {
      return readFileSync(file, 'utf8').split(/\r?\n/)[0] ?? '';
    } catch {
      exitWithUsage(
        webCommand,
        `Hallmarks could not read the passphrase file ${file}. Check the name and try again.`,
      );
    }
  }
  return process.env.HALLMARKS_PASSPHRASE || null;
}

/** `npm run web -- --db <file> --port <n>`: the app in a browser, for tests, demos and development. */
async function main() {
  const values = commandLineOrExit(webCommand);
  const portText = values.port ?? '5199';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    exitWithUsage(
      webCommand,
      `Enter a --port from 0 to 65535, for example --port 5199 (you gave "${portText}").`,
    );
  }
  const dbFile = path.resolve(values.db ?? defaultDatabaseFile());
  const passphrase = readPassphrase(values['passphrase-file']);
  const rendererDir = path.join(__dirname, '..', 'renderer');
  const appVersion = readAppVersion();
  // The data folder is the one holding the database, so a test's or a demo's log stays beside its data.
  // A folder that cannot be made or written is for the store's start-up checks to explain in plain
  // words; the log must not fail first with a raw stack trace, so without it the app starts unlogged.
  let logging = true;
  try {
    startLogging({ file: logFilePath(path.dirname(dbFile)) });
  } catch {
    logging = false;
  }
  log.info('web_started', { version: appVersion, logging });
  const server = await startWebServer({
    dbFile,
    rendererDir,
    port,
    appVersion,
    restoreNewest: values['restore-newest'] === 'true',
    startEmpty: values['start-empty'] === 'true',
    now: clockFromEnvironment(),
    renderFirstScreen: loadFirstScreenRenderer(path.join(__dirname, '..', 'first-screen.cjs')),
    encryption: { passphrase },
    onEncryptionProgress: (step, of, what) =>
      console.log(`Encrypting your data (step ${step} of ${of}): ${what}…`),
  });
  console.log(`Hallmarks is running at ${server.url}`);
  console.log(`Data: ${dbFile}`);
  if (server.locked) console.warn(`Warning: ${server.locked} Open the address above to enter it.`);
  if (server.recoveryKeyToShow) {
    console.log(
      `Your data is encrypted. Print or write down its recovery key now, and keep it with the home's records: ${server.url.replace('/?', '/recovery-key?')}`,
    );
  }
  for (const warning of server.warnings) console.warn(`Warning: ${warning}`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('web_stop_failed', {}, error);
        console.error('Hallmarks: the server did not close cleanly.');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// What the person at the terminal reads stays on the terminal; the log keeps only the error's kind and code.
main().catch((error: unknown) => {
  log.error('web_start_failed', {}, error);
  if (error instanceof StoreOpenError) console.error(describeStartProblem(error));
  else if ((error as { code?: string }).code === 'EADDRINUSE') {
    console.error('Hallmarks: that port is already in use. Choose another with --port <n>.');
  } else console.error(error);
  process.exit(1);
});
