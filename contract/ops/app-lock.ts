import { exitLockInput } from '../locked-mode';
import { lockAppInput, setIdleInput, type AppLockStatus } from '../app-lock';
import { none, read, write } from './op';

/** The app lock (contract/app-lock.ts): what runs while locked is listed there, not in 'whileLocked'. */
export const appLockOperations = {
  // 'always' here is for locked mode: the app lock covers survey and private rating screens too.
  'appLock.status': read<AppLockStatus>()(none, 'always'),
  'appLock.lock': write<AppLockStatus>()(lockAppInput, 'always'),
  /** One way in: the PIN, the manager's password or the recovery key (the same input as locked mode's exit). */
  'appLock.unlock': write<AppLockStatus>()(exitLockInput, 'always'),
  'appLock.setIdle': write<AppLockStatus>()(setIdleInput),
} as const;
