// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorSummary } from './ErrorSummary';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ErrorSummary', () => {
  it('names each summary by its own heading, so two on one page share no id', () => {
    render(
      <>
        <ErrorSummary items={[{ message: 'Enter a name', fieldId: 'name' }]} attempt={1} />
        <ErrorSummary items={[{ message: 'Enter a date' }]} attempt={1} />
      </>,
    );
    const summaries = screen.getAllByRole('alert');
    expect(summaries).toHaveLength(2);
    const ids = summaries.map((s) => s.getAttribute('aria-labelledby'));
    expect(new Set(ids).size).toBe(2);
    for (const [n, summary] of summaries.entries()) {
      const heading = document.getElementById(ids[n]!);
      expect(heading?.textContent).toBe('There is a problem');
      expect(summary.contains(heading)).toBe(true);
    }
    expect(document.querySelectorAll('[id]').length).toBe(
      new Set([...document.querySelectorAll('[id]')].map((e) => e.id)).size,
    );
  });
});
