import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';
import { demoQuarters } from './demo-home';

const tempFolder = useTempFolder();

describe('the sample home’s notifications log', () => {
  for (const now of [new Date('2026-11-26T10:00:00Z'), new Date('2027-04-01T00:30:00+01:00')]) {
    it(`on ${now.toISOString()}, counts as the figures say, and shows one notice to Ofsted that was late`, () => {
      const store = openStore({
        file: path.join(tempFolder(), 'h.sqlite'),
        appVersion: '1.0.0',
        now: () => now,
      });
      const { id: homeId } = store.handlers['demo.create']({});
      const quarters = demoQuarters(now);
      const log = store.handlers['notifications.list']({ homeId });
      expect(log.countedFrom).toBe(quarters[6]);
      expect(log.entries.map((e) => e.quarter)).toEqual([quarters[6], quarters[6], quarters[6]]);
      // From the log's quarter on, the figures are the log's count, and agree with what the story typed.
      const figures = store.handlers['dashboard.get']({ homeId }).metrics;
      const reg40 = (q: string) => figures.find((m) => m.quarter === q)?.values.reg40Notifications;
      expect(reg40(quarters[6]!)).toBe(3);
      expect(reg40(quarters[7]!)).toBe(0);
      expect(reg40(quarters[5]!)).toBe(1);
      expect(log.entries.map((e) => e.timing.state).sort()).toEqual(['in-time', 'in-time', 'late']);
      store.close();
    });
  }
});
