import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, HubClient, providerWithAdmin } from '../test-support/hub-fixture';
import { useFreshHub } from '../test-support/use-fresh-hub';
import { postgresAvailable } from '../test-support/throwaway-postgres';

describe.runIf(postgresAvailable())('hub users', { timeout: 20_000 }, () => {
  let clock = new Date('2026-12-07T09:00:00Z');
  const hub = useFreshHub({ now: () => clock });
  let admin: HubClient;
  let adminEmail: string;

  beforeAll(async () => {
    ({ admin, email: adminEmail } = await providerWithAdmin(hub(), 'Oak Care'));
  }, 60_000);

  const addUser = (email: string, role: string, localAuthority: string | null = null) =>
    admin.call('POST', '/api/users', { email, password: 'a long enough password', role, localAuthority });

  it('keeps passwords only as Argon2id hashes', async () => {
    const r = await hub().pool.query<{ password_hash: string }>('SELECT password_hash FROM users');
    for (const row of r.rows) {
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(row.password_hash).not.toContain(ADMIN_PASSWORD);
    }
  });

  it('locks an account after five wrong passwords, even for the right one, until the wait is over', async () => {
    expect((await addUser('ri@oak.example', 'ri')).status).toBe(201);
    const ri = new HubClient(hub().url);
    const attempt = (password: string) =>
      ri.call('POST', '/api/sign-in', { email: 'ri@oak.example', password });
    for (let i = 1; i <= 4; i++) expect((await attempt(`wrong ${i}`)).status).toBe(401);
    const fifth = await attempt('wrong 5');
    expect(fifth.status).toBe(429);
    expect(fifth.json!.error!.message).toBe(
      'Too many wrong passwords. Try again after 09:15, or ask your provider admin.',
    );
    expect((await attempt('a long enough password')).status).toBe(429);
    clock = new Date('2026-12-07T09:15:01Z');
    expect((await attempt('a long enough password')).status).toBe(200);
    expect((await ri.call('GET', '/api/me')).json!.value).toMatchObject({ role: 'ri' });
  });

  it('answers an unknown email exactly as a wrong password', async () => {
    const r = await new HubClient(hub().url).call('POST', '/api/sign-in', {
      email: 'nobody@oak.example',
      password: 'x',
    });
    expect(r.status).toBe(401);
    expect(r.json!.error!.message).toBe('The email address or password is wrong.');
  });

  it('ends a session after eight hours, and at sign-out', async () => {
    const user = new HubClient(hub().url);
    await user.signIn('ri@oak.example', 'a long enough password');
    expect((await user.call('GET', '/api/homes')).status).toBe(200);
    clock = new Date(clock.getTime() + 8 * 3_600_000 + 1000);
    expect((await user.call('GET', '/api/homes')).status).toBe(401);
    await user.signIn('ri@oak.example', 'a long enough password');
    await user.call('POST', '/api/sign-out');
    expect((await user.call('GET', '/api/homes')).status).toBe(401);
  });

  it('lets only a provider admin add users and enrol homes', async () => {
    const ri = new HubClient(hub().url);
    await ri.signIn('ri@oak.example', 'a long enough password');
    expect((await ri.call('POST', '/api/enrolment-codes', { homeName: 'Sneaky House' })).status).toBe(403);
    const r = await ri.call('POST', '/api/users', {
      email: 'x@oak.example',
      password: 'a long enough password',
      role: 'provider_admin',
      localAuthority: null,
    });
    expect(r.status).toBe(403);
  });

  it('refuses short passwords and a commissioner without a local authority', async () => {
    await admin.signIn(adminEmail, ADMIN_PASSWORD); // the clock moved on past the first session
    const short = await admin.call('POST', '/api/users', {
      email: 'q@oak.example',
      password: 'short',
      role: 'quality_lead',
      localAuthority: null,
    });
    expect(short.json!.error!.message).toMatch(/at least 12 characters/);
    expect((await addUser('la@leeds.example', 'commissioner')).status).toBe(400);
    expect((await addUser('la@leeds.example', 'commissioner', 'Leeds')).status).toBe(201);
  });
});
