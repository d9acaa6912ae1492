import type { Pool } from 'pg';
import { HubError } from './hub-error';
import type { SignedInUser } from './accounts';
import { asReader, asService } from './scope';
import { fingerprint, newEnrolmentCode, newToken, normaliseCode } from './secrets';

export const CODE_DAYS = 7;

/** A home as the provider admin manages it: waiting for its code, connected, or revoked. */
export interface ManagedHome {
  id: string;
  name: string;
  enrolledAt: Date | null;
  revokedAt: Date | null;
}

export interface EnrolledHome {
  homeId: string;
  providerId: number;
  revoked: boolean;
}

/**
 * Homes join with a one-time code the provider admin made, exchanged for the home's own credential. Only
 * fingerprints of codes and credentials are kept.
 */
export function createEnrolment(pool: Pool, now: () => Date) {
  return {
    async createCode(
      admin: SignedInUser,
      homeName: string,
    ): Promise<{ homeId: string; code: string; expiresAt: Date }> {
      if (admin.role !== 'provider_admin')
        throw new HubError(403, 'forbidden', 'Only a provider admin can enrol homes.');
      const name = homeName.trim();
      if (name.length < 1 || name.length > 200) {
        throw new HubError(400, 'invalid_input', "Enter the home's name (up to 200 characters).");
      }
      const code = newEnrolmentCode();
      const expiresAt = new Date(now().getTime() + CODE_DAYS * 86_400_000);
      const homeId = await asService(pool, async (c) => {
        const h = await c.query<{ id: string }>(
          'INSERT INTO homes (provider_id, name) VALUES ($1, $2) RETURNING id',
          [admin.providerId, name],
        );
        const id = h.rows[0]!.id;
        await c.query('INSERT INTO enrolment_codes (code_hash, home_id, expires_at) VALUES ($1, $2, $3)', [
          fingerprint(normaliseCode(code)),
          id,
          expiresAt,
        ]);
        return id;
      });
      return { homeId, code, expiresAt };
    },

    /** One use only: the UPDATE claims the code, so two homes racing with one code cannot both win. */
    async exchange(code: string): Promise<{ homeId: string; credential: string }> {
      const at = now();
      return asService(pool, async (c) => {
        const claimed = await c.query<{ home_id: string }>(
          `UPDATE enrolment_codes SET used_at = $2
           WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING home_id`,
          [fingerprint(normaliseCode(code)), at],
        );
        const homeId = claimed.rows[0]?.home_id;
        if (!homeId) {
          throw new HubError(
            400,
            'code_not_valid',
            'That enrolment code is not valid: it may be mistyped, used already or out of date. Ask your provider for a new one.',
          );
        }
        const credential = newToken();
        const home = await c.query(
          `UPDATE homes SET credential_hash = $2, enrolled_at = $3 WHERE id = $1 AND revoked_at IS NULL`,
          [homeId, fingerprint(credential), at],
        );
        if (!home.rowCount) throw new HubError(403, 'revoked', 'This home was disconnected by the provider.');
        return { homeId, credential };
      });
    },

    async homeOfCredential(credential: string): Promise<EnrolledHome | null> {
      const r = await pool.query<{ id: string; provider_id: string; revoked_at: Date | null }>(
        'SELECT id, provider_id, revoked_at FROM homes WHERE credential_hash = $1',
        [fingerprint(credential)],
      );
      const row = r.rows[0];
      return row
        ? { homeId: row.id, providerId: Number(row.provider_id), revoked: row.revoked_at !== null }
        : null;
    },

    /** Every home of the provider, revoked ones too, read as the admin (row-level security applies). */
    async homes(admin: SignedInUser): Promise<ManagedHome[]> {
      if (admin.role !== 'provider_admin')
        throw new HubError(403, 'forbidden', 'Only a provider admin can manage homes.');
      return asReader(pool, admin, async (c) => {
        const r = await c.query<ManagedHome>(
          `SELECT id, name, enrolled_at AS "enrolledAt", revoked_at AS "revokedAt" FROM homes ORDER BY name, id`,
        );
        return r.rows;
      });
    },

    /**
     * The home's credential stops working at once: its publications are refused with a plain reason and
     * its pages leave the provider's views. The home's own records stay on its computer.
     */
    async revoke(admin: SignedInUser, homeId: string): Promise<void> {
      if (admin.role !== 'provider_admin')
        throw new HubError(403, 'forbidden', 'Only a provider admin can disconnect homes.');
      const r = await pool.query(
        'UPDATE homes SET revoked_at = coalesce(revoked_at, $3) WHERE id = $1 AND provider_id = $2',
        [homeId, admin.providerId, now()],
      );
      if (!r.rowCount) throw new HubError(404, 'not_found', 'That home is not one of your provider’s homes.');
    },
  };
}
export type Enrolment = ReturnType<typeof createEnrolment>;
