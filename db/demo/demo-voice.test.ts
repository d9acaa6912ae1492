import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe('the sample home’s voice data', () => {
  it.each(['2026-11-26T10:00:00Z', '2026-10-01T00:30:00+01:00'])(
    'has three quarters of surveys, the newest hidden with two, at %s',
    (at) => {
      const now = new Date(at);
      const store = openStore({
        file: path.join(tempFolder(), 'h.sqlite'),
        appVersion: '1.0.0',
        now: () => now,
      });
      const h = store.handlers;
      const homeId = h['demo.create']({}).id;
      const quarters = h['voice.results']({ homeId }).quarters;
      expect(quarters.map((q) => [q.sessions, q.shown])).toEqual([
        [2, false],
        [3, true],
        [4, true],
      ]);
      expect(new Set(h['voice.feedback']({ homeId }).map((f) => f.group))).toEqual(
        new Set(['parents', 'placing', 'staff', 'reg44']),
      );
      expect(h['voice.youSaid']({ homeId }).length).toBe(2);
    },
  );
});
