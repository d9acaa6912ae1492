import type { Pool } from 'pg';
import { HubError } from './hub-error';
import { hashPassword, MIN_PASSWORD_LENGTH, passwordMatches, spendDecoyVerify } from './passwords';
import { type HubRole, asService, type ReaderScope } from './scope';
import { fingerprint, newTemporaryPassword, newToken } from './secrets';

export const MAX_WRONG_TRIES = 5;
export const LOCKOUT_MINUTES = 15;
export const SESSION_HOURS = 8;

export interface SignedInUser extends ReaderScope {
  userId: number;
  email: string;
  /** Signed in with a temporary password from a reset: nothing answers until they choose their own. */
  mustChangePassword: boolean;
}

/** One of the provider's people, as the provider admin sees them. */
export interface HubPerson {
  userId: number;
  email: string;
  role: HubRole;
  localAuthority: string | null;
  mustChangePassword: boolean;
  lockedUntil: Date | null;
}

interface UserRow {
  id: string;
  provider_id: string;
  email: string;
  password_hash: string;
  role: HubRole;
  local_authority: string | null;
  failed_attempts: number;
  locked_until: Date | null;
  must_change_password: boolean;
}

const toUser = (
  r: Pick<UserRow, 'id' | 'provider_id' | 'email' | 'role' | 'local_authority' | 'must_change_password'>,
): SignedInUser => ({
  userId: Number(r.id),
  providerId: Number(r.provider_id),
  email: r.email,
  role: r.role,
  localAuthority: r.local_authority,
  mustChangePassword: r.must_change_password,
});

function onlyAdmin(user: SignedInUser, what: string): void {
  if (user.role !== 'provider_admin')
    throw new HubError(403, 'forbidden', `Only a provider admin can ${what}.`);
}

const timeOf = (d: Date) =>
  d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

