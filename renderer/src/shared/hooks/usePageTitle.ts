import { useEffect } from 'react';

/** Sets the window title, e.g. "Dashboard – Hallmarks", so each screen is named in the title bar and tabs. */
export function usePageTitle(screen: string) {
  useEffect(() => {
    document.title = `${screen} – Hallmarks`;
  }, [screen]);
}
