import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Store } from '../db/store';
import { commandLineOrExit, exitWithUsage, type CommandSpec } from './command-line.cjs';
import { PASSPHRASE_FILE_OPTION, readPassphrase } from './ask-passphrase';
import { failCommand, runWithStore } from './home-file-command';

const exportCommand: CommandSpec = {
  command: 'npm run export --',
  summary:
    'Writes one home, with everything recorded for it, to a single checked file that `npm run import`\n' +
    '(or Settings, "Import a home") can read on this or another computer. The data file is not changed.\n' +
    'The file is encrypted with a passphrase you type twice (AES-256-GCM, key from scrypt); keep the\n' +
    'passphrase apart from the file. Without it the file cannot be opened.',
  options: [
    { name: 'db', value: 'file', example: './hallmarks.sqlite', description: 'The data file (required).' },
    {
      name: 'home',
      value: 'name',
      example: '"Rowan House"',
      description: 'The home to export, by its name; may be left out when the file holds one home.',
    },
    {
      name: 'out',
      value: 'file',
      example: './rowan-house.hallmarks-home.json',
      description: 'Where to write it; an existing file is never overwritten. Default: a name from the home.',
    },
    PASSPHRASE_FILE_OPTION,
    {
      name: 'unencrypted',
      description:
        'Write the file unencrypted: anyone who gets it can read everything about the children and staff.',
    },
  ],
  example: 'npm run export -- --db ./hallmarks.sqlite --home "Rowan House" --out ./rowan.json',
};

function exportFrom(
  store: Store,
  values: Record<string, string | undefined>,
  passphrase: string | undefined,
): string {
  const homes = store.handlers['homes.list']({});
  const names = homes.map((h) => `"${h.name}"`).join(', ') || 'none';
  const home = values.home
    ? homes.find((h) => h.name.trim().toLowerCase() === values.home!.trim().toLowerCase())
    : homes.length === 1
      ? homes[0]
      : undefined;
  if (!home) {
    throw new Error(
      values.home
        ? `There is no home called "${values.home}" in ${store.file}. Its homes: ${names}.`
        : `Say which home to export with --home. The homes in ${store.file}: ${names}.`,
    );
  }
  const exported = store.handlers['homes.export'](
    passphrase === undefined ? { id: home.id, unencrypted: true } : { id: home.id, passphrase },
  );
  const out = path.resolve(values.out ?? exported.fileName);
  if (existsSync(out)) throw new Error(`${out} already exists. Choose another name with --out.`);
  // Written in full under a temporary name first, so a half-written export never carries the real name.
  // Readable by this account only: it holds the home's records (PRIVATE_FILE in db/private-files).
  writeFileSync(`${out}.partial`, exported.text, { flag: 'wx', mode: 0o600 });
  renameSync(`${out}.partial`, out);
  return exported.encrypted
    ? `Exported "${home.name}" to ${out}, encrypted with the passphrase. Keep the passphrase apart from the file.`
    : `Exported "${home.name}" to ${out}. This file is NOT encrypted: anyone who gets it can read it.`;
}

const values = commandLineOrExit(exportCommand);
const db = values.db ?? exitWithUsage(exportCommand, 'Say which data file to export from, with --db.');
if (values.unencrypted !== undefined) {
  console.error(
    'Hallmarks: warning: --unencrypted writes the home, children’s information included, in clear.',
  );
  runWithStore(db, (store) => exportFrom(store, values, undefined));
} else {
  readPassphrase(values, { twice: true }).then(
    (passphrase) => runWithStore(db, (store) => exportFrom(store, values, passphrase)),
    (error: unknown) => failCommand(error),
  );
}