export function checkNewPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 200) {
    throw new HubError(
      400,
      'invalid_input',
      `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
    );
  }
}

const WRONG_PASSWORD = 'The email address or password is wrong.';

/** Locked: until when, and who can help. */
const lockedOut = (until: Date) =>
  new HubError(
    429,
    'locked',
    `Too many wrong passwords. Try again after ${timeOf(until)}, or ask your provider admin.`,
  );

/** Hub users: providers, their people, sign-in with a lockout, and sessions that expire. */
export function createAccounts(pool: Pool, now: () => Date) {
  /**
   * Five wrong passwords in a row lock the account for 15 minutes, wherever the password is asked for;
   * the right one clears the count.
   */
  async function checkPassword(row: UserRow, password: string, at: Date, wrongMessage: string) {
    if (row.locked_until && row.locked_until > at) throw lockedOut(row.locked_until);
    if (!(await passwordMatches(row.password_hash, password))) {
      // One statement, so two wrong tries at the same moment both count.
      const counted = await pool.query<{ failed_attempts: number }>(
        `UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = $1 RETURNING failed_attempts`,
        [row.id],
      );
      if ((counted.rows[0]?.failed_attempts ?? 0) >= MAX_WRONG_TRIES) {
        const until = new Date(at.getTime() + LOCKOUT_MINUTES * 60_000);
        await pool.query('UPDATE users SET failed_attempts = 0, locked_until = $2 WHERE id = $1', [
          row.id,
          until,
        ]);
        throw lockedOut(until);
      }
      throw new HubError(401, 'wrong_password', wrongMessage);
    }
    await pool.query('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [row.id]);
  }

  return {
    /** Sets up a provider and its first admin (the `--add-provider` command). */
    async addProvider(name: string, adminEmail: string, password: string): Promise<number> {
      checkNewPassword(password);
      const passwordHash = await hashPassword(password);
      return asService(pool, async (c) => {
        const p = await c.query<{ id: string }>('INSERT INTO providers (name) VALUES ($1) RETURNING id', [
          name,
        ]);
        const providerId = Number(p.rows[0]!.id);
        await c.query(
          `INSERT INTO users (provider_id, email, password_hash, role) VALUES ($1, $2, $3, 'provider_admin')`,
          [providerId, adminEmail.trim().toLowerCase(), passwordHash],
        );
        return providerId;
      });
    },

    async addUser(
      admin: SignedInUser,
      input: { email: string; password: string; role: HubRole; localAuthority: string | null },
    ): Promise<number> {
      onlyAdmin(admin, 'add users');
      checkNewPassword(input.password);
      if ((input.role === 'commissioner') !== Boolean(input.localAuthority)) {
        throw new HubError(
          400,
          'invalid_input',
          'A commissioner needs a local authority; other roles have none.',
        );
      }
      const passwordHash = await hashPassword(input.password);
      return asService(pool, async (c) => {
        const taken = await c.query('SELECT 1 FROM users WHERE email = $1', [input.email]);
        if (taken.rowCount)
          throw new HubError(409, 'conflict', 'There is already a user with that email address.');
        const r = await c.query<{ id: string }>(
          `INSERT INTO users (provider_id, email, password_hash, role, local_authority)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [admin.providerId, input.email, passwordHash, input.role, input.localAuthority],
        );
        return Number(r.rows[0]!.id);
      });
    },

    /**
     * Five wrong passwords in a row lock the account for 15 minutes. An unknown email gets the same
     * answer, after the same work, as a wrong password.
     */
    async signIn(
      emailGiven: string,
      password: string,
    ): Promise<{ token: string; user: SignedInUser; expiresAt: Date }> {
      const email = emailGiven.trim().toLowerCase();
      const at = now();
      const found = await pool.query<UserRow>('SELECT * FROM users WHERE email = $1', [email]);
      const row = found.rows[0];
      if (!row) {
        await spendDecoyVerify(password);
        throw new HubError(401, 'wrong_password', WRONG_PASSWORD);
      }
      await checkPassword(row, password, at, WRONG_PASSWORD);
      const token = newToken();
      const expiresAt = new Date(at.getTime() + SESSION_HOURS * 3_600_000);
      await asService(pool, async (c) => {
        await c.query('DELETE FROM sessions WHERE expires_at <= $1', [at]);
        await c.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
          fingerprint(token),
          row.id,
          expiresAt,
        ]);
      });
      return { token, user: toUser(row), expiresAt };
    },

    /** The provider's people, for the admin's page: who must choose a new password, who is locked out. */
    async people(admin: SignedInUser): Promise<HubPerson[]> {
      onlyAdmin(admin, 'see the provider’s people');
      const r = await pool.query<UserRow>('SELECT * FROM users WHERE provider_id = $1 ORDER BY email', [
        admin.providerId,
      ]);
      const at = now();
      return r.rows.map((row) => ({
        userId: Number(row.id),
        email: row.email,
        role: row.role,
        localAuthority: row.local_authority,
        mustChangePassword: row.must_change_password,
        lockedUntil: row.locked_until && row.locked_until > at ? row.locked_until : null,
      }));
    },

    /**
     * A new temporary password for one of the provider's people, shown once to the admin. Their sessions
     * end now, a lockout ends (the admin is who the lockout message sends them to), and the temporary
     * password only lets them choose their own; five wrong tries still lock the account.
     */
    async resetPassword(
      admin: SignedInUser,
      userId: number,
    ): Promise<{ email: string; temporaryPassword: string }> {
      onlyAdmin(admin, 'reset passwords');
      if (userId === admin.userId) {
        throw new HubError(
          400,
          'invalid_input',
          'You cannot reset your own password. Change it on Your account, with the password you have.',
        );
      }
      const temporaryPassword = newTemporaryPassword();
      const passwordHash = await hashPassword(temporaryPassword);
      return asService(pool, async (c) => {
        const r = await c.query<{ email: string }>(
          `UPDATE users SET password_hash = $3, must_change_password = true, failed_attempts = 0,
             locked_until = NULL WHERE id = $1 AND provider_id = $2 RETURNING email`,
          [userId, admin.providerId, passwordHash],
        );
        if (!r.rows[0])
          throw new HubError(404, 'not_found', 'That person is not one of your provider’s people.');
        await c.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
        return { email: r.rows[0].email, temporaryPassword };
      });
    },

    /**
     * The signed-in person chooses a new password, giving the one they have: a wrong one counts towards
     * the lockout as at sign-in. Their other sessions end; this one carries on.
     */
    async changePassword(
      user: SignedInUser,
      sessionToken: string,
      input: { currentPassword: string; newPassword: string; newPasswordAgain: string },
    ): Promise<void> {
      const { currentPassword: current, newPassword: next } = input;
      // Before the current password is checked: a slip in the copy costs no try towards the lockout.
      if (next !== input.newPasswordAgain) {
        throw new HubError(
          400,
          'invalid_input',
          'The new password and the new password again are not the same. Nothing was changed.',
        );
      }
      const found = await pool.query<UserRow>('SELECT * FROM users WHERE id = $1', [user.userId]);
      const row = found.rows[0];
      if (!row) throw new HubError(401, 'signed_out', 'Sign in to the hub to do that.');
      await checkPassword(row, current, now(), 'The current password is wrong.');
      checkNewPassword(next);
      if (next === current) {
        throw new HubError(400, 'invalid_input', 'Choose a password different from the one you have.');
      }
      const passwordHash = await hashPassword(next);
      await asService(pool, async (c) => {
        await c.query('UPDATE users SET password_hash = $2, must_change_password = false WHERE id = $1', [
          row.id,
          passwordHash,
        ]);
        await c.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [
          row.id,
          fingerprint(sessionToken),
        ]);
      });
    },

    async userOfSession(token: string): Promise<SignedInUser | null> {
      const r = await pool.query<UserRow>(
        `SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = $1 AND s.expires_at > $2`,
        [fingerprint(token), now()],
      );
      return r.rows[0] ? toUser(r.rows[0]) : null;
    },

    async signOut(token: string): Promise<void> {
      await pool.query('DELETE FROM sessions WHERE token_hash = $1', [fingerprint(token)]);
    },
  };
}
export type Accounts = ReturnType<typeof createAccounts>;
