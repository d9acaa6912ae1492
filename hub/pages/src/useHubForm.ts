import { useState, type FormEvent } from 'react';
import { handler } from '@shared/lib/background';

/** Runs a hub call from a form and keeps its outcome or the hub's refusal in words. */
export function useHubForm<T>(run: () => Promise<T>) {
  const [result, setResult] = useState<T | null>(null);
  const [problem, setProblem] = useState('');
  const [pending, setPending] = useState(false);
  async function perform() {
    setPending(true);
    setProblem('');
    setResult(null);
    try {
      setResult(await run());
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setPending(false);
    }
  }
  async function submit(event: FormEvent) {
    event.preventDefault();
    await perform();
  }
  /** For ConfirmInPlace, whose button stays focusable while the call runs: a second press does nothing. */
  async function confirm() {
    if (!pending) await perform();
  }
  return { result, problem, pending, onSubmit: handler(submit), confirm };
}
