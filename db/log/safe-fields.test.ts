import { describe, expect, it } from 'vitest';
import { REDACTED, safeError, safeFields, safeToken } from './safe-fields';

describe('safeFields', () => {
  it('keeps numbers, booleans, null and id-like strings; redacts text and numbers that are not finite', () => {
    expect(
      safeFields({
        count: 3,
        ok: true,
        gone: false,
        none: null,
        id: 'review-12',
        words: 'two words',
        nan: Number.NaN,
        inf: Number.POSITIVE_INFINITY,
      }),
    ).toEqual({
      count: 3,
      ok: true,
      gone: false,
      none: null,
      id: 'review-12',
      words: REDACTED,
      nan: REDACTED,
      inf: REDACTED,
    });
  });

  it('drops undefined values and keys that are not plain names', () => {
    expect(
      safeFields({ skipped: undefined, 'has space': 1, '1st': 1, [`k${'x'.repeat(40)}`]: 1, fine_1: 1 }),
    ).toEqual({
      fine_1: 1,
    });
    expect(safeFields()).toEqual({});
  });

  it('accepts a token of 64 characters and redacts one of 65, or an empty one', () => {
    expect(safeToken('a'.repeat(64))).toBe('a'.repeat(64));
    expect(safeToken('a'.repeat(65))).toBe(REDACTED);
    expect(safeToken('')).toBe(REDACTED);
    expect(safeToken(42)).toBe(REDACTED);
  });
});

describe('safeError', () => {
  it('describes something thrown that is not an Error by its type only', () => {
    expect(safeError('Jo Bloggs')).toEqual({ type: 'string' });
    expect(safeError({ name: 'Jo' })).toEqual({ type: 'object' });
  });

  it('keeps a numeric code, a token code, and drops a code that is text', () => {
    const withCode = (code: unknown) => Object.assign(new Error('x'), { code, stack: '' });
    expect(safeError(withCode(19))).toEqual({ type: 'Error', code: 19 });
    expect(safeError(withCode(Number.NaN))).toEqual({ type: 'Error' });
    expect(safeError(withCode('SQLITE_FULL'))).toEqual({ type: 'Error', code: 'SQLITE_FULL' });
    expect(safeError(withCode('disk of Jo Bloggs'))).toEqual({ type: 'Error', code: REDACTED });
    expect(safeError(withCode({ nested: true }))).toEqual({ type: 'Error' });
  });

  it('names the error by its class', () => {
    class StoreOpenError extends Error {}
    expect(safeError(Object.assign(new StoreOpenError('x'), { stack: '' })).type).toBe('StoreOpenError');
  });

  it('keeps only real stack frames, at most twelve, and redacts a function name that is not code', () => {
    const error = new Error('Jo');
    error.stack = [
      'Error: Jo Bloggs at home',
      '    at save (/home/jo/app/main.cjs:10:5)',
      '    at /home/jo/app/main.cjs:11:6',
      '    at /home/jo bloggs/odd (main.cjs:12:7)',
      '    at save (main.cjs:13:8) and more',
      'not a frame at all',
      ...Array.from({ length: 20 }, (_, i) => `    at f${i} (x.js:${i}:1)`),
    ].join('\n');
    const stack = safeError(error).stack!;
    expect(stack.slice(0, 3)).toEqual([
      'save (main.cjs:10:5)',
      'main.cjs:11:6',
      `${REDACTED} (main.cjs:12:7)`,
    ]);
    expect(stack).toHaveLength(12);
    expect(stack.at(-1)).toBe('f8 (x.js:8:1)');
  });

  it('leaves out the stack when it has no frames', () => {
    const error = new Error('x');
    error.stack = 'Error: x';
    expect(safeError(error)).toEqual({ type: 'Error' });
  });

  it('follows the cause two levels down and no further', () => {
    const deepest = Object.assign(new RangeError('a'), { stack: '' });
    const middle = Object.assign(new TypeError('b', { cause: deepest }), { stack: '' });
    const top = Object.assign(new Error('c', { cause: middle }), { stack: '' });
    const outer = Object.assign(new Error('d', { cause: top }), { stack: '' });
    expect(safeError(outer)).toEqual({
      type: 'Error',
      cause: { type: 'Error', cause: { type: 'TypeError' } },
    });
    expect(safeError(Object.assign(new Error('e', { cause: 'text' }), { stack: '' }))).toEqual({
      type: 'Error',
      cause: { type: 'string' },
    });
  });
});
