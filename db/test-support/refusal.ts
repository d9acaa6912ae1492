import { ServiceError } from '../../contract/result';
import { openStore, StoreOpenError, type StoreOptions } from '../store';

/** The StoreOpenError opening the file gives; fails the test if it opens or throws anything else. */
export function openRefusal(file: string, options: Partial<StoreOptions> = {}): StoreOpenError {
  try {
    openStore({ file, appVersion: 't', ...options }).close();
  } catch (error) {
    if (error instanceof StoreOpenError) return error;
    throw error;
  }
  throw new Error('expected the store to refuse to open');
}

/** The ServiceError `run` throws; fails the test if it returns or throws anything else. */
export function serviceRefusal(run: () => unknown): ServiceError {
  try {
    run();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected the operation to be refused');
}

/** The error a harness call (db/test-support/handler-harness.ts) is refused with, its fields included. */
export async function callRefusal(
  promise: Promise<unknown>,
): Promise<Error & { fields?: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { fields?: Record<string, string> };
  }
  throw new Error('expected a refusal');
}
