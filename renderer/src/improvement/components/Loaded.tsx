import type { ReactNode } from 'react';
import { LoadingOrError } from '@shared/ui/LoadingOrError';

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  refetch: () => Promise<unknown>;
}

/** Draws `children` with the data once it has loaded; until then a quiet loading line or the error. */
export function Loaded<T>({ query, children }: { query: QueryLike<T>; children: (data: T) => ReactNode }) {
  if (query.data === undefined) return <LoadingOrError error={query.error} onRetry={() => query.refetch()} />;
  return <>{children(query.data)}</>;
}
