import type { Publication } from '../../contract/hub/publication';
import { retryDelayMs } from './backoff';
import type { HubConnection, HubOutbox } from './outbox';
import type { SendOutcome } from './hub-transport';

export const BATCH_SIZE = 50;
/** When nothing failed, how often to look for publications written since (a write also nudges). */
export const IDLE_CHECK_MS = 60_000;

export interface SenderDeps {
  outbox: HubOutbox;
  post: (connection: HubConnection, publications: Publication[]) => Promise<SendOutcome>;
  /** Runs `run` after `ms`; returns a function that cancels it. setTimeout in the app, a fake in tests. */
  schedule: (run: () => void, ms: number) => () => void;
  random?: () => number;
}

/**
 * Sends each connected home's outbox in order, a batch at a time, and only marks a batch sent once the
 * hub has stored it. A failure leaves everything queued and tries again later, waiting longer after each
 * failure in a row; a success goes straight on with the next batch.
 */
export function createHubSender(deps: SenderDeps) {
  let failuresInARow = 0;
  let cancel: (() => void) | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  async function sendHome(homeId: number): Promise<boolean> {
    for (;;) {
      const connection = deps.outbox.connection(homeId);
      const batch = deps.outbox.waiting(homeId, BATCH_SIZE);
      if (!connection || batch.length === 0) return true;
      const outcome = await deps.post(connection, batch);
      if (outcome.kind === 'failed') {
        deps.outbox.markFailed(homeId, outcome.reason);
        return false;
      }
      deps.outbox.markSent(homeId, batch.map((p) => p.id));
    }
  }

  async function runOnce(): Promise<void> {
    let allSent = true;
    for (const homeId of deps.outbox.homesWaiting()) allSent = (await sendHome(homeId)) && allSent;
    failuresInARow = allSent ? 0 : failuresInARow + 1;
    if (stopped) return;
    cancel?.();
    cancel = deps.schedule(() => void sender.nudge(), allSent ? IDLE_CHECK_MS : retryDelayMs(failuresInARow, deps.random));
  }

  const sender = {
    /** Sends now (after a write, or when the computer comes back online); one run at a time. */
    nudge(): Promise<void> {
      running ??= runOnce().finally(() => (running = null));
      return running;
    },
    get failuresInARow() {
      return failuresInARow;
    },
    stop() {
      stopped = true;
      cancel?.();
    },
  };
  return sender;
}
export type HubSender = ReturnType<typeof createHubSender>;
