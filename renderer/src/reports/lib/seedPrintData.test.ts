import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { improvementKeys } from '@improvement/api';
import { homeKeys } from '@shared/api/homes';
import { trackingKeys } from '@tracking/api';
import { seedPrintData } from './seedPrintData';

const invoke = vi.hoisted(() => vi.fn());
vi.mock('@shared/api/client', () => ({ invoke }));
afterEach(() => invoke.mockReset());

const PACK = {
  home: { id: 3, name: 'Rowan House' },
  dashboard: { homeId: 3, history: [] },
  actions: [{ id: 1 }],
  reg44: { visits: [] },
  reg45: [{ id: 2 }],
  ofsted: { inspections: [] },
};

describe("an inspection pack's data, read before its print view renders", () => {
  it("is read in one call and put where the view's own queries look", async () => {
    invoke.mockResolvedValue(PACK);
    const client = new QueryClient();
    await seedPrintData(client, '/print/inspection-pack/3/2026-Q3');
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith('reports.inspectionPack', { homeId: 3 });
    expect(client.getQueryData(homeKeys.detail(3))).toBe(PACK.home);
    expect(client.getQueryData(trackingKeys.dashboard(3))).toBe(PACK.dashboard);
    expect(client.getQueryData(improvementKeys.actions(3))).toBe(PACK.actions);
    expect(client.getQueryData(improvementKeys.reg44(3))).toBe(PACK.reg44);
    expect(client.getQueryData(improvementKeys.reg45(3))).toBe(PACK.reg45);
    expect(client.getQueryData(improvementKeys.ofsted(3))).toBe(PACK.ofsted);
  });

  it('is not read for another report or an address that is not a report', async () => {
    const client = new QueryClient();
    await seedPrintData(client, '/print/action-plan/3/2026-Q3');
    await seedPrintData(client, '/print/inspection-pack/x/2026-Q3');
    await seedPrintData(client, '/dashboard');
    expect(invoke).not.toHaveBeenCalled();
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });

  it('seeds nothing when the read is refused (locked, or no such home), so the view reads and explains', async () => {
    invoke.mockRejectedValue(new Error('locked'));
    const client = new QueryClient();
    await expect(seedPrintData(client, '/print/inspection-pack/3/2026-Q3')).resolves.toBeUndefined();
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
