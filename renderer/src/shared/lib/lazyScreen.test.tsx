// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { preloadableScreen } from './lazyScreen';

afterEach(cleanup);

/** A screen that holds state, so a remount would show: it counts its own clicks. */
function Counter({ label }: { label: string }) {
  const [clicks, setClicks] = useState(0);
  return (
    <button type="button" onClick={() => setClicks(clicks + 1)}>
      {label} {clicks}
    </button>
  );
}

/** A chunk whose loading the test finishes when it chooses. */
function chunk() {
  let finish: () => void = () => undefined;
  const loaded = new Promise<{ Counter: typeof Counter }>((resolve) => {
    finish = () => resolve({ Counter });
  });
  return { load: () => loaded, finish };
}

describe('a screen main.tsx can load before the first render', () => {
  it('renders at once, without its loading line, when loaded first', async () => {
    const { load, finish } = chunk();
    const { Screen, preload } = preloadableScreen(load, 'Counter');
    finish();
    await preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Screen label="Clicks" />
      </Suspense>,
    );
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByRole('button').textContent).toBe('Clicks 0');
  });

  it('loads like any lazy screen when not, and keeps what it holds once loaded', async () => {
    const { load, finish } = chunk();
    const { Screen } = preloadableScreen(load, 'Counter');
    const { rerender } = render(
      <Suspense fallback={<p>Loading…</p>}>
        <Screen label="Clicks" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => finish());
    const button = await screen.findByRole('button');
    act(() => button.click());
    // A render after the chunk has loaded renders the loaded screen directly: React must keep its state.
    rerender(
      <Suspense fallback={<p>Loading…</p>}>
        <Screen label="Still" />
      </Suspense>,
    );
    expect(screen.getByRole('button').textContent).toBe('Still 1');
  });
});
