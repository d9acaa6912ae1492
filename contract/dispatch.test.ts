import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, type Store } from '../db/store';
import { useTempFolder } from '../db/test-support/temp-folder';
import { dispatch } from './dispatch';

const tempFolder = useTempFolder();

function store(): Store {
  return openStore({ file: path.join(tempFolder(), 'hallmarks.sqlite'), appVersion: 'test' });
}

const valid = { name: 'Willow House', urn: 'SC123456', registeredManager: 'Sam Patel', places: 4 };
const megabyte = 'x'.repeat(1024 * 1024);

async function rejects(s: Store, name: string, input: unknown) {
  const before = s.db.prepare('SELECT count(*) AS n FROM homes').get();
  const result = await dispatch(s.handlers, name, input, () => {});
  expect(result.ok).toBe(false);
  if (result.ok) return null;
  expect(result.error.message.length).toBeGreaterThan(10);
  expect(s.db.prepare('SELECT count(*) AS n FROM homes').get()).toEqual(before);
  return result.error;
}

describe('dispatch', () => {
  it('runs a valid request and returns the value', async () => {
    const s = store();
    const result = await dispatch(s.handlers, 'homes.create', valid);
    expect(result).toMatchObject({ ok: true, value: { name: 'Willow House', urn: 'SC123456', places: 4 } });
  });

  it('refuses an operation that is not in the contract', async () => {
    const error = await rejects(store(), 'homes.drop', {});
    expect(error?.code).toBe('unknown_operation');
  });

  it.each([
    ['a wrong type', { ...valid, places: 'four' }, 'places', /whole number/],
    ['a fraction', { ...valid, places: 2.5 }, 'places', /whole number/],
    [
      'a missing field',
      { urn: null, registeredManager: null, places: 2 },
      'name',
      /Enter the name of the home/,
    ],
    ['an empty name', { ...valid, name: '   ' }, 'name', /Enter the name of the home/],
    ['an extra field', { ...valid, admin: true }, '', /does not accept "admin"/],
    ['a 1 MB name', { ...valid, name: megabyte }, 'name', /120 characters or fewer/],
    ['a 1 MB manager', { ...valid, registeredManager: megabyte }, 'registeredManager', /or fewer/],
    ['a malformed URN', { ...valid, urn: 'not a urn' }, 'urn', /for example SC123456/],
    ['zero places', { ...valid, places: 0 }, 'places', /at least 1/],
  ])('rejects %s with a clear message and changes nothing', async (_label, input, field, message) => {
    const error = await rejects(store(), 'homes.create', input);
    expect(error?.code).toBe('invalid_input');
    expect(error?.message).toMatch(message);
    if (field) expect(error?.fields?.[field]).toMatch(message);
  });

  it.each([null, 'text', 42, [valid]])('rejects input that is not an object (%j)', async (input) => {
    const error = await rejects(store(), 'homes.create', input);
    expect(error?.code).toBe('invalid_input');
  });

  it('rejects an update to a home that does not exist, changing nothing', async () => {
    const error = await rejects(store(), 'homes.update', { id: 99, ...valid });
    expect(error?.code).toBe('not_found');
  });

  it('refuses a second home with the same URN', async () => {
    const s = store();
    await dispatch(s.handlers, 'homes.create', valid);
    const error = await rejects(s, 'homes.create', { ...valid, name: 'Another' });
    expect(error?.code).toBe('conflict');
    expect(error?.fields?.urn).toMatch(/already has the URN SC123456/);
  });

  it('reports an unexpected failure without its internals', async () => {
    const s = store();
    const logged: unknown[] = [];
    const broken = {
      ...s.handlers,
      'homes.list': () => {
        throw new Error('SQLITE_IOERR: disk I/O error at /secret/path');
      },
    };
    const result = await dispatch(broken, 'homes.list', {}, (e) => logged.push(e));
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(logged).toHaveLength(1);
  });

  it('stores emoji and HTML-looking text exactly as given', async () => {
    const s = store();
    const name = '<img src=x onerror=alert(1)> 🏡 Home';
    const result = await dispatch(s.handlers, 'homes.create', { ...valid, name });
    expect(result).toMatchObject({ ok: true, value: { name } });
  });
});
