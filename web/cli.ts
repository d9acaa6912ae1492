import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { logFilePath } from '../db/log/log-file';
import { log, startLogging } from '../db/log/logger';
import { StoreOpenError } from '../db/store';
import { describeStartProblem } from './start-up-choice';
import { defaultDatabaseFile } from './data-folder';
import { startWebServer } from './server';
import { clockFromEnvironment } from './test-clock';

function readAppVersion(): string {
  const file = path.join(__dirname, '..', '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** `npm run web -- --db <file> --port <n>`: the app in a browser, for tests, demos and development. */
async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '5199' },
      'restore-newest': { type: 'boolean', default: false },
      'start-empty': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Hallmarks: --port must be a number from 0 to 65535 (got "${values.port}").`);
    process.exit(2);
  }
  const dbFile = path.resolve(values.db ?? defaultDatabaseFile());
  const rendererDir = path.join(__dirname, '..', 'renderer');
  const appVersion = readAppVersion();
  // The data folder is the one holding the database, so a test's or a demo's log stays beside its data.
  startLogging({ file: logFilePath(path.dirname(dbFile)) });
  log.info('web_started', { version: appVersion });
  const server = await startWebServer({
    dbFile,
    rendererDir,
    port,
    appVersion,
    restoreNewest: values['restore-newest'],
    startEmpty: values['start-empty'],
    now: clockFromEnvironment(),
  });
  console.log(`Hallmarks is running at ${server.url}`);
  console.log(`Data: ${dbFile}`);
  for (const warning of server.warnings) console.warn(`Warning: ${warning}`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Hallmarks: the server did not close cleanly.', error);
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
