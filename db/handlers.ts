import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { CoreHandlers, StoreContext } from './core-handlers';
import { createAppLockHandlers } from './app-lock/app-lock-handlers';
import { createDemoHandlers } from './demo/demo-handlers';
import { createFrameworkHandlers } from './framework/framework-handlers';
import { createHomeFileHandlers } from './home-file/home-file-handlers';
import { createHomeHandlers } from './homes/home-handlers';
import { createHubHandlers } from './hub-outbox/hub-handlers';
import { credentialSeal } from './hub-outbox/credential-seal';
import { createPhoneRoundHandlers } from './hub-outbox/phone-round-handlers';
import { createHomesRepository } from './homes/homes';
import { createPreferences } from './homes/preferences';
import { createImprovementHandlers } from './improvement/improvement-handlers';
import { createNotificationHandlers } from './notifications/notifications-handlers';
import { createTrackingHandlers } from './insights/tracking-handlers';
import { createLockedModeHandlers } from './locked-mode/locked-mode-handlers';
import { createReg45DraftHandlers } from './reg45/reg45-draft-handlers';
import { createReportHandlers } from './reports/report-handlers';
import { createReviewHandlers } from './reviews/review-handlers';
import { createReviewService } from './reviews/review-service';
import { createTeamHandlers } from './team/team-handlers';
import { createTeamMeetingHandlers } from './team/team-meeting-handlers';
import { createTeamRatingHandlers } from './team/team-rating-handlers';
import { createVoiceHandlers } from './voice/voice-handlers';

export type { BackupOperation, CoreHandlers, StoreContext } from './core-handlers';

/**
 * Binds every contract operation to the store, by assembling each feature's handler map (each feature's
 * folder holds its handlers, service and repositories). Inputs arrive already parsed by the contract.
 */
export function createHandlers(db: Database, context: StoreContext): CoreHandlers {
  const now = context.now ?? (() => new Date());
  const homes = createHomesRepository(db);
  const preferences = createPreferences(db);
  const reviews = createReviewService(db, { now: context.now });
  const all = () => handlers;

  const handlers: CoreHandlers = {
    ...createHomeHandlers(db, homes, preferences, context, (input) => all()['dashboard.get'](input)),
    ...createFrameworkHandlers(),
    ...createReviewHandlers(homes, reviews),
    ...createReportHandlers(homes, all),
    ...createHomeFileHandlers(db, {
      appVersion: context.appVersion,
      dataFile: context.databasePath,
      backupsDir: context.backupsDir,
      key: context.key ?? null,
      now,
      setCurrentHome: (id) => preferences.set('currentHomeId', id === null ? '' : String(id)),
    }),
    ...createTrackingHandlers(db, homes, context.now),
    ...createImprovementHandlers(db, homes, context.now),
    ...createNotificationHandlers(db, homes, now),
    ...createTeamHandlers(db, homes, now),
    ...createLockedModeHandlers(db, homes, context.now, context.recoveryKeyMatches),
    ...createAppLockHandlers(db, context.now, context.recoveryKeyMatches),
    ...createTeamRatingHandlers(db, homes, reviews, context.now),
    ...createTeamMeetingHandlers(db, reviews, context.now),
    ...createVoiceHandlers(db, homes, context.now),
    ...createReg45DraftHandlers(db, homes, context.now),
    ...createDemoHandlers(db, preferences, all, now),
    ...createHubHandlers(db, homes, reviews, { now, osKeyStore: context.osKeyStore }),
    ...createPhoneRoundHandlers(db, homes, reviews, now, credentialSeal(context.osKeyStore)),
  };
  return handlers;
}
