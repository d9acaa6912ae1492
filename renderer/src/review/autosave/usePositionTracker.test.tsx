// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePositionTracker } from './usePositionTracker';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('usePositionTracker', () => {
  it('sends nothing when focus returns to the place the app already has', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => usePositionTracker(save));
    const stored = { domainKey: 'voice', indicatorKey: 'voice.complaints' };
    act(() => result.current.track('voice', 'voice.complaints', stored));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(save).not.toHaveBeenCalled();

    act(() => result.current.track('voice', 'voice.meetings', stored));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith('voice', 'voice.meetings');
  });

  it('still saves the stored place when another is waiting, so the last focus wins', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => usePositionTracker(save));
    const stored = { domainKey: 'voice', indicatorKey: 'voice.complaints' };
    act(() => result.current.track('voice', 'voice.meetings', stored));
    act(() => result.current.track('voice', 'voice.complaints', stored));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenLastCalledWith('voice', 'voice.complaints');
  });
});
