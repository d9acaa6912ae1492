import { describe, expect, it } from 'vitest';
import type { HomeFile } from '../../contract/home-file';
import { checksumOf } from '../home-file/home-file';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { createHubOutbox } from './outbox';

const tempFolder = useTempFolder();
const CONNECTION = {
  hubUrl: 'https://hub.example',
  hubHomeId: '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81',
  credential: 'SECRET-CREDENTIAL-'.padEnd(43, 'c'),
};

/** A connected home with an action waiting to go to the hub. */
async function connectedHome() {
  const t = openHarness(tempFolder());
  createHubOutbox(t.store.db).connect(t.homeId, CONNECTION);
  await t.call('actions.create', {
    homeId: t.homeId,
    title: 'Evening walk-rounds',
    link: null,
    owner: 'Sam',
    dueOn: '2026-12-01',
    source: 'other',
  });
  return t;
}

describe('a connected home in a home file', () => {
  it('leaves the hub credential, the queue and phone codes on this computer', async () => {
    const t = await connectedHome();
    const exported = await t.call('homes.export', { id: t.homeId, unencrypted: true });
    expect(exported.text).not.toContain('SECRET-CREDENTIAL');
    const file = JSON.parse(exported.text) as HomeFile;
    expect(Object.keys(file.tables).filter((name) => name.startsWith('hub_'))).toEqual([]);
    expect(file.tables.actions!.rows).toHaveLength(1);

    const elsewhere = openHarness(tempFolder());
    const imported = await elsewhere.call('homes.import', {
      text: exported.text,
      replaceHomeId: elsewhere.homeId,
    });
    expect(await elsewhere.call('hub.status', { homeId: imported.homeId })).toEqual({ connected: false });
  });

  it('still imports a file made before, leaving out the hub tables it carried', async () => {
    const t = await connectedHome();
    const exported = await t.call('homes.export', { id: t.homeId, unencrypted: true });
    const { checksum: _, ...body } = JSON.parse(exported.text) as HomeFile;
    const homeId = body.tables.homes!.rows[0]![0];
    const older = {
      ...body,
      schemaVersion: 21,
      tables: {
        ...body.tables,
        hub_connections: {
          columns: ['home_id', 'hub_url', 'hub_home_id', 'credential', 'connected_at', 'last_error'],
          rows: [
            [
              homeId,
              CONNECTION.hubUrl,
              CONNECTION.hubHomeId,
              CONNECTION.credential,
              '2026-11-01T00:00:00Z',
              '',
            ],
          ],
        },
      },
    };
    const text = JSON.stringify({ ...older, checksum: checksumOf(older) });
    const elsewhere = openHarness(tempFolder());
    const imported = await elsewhere.call('homes.import', { text, replaceHomeId: elsewhere.homeId });
    expect(await elsewhere.call('hub.status', { homeId: imported.homeId })).toEqual({ connected: false });
  });
});
