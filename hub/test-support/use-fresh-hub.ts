import { afterAll, beforeAll } from 'vitest';
import type { HubOptions, RunningHub } from '../src/server';
import { freshHub, stopCluster } from './hub-fixture';

/**
 * The hub of one test file: started on a fresh database before the file's tests (after the `beforeAll`
 * hooks registered before this call, before those registered after it) and stopped after them, with the
 * file's PostgreSQL cluster. Kept out of hub-fixture.ts because the hub's benchmark bundles that file and
 * must not pull in vitest.
 */
export function useFreshHub(options: Partial<HubOptions> = {}): () => RunningHub {
  let hub: RunningHub | null = null;
  beforeAll(async () => {
    hub = await freshHub(options);
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
    stopCluster();
  });
  return () => {
    if (!hub) throw new Error('The hub starts in beforeAll: use it in a hook or a test.');
    return hub;
  };
}
