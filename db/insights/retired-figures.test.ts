import { describe, expect, it } from 'vitest';
import { openHarness } from '../test-support/handler-harness';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('a figure no longer asked for', () => {
  it('keeps what was typed before (Regulation 35’s old single figure) when the quarter is saved again', async () => {
    const h = openHarness(tempFolder(), '2026-11-20T10:00:00Z');
    h.store.db
      .prepare(
        `INSERT INTO quarterly_metrics (home_id, quarter, restraint_incidents, restraint_debriefed_in_time, updated_at)
         VALUES (?, '2026-Q2', 3, 2, '2026-07-01T09:00:00.000Z')`,
      )
      .run(h.homeId);
    const saved = await h.call('metrics.save', {
      homeId: h.homeId,
      quarter: '2026-Q2',
      values: {
        restraintIncidents: 3,
        controlMeasures: 5,
        measuresRecordedInTime: 5,
        restraintDebriefedInTime: 0,
      },
    });
    expect(saved.values.controlMeasures).toBe(5);
    expect(saved.values.restraintDebriefedInTime).toBe(2);
  });
});
