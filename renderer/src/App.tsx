import { Suspense } from 'react';
import { useCurrentHome } from '@shared/api/currentHome';
import { AppRoutes } from './AppRoutes';
import { Layout } from './components/Layout';
import { LoadingScreen } from './components/LoadingScreen';
import { CurrentHomeContext } from '@shared/currentHomeContext';
import { lazyScreen } from '@shared/lib/lazyScreen';
import { LoadErrorScreen } from './screens/LoadErrorScreen';

const FirstRunScreen = lazyScreen(() => import('./screens/FirstRunScreen'), 'FirstRunScreen');

/** Opens the data, then shows first run (no home yet) or the app for the current home. */
export function App() {
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
      <Layout>
        <AppRoutes />
      </Layout>
    </CurrentHomeContext.Provider>
  );
}
