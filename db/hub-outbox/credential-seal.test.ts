import path from 'node:path';
import SqliteDatabase, { type Database } from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import type { OsKeyStore } from '../encryption/unlock';
import { createHomesRepository } from '../homes/homes';
import { setLogDestination } from '../log/logger';
import { createReviewService } from '../reviews/review-service';
import { openStore } from '../store';
import { fakeKeyStore } from '../test-support/fake-key-store';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';
import { CREDENTIAL_NOT_OPENED, credentialSeal, sealPlainCredentials } from './credential-seal';
import { createHubHandlers } from './hub-handlers';
import type { SendOutcome } from './hub-transport';

const tempFolder = useTempFolder();
const CREDENTIAL = 'Zt7'.repeat(14) + 'q';
const HUB_HOME = '6f1c2a9e-4b1d-4c8e-9a53-0d2f4e6b7a81';
const NOW = () => new Date('2026-11-20T10:00:00Z');

/** The hub handlers on `db` as the app builds them, with the network replaced: what was sent, with which credential. */
function hubOn(db: Database, osKeyStore: OsKeyStore | null, online = true) {
  const used: (string | null)[] = [];
  const hub = createHubHandlers(db, createHomesRepository(db), createReviewService(db), {
    now: NOW,
    osKeyStore,
    enrol: () => Promise.resolve({ ok: true as const, homeId: HUB_HOME, credential: CREDENTIAL }),
    post: (connection): Promise<SendOutcome> => {
      used.push(connection.credential);
      if (connection.credential === null)
        return Promise.resolve({ kind: 'failed', reason: CREDENTIAL_NOT_OPENED });
      return Promise.resolve(online ? { kind: 'sent' } : { kind: 'failed', reason: 'offline' });
    },
  });
  return { hub, used };
}

const stored = (db: Database) =>
  db.prepare('SELECT credential FROM hub_connections').pluck().get() as string | undefined;

/** The log lines written while a test runs, as the events and fields a support person would read. */
function captureLog() {
  const lines: { event: string; level: string; reason?: string }[] = [];
  setLogDestination({ write: (line) => lines.push(JSON.parse(line) as (typeof lines)[number]) });
  return lines;
}
afterEach(() => setLogDestination(null));

async function connect(hub: ReturnType<typeof hubOn>['hub'], homeId: number) {
  return hub['hub.connect']({ homeId, hubUrl: 'https://hub.example.org', code: 'K7MR-2QXH-9DPA-WNZ4' });
}

