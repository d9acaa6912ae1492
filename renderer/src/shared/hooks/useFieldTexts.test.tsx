// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useFieldTexts } from './useFieldTexts';

describe('useFieldTexts', () => {
  it('wires each field to its text, its problem and the id problems look for', () => {
    const errors = { doneOn: 'Enter the date it was done as day/month/year' };
    const { result } = renderHook(() =>
      useFieldTexts('you-said', { suggestion: 'More trips', doneOn: '' }, errors),
    );
    expect(result.current.bind('suggestion')).toMatchObject({
      id: 'you-said-suggestion',
      value: 'More trips',
      error: undefined,
    });
    expect(result.current.bind('doneOn')).toMatchObject({ id: 'you-said-doneOn', error: errors.doneOn });
    // Two changes in one go both stick: neither overwrites the other with stale text.
    act(() => {
      result.current.bind('suggestion').onChange('Film night 🎬 <b>');
      result.current.bind('doneOn').onChange('28/11/2026');
    });
    expect(result.current.text).toEqual({ suggestion: 'Film night 🎬 <b>', doneOn: '28/11/2026' });
    act(() => result.current.setText({ suggestion: '', doneOn: '' }));
    expect(result.current.bind('suggestion').value).toBe('');
  });
});
