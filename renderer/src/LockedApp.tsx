import type { LockStatus } from '@contract/locked-mode';
import { LockedModeShell, type LockedScreens } from '@shared/locked-mode/LockedModeShell';
import { RatingModeScreen } from '@meetings';
import { SurveyModeScreen } from '@voice';

/** The screen each locked mode shows: private rating for team meetings, and children's surveys. */
const lockedScreens: LockedScreens = { rating: RatingModeScreen, voice: SurveyModeScreen };

/**
 * The app in a locked mode (App loads it only then, a chunk of its own: the locked screens' loaders are
 * not the first screen's to carry).
 */
export function LockedApp({ lock }: { lock: LockStatus }) {
  return <LockedModeShell lock={lock} screens={lockedScreens} />;
}
