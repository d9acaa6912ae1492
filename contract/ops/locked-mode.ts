import { enterLockInput, exitLockInput, setPinInput, type LockStatus, type PinStatus } from '../locked-mode';
import { none, read, write } from './op';

/** The manager's PIN and locked mode. */
export const lockedModeOperations = {
  'pin.status': read<PinStatus>()(none),
  'pin.set': write<PinStatus>()(setPinInput),
  'lock.status': read<LockStatus | null>()(none, 'always'),
  'lock.enter': write<LockStatus>()(enterLockInput),
  'lock.exit': write<null>()(exitLockInput, 'always'),
} as const;
