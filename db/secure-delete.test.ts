import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from './connection';
import { openStore } from './store';
import { useTempFolder } from './test-support/temp-folder';

const tempFolder = useTempFolder();

/** Whether `text` is anywhere in the data file or its journal, as UTF-8. */
const inFiles = (file: string, text: string) =>
  ['', '-wal'].some((suffix) => existsSync(file + suffix) && readFileSync(file + suffix).includes(text));

describe('ordinary edits and deletes leave no old text in the data file', () => {
  it('turns secure_delete on for every connection', () => {
    const { db } = openConnection(path.join(tempFolder(), 'h.sqlite'));
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  it('overwrites an edited note and an edited name', () => {
    const file = path.join(tempFolder(), 'h.sqlite');
    const store = openStore({ file, appVersion: 't', now: () => new Date('2026-11-28T09:00:00Z') });
    const { handlers } = store;
    const home = handlers['homes.create']({
      name: 'Oak QXJ-NAME',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    const review = handlers['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
    const indicatorKey = handlers['reviews.get']({ id: review.id }).indicators[0]!.key;
    const save = (note: string) =>
      handlers['reviews.saveIndicator']({
        reviewId: review.id,
        indicatorKey,
        rating: 3,
        note,
        sources: [],
        otherSource: '',
        discuss: false,
      });
    save(`A child's disclosure QXJ-NOTE ${'told in confidence '.repeat(400)}`);
    handlers['homes.update']({ id: home.id, name: 'Oak', urn: null, registeredManager: null, places: 2 });
    save('Rewritten without the detail');
    store.close();
    expect(inFiles(file, 'QXJ-NAME')).toBe(false);
    expect(inFiles(file, 'QXJ-NOTE')).toBe(false);
  });
});
