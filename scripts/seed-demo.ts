import path from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../db/store';

/**
 * `npm run seed:demo -- --db <file>`: adds the sample home "Rowan House (sample)", with eight completed
 * quarterly reviews, to a Hallmarks data file (created if it does not exist).
 */
function main(): string {
  const { values } = parseArgs({ options: { db: { type: 'string' } } });
  if (!values.db) {
    throw new Error('say which data file to add the sample home to, for example: --db ./sample.sqlite');
  }
  const store = openStore({
    file: path.resolve(values.db),
    appVersion: process.env.npm_package_version ?? '0.0.0',
  });
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
