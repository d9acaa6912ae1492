import type { AppInfo, Handlers } from '../../contract/operations';
import type { QuarterNumbering } from '../../contract/rules/quarters';
import type { Database } from 'better-sqlite3';
import type { StoreContext } from '../core-handlers';
import { currentFramework } from '../framework';
import type { createHomesRepository } from './homes';
import type { createPreferences } from './preferences';

type HomeOperation =
  | 'app.info'
  | 'app.start'
  | 'homes.list'
  | 'homes.get'
  | 'homes.create'
  | 'homes.update'
  | 'homes.select'
  | 'settings.quarterNumbering';

/** The homes, the current one, and the app's facts and settings that the first screen reads with them. */
export function createHomeHandlers(
  db: Database,
  homes: ReturnType<typeof createHomesRepository>,
  preferences: ReturnType<typeof createPreferences>,
  context: StoreContext,
  /** The current home's dashboard, for the first screen's one call. */
  dashboard: Handlers['dashboard.get'],
): Pick<Handlers, HomeOperation> {
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

  return {
    'app.info': info,
    'app.start': () => {
      const current = info();
      const first = current.currentHomeId === null ? null : dashboard({ homeId: current.currentHomeId });
      return { info: current, homes: homes.list(), dashboard: first };
    },
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
  };
}
