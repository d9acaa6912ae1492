import type { Publication } from '../../contract/hub/publication';
import { retryDelayMs } from './backoff';
import type { HubConnection, HubOutbox } from './outbox';
import type { SendOutcome } from './hub-transport';

export const BATCH_SIZE = 50;
/** When everything went, how soon to look again for publications written since. */
export const IDLE_CHECK_MS = 60_000;

export interface SenderDeps {
  outbox: HubOutbox;
  post: (connection: HubConnection, publications: Publication[]) => Promise<SendOutcome>;
  random?: () => number;
}

export interface SendRound {
  allSent: boolean;
  failuresInARow: number;
  /** When to try again: the caller's timer (the app's), so the sender itself holds no clock. */
  nextTryInMs: number;
}

/**
 * Sends each connected home's outbox in order, a batch at a time, and marks a batch sent only once the
 * hub has stored it. A failure leaves everything queued; each failure in a row makes the next wait longer,
 * and a success goes straight on with the next batch.
 */
export function createHubSender(deps: SenderDeps) {
  let failuresInARow = 0;
  let running: Promise<SendRound> | null = null;

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
      deps.outbox.markSent(
        homeId,
        batch.map((p) => p.id),
      );
    }
  }

  async function runOnce(): Promise<SendRound> {
    let allSent = true;
    for (const homeId of deps.outbox.homesWaiting()) allSent = (await sendHome(homeId)) && allSent;
    failuresInARow = allSent ? 0 : failuresInARow + 1;
    return {
      allSent,
      failuresInARow,
      nextTryInMs: allSent ? IDLE_CHECK_MS : retryDelayMs(failuresInARow, deps.random),
    };
  }

  return {
    /** Sends what is waiting now; one run at a time however often it is asked. */
    nudge(): Promise<SendRound> {
      running ??= runOnce().finally(() => (running = null));
      return running;
    },
  };
}
export type HubSender = ReturnType<typeof createHubSender>;
