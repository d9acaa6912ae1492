import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../contract/dispatch';
import { currentFramework } from '../framework';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

function storeWithReview() {
  const store = openStore({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: 't' });
  const home = store.handlers['homes.create']({ name: 'Oak', urn: null, registeredManager: null, places: 2 });
  const review = store.handlers['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
  const indicatorKey = currentFramework.domains[0]!.indicators[0]!.key;
  const save = (note: string) =>
    dispatch(
      store.handlers,
      'reviews.saveIndicator',
      { reviewId: review.id, indicatorKey, rating: 3, note, sources: [], otherSource: '', discuss: false },
      () => {},
    );
  const savedNote = () =>
    store.handlers['reviews.get']({ id: review.id }).indicators.find((i) => i.key === indicatorKey)?.note;
  return { store, save, savedNote };
}

describe('saving when the disk fills or the file is read-only (defect 3)', () => {
  it('says the disk is full and what to do, changes nothing, and saves once there is room', async () => {
    const { store, save, savedNote } = storeWithReview();
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    const typed = 'Evidence from the house meeting. '.repeat(3000);
    const refused = await save(typed);
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage' } });
    if (refused.ok) return;
    expect(refused.error.message).toMatch(/disk is full/);
    expect(refused.error.message).toMatch(/what you typed is kept/i);
    expect(savedNote()).toBe('');
    store.db.pragma(`max_page_count = ${pages * 100}`);
    expect(await save(typed)).toMatchObject({ ok: true });
    expect(savedNote()).toBe(typed);
    store.close();
  });

  it('says the file is read-only and what to do', async () => {
    const { store, save } = storeWithReview();
    store.db.pragma('query_only = ON');
    const refused = await save('typed');
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/read-only/);
    store.close();
  });
});