describe('the home’s hub credential', () => {
  it('is kept only in the sealed form where the computer has a key store, and opens to send', async () => {
    const t = openHarness(tempFolder());
    const { hub, used } = hubOn(t.store.db, fakeKeyStore(1));
    await connect(hub, t.homeId);
    const kept = stored(t.store.db)!;
    expect(kept.startsWith('os-key-store:')).toBe(true);
    expect(kept).not.toContain(CREDENTIAL);
    expect(used).toEqual([CREDENTIAL]);
  });

  it('stays in the encrypted data file as it is where there is no key store (browser mode, Linux basic_text)', async () => {
    const t = openHarness(tempFolder());
    const { hub, used } = hubOn(t.store.db, null);
    await connect(hub, t.homeId);
    expect(stored(t.store.db)).toBe(CREDENTIAL);
    expect(used).toEqual([CREDENTIAL]);
  });

  it('an existing connection is sealed when the key store is there, and nothing queued is lost', async () => {
    const t = openHarness(tempFolder());
    const before = hubOn(t.store.db, null, false);
    await connect(before.hub, t.homeId);
    const waiting = before.hub['hub.status']({ homeId: t.homeId });
    expect(waiting).toMatchObject({ connected: true, waiting: 1 });

    const after = hubOn(t.store.db, fakeKeyStore(1));
    expect(stored(t.store.db)!.startsWith('os-key-store:')).toBe(true);
    expect(await after.hub['hub.send']({ homeId: t.homeId })).toMatchObject({ waiting: 0, lastError: '' });
    expect(after.used).toEqual([CREDENTIAL]);
  });

  it('another computer’s key store cannot open it: sending says so plainly and keeps everything queued', async () => {
    const t = openHarness(tempFolder());
    await connect(hubOn(t.store.db, fakeKeyStore(1), false).hub, t.homeId);
    const sealed = stored(t.store.db);

    for (const elsewhere of [fakeKeyStore(2), null]) {
      const { hub, used } = hubOn(t.store.db, elsewhere);
      expect(await hub['hub.send']({ homeId: t.homeId })).toMatchObject({
        waiting: 1,
        lastError: CREDENTIAL_NOT_OPENED,
      });
      expect(used).toEqual([null]);
      // Never re-sealed or lost: the right computer still opens it.
      expect(stored(t.store.db)).toBe(sealed);
    }
    expect(hubOn(t.store.db, fakeKeyStore(1)).hub['hub.disconnect']({ homeId: t.homeId })).toEqual({
      connected: false,
    });
  });

  it('a key store that fails to seal leaves the connection as it was, to try again next start', async () => {
    const t = openHarness(tempFolder());
    await connect(hubOn(t.store.db, null, false).hub, t.homeId);
    const failing: OsKeyStore = {
      seal: () => {
        throw new Error('the key store is locked');
      },
      open: () => Buffer.alloc(0),
    };
    const lines = captureLog();
    const { hub, used } = hubOn(t.store.db, failing);
    expect(stored(t.store.db)).toBe(CREDENTIAL);
    // Support can see why (the message itself is free text, so the log keeps only that there was one).
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', event: 'hub_credential_not_sealed', reason: '[redacted]' }),
    ]);
    await hub['hub.send']({ homeId: t.homeId });
    expect(used).toEqual([CREDENTIAL]);
  });

  it('a key store that cannot open what it sealed leaves the plain credential in place, still sending', async () => {
    const t = openHarness(tempFolder());
    await connect(hubOn(t.store.db, null, false).hub, t.homeId);
    const forgetful: OsKeyStore = { seal: fakeKeyStore(1).seal, open: () => Buffer.from('something else') };
    const lines = captureLog();
    const { hub, used } = hubOn(t.store.db, forgetful);
    expect(stored(t.store.db)).toBe(CREDENTIAL);
    expect(lines.map((l) => l.event)).toEqual(['hub_credential_not_sealed']);
    await hub['hub.send']({ homeId: t.homeId });
    expect(used).toEqual([CREDENTIAL]);
  });

  it('a credential the key store opens to nothing counts as not opened', () => {
    const empty: OsKeyStore = { seal: fakeKeyStore(1).seal, open: () => Buffer.alloc(0) };
    const kept = credentialSeal(empty).seal(CREDENTIAL);
    expect(credentialSeal(empty).open(kept)).toBeNull();
    expect(credentialSeal(fakeKeyStore(1)).open(credentialSeal(fakeKeyStore(1)).seal('k'))).toBe('k');
  });

  it('a data file opened read-only is left as it is: nothing is sealed and nothing fails', async () => {
    const folder = tempFolder();
    const t = openHarness(folder);
    await connect(hubOn(t.store.db, null, false).hub, t.homeId);
    const readOnly = new SqliteDatabase(path.join(folder, 'h.sqlite'), { readonly: true });
    try {
      const lines = captureLog();
      sealPlainCredentials(readOnly, fakeKeyStore(1));
      expect(lines).toEqual([]);
      expect(stored(readOnly)).toBe(CREDENTIAL);
    } finally {
      readOnly.close();
    }
  });

  it('the desktop app’s store hands its key store on: opening the data seals a plain connection', () => {
    const file = path.join(tempFolder(), 'desk.sqlite');
    const encryption = { osKeyStore: fakeKeyStore(3), scrypt: { N: 1024, r: 8, p: 1 } };
    const first = openStore({ file, appVersion: 't', encryption });
    const homeId = first.handlers['homes.create']({
      name: 'Ash',
      urn: null,
      registeredManager: null,
      places: 2,
    }).id;
    // As a connection made by the version before this one left it.
    first.db
      .prepare(
        `INSERT INTO hub_connections (home_id, hub_url, hub_home_id, credential, connected_at)
         VALUES (?, 'https://hub.example.org', ?, ?, '2026-11-01T09:00:00.000Z')`,
      )
      .run(homeId, HUB_HOME, CREDENTIAL);
    first.close();

    const again = openStore({ file, appVersion: 't', encryption });
    try {
      const kept = stored(again.db)!;
      expect(kept).not.toBe(CREDENTIAL);
      expect(credentialSeal(fakeKeyStore(3)).open(kept)).toBe(CREDENTIAL);
    } finally {
      again.close();
    }
  });
});
