import {
  enterLockInput,
  exitLockInput,
  setPasswordInput,
  setPinInput,
  type LockStatus,
  type PasswordStatus,
  type PinStatus,
} from '../locked-mode';
import { none, read, write } from './op';

/** The manager's PIN and password, and locked mode. */
export const lockedModeOperations = {
  'pin.status': read<PinStatus>()(none),
  'pin.set': write<PinStatus>()(setPinInput),
  'password.status': read<PasswordStatus>()(none),
  'password.set': write<PasswordStatus>()(setPasswordInput),
  'lock.status': read<LockStatus | null>()(none, 'always'),
  'lock.enter': write<LockStatus>()(enterLockInput),
  'lock.exit': write<null>()(exitLockInput, 'always'),
} as const;
