import { describe, expect, it } from 'vitest';
import type { InputOf } from '../../contract/operations';
import { openHarness } from '../test-support/handler-harness';
import {
  connectToHub as connect,
  sampleAction as action,
  secondHome as otherHome,
} from '../test-support/improvement-samples';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('editing an action', () => {
  it('changes what it is, who owns it and when it is due, and can unlink it', async () => {
    const { call, homeId } = setUp();
    const { id } = await call('actions.create', action(homeId));
    const edited = await call('actions.update', {
      id,
      title: 'Weekend walk-rounds',
      link: null,
      owner: 'Jo',
      dueOn: '2027-01-15',
      source: 'other',
    });
    expect(edited).toMatchObject({
      id,
      title: 'Weekend walk-rounds',
      link: null,
      linkLabel: null,
      domainKey: null,
      owner: 'Jo',
      dueOn: '2027-01-15',
      source: 'other',
      status: 'open',
    });
    expect((await call('actions.list', { homeId })).map((a) => a.title)).toEqual(['Weekend walk-rounds']);
  });

  it('refuses to edit, move on or note an action that does not exist', async () => {
    const { attempt } = setUp();
    const missing = { ok: false, error: { code: 'not_found', message: 'That action no longer exists.' } };
    const fields = { title: 'x', link: null, owner: 'Jo', dueOn: '2027-01-15', source: 'other' };
    expect(await attempt('actions.update', { id: 999, ...fields })).toMatchObject(missing);
    expect(
      await attempt('actions.setStatus', { id: 999, status: 'in_progress', byName: 'Jo' }),
    ).toMatchObject(missing);
    expect(
      await attempt('actions.addNote', { id: 999, notedOn: '2026-11-20', text: 'x', byName: 'Jo' }),
    ).toMatchObject(missing);
  });
});

describe('moving an action on', () => {
  it('keeps the reason it was dropped, and the evidence it was done, each only while it applies', async () => {
    const { call, homeId } = setUp();
    const { id } = await call('actions.create', action(homeId));
    const dropped = await call('actions.setStatus', {
      id,
      status: 'dropped',
      reason: 'The rota changed',
      evidence: 'not asked for',
      byName: 'Jo',
    });
    expect(dropped).toMatchObject({ dropReason: 'The rota changed', evidence: '', completedOn: null });
    const done = await call('actions.setStatus', {
      id,
      status: 'done',
      completedOn: '2026-11-18',
      evidence: 'Rota shows the shifts',
      reason: 'not asked for',
      byName: 'Sam',
    });
    expect(done).toMatchObject({
      completedOn: '2026-11-18',
      evidence: 'Rota shows the shifts',
      dropReason: '',
    });
    const reopened = await call('actions.setStatus', {
      id,
      status: 'in_progress',
      // A date sent with any other status than done is not kept, so it is not checked either.
      completedOn: '2026-12-25',
      reason: 'The walk-rounds stopped again',
      byName: 'Jo',
    });
    expect(reopened).toMatchObject({
      status: 'in_progress',
      completedOn: null,
      evidence: '',
      dropReason: '',
    });
    expect(reopened.events.map((e) => [e.status, e.note])).toEqual([
      ['open', 'Added'],
      ['dropped', 'The rota changed'],
      ['done', 'Rota shows the shifts'],
      ['in_progress', 'The walk-rounds stopped again'],
    ]);
  });

  it('refuses a completion date after today, with the field named, and keeps it open', async () => {
    const { call, attempt, homeId } = setUp('2026-11-20T10:00:00Z');
    const { id } = await call('actions.create', action(homeId));
    const refused = await attempt('actions.setStatus', {
      id,
      status: 'done',
      completedOn: '2026-11-21',
      evidence: 'x',
      byName: 'Jo',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        message: 'The date it was done cannot be in the future.',
        fields: { completedOn: 'Enter a date that is today or earlier' },
      },
    });
    expect((await call('actions.list', { homeId }))[0]).toMatchObject({ status: 'open', completedOn: null });
    const today = await call('actions.setStatus', {
      id,
      status: 'done',
      completedOn: '2026-11-20',
      evidence: 'x',
      byName: 'Jo',
    });
    expect(today).toMatchObject({ status: 'done', completedOn: '2026-11-20' });
  });

  it('refuses a progress note dated after today', async () => {
    const { call, attempt, homeId } = setUp('2026-11-20T10:00:00Z');
    const { id } = await call('actions.create', action(homeId));
    expect(
      await attempt('actions.addNote', { id, notedOn: '2026-11-21', text: 'x', byName: 'Jo' }),
    ).toMatchObject({
      ok: false,
      error: {
        message: 'The date of a progress note cannot be in the future.',
        fields: { notedOn: 'Enter a date that is today or earlier' },
      },
    });
    expect((await call('actions.list', { homeId }))[0]!.notes).toEqual([]);
  });

  it('records an action added with no name as added by nobody named', async () => {
    const { call, homeId } = setUp();
    const made = await call('actions.create', action(homeId));
    expect(made.events.map((e) => [e.status, e.byName, e.note])).toEqual([['open', '', 'Added']]);
    expect(made.origin).toBeNull();
  });

  it('counts only open and in-progress actions as overdue on the dashboard', async () => {
    const { call, homeId } = setUp('2026-12-10T10:00:00Z');
    const overdue = async () =>
      (await call('dashboard.get', { homeId })).alerts.find((a) => a.kind === 'actions-overdue')?.title;
    const ids: number[] = [];
    for (const title of ['One', 'Two', 'Three', 'Four']) {
      ids.push((await call('actions.create', action(homeId, { title }))).id);
    }
    expect(await overdue()).toBe('4 actions are overdue');
    await call('actions.setStatus', { id: ids[0]!, status: 'in_progress', byName: 'Jo' });
    await call('actions.setStatus', {
      id: ids[1]!,
      status: 'done',
      completedOn: '2026-12-09',
      evidence: 'x',
      byName: 'Jo',
    });
    await call('actions.setStatus', { id: ids[2]!, status: 'dropped', reason: 'x', byName: 'Jo' });
    expect(await overdue()).toBe('2 actions are overdue');
    const started = (await call('actions.list', { homeId })).find((a) => a.id === ids[0]);
    expect(started!.events.map((e) => [e.status, e.note])).toEqual([
      ['open', 'Added'],
      ['in_progress', ''],
    ]);
  });
});

