import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dateOfTimestamp } from '../contract/rules/dates';
import type { Store } from '../db/store';
import { commandLineOrExit, exitWithUsage, type CommandSpec } from './command-line.cjs';
import { isSealedHomeFile } from '../db/home-file/home-file-envelope';
import { PASSPHRASE_FILE_OPTION, readPassphrase } from './ask-passphrase';
import { failCommand, runWithStore } from './home-file-command';

const importCommand: CommandSpec = {
  command: 'npm run import --',
  summary:
    'Adds a home from a file made by `npm run export` (or Settings, "Export this home") to a Hallmarks\n' +
    'data file, all at once or not at all. A damaged, unknown or newer file is refused and nothing changes.\n' +
    'A home with the same name or URN is never added twice: it is replaced only with --replace.',
  options: [
    { name: 'db', value: 'file', example: './hallmarks.sqlite', description: 'The data file (required).' },
    {
      name: 'file',
      value: 'export',
      example: './rowan.hallmarks-home.json',
      description: 'The home file to import (required).',
    },
    {
      name: 'replace',
      description: 'Replace the home with the same name or URN (a backup is taken first).',
    },
    { name: 'preview', description: 'Only say what would be added or replaced; change nothing.' },
    PASSPHRASE_FILE_OPTION,
  ],
  example: 'npm run import -- --db ./hallmarks.sqlite --file ./rowan.hallmarks-home.json',
};

function readHomeFileText(file: string): string {
  try {
    return readFileSync(path.resolve(file), 'utf8');
  } catch {
    throw new Error(`Hallmarks cannot read ${path.resolve(file)}. Check the file's name and that it exists.`);
  }
}

function importInto(
  store: Store,
  text: string,
  passphrase: string | undefined,
  values: Record<string, string | undefined>,
): string {
  const preview = store.handlers['homes.importPreview']({ text, passphrase });
  const lines = [
    `"${preview.homeName}", exported on ${dateOfTimestamp(preview.exportedAt)}, with:`,
    ...preview.adds.map((a) => `  ${a.what}: ${a.count}`),
  ];
  if (preview.existing) {
    lines.push(`This data file already has a home called "${preview.existing.name}" (or with the same URN).`);
    if (!values.replace) {
      if (values.preview)
        return [...lines, 'Importing it needs --replace, which replaces that home.'].join('\n');
      throw new Error(
        `${lines.join(' ')} Nothing has been imported. Run the command again with --replace to replace it, or rename that home in Settings first.`,
      );
    }
  }
  if (values.preview) return [...lines, 'Nothing has been changed (--preview).'].join('\n');
  if (preview.existing) store.handlers['backups.create']({});
  const outcome = store.handlers['homes.import']({
    text,
    passphrase,
    replaceHomeId: preview.existing?.id ?? null,
  });
  return [
    ...lines,
    outcome.replaced
      ? `Replaced "${outcome.homeName}" in ${store.file}`
      : `Added "${outcome.homeName}" to ${store.file}`,
  ].join('\n');
}

const values = commandLineOrExit(importCommand);
const db = values.db ?? exitWithUsage(importCommand, 'Say which data file to import into, with --db.');
const file = values.file ?? exitWithUsage(importCommand, 'Say which home file to import, with --file.');
async function main() {
  const text = readHomeFileText(file);
  // Asked for only when the file is encrypted: older and unencrypted home files open as they are.
  const passphrase = isSealedHomeFile(text) ? await readPassphrase(values, { twice: false }) : undefined;
  runWithStore(db, (store) => importInto(store, text, passphrase, values));
}
main().catch(failCommand);
