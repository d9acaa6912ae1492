import type { Database } from 'better-sqlite3';
import type { AppInfo, Handlers } from '../contract/operations';
import { createHomesRepository } from './homes';
import { createPreferences } from './preferences';

export interface StoreContext {
  appVersion: string;
  databasePath: string;
  journalMode: string;
}

/** Binds every contract operation to the store. Inputs arrive already parsed by the contract. */
export function createHandlers(db: Database, context: StoreContext): Handlers {
  const homes = createHomesRepository(db);
  const preferences = createPreferences(db);

  function currentHomeId(): number | null {
    const saved = Number(preferences.get('currentHomeId'));
    const list = homes.list();
    return list.find((h) => h.id === saved)?.id ?? list[0]?.id ?? null;
  }

  const info = (): AppInfo => ({
    version: context.appVersion,
    databasePath: context.databasePath,
    journalMode: context.journalMode,
    currentHomeId: currentHomeId(),
  });

  return {
    'app.info': info,
    'homes.list': () => homes.list(),
    'homes.get': ({ id }) => homes.get(id),
    'homes.create': (values) =>
      db.transaction(() => {
        const home = homes.create(values);
        preferences.set('currentHomeId', String(home.id));
        return home;
      })(),
    'homes.update': ({ id, ...values }) => homes.update(id, values),
    'homes.select': ({ id }) => {
      homes.get(id);
      preferences.set('currentHomeId', String(id));
      return info();
    },
  };
}
