// @vitest-environment happy-dom
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { DashboardData } from '@contract/dashboard';
import { LOCK_MODES } from '@contract/locked-mode';
import { allowedWhileLocked, type StartupData } from '@contract/operations';
import { lockKeys } from '@shared/locked-mode/lockApi';
import { appInfoKeys } from '@shared/api/appInfo';
import { homeKeys } from '@shared/api/homes';
import { seedStartupData } from './startupPrefetch';
import { trackingKeys } from '@tracking/shell';

const start: StartupData = {
  info: {
    version: '1.0.0',
    databasePath: '/data/hallmarks.sqlite',
    journalMode: 'wal',
    currentHomeId: 7,
    frameworkVersion: 2,
    quarterNumbering: 'none',
  },
  homes: [
    {
      id: 7,
      name: 'Oak House',
      urn: null,
      registeredManager: null,
      provider: null,
      responsibleIndividual: null,
      places: 4,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    },
  ],
  dashboard: { homeId: 7 } as DashboardData,
};

describe('seedStartupData', () => {
  it('puts the start-up read where the first screen and App look, lock status included', async () => {
    const client = new QueryClient();
    await seedStartupData(client, Promise.resolve(start));
    expect(client.getQueryData(appInfoKeys.all)).toBe(start.info);
    expect(client.getQueryData(homeKeys.list())).toBe(start.homes);
    expect(client.getQueryData(trackingKeys.dashboard(7))).toBe(start.dashboard);
    // Seeded as "not locked", so App renders the dashboard without asking the server first.
    expect(client.getQueryState(lockKeys.status)?.status).toBe('success');
    expect(client.getQueryData(lockKeys.status)).toBeNull();
  });

  it('seeds nothing, not even the lock status, when the start-up read failed or was refused', async () => {
    const client = new QueryClient();
    await seedStartupData(client, Promise.resolve(null));
    expect(client.getQueryCache().getAll()).toEqual([]);
  });

  it('relies on app.start being refused in every locked mode', () => {
    // If app.start ever ran while locked, a successful start-up read would no longer mean "not locked".
    for (const mode of LOCK_MODES) expect(allowedWhileLocked('app.start', mode)).toBe(false);
  });
});
