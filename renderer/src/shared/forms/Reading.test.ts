import { describe, expect, it } from 'vitest';
import { Reading } from './Reading';

const AGAIN = 'Type the same PIN again';

describe('a secret typed twice', () => {
  it('asks for it again when the two differ', () => {
    const check = new Reading();
    check.typedTwice([], { newPin: '493817', again: '493818' }, 'newPin', AGAIN);
    expect(check.problems).toEqual([{ field: 'again', message: AGAIN }]);
  });

  it('notes nothing when the two are the same', () => {
    const check = new Reading();
    check.typedTwice([], { newPin: '493817', again: '493817' }, 'newPin', AGAIN);
    expect(check.problems).toEqual([]);
  });

  it('says only what is wrong with the secret itself while that needs fixing first', () => {
    const check = new Reading();
    const found = [{ field: 'newPin', message: 'Use 6 to 12 digits' }];
    check.typedTwice(found, { newPin: '12', again: '' }, 'newPin', AGAIN);
    expect(check.problems).toEqual(found);
  });

  it('still compares the two when only another field has a problem', () => {
    const check = new Reading();
    const found = [{ field: 'currentPin', message: 'Enter the current PIN' }];
    check.typedTwice(found, { newPin: '493817', again: '' }, 'newPin', AGAIN);
    expect(check.problems.map((p) => p.field)).toEqual(['currentPin', 'again']);
  });
});
