import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { type Publication, type PublicationBody, publicationBody } from '../../contract/hub/publication';
import { type CredentialSeal, credentialSeal } from './credential-seal';
import { withoutNotes } from './publication-bodies';

export interface HubConnection {
  homeId: number;
  hubUrl: string;
  hubHomeId: string;
  /** The home's own credential, or null when this computer's key store no longer opens it. */
  credential: string | null;
  connectedAt: string;
  offlineSince: string | null;
  lastSentAt: string | null;
  lastError: string;
  sharesWith: string | null;
  /** The home chose to send its free-text evidence notes with signed-off reviews. */
  publishesNotes: boolean;
}

interface ConnectionRow {
  home_id: number;
  hub_url: string;
  hub_home_id: string;
  credential: string;
  connected_at: string;
  offline_since: string | null;
  last_sent_at: string | null;
  last_error: string;
  shares_with: string | null;
  publish_notes: 0 | 1;
}

const toConnection = (r: ConnectionRow, seal: CredentialSeal): HubConnection => ({
  homeId: r.home_id,
  hubUrl: r.hub_url,
  hubHomeId: r.hub_home_id,
  credential: seal.open(r.credential),
  connectedAt: r.connected_at,
  offlineSince: r.offline_since,
  lastSentAt: r.last_sent_at,
  lastError: r.last_error,
  sharesWith: r.shares_with,
  publishesNotes: r.publish_notes === 1,
});

/**
 * The home's outbox to its provider's hub. `publish` is called inside the transaction that saves the
 * record, so the record and its publication are kept or lost together; for a home that is not connected
 * it does nothing at all.
 */
export function createHubOutbox(
  db: Database,
  now: () => Date = () => new Date(),
  seal: CredentialSeal = credentialSeal(null),
) {
  const connectionOf = db.prepare<[number], ConnectionRow>('SELECT * FROM hub_connections WHERE home_id = ?');
  const nextSeq = db
    .prepare<[number], number>('SELECT coalesce(max(seq), 0) + 1 FROM hub_outbox WHERE home_id = ?')
    .pluck();
  const insert = db.prepare(
    'INSERT INTO hub_outbox (id, home_id, seq, kind, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const waiting = db.prepare<[number, number], { id: string; seq: number; body: string }>(
    'SELECT id, seq, body FROM hub_outbox WHERE home_id = ? AND sent_at IS NULL ORDER BY seq LIMIT ?',
  );
  const markSent = db.prepare('UPDATE hub_outbox SET sent_at = ? WHERE id = ? AND sent_at IS NULL');

  /** Queues a publication for a connected home; checked against the hub's schema before it is written. */
  function publish(homeId: number, body: PublicationBody): void {
    const connection = connectionOf.get(homeId);
    if (!connection) return;
    // The one place every publication passes: evidence notes leave only if the home turned that on.
    const checked = publicationBody.parse(connection.publish_notes === 1 ? body : withoutNotes(body));
    insert.run(
      randomUUID(),
      homeId,
      nextSeq.get(homeId),
      checked.kind,
      JSON.stringify(checked),
      now().toISOString(),
    );
  }

  return {
    connection: (homeId: number): HubConnection | null => {
      const row = connectionOf.get(homeId);
      return row ? toConnection(row, seal) : null;
    },

    publish,

    /** The oldest unsent publications, in order, ready to send. */
    waiting(homeId: number, limit: number): Publication[] {
      const connection = connectionOf.get(homeId);
      if (!connection) return [];
      return waiting.all(homeId, limit).map((r) => ({
        id: r.id,
        seq: r.seq,
        homeId: connection.hub_home_id,
        body: publicationBody.parse(JSON.parse(r.body)),
      }));
    },

    markSent: db.transaction((homeId: number, ids: string[]) => {
      const at = now().toISOString();
      for (const id of ids) markSent.run(at, id);
      db.prepare(
        `UPDATE hub_connections SET last_sent_at = ?, offline_since = NULL, last_error = '' WHERE home_id = ?`,
      ).run(at, homeId);
    }),

    /** Keeps the first moment of an outage, so the screen says since when. */
    markFailed(homeId: number, error: string): void {
      db.prepare(
        `UPDATE hub_connections SET offline_since = coalesce(offline_since, ?), last_error = ? WHERE home_id = ?`,
      ).run(now().toISOString(), error.slice(0, 500), homeId);
    },

    connect: db.transaction(
      (homeId: number, c: { hubUrl: string; hubHomeId: string; credential: string }) => {
        // A new connection is a new home on the hub, numbered from 1 again.
        db.prepare('DELETE FROM hub_outbox WHERE home_id = ?').run(homeId);
        db.prepare(
          `INSERT INTO hub_connections (home_id, hub_url, hub_home_id, credential, connected_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (home_id) DO UPDATE SET hub_url = excluded.hub_url, hub_home_id = excluded.hub_home_id,
           credential = excluded.credential, connected_at = excluded.connected_at, offline_since = NULL,
           last_sent_at = NULL, last_error = '', shares_with = NULL, publish_notes = 0`,
        ).run(homeId, c.hubUrl, c.hubHomeId, seal.seal(c.credential), now().toISOString());
      },
    ),

    /** The home's choice of local authority, kept here and published in the same transaction. */
    shareWith: db.transaction((homeId: number, localAuthority: string | null) => {
      db.prepare('UPDATE hub_connections SET shares_with = ? WHERE home_id = ?').run(localAuthority, homeId);
      publish(homeId, { kind: 'home.sharing', localAuthority });
    }),

    /** The home's choice to send evidence notes with the reviews it signs off from now on. */
    publishNotes(homeId: number, on: boolean): void {
      db.prepare('UPDATE hub_connections SET publish_notes = ? WHERE home_id = ?').run(on ? 1 : 0, homeId);
    },

    /** One button: the credential and everything queued go; the home's own records stay as they are. */
    disconnect: db.transaction((homeId: number) => {
      db.prepare('DELETE FROM hub_outbox WHERE home_id = ?').run(homeId);
      db.prepare('DELETE FROM hub_connections WHERE home_id = ?').run(homeId);
    }),

    /** Homes with something waiting to send. */
    homesWaiting: (): number[] =>
      db
        .prepare<[], number>(
          'SELECT DISTINCT o.home_id FROM hub_outbox o JOIN hub_connections c ON c.home_id = o.home_id WHERE o.sent_at IS NULL',
        )
        .pluck()
        .all(),
  };
}
export type HubOutbox = ReturnType<typeof createHubOutbox>;
