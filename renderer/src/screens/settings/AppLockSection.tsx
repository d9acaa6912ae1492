import { useState, type FormEvent } from 'react';
import { IDLE_MINUTES_CHOICES, type AppLockStatus } from '@contract/app-lock';
import { messageOf } from '@shared/api/ApiError';
import { useAppLockStatus, useSetIdleMinutes } from '@shared/app-lock/appLockApi';
import { handler } from '@shared/lib/background';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { SelectField } from '@shared/ui/SelectField';

/**
 * The app lock: when it locks, and how long without use. It needs the manager's PIN or password (the
 * sections above) to unlock, so until one is set the section says so rather than offer a lock.
 */
export function AppLockSection() {
  const status = useAppLockStatus();
  return (
    <section className="section" aria-labelledby="app-lock-title">
      <h2 className="heading-l" id="app-lock-title">
        Lock when away
      </h2>
      {status.data === undefined ? (
        <LoadingOrError error={status.error} onRetry={() => status.refetch()} />
      ) : (
        <AppLockSettings status={status.data} />
      )}
    </section>
  );
}

function AppLockSettings({ status }: { status: AppLockStatus }) {
  const [minutes, setMinutes] = useState(String(status.idleMinutes));
  const [said, setSaid] = useState('');
  const save = useSetIdleMinutes();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    setSaid('');
    try {
      const saved = await save.mutateAsync({ idleMinutes: Number(minutes) });
      setSaid(`Saved. Hallmarks will lock after ${saved.idleMinutes} minutes without use.`);
    } catch {
      // Said beside the choice (the mutation's error).
    }
  }

  const options = IDLE_MINUTES_CHOICES.map((m) => ({ value: String(m), label: `${m} minutes` }));
  return (
    <>
      {status.canLock ? (
        <p>
          Hallmarks hides everything behind a lock screen after the time below without use, when the computer
          goes to sleep or its screen locks, and when you choose Lock at the top of the page or press Ctrl+L.
          The manager’s PIN, password or the recovery key unlocks it.
        </p>
      ) : (
        <p>
          Set a manager’s PIN or password above first: Hallmarks locks itself only once there is a way to
          unlock it. Then it hides everything behind a lock screen after the time below without use, when the
          computer goes to sleep or its screen locks, and on Ctrl+L.
        </p>
      )}
      <form className="form" noValidate onSubmit={handler(submit)} aria-label="Lock when away">
        <SelectField
          id="app-lock-minutes"
          label="Lock after this long without use"
          value={minutes}
          options={
            options.some((o) => o.value === minutes)
              ? options
              : [...options, { value: minutes, label: `${minutes} minutes` }]
          }
          onChange={setMinutes}
          error={save.isError ? messageOf(save.error) : undefined}
        />
        <div className="button-group">
          <button type="submit" className="button" aria-disabled={save.isPending || undefined}>
            Save
          </button>
        </div>
        <p className="status-message" role="status">
          {said}
        </p>
      </form>
    </>
  );
}
