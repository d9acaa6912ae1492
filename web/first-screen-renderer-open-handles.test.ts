import path from 'node:path';
import { describe, expect, it } from 'vitest';

const openPorts = () => process.getActiveResourcesInfo().filter((kind) => kind === 'MessagePort').length;

describe('the renderer modules the main process loads to render the first screen', () => {
  it('leave nothing open that would keep the process running (a bench or a command would never end)', async () => {
    const before = openPorts();
    // Loaded by path, as web/first-screen-hydration.test.ts does: the shells' typecheck leaves the renderer out.
    await import(
      /* @vite-ignore */ path.join(__dirname, '..', 'renderer', 'src', 'shared', 'app-lock', 'tabs.ts')
    );
    expect(openPorts()).toBe(before);
  });
});
