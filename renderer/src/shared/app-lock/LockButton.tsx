import { inBackground } from '@shared/lib/background';
import { useAppLockStatus } from './appLockApi';
import { lockApp } from './appLockState';

/** The header's "Lock" button: shown once the manager has a PIN or password that can unlock it. */
export function LockButton() {
  const status = useAppLockStatus();
  if (!status.data?.canLock) return null;
  return (
    <button
      type="button"
      className="button button--inverse header__lock"
      aria-keyshortcuts="Control+L"
      title="Lock Hallmarks (Ctrl+L)"
      onClick={() => inBackground(lockApp('button'))}
    >
      Lock
    </button>
  );
}
