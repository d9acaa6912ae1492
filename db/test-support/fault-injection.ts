import type { Database, Statement } from 'better-sqlite3-multiple-ciphers';

/** The failure the chosen statement raises: told apart from the app's own refusals. */
export class InjectedFault extends Error {
  constructor(readonly statement: number) {
    super(`Injected fault at statement ${statement}`);
  }
}

/** What one run of some work did on the connection. */
export interface Counted<T> {
  /** Every statement run (reads too), in order. */
  statements: number;
  /** How many of them could change the data. */
  writes: number;
  outcome: { ok: true; value: T } | { ok: false; error: unknown };
}

export interface FaultInjector {
  /**
   * Runs `work`, counting the statements it runs on this connection; with `failAt`, the failAt-th statement
   * throws an InjectedFault instead of running, as a full disk or a lost file would make it.
   */
  run<T>(work: () => T, failAt?: number): Counted<T>;
  /** Puts the connection back as it was. */
  restore(): void;
}

type Method = 'run' | 'get' | 'all' | 'iterate';
const METHODS: Method[] = ['run', 'get', 'all', 'iterate'];

/**
 * Wraps one connection so the n-th statement of some work can be made to fail. Statements are counted
 * where they run (every prepared statement, whenever it was prepared, and `exec`), so nothing a handler
 * does is missed; other connections in the process are left alone.
 */
export function injectFaults(db: Database): FaultInjector {
  const statementPrototype = Object.getPrototypeOf(db.prepare('SELECT 1')) as Statement;
  const methods = statementPrototype as unknown as Record<Method, (...args: unknown[]) => unknown>;
  const originals = Object.fromEntries(METHODS.map((m) => [m, methods[m]])) as Record<
    Method,
    (...args: unknown[]) => unknown
  >;
  const originalExec = db.exec.bind(db);
  let counting: { statements: number; writes: number; failAt: number | undefined } | null = null;

  function tick(isWrite: boolean) {
    if (!counting) return;
    counting.statements += 1;
    if (isWrite) counting.writes += 1;
    if (isWrite && counting.writes === counting.failAt) throw new InjectedFault(counting.writes);
  }

  for (const m of METHODS) {
    methods[m] = function (this: Statement, ...args: unknown[]) {
      // A rollback is how a failed write undoes itself (and how a dry run ends): failing it instead of
      // running it would test the injector, not the app, so it is run and not counted.
      if (this.database === db && !/^\s*ROLLBACK\b/i.test(this.source)) tick(!this.reader);
      return originals[m].apply(this, args);
    };
  }
  db.exec = (sql: string) => {
    tick(true);
    return originalExec(sql);
  };

  return {
    run<T>(work: () => T, failAt?: number): Counted<T> {
      counting = { statements: 0, writes: 0, failAt };
      let outcome: Counted<T>['outcome'];
      try {
        outcome = { ok: true, value: work() };
      } catch (error) {
        outcome = { ok: false, error };
      }
      const { statements, writes } = counting;
      counting = null;
      return { statements, writes, outcome };
    },
    restore() {
      for (const m of METHODS) methods[m] = originals[m];
      db.exec = originalExec;
    },
  };
}

/** Every row of every table (and the AUTOINCREMENT counters), to compare before and after. */
export function dumpTables(db: Database): Record<string, unknown[]> {
  const tables = db
    .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all();
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).raw().all()]));
}
