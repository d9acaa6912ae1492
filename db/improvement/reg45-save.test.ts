import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract/operations';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

const record = (homeId: number, extra: Partial<InputOf<'reg45.save'>> = {}): InputOf<'reg45.save'> => ({
  homeId,
  periodStart: '2026-02-01',
  periodEnd: '2026-07-31',
  completedOn: '2026-08-10',
  sentToOfstedOn: null,
  placingAuthorities: 'unknown',
  placingAuthoritiesSentOn: null,
  ...extra,
});

describe('saving a Reg 45 record', () => {
  it('refuses a report sent to Ofsted before the review was completed, and takes one sent that day', async () => {
    const { call, attempt, homeId } = openHarness(tempFolder());
    const early = await attempt('reg45.save', record(homeId, { sentToOfstedOn: '2026-08-09' }));
    expect(early).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'The report cannot go to Ofsted before the review was completed.',
        fields: { sentToOfstedOn: 'Enter a date on or after the date the review was completed' },
      },
    });
    expect(await call('reg45.records', { homeId })).toEqual([]);
    const sameDay = await call('reg45.save', record(homeId, { sentToOfstedOn: '2026-08-10' }));
    expect(sameDay.map((r) => [r.completedOn, r.sentToOfstedOn, r.ofstedState])).toEqual([
      ['2026-08-10', '2026-08-10', 'sent'],
    ]);
  });

  it('refuses a completion or a sending after today, naming which', async () => {
    const { attempt, homeId } = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    expect(await attempt('reg45.save', record(homeId, { completedOn: '2026-11-21' }))).toMatchObject({
      ok: false,
      error: {
        message: 'The date of a completed review cannot be in the future.',
        fields: { completedOn: 'Enter a date that is today or earlier' },
      },
    });
    expect(await attempt('reg45.save', record(homeId, { sentToOfstedOn: '2026-11-21' }))).toMatchObject({
      ok: false,
      error: {
        message: 'The date the report was sent cannot be in the future.',
        fields: { sentToOfstedOn: 'Enter a date that is today or earlier' },
      },
    });
  });

  it('keeps the date copies went to placing authorities only when they were sent', async () => {
    const { call, homeId } = openHarness(tempFolder());
    const sent = await call(
      'reg45.save',
      record(homeId, { placingAuthorities: 'sent', placingAuthoritiesSentOn: '2026-08-12' }),
    );
    expect(sent[0]).toMatchObject({ placingAuthorities: 'sent', placingAuthoritiesSentOn: '2026-08-12' });
    const notSent = await call(
      'reg45.save',
      record(homeId, {
        id: sent[0]!.id,
        placingAuthorities: 'not_sent',
        placingAuthoritiesSentOn: '2026-08-12',
      }),
    );
    expect(notSent[0]).toMatchObject({ placingAuthorities: 'not_sent', placingAuthoritiesSentOn: null });
  });

  it('lets a period recorded out of step take its dates sent, but checks it again once its period changes', async () => {
    const { call, attempt, homeId, store } = openHarness(tempFolder());
    await call('reg45.save', record(homeId, { completedOn: '2026-10-01' }));
    // A sign-off out of step (with its reason) can leave a period that overlaps another.
    const outOfStep = Number(
      store.db
        .prepare(
          `INSERT INTO reg45_records (home_id, period_start, period_end, completed_on)
           VALUES (?, '2026-04-01', '2026-09-30', '2026-09-15')`,
        )
        .run(homeId).lastInsertRowid,
    );
    const same = {
      id: outOfStep,
      periodStart: '2026-04-01',
      periodEnd: '2026-09-30',
      completedOn: '2026-09-15',
    };
    const saved = await call('reg45.save', record(homeId, { ...same, sentToOfstedOn: '2026-09-20' }));
    expect(saved.find((r) => r.id === outOfStep)).toMatchObject({ sentToOfstedOn: '2026-09-20' });
    for (const moved of [{ periodEnd: '2026-09-29' }, { periodStart: '2026-04-02' }]) {
      const refused = await attempt('reg45.save', record(homeId, { ...same, ...moved }));
      const message =
        'This period overlaps the Reg 45 period already recorded for 1 February 2026 to 31 July 2026: start this one on 1 August 2026, the day after it ends.';
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message, fields: { periodStart: message } },
      });
    }
    const kept = (await call('reg45.records', { homeId })).find((r) => r.id === outOfStep);
    expect(kept).toMatchObject({ periodStart: '2026-04-01', periodEnd: '2026-09-30' });
  });
});
