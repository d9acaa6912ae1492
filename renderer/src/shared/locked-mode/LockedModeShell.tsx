import './locked-mode.css';
import { useState, type ComponentType } from 'react';
import type { LockMode, LockStatus } from '@contract/locked-mode';
import { usePageTitle } from '@shared/hooks/usePageTitle';
import { ExitWithPin } from './ExitWithPin';
import { FullScreenButton } from './FullScreenButton';

/** The one screen each locked mode shows; the app passes them in, so shared/ never imports a feature. */
export type LockedScreens = Partial<Record<LockMode, ComponentType<{ lock: LockStatus }>>>;

const TITLES: Record<LockMode, string> = {
  rating: 'Private rating',
  voice: 'Your views',
};

/**
 * While the app is locked the window shows only this: the mode's screen and a way out for the manager.
 * There is no navigation to anything else; the server refuses everything else anyway.
 */
export function LockedModeShell({ lock, screens }: { lock: LockStatus; screens: LockedScreens }) {
  const [exiting, setExiting] = useState(false);
  const Screen = screens[lock.mode];
  usePageTitle(TITLES[lock.mode]);
  return (
    <div className="page locked-page">
      <header className="locked-header">
        <div className="locked-header__bar width-container">
          <p className="locked-header__title">
            <span className="header__app">Hallmarks</span> <span>{TITLES[lock.mode]}</span>
          </p>
          {!exiting && (
            <div className="button-group">
              {lock.mode === 'voice' && <FullScreenButton />}
              <button type="button" className="button button--secondary" onClick={() => setExiting(true)}>
                Exit (manager’s PIN)
              </button>
            </div>
          )}
        </div>
      </header>
      <main className="main width-container" id="main-content" tabIndex={-1}>
        {exiting ? (
          <div className="narrow">
            <ExitWithPin onCancel={() => setExiting(false)} />
          </div>
        ) : Screen ? (
          <Screen lock={lock} />
        ) : (
          <div className="narrow">
            <h1 className="heading-xl">Hallmarks is locked</h1>
            <p className="body-l">Only the manager can unlock it, with their PIN.</p>
          </div>
        )}
      </main>
    </div>
  );
}