describe('a connected home’s actions', () => {
  it('go to the provider’s hub as each is added, edited and moved on', async () => {
    const t = setUp();
    connect(t);
    const { id } = await t.call('actions.create', action(t.homeId));
    const { homeId: _home, ...fields } = action(t.homeId);
    await t.call('actions.update', { ...fields, id, owner: 'Jo' });
    await t.call('actions.setStatus', { id, status: 'in_progress', byName: 'Jo' });
    const sent = (
      t.store.db
        .prepare("SELECT body FROM hub_outbox WHERE kind = 'action.saved' ORDER BY seq")
        .pluck()
        .all() as string[]
    ).map((b) => JSON.parse(b) as Record<string, unknown>);
    expect(sent.map((b) => [b.ref, b.owner, b.status])).toEqual([
      [id, 'Sam (deputy)', 'open'],
      [id, 'Jo', 'open'],
      [id, 'Jo', 'in_progress'],
    ]);
  });
});

describe('an action made from a Reg 44 recommendation or an Ofsted item', () => {
  it('says where it came from', async () => {
    const t = setUp();
    const rec = await reg44Recommendation(t, t.homeId);
    const made = await t.call(
      'actions.create',
      action(t.homeId, { source: 'reg44', origin: { kind: 'reg44', id: rec } }),
    );
    expect(made.origin).toEqual({ kind: 'reg44', id: rec });
  });

  it('is refused for another home’s recommendation or requirement, or a review that is gone, adding nothing', async () => {
    const t = setUp();
    const elm = otherHome(t);
    const rec = await reg44Recommendation(t, elm);
    const item = await ofstedRequirement(t, elm);
    const refused = async (origin: InputOf<'actions.create'>['origin']) =>
      t.attempt('actions.create', action(t.homeId, { origin }));
    const gone = (message: string) => ({ ok: false, error: { code: 'not_found', message } });
    expect(await refused({ kind: 'reg44', id: rec })).toMatchObject(
      gone('That recommendation no longer exists.'),
    );
    expect(await refused({ kind: 'ofsted', id: item })).toMatchObject(
      gone('That requirement or recommendation no longer exists.'),
    );
    expect(await refused({ kind: 'review', id: 999 })).toMatchObject(gone('That review no longer exists.'));
    expect(await t.call('actions.list', { homeId: t.homeId })).toEqual([]);
  });

  it('tells a connected home’s hub the requirement is met when its action is done, and only then', async () => {
    const t = setUp();
    connect(t);
    const item = await ofstedRequirement(t, t.homeId);
    const plain = await t.call('actions.create', action(t.homeId));
    const fromItem = await t.call(
      'actions.create',
      action(t.homeId, { source: 'ofsted_requirement', origin: { kind: 'ofsted', id: item } }),
    );
    const inspectionBodies = () =>
      (t.store.db.prepare('SELECT body FROM hub_outbox ORDER BY seq').pluck().all() as string[])
        .map((b) => JSON.parse(b) as { kind: string; inspections?: { requirements: { metOn: string }[] }[] })
        .filter((b) => b.kind === 'records.inspections');
    const before = inspectionBodies().length;
    await t.call('actions.setStatus', {
      id: plain.id,
      status: 'done',
      completedOn: '2026-11-19',
      evidence: 'x',
      byName: 'Jo',
    });
    expect(inspectionBodies()).toHaveLength(before);
    await t.call('actions.setStatus', {
      id: fromItem.id,
      status: 'done',
      completedOn: '2026-11-19',
      evidence: 'x',
      byName: 'Jo',
    });
    const after = inspectionBodies();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)!.inspections![0]!.requirements[0]!.metOn).toBe('2026-11-19');
  });
});

function setUp(startAt?: string) {
  return openHarness(tempFolder(), startAt);
}

async function reg44Recommendation(t: ReturnType<typeof openHarness>, homeId: number): Promise<number> {
  const { savedId } = await t.call('reg44.saveVisit', {
    homeId,
    visitedOn: '2026-11-05',
    visitor: 'A. Patel',
    reportReceivedOn: null,
  });
  const overview = await t.call('reg44.saveRecommendation', {
    visitId: savedId,
    text: 'Update the protocol',
    respondBy: null,
    response: '',
    respondedOn: null,
  });
  return overview.visits[0]!.recommendations[0]!.id;
}

async function ofstedRequirement(t: ReturnType<typeof openHarness>, homeId: number): Promise<number> {
  const { savedId } = await t.call('ofsted.saveInspection', {
    homeId,
    inspectedOn: '2026-10-02',
    kind: 'full',
    experiencesAndProgress: 2,
    helpedAndProtected: 2,
    leadersAndManagers: 2,
    interimOutcome: null,
    reportUrl: '',
  });
  const overview = await t.call('ofsted.saveItem', {
    inspectionId: savedId,
    kind: 'requirement',
    regulation: 'Reg 12',
    text: 'Review risk assessments',
    complyBy: '2026-12-01',
  });
  return overview.inspections[0]!.items[0]!.id;
}
