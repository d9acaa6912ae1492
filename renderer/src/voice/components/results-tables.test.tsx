// @vitest-environment happy-dom
// The children's views results screen: what its tables say, and never a count that could identify a child.
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuarterResults, Triangulation, TriangulationRow } from '@contract/voice';
import { QuarterResultsTable } from './QuarterResultsTable';
import { TriangulationTable } from './TriangulationTable';

vi.mock('../lib/useHallmarks', () => ({
  useHallmarks: () => ({
    domains: [],
    title: (key: string) => key,
    indicator: (k: string) => k,
    loaded: true,
  }),
}));

afterEach(() => {
  document.body.innerHTML = '';
});

const quarter = (sessions: number, fromPaper: number, shown: boolean): QuarterResults => ({
  quarter: '2026-Q3',
  sessions,
  fromPaper,
  shown,
  worries: [],
  questions: [
    {
      questionId: 1,
      set: 'young',
      wordings: ['I feel safe living here.'],
      scale: 'f4',
      domainKey: null,
      answered: shown ? 1 : sessions,
      shown: false,
      counts: [],
      onGradeLine: null,
    },
  ],
  hallmarks: [],
});

describe('QuarterResultsTable', () => {
  it('gives no count of surveys for a quarter below the threshold, only when results will show', () => {
    render(<QuarterResultsTable quarter={quarter(2, 2, false)} threshold={5} />);
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe(
      'Jul to Sep 2026: results hidden until at least 5 young people have answered',
    );
    expect(document.body.textContent).not.toMatch(/\d+ surveys?|typed in from paper/);
  });

  it('gives the counts once the quarter is shown, but never a count below the threshold for a question', () => {
    render(<QuarterResultsTable quarter={quarter(6, 2, true)} threshold={5} />);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(
      'Jul to Sep 2026: 6 surveys, 2 typed in from paper',
    );
    const row = screen.getByRole('row', { name: /^I feel safe living here\./ });
    expect(row.textContent).toContain('Hidden: fewer than 5 answers');
    expect(row.textContent).not.toMatch(/Hidden: \d+ answered/);
  });
});

const row = (domainKey: string, teamStillRating: boolean): TriangulationRow => ({
  domainKey,
  manager: 3,
  team: null,
  teamRaters: 0,
  teamHidden: false,
  teamStillRating,
  youngPeople: null,
  youngPeopleHidden: false,
  flagged: false,
  gap: 0,
  between: null,
});

describe('TriangulationTable', () => {
  it('says staff are still rating a hallmark in an open round, and not rated for one outside it', () => {
    const data: Triangulation = {
      quarter: '2026-Q3',
      reviewed: true,
      surveyAnswers: 3,
      margin: 1,
      teamMinRaters: 3,
      rows: [row('voice', true), row('safety', false)],
    };
    render(<TriangulationTable data={data} />);
    const cells = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}`) }).textContent;
    expect(cells('voice')).toContain('Staff still rating');
    expect(cells('voice')).not.toContain('Not rated by staff');
    expect(cells('safety')).toContain('Not rated by staff');
  });
});
