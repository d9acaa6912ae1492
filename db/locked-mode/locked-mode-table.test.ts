import { describe, expect, it } from 'vitest';
import { LOCK_MODES, type LockMode } from '../../contract/locked-mode';
import { operationNames } from '../../contract/operation-names';
import type { OperationName } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { createAppLockState } from '../app-lock/app-lock-state';
import { readLock } from './lock-store';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

/**
 * What each locked mode may call, written out by hand (never read from contract/operations.ts, so a change
 * there that lets more through fails here). Everything not listed is refused.
 */
const MAY_CALL: Record<LockMode, readonly OperationName[]> = {
  // Survey mode: a child answers the survey, then sees "You said, we did". Never the comments or results.
  // Both modes: the app lock's screen, which covers them (db/app-lock).
  voice: [
    'lock.status',
    'lock.exit',
    'voice.startSession',
    'voice.saveAnswer',
    'voice.youSaid',
    'appLock.status',
    'appLock.lock',
    'appLock.unlock',
  ],
  // Private rating: a member of staff sees their sheet and submits it, nothing of anyone else's.
  rating: [
    'lock.status',
    'lock.exit',
    'rating.sheet',
    'rating.submit',
    'appLock.status',
    'appLock.lock',
    'appLock.unlock',
  ],
};

const PIN = '482913';
const CHILD_COMMENT = 'I get scared when the night staff shout';

function lockedIn(mode: LockMode) {
  const h = openHarness(tempFolder());
  h.store.handlers['pin.set']({ newPin: PIN });
  h.store.handlers['lock.enter']({ mode, homeId: h.homeId, subjectId: 1 });
  return h;
}

/** Whether the store's gate refused the call: it refuses before the handler reads its input. */
function refusedWhileLocked(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch (error) {
    return (
      error instanceof ServiceError && error.code === 'locked' && /^Hallmarks is locked/.test(error.message)
    );
  }
}

describe('what each locked mode may call', () => {
  it('has a row for every mode there is', () => {
    expect(Object.keys(MAY_CALL).sort()).toEqual([...LOCK_MODES].sort());
  });

  it.each([...LOCK_MODES])(
    'in %s mode, calls every operation: the listed ones get past the lock, the rest are refused',
    (mode) => {
      const h = lockedIn(mode);
      const appLock = createAppLockState(h.store.db);
      const passed = operationNames.filter((name) => {
        // Called with no input: a refused call never reaches the handler, an allowed one fails later or not.
        const refused = refusedWhileLocked(() => (h.store.handlers[name] as (input: unknown) => unknown)({}));
        // Nothing called here may have ended the lock (lock.exit gets no PIN).
        expect(readLock(h.store.db), `${name} ended the lock`).not.toBeNull();
        // appLock.lock does lock the app; open it again so the next call meets only locked mode's gate.
        appLock.unlock();
        return !refused;
      });
      expect([...passed].sort()).toEqual([...MAY_CALL[mode]].sort());
      h.store.close();
    },
  );
});

describe('survey mode and the children’s comments', () => {
  it('never lets the comments be read, and no call it allows returns them', async () => {
    const h = openHarness(tempFolder());
    const questions = await h.call('voice.questions', { homeId: h.homeId });
    const open = questions.find((q) => q.set === 'young' && q.current.scale !== 'open')!;
    const { sessionId } = await h.call('voice.startSession', { homeId: h.homeId, set: 'young' });
    await h.call('voice.saveAnswer', {
      sessionId,
      questionVersionId: open.current.id,
      choice: 1,
      comment: CHILD_COMMENT,
    });
    expect(JSON.stringify(await h.call('voice.comments', { homeId: h.homeId }))).toContain(CHILD_COMMENT);

    await h.call('pin.set', { newPin: PIN });
    await h.call('lock.enter', { mode: 'voice', homeId: h.homeId, subjectId: 1 });
    const comments = await h.attempt('voice.comments', { homeId: h.homeId });
    expect(comments).toMatchObject({ ok: false, error: { code: 'locked' } });
    const results = await h.attempt('voice.results', { homeId: h.homeId });
    expect(results).toMatchObject({ ok: false, error: { code: 'locked' } });
    // What survey mode does show: the next child's questions, "You said, we did", the lock itself.
    const shown = [
      await h.attempt('voice.startSession', { homeId: h.homeId, set: 'young' }),
      await h.attempt('voice.youSaid', { homeId: h.homeId }),
      await h.attempt('lock.status', {}),
    ];
    for (const answer of shown) {
      expect(answer.ok).toBe(true);
      expect(JSON.stringify(answer)).not.toContain(CHILD_COMMENT);
    }
    h.store.close();
  });
});
