import type { MouseEvent, ReactNode } from 'react';
import { useLocation } from 'wouter';
import { useSelectHome } from '@shared/api/homes';
import { handler } from '@shared/lib/background';

/** A link to another home's dashboard: switches to that home first, then goes there. */
export function SwitchHomeLink({ homeId, children }: { homeId: number; children: ReactNode }) {
  const select = useSelectHome();
  const [, navigate] = useLocation();

  async function follow(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    if (select.isPending) return;
    try {
      await select.mutateAsync(homeId);
      navigate('/');
    } catch {
      // The header's home switcher reports failures to switch; staying here is safe.
    }
  }

  return (
    <a href="#/" onClick={handler(follow)}>
      {children}
    </a>
  );
}
