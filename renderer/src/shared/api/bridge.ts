import type { OperationName } from '@contract/operations';
import type { Result } from '@contract/result';

/** What Electron's preload exposes; absent in browser mode. */
export interface HallmarksBridge {
  invoke(name: OperationName, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    hallmarks?: HallmarksBridge;
  }
}
