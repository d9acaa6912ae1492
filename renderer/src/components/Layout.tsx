import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useHome } from '@shared/currentHomeContext';
import { useFocusHeadingOnNavigate } from '@shared/hooks/headingFocus';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

export function Layout({ children }: { children: ReactNode }) {
  const { home, homes, info } = useHome();
  const [location] = useLocation();
  useFocusHeadingOnNavigate(location);
  return (
    <div className="page">
      <SkipLink />
      <SiteHeader home={home} homes={homes} />
      <main className="main width-container" id="main-content" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter version={info.version} />
    </div>
  );
}
