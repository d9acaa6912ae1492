import type { Home } from '@contract/home';
import { LockButton } from '@shared/app-lock/LockButton';
import { HomeSwitcher } from './HomeSwitcher';
import { MainNav } from './MainNav';

/** The app's banner; before any home exists (first run) it carries only the app's name. */
export function SiteHeader({ home, homes = [] }: { home?: Home; homes?: Home[] }) {
  return (
    <header className="header">
      <div className="header__bar width-container">
        <p className="header__identity">
          <span className="header__app">Hallmarks</span>
          {home && (
            <span className="header__home">
              <span className="visually-hidden">Current home: </span>
              {home.name}
            </span>
          )}
        </p>
        {home && homes.length > 1 && <HomeSwitcher homes={homes} current={home} />}
        {home && <LockButton />}
      </div>
      {home && <MainNav />}
    </header>
  );
}
