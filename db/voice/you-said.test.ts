import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract/operations';
import { digest } from '../test-support/contract-arbitraries';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

type Harness = ReturnType<typeof openHarness>;

const pizza = (t: Harness): InputOf<'voice.saveYouSaid'> => ({
  homeId: t.homeId,
  suggestion: 'Pizza night <b>every</b> week',
  suggestedOn: '2026-10-10',
  weDid: '',
  doneOn: null,
});

describe('"You said, we did"', () => {
  it('records a suggestion, then what the home did, newest suggestion first', async () => {
    const t = openHarness(tempFolder());
    const first = await t.call('voice.saveYouSaid', pizza(t));
    expect(first.value).toEqual([
      {
        id: first.savedId,
        suggestion: 'Pizza night <b>every</b> week',
        suggestedOn: '2026-10-10',
        weDid: '',
        doneOn: null,
      },
    ]);
    const older = await t.call('voice.saveYouSaid', {
      homeId: t.homeId,
      suggestion: 'A trampoline',
      suggestedOn: '2026-09-01',
      weDid: '',
      doneOn: null,
    });
    // Done the same day it was said.
    const done = await t.call('voice.saveYouSaid', {
      ...pizza(t),
      id: first.savedId,
      weDid: 'Pizza on Fridays',
      doneOn: '2026-10-10',
    });
    expect(done.savedId).toBe(first.savedId);
    expect(done.value.map((y) => [y.id, y.weDid, y.doneOn])).toEqual([
      [first.savedId, 'Pizza on Fridays', '2026-10-10'],
      [older.savedId, '', null],
    ]);
    // The survey's last screen reads the same list.
    expect(await t.call('voice.youSaid', { homeId: t.homeId })).toEqual(done.value);
  });

  it('refuses another home’s entry or one that is gone, and changes nothing', async () => {
    const t = openHarness(tempFolder());
    const saved = await t.call('voice.saveYouSaid', pizza(t));
    const elm = t.store.handlers['homes.create']({
      name: 'Elm',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    const before = digest(t.store);
    const gone = {
      ok: false,
      error: { code: 'not_found', message: 'That "You said, we did" entry no longer exists.' },
    };
    expect(
      await t.attempt('voice.saveYouSaid', {
        ...pizza(t),
        homeId: elm.id,
        id: saved.savedId,
        weDid: 'Nothing',
      }),
    ).toMatchObject(gone);
    expect(await t.attempt('voice.saveYouSaid', { ...pizza(t), id: saved.savedId + 1 })).toMatchObject(gone);
    expect(digest(t.store)).toBe(before);
    expect(await t.call('voice.youSaid', { homeId: elm.id })).toEqual([]);
  });

  it('refuses dates in the future, and a date done before the suggestion', async () => {
    const t = openHarness(tempFolder());
    const before = digest(t.store);
    expect(await t.attempt('voice.saveYouSaid', { ...pizza(t), suggestedOn: '2026-11-21' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'The date they said it cannot be in the future.',
        fields: { suggestedOn: 'Enter a date that is today or earlier' },
      },
    });
    expect(await t.attempt('voice.saveYouSaid', { ...pizza(t), doneOn: '2026-11-21' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'The date it was done cannot be in the future.',
        fields: { doneOn: 'Enter a date that is today or earlier' },
      },
    });
    expect(await t.attempt('voice.saveYouSaid', { ...pizza(t), doneOn: '2026-10-09' })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'The date it was done is before the suggestion.',
        fields: { doneOn: 'Enter a date on or after the date they said it' },
      },
    });
    expect(digest(t.store)).toBe(before);
  });
});
