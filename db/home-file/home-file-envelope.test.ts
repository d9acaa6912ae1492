import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../contract/dispatch';
import { digest } from '../test-support/contract-arbitraries';
import type { Store } from '../store';
import { useNewStores } from '../test-support/home-file-fixture';

const newStore = useNewStores();
const PASSPHRASE = 'blue kettle on the hill';

/** A home with a note a stranger should not read, exported encrypted. */
function exported() {
  const from = newStore();
  const home = from.handlers['homes.create']({
    name: 'Rowan House',
    urn: null,
    registeredManager: null,
    places: 4,
  });
  from.handlers['staff.save']({
    homeId: home.id,
    name: 'Marker Mxyzptlk',
    role: '',
    startedOn: null,
    status: 'active',
    leftOn: null,
  });
  const file = from.handlers['homes.export']({ id: home.id, passphrase: PASSPHRASE });
  return { file, home };
}

const attempt = (store: Store, name: 'homes.importPreview' | 'homes.import', input: object) =>
  dispatch(store.handlers, name, input, () => undefined);

// scrypt at its real cost (128 MiB, about half a second a try; longer on a busy machine).
describe('an encrypted home file', { timeout: 60_000 }, () => {
  it('holds none of the home’s text, and opens with its passphrase into the same home', async () => {
    const { file } = exported();
    expect(file.encrypted).toBe(true);
    expect(file.fileName).toBe('Rowan House 2026-11-28.hallmarks-home.encrypted.json');
    expect(file.text).not.toContain('Rowan');
    expect(file.text).not.toContain('Mxyzptlk');
    const header = JSON.parse(file.text) as Record<string, unknown>;
    // The key's parameters are stated in the file, so it can be opened by a later version too.
    expect(header).toMatchObject({
      format: 'hallmarks-home-encrypted',
      kdf: { name: 'scrypt', N: 131072, r: 8, p: 1 },
      cipher: 'aes-256-gcm',
    });

    const to = newStore();
    expect(
      await attempt(to, 'homes.importPreview', { text: file.text, passphrase: PASSPHRASE }),
    ).toMatchObject({
      ok: true,
      value: { homeName: 'Rowan House' },
    });
    const outcome = await attempt(to, 'homes.import', {
      text: file.text,
      passphrase: PASSPHRASE,
      replaceHomeId: null,
    });
    expect(outcome).toMatchObject({ ok: true, value: { homeName: 'Rowan House' } });
    const homeId = (outcome as { value: { homeId: number } }).value.homeId;
    expect(to.handlers['staff.list']({ homeId }).map((s) => s.name)).toEqual(['Marker Mxyzptlk']);
  });

  it('is refused plainly, changing nothing, without its passphrase or with a wrong one', async () => {
    const { file } = exported();
    const to = newStore();
    const before = digest(to);
    expect(await attempt(to, 'homes.import', { text: file.text, replaceHomeId: null })).toMatchObject({
      ok: false,
      error: {
        message:
          'This home file is encrypted. Type the passphrase it was exported with. Nothing has been imported.',
        fields: { passphrase: 'This home file is encrypted. Type the passphrase it was exported with.' },
      },
    });
    expect(
      await attempt(to, 'homes.import', {
        text: file.text,
        passphrase: 'blue kettle on the hil',
        replaceHomeId: null,
      }),
    ).toMatchObject({
      ok: false,
      error: {
        message:
          'That passphrase does not open this home file. Check it and try again. Nothing has been imported.',
      },
    });
    expect(digest(to)).toBe(before);
  });

  it('is refused as changed when any part of it was tampered with, changing nothing', async () => {
    const { file } = exported();
    const to = newStore();
    const before = digest(to);
    const envelope = JSON.parse(file.text) as {
      data: string;
      tag: string;
      iv: string;
      kdf: Record<string, unknown>;
    };
    const data = Buffer.from(envelope.data, 'base64');
    data.writeUInt8(data.readUInt8(10) ^ 1, 10);
    const tag = Buffer.from(envelope.tag, 'base64');
    const tampered = [
      { ...envelope, data: data.toString('base64') },
      { ...envelope, tag: Buffer.from(tag.map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64') },
      // A cut-down tag is easier to forge: refused too.
      { ...envelope, tag: tag.subarray(0, 4).toString('base64') },
      { ...envelope, iv: Buffer.alloc(12).toString('base64') },
      // Asking for a huge scrypt cost would make the app spend minutes and gigabytes: refused unread.
      { ...envelope, kdf: { ...envelope.kdf, N: 2 ** 30 } },
      { ...envelope, data: 'not base64!' },
    ];
    for (const text of tampered) {
      const result = await attempt(to, 'homes.import', {
        text: JSON.stringify(text),
        passphrase: PASSPHRASE,
        replaceHomeId: null,
      });
      expect(result).toMatchObject({
        ok: false,
        error: {
          message: expect.stringMatching(
            /has been changed or damaged since it was exported, so it cannot be opened/,
          ),
        },
      });
    }
    expect(digest(to)).toBe(before);
  });

  it('is the only kind exported unless an unencrypted file is chosen', async () => {
    const from = newStore();
    const home = from.handlers['homes.create']({
      name: 'Oak',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    const exportWith = (input: object) =>
      dispatch(from.handlers, 'homes.export', { id: home.id, ...input }, () => undefined);
    expect(await exportWith({})).toMatchObject({
      ok: false,
      error: { fields: { passphrase: expect.stringMatching(/or choose an unencrypted file/) } },
    });
    expect(await exportWith({ passphrase: 'short' })).toMatchObject({
      ok: false,
      error: { fields: { passphrase: 'Type a passphrase of at least 10 characters' } },
    });
    expect(await exportWith({ passphrase: PASSPHRASE, unencrypted: true })).toMatchObject({ ok: false });
    expect(() => from.handlers['homes.export']({ id: home.id })).toThrow(/Type a passphrase/);
    const plain = await exportWith({ unencrypted: true });
    expect(plain).toMatchObject({ ok: true, value: { encrypted: false } });
    expect((plain as { value: { text: string } }).value.text).toContain('"Oak"');
  });
});

describe('the envelope module', () => {
  it('keeps to Node’s crypto: no hand-written cipher', () => {
    const source = readFileSync(path.join(__dirname, 'home-file-envelope.ts'), 'utf8');
    expect(source).toContain("createCipheriv('aes-256-gcm'");
    expect(source).toContain('scryptSync(');
  });
});
