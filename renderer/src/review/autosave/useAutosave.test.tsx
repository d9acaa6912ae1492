// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TYPING_DELAY_MS, useAutosave } from './useAutosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A save the test finishes by hand, so each state can be seen. */
function controlledSave() {
  const calls: { value: string; resolve: () => void; reject: (error: Error) => void }[] = [];
  const save = vi.fn(
    (value: string) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ value, resolve, reject });
      }),
  );
  return { save, calls };
}

describe('useAutosave', () => {
  it('waits for a pause in typing, saves the latest value once, and says "saved" only when confirmed', async () => {
    const { save, calls } = controlledSave();
    const { result } = renderHook(() => useAutosave<string>('note', save));
    expect(result.current.state).toBe('idle');

    act(() => result.current.change('Two', 'soon'));
    act(() => result.current.change('Two complaints', 'soon'));
    expect(result.current.state).toBe('pending');
    await act(() => vi.advanceTimersByTimeAsync(TYPING_DELAY_MS - 1));
    expect(save).not.toHaveBeenCalled();

    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(save).toHaveBeenCalledTimes(1);
    expect(calls[0]!.value).toBe('Two complaints');
    expect(result.current.state).toBe('saving');

    await act(async () => calls[0]!.resolve());
    expect(result.current.state).toBe('saved');
  });

  it('saves a choice at once', async () => {
    const { save, calls } = controlledSave();
    const { result } = renderHook(() => useAutosave<string>('rating', save));
    act(() => result.current.change('Good', 'now'));
    expect(save).toHaveBeenCalledWith('Good');
    await act(async () => calls[0]!.resolve());
    expect(result.current.state).toBe('saved');
  });

  it('keeps a failed value, reports the error, and saves it again on flush', async () => {
    const { save, calls } = controlledSave();
    const { result } = renderHook(() => useAutosave<string>('note', save));
    act(() => result.current.change('Kept', 'now'));
    await act(async () => calls[0]!.reject(new Error('disk full')));
    expect(result.current.state).toBe('error');
    expect(result.current.error).toEqual(new Error('disk full'));

    let flushed: Promise<void> = Promise.resolve();
    act(() => {
      flushed = result.current.flush();
    });
    expect(calls[1]!.value).toBe('Kept');
    await act(async () => {
      calls[1]!.resolve();
      await flushed;
    });
    expect(result.current.state).toBe('saved');
  });

  it('saves what is waiting when the page is hidden or the part of the screen goes away', () => {
    const { save } = controlledSave();
    const { result, unmount } = renderHook(() => useAutosave<string>('note', save));
    act(() => result.current.change('Typed then left', 'soon'));
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(save).toHaveBeenCalledWith('Typed then left');

    const second = renderHook(() => useAutosave<string>('other', save));
    act(() => second.result.current.change('Typed then closed', 'soon'));
    second.unmount();
    expect(save).toHaveBeenLastCalledWith('Typed then closed');
    unmount();
  });
});
