import { describe, expect, it } from 'vitest';
import type { Publication } from '../../contract/hub/publication';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { createHubOutbox, type HubConnection } from './outbox';
import { createHubSender, IDLE_CHECK_MS } from './sender';
import type { SendOutcome } from './hub-transport';

const tempFolder = useTempFolder();

/**
 * The sender against a real outbox (SQLite) and a hub that is a function the test controls: offline, or
 * storing what it is sent. The clock is the scheduled waits the test reads, never a real timer.
 */
function setUp() {
  const t = openHarness(tempFolder());
  let clock = new Date('2026-11-20T10:00:00Z');
  const outbox = createHubOutbox(t.store.db, () => clock);
  const setClock = (iso: string) => {
    clock = new Date(iso);
    t.setClock(iso);
  };
  outbox.connect(t.homeId, {
    hubUrl: 'https://hub.example',
    hubHomeId: '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81',
    credential: 'c'.repeat(43),
  });
  const hub = { online: false, received: [] as Publication[] };
  const waits: number[] = [];
  const inner = createHubSender({
    outbox,
    post: (_c: HubConnection, publications: Publication[]): Promise<SendOutcome> => {
      if (!hub.online) return Promise.resolve({ kind: 'failed', reason: 'The hub could not be reached.' });
      hub.received.push(...publications);
      return Promise.resolve({ kind: 'sent' });
    },
    random: () => 1,
  });
  // The app's timer waits what each round says; here the waits are only written down.
  const sender = {
    nudge: async () => {
      const round = await inner.nudge();
      waits.push(round.nextTryInMs);
      return round;
    },
  };
  const addAction = (title: string) =>
    t.call('actions.create', {
      homeId: t.homeId,
      title,
      link: null,
      owner: 'Sam',
      dueOn: '2026-12-01',
      source: 'other',
    });
  return { t, outbox, hub, waits, sender, addAction, setClock };
}

describe('the hub sender', () => {
  it('keeps everything while offline, waits longer after each failure, then sends it all in order', async () => {
    const { t, outbox, hub, waits, sender, addAction, setClock } = setUp();
    for (let i = 1; i <= 3; i++) await addAction(`Action ${i}`);
    await sender.nudge();
    await sender.nudge();
    setClock('2026-11-20T11:00:00Z');
    await addAction('Action 4');
    await sender.nudge();
    expect(waits).toEqual([5_000, 10_000, 20_000]);
    expect(hub.received).toEqual([]);
    const connection = outbox.connection(t.homeId)!;
    expect(connection.offlineSince).toBe('2026-11-20T10:00:00.000Z');
    expect(connection.lastError).toMatch(/could not be reached/);
    expect(outbox.waiting(t.homeId, 100)).toHaveLength(4);

    hub.online = true;
    await sender.nudge();
    expect(hub.received.map((p) => p.seq)).toEqual([1, 2, 3, 4]);
    expect(outbox.waiting(t.homeId, 100)).toEqual([]);
    expect(outbox.connection(t.homeId)!.offlineSince).toBeNull();
    expect(waits.at(-1)).toBe(IDLE_CHECK_MS);
  });

  it('sends a long queue in batches, marking each sent only after the hub stored it', async () => {
    const { t, outbox, hub, sender, addAction } = setUp();
    for (let i = 1; i <= 120; i++) await addAction(`Action ${i}`);
    hub.online = true;
    await sender.nudge();
    expect(hub.received).toHaveLength(120);
    expect(new Set(hub.received.map((p) => p.id)).size).toBe(120);
    expect(outbox.waiting(t.homeId, 200)).toEqual([]);
  });

  it('runs one send at a time however often it is nudged', async () => {
    const { hub, sender, addAction } = setUp();
    await addAction('Only one');
    hub.online = true;
    await Promise.all([sender.nudge(), sender.nudge(), sender.nudge()]);
    expect(hub.received).toHaveLength(1);
  });
});
