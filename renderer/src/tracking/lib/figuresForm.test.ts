import { describe, expect, it } from 'vitest';
import { defaultFiguresQuarter, figureQuarters, readFigures, toFiguresText } from './figuresForm';

const NOW = new Date('2026-11-26T10:00:00');
const CONTEXT = { places: 4, quarter: '2026-Q3' };

describe('readFigures', () => {
  it('treats blank as not recorded and accepts thousands separators', () => {
    const { values, errors } = readFigures(
      { shiftsTotal: '1,200', shiftsAgency: ' 30 ', staffLeft: '' },
      CONTEXT,
    );
    expect(values.shiftsTotal).toBe(1200);
    expect(values.shiftsAgency).toBe(30);
    expect(values.staffLeft).toBeNull();
    expect(errors).toEqual({});
  });

  it('says what is wrong with text that is not a number', () => {
    const { errors } = readFigures({ staffLeft: 'two' }, CONTEXT);
    expect(errors.staffLeft).toBe(
      'Enter a number in “Permanent care staff who left in the quarter”, for example 12, or leave it blank if you do not have it.',
    );
  });

  it('uses the shared rules for impossible figures, so the page and the app agree', () => {
    const { errors } = readFigures({ shiftsTotal: '100', shiftsAgency: '120', fteFilled: '9.5' }, CONTEXT);
    expect(errors.shiftsAgency).toBe('Agency shifts must be 100 or fewer, the shifts worked');
    expect(errors.fteFilled).toBeUndefined();
    expect(readFigures({ staffLeft: '1.5' }, CONTEXT).errors.staffLeft).toMatch(/whole number/);
    expect(readFigures({ childrenAtEnd: '5' }, CONTEXT).warnings.childrenAtEnd).toMatch(
      /more than the home's 4 places/,
    );
  });

  it('round-trips stored figures', () => {
    expect(toFiguresText({ fteFilled: 9.5, staffLeft: null })).toMatchObject({
      fteFilled: '9.5',
      staffLeft: '',
    });
  });
});

describe('figure quarters', () => {
  it('offers this quarter and the seven before it', () => {
    const options = figureQuarters(NOW);
    expect(options).toHaveLength(8);
    expect(options[0]).toEqual({ value: '2026-Q4', label: 'Oct to Dec 2026 (this quarter)' });
    expect(options[7]!.value).toBe('2025-Q1');
  });

  it('opens the latest finished quarter without figures, else the one just finished', () => {
    expect(defaultFiguresQuarter(new Set(), NOW)).toBe('2026-Q3');
    expect(defaultFiguresQuarter(new Set(['2026-Q3']), NOW)).toBe('2026-Q2');
    const all = new Set(['2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1']);
    expect(defaultFiguresQuarter(all, NOW)).toBe('2026-Q3');
  });
});
