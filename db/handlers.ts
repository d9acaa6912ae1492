import { todayIso } from '../contract/dates';
import type { Database } from 'better-sqlite3';
import type { AppInfo, Handlers } from '../contract/operations';
import type { QuarterNumbering } from '../contract/quarters';
import { ServiceError } from '../contract/result';
import { backdateDemoActions, backdateDemoHistory, backdateDemoMeetings } from './demo/backdate-history';
import { createDemoHome } from './demo/demo-home';
import { addDemoImprovement } from './demo/demo-improvement';
import { addDemoMeeting } from './demo/demo-meetings';
import { addDemoVoice } from './demo/demo-voice';
import { currentFramework, frameworkByVersion } from './framework';
import { hallmarksV1 } from './framework/hallmarks-v1';
import { createHomeFileHandlers } from './home-file/home-file-handlers';
import { createHomesRepository } from './homes';
import { createImprovementHandlers } from './improvement-handlers';
import { createPreferences } from './preferences';
import { createReg45DraftHandlers } from './reg45-draft-handlers';
import { createReviewService } from './reviews/review-service';
import { createLockedModeHandlers } from './locked-mode-handlers';
import { createTeamHandlers } from './team-handlers';
import { createTeamMeetingHandlers } from './team-meeting-handlers';
import { createTeamRatingHandlers } from './team-rating-handlers';
import { createTrackingHandlers } from './tracking-handlers';
import { createVoiceHandlers } from './voice-handlers';

export interface StoreContext {
  appVersion: string;
  databasePath: string;
  journalMode: string;
  /** Where backups go: deleting a home says they still hold it until they age out. */
  backupsDir: string;
  /** The clock, fixed in tests. */
  now?: () => Date;
}

/** Binds every contract operation to the store. Inputs arrive already parsed by the contract. */
/** The operations on the data itself; backups and restore are bound by the store, which can swap the file. */
export type BackupOperation = Extract<keyof Handlers, `backups.${string}`>;
export type CoreHandlers = Omit<Handlers, BackupOperation>;

export function createHandlers(db: Database, context: StoreContext): CoreHandlers {
  const homes = createHomesRepository(db);
  const preferences = createPreferences(db);
  const reviews = createReviewService(db, { now: context.now });
  // The sample home's older quarters were reviewed before version 2 existed.
  const version1Reviews = createReviewService(db, {
    now: context.now,
    frameworks: { current: hallmarksV1, byVersion: frameworkByVersion },
  });

  function currentHomeId(): number | null {
    const saved = Number(preferences.get('currentHomeId'));
    const list = homes.list();
    return list.find((h) => h.id === saved)?.id ?? list[0]?.id ?? null;
  }

  const quarterNumbering = (): QuarterNumbering => {
    const saved = preferences.get('quarterNumbering');
    return saved === 'calendar' || saved === 'financial' ? saved : 'none';
  };

  const info = (): AppInfo => ({
    version: context.appVersion,
    databasePath: context.databasePath,
    journalMode: context.journalMode,
    currentHomeId: currentHomeId(),
    frameworkVersion: currentFramework.version,
    quarterNumbering: quarterNumbering(),
  });

  const handlers: CoreHandlers = {
    'app.info': info,
    'app.start': () => {
      const current = info();
      const dashboard =
        current.currentHomeId === null ? null : handlers['dashboard.get']({ homeId: current.currentHomeId });
      return { info: current, homes: homes.list(), dashboard };
    },
    'reports.inspectionPack': ({ homeId }) => ({
      home: homes.get(homeId),
      dashboard: handlers['dashboard.get']({ homeId }),
      actions: handlers['actions.list']({ homeId }),
      reg44: handlers['reg44.overview']({ homeId }),
      reg45: handlers['reg45.records']({ homeId }),
      ofsted: handlers['ofsted.overview']({ homeId }),
    }),
    'homes.list': () => homes.list(),
    'homes.get': ({ id }) => homes.get(id),
    'homes.create': (values) =>
      db.transaction(() => {
        const home = homes.create(values);
        preferences.set('currentHomeId', String(home.id));
        return home;
      })(),
    'homes.update': ({ id, ...values }) => homes.update(id, values),
    'settings.quarterNumbering': ({ numbering }) => {
      preferences.set('quarterNumbering', numbering);
      return info();
    },
    'homes.select': ({ id }) => {
      homes.get(id);
      preferences.set('currentHomeId', String(id));
      return info();
    },
    'framework.get': ({ version }) => {
      try {
        return frameworkByVersion(version);
      } catch {
        throw new ServiceError(
          'not_found',
          `This copy of Hallmarks does not have version ${version} of the framework.`,
        );
      }
    },
    'reviews.list': ({ homeId }) => reviews.list(homes.get(homeId).id),
    'reviews.get': ({ id }) => reviews.get(id),
    'reviews.start': ({ homeId, quarter }) => reviews.start(homes.get(homeId).id, quarter),
    'reviews.saveIndicator': (input) => reviews.saveIndicator(input),
    'reviews.saveDomain': (input) => reviews.saveDomain(input),
    'reviews.saveSummary': (input) => reviews.saveSummary(input),
    'reviews.saveJudgement': (input) => reviews.saveJudgement(input),
    'reviews.setPosition': (input) => reviews.setPosition(input),
    'reviews.records': ({ reviewId }) => reviews.records(reviewId),
    'reviews.complete': (input) => reviews.complete(input),
    'reviews.reopen': (input) => reviews.reopen(input),
    'customIndicators.list': ({ homeId }) => reviews.listCustomIndicators(homes.get(homeId).id),
    'customIndicators.add': ({ homeId, domainKey, statement }) =>
      reviews.addCustomIndicator(homes.get(homeId).id, domainKey, statement),
    ...createHomeFileHandlers(db, {
      appVersion: context.appVersion,
      backupsDir: context.backupsDir,
      now: context.now ?? (() => new Date()),
      setCurrentHome: (id) => preferences.set('currentHomeId', id === null ? '' : String(id)),
    }),
    ...createTrackingHandlers(db, homes, context.now),
    ...createImprovementHandlers(db, homes, context.now),
    ...createTeamHandlers(db, homes),
    ...createLockedModeHandlers(db, homes, context.now),
    ...createTeamRatingHandlers(db, homes, reviews, context.now),
    ...createTeamMeetingHandlers(db, reviews, context.now),
    ...createVoiceHandlers(db, homes, context.now),
    ...createReg45DraftHandlers(db, homes, context.now),
    'demo.create': () =>
      db.transaction(() => {
        const now = (context.now ?? (() => new Date()))();
        const home = createDemoHome(
          handlers,
          now,
          (homeId, quarter) => version1Reviews.start(homeId, quarter),
          (homeId, reviewId, index) => addDemoMeeting(handlers, homeId, reviewId, index, now),
        );
        backdateDemoHistory(db, home.id);
        backdateDemoMeetings(db, home.id);
        addDemoImprovement(handlers, home.id, now);
        backdateDemoActions(db, home.id, todayIso(now));
        addDemoVoice(handlers, home.id, now);
        preferences.set('currentHomeId', String(home.id));
        return home;
      })(),
  };
  return handlers;
}
