import { z } from 'zod';
import type { WhileLocked } from '../locked-mode';

/**
 * Whether an operation only reads the data or may change it. The backup hook reads this (a read never makes
 * a backup due), so a new operation cannot be forgotten in a hand-kept list: it must say which it is.
 */
export type Access = 'read' | 'write';

const declare =
  <A extends Access>(access: A) =>
  <Result>() =>
  <Input extends z.ZodType>(input: Input, whileLocked: WhileLocked = 'refused') => ({
    input,
    access,
    /** Whether the operation runs while the app is in locked mode (see contract/locked-mode.ts). */
    whileLocked,
    result: undefined as unknown as Result,
  });

/** An operation that only reads the data. */
export const read = declare('read');
/** An operation that may change the data (or the file it lives in). */
export const write = declare('write');

/** The input of an operation that takes none. */
export const none = z.strictObject({});

/** A save that created or changed one record: its id, and the list it belongs to. */
export interface Saved<T> {
  savedId: number;
  value: T;
}
