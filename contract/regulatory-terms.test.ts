import { describe, expect, it } from 'vitest';
import { QUALITY_STANDARDS, REG45_REGULATIONS } from './reg45-draft';
import { GROUP_NAMES } from './voice-labels';

/**
 * Words an inspector checks against the Children's Homes (England) Regulations 2015 (SI 2015/541):
 * regulation 5 and the nine Quality Standards in regulations 6 to 14, and the Reg 44 "independent person".
 */
describe('regulatory terms', () => {
  it('titles regulations 5 to 14 as the regulations do', () => {
    expect(REG45_REGULATIONS).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(QUALITY_STANDARDS).toEqual({
      5: 'Engaging with the wider system to ensure children’s needs are met',
      6: 'The quality and purpose of care standard',
      7: 'The children’s views, wishes and feelings standard',
      8: 'The education standard',
      9: 'The enjoyment and achievement standard',
      10: 'The health and well-being standard',
      11: 'The positive relationships standard',
      12: 'The protection of children standard',
      13: 'The leadership and management standard',
      14: 'The care planning standard',
    });
  });

  it('calls the Reg 44 visitor the independent person, not an independent visitor (a different role)', () => {
    expect(GROUP_NAMES.reg44).toBe('Reg 44 independent person');
    for (const name of Object.values(GROUP_NAMES)) expect(name).not.toMatch(/independent visitor/i);
  });
});
