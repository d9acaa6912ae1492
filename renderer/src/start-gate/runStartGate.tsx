import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StartGate as Gate } from '@contract/start-gate';
import type { HallmarksBridge } from '@shared/api/bridge';
import { inBackground } from '@shared/lib/background';
import { StartGate } from './StartGate';

/**
 * The desktop app's window before the data is open: shows what the shell asks, sends each answer, and
 * shows the next question, until the shell says the data is open; then the page loads the app.
 */
export function runStartGate(
  element: HTMLElement,
  gate: NonNullable<HallmarksBridge['gate']>,
  first: Gate,
): void {
  const root = createRoot(element);
  const show = (state: Gate) =>
    root.render(
      <StrictMode>
        <StartGate gate={state} onAnswer={(answer) => inBackground(gate.answer(answer).then(next))} />
      </StrictMode>,
    );
  const next = (state: Gate | null) => (state ? show(state) : window.location.reload());
  show(first);
}
