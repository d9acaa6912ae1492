import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { fieldProblems, problemsFrom, readDates, summaryItems, viewOf } from './formProblems';

describe('form problems', () => {
  it("takes the app's refusal as data: field messages first, listed problems once, nothing lost", () => {
    const refusal = new ApiError({
      code: 'invalid_input',
      message: 'One figure needs correcting.',
      fields: { complaints: 'Complaints received must be 0 or more' },
      problems: [
        { message: 'Complaints received must be 0 or more', field: 'complaints' },
        { message: 'Education and learning: 1 of 6 indicators still to rate.', domainKey: 'education' },
      ],
    });
    expect(problemsFrom(refusal)).toEqual([
      { message: 'Complaints received must be 0 or more', field: 'complaints' },
      { message: 'Education and learning: 1 of 6 indicators still to rate.', domainKey: 'education' },
    ]);
  });

  it('says the sentence when the refusal names no field, and a calm sentence for anything else', () => {
    expect(problemsFrom(new ApiError({ code: 'conflict', message: 'This review is completed.' }))).toEqual([
      { message: 'This review is completed.' },
    ]);
    expect(problemsFrom(new TypeError('boom'))).toEqual([
      { message: 'Something went wrong. Try again, and if it keeps happening, restart the app.' },
    ]);
  });

  it('shows the first message beside each field and one for the whole form', () => {
    const problems = [
      { message: 'The app could not be reached.' },
      ...fieldProblems({ title: 'Enter the title', owner: undefined }),
      { message: 'A second title problem', field: 'title' },
    ];
    expect(viewOf(problems)).toEqual({
      errors: { title: 'Enter the title' },
      general: 'The app could not be reached.',
    });
    expect(viewOf(null)).toEqual({ errors: {} });
  });

  it('lists the summary in page order, and never hides a problem of a field the form does not show', () => {
    const problems = fieldProblems({
      quarter: 'Choose a quarter that has started',
      b: 'B wrong',
      a: 'A wrong',
    });
    expect(summaryItems(problems, { a: 'field-a', b: 'field-b' })).toEqual([
      { message: 'A wrong', fieldId: 'field-a' },
      { message: 'B wrong', fieldId: 'field-b' },
      { message: 'Choose a quarter that has started' },
    ]);
  });

  it('reads typed dates by field, with every problem at once', () => {
    expect(
      readDates({
        visitedOn: { text: '14/09/2026', what: 'the date of the visit' },
        reportReceivedOn: { text: '', what: 'the date the report arrived', required: false },
      }),
    ).toEqual({ ok: true, iso: { visitedOn: '2026-09-14', reportReceivedOn: null } });
    expect(
      readDates({
        visitedOn: { text: '31/02/2026', what: 'the date of the visit' },
        respondBy: { text: 'soon', what: 'the timescale', required: false },
      }),
    ).toEqual({
      ok: false,
      problems: [
        { message: 'Enter the date of the visit as a real date, for example 14/09/2026', field: 'visitedOn' },
        {
          message: 'Enter the timescale as day, month and year, for example 14/09/2026',
          field: 'respondBy',
        },
      ],
    });
  });
});
