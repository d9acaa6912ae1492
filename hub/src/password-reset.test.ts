import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  enrolHome,
  HubClient,
  providerWithAdmin,
  publicationOf,
  publish,
} from '../test-support/hub-fixture';
import { useFreshHub } from '../test-support/use-fresh-hub';
import { postgresAvailable } from '../test-support/throwaway-postgres';

const FIRST = 'a long enough password';
const CHOSEN = 'my own new password';

describe.runIf(postgresAvailable())(
  'the provider admin’s page: resets and revokes',
  { timeout: 30_000 },
  () => {
    let clock = new Date('2026-12-07T09:00:00Z');
    const hub = useFreshHub({ now: () => clock });
    let admin: HubClient;
    let adminEmail: string;
    let otherAdmin: HubClient;

    beforeAll(async () => {
      ({ admin, email: adminEmail } = await providerWithAdmin(hub(), 'Oak Care'));
      ({ admin: otherAdmin } = await providerWithAdmin(hub(), 'Birch Care'));
    }, 60_000);

    async function addPerson(email: string): Promise<number> {
      const made = await admin.call('POST', '/api/users', {
        email,
        password: FIRST,
        role: 'ri',
        localAuthority: null,
      });
      expect(made.status).toBe(201);
      return (made.json!.value as { userId: number }).userId;
    }

    async function reset(userId: number, by = admin) {
      return by.call('POST', `/api/users/${userId}/reset-password`);
    }

    const temporaryOf = (r: Awaited<ReturnType<typeof reset>>) =>
      (r.json!.value as { email: string; temporaryPassword: string }).temporaryPassword;

    const signInAs = async (email: string, password: string) => {
      const client = new HubClient(hub().url);
      const r = await client.call('POST', '/api/sign-in', { email, password });
      return { client, status: r.status, message: r.json?.error?.message };
    };

    it('ends the person’s sessions, keeps only an Argon2id hash, and the old password stops working', async () => {
      const id = await addPerson('ri@oak.example');
      const before = await signInAs('ri@oak.example', FIRST);
      expect((await before.client.call('GET', '/api/homes')).status).toBe(200);

      const r = await reset(id);
      expect(r.status).toBe(200);
      const temporary = temporaryOf(r);
      expect(temporary.length).toBeGreaterThanOrEqual(12);
      expect((await before.client.call('GET', '/api/homes')).status).toBe(401);
      expect((await signInAs('ri@oak.example', FIRST)).status).toBe(401);
      const stored = await hub().pool.query<{ password_hash: string }>(
        'SELECT password_hash FROM users WHERE id = $1',
        [id],
      );
      expect(stored.rows[0]!.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(stored.rows[0]!.password_hash).not.toContain(temporary);
    });

    it('the temporary password only lets the person choose their own, then everything answers again', async () => {
      const id = await addPerson('ql@oak.example');
      const temporary = temporaryOf(await reset(id));
      const { client, status } = await signInAs('ql@oak.example', temporary);
      const elsewhere = (await signInAs('ql@oak.example', temporary)).client;
      expect(status).toBe(200);
      expect((await client.call('GET', '/api/me')).json!.value).toMatchObject({ mustChangePassword: true });
      const refused = await client.call('GET', '/api/homes');
      expect(refused.status).toBe(403);
      expect(refused.json!.error!.message).toBe('Choose a new password before you go on.');

      const change = (currentPassword: string, newPassword: string) =>
        client.call('POST', '/api/change-password', {
          currentPassword,
          newPassword,
          newPasswordAgain: newPassword,
        });
      expect((await change('not it', CHOSEN)).json!.error!.message).toBe('The current password is wrong.');
      expect((await change(temporary, 'short')).json!.error!.message).toMatch(/at least 12 characters/);
      expect((await change(temporary, temporary)).json!.error!.message).toMatch(/different from the one/);
      expect((await change(temporary, CHOSEN)).status).toBe(200);

      expect((await client.call('GET', '/api/homes')).status).toBe(200);
      expect((await client.call('GET', '/api/me')).json!.value).toMatchObject({ mustChangePassword: false });
      // The person's other sessions end with the change; this one carries on.
      expect((await elsewhere.call('GET', '/api/me')).status).toBe(401);
      expect((await signInAs('ql@oak.example', temporary)).status).toBe(401);
      expect((await signInAs('ql@oak.example', CHOSEN)).status).toBe(200);
    });

    it('five wrong tries still lock the account; a reset is how the admin lets a locked-out person back in', async () => {
      const id = await addPerson('locked@oak.example');
      const temporary = temporaryOf(await reset(id));
      for (let i = 1; i <= 4; i++)
        expect((await signInAs('locked@oak.example', `wrong ${i}`)).status).toBe(401);
      const fifth = await signInAs('locked@oak.example', 'wrong 5');
      expect(fifth.status).toBe(429);
      expect(fifth.message).toBe(
        'Too many wrong passwords. Try again after 09:15, or ask your provider admin.',
      );
      expect((await signInAs('locked@oak.example', temporary)).status).toBe(429);

      const people = (await admin.call('GET', '/api/people')).json!.value as {
        email: string;
        lockedUntil: string | null;
        mustChangePassword: boolean;
      }[];
      expect(people.find((p) => p.email === 'locked@oak.example')).toMatchObject({
        lockedUntil: '2026-12-07T09:15:00.000Z',
        mustChangePassword: true,
      });
      const again = temporaryOf(await reset(id));
      expect((await signInAs('locked@oak.example', again)).status).toBe(200);
    });

    it('wrong current passwords when changing count towards the same lockout', async () => {
      const id = await addPerson('counts@oak.example');
      const temporary = temporaryOf(await reset(id));
      const { client } = await signInAs('counts@oak.example', temporary);
      for (let i = 1; i <= 4; i++) {
        const r = await client.call('POST', '/api/change-password', {
          currentPassword: `x${i}`,
          newPassword: CHOSEN,
          newPasswordAgain: CHOSEN,
        });
        expect(r.status).toBe(401);
      }
      const fifth = await client.call('POST', '/api/change-password', {
        currentPassword: 'x5',
        newPassword: CHOSEN,
        newPasswordAgain: CHOSEN,
      });
      expect(fifth.status).toBe(429);
    });

    it('a provider admin changes their own password: the copy must match, wrong tries count, other sessions end', async () => {
      const { admin: mine, email } = await providerWithAdmin(hub(), 'Elm Care');
      const elsewhere = (await signInAs(email, ADMIN_PASSWORD)).client;
      const change = (currentPassword: string, newPassword: string, newPasswordAgain = newPassword) =>
        mine.call('POST', '/api/change-password', { currentPassword, newPassword, newPasswordAgain });

      const slip = await change(ADMIN_PASSWORD, CHOSEN, `${CHOSEN}!`);
      expect(slip.status).toBe(400);
      expect(slip.json!.error!.message).toMatch(
        /^The new password and the new password again are not the same/,
      );
      // Four wrong current passwords (the slip above spent no try), then the right one clears the count.
      for (let i = 1; i <= 4; i++) expect((await change(`wrong ${i}`, CHOSEN)).status).toBe(401);
      expect((await change(ADMIN_PASSWORD, CHOSEN)).status).toBe(200);

      expect((await mine.call('GET', '/api/people')).status).toBe(200);
      expect((await elsewhere.call('GET', '/api/me')).status).toBe(401);
      expect((await signInAs(email, ADMIN_PASSWORD)).status).toBe(401);
      expect((await signInAs(email, CHOSEN)).status).toBe(200);
      const stored = await hub().pool.query<{ password_hash: string; failed_attempts: number }>(
        'SELECT password_hash, failed_attempts FROM users WHERE email = $1',
        [email],
      );
      expect(stored.rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
      // The old password's wrong sign-in counted one try; the right sign-in after it cleared the count.
      expect(stored.rows[0]!.failed_attempts).toBe(0);
    });

    it('only a provider admin resets, only their own provider’s people, and not themselves', async () => {
      const id = await addPerson('target@oak.example');
      const ri = (await signInAs('target@oak.example', FIRST)).client;
      expect((await reset(id, ri)).status).toBe(403);
      expect((await ri.call('GET', '/api/people')).status).toBe(403);
      const theirs = await reset(id, otherAdmin);
      expect(theirs.status).toBe(404);
      expect((await signInAs('target@oak.example', FIRST)).status).toBe(200);
      const people = (await otherAdmin.call('GET', '/api/people')).json!.value as { email: string }[];
      expect(people.map((p) => p.email)).toEqual(['admin@birchcare.example']);

      const me = (
        (await admin.call('GET', '/api/people')).json!.value as { userId: number; email: string }[]
      ).find((p) => p.email === adminEmail)!;
      expect((await reset(me.userId)).json!.error!.message).toBe(
        'You cannot reset your own password. Change it on Your account, with the password you have.',
      );
      expect((await signInAs(adminEmail, ADMIN_PASSWORD)).status).toBe(200);
      expect((await admin.call('POST', '/api/users/not-a-number/reset-password')).status).toBe(400);
    });

    it('revoking a home lists it as revoked, refuses its publications plainly, and is the admin’s own provider only', async () => {
      const home = await enrolHome(hub(), admin, 'Ash House');
      const theirs = await otherAdmin.call('POST', `/api/homes/${home.homeId}/revoke`);
      expect(theirs.status).toBe(404);
      clock = new Date('2026-12-07T10:00:00Z');
      expect((await admin.call('POST', `/api/homes/${home.homeId}/revoke`)).status).toBe(200);

      const listed = (await admin.call('GET', '/api/enrolled-homes')).json!.value as {
        name: string;
        revokedAt: string | null;
        enrolledAt: string | null;
      }[];
      expect(listed.find((h) => h.name === 'Ash House')).toMatchObject({
        revokedAt: '2026-12-07T10:00:00.000Z',
        enrolledAt: expect.any(String),
      });
      expect((await otherAdmin.call('GET', '/api/enrolled-homes')).json!.value).toEqual([]);

      const refused = await publish(hub(), home.credential, [
        publicationOf(home.homeId, 1, { kind: 'home.sharing', localAuthority: null }),
      ]);
      expect(refused.status).toBe(403);
      expect(refused.json!.error!.message).toBe(
        "This home's connection was revoked by the provider. Nothing was stored.",
      );
      const homes = (await admin.call('GET', '/api/homes')).json!.value as { name: string }[];
      expect(homes.map((h) => h.name)).not.toContain('Ash House');
      // Its own page stays, saying when it was revoked.
      const page = (await admin.call('GET', `/api/homes/${home.homeId}`)).json!.value as {
        home: { name: string; revokedAt: string | null };
      };
      expect(page.home).toMatchObject({ name: 'Ash House', revokedAt: '2026-12-07T10:00:00.000Z' });
    });
  },
);
