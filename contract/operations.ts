import { z } from 'zod';
import { homeFields, type Home } from './home';

/**
 * Every operation the UI may ask for, with the schema its input must pass and the type of its result.
 * Electron's main process and the browser-mode server both register handlers from this list; the
 * preload bridge and the renderer's client only accept these names. Nothing else crosses.
 */
const op =
  <Result>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });

const id = z
  .number({ error: 'An id must be a number' })
  .int({ error: 'An id must be a whole number' })
  .positive({ error: 'An id must be positive' });
const none = z.strictObject({});

export interface AppInfo {
  version: string;
  databasePath: string;
  /** "wal" normally; anything else means the folder cannot share memory (network or cloud drive). */
  journalMode: string;
  currentHomeId: number | null;
}

export const operations = {
  'app.info': op<AppInfo>()(none),
  'homes.list': op<Home[]>()(none),
  'homes.get': op<Home>()(z.strictObject({ id })),
  'homes.create': op<Home>()(homeFields),
  'homes.update': op<Home>()(z.strictObject({ id, ...homeFields.shape })),
  'homes.select': op<AppInfo>()(z.strictObject({ id })),
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller sends. */
export type InputOf<K extends OperationName> = z.input<Operations[K]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInputOf<K extends OperationName> = z.output<Operations[K]['input']>;
export type ResultOf<K extends OperationName> = Operations[K]['result'];

export const operationNames = Object.keys(operations) as OperationName[];

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(operations, name);
}

export type Handlers = {
  [K in OperationName]: (input: ParsedInputOf<K>) => ResultOf<K> | Promise<ResultOf<K>>;
};
