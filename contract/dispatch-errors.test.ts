import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dispatch } from './dispatch';
import { describeInvalidInput } from './invalid-input';
import type { Handlers } from './operations';
import { ServiceError } from './result';

const handlers = (overrides: Partial<Record<keyof Handlers, (input: never) => unknown>>) =>
  overrides as unknown as Handlers;

describe('dispatch without a database', () => {
  it('passes the parsed input to the handler and wraps what it returns, awaiting a promise', async () => {
    const seen: unknown[] = [];
    const h = handlers({
      'homes.get': async (input) => {
        seen.push(input);
        return { id: 7 };
      },
    });
    expect(await dispatch(h, 'homes.get', { id: 7 })).toEqual({ ok: true, value: { id: 7 } });
    expect(seen).toEqual([{ id: 7 }]);
  });

  it('treats a missing input as an empty one', async () => {
    const h = handlers({ 'homes.list': () => [] });
    expect(await dispatch(h, 'homes.list', undefined)).toEqual({ ok: true, value: [] });
    expect(await dispatch(h, 'homes.list', null)).toEqual({ ok: true, value: [] });
  });

  it('passes a service error through whole, and does not log it', async () => {
    const logged: unknown[] = [];
    const h = handlers({
      'homes.get': () => {
        throw new ServiceError('conflict', 'Taken.', { urn: 'Use another.' }, [
          { message: 'one', field: 'urn' },
          { message: 'two', domainKey: 'safe', indicatorKey: 'safe.missing' },
        ]);
      },
    });
    expect(await dispatch(h, 'homes.get', { id: 1 }, (e) => logged.push(e))).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Taken.',
        fields: { urn: 'Use another.' },
        problems: [
          { message: 'one', field: 'urn' },
          { message: 'two', domainKey: 'safe', indicatorKey: 'safe.missing' },
        ],
      },
    });
    expect(logged).toEqual([]);
  });

  it('logs anything else and answers with one calm sentence', async () => {
    const logged: unknown[] = [];
    const failure = new TypeError('boom');
    const h = handlers({
      'homes.get': async () => {
        throw failure;
      },
    });
    expect(await dispatch(h, 'homes.get', { id: 1 }, (e) => logged.push(e))).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message:
          'Something went wrong and nothing was changed. Try again, and if it keeps happening, restart the app.',
      },
    });
    expect(logged).toEqual([failure]);
  });

  it('names an unknown operation, cut short so a huge name cannot flood the message', async () => {
    const long = `x${'y'.repeat(200)}`;
    const result = await dispatch(handlers({}), long, {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'unknown_operation',
        message: `The app does not know the operation "${long.slice(0, 80)}".`,
      },
    });
  });
});

describe('describeInvalidInput', () => {
  const schema = z.strictObject({
    name: z.string({ error: 'Enter a name.' }),
    places: z.number({ error: 'Enter a number.' }),
  });

  it('gives one message per field and joins the distinct messages', () => {
    const parsed = schema.safeParse({ name: 3, places: 'x' });
    expect(parsed.success).toBe(false);
    expect(describeInvalidInput(parsed.error!)).toEqual({
      code: 'invalid_input',
      message: 'Enter a name. Enter a number.',
      fields: { name: 'Enter a name.', places: 'Enter a number.' },
    });
  });

  it('keeps the first message for a field and does not repeat a message', () => {
    const twice = z.object({
      a: z.string().min(3, 'Too short.').regex(/^\d+$/, 'Digits only.'),
      b: z.string().min(3, 'Too short.'),
    });
    const parsed = twice.safeParse({ a: 'x', b: 'y' });
    expect(describeInvalidInput(parsed.error!)).toEqual({
      code: 'invalid_input',
      message: 'Too short. Digits only.',
      fields: { a: 'Too short.', b: 'Too short.' },
    });
  });

  it('names unexpected keys, each cut to 40 characters, with no field messages', () => {
    const parsed = schema.safeParse({ name: 'Oak', places: 1, admin: true, [`k${'z'.repeat(60)}`]: 1 });
    const error = describeInvalidInput(parsed.error!);
    expect(error.message).toBe(`The app does not accept "admin", "k${'z'.repeat(39)}" here.`);
    expect(error.fields).toBeUndefined();
  });

  it('says the request was not in the right form when it is not an object at all', () => {
    const parsed = schema.safeParse('text');
    expect(describeInvalidInput(parsed.error!)).toEqual({
      code: 'invalid_input',
      message: 'The request was not in the form the app expects.',
      fields: undefined,
    });
  });

  it('uses the dotted path for a nested field', () => {
    const nested = z.object({ values: z.object({ complaints: z.number({ error: 'Enter a number.' }) }) });
    const parsed = nested.safeParse({ values: { complaints: 'x' } });
    expect(describeInvalidInput(parsed.error!).fields).toEqual({ 'values.complaints': 'Enter a number.' });
  });
});
