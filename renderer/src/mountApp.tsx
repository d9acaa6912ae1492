import type { QueryClient } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { AppTree } from './AppTree';

/**
 * Puts the app in the page. When the main process rendered the first screen into it (`hydrate`), React
 * takes that HTML over; the query cache must hold the data it was rendered from (the page's data block),
 * so both renders agree. `onRecoverableError` hears any disagreement (React then renders afresh).
 */
export function mountApp(
  root: HTMLElement,
  queryClient: QueryClient,
  hydrate: boolean,
  onRecoverableError: (error: unknown) => void,
): void {
  const tree = <AppTree queryClient={queryClient} />;
  if (hydrate) hydrateRoot(root, tree, { onRecoverableError });
  // Replaces whatever is in the root: the main process's HTML of another screen included.
  else createRoot(root).render(tree);
}
