import '@shared/locked-mode/locked-mode.css';
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { AppLockStatus } from '@contract/app-lock';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { ManagerProofForm, type ProofWay } from '@shared/locked-mode/ManagerProofForm';
import { LoadingOrError } from '@shared/ui/LoadingOrError';
import { useAppLockStatus, useUnlockApp } from './appLockApi';
import { showOpen } from './appLockState';
import { keptDraftCount } from './keptDrafts';

/** The ways in, the likeliest first: the PIN, unless too many wrong PINs have been typed. */
function waysIn(status: AppLockStatus): ProofWay[] {
  const pin: ProofWay[] = status.ways.pin && !status.pinBlocked ? ['pin'] : [];
  const password: ProofWay[] = status.ways.password ? ['password'] : [];
  const recovery: ProofWay[] = status.ways.recoveryKey ? ['recoveryKey'] : [];
  return [...pin, ...password, ...recovery];
}

/**
 * All the page shows while the app is locked: no home's name, no menu, nothing read from the data. The
 * screens behind it are gone from the page, not hidden, and what they had read is dropped here.
 */
export function AppLockScreen() {
  usePageTitle('Locked');
  const appClient = useQueryClient();
  // The lock screen reads through a client of its own, so the app's can be emptied while it shows.
  const [lockClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  // Everything read before the lock is dropped from the page's memory (the screens that read it are
  // already gone); after the unlock each screen reads afresh.
  useEffect(() => appClient.clear(), [appClient]);
  return (
    <QueryClientProvider client={lockClient}>
      <LockScreen />
    </QueryClientProvider>
  );
}

function LockScreen() {
  const status = useAppLockStatus();
  const unlock = useUnlockApp();
  // Said only when something was kept (never in survey mode or private rating, see keptDrafts.ts).
  const [keptSomething] = useState(() => keptDraftCount() > 0);
  // Unlocked meanwhile (in another tab), or never locked (the lock could not reach the app).
  const openAlready = status.data?.locked === false;
  useEffect(() => {
    if (openAlready) showOpen('quietly');
  }, [openAlready]);

  async function submit(proof: Parameters<typeof unlock.mutateAsync>[0]) {
    const after = await unlock.mutateAsync(proof);
    if (!after.locked) showOpen();
  }

  return (
    <div className="page">
      <header className="locked-header">
        <div className="locked-header__bar width-container">
          <p className="locked-header__title">
            <span className="header__app">Hallmarks</span> <span>Locked</span>
          </p>
        </div>
      </header>
      <main className="main width-container" id="main-content" tabIndex={-1}>
        <div className="narrow">
          {status.data === undefined ? (
            <LoadingOrError error={status.error} onRetry={() => status.refetch()} />
          ) : (
            <ManagerProofForm
              idPrefix="app-unlock"
              heading="Hallmarks is locked"
              intro={
                keptSomething
                  ? 'Only the manager can unlock it. What you were typing stays in this window and is back when Hallmarks is unlocked.'
                  : 'Only the manager can unlock it.'
              }
              ways={waysIn(status.data)}
              submit={submit}
              pending={unlock.isPending}
            />
          )}
        </div>
      </main>
    </div>
  );
}
