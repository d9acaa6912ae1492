import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HomeFile } from '../../contract/home-file';
import { checksumOf } from '../home-file/home-file';
import { migrate } from '../migrate';
import { migrations } from '../migrations';
import { openStore } from '../store';
import { databaseBeforeStep } from '../test-support/before-step';
import { useTempFolder } from '../test-support/temp-folder';
import { createMeetingStore } from './meeting-store';

const tempFolder = useTempFolder();
const STEP = 'home-meeting-settings';

/** Before the step: homes Oak (1) and Elm (2), with `preferences` rows as an earlier version saved them. */
function migratedWith(preferences: string) {
  const db = databaseBeforeStep(
    tempFolder(),
    STEP,
    `INSERT INTO homes (id, name, places) VALUES (2, 'Elm', 2);
     INSERT INTO preferences (key, value) VALUES ('backup.folder', '/x') ${preferences};`,
  );
  migrate(db, migrations);
  const rows = db.prepare('SELECT * FROM meeting_settings ORDER BY home_id').all();
  const left = db.prepare('SELECT key FROM preferences ORDER BY key').pluck().all();
  const store = createMeetingStore(db);
  const settings = [store.settings(1), store.settings(2)];
  const strict = db
    .prepare("SELECT strict FROM pragma_table_list WHERE name = 'meeting_settings'")
    .pluck()
    .get();
  db.close();
  return { rows, left, settings, strict };
}

describe('migration: meeting settings kept per home', () => {
  it('gives every home the app-wide values and removes those preferences, leaving the others', () => {
    const after = migratedWith(", ('meeting.minRaters', '5'), ('meeting.flagMargin', '2')");
    expect(after.rows).toEqual([
      { home_id: 1, min_raters: 5, flag_margin: 2 },
      { home_id: 2, min_raters: 5, flag_margin: 2 },
    ]);
    expect(after.left).toEqual(['backup.folder']);
    expect(after.settings).toEqual([
      { minRaters: 5, flagMargin: 2 },
      { minRaters: 5, flagMargin: 2 },
    ]);
    expect(after.strict).toBe(1);
  });

  it('with none set, adds no rows and the homes read the defaults', () => {
    const after = migratedWith('');
    expect(after.rows).toEqual([]);
    expect(after.settings).toEqual([
      { minRaters: 3, flagMargin: 1 },
      { minRaters: 3, flagMargin: 1 },
    ]);
  });

  it('puts a default in place of a value the app would not have used, as reading it did', () => {
    const after = migratedWith(", ('meeting.minRaters', '2'), ('meeting.flagMargin', 'lots')");
    expect(after.settings[0]).toEqual({ minRaters: 3, flagMargin: 1 });
    expect(migratedWith(", ('meeting.minRaters', '4.5')").settings[1]).toEqual({
      minRaters: 4,
      flagMargin: 1,
    });
    expect(after.left).toEqual(['backup.folder']);
  });
});

const newStore = (name: string) =>
  openStore({
    file: path.join(tempFolder(), `${name}.sqlite`),
    appVersion: '1.0.0',
    now: () => new Date('2026-07-10T09:00:00Z'),
  });

function homeWithReview(store: ReturnType<typeof newStore>, name: string) {
  const homeId = store.handlers['homes.create']({ name, urn: null, registeredManager: null, places: 3 }).id;
  const review = store.handlers['reviews.start']({ homeId, quarter: '2026-Q3' });
  return { homeId, reviewId: review.id };
}

describe('meeting settings of each home', () => {
  it('are saved for the meeting’s home only: two homes keep different settings', () => {
    const store = newStore('two');
    const oak = homeWithReview(store, 'Oak');
    const elm = homeWithReview(store, 'Elm');
    const settingsOf = (reviewId: number) => store.handlers['meeting.get']({ reviewId }).settings;
    expect(
      store.handlers['meeting.saveSettings']({ reviewId: oak.reviewId, minRaters: 5, flagMargin: 2 }),
    ).toEqual({ minRaters: 5, flagMargin: 2 });
    expect(settingsOf(elm.reviewId)).toEqual({ minRaters: 3, flagMargin: 1 });
    store.handlers['meeting.saveSettings']({ reviewId: elm.reviewId, minRaters: 4, flagMargin: 3 });
    expect(settingsOf(oak.reviewId)).toEqual({ minRaters: 5, flagMargin: 2 });
    expect(settingsOf(elm.reviewId)).toEqual({ minRaters: 4, flagMargin: 3 });
    expect(() =>
      store.handlers['meeting.saveSettings']({ reviewId: 999, minRaters: 4, flagMargin: 1 }),
    ).toThrow();
    store.close();
  });

  it('travel in a home file, and a file from before them imports with the defaults', () => {
    const from = newStore('from');
    const oak = homeWithReview(from, 'Oak');
    from.handlers['meeting.saveSettings']({ reviewId: oak.reviewId, minRaters: 6, flagMargin: 3 });
    const text = from.handlers['homes.export']({ id: oak.homeId, unencrypted: true }).text;
    from.close();

    const importedSettings = (fileText: string, name: string) => {
      const to = newStore(name);
      homeWithReview(to, 'Elm');
      const { homeId } = to.handlers['homes.import']({ text: fileText, replaceHomeId: null });
      const [review] = to.handlers['reviews.list']({ homeId });
      const settings = to.handlers['meeting.get']({ reviewId: review!.id }).settings;
      to.close();
      return settings;
    };
    expect(importedSettings(text, 'to')).toEqual({ minRaters: 6, flagMargin: 3 });

    const { checksum: _, ...body } = JSON.parse(text) as HomeFile;
    expect(body.tables.meeting_settings?.rows).toHaveLength(1);
    body.schemaVersion = migrations.find((m) => m.name === STEP)!.version - 1;
    delete body.tables.meeting_settings;
    const older = JSON.stringify({ ...body, checksum: checksumOf(body) });
    expect(importedSettings(older, 'older')).toEqual({ minRaters: 3, flagMargin: 1 });
  });
});
