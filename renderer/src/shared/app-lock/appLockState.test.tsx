// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/ApiError';
import { refusedAsLocked } from '../api/appLockSignal';
import { followAppLock, lockApp, settleAppLock, showOpen, useAppLockPhase } from './appLockState';
import { isLockShortcut } from './useAppLockTriggers';

const api = vi.hoisted(() => ({ invoke: vi.fn() }));
vi.mock('../api/client', () => ({ invoke: api.invoke }));

afterEach(() => {
  cleanup();
  api.invoke.mockReset();
});

function Phase() {
  return <p>{useAppLockPhase()}</p>;
}

describe('the page follows the app lock', () => {
  it('opens after an answered start-up, and shows the lock screen when any call is refused as locked', async () => {
    followAppLock();
    render(<Phase />);
    await act(() => settleAppLock(true));
    expect(screen.getByText('open')).toBeTruthy();
    act(() => refusedAsLocked());
    expect(screen.getByText('locked')).toBeTruthy();
    act(() => showOpen('quietly'));
    expect(screen.getByText('open')).toBeTruthy();
  });

  it('does not lock the page when the app refuses to lock (no PIN or password is set)', async () => {
    render(<Phase />);
    api.invoke.mockRejectedValueOnce(new ApiError({ code: 'conflict', message: 'Set a PIN first' }));
    await act(async () => expect(await lockApp('keys')).toBe(false));
    expect(screen.getByText('open')).toBeTruthy();
    api.invoke.mockResolvedValueOnce({ locked: true });
    await act(async () => expect(await lockApp('keys')).toBe(true));
    expect(api.invoke).toHaveBeenLastCalledWith('appLock.lock', { reason: 'keys' });
    expect(screen.getByText('locked')).toBeTruthy();
    act(() => showOpen('quietly'));
  });

  it('locks on Ctrl+L or Cmd+L, and on no other key', () => {
    const key = { key: 'l', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false };
    expect(isLockShortcut({ ...key, ctrlKey: true })).toBe(true);
    expect(isLockShortcut({ ...key, key: 'L', metaKey: true })).toBe(true);
    expect(isLockShortcut(key)).toBe(false);
    expect(isLockShortcut({ ...key, ctrlKey: true, shiftKey: true })).toBe(false);
    expect(isLockShortcut({ ...key, ctrlKey: true, key: 'p' })).toBe(false);
  });
});
