import type { ReactNode } from 'react';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

/** For screens shown before the app has a home to work in: first run, and failing to open the data. */
export function PlainLayout({ children }: { children: ReactNode }) {
  return (
    <div className="page">
      <SkipLink />
      <SiteHeader />
      <main className="main width-container" id="main-content" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
