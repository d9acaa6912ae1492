// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { useFormProblems } from './useFormProblems';

afterEach(() => {
  document.body.innerHTML = '';
  document.title = 'Actions – Hallmarks';
});

function field(id: string) {
  const input = document.createElement('input');
  input.id = id;
  document.body.append(input);
  return input;
}

describe('useFormProblems', () => {
  it('shows every problem, takes the person to the first field, and puts "Error:" in the title', () => {
    document.title = 'Actions – Hallmarks';
    field('reg44-visitedOn');
    const visitor = field('reg44-visitor');
    const { result } = renderHook(() => useFormProblems('reg44'));
    let dates: unknown;
    act(() => {
      dates = result.current.readDates(
        { visitedOn: { text: '', what: 'the date of the visit' } },
        { visitor: 'Enter the independent person' },
      );
    });
    expect(dates).toBeNull();
    expect(result.current.errors).toEqual({
      visitor: 'Enter the independent person',
      visitedOn: 'Enter the date of the visit, for example 14/09/2026',
    });
    expect(document.activeElement).toBe(visitor);
    expect(document.title).toBe('Error: Actions – Hallmarks');
    expect(result.current.attempt).toBe(1);

    act(() => result.current.clear());
    expect(result.current.problems).toBeNull();
    expect(document.title).toBe('Actions – Hallmarks');
  });

  it("shows the app's refusal beside its field, or for the whole form", () => {
    const { result } = renderHook(() => useFormProblems());
    act(() =>
      result.current.failWith(
        new ApiError({
          code: 'invalid_input',
          message: 'The visit cannot be in the future.',
          fields: { visitedOn: 'Enter a date that is today or earlier' },
        }),
      ),
    );
    expect(result.current.errors).toEqual({ visitedOn: 'Enter a date that is today or earlier' });
    expect(result.current.general).toBeUndefined();
    act(() =>
      result.current.failWith(new ApiError({ code: 'not_found', message: 'That duty no longer exists.' })),
    );
    expect(result.current.errors).toEqual({});
    expect(result.current.general).toBe('That duty no longer exists.');
    expect(result.current.attempt).toBe(2);
  });

  it('takes "Error:" out of the title when the form closes with its problems showing', () => {
    document.title = 'Dashboard – Hallmarks';
    const { result, unmount } = renderHook(() => useFormProblems());
    act(() => result.current.fail([{ message: 'Enter a note', field: 'note' }]));
    expect(document.title).toBe('Error: Dashboard – Hallmarks');
    unmount();
    expect(document.title).toBe('Dashboard – Hallmarks');
  });
});
