import { describe, expect, it } from 'vitest';
import { SCCIF_TITLES, sccifTitleInSentence } from './sccif-titles';

describe('the SCCIF judgement names', () => {
  it('are in full, and read the same inside a sentence', () => {
    expect(Object.values(SCCIF_TITLES)).toEqual([
      'Overall experiences and progress of children and young people',
      'How well children and young people are helped and protected',
      'The effectiveness of leaders and managers',
    ]);
    expect(sccifTitleInSentence('protection')).toBe(
      'how well children and young people are helped and protected',
    );
    expect(sccifTitleInSentence('leadership')).toBe('the effectiveness of leaders and managers');
  });
});
