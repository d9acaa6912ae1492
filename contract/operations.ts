import type { z } from 'zod';
import type { operationNames } from './operation-names';
import type { WhileLocked } from './locked-mode';
import { appOperations } from './ops/app';
import { homesOperations } from './ops/homes';
import { reviewOperations } from './ops/review';
import { reportsOperations } from './ops/reports';
import { insightsOperations } from './ops/insights';
import { backupsOperations } from './ops/backups';
import { improvementOperations } from './ops/improvement';
import { reg45Operations } from './ops/reg45';
import { voiceOperations } from './ops/voice';
import { teamOperations } from './ops/team';
import { lockedModeOperations } from './ops/locked-mode';
import { appLockOperations } from './ops/app-lock';
import { notificationsOperations } from './ops/notifications';
import { hubOperations } from './ops/hub';
import { phoneRoundOperations } from './ops/phone-round';

export type { AppInfo, StartupData } from './ops/app';
export type { InspectionPackData } from './ops/reports';
export type { Access, Saved } from './ops/op';

/**
 * Every operation the UI may ask for, with the schema its input must pass and the type of its result.
 * Electron's main process and the browser-mode server both register handlers from this list; the
 * preload bridge and the renderer's client only accept these names. Nothing else crosses.
 * Each feature declares its operations in contract/ops/, and each operation says whether it reads or
 * writes the data (ops/op.ts): the backup hook and locked mode read those declarations.
 */
export const operations = {
  ...appOperations,
  ...homesOperations,
  ...reviewOperations,
  ...reportsOperations,
  ...insightsOperations,
  ...backupsOperations,
  ...improvementOperations,
  ...reg45Operations,
  ...voiceOperations,
  ...teamOperations,
  ...lockedModeOperations,
  ...appLockOperations,
  ...notificationsOperations,
  ...hubOperations,
  ...phoneRoundOperations,
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller sends. */
export type InputOf<K extends OperationName> = z.input<Operations[K]['input']>;
/** What a handler receives, after parsing. */
export type ParsedInputOf<K extends OperationName> = z.output<Operations[K]['input']>;
export type ResultOf<K extends OperationName> = Operations[K]['result'];

/** Whether `name` may run while the app is locked in `mode`. */
export function allowedWhileLocked(name: OperationName, mode: string): boolean {
  const rule: WhileLocked = operations[name].whileLocked;
  return rule === 'always' || (rule !== 'refused' && (rule as readonly string[]).includes(mode));
}

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(operations, name);
}

/** The store answers synchronously (better-sqlite3); transports await the result either way. */
export type Handlers = {
  [K in OperationName]: (input: ParsedInputOf<K>) => ResultOf<K>;
};

type ListedName = (typeof operationNames)[number];
/** Compile-time check that operation-names.ts names exactly these operations. */
export const namesMatch: [Exclude<OperationName, ListedName>, Exclude<ListedName, OperationName>] extends [
  never,
  never,
]
  ? true
  : never = true;

/** Whether `name` only reads the data: the backup hook never counts a read as a change. */
export function onlyReads(name: OperationName): boolean {
  return operations[name].access === 'read';
}
