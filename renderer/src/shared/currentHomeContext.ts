import { createContext, useContext } from 'react';
import type { Home } from '@contract/home';
import type { AppInfo } from '@contract/operations';

export interface CurrentHome {
  home: Home;
  homes: Home[];
  info: AppInfo;
}

export const CurrentHomeContext = createContext<CurrentHome | null>(null);

/** The home being worked in; only screens inside the app's layout (after first run) may ask. */
export function useHome(): CurrentHome {
  const value = useContext(CurrentHomeContext);
  if (!value) throw new Error('useHome is only available once a home exists');
  return value;
}
