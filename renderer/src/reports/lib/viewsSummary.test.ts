import { describe, expect, it } from 'vitest';
import type { Feedback, QuarterResults, VoiceResults } from '@contract/voice';
import { viewsSummary } from './viewsSummary';

const quarter = (q: string, sessions: number): QuarterResults => ({
  quarter: q,
  sessions,
  fromPaper: 0,
  shown: sessions >= 5,
  worries: [],
  questions: [],
  hallmarks: [],
});

const results = (quarters: QuarterResults[]): VoiceResults => ({
  settings: { minAnswers: 5, margin: 0 },
  quarters,
});

const feedback = (id: number, group: Feedback['group'], receivedOn: string, said: string): Feedback => ({
  id,
  group,
  role: '',
  receivedOn,
  how: 'email',
  said,
  domains: [],
  indicators: [],
  answers: [],
});

const period = { quarters: ['2026-Q1', '2026-Q2'], start: '2026-01-01', end: '2026-06-30' };

describe('viewsSummary: the four groups of reg 45(5) over the pack', () => {
  it('counts surveys in the quarters and views in the dates, naming the latest', () => {
    const rows = viewsSummary({
      ...period,
      results: results([quarter('2025-Q4', 4), quarter('2026-Q1', 3), quarter('2026-Q2', 2)]),
      feedback: [
        feedback(1, 'parents', '2026-02-01', 'Calls are returned.'),
        feedback(2, 'parents', '2026-05-01', ''),
        feedback(3, 'placing', '2025-12-31', 'Before the pack.'),
        feedback(4, 'staff', '2026-06-30', 'Rota is fairer.'),
        feedback(5, 'other', '2026-03-01', 'Not one of the four.'),
      ],
    });
    expect(rows).toEqual([
      {
        group: 'children',
        title: 'Children and young people',
        count: '5 surveys in 2 quarters',
        latest: '2026-Q2',
        said: null,
      },
      {
        group: 'parents',
        title: 'Parents and family',
        count: '2 views recorded',
        latest: '2026-05-01',
        said: 'Questionnaire answers only.',
      },
      { group: 'placing', title: 'Placing authorities', count: 'None recorded', latest: null, said: null },
      {
        group: 'staff',
        title: 'Staff',
        count: '1 view recorded',
        latest: '2026-06-30',
        said: 'Rota is fairer.',
      },
    ]);
  });

  it('says when no young person was surveyed', () => {
    const [children] = viewsSummary({ ...period, results: results([quarter('2026-Q1', 0)]), feedback: [] });
    expect(children).toMatchObject({ count: 'None recorded', latest: null });
  });
});
