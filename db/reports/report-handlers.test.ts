import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../contract/result';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

describe("the inspection pack's one read", () => {
  it('holds exactly what the six separate reads give, for the home asked about', () => {
    const store = openStore({ file: path.join(tempFolder(), 'r.sqlite'), appVersion: '9.9.9' });
    const h = store.handlers;
    const homeId = h['demo.create']({}).id;
    const other = h['homes.create']({
      name: 'Other House',
      urn: null,
      registeredManager: null,
      places: 2,
    }).id;
    const pack = h['reports.inspectionPack']({ homeId });
    expect(pack).toEqual({
      home: h['homes.get']({ id: homeId }),
      dashboard: h['dashboard.get']({ homeId }),
      actions: h['actions.list']({ homeId }),
      reg44: h['reg44.overview']({ homeId }),
      reg45: h['reg45.records']({ homeId }),
      ofsted: h['ofsted.overview']({ homeId }),
    });
    // The sample home has something in every part, so the comparison above compared real records.
    expect(pack.actions.length).toBeGreaterThan(0);
    expect(pack.reg44.visits.length).toBeGreaterThan(0);
    expect(pack.reg45.length).toBeGreaterThan(0);
    expect(pack.ofsted.inspections.length).toBeGreaterThan(0);
    expect(h['reports.inspectionPack']({ homeId: other }).actions).toEqual([]);
    expect(() => h['reports.inspectionPack']({ homeId: 9999 })).toThrow(ServiceError);
    store.close();
  });
});
