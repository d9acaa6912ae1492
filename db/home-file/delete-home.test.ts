import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../backups/backups';
import { currentFramework } from '../framework';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();
const MARK = 'Quokkaville';

/** Whether `text` appears anywhere in the data file or its write-ahead log, as UTF-8 or UTF-16. */
function fileHolds(file: string, text: string): boolean {
  return ['', '-wal'].some((suffix) => {
    if (!existsSync(file + suffix)) return false;
    const bytes = readFileSync(file + suffix);
    return bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));
  });
}

describe('deleting a home', () => {
  it('needs the name typed, then leaves none of its text anywhere in the file', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'h.sqlite');
    const store = openStore({ file, appVersion: 't', backupsDir: path.join(folder, 'backups') });
    const h = store.handlers;
    const keep = h['homes.create']({ name: 'Elm House', urn: null, registeredManager: null, places: 2 });
    const gone = h['homes.create']({
      name: `${MARK} Lodge`,
      urn: null,
      registeredManager: `${MARK} Smith`,
      places: 3,
    });
    const review = h['reviews.start']({ homeId: gone.id, quarter: '2026-Q3' });
    const indicatorKey = currentFramework.domains[0]!.indicators[0]!.key;
    for (let n = 0; n < 50; n++) {
      // Many versions of a long note, so old copies sit in freed pages and in the log.
      h['reviews.saveIndicator']({
        reviewId: review.id,
        indicatorKey,
        rating: 3,
        note: `${MARK} note ${n} ${'x'.repeat(5000)}`,
        sources: [],
        otherSource: '',
        discuss: false,
      });
    }
    h['customIndicators.add']({
      homeId: gone.id,
      domainKey: currentFramework.domains[0]!.key,
      statement: `${MARK} has its own indicator`,
    });
    // The Reg 45 draft's own words (issue 12) go too, signed or not.
    h['reg45Draft.save']({
      homeId: gone.id,
      quarter: '2026-Q2',
      analysis: `${MARK} analysis`,
      standards: { '7': `${MARK} comment` },
    });
    h['reg45Draft.sign']({
      homeId: gone.id,
      quarter: '2026-Q2',
      signedBy: `${MARK} Smith`,
      signedOn: '2026-07-01',
    });
    createBackup(store.db, store.backupsDir, 'manual');
    expect(fileHolds(file, MARK)).toBe(true);

    const wrong = (() => {
      try {
        h['homes.delete']({ id: gone.id, confirmName: 'Quokkaville' });
      } catch (error) {
        return error as { code: string; fields: Record<string, string> };
      }
    })();
    expect(wrong?.code).toBe('invalid_input');
    expect(wrong?.fields.confirmName).toBe(
      `Type the home's name exactly as it is shown, ${MARK} Lodge, to delete it`,
    );
    expect(h['homes.list']({}).length).toBe(2);

    const outcome = h['homes.delete']({ id: gone.id, confirmName: ` ${MARK} Lodge ` });
    expect(outcome).toMatchObject({
      deletedName: `${MARK} Lodge`,
      backupsFolder: store.backupsDir,
      backupsHoldingIt: 1,
      removedFrom: 0,
    });
    expect(h['homes.list']({}).map((x) => x.name)).toEqual(['Elm House']);
    expect(h['app.info']({}).currentHomeId).toBe(keep.id);
    expect(store.db.pragma('freelist_count', { simple: true })).toBe(0);
    expect(fileHolds(file, MARK)).toBe(false);
    expect(store.db.prepare('SELECT count(*) AS n FROM reg45_drafts').get()).toEqual({ n: 0 });
    store.close();
    expect(fileHolds(file, MARK)).toBe(false);
  });
});
