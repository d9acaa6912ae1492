import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allSavesSettled, SaveQueue, type SaveState } from './saveQueue';

function deferred() {
  let resolve: () => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setUp() {
  const saves: { value: string; done: ReturnType<typeof deferred> }[] = [];
  const states: SaveState[] = [];
  const queue = new SaveQueue<string>(
    (value) => {
      const done = deferred();
      saves.push({ value, done });
      return done.promise;
    },
    (state) => states.push(state),
    600,
  );
  return { queue, saves, states };
}

describe('SaveQueue', () => {
  beforeEach(() => vi.useFakeTimers());

  it('drops a waiting value another write already saves, but never one that differs', async () => {
    const { queue, saves } = setUp();
    queue.change('voice/complaints', 'soon');
    queue.savedElsewhere((value) => value === 'voice/complaints');
    await vi.advanceTimersByTimeAsync(600);
    expect(saves).toEqual([]);
    expect(queue.hasUnsaved).toBe(false);

    queue.change('voice/meetings', 'soon');
    queue.savedElsewhere((value) => value === 'voice/complaints');
    await vi.advanceTimersByTimeAsync(600);
    expect(saves.map((s) => s.value)).toEqual(['voice/meetings']);
    saves[0]!.done.resolve();
    await queue.flush();
  });
  afterEach(() => vi.useRealTimers());

  it('waits for a pause in typing, then saves the last value once', async () => {
    const { queue, saves } = setUp();
    queue.change('a', 'soon');
    vi.advanceTimersByTime(400);
    queue.change('ab', 'soon');
    vi.advanceTimersByTime(599);
    expect(saves).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(saves.map((s) => s.value)).toEqual(['ab']);
    saves[0]!.done.resolve();
    await allSavesSettled();
  });

  it('keeps one save in flight and saves the latest value after it', async () => {
    const { queue, saves, states } = setUp();
    queue.change('1', 'now');
    queue.change('2', 'now');
    queue.change('3', 'now');
    expect(saves.map((s) => s.value)).toEqual(['1']);
    saves[0]!.done.resolve();
    await vi.waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]!.value).toBe('3');
    expect(states.at(-1)).toBe('saving');
    saves[1]!.done.resolve();
    await queue.flush();
    expect(states.at(-1)).toBe('saved');
  });

  it('reports an error, keeps the value and saves it again on the next flush', async () => {
    const { queue, saves, states } = setUp();
    queue.change('kept', 'now');
    saves[0]!.done.reject(new Error('disk full'));
    await allSavesSettled();
    expect(states.at(-1)).toBe('error');
    expect(queue.hasUnsaved).toBe(true);
    const retry = queue.flush();
    expect(saves[1]!.value).toBe('kept');
    saves[1]!.done.resolve();
    await retry;
    expect(states.at(-1)).toBe('saved');
  });

  it('flush saves at once what was waiting for the pause in typing', async () => {
    const { queue, saves } = setUp();
    queue.change('typed', 'soon');
    const flushed = queue.flush();
    expect(saves.map((s) => s.value)).toEqual(['typed']);
    saves[0]!.done.resolve();
    await flushed;
    vi.advanceTimersByTime(1000);
    expect(saves).toHaveLength(1);
  });
});
