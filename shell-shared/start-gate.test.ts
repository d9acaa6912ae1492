import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OsKeyStore } from '../db/encryption/unlock';
import { openStore } from '../db/store';
import { useTempFolder } from '../db/test-support/temp-folder';
import { createStartGate, readAnswer } from './start-gate';

const tempFolder = useTempFolder();
const scrypt = { N: 1024, r: 8, p: 1 };

function keyStore(secret: number): OsKeyStore {
  return {
    seal: (plain) => Buffer.concat([Buffer.from([secret]), plain]),
    open: (sealed) => {
      if (sealed[0] !== secret) throw new Error('another key store');
      return sealed.subarray(1);
    },
  };
}

function gateFor(file: string, osKeyStore: OsKeyStore | null) {
  return createStartGate(
    file,
    (answers) => openStore({ file, appVersion: 't', encryption: { ...answers, osKeyStore, scrypt } }),
    osKeyStore !== null,
    () => new Date('2026-12-07T10:00:00Z'),
  );
}

describe('the desktop app’s way into encrypted data', { timeout: 60_000 }, () => {
  it('without a key store: a passphrase chosen, the recovery key shown until kept, asked each start', () => {
    const file = path.join(tempFolder(), 'h.sqlite');
    const first = gateFor(file, null);
    expect(first.start()).toEqual({ store: null, gate: { kind: 'passphrase', setUp: true, problem: null } });
    expect(first.answer({ kind: 'passphrase', passphrase: 'short' }).gate).toMatchObject({
      kind: 'passphrase',
      setUp: true,
      problem: expect.stringMatching(/at least 10 characters/),
    });
    const shown = first.answer({ kind: 'passphrase', passphrase: 'correct horse battery' });
    expect(shown.gate).toMatchObject({ kind: 'show-recovery-key', dataFile: file, madeOn: '2026-12-07' });
    const recoveryKey = shown.gate!.kind === 'show-recovery-key' ? shown.gate!.recoveryKey : '';
    const kept = first.answer({ kind: 'recovery-key-kept' });
    expect(kept.gate).toBeNull();
    kept.store!.handlers['homes.create']({
      name: 'Oak House',
      urn: null,
      registeredManager: null,
      places: 2,
    });
    kept.store!.close();

    const next = gateFor(file, null);
    expect(next.start().gate).toEqual({ kind: 'passphrase', setUp: false, problem: null });
    expect(next.answer({ kind: 'passphrase', passphrase: 'wrong horse battery' }).gate).toEqual({
      kind: 'passphrase',
      setUp: false,
      problem: 'That passphrase does not open the data.',
    });
    const opened = next.answer({ kind: 'passphrase', passphrase: 'correct horse battery' });
    expect(opened.gate).toBeNull();
    expect(opened.store!.handlers['homes.list']({}).map((h) => h.name)).toEqual(['Oak House']);
    opened.store!.close();

    // The passphrase is lost: the recovery key opens the data, and a new passphrase is chosen.
    const lost = gateFor(file, null);
    lost.start();
    expect(lost.answer({ kind: 'recovery-key', recoveryKey }).gate).toEqual({
      kind: 'passphrase',
      setUp: true,
      problem: null,
    });
    const again = lost.answer({ kind: 'passphrase', passphrase: 'a brand new passphrase' });
    expect(again.gate).toBeNull();
    again.store!.close();
    const after = gateFor(file, null);
    after.start();
    const newPassphrase = after.answer({ kind: 'passphrase', passphrase: 'a brand new passphrase' });
    expect(newPassphrase.gate).toBeNull();
    newPassphrase.store!.close();
  });

  it('with a key store that no longer opens the data: the recovery key, refused when wrong', () => {
    const file = path.join(tempFolder(), 'h.sqlite');
    const first = gateFor(file, keyStore(1));
    const shown = first.start();
    const recoveryKey = shown.gate?.kind === 'show-recovery-key' ? shown.gate.recoveryKey : '';
    expect(recoveryKey).not.toBe('');
    first.answer({ kind: 'recovery-key-later' }).store!.close();

    const changed = gateFor(file, keyStore(2));
    expect(changed.start().gate).toEqual({
      kind: 'recovery-key',
      reason: expect.stringMatching(/key store no longer opens it/),
      problem: null,
    });
    expect(
      changed.answer({
        kind: 'recovery-key',
        recoveryKey: recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')),
      }).gate,
    ).toMatchObject({
      kind: 'recovery-key',
      problem: expect.stringMatching(/That recovery key does not open it/),
    });
    const opened = changed.answer({ kind: 'recovery-key', recoveryKey });
    expect(opened.store).not.toBeNull();
    opened.store!.close();
    const everyday = gateFor(file, keyStore(2)).start();
    expect(everyday.gate).toBeNull();
    everyday.store!.close();
  });

  it('takes from the window only the answers the screens send', () => {
    expect(readAnswer({ kind: 'passphrase', passphrase: 'correct horse battery' })).toEqual({
      kind: 'passphrase',
      passphrase: 'correct horse battery',
    });
    expect(readAnswer({ kind: 'recovery-key-kept', extra: 1 })).toEqual({ kind: 'recovery-key-kept' });
    for (const bad of [
      null,
      'x',
      { kind: 'passphrase' },
      { kind: 'recovery-key', recoveryKey: 'x'.repeat(1001) },
      { kind: 'homes.delete' },
    ])
      expect(readAnswer(bad)).toBeNull();
  });
});
