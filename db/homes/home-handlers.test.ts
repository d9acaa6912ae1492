import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentFramework } from '../framework';
import { openStore } from '../store';
import { useTempFolder } from '../test-support/temp-folder';

const tempFolder = useTempFolder();

function setup() {
  const file = path.join(tempFolder(), 'h.sqlite');
  const store = openStore({ file, appVersion: '9.9.9', backupsDir: path.join(tempFolder(), 'b') });
  const add = (name: string, urn: string | null = null) =>
    store.handlers['homes.create']({ name, urn, registeredManager: null, places: 3 });
  return { store, file, add, h: store.handlers };
}

const serviceError = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as { code: string; message: string; fields?: Record<string, string> };
  }
  throw new Error('expected a ServiceError');
};

describe('homes and the current home', () => {
  it('starts with no home, no current home and no dashboard', () => {
    const { h, file } = setup();
    expect(h['app.start']({})).toEqual({
      info: {
        version: '9.9.9',
        databasePath: file,
        journalMode: 'wal',
        currentHomeId: null,
        frameworkVersion: currentFramework.version,
        quarterNumbering: 'none',
      },
      homes: [],
      dashboard: null,
    });
  });

  it('lists homes by name whatever the case, and makes a new home the current one', () => {
    const { h, add } = setup();
    const birch = add('birch House');
    const ash = add('Ash Lodge');
    const cedar = add('Cedar');
    expect(h['homes.list']({}).map((home) => home.name)).toEqual(['Ash Lodge', 'birch House', 'Cedar']);
    expect(h['app.info']({}).currentHomeId).toBe(cedar.id);
    expect(h['homes.select']({ id: birch.id }).currentHomeId).toBe(birch.id);
    expect(h['app.info']({}).currentHomeId).toBe(birch.id);
    const start = h['app.start']({});
    expect(start.homes.map((home) => home.id)).toEqual([ash.id, birch.id, cedar.id]);
    expect(start.dashboard).toEqual(h['dashboard.get']({ homeId: birch.id }));
  });

  it('refuses to select a home that does not exist, keeping the current one', () => {
    const { h, add } = setup();
    const home = add('Oak');
    const error = serviceError(() => h['homes.select']({ id: home.id + 1 }));
    expect(error).toMatchObject({
      code: 'not_found',
      message: 'That home could not be found. It may have been removed.',
    });
    expect(h['app.info']({}).currentHomeId).toBe(home.id);
  });

  it('falls back to the first home by name when the saved current home is gone', () => {
    const { store, h, add } = setup();
    const zed = add('Zed');
    const amber = add('Amber');
    store.db.prepare("UPDATE preferences SET value = '999' WHERE key = 'currentHomeId'").run();
    expect(h['app.info']({}).currentHomeId).toBe(amber.id);
    expect(zed.id).not.toBe(amber.id);
  });

  it('updates a home, keeping its own URN and stamping the change', () => {
    const { h, add } = setup();
    const home = add('Oak', 'SC100001');
    const updated = h['homes.update']({
      id: home.id,
      name: 'Oak House',
      urn: 'SC100001',
      registeredManager: 'R. Manager',
      places: 5,
    });
    expect(updated).toMatchObject({
      id: home.id,
      name: 'Oak House',
      urn: 'SC100001',
      registeredManager: 'R. Manager',
      places: 5,
      createdAt: home.createdAt,
    });
    expect(updated.updatedAt >= home.updatedAt).toBe(true);
    expect(h['homes.get']({ id: home.id })).toEqual(updated);
  });

  it('keeps the registered provider and responsible individual, kept when an update leaves them out', () => {
    const { store, h } = setup();
    const home = h['homes.create']({
      name: 'Rowan House',
      urn: null,
      registeredManager: null,
      provider: 'Oak Care Ltd',
      responsibleIndividual: 'Dana Ives',
      places: 4,
    });
    expect(home).toMatchObject({ provider: 'Oak Care Ltd', responsibleIndividual: 'Dana Ives' });
    // An update that does not name them keeps them; one that gives null clears them.
    const base = { id: home.id, name: 'Rowan House', urn: null, registeredManager: null, places: 4 };
    expect(h['homes.update'](base)).toMatchObject({
      provider: 'Oak Care Ltd',
      responsibleIndividual: 'Dana Ives',
    });
    expect(h['homes.update']({ ...base, provider: null, responsibleIndividual: null })).toMatchObject({
      provider: null,
      responsibleIndividual: null,
    });
    // A home made without them has neither.
    expect(
      h['homes.create']({ name: 'Ash House', urn: null, registeredManager: null, places: 2 }),
    ).toMatchObject({
      provider: null,
      responsibleIndividual: null,
    });
    store.close();
  });

  it("refuses another home's URN on update, naming the field, and lets many homes have none", () => {
    const { h, add } = setup();
    add('Oak', 'SC100001');
    const elm = add('Elm', 'SC100002');
    add('Ash');
    add('Yew');
    const error = serviceError(() =>
      h['homes.update']({ id: elm.id, name: 'Elm', urn: 'SC100001', registeredManager: null, places: 3 }),
    );
    expect(error).toMatchObject({
      code: 'conflict',
      message: 'Another home already has the URN SC100001.',
      fields: {
        urn: 'Another home already has the URN SC100001. Check the number on the registration certificate.',
      },
    });
    expect(h['homes.get']({ id: elm.id }).urn).toBe('SC100002');
  });

  it('refuses to update a home that does not exist', () => {
    const { h } = setup();
    expect(
      serviceError(() =>
        h['homes.update']({ id: 5, name: 'X', urn: null, registeredManager: null, places: 1 }),
      ).code,
    ).toBe('not_found');
  });

  it('gives the framework a review was made with, and says when it does not have a version', () => {
    const { h } = setup();
    expect(h['framework.get']({ version: 1 }).version).toBe(1);
    expect(serviceError(() => h['framework.get']({ version: 7 }))).toMatchObject({
      code: 'not_found',
      message: 'This copy of Hallmarks does not have version 7 of the framework.',
    });
  });
});
