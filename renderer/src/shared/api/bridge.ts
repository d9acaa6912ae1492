import type { OperationName } from '@contract/operations';
import type { Result } from '@contract/result';

/** What Electron's preload exposes; absent in browser mode. */
export interface HallmarksBridge {
  invoke(name: OperationName, input: unknown): Promise<Result<unknown>>;
  /** Called when the desktop shell locks the app (the computer sleeps or its screen locks). */
  onAppLocked(listener: () => void): void;
}

declare global {
  interface Window {
    hallmarks?: HallmarksBridge;
  }
}
