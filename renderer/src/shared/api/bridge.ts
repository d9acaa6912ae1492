import type { OperationName } from '@contract/operations';
import type { Result } from '@contract/result';
import type { StartGate, StartGateAnswer } from '@contract/start-gate';

/** What Electron's preload exposes; absent in browser mode. */
export interface HallmarksBridge {
  invoke(name: OperationName, input: unknown): Promise<Result<unknown>>;
  /** Called when the desktop shell locks the app (the computer sleeps or its screen locks). */
  onAppLocked(listener: () => void): void;
  /** Before the data is open: what to ask (null once open), and the answer, which returns the next. */
  gate?: {
    state(): Promise<StartGate | null>;
    answer(answer: StartGateAnswer): Promise<StartGate | null>;
  };
  /** A report's Save as PDF: the desktop app asks where to save the report this window shows. */
  savePdf?(): Promise<Result<null>>;
}

declare global {
  interface Window {
    hallmarks?: HallmarksBridge;
  }
}
