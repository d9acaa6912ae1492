import path from 'node:path';
import { passphraseFromEnvironment } from '../db/encryption/unlock';
import { recoveryKeyNotice } from '../db/encryption/recovery-key';
import { openStore } from '../db/store';
import { commandLineOrExit, exitWithUsage, type CommandSpec } from './command-line.cjs';

const seedCommand: CommandSpec = {
  command: 'npm run seed:demo --',
  summary:
    'Adds the sample home "Rowan House (sample)", with eight quarters of completed reviews, to a\n' +
    'Hallmarks data file. The file is created if it does not exist; its other homes are left alone.',
  options: [
    {
      name: 'db',
      value: 'file',
      example: './sample.sqlite',
      description: 'The data file to add the sample home to (required).',
    },
  ],
  example: 'npm run seed:demo -- --db ./sample.sqlite',
};

/**
 * `npm run seed:demo -- --db <file>`: adds the sample home "Rowan House (sample)", with eight completed
 * quarterly reviews, to a Hallmarks data file (created if it does not exist).
 */
function main(): string {
  const values = commandLineOrExit(seedCommand);
  const db =
    values.db ?? exitWithUsage(seedCommand, 'Say which data file to add the sample home to, with --db.');
  const store = openStore({
    file: path.resolve(db),
    appVersion: process.env.npm_package_version ?? '0.0.0',
    encryption: passphraseFromEnvironment(),
  });
  // Shown once, on the terminal, apart from the command's own output.
  if (store.recoveryKeyToShow) {
    console.error(recoveryKeyNotice(store.recoveryKeyToShow));
    store.recoveryKeyKept();
  }
  try {
    const home = store.handlers['demo.create']({});
    const reviews = store.handlers['reviews.list']({ homeId: home.id }).length;
    return `Created "${home.name}" with ${reviews} quarterly reviews in ${store.file}`;
  } finally {
    store.close();
  }
}

try {
  console.log(main());
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Hallmarks: ${message.replace(/\s+/g, ' ').trim()}`);
  process.exitCode = 1;
}
