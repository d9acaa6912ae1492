import type { Pool } from 'pg';
import { type Publication, publishRequest } from '../../contract/hub/publication';
import { applyPublication } from './apply-publication';
import type { EnrolledHome } from './enrolment';
import { HubError } from './hub-error';
import { asHome } from './scope';

export interface IngestReceipt {
  /** Newly stored by this request. */
  stored: number;
  /** Already stored before (a retry): counted, not stored again. */
  alreadyStored: number;
  /** Every publication of this home up to this seq has been applied. */
  appliedThrough: number;
  /** Set when a later publication arrived before an earlier one: the seq the hub is waiting for. */
  waitingFor: number | null;
}

/** Refuses the whole request, writing nothing, unless every publication is well formed and this home's. */
export function readPublishRequest(home: EnrolledHome, body: unknown): Publication[] {
  const parsed = publishRequest.safeParse(body);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 10)
      .map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`);
    throw new HubError(
      400,
      'invalid_publication',
      'The publications are not in the form the hub accepts. Nothing was stored.',
      details,
    );
  }
  const foreign = parsed.data.publications.find((p) => p.homeId !== home.homeId);
  if (foreign) {
    throw new HubError(
      403,
      'not_your_home',
      `Publication ${foreign.id} names a home other than the one this credential belongs to. Nothing was stored.`,
    );
  }
  return parsed.data.publications;
}

/**
 * Stores the publications once each (by id) and applies the home's publications in seq order, all in one
 * transaction: a hub killed half-way leaves nothing of the request, and the home's retry brings it again.
 * The home's row is locked first, so two hub instances receiving the same home's publications take turns.
 */
export async function ingest(
  pool: Pool,
  home: EnrolledHome,
  publications: Publication[],
): Promise<IngestReceipt> {
  if (home.revoked) {
    throw new HubError(
      403,
      'revoked',
      "This home's connection was revoked by the provider. Nothing was stored.",
    );
  }
  return asHome(pool, home.homeId, async (c) => {
    const locked = await c.query<{ last_applied_seq: string }>(
      'SELECT last_applied_seq FROM homes WHERE id = $1 FOR UPDATE',
      [home.homeId],
    );
    let last = Number(locked.rows[0]!.last_applied_seq);
    let stored = 0;
    let alreadyStored = 0;
    for (const p of publications) {
      const inserted = await c
        .query(
          `INSERT INTO publications (id, home_id, provider_id, seq, kind, payload) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO NOTHING`,
          [p.id, home.homeId, home.providerId, p.seq, p.body.kind, JSON.stringify(p.body)],
        )
        .catch((error: { code?: string }) => {
          if (error.code === '23505') {
            throw new HubError(
              409,
              'seq_taken',
              `Another publication already has number ${p.seq} for this home. Nothing was stored.`,
            );
          }
          throw error;
        });
      if (inserted.rowCount) stored += 1;
      else alreadyStored += 1;
    }
    const pending = await c.query<{ id: string; seq: string; payload: Publication['body'] }>(
      `SELECT id, seq, payload FROM publications WHERE home_id = $1 AND applied_at IS NULL AND seq > $2 ORDER BY seq`,
      [home.homeId, last],
    );
    for (const row of pending.rows) {
      if (Number(row.seq) !== last + 1) break;
      await applyPublication(c, home, row.payload);
      await c.query('UPDATE publications SET applied_at = now() WHERE id = $1', [row.id]);
      last += 1;
    }
    await c.query('UPDATE homes SET last_applied_seq = $2 WHERE id = $1', [home.homeId, last]);
    const waiting = pending.rows.some((r) => Number(r.seq) > last);
    return { stored, alreadyStored, appliedThrough: last, waitingFor: waiting ? last + 1 : null };
  });
}
