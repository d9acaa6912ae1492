import type { Database } from 'better-sqlite3-multiple-ciphers';
import { todayIso } from '../../contract/rules/dates';
import type { Handlers } from '../../contract/operations';
import type { CoreHandlers } from '../core-handlers';
import { frameworkByVersion } from '../framework';
import { hallmarksV1 } from '../framework/hallmarks-v1';
import { hallmarksV2 } from '../framework/hallmarks-v2';
import type { createPreferences } from '../homes/preferences';
import { createReviewService } from '../reviews/review-service';
import { backdateDemoActions, backdateDemoHistory, backdateDemoMeetings } from './backdate-history';
import { createDemoHome } from './demo-home';
import { addDemoImprovement } from './demo-improvement';
import { addDemoMeeting } from './demo-meetings';
import { addDemoNotifications } from './demo-notifications';
import { addDemoVoice } from './demo-voice';

/** The sample home, made through the same handlers a manager's actions go through. */
export function createDemoHandlers(
  db: Database,
  preferences: ReturnType<typeof createPreferences>,
  /** Every feature's handlers, looked up when the sample home is made. */
  features: () => CoreHandlers,
  now: () => Date,
): Pick<Handlers, 'demo.create'> {
  // The sample home's older quarters were reviewed before version 2 existed, ...
  const version1Reviews = createReviewService(db, {
    now,
    frameworks: { current: hallmarksV1, byVersion: frameworkByVersion },
  });
  // ...and its later quarters against version 2, before version 3 existed: the sample's story, notes and
  // cross-checks are written for those versions.
  const version2Reviews = createReviewService(db, {
    now,
    frameworks: { current: hallmarksV2, byVersion: frameworkByVersion },
  });
  return {
    'demo.create': () =>
      db.transaction(() => {
        const handlers = features();
        const at = now();
        const home = createDemoHome(
          handlers,
          at,
          (homeId, quarter, version) =>
            (version === 1 ? version1Reviews : version2Reviews).start(homeId, quarter),
          (homeId, reviewId, index) => addDemoMeeting(handlers, homeId, reviewId, index, at),
        );
        backdateDemoHistory(db, home.id);
        backdateDemoMeetings(db, home.id);
        addDemoImprovement(handlers, home.id, at);
        addDemoNotifications(handlers, home.id, at);
        backdateDemoActions(db, home.id, todayIso(at));
        addDemoVoice(handlers, home.id, at);
        preferences.set('currentHomeId', String(home.id));
        return home;
      })(),
  };
}
