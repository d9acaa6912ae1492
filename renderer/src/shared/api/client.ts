import type { InputOf, OperationName, ResultOf } from '@contract/operations';
import { ApiError } from './ApiError';
import { refusedAsLocked } from './appLockSignal';
import './bridge';
import { electronTransport, httpTransport, type Transport } from './transports';

// The main process renders the first screen with this module loaded but no window (firstScreenHtml.tsx):
// nothing is invoked there, the screens' data is already in their cache.
const transport: Transport =
  typeof window !== 'undefined' && window.hallmarks ? electronTransport(window.hallmarks) : httpTransport;

/** Runs one contract operation; resolves with its value or throws an ApiError carrying the app's message. */
export async function invoke<K extends OperationName>(name: K, input: InputOf<K>): Promise<ResultOf<K>> {
  const result = await transport(name, input);
  if (!result.ok) {
    if (result.error.code === 'app_locked') refusedAsLocked();
    throw new ApiError(result.error);
  }
  return result.value as ResultOf<K>;
}
