import { z } from 'zod';
import type { DashboardData } from '../dashboard';
import type { Framework } from '../framework';
import type { Home } from '../home';
import type { QuarterNumbering } from '../rules/quarters';
import { none, read, write } from './op';

export interface AppInfo {
  version: string;
  databasePath: string;
  /** "wal" normally; anything else means the folder cannot share memory (network or cloud drive). */
  journalMode: string;
  currentHomeId: number | null;
  /** The framework version new reviews use. */
  frameworkVersion: number;
  /** Whether, and how, quarter numbers are shown beside the months. */
  quarterNumbering: QuarterNumbering;
}

/** Everything the first screen needs, in one call, so start-up is one round trip rather than a chain. */
export interface StartupData {
  info: AppInfo;
  homes: Home[];
  /** The current home's dashboard; null when there is no home yet. */
  dashboard: DashboardData | null;
}

/** The app itself: its facts, the first screen's data, settings, the framework and the sample home. */
export const appOperations = {
  'app.info': read<AppInfo>()(none),
  'app.start': read<StartupData>()(none),
  'app.today': read<string>()(none),
  'settings.quarterNumbering': write<AppInfo>()(
    z.strictObject({
      numbering: z.enum(['none', 'calendar', 'financial'], { error: 'Choose how quarters are numbered' }),
    }),
  ),
  'framework.get': read<Framework>()(z.strictObject({ version: z.number().int().positive() })),
  'demo.create': write<Home>()(none),
} as const;
