import { describe, expect, it } from 'vitest';
import { readTypedTime } from './typedTime';

describe('a typed time of day', () => {
  it('reads the ways people write a time', () => {
    expect(readTypedTime('9:05')).toBe('09:05');
    expect(readTypedTime(' 21.15 ')).toBe('21:15');
    expect(readTypedTime('2115')).toBe('21:15');
    expect(readTypedTime('00:30')).toBe('00:30');
  });

  it('refuses what is no time', () => {
    for (const text of ['', '24:00', '12:60', 'noon', '9pm', '1:5']) expect(readTypedTime(text)).toBeNull();
  });
});
