import { Suspense, useEffect } from 'react';
import { useLocation } from 'wouter';
import { useCurrentHome } from '@shared/api/currentHome';
import { useLockStatus } from '@shared/locked-mode/lockApi';
import { useAppLockPhase } from '@shared/app-lock/appLockState';
import { useAppLockTriggers } from '@shared/app-lock/useAppLockTriggers';
import { keepDraftsAcrossLock } from '@shared/app-lock/keptDrafts';
import { AppRoutes } from './AppRoutes';
import { Layout } from './components/Layout';
import { LoadingScreen } from './components/LoadingScreen';
import { CurrentHomeContext } from '@shared/currentHomeContext';
import { lazyScreen } from '@shared/lib/lazyScreen';
import { LoadErrorScreen } from './screens/LoadErrorScreen';
import { HubSending } from './screens/settings/hub/HubSending';
import { isPrintPath, PrintApp } from '@reports';

const FirstRunScreen = lazyScreen(() => import('./screens/FirstRunScreen'), 'FirstRunScreen');
// Loaded only when the app is locked, like the locked screens themselves.
const LockedApp = lazyScreen(() => import('./LockedApp'), 'LockedApp');
const AppLockScreen = lazyScreen(() => import('@shared/app-lock/AppLockScreen'), 'AppLockScreen');

/**
 * The app lock before anything: while it is locked the page holds only the lock screen, and everything
 * else is removed from it (shared/app-lock keeps what was being typed).
 */
export function App() {
  const phase = useAppLockPhase();
  if (phase === 'checking') return <LoadingScreen />;
  if (phase === 'locked') {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <AppLockScreen />
      </Suspense>
    );
  }
  return <OpenApp />;
}

/**
 * Locked mode first: while the app is locked nothing else is drawn or fetched, print views included.
 * Otherwise a report's print view fills the window on its own, and everything else is the app.
 */
function OpenApp() {
  useAppLockTriggers();
  const lock = useLockStatus();
  const inLockedMode = Boolean(lock.data);
  useEffect(() => keepDraftsAcrossLock(!inLockedMode), [inLockedMode]);
  const [location] = useLocation();
  if (lock.error) return <LoadErrorScreen error={lock.error} onRetry={() => lock.refetch()} />;
  if (lock.isPending) return <LoadingScreen />;
  if (lock.data) {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <LockedApp lock={lock.data} />
      </Suspense>
    );
  }
  if (isPrintPath(location)) {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <PrintApp />
      </Suspense>
    );
  }
  return <MainApp />;
}

/** Opens the data, then shows first run (no home yet) or the app for the current home. */
function MainApp() {
  const { home, homes, info, isPending, error, retry } = useCurrentHome();
  if (error) return <LoadErrorScreen error={error} onRetry={retry} />;
  if (isPending || !info) return <LoadingScreen />;
  if (!home) {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <FirstRunScreen />
      </Suspense>
    );
  }
  return (
    <CurrentHomeContext.Provider value={{ home, homes, info }}>
      <HubSending homeId={home.id} />
      <Layout>
        <AppRoutes />
      </Layout>
    </CurrentHomeContext.Provider>
  );
}
